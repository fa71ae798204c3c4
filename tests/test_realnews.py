"""Quality floors on real news: ``../shared/data/realnews`` (real articles from real
outlets, read at test time, never copied here; the test skips when the set is absent).

The floors are measured figures less a margin of about 0.02; they may only rise. The
articles belong to their publishers: this file names no string of them.
"""

from __future__ import annotations

import pytest
from conftest import SHARED

from eventline.eval.events import Report, Scores

REALNEWS = SHARED / "data" / "realnews"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.model,
    pytest.mark.skipif(not REALNEWS.is_dir(), reason="real news set not available"),
]

# metric -> floor, per language and for the whole set
FLOORS: dict[str, dict[str, float]] = {
    # French
    "fr": {"f1": 0.84, "role_accuracy": 0.76, "date": 0.90, "casualties": 0.86,
           "non_events": 0.97, "links": 0.65, "dated": 0.99, "located": 0.99},
    # English
    "en": {"f1": 0.84, "role_accuracy": 0.82, "date": 0.97, "casualties": 0.85,
           "non_events": 0.97, "links": 0.75, "dated": 0.99, "located": 0.99},
    "all": {"merge_f1": 0.86},
}  # fmt: skip


@pytest.fixture(scope="module")
def real_report(tmp_path_factory, pipelines) -> Report:
    from eventline.eval.run import evaluate_run

    return evaluate_run(REALNEWS, tmp_path_factory.mktemp("realnews-run"))


def _value(sc: Scores, metric: str) -> float:
    if metric == "f1":
        return sc.f1
    if metric == "role_accuracy":
        return sc.role_accuracy or 0.0
    if metric == "merge_f1":
        return (sc.merges.f1 if sc.merges else None) or 0.0
    return getattr(sc, metric).value or 0.0


@pytest.mark.parametrize(
    ("lang", "metric"), [(lang, m) for lang, floors in FLOORS.items() for m in floors]
)
def test_real_news_scores_above_floors(real_report, lang, metric):
    sc = real_report.slice(None if lang == "all" else lang)
    assert _value(sc, metric) >= FLOORS[lang][metric]
