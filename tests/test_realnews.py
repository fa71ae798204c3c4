"""Quality floors on real news: ``../shared/data/realnews`` (real articles from real
outlets, read at test time, never copied here; the test skips when the set is absent).

The floors are measured figures rounded down; they may only rise. The articles belong to
their publishers: this file names no string of them.
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
    "fr": {"f1": 0.62, "role_accuracy": 0.66, "date": 0.51, "casualties": 0.42,
           "non_events": 0.75, "links": 0.05, "dated": 0.61, "located": 0.17},
    # English
    "en": {"f1": 0.63, "role_accuracy": 0.71, "date": 0.75, "casualties": 0.55,
           "non_events": 0.66, "links": 0.24, "dated": 0.70, "located": 0.12},
    "all": {"merge_f1": 0.19},
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
