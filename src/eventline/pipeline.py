"""Pure sequencing of the stages, without Prefect (used by the flow, the CLI and eval).

``process_batch`` turns a batch of articles into events: parse (``nlp``), tag time
expressions (``temporal``), extract mentions (``extract``) and enrich them (``enrich``).
One bad article never sinks the batch: its error becomes a ``Reject``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from eventline import temporal
from eventline.enrich import enrich_article
from eventline.extract import extract_article, extract_speakers
from eventline.model import EXTRACTOR_VERSION, Article, ArticleResult, ArticleRow, Event, Reject
from eventline.nlp import ModelNotAvailable, Pipelines

log = logging.getLogger(__name__)


@dataclass(slots=True)
class BatchResult:
    results: list[ArticleResult] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    rows: list[ArticleRow] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [e for r in self.results for e in r.events]


def _row(
    article: Article, result: ArticleResult | None, tr: temporal.TemporalResult | None, status: str
) -> ArticleRow:
    return ArticleRow(
        article_id=article.article_id,
        doc_id=article.doc_id,
        source=article.source,
        title=article.title,
        url=article.url,
        lang=article.lang,
        published=article.published,
        published_origin=article.published_origin,
        reference_date=tr.reference if tr else None,
        reference_origin=tr.reference_origin if tr else "none",
        n_chars=len(article.text),
        n_events=len(result.events) if result else 0,
        status=status,
        extractor_version=EXTRACTOR_VERSION,
    )


def process_batch(
    articles: Sequence[Article],
    pipelines: Pipelines,
    *,
    ingestion_date: date | None = None,
) -> BatchResult:
    """Events of a batch of articles; each language parsed in one ``nlp.pipe`` stream."""
    out = BatchResult()
    by_lang: dict[str, list[Article]] = {}
    for a in articles:
        by_lang.setdefault(a.lang or "fr", []).append(a)
    for lang, group in sorted(by_lang.items()):
        try:
            parsed = list(pipelines.parse_texts(lang, [a.text for a in group]))
        except ModelNotAvailable as exc:
            for a in group:
                out.rejects.append(Reject(a.source, "model", str(exc), a.article_id))
                out.rows.append(_row(a, None, None, "rejected"))
            continue
        for article, paragraphs in zip(group, parsed, strict=True):
            tr: temporal.TemporalResult | None = None
            try:
                tr = temporal.tag(
                    article.text,
                    lang,
                    article.published,
                    paragraphs=paragraphs,
                    ingestion_date=ingestion_date,
                )
                mentions = extract_article(article, paragraphs, tr.timexes)
                speakers = extract_speakers(article, paragraphs)
                events = enrich_article(article, mentions, tr, speakers)
            except (
                ValueError,
                KeyError,
                IndexError,
                TypeError,
                AttributeError,
                RecursionError,
            ) as exc:
                # a defect on one article must not lose the others: record it and go on
                log.exception("extraction failed on %s", article.source)
                out.rejects.append(
                    Reject(
                        article.source, "error", f"{type(exc).__name__}: {exc}", article.article_id
                    )
                )
                out.rows.append(_row(article, None, tr, "error"))
                continue
            result = ArticleResult(
                article, events, list(tr.timexes), "ok" if events else "no_events"
            )
            out.results.append(result)
            out.rows.append(_row(article, result, tr, result.status))
    return out
