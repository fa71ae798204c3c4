"""Pairwise similarity features between event mentions (pure functions).

Every feature returns a small typed value; :func:`compare` combines them into a
:class:`PairScore` with a merge score in [0, 1] and a hard ``conflict`` flag (a pair in
conflict can never share a cluster, whatever the other features say).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from eventline.model import Event

# Thresholds (documented in docs/linking.md).
NEAR_KM = 30.0  # two places this close are "the same place"
MERGE_THRESHOLD = 0.5
DATE_SLACK_DAYS = 1  # day-precision reports may differ by a day (time zones, night events)
UNDATED_WINDOW_DAYS = 10  # undated mentions: publication dates must be this close

_STOP = {
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an", "of",
    "in", "en", "au", "aux", "à",
}  # fmt: skip
_MODALITY_GROUP = {
    "asserted": "real",
    "claimed": "real",
    "negated": "negated",
    "future": "irrealis",
    "hypothetical": "irrealis",
}
_PRECISION_RANK = {
    "day": 0, "week": 1, "month": 2, "quarter": 3, "range": 3, "year": 4, "unknown": 9,
}  # fmt: skip


@lru_cache(maxsize=262144)
def fold(text: str | None) -> str:
    """Lower-case, accent-free, punctuation-free form of ``text`` ('' for None)."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^\w]+", " ", t)
    return " ".join(w for w in t.split() if w not in _STOP)


def precision_rank(precision: str) -> int:
    """0 for day precision, larger for coarser intervals, 9 for unknown."""
    return _PRECISION_RANK.get(precision, 9)


def actor_key(ev: Event) -> str:
    """Canonical actor key: canonical name, else country, else folded surface ('' if none)."""
    return fold(ev.actor_canonical) or fold(ev.actor_country) or fold(ev.actor)


def target_key(ev: Event) -> str:
    """Canonical target key, built like :func:`actor_key`."""
    return fold(ev.target_canonical) or fold(ev.target_country) or fold(ev.target)


def place_key(ev: Event) -> str:
    """Canonical place key: gazetteer name, else rounded coordinates ('' if unknown)."""
    if ev.location_canonical:
        return fold(ev.location_canonical)
    if ev.latitude is not None and ev.longitude is not None:
        return f"{ev.latitude:.1f},{ev.longitude:.1f}"
    return fold(ev.location)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def names_place(summary: Event, ev: Event) -> bool:
    """True if the sentence of ``summary``, after its trigger (where places of the event are
    named, not the actor's origin), names the place of ``ev``."""
    rel = max(0, summary.trigger_start - summary.char_start)
    s = f" {fold(summary.sentence[rel:])} "
    for name in (ev.location, ev.location_canonical):
        f = fold(name)
        if f and f" {f} " in s:
            return True
    return False


def place_relation(a: Event, b: Event) -> str:
    """``same`` | ``near`` | ``covered`` (one sentence also names the other's place)
    | ``different`` | ``unknown`` (at least one side has no place)."""
    ka, kb = place_key(a), place_key(b)
    # two mentions of one sentence never summarise each other
    summary_ok = (a.article_id, a.sentence_index) != (b.article_id, b.sentence_index)
    if not ka or not kb:
        if not summary_ok:
            return "unknown"
        # a place-less summary sentence that names the other mention's place
        if (ka and names_place(b, a)) or (kb and names_place(a, b)):
            return "covered"
        return "unknown"
    if ka == kb:
        return "same"
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        d = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        if d <= NEAR_KM:
            return "near"
    fa, fb = fold(a.location), fold(b.location)
    if fa and fb and (fa in fb or fb in fa):
        return "near"
    if summary_ok and (names_place(a, b) or names_place(b, a)):
        return "covered"
    # same country, different named places: only compatible if one is a region
    if (
        a.country_code
        and a.country_code == b.country_code
        and ((a.geo_precision or 1) >= 3 or (b.geo_precision or 1) >= 3)
    ):
        return "near"
    return "different"


def _interval(ev: Event) -> tuple[date, date] | None:
    if ev.date_start is None:
        return None
    return ev.date_start, ev.date_end or ev.date_start


def date_relation(a: Event, b: Event) -> tuple[str, float]:
    """(``same_day`` | ``overlap`` | ``disjoint`` | ``unknown``, overlap score in [0, 1])."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None or "unknown" in (a.date_precision, b.date_precision):
        return "unknown", 0.0
    slack = (
        DATE_SLACK_DAYS
        if a.date_precision == "day" and b.date_precision == "day" and a.article_id != b.article_id
        else 0
    )
    lo = max(ia[0], ib[0])
    hi = min(ia[1], ib[1])
    gap = (lo - hi).days
    if gap > slack:
        return "disjoint", 0.0
    if a.date_precision == "day" and b.date_precision == "day":
        return ("same_day", 1.0) if gap <= 0 else ("overlap", 0.7)
    span = max((ia[1] - ia[0]).days, (ib[1] - ib[0]).days) + 1
    return "overlap", max(0.2, min(1.0, 2.0 / span))


def _role_relation(ka: str, kb: str, ca: str | None, cb: str | None, canonical: bool) -> str:
    """same | compatible | different | unknown for an actor or target pair.

    Different names are compatible when their countries agree, or (countries unknown)
    when they share a word ("Front armé du Liptako" / "Liptako Armed Front") or are
    surface forms; two canonical names with nothing in common are different.
    """
    if not ka or not kb:
        return "unknown"
    if ka == kb or ka in kb or kb in ka:
        return "same"
    if ca and cb:
        return "compatible" if ca == cb else "different"
    if set(ka.split()) & set(kb.split()):
        return "compatible"
    return "different" if canonical else "compatible"


@dataclass(frozen=True, slots=True)
class PairScore:
    """Merge evidence for one pair of mentions."""

    score: float
    conflict: bool
    place: str
    date: str
    actor: str
    target: str
    evidence: str


def compare(a: Event, b: Event) -> PairScore:
    """Score how likely ``a`` and ``b`` report the same real-world event."""
    place = place_relation(a, b)
    drel, dscore = date_relation(a, b)
    actor = _role_relation(
        actor_key(a),
        actor_key(b),
        a.actor_country,
        b.actor_country,
        bool(a.actor_canonical and b.actor_canonical),
    )
    target = _role_relation(
        target_key(a),
        target_key(b),
        a.target_country,
        b.target_country,
        bool(a.target_canonical and b.target_canonical),
    )

    conflict = (
        a.event_type != b.event_type
        or _MODALITY_GROUP.get(a.modality, "real") != _MODALITY_GROUP.get(b.modality, "real")
        or place == "different"
        or drel == "disjoint"
        or actor == "different"
        or target == "different"
    )
    if drel == "unknown" and a.article_id != b.article_id and a.published and b.published:
        conflict = conflict or abs((a.published - b.published).days) > UNDATED_WINDOW_DAYS

    s = 0.1  # same event type (required)
    s += {"same": 0.3, "near": 0.25, "covered": 0.2, "unknown": 0.04}.get(place, 0.0)
    s += {"same": 0.22, "compatible": 0.1, "unknown": 0.04}.get(actor, 0.0)
    s += {"same": 0.12, "compatible": 0.06, "unknown": 0.03}.get(target, 0.0)
    s += 0.2 * dscore if drel != "unknown" else 0.03
    if a.action_lemma and a.action_lemma == b.action_lemma:
        s += 0.04
    if a.event_mode and a.event_mode == b.event_mode:
        s += 0.04
    if a.fatalities is not None and a.fatalities == b.fatalities:
        s += 0.04
    if a.article_id == b.article_id:
        # nearby sentences of one article tend to elaborate the same event
        s += 0.05 / (1 + abs(a.sentence_index - b.sentence_index))
    evidence = f"type={a.event_type} place={place} date={drel} actor={actor} target={target}"
    return PairScore(round(min(s, 1.0), 4), conflict, place, drel, actor, target, evidence)
