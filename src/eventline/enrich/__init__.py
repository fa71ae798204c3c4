"""Article-level enrichment: extracted mentions become events with places, actors and
dates resolved.

Runs after ``extract`` on all mentions of one article, because these steps need the
whole article: anaphoric dates point at earlier events, pronouns and descriptions point
at earlier actors, and ambiguous place names resolve by the article's country context.
Every step is pure: it returns new events and never changes its inputs.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventline import lang as langdata
from eventline.enrich.canonical import assign_actors
from eventline.enrich.dates import UNDATED_WINDOW, date_events
from eventline.enrich.places import place_events
from eventline.model import Article, Event, Mention, PlaceName, Speaker
from eventline.temporal import TemporalResult

__all__ = ["enrich_article", "mention_event"]

STATEMENT_VIAS = ("statement", "sentence")  # date attachments noted in ``date_via``


def mention_event(article: Article, m: Mention) -> Event:
    """The event row of one mention, before enrichment (raw roles and place, the
    governing expression's dates)."""
    tx = m.timex
    extras = {"tense": m.tense}
    if tx is not None and m.date_via in STATEMENT_VIAS:
        extras["date_via"] = m.date_via
    return Event(
        event_id=m.event_id,
        article_id=article.article_id,
        source=article.source,
        lang=article.lang or "",
        published=article.published,
        sentence_index=m.sentence_index,
        sentence=m.sentence,
        char_start=m.char_start,
        char_end=m.char_end,
        trigger=m.trigger,
        action_lemma=m.action_lemma,
        event_type=m.event_type,
        event_mode=m.event_mode,
        cameo_root=m.cameo_root,
        actor=m.actor,
        target=m.target,
        location=m.location,
        date_text=tx.text if tx is not None else None,
        date_start=tx.date_start if tx is not None else None,
        date_end=tx.date_end if tx is not None else None,
        fatalities=m.fatalities,
        injured=m.injured,
        modality=m.modality,
        confidence=m.confidence,
        trigger_start=m.trigger_start,
        trigger_end=m.trigger_end,
        paragraph_index=m.paragraph_index,
        date_value=tx.value if tx is not None else None,
        casualty_qualifier=m.casualty_qualifier,
        extras=extras,
    )


def enrich_article(
    article: Article,
    mentions: Sequence[Mention],
    temporal: TemporalResult,
    speakers: Sequence[Speaker] = (),
    places: Sequence[PlaceName] = (),
    undated_window: int = UNDATED_WINDOW,
) -> list[Event]:
    """The events of one article's mentions: places, actors and dates resolved
    (``places``: every place the article names, which events without one inherit;
    ``undated_window``: days before publication an undated event is placed in)."""
    lang = article.lang or langdata.DEFAULT
    events = [mention_event(article, m) for m in mentions]
    events = place_events(events, mentions, lang, places, article.title)
    events = assign_actors(events, mentions, lang, speakers, article.text, article.title or "")
    return date_events(events, mentions, temporal, article.published, lang, undated_window)
