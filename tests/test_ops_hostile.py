"""Hostile inputs through the real CLI (``--no-flow``: the flow is tested on its own):
rejects with reasons, nothing outside --out, never a crash. The corpus is generated at
test time (a 20 MB file is not committed)."""

from __future__ import annotations

import json
import os
import random

import duckdb
import pyarrow.parquet as pq
import pytest

from tests.ops_helpers import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.model]

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
    assert "one_sentence.txt" in names  # processed (cut into pieces), not a crash
    assert any(a["doc_id"] in ("../../etc/passwd", "../../../tmp/evil", "ok") for a in arts)
    sentences = [
        s for (s,) in duckdb.sql(f"select sentence from '{out}/events/*.parquet'").fetchall()
    ]
    assert sentences and not any("injected" in s or "fetch(" in s for s in sentences)
    assert max(len(s) for s in sentences) <= 2000
