"""Places of an article's events.

Every event is placed when the article names a place, from the nearest source that names
one (``Event.location_source``): its own clause (a place, a place anaphor "in the area",
or a village the gazetteer lacks, placed at the nearest known place), else its sentence,
else its paragraph, else the article's place (its dateline, else the place its title and
text name most). Names resolve in the article's country context (the countries it names
or places in, and the dominant one): a small place abroad that shares a local name is
not the place meant.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from eventline.enrich import gazetteer as geo
from eventline.enrich.gazetteer import Context, Place
from eventline.model import Event, Mention, PlaceName

WIDE_KINDS = ("country", "region")  # gazetteer kinds a village the gazetteer lacks lies in
SOURCES = ("clause", "sentence", "paragraph", "article")  # Event.location_source values
DATELINE_WEIGHT = 3  # how much a name counts towards the article's countries and place
TITLE_WEIGHT = 2
INHERITED_PRECISION = 2  # a place of the paragraph or the article: near it at best
MAX_TITLE_WORDS = 4

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True, slots=True)
class _Named:
    """A place the article names, resolved."""

    name: PlaceName
    place: Place


@dataclass(frozen=True, slots=True)
class ArticlePlaces:
    """What an article says about where its events are."""

    context: Context
    named: tuple[_Named, ...]  # resolved places of the text, in text order
    main: Place | None  # the dateline's place, else the place the article names most


def title_names(title: str | None, lang: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Place names of a headline (not parsed): runs of up to four words starting and
    ending with a capital that name a place telling its country, or a place the text
    names (``known``, folded)."""
    if not title:
        return []
    words = list(_WORD.finditer(title))
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_TITLE_WORDS, len(words) - i), 0, -1):
            first, last = words[i], words[i + n - 1]
            if not (first.group()[0].isupper() and last.group()[0].isupper()):
                continue
            text = title[first.start() : last.end()]
            if geo.fold(text) in known or geo.resolve(text, lang, strict=True):
                out.append(text)
                i += n
                break
        else:
            i += 1
    return out


def _weighted_names(
    events: Sequence[Event], places: Sequence[PlaceName], title_hits: Sequence[str]
) -> list[tuple[str, int]]:
    out = [(t, TITLE_WEIGHT) for t in title_hits]
    out += [(p.text, DATELINE_WEIGHT if p.dateline else 1) for p in places]
    out += [(e.location, 1) for e in events if e.location]
    return out


def _country_context(names: Sequence[tuple[str, int]], lang: str) -> Context:
    """The article's countries: those of the places that tell their country (countries,
    regions, provinces, capitals, the largest cities), else of any place it names."""
    for strict in (True, False):
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for i, (name, weight) in enumerate(names):
            p = geo.resolve(name, lang, strict=strict)
            if p is not None and p.country_code:
                counts[p.country_code] += weight
                first.setdefault(p.country_code, i)
        if counts:
            dominant = min(counts, key=lambda c: (-counts[c], first[c]))
            return Context(frozenset(counts), dominant)
    return Context()


def _main_place(
    named: Sequence[_Named], title_hits: Sequence[str], ctx: Context, lang: str
) -> Place | None:
    """The dateline's place, else the place of the dominant country the title and the
    text name most (a more specific one on ties), else the dominant country."""
    for n in named:
        if n.name.dateline:
            return n.place
    scores: Counter[str] = Counter()
    best: dict[str, Place] = {}
    for text, weight, place in [(t, TITLE_WEIGHT, None) for t in title_hits] + [
        (n.name.text, 1, n.place) for n in named if n.name.locative
    ]:
        p = place or geo.resolve_in(text, lang, ctx)
        if p is None or (ctx.dominant and p.country_code != ctx.dominant):
            continue
        scores[p.canonical] += weight
        best.setdefault(p.canonical, p)
    if scores:
        order = list(best)
        top = min(
            best,
            key=lambda k: (-scores[k], best[k].geo_precision, order.index(k)),
        )
        return best[top]
    return geo.country_place(ctx.dominant) if ctx.dominant else None


def article_places(
    events: Sequence[Event],
    places: Sequence[PlaceName],
    title: str | None,
    lang: str,
) -> ArticlePlaces:
    """The country context, the resolved places and the main place of an article."""
    known = frozenset(geo.fold(p.text) for p in places)
    hits = title_names(title, lang, known)
    ctx = _country_context(_weighted_names(events, places, hits), lang)
    named = tuple(
        _Named(p, place) for p in places if (place := geo.resolve_in(p.text, lang, ctx)) is not None
    )
    main = _main_place(named, hits, ctx, lang)
    if main is not None and main.latitude is None:
        main = None
    return ArticlePlaces(ctx, named, main)


# --------------------------------------------------------------------------- events


def _located(ev: Event, place: Place, source: str, precision: int | None = None) -> Event:
    return replace(
        ev,
        location=place.name,
        location_canonical=place.canonical,
        country_code=place.country_code,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=precision or place.geo_precision,
        location_source=source,
    )


def _village_name(name: str) -> bool:
    """A name the gazetteer lacks that may still be a village: capitalised, neither an
    acronym nor a word that is never a place."""
    return (
        any(c.isupper() for c in name)
        and not geo.is_acronym(geo.bare_name(name))
        and not geo.not_a_name(name)
    )


def _bracket_names(text: str) -> list[str]:
    """ "(District, Region)" → its names."""
    return [n.strip() for n in text.strip("() ").split(",") if n.strip()]


def _areas(bracket: str, lang: str, ctx: Context) -> list[Place]:
    return [
        a
        for n in _bracket_names(bracket)
        if (a := geo.resolve_region(n, lang, ctx)) is not None and a.latitude is not None
    ]


def _hierarchy_place(town: str, bracket: str, ev: Event, lang: str, ctx: Context) -> Event | None:
    """ "Xville (District, Region)": the town, unless the bracket's areas lie in another
    country; else the town looked up in the country of the bracket's widest area, and a
    town the gazetteer lacks keeps its name with the coordinates of the bracket's most
    specific area (precision 2)."""
    found = geo.resolve_in(town, lang, ctx)
    if found is not None and found.country_code:
        # the town's country, unless the bracket's areas name another one more often
        own = Context(frozenset({found.country_code}), found.country_code)
        votes = Counter(a.country_code for a in _areas(bracket, lang, own))
        votes[found.country_code] += 1
        if votes[found.country_code] >= max(votes.values()):
            return replace(_located(ev, found, "clause"), location=town)
    areas = _areas(bracket, lang, ctx)
    if not areas:
        return None
    country = areas[-1].country_code
    areas = [a for a in areas if a.country_code == country]
    if country:
        local = Context(ctx.countries | {country}, country)
        found = geo.resolve_in(town, lang, local)
        if found is not None and found.country_code == country:
            return replace(_located(ev, found, "clause"), location=town)
    if not _village_name(town):
        return None
    note = f"{town} not in gazetteer; coordinates of {areas[0].canonical}"
    return replace(
        _located(ev, areas[0], "clause", INHERITED_PRECISION),
        location=town,
        location_canonical=geo.bare_name(town),
        geo_precision=INHERITED_PRECISION,
        extras={**ev.extras, "geo_note": note},
    )


def _place_event(ev: Event, m: Mention, lang: str, ctx: Context) -> Event:
    """The event's own clause place: the most specific place of its group; a village the
    gazetteer lacks keeps its name (coordinates come later, from a wider place); a town
    followed by its bracketed admin hierarchy is that town."""
    names = [ev.location or "", *m.other_places]
    at = next((i for i, p in enumerate(names) if i and p.startswith("(")), None)
    if at is not None and names[at - 1]:
        found = _hierarchy_place(names[at - 1], names[at], ev, lang, ctx)
        if found is not None:
            return found
    candidates = [ev.location] if ev.location else []
    candidates += [p for p in m.other_places if p and not p.startswith("(")]
    places = []
    unresolved = []
    for name in candidates:
        place = geo.resolve_in(name, lang, ctx)
        if place is not None:
            places.append(place)
        elif _village_name(name):
            unresolved.append(name)
    best = geo.most_specific(places)
    if best is None:
        if unresolved:
            return replace(
                ev, location=unresolved[0], location_canonical=geo.bare_name(unresolved[0]),
                location_source="clause",
            )  # fmt: skip
        return replace(ev, location=None, location_canonical=None)
    if unresolved and best.kind in WIDE_KINDS:
        # a village the gazetteer lacks, inside a known region or country: keep its
        # name, and the wider area's coordinates with that area's (coarser) precision
        note = f"{unresolved[0]} not in gazetteer; coordinates of {best.canonical}"
        located = _located(ev, best, "clause")
        return replace(
            located,
            location=unresolved[0],
            location_canonical=geo.bare_name(unresolved[0]),
            geo_precision=max(best.geo_precision, INHERITED_PRECISION),
            extras={**ev.extras, "geo_note": note},
        )
    located = _located(ev, best, "clause")
    return replace(located, location=best.name if best.name in (ev.sentence or "") else ev.location)


def resolve_place_anaphors(events: Sequence[Event], mentions: Sequence[Mention]) -> list[Event]:
    """ "in the region", "to the area": the most recent place named before the mention."""
    out = list(events)
    last: Event | None = None
    for k in sorted(range(len(out)), key=lambda k: out[k].trigger_start):
        ev, anaphor = out[k], mentions[k].place_anaphor
        if ev.location_canonical and ev.latitude is not None:
            last = ev
        elif anaphor and last is not None and not ev.location:
            out[k] = replace(
                ev,
                location=anaphor,
                location_canonical=last.location_canonical,
                country_code=last.country_code,
                latitude=last.latitude,
                longitude=last.longitude,
                geo_precision=max(2, last.geo_precision or 2),
                location_source="clause",
                extras={
                    **ev.extras,
                    "geo_note": f"'{anaphor}' refers to {last.location_canonical}",
                },
            )
    return out


def _nearest(ev: Event, named: Sequence[_Named]) -> _Named | None:
    """The place named nearest before the event's trigger, else the nearest after it."""
    if not named:
        return None

    def key(n: _Named) -> tuple[int, int]:
        return (0 if n.name.start < ev.trigger_start else 1, abs(ev.trigger_start - n.name.start))

    return min(named, key=key)


def _wider(ev: Event, art: ArticlePlaces) -> tuple[Place, str] | None:
    """The place of the event's sentence, else paragraph, else article: places named as
    where something is, not as participants ("X a annoncé"); for a village the
    gazetteer lacks, only places of the article's dominant country."""
    own = [n for n in art.named if not n.name.dateline and n.name.locative]
    if ev.location and art.context.dominant:
        own = [n for n in own if n.place.country_code == art.context.dominant]
    sentence = _nearest(ev, [n for n in own if n.name.sentence_index == ev.sentence_index])
    if sentence is not None:
        return sentence.place, "sentence"
    para = _nearest(ev, [n for n in own if n.name.paragraph_index == ev.paragraph_index])
    if para is not None:
        return para.place, "paragraph"
    return (art.main, "article") if art.main is not None else None


# statements: the places around them are those of what they are about
STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"})


def _statement_place(ev: Event, art: ArticlePlaces) -> tuple[Place, str] | None:
    """A statement with no place of its own takes the article's place, never its
    sentence's or paragraph's: those are the places of what it condemns or asks for
    ("Xland condemned the bombing of the embassy in Yville", "called for talks in
    Zville")."""
    return (art.main, "article") if art.main is not None else None


def _actor_key(ev: Event) -> str | None:
    return ev.actor_canonical or ev.actor


def _own_act(ev: Event, events: Sequence[Event]) -> Event | None:
    """A deed (not a statement) of the statement's own actor, placed by its clause in the
    statement's sentence: "protesters blocked a road in Xville to demand …" — the demand
    is made in Xville."""
    actor = _actor_key(ev)
    if not actor:
        return None
    for other in events:
        if (
            other.sentence_index == ev.sentence_index
            and other.event_id != ev.event_id
            and other.event_type not in STATEMENT_TYPES
            and other.location_source == "clause"
            and other.latitude is not None
            and _actor_key(other) == actor
        ):
            return other
    return None


def _placed_as(ev: Event, other: Event, source: str) -> Event:
    return replace(
        ev,
        location=other.location,
        location_canonical=other.location_canonical,
        country_code=other.country_code,
        latitude=other.latitude,
        longitude=other.longitude,
        geo_precision=other.geo_precision,
        location_source=source,
    )


def inherit_places(events: Sequence[Event], art: ArticlePlaces) -> list[Event]:
    """Events whose clause gave no coordinates take those of the nearest wider place."""
    out = []
    for ev in events:
        if ev.latitude is not None:
            out.append(ev)
            continue
        statement = ev.event_type in STATEMENT_TYPES and not ev.location
        acting = _own_act(ev, events) if statement else None
        if acting is not None:
            out.append(_placed_as(ev, acting, "sentence"))
            continue
        found = _statement_place(ev, art) if statement else _wider(ev, art)
        if found is None:
            out.append(ev)
            continue
        place, source = found
        if source != "sentence" or ev.location:
            precision = max(place.geo_precision, INHERITED_PRECISION)
        else:
            precision = place.geo_precision
        if ev.location:  # a village the gazetteer lacks: its name, the wider coordinates
            note = f"{ev.location} not in gazetteer; coordinates of {place.canonical} ({source})"
            out.append(
                replace(
                    ev,
                    country_code=place.country_code,
                    latitude=place.latitude,
                    longitude=place.longitude,
                    geo_precision=precision,
                    extras={**ev.extras, "geo_note": note},
                )
            )
            continue
        out.append(_located(ev, place, source, precision))
    return out


def place_events(
    events: Sequence[Event],
    mentions: Sequence[Mention],
    lang: str,
    places: Sequence[PlaceName] = (),
    title: str | None = None,
) -> list[Event]:
    """Canonical place, country, coordinates and ``location_source`` of each event
    (``mentions`` parallel to ``events``)."""
    art = article_places(events, places, title, lang)
    located = [
        _place_event(ev, m, lang, art.context) for ev, m in zip(events, mentions, strict=True)
    ]
    located = resolve_place_anaphors(located, mentions)
    return inherit_places(located, art)


def assign_places(events: Sequence[Event], mentions: Sequence[Mention], lang: str) -> list[Event]:
    """Clause places only (no article context from the text): :func:`place_events`
    without the article's place names."""
    art = article_places(events, (), None, lang)
    return [_place_event(ev, m, lang, art.context) for ev, m in zip(events, mentions, strict=True)]
