"""Places of an article's events: gazetteer resolution in the article's country context,
and place anaphors ("in the region") resolved to the place named before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventline.enrich import gazetteer as geo
from eventline.model import Event, Mention

WIDE_KINDS = ("country", "region")  # gazetteer kinds a village the gazetteer lacks lies in


def _place_event(ev: Event, m: Mention, lang: str, hint: str | None) -> Event:
    candidates = [ev.location] if ev.location else []
    candidates += [p for p in m.other_places if p]
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
        return replace(ev, location_canonical=ev.location) if ev.location else ev
    located = replace(
        ev,
        country_code=best.country_code,
        latitude=best.latitude,
        longitude=best.longitude,
        geo_precision=best.geo_precision,
    )
    if unresolved and best.kind in WIDE_KINDS:
        # a village the gazetteer lacks, inside a known region or country: keep its
        # name, and the wider area's coordinates with that area's (coarser) precision
        note = f"{unresolved[0]} not in gazetteer; coordinates of {best.canonical}"
        return replace(
            located,
            location=unresolved[0],
            location_canonical=unresolved[0],
            extras={**ev.extras, "geo_note": note},
        )
    return replace(
        located,
        location=best.name if best.name in (ev.sentence or "") else ev.location,
        location_canonical=best.canonical,
    )


def assign_places(events: Sequence[Event], mentions: Sequence[Mention], lang: str) -> list[Event]:
    """Canonical place, country and coordinates of each event (``mentions`` parallel to
    ``events``: their other places join the candidates)."""
    names = [e.location for e in events if e.location]
    names += [p for m in mentions for p in m.other_places if p]
    hint = geo.article_country_context(names, lang)
    return [_place_event(ev, m, lang, hint) for ev, m in zip(events, mentions, strict=True)]


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
                extras={
                    **ev.extras,
                    "geo_note": f"'{anaphor}' refers to {last.location_canonical}",
                },
            )
    return out
