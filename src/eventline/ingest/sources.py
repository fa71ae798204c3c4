"""Sources → ``Article`` records (and ``Reject`` records for everything unusable).

Supported inputs, found recursively under directories:

* ``.txt`` / ``.md``: one article per file. Optional metadata lines at the very top
  (``published:``, ``title:``, ``url:``, ``lang:``, ``id:``), ended by a blank line or by
  the first line that is not ``key: value``. The article text is what follows.
* ``.jsonl``: one article per line with ``text`` (required), ``id``, ``published``,
  ``url``, ``title``, ``lang``.
* ``.html`` / ``.htm``: main text and metadata extracted with trafilatura.
* ``.rss`` / ``.atom`` / ``.xml``: local feed files, one article per entry (``feeds``).

Nothing here raises on bad input: every problem becomes a ``Reject`` with a short
reason code and a human-readable detail, and reading goes on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventline.ingest.article import (
    IngestOptions,
    Item,
    decode,
    make_article,
    read_bytes,
    sanitize_id,
)
from eventline.ingest.feeds import read_feed_file
from eventline.ingest.header import split_header
from eventline.model import Article, Reject

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
# Documentation files that live beside articles are not articles.
SKIPPED_NAMES = frozenset({"readme.md", "readme.txt", "license.txt", "license.md", "changelog.md"})


def discover(paths: Iterable[str | Path]) -> Iterator[Path | Reject]:
    """Files to read, in a deterministic order; unknown or missing paths become rejects."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(q for q in p.rglob("*") if q.is_file()):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if f.name.lower() in SKIPPED_NAMES:
                    continue
                if f.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield f
                else:
                    yield Reject(
                        str(f), "unsupported_format", f"unsupported extension {f.suffix!r}"
                    )
        elif p.is_file():
            if p.suffix.lower() in SUPPORTED_SUFFIXES:
                yield p
            else:
                yield Reject(str(p), "unsupported_format", f"unsupported extension {p.suffix!r}")
        else:
            yield Reject(str(p), "missing", "no such file or directory")


def read_text_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    data = read_bytes(path, opts.max_bytes)
    if isinstance(data, Reject):
        yield data
        return
    text = decode(data, str(path))
    if isinstance(text, Reject):
        yield text
        return
    meta, body = split_header(text)
    yield make_article(
        body,
        source=str(path),
        doc_id=sanitize_id(meta.get("id"), path.stem),
        meta=dict(meta),
        opts=opts,
    )


def read_jsonl_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Reject(str(path), "unreadable", f"{type(exc).__name__}: {exc}")
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            source = f"{path}#L{lineno}"
            if not raw.strip():
                continue
            if len(raw) > opts.max_bytes * 2:
                yield Reject(source, "too_large", f"line of {len(raw)} bytes")
                continue
            line = decode(raw, source)
            if isinstance(line, Reject):
                yield line
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Reject(source, "jsonl", f"malformed JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(obj, dict):
                yield Reject(source, "jsonl", f"expected an object, got {type(obj).__name__}")
                continue
            text = obj.get("text")
            if not isinstance(text, str):
                yield Reject(source, "jsonl", "missing or non-string 'text' field")
                continue
            meta = {k: obj.get(k) for k in ("published", "title", "url", "lang")}
            dct = obj.get("dct")
            if not meta["published"] and isinstance(dct, dict):
                meta["published"] = dct.get("value")
            doc_id = sanitize_id(obj.get("id", obj.get("doc_id")), f"{path.stem}-{lineno}")
            yield make_article(text, source=source, doc_id=doc_id, meta=meta, opts=opts)


def read_html_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    data = read_bytes(path, opts.max_bytes * 5)
    if isinstance(data, Reject):
        yield data
        return
    if b"\x00" in data[:8192]:
        yield Reject(str(path), "binary", "file looks binary (NUL bytes)")
        return
    # trafilatura sniffs the encoding itself from bytes and <meta charset>.
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, favor_recall=True)
    except (ValueError, TypeError, AttributeError, LookupError) as exc:
        yield Reject(str(path), "html", f"could not parse HTML: {type(exc).__name__}: {exc}")
        return
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.strip()) < opts.min_chars:
        found = len(text.strip()) if text else 0
        yield Reject(str(path), "html", f"no main text found in the HTML page ({found} chars)")
        return
    meta: dict[str, object] = {
        "title": getattr(doc, "title", None),
        "url": getattr(doc, "url", None),
        "published": getattr(doc, "date", None),
        "lang": getattr(doc, "language", None),
    }
    yield make_article(text, source=str(path), doc_id=path.stem, meta=meta, opts=opts)


def read_path(path: Path, opts: IngestOptions) -> Iterator[Item]:
    """Articles and rejects from one file (never raises on bad content)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, opts)
    elif suffix in HTML_SUFFIXES:
        yield from read_html_file(path, opts)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed_file(path, opts)
    else:
        yield from read_text_file(path, opts)


def iter_items(paths: Iterable[str | Path], opts: IngestOptions | None = None) -> Iterator[Item]:
    """All articles and rejects under ``paths``, duplicates (same text) rejected once seen."""
    opts = opts or IngestOptions()
    seen: dict[str, str] = {}
    for found in discover(paths):
        if isinstance(found, Reject):
            yield found
            continue
        for item in read_path(found, opts):
            if isinstance(item, Article):
                first = seen.get(item.article_id)
                if first is not None:
                    yield Reject(item.source, "duplicate", f"same text as {first}", item.article_id)
                    continue
                seen[item.article_id] = item.source
            yield item


def read_all(
    paths: Iterable[str | Path], opts: IngestOptions | None = None
) -> tuple[list[Article], list[Reject]]:
    """Convenience: every article and reject under ``paths``."""
    articles: list[Article] = []
    rejects: list[Reject] = []
    for item in iter_items(paths, opts):
        (articles if isinstance(item, Article) else rejects).append(item)  # type: ignore[arg-type]
    for r in rejects:
        log.warning("rejected %s: %s (%s)", r.source, r.reason, r.detail)
    return articles, rejects
