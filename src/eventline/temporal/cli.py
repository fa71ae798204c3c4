"""``eventline timex``: tag time expressions of .txt or .jsonl documents as JSON lines."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from eventline.lang import SUPPORTED
from eventline.nlp import Pipelines
from eventline.temporal import tag

log = logging.getLogger(__name__)

_META_KEYS = frozenset({"published", "title", "url", "lang", "date"})


@dataclass(frozen=True, slots=True)
class _Doc:
    doc_id: str
    text: str
    published: date | None
    lang: str | None


def _parse_date(value: object) -> date | None:
    if isinstance(value, dict):
        value = value.get("value")
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _read_docs(path: Path) -> Iterator[_Doc]:
    """Documents of a .txt file (optional ``key: value`` header) or a .jsonl file."""
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    text = obj["text"]
                    if not isinstance(text, str):
                        raise TypeError("text is not a string")
                except (ValueError, KeyError, TypeError) as exc:
                    log.warning("%s:%d: skipped bad line (%s)", path, no, exc)
                    continue
                doc_id = str(obj.get("id") or obj.get("doc_id") or f"{path.stem}:{no}")
                published = _parse_date(obj.get("published")) or _parse_date(obj.get("dct"))
                yield _Doc(doc_id, text, published, obj.get("lang"))
        return
    raw = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    lines = raw.split("\n")
    body_start = 0
    offset = 0
    for i, line in enumerate(lines):
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in _META_KEYS and i == len(meta):
            meta[key.strip().lower()] = value.strip()
            offset += len(line) + 1
            continue
        if meta and not line.strip() and i == len(meta):
            body_start = offset + len(line) + 1
        break
    text = raw[body_start:] if meta else raw
    if meta and not body_start:
        text = raw  # header not closed by a blank line: not a header
        meta = {}
    published = _parse_date(meta.get("published") or meta.get("date"))
    yield _Doc(path.stem, text, published, meta.get("lang"))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def run_timex(
    path: Path,
    out: TextIO,
    *,
    lang: str | None,
    published: date | None,
    pipelines: Pipelines | None = None,
    ingestion_date: date | None = None,
) -> int:
    """Tag every document of ``path`` and write one JSON object per expression to ``out``.

    ``lang``/``published`` override what the documents say. Documents of one language are
    parsed in one ``parse_texts`` call (one model load). Returns the number of documents.
    """
    docs = list(_read_docs(path))
    pipelines = pipelines or Pipelines()
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        code = lang or d.lang or "fr"
        if code not in SUPPORTED:
            log.warning("%s: skipped, unsupported language %r", d.doc_id, code)
            continue
        by_lang.setdefault(code, []).append(i)
    parsed: dict[int, list] = {}
    for code, idx in by_lang.items():
        try:
            for i, paras in zip(
                idx, pipelines.parse_texts(code, [docs[i].text for i in idx]), strict=True
            ):
                parsed[i] = paras
        except Exception as exc:  # a missing model must not stop tagging
            log.warning("no parse for %s (%s): tense falls back to text cues", code, exc)
    for i, d in enumerate(docs):
        code = lang or d.lang or "fr"
        if code not in SUPPORTED:
            continue
        result = tag(
            d.text,
            code,
            published or d.published,
            paragraphs=parsed.get(i),
            ingestion_date=ingestion_date,
        )
        for t in result.timexes:
            row = {
                "id": d.doc_id,
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "type": t.type,
                "value": t.value,
                "date_start": _iso(t.date_start),
                "date_end": _iso(t.date_end),
                "granularity": t.granularity,
                "anchor": t.anchor,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(docs)
