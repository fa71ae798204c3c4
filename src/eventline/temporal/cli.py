"""``eventline timex``: tag time expressions of .txt or .jsonl documents as JSON lines."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import TextIO

from eventline.ingest import IngestOptions, read_path
from eventline.lang import DEFAULT
from eventline.model import Article, Reject
from eventline.nlp import Pipelines
from eventline.temporal import tag

log = logging.getLogger(__name__)


def _read_docs(path: Path, lang: str | None) -> list[Article]:
    """Documents of a .txt (optional metadata header) or .jsonl file, read exactly as
    ``eventline run`` reads them (offsets index the same text)."""
    docs: list[Article] = []
    # a time expression needs no article around it: short documents are fine here
    for item in read_path(path, IngestOptions(lang=lang or "auto", min_chars=1)):
        if isinstance(item, Reject):
            log.warning("%s: skipped, %s (%s)", item.source, item.reason, item.detail)
        else:
            docs.append(item)
    return docs


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
    parsed in one ``parse_texts`` call (one model load). Returns the number of documents
    tagged (inputs that are not documents of a supported language are logged and skipped).
    """
    docs = _read_docs(path, lang)
    pipelines = pipelines or Pipelines()
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        by_lang.setdefault(d.lang or DEFAULT, []).append(i)
    parsed: dict[int, list] = {}
    for code, idx in by_lang.items():
        try:
            for i, paras in zip(
                idx, pipelines.parse_texts(code, [docs[i].text for i in idx]), strict=True
            ):
                parsed[i] = paras
        except RuntimeError as exc:  # a missing model (ModelNotAvailable) must not stop tagging
            log.warning("no parse for %s (%s): tense falls back to text cues", code, exc)
    for i, d in enumerate(docs):
        result = tag(
            d.text,
            d.lang or DEFAULT,
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
