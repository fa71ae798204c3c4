"""Article-level enrichment of extracted mentions: dates, places, canonical actors.

Runs after ``extract`` on all mentions of one article, because these steps need the
whole article: anaphoric dates point at earlier events, pronouns and descriptions point
at earlier actors, and ambiguous place names resolve by the article's country context.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from eventline import lang as langdata
from eventline.enrich import actors, coref
from eventline.enrich import gazetteer as geo
from eventline.model import Article, Event, Speaker, Timex
from eventline.ontology import VERBAL_TYPES
from eventline.temporal import TemporalResult, timex_precision

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- dates


def _anchor_of(
    tx_anchor: str, by_start: dict[int, Timex], event_of_timex: dict[int, str], depth: int = 0
) -> str:
    """Parquet ``date_anchor`` for a timex anchor (follows anaphoric chains to an event)."""
    if tx_anchor.startswith("timex:"):
        try:
            start = int(tx_anchor.split(":", 1)[1])
        except ValueError:
            return "none"
        if start in event_of_timex:
            return f"event:{event_of_timex[start]}"
        antecedent = by_start.get(start)
        if antecedent is None or depth > 10:
            return "none"
        return _anchor_of(antecedent.anchor, by_start, event_of_timex, depth + 1)
    if tx_anchor in ("explicit", "published", "weekday-year"):
        return tx_anchor
    if tx_anchor == "inferred":
        return "published"
    return "none"


def assign_dates(events: Sequence[Event], temporal: TemporalResult) -> None:
    """Fill ``date_precision`` and ``date_anchor`` from the governing expressions."""
    by_start = {t.start: t for t in temporal.timexes}
    event_of_timex: dict[int, str] = {}
    for ev in sorted(events, key=lambda e: e.trigger_start):
        start = ev.extras.get("timex_start")
        if start is not None:
            event_of_timex.setdefault(int(start), ev.event_id)
    for ev in events:
        start = ev.extras.get("timex_start")
        tx = by_start.get(int(start)) if start is not None else None
        if tx is None or ev.date_start is None:
            ev.date_start = ev.date_end = None
            ev.date_precision, ev.date_anchor = "unknown", "none"
            continue
        ev.date_precision = timex_precision(tx)
        anchor = _anchor_of(tx.anchor, by_start, event_of_timex)
        if anchor == f"event:{ev.event_id}":
            anchor = "explicit"
        ev.date_anchor = anchor


# --------------------------------------------------------------------------- places


def assign_places(events: Sequence[Event], article: Article) -> None:
    lang = article.lang or "fr"
    names = [e.location for e in events if e.location]
    names += [p for e in events for p in e.extras.get("other_places", "").split("; ") if p]
    hint = geo.article_country_context(names, lang)
    for ev in events:
        candidates = [ev.location] if ev.location else []
        candidates += [p for p in ev.extras.get("other_places", "").split("; ") if p]
        places = []
        unresolved = []
        for name in candidates:
            place = geo.resolve(name, lang, country_hint=hint)
            if place is not None:
                places.append(place)
            elif name[:1].isupper():
                unresolved.append(name)
        best = geo.most_specific(places)
        if best is None:
            if ev.location:
                ev.location_canonical = ev.location
            continue
        if unresolved and best.kind in ("country", "region"):
            # a village the gazetteer lacks, inside a known region or country: keep its
            # name, and the wider area's coordinates with that area's (coarser) precision
            ev.location = ev.location_canonical = unresolved[0]
            ev.extras["geo_note"] = (
                f"{unresolved[0]} not in gazetteer; coordinates of {best.canonical}"
            )
        else:
            ev.location = best.name if best.name in (ev.sentence or "") else ev.location
            ev.location_canonical = best.canonical
        ev.country_code = best.country_code
        ev.latitude, ev.longitude = best.latitude, best.longitude
        ev.geo_precision = best.geo_precision


# --------------------------------------------------------------------------- actors


def _morph_dict(raw: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (raw or "").split("|"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def assign_actors(
    events: Sequence[Event], article: Article, speakers: Sequence[Speaker] = ()
) -> None:
    """Canonical actor/target names, countries and sectors, pronouns resolved."""
    lang = article.lang or "fr"
    triggers = langdata.load(lang, "triggers")
    mentions: list[coref.Mention] = []
    for ev in events:
        for role in ("actor", "target"):
            text = getattr(ev, role)
            if not text:
                continue
            head = ev.extras.get(f"{role}_head")
            info = actors.describe(
                text, lang, head_lemma=head, morph=_morph_dict(ev.extras.get(f"{role}_morph"))
            )
            if head and head.lower() in triggers.QUANTITY_NOUNS:
                # "thousands of protesters": the counted noun heads the mention
                head = actors.bare_words(text, lang).split(" ")[0]
            if (
                role == "target"
                and info.kind == "description"
                and (
                    not actors.is_actor_head(head, lang)
                    or (head or "").lower() in triggers.PLACE_NOUNS
                )
            ):
                # a thing or a place ("les bases militaires américaines"): keep its words,
                # code its owner's country/sector, and keep it out of actor coreference
                ev.target_canonical = actors.bare_words(text, lang)
                ev.target_country, ev.target_sector = info.country, info.sector
                continue
            pos = int(ev.extras.get(f"{role}_start", ev.trigger_start))
            mentions.append(coref.Mention(f"{ev.event_id}|{role}", pos, info, role))
    for k, sp in enumerate(speakers):
        info = actors.describe(sp.text, lang, head_lemma=sp.head_lemma, morph=_morph_dict(sp.morph))
        mentions.append(coref.Mention(f"speaker|{k}", sp.start, info, "actor"))
    resolved = coref.resolve_mentions(mentions)
    for ev in events:
        for role in ("actor", "target"):
            info = resolved.get(f"{ev.event_id}|{role}")
            if info is None:
                continue
            setattr(ev, f"{role}_canonical", actors.display_name(info, lang))
            setattr(ev, f"{role}_country", info.country)
            setattr(ev, f"{role}_sector", info.sector)


def date_lead(events: Sequence[Event]) -> None:
    """A lead sentence that summarises events detailed later takes their date: an undated
    mention in the article's first sentence borrows the date of the first later mention
    with the same type and place (news lead convention), anchored on that event."""
    if not events:
        return
    first = min(e.sentence_index for e in events)
    later = sorted((e for e in events if e.sentence_index > first), key=lambda e: e.trigger_start)
    for ev in events:
        if ev.sentence_index != first or ev.date_start is not None or not ev.location_canonical:
            continue
        for other in later:
            if (
                other.date_start is not None
                and other.event_type == ev.event_type
                and other.location_canonical == ev.location_canonical
            ):
                ev.date_start, ev.date_end = other.date_start, other.date_end
                ev.date_precision, ev.date_value = other.date_precision, other.date_value
                ev.date_anchor = f"event:{other.event_id}"
                ev.extras["date_source"] = "lead"
                break


NARRATIVE_GAP = 4  # sentences a narrative time carries over


def drop_statement_dates_of_future(events: Sequence[Event]) -> None:
    """ "Washington will provide aid, the embassy announced on Monday": Monday dates the
    announcement, not the future event."""
    for ev in events:
        if ev.modality == "future" and ev.extras.get("date_via") in ("statement", "sentence"):
            ev.date_start = ev.date_end = None
            ev.date_precision, ev.date_anchor, ev.date_value = "unknown", "none", None
            ev.extras["date_dropped"] = "statement date of a future event"


def carry_narrative_time(events: Sequence[Event], published: date | None) -> None:
    """News narrative time: an undated deed told right after a dated one happened then
    ("The gunmen arrived…, opened fire…"); an undated reaction happened between that
    event and publication. Anchored on the event it comes from; future, hypothetical
    and negated mentions stay undated."""
    current: Event | None = None
    for ev in sorted(events, key=lambda e: e.trigger_start):
        if ev.date_start is not None:
            if (
                ev.modality not in ("future", "hypothetical")
                and ev.extras.get("date_source") != "lead"
                and ev.date_end is not None
                and (ev.date_end - ev.date_start).days <= 7  # a month is no narrative "now"
            ):
                current = ev
            continue
        if current is None or ev.modality in ("future", "hypothetical", "negated"):
            continue
        if ev.extras.get("tense") == "present":
            continue  # "Les États-Unis fournissent une aide": ongoing, not the narrated day
        if ev.sentence_index - current.sentence_index > NARRATIVE_GAP:
            continue
        start, end = current.date_start, current.date_end
        if ev.event_type in VERBAL_TYPES and published is not None and end is not None:
            end = max(end, published)
        ev.date_start, ev.date_end = start, end
        ev.date_precision = current.date_precision if end == current.date_end else "range"
        ev.date_anchor = f"event:{current.event_id}"
        ev.extras["date_source"] = "narrative"


def resolve_place_anaphors(events: Sequence[Event]) -> None:
    """ "dans la région", "to the area": the most recent place named before the mention."""
    last: Event | None = None
    for ev in sorted(events, key=lambda e: e.trigger_start):
        anaphor = ev.extras.get("place_anaphor")
        if ev.location_canonical and ev.latitude is not None:
            last = ev
        elif anaphor and last is not None and not ev.location:
            ev.location = anaphor
            ev.location_canonical = last.location_canonical
            ev.country_code = last.country_code
            ev.latitude, ev.longitude = last.latitude, last.longitude
            ev.geo_precision = max(2, last.geo_precision or 2)
            ev.extras["geo_note"] = f"'{anaphor}' refers to {last.location_canonical}"


def enrich_article(
    article: Article,
    events: Sequence[Event],
    temporal: TemporalResult,
    speakers: Sequence[Speaker] = (),
) -> None:
    """Places, actors and dates of one article's mentions (in place)."""
    assign_places(events, article)
    resolve_place_anaphors(events)
    assign_actors(events, article, speakers)
    assign_dates(events, temporal)
    drop_statement_dates_of_future(events)
    date_lead(events)
    carry_narrative_time(events, article.published)
