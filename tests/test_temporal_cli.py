"""``run_timex`` reader/writer and the TempEval-3 scorer."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from conftest import TIMEX_DIR

from eventline.cli import run_timex
from eventline.eval import timex as eval_timex


class NoParse:
    """Stands in for ``Pipelines`` when no model should be loaded."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def parse_texts(self, lang, texts):
        self.calls.append((lang, len(texts)))
        raise RuntimeError("no model in unit tests")


def _rows(out: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_txt_with_header_keeps_offsets_into_the_body(tmp_path):
    body = "  Hier soir, la mairie a fermé le pont.\n\nLe lendemain, il a rouvert.\n"
    path = tmp_path / "pont.txt"
    path.write_text(f"published: 2024-05-02\ntitle: Le pont\n\n{body}", encoding="utf-8")
    out = io.StringIO()
    assert run_timex(path, out, lang="fr", published=None, pipelines=NoParse()) == 1
    rows = _rows(out)
    assert [r["value"] for r in rows] == ["2024-05-01TEV", "2024-05-02"]
    for r in rows:
        assert body[r["start"] : r["end"]] == r["text"]
        assert r["id"] == "pont"
    assert rows[1]["anchor"] == f"timex:{rows[0]['start']}"


def test_jsonl_shapes_bad_lines_and_one_parse_per_language(tmp_path, caplog):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Il est parti hier.", "published": "2024-05-02",
                    "lang": "fr"}),
        "{not json",
        json.dumps({"id": "b", "text": "He left yesterday.", "published": "2024-05-02T10:00:00Z",
                    "lang": "en"}),
        json.dumps({"doc_id": "c", "text": "Il pleuvait hier.", "dct": {"value": "1999-05-17"}}),
        json.dumps({"id": "d"}),
        json.dumps({"id": "e", "text": "Ayer llovió.", "lang": "es"}),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipes = NoParse()
    out = io.StringIO()
    assert run_timex(path, out, lang=None, published=None, pipelines=pipes) == 3  # tagged
    rows = {r["id"]: r for r in _rows(out)}
    assert rows["a"]["value"] == "2024-05-01"
    assert rows["b"]["value"] == "2024-05-01"
    assert rows["c"]["value"] == "1999-05-16"
    assert sorted(pipes.calls) == [("en", 1), ("fr", 2)]
    assert "skipped, jsonl" in caplog.text
    assert "skipped, language" in caplog.text
    assert "e" not in rows


def test_cli_published_overrides_documents(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Le ministre est arrivé hier.", encoding="utf-8")
    out = io.StringIO()
    run_timex(path, out, lang="fr", published=date(2020, 1, 10), pipelines=NoParse())
    assert _rows(out)[0]["date_start"] == "2020-01-09"


def _span(doc, start, end, typ="DATE", value="2024"):
    return eval_timex.Span(doc, start, end, "x", typ, value)


def test_scorer_strict_relaxed_and_value_f1():
    gold = [_span("d", 0, 10, value="2024-05-01"), _span("d", 20, 30, value="P3D")]
    pred = [_span("d", 0, 10, value="2024-05-01"), _span("d", 22, 30, value="P2D"),
            _span("d", 40, 45)]  # fmt: skip
    res = eval_timex.score(gold, pred)
    assert res["strict"][2] == pytest.approx(2 * (1 / 3 * 1 / 2) / (1 / 3 + 1 / 2))
    rp, rr, rf = res["relaxed"]
    assert (rp, rr) == (pytest.approx(2 / 3), 1.0)
    assert res["value_accuracy"] == 0.5
    assert res["value_f1"] == pytest.approx(rf * 0.5)
    kinds = [k for k, _, _ in res["errors"]]
    assert any(k.startswith("spurious") for k in kinds)
    assert any(k.startswith("wrong value") for k in kinds)


GOLD_DIR = TIMEX_DIR


@pytest.mark.skipif(not GOLD_DIR.exists(), reason="TIMEX gold corpora not available")
@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "lang", "floor"),
    [("fr_timebank_dev.jsonl", "fr", 0.85), ("en_tempeval3_tbaq.jsonl", "en", 0.80)],
)
def test_dev_sets_value_f1_without_parses(tmp_path, name, lang, floor):
    gold_path = GOLD_DIR / name
    out = io.StringIO()
    run_timex(gold_path, out, lang=lang, published=None, pipelines=NoParse())
    gold, _ = eval_timex.load_gold(gold_path)
    res = eval_timex.score(gold, eval_timex.load_pred(out.getvalue().splitlines()))
    assert res["value_f1"] >= floor


@pytest.mark.model
def test_real_model_tense_for_bare_weekday(tmp_path, pipelines):
    path = tmp_path / "a.txt"
    path.write_text("Lundi, le ministre se rendra à Paris.", encoding="utf-8")
    out = io.StringIO()
    run_timex(path, out, lang="fr", published=date(2024, 5, 2), pipelines=pipelines)
    assert _rows(out)[0]["value"] == "2024-05-06"
