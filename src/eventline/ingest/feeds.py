"""Local RSS/Atom feed files → articles (one per entry), read with feedparser.

Feeds are files dropped in the inbox (``.rss``, ``.atom``, ``.xml``); nothing is fetched
from the network. An entry's text is its full content when the feed carries it, else its
summary; HTML markup is stripped. Entries too short or unparsable become rejects.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eventline.ingest.article import IngestOptions, Item, make_article, read_bytes, sanitize_id
from eventline.model import Reject

log = logging.getLogger(__name__)

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
MAX_FEED_BYTES = 20_000_000


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block element."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n\n")]
    return "\n\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return html_to_text(best if len(best) >= len(summary) else summary)


def parse_feed(data: bytes) -> tuple[list[dict[str, Any]], str | None]:
    """Entries of a feed as ``{id, title, url, published, text, lang}`` dicts, and an
    error message when the bytes are not a usable feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        exc = parsed.get("bozo_exception")
        return [], f"no feed entries ({type(exc).__name__ if exc else 'empty feed'})"
    feed_lang = (parsed.feed.get("language") or "")[:2].lower() or None
    out = []
    for entry in parsed.entries:
        out.append(
            {
                "id": entry.get("id") or entry.get("link"),
                "title": entry.get("title"),
                "url": entry.get("link"),
                "published": _entry_date(entry),
                "text": _entry_text(entry),
                "lang": (entry.get("language") or "")[:2].lower() or feed_lang,
            }
        )
    return out, None


def read_feed_file(path: Path, opts: IngestOptions) -> Iterator[Item]:
    """Articles and rejects of one feed file."""
    data = read_bytes(path, MAX_FEED_BYTES)
    if isinstance(data, Reject):
        yield data
        return
    if b"\x00" in data[:8192]:
        yield Reject(str(path), "binary", "file looks binary (NUL bytes)")
        return
    entries, error = parse_feed(data)
    if error:
        yield Reject(str(path), "feed", error)
        return
    for n, e in enumerate(entries, start=1):
        source = f"{path}#entry{n}"
        yield make_article(
            e["text"],
            source=source,
            doc_id=sanitize_id(e["id"], f"{path.stem}-{n}"),
            meta={k: e[k] for k in ("title", "url", "published", "lang")},
            opts=opts,
        )
