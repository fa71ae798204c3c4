"""From raw bytes and metadata to an ``Article``, or a ``Reject`` saying why not.

Shared by every reader (text, JSONL, HTML, feeds): the size and length limits, the
decoding, the publication date and language of an article, its id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventline import lang as langdata
from eventline.ingest import langid
from eventline.model import Article, Reject, article_id_for

MAX_ARTICLE_BYTES = 2_000_000  # one article; larger ones are rejected as "too_large"
MIN_ARTICLE_CHARS = 20


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read sources: defaults for inputs that carry no date or language."""

    published: date | None = None
    lang: str = "auto"  # a supported language code, or auto-detection
    max_bytes: int = MAX_ARTICLE_BYTES
    min_chars: int = MIN_ARTICLE_CHARS  # shorter texts are rejected as too_short


Item = Article | Reject


def parse_date(value: object) -> date | None:
    """``YYYY-MM-DD`` or an ISO-8601 timestamp → date; anything else → None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return len(head) > 0 and ctrl / len(head) > 0.05


def decode(data: bytes, source: str) -> str | Reject:
    if looks_binary(data):
        return Reject(source, "binary", "file looks binary (NUL or control bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Reject(
            source,
            "encoding",
            f"not valid UTF-8 at byte {exc.start} ({data[exc.start : exc.start + 4]!r}); "
            "re-encode the file as UTF-8",
        )


def sanitize_id(value: object, fallback: str) -> str:
    s = str(value) if value is not None else ""
    s = "".join(ch for ch in s if ch.isprintable())[:200]
    return s or fallback


def make_article(
    text: str,
    *,
    source: str,
    doc_id: str,
    meta: dict[str, object],
    opts: IngestOptions,
) -> Article | Reject:
    if not text.strip():
        return Reject(source, "empty", "no text")
    if len(text.encode("utf-8")) > opts.max_bytes:
        return Reject(
            source,
            "too_large",
            f"{len(text.encode('utf-8'))} bytes > limit {opts.max_bytes}; split the article",
        )
    if len(text.strip()) < opts.min_chars:
        return Reject(source, "too_short", f"only {len(text.strip())} characters of text")
    published = parse_date(meta.get("published") or meta.get("date"))
    published_origin = "metadata" if published else "none"
    if published is None and opts.published is not None:
        published, published_origin = opts.published, "cli"
    meta_lang = str(meta.get("lang") or "").strip().lower()[:2] or None
    if opts.lang in langdata.SUPPORTED:
        lang, lang_origin = opts.lang, "given"
    elif meta_lang:
        lang, lang_origin = meta_lang, "given"
    else:
        detected = langid.detect(text)
        if detected is None:
            return Reject(source, "language", "could not detect the language")
        lang, lang_origin = detected, "detected"
    if lang not in langdata.SUPPORTED:
        return Reject(
            source,
            "language",
            f"language {lang!r} is not supported (supported: {', '.join(langdata.SUPPORTED)})",
        )
    title = meta.get("title")
    url = meta.get("url")
    return Article(
        article_id=article_id_for(text),
        doc_id=doc_id,
        source=source,
        text=text,
        title=str(title)[:500] if title else None,
        url=str(url)[:2000] if url else None,
        lang=lang,
        published=published,
        published_origin=published_origin,
        lang_origin=lang_origin,
    )


def read_bytes(path: Path, limit: int) -> bytes | Reject:
    try:
        size = path.stat().st_size
        if size > limit:
            return Reject(str(path), "too_large", f"{size} bytes > limit {limit}; split the file")
        return path.read_bytes()
    except OSError as exc:
        return Reject(str(path), "unreadable", f"{type(exc).__name__}: {exc}")
