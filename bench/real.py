"""Real-text corpora for the bench, read at bench time and never copied into the repo.

* ``realnews``: the gold articles of ``../shared/data/realnews`` (``*.json``: lang,
  published, text), French, English or both;
* ``timex``: the French TimeBank documents of ``../shared/data/timex/fr_timebank_dev.jsonl``
  (one JSON document a line: text, dct.value as the publication date).

``write_docs`` cycles them to the size asked under the git-ignored ``bench/results/``,
each copy ending with its copy number (a distinct content hash, the same text otherwise).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
REALNEWS = SHARED / "realnews"
TIMEX_FR = SHARED / "timex" / "fr_timebank_dev.jsonl"

Doc = tuple[str, str, str]  # (lang, published, text)


def realnews(folder: Path = REALNEWS, langs: tuple[str, ...] = ("fr",)) -> list[Doc]:
    """The gold articles of ``folder`` in ``langs`` (empty when the folder is absent)."""
    docs = []
    for f in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        d = json.loads(f.read_text(encoding="utf-8"))
        if d.get("lang") in langs:
            docs.append((d["lang"], d["published"], d["text"]))
    return docs


def timex(path: Path = TIMEX_FR, min_words: int = 30) -> list[Doc]:
    """The French TimeBank documents of ``path`` with at least ``min_words`` words (the
    shortest are one-line briefs; empty when the file is absent)."""
    if not path.is_file():
        return []
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = d["text"].strip()
        if len(text.split()) >= min_words:
            docs.append(("fr", d["dct"]["value"][:10], text))
    return docs


def corpus(kind: str) -> list[Doc]:
    """``realnews-fr``, ``realnews-en``, ``realnews`` (both) or ``timex``."""
    if kind == "timex":
        return timex()
    langs = {"realnews": ("fr", "en"), "realnews-fr": ("fr",), "realnews-en": ("en",)}[kind]
    return realnews(Path(os.environ.get("EVENTLINE_BENCH_REALNEWS", REALNEWS)), langs)


def write_docs(docs: list[Doc], out: Path, n: int) -> list[Path]:
    """``n`` article files cycling ``docs``; each copy ends with its copy number."""
    if not docs:
        raise ValueError("no document to write")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    paths = []
    for i in range(n):
        lang, published, text = docs[i % len(docs)]
        p = out / f"r{i:06d}.txt"
        p.write_text(f"published: {published}\nlang: {lang}\n\n{text}\n\n({i})\n", "utf-8")
        paths.append(p)
    return paths


def load_average() -> str:
    """The 1/5/15-minute load averages, for every figure the bench prints."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}/{fifteen:.2f}"
