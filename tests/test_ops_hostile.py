"""Hostile inputs through the real CLI (``--no-flow``: the flow is tested on its own):
rejects with reasons, nothing outside --out, never a crash. The corpus is generated at
test time (a 20 MB file is not committed). Articles over the work limits
(``eventline.nlp.Limits``) become rejects beside good articles whose events do not change."""

from __future__ import annotations

import json
import os
import random
from dataclasses import replace
from datetime import date
from itertools import count

import duckdb
import pyarrow.parquet as pq
import pytest

from eventline.model import Article, article_id_for
from eventline.nlp import DEFAULT_LIMITS, Limits, over_limits, pipelines_for
from eventline.pipeline import RunOptions, process_batch, run
from tests.ops_helpers import run_cli

FR_OK = (
    "published: 2024-04-10\n\n"
    "Des assaillants ont attaqué lundi une caserne de gendarmerie à Mopti, tuant trois "
    "gendarmes. Le lendemain, l'armée a arrêté six suspects dans un village voisin.\n"
)


def _write_hostile(d):
    d.mkdir()
    rng = random.Random(5)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text("   \n\n\t\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64)
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (d / "latin1.txt").write_bytes(
        "Les habitants de la région ont dénoncé la fermeture du marché.".encode("cp1252")
    )
    # 20 MB of plausible text: above the per-article limit
    para = "Les autorités ont annoncé de nouvelles mesures de sécurité dans la capitale. "
    with (d / "huge.txt").open("w", encoding="utf-8") as fh:
        for _ in range(20_000_000 // len(para) + 1):
            fh.write(para)
    # one sentence of ~200 kB (ten times the longest paragraph parsed at once): no full
    # stop, no newline
    words = ["les", "forces", "armées", "ont", "patrouillé", "dans", "la", "zone", "et"]
    sentence = " ".join(rng.choice(words) for _ in range(34_000))
    (d / "one_sentence.txt").write_text(sentence + ".", encoding="utf-8")
    (d / "scripts.html").write_text(
        "<html><head><title>Page</title>"
        + "<script>document.write('<p>injected</p>');fetch('http://x.invalid/')</script>" * 200
        + "</head><body><script>for(;;){}</script><article><p>"
        + FR_OK.split("\n\n", 1)[1]
        + "</p></article><script src='http://cdn.invalid/a.js'></script></body></html>",
        encoding="utf-8",
    )
    lines = [
        json.dumps({"id": "../../etc/passwd", "text": FR_OK.split("\n\n", 1)[1], "lang": "fr"}),
        '{"id": "cut", "text": "Des soldats ont',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "body": "rien"}),
        json.dumps({"id": "/abs/path\u0000\n", "text": 42}),
        "\xff\xfe not json",
    ]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "deutsch.txt").write_text(
        "Die Regierung hat am Montag neue Maßnahmen gegen die Inflation angekündigt, "
        "nachdem die Preise im vergangenen Monat stark gestiegen waren.",
        encoding="utf-8",
    )
    (d / "traversal.txt").write_text("id: ../../../tmp/evil\n\n" + FR_OK, encoding="utf-8")
    (d / "ok.txt").write_text(FR_OK, encoding="utf-8")


def _listing(root):
    rel = (p.relative_to(root) for p in root.rglob("*"))
    return sorted(str(r) for r in rel if r.parts[0] != "out")


@pytest.mark.slow
@pytest.mark.model
def test_hostile_corpus_is_rejected_with_reasons_and_contained(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    hostile = work / "hostile"
    _write_hostile(hostile)
    out = work / "out"
    before = _listing(work)
    parent_before = sorted(os.listdir(tmp_path))
    res = run_cli(
        [
            "run",
            str(hostile),
            "--out",
            str(out),
            "--model-fr",
            "fr_core_news_sm",
            "--ingestion-date",
            "2026-01-01",
            "--no-flow",
        ],
        timeout=900,
    )
    assert res.returncode == 0, res.stderr[-4000:]
    assert "Traceback" not in res.stderr
    # nothing written outside --out
    assert _listing(work) == before
    assert sorted(os.listdir(tmp_path)) == parent_before
    assert not (tmp_path / "evil").exists()
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    by_file: dict[str, set[str]] = {}
    for r in rejects:
        name = r["source"].rsplit("/", 1)[-1].split("#", 1)[0]
        by_file.setdefault(name, set()).add(r["reason"])
        assert r["detail"], r
    assert by_file["empty.txt"] == {"empty"}
    assert by_file["blank.md"] == {"empty"}
    assert by_file["binary.txt"] == {"binary"}
    assert by_file["photo.jpg"] == {"unsupported_format"}
    assert by_file["latin1.txt"] == {"encoding"}
    assert by_file["huge.txt"] == {"too_large"}
    assert by_file["deutsch.txt"] == {"language"}
    assert by_file["feed.jsonl"] == {"jsonl", "encoding"} or by_file["feed.jsonl"] == {"jsonl"}
    assert sum(1 for r in rejects if r["source"].endswith(tuple(f"#L{i}" for i in (2, 3, 4, 5))))
    # the same text under three names is processed once; the others are duplicates
    assert any(r["reason"] == "duplicate" for r in rejects)
    arts = pq.read_table(out / "articles.parquet").to_pylist()
    names = {a["source"].rsplit("/", 1)[-1] for a in arts}
    assert "one_sentence.txt" in names  # a row of its own, not a crash
    assert by_file["one_sentence.txt"] == {"sentence_too_long"}
    assert any(a["doc_id"] in ("../../etc/passwd", "../../../tmp/evil", "ok") for a in arts)
    sentences = [
        s for (s,) in duckdb.sql(f"select sentence from '{out}/events/*.parquet'").fetchall()
    ]
    assert sentences and not any("injected" in s or "fetch(" in s for s in sentences)
    assert max(len(s) for s in sentences) <= 2000


# --------------------------------------------------------------------------- work limits

ELISIONS = "l'" * 30_000  # 60 KB, one "word": spaCy's tokenizer is quadratic on it
SPACED = "l' " * 30_000 + "."  # 30k tokens in one sentence
LINES = "\n".join(["Des soldats ont patrouillé dans la zone ce matin."] * 12_000)


def test_over_limits_counts_before_any_parse():
    assert over_limits(FR_OK, DEFAULT_LIMITS) is None
    assert over_limits(ELISIONS, DEFAULT_LIMITS)[0] == "word_too_long"
    assert over_limits(SPACED, DEFAULT_LIMITS)[0] == "sentence_too_long"
    reason, detail = over_limits(LINES, DEFAULT_LIMITS)
    assert reason == "too_many_tokens" and "100000" in detail
    # 0 disables a bound
    assert over_limits(ELISIONS, replace(DEFAULT_LIMITS, word_chars=0))[0] == "sentence_too_long"
    assert over_limits(LINES, Limits(0, 0, 0, 0, 0)) is None
    assert Limits.of({"word_chars": 5.0, "article_seconds": None}).word_chars == 5


def _article(name: str, text: str) -> Article:
    return Article(
        article_id_for(text),
        name,
        f"/in/{name}.txt",
        text,
        lang="fr",
        published=date(2024, 4, 10),
        published_origin="metadata",
    )


GOOD = [
    "Des assaillants ont attaqué lundi une caserne de gendarmerie à Mopti, tuant trois "
    "gendarmes. Le lendemain, l'armée a arrêté six suspects dans un village voisin.",
    "L'armée malienne a bombardé mardi des positions jihadistes près de Tombouctou. "
    "Les autorités ont annoncé jeudi l'ouverture d'une enquête.",
]


@pytest.mark.model
def test_hostile_articles_become_rejects_beside_good_ones():
    pipes = pipelines_for({"fr": "fr_core_news_sm"})
    good = [_article(f"good{i}", t) for i, t in enumerate(GOOD)]
    alone = process_batch(good, pipes, ingestion_date=date(2026, 1, 1))
    hostile = [
        _article("elisions", ELISIONS),
        _article("spaced", SPACED),
        _article("lines", LINES),
    ]
    mixed = process_batch(
        [hostile[0], good[0], hostile[1], hostile[2], good[1]],
        pipes,
        ingestion_date=date(2026, 1, 1),
    )
    assert alone.events
    assert [e.event_id for e in mixed.events] == [e.event_id for e in alone.events]
    reasons = {r.source: (r.reason, r.detail) for r in mixed.rejects}
    assert reasons["/in/elisions.txt"][0] == "word_too_long"
    assert "60000 characters" in reasons["/in/elisions.txt"][1]
    assert reasons["/in/spaced.txt"][0] == "sentence_too_long"
    assert reasons["/in/lines.txt"][0] == "too_many_tokens"
    status = {r.source: r.status for r in mixed.rows}
    assert status["/in/elisions.txt"] == "rejected" and status["/in/good0.txt"] == "ok"


def _ticks(step: float):
    """A clock that advances ``step`` seconds per reading."""
    c = count()
    return lambda: next(c) * step


@pytest.mark.model
def test_time_budgets_reject_what_is_over_and_keep_the_rest():
    pipes = pipelines_for({"fr": "fr_core_news_sm"})
    arts = [_article(f"good{i}", t) for i, t in enumerate(GOOD)]
    # every reading of the clock costs 10 s: a 5 s parse budget stops the first article
    slow = process_batch(
        arts[:1],
        pipes,
        limits=replace(DEFAULT_LIMITS, article_seconds=5.0),
        clock=_ticks(10.0),
    )
    assert [(r.reason, r.source) for r in slow.rejects] == [("time_budget", "/in/good0.txt")]
    assert "parse stopped" in slow.rejects[0].detail
    assert slow.rows[0].status == "error"  # retried by the next run
    # a batch budget of 25 s: the first article is parsed (3 readings), the second refused
    batch = process_batch(
        arts,
        pipes,
        ingestion_date=date(2026, 1, 1),
        limits=replace(DEFAULT_LIMITS, article_seconds=0.0, batch_seconds=25.0),
        clock=_ticks(10.0),
    )
    assert [r.article.source for r in batch.results] == ["/in/good0.txt"]
    assert [(r.reason, r.source) for r in batch.rejects] == [("time_budget", "/in/good1.txt")]
    assert "budget of 25 s" in batch.rejects[0].detail


@pytest.mark.model
def test_a_run_writes_limit_rejects_with_their_reason(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "ok.txt").write_text(FR_OK, encoding="utf-8")
    (inbox / "elisions.txt").write_text(ELISIONS, encoding="utf-8")
    out = tmp_path / "out"
    options = RunOptions(
        lang="fr", models=(("fr", "fr_core_news_sm"),), ingestion_date=date(2026, 1, 1)
    )
    summary = run([inbox], out, replace(options, report=False))
    assert dict(summary.reject_reasons) == {"word_too_long": 1}
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    assert [(r["reason"], r["source"].rsplit("/", 1)[-1]) for r in rejects] == [
        ("word_too_long", "elisions.txt")
    ]
    assert summary.new_events > 0


def test_limit_options_reach_the_run_options():
    from eventline.cli import _limits, build_parser

    args = build_parser().parse_args(
        ["run", "in", "--out", "o", "--max-word-chars", "500", "--batch-timeout", "0"]
    )
    limits = Limits.of(_limits(args))
    assert limits == replace(DEFAULT_LIMITS, word_chars=500, batch_seconds=0.0)
    assert _limits(build_parser().parse_args(["run", "in", "--out", "o"])) == {}
