"""Reading sources: formats, metadata, and every kind of bad input → a reject, no crash."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventline.ingest import IngestOptions, read_all, split_header
from eventline.model import Article, article_id_for

FR_TEXT = (
    "Des manifestants ont été dispersés mardi à Dakar par la police avec du gaz lacrymogène. "
    "Au moins trois personnes ont été blessées, selon les secouristes."
)
EN_TEXT = (
    "Rebels attacked an army post near the northern town on Tuesday, officials said. "
    "Two soldiers were killed and five wounded in the fighting."
)
DE_TEXT = (
    "Die Regierung hat am Dienstag neue Sanktionen gegen das Nachbarland beschlossen. "
    "Der Minister erklärte, man werde die Lage weiter genau beobachten."
)


def write(tmp: Path, name: str, data: str | bytes) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


def test_txt_with_header(tmp_path):
    p = write(
        tmp_path, "a.txt", f"title: Dispersion\npublished: 2024-03-05\nlang: fr\n\n{FR_TEXT}\n"
    )
    arts, rej = read_all([p])
    assert rej == []
    (a,) = arts
    assert a.title == "Dispersion" and a.published == date(2024, 3, 5) and a.lang == "fr"
    assert a.text.startswith("Des manifestants") and a.published_origin == "metadata"
    assert a.article_id == article_id_for(a.text)


def test_split_header_needs_known_keys():
    # French: a first line that merely contains a colon is text, not metadata
    meta, body = split_header("Selon la police: trois blessés.\nSuite.")
    assert meta == {} and body.startswith("Selon")


@pytest.mark.model  # lingua detects the language of b.txt
def test_cli_published_applies_only_to_undated(tmp_path):
    write(tmp_path, "d/a.txt", f"published: 2024-01-02\n\n{FR_TEXT}")
    write(tmp_path, "d/b.txt", EN_TEXT)
    arts, _ = read_all([tmp_path / "d"], IngestOptions(published=date(2024, 5, 2)))
    by_name = {Path(a.source).name: a for a in arts}
    assert by_name["a.txt"].published == date(2024, 1, 2)
    assert by_name["b.txt"].published == date(2024, 5, 2)
    assert by_name["b.txt"].published_origin == "cli"
    assert by_name["b.txt"].lang == "en" and by_name["b.txt"].lang_origin == "detected"


def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": FR_TEXT, "published": "2024-03-05T10:00:00Z"}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "../../etc/passwd", "text": EN_TEXT, "lang": "en"}),
    ]
    p = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    arts, rej = read_all([p])
    assert [a.doc_id for a in arts] == ["ok-1", "../../etc/passwd"]
    assert arts[0].published == date(2024, 3, 5)
    # the id is display-only: the article id is a content hash, never a path
    assert all(len(a.article_id) == 16 and "/" not in a.article_id for a in arts)
    assert sorted(r.reason for r in rej) == ["jsonl", "jsonl", "jsonl"]
    assert {r.source for r in rej} == {f"{p}#L2", f"{p}#L3", f"{p}#L4"}


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", "", "empty"),
        ("blank.txt", "   \n\n  ", "empty"),
        ("short.txt", "Trop court.", "too_short"),
        ("binary.txt", b"\x00\x01\x02PNG\x00" * 50, "binary"),
        ("latin1.txt", FR_TEXT.encode("latin-1"), "encoding"),
        ("german.txt", DE_TEXT, "language"),
        ("data.csv", "a,b\n1,2\n", "unsupported_format"),
        ("nav.html", "<html><body><script>var a=1;</script><nav>Menu</nav></body></html>", "html"),
    ],
)
def test_bad_inputs_become_rejects(tmp_path, name, data, reason):
    p = write(tmp_path, name, data)
    arts, rej = read_all([p])
    assert arts == []
    assert [r.reason for r in rej] == [reason]
    assert rej[0].detail  # a sentence a person can act on


def test_too_large(tmp_path):
    p = write(tmp_path, "big.txt", FR_TEXT * 50)
    arts, rej = read_all([p], IngestOptions(max_bytes=1000))
    assert arts == [] and rej[0].reason == "too_large"


def test_missing_path_and_duplicate(tmp_path):
    write(tmp_path, "d/one.txt", FR_TEXT)
    write(tmp_path, "d/two.txt", FR_TEXT + "\n")  # same text once whitespace is normalised
    arts, rej = read_all([tmp_path / "d", tmp_path / "nope"])
    assert len(arts) == 1
    assert sorted(r.reason for r in rej) == ["duplicate", "missing"]


def test_html_main_text(tmp_path):
    html = (
        "<html><head><title>Dakar</title><script>track()</script></head><body>"
        "<nav>Accueil | Monde</nav><div class='cookie'>Nous utilisons des cookies.</div>"
        f"<article><h1>Dispersion à Dakar</h1><p>{FR_TEXT}</p></article>"
        "<footer>© Journal</footer></body></html>"
    )
    arts, rej = read_all([write(tmp_path, "page.html", html)])
    assert rej == []
    assert "gaz lacrymogène" in arts[0].text and "track()" not in arts[0].text
    assert isinstance(arts[0], Article) and arts[0].lang == "fr"


def test_readme_files_are_not_articles(tmp_path):
    write(tmp_path, "d/README.md", "This folder holds the sample articles and their format.")
    write(tmp_path, "d/a.txt", EN_TEXT)
    arts, rej = read_all([tmp_path / "d"], IngestOptions(lang="en"))  # no detection needed
    assert len(arts) == 1 and rej == []
