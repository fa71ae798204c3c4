"""Typed edges between mentions: before, cause, same_actor, same_location.

Direction convention: ``before`` means *source happened before target*; ``cause``
means *source caused target*. ``after`` is never emitted: ``after(a, b)`` is written
``before(b, a)``. Scores >= ``STRONG`` make a relation strong enough to join stories.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from eventline import lang as langdata
from eventline.lang.base import Discourse
from eventline.link.features import (
    DISTINCT_MODES,
    actor_key,
    compare,
    effective_interval,
    flashback,
    fold,
    governed_by_earlier_cue,
    inherited_date,
    on_remains,
    place_key,
    target_key,
)
from eventline.link.merge import time_key
from eventline.model import Event, Link
from eventline.ontology import STATE_SECTORS

STRONG = 0.7
CAUSE_WINDOW_DAYS = 45  # a cause found by reciprocity must precede within this window
PREP_REACH = 40  # chars between a preposition ("after") and the trigger it governs
FRONTED_REACH = 25  # chars after a trigger where a comma ends a fronted adjunct
_WEAK_CAUSE = 0.6  # cause markers below this score ("after", "après que") only order
_REAL = ("asserted", "claimed")


@langdata.derived
@cache
def _discourse(code: str) -> Discourse | None:
    try:
        return langdata.get(code).discourse
    except (KeyError, ModuleNotFoundError):
        return None


@cache
def _pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alts = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE)


def _norm(text: str) -> str:
    return text.replace("’", "'").replace("\u00a0", " ")


def find_cues(sentence: str, cues: Mapping[str, object]) -> list[tuple[int, int, str]]:
    """(start, end, cue) of every cue of ``cues`` found in ``sentence`` (longest first)."""
    return list(_find_cues(sentence, tuple(cues)))


@lru_cache(maxsize=65536)
def _find_cues(sentence: str, cues: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    pat = _pattern(cues)
    if pat is None:
        return ()
    return tuple((m.start(), m.end(), m.group(0).lower()) for m in pat.finditer(_norm(sentence)))


def is_pronoun(ev: Event) -> bool:
    """True if the actor is an unresolved pronoun ("ils", "they")."""
    d = _discourse(ev.lang)
    return bool(d and ev.actor and not ev.actor_canonical and fold(ev.actor) in d.PRONOUNS)


def _key_actor(ev: Event) -> str:
    return "" if is_pronoun(ev) else actor_key(ev)


def _rel(ev: Event) -> int:
    """Trigger offset inside its sentence."""
    return max(0, ev.trigger_start - ev.char_start)


class _Links:
    """Deduplicating link collector (the best-scored evidence wins; of two opposite
    ``before`` links of one pair, the better-scored one)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str, str], Link] = {}

    def add(self, src: Event, tgt: Event, relation: str, evidence: str, score: float) -> None:
        if src.event_id == tgt.event_id:
            return
        key = (src.event_id, tgt.event_id, relation)
        rev = (tgt.event_id, src.event_id, relation)
        if relation.startswith("same") and rev in self.items:
            return
        if key in self.items and self.items[key].score >= score:
            return
        if relation == "before" and rev in self.items:
            if self.items[rev].score >= score:
                return
            del self.items[rev]
        self.items[key] = Link(src.event_id, tgt.event_id, relation, evidence, round(score, 3))


Reports = dict[str, list[Event]]  # article id -> its mentions in text order


def _by_article(events: Sequence[Event]) -> Reports:
    out: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        out[ev.article_id].append(ev)
    for evs in out.values():
        evs.sort(key=lambda e: (e.sentence_index, _rel(e), e.event_id))
    return out


def _head(ev: Event, evs: Sequence[Event], cluster: dict[str, str]) -> Event:
    """The first mention in the report of ``ev``'s cluster (where links start) that tells
    it, not one a cause marker or "after" names in passing ("struck in response to the
    offensives"); the first mention when all do."""
    members = [o for o in evs if cluster[o.event_id] == cluster[ev.event_id]]
    return next((o for o in members if not governed_by_earlier_cue(o)), members[0])


def _pick_anchor(ev: Event, previous: Sequence[Event]) -> Event | None:
    """Narrative anchor of a cue like "peu avant": a preceding real mention, preferring the
    same type with a known date, looking back at most three sentences."""
    window = [
        p for p in previous if 0 < ev.sentence_index - p.sentence_index <= 3 and p.modality in _REAL
    ]
    if not window:
        return None

    def rank(p: Event) -> tuple[int, int, int, int]:
        return (
            p.event_type != ev.event_type,
            p.date_precision == "unknown",
            ev.sentence_index - p.sentence_index,
            _rel(p),
        )

    return min(window, key=rank)


def _own_date(ev: Event, by_id: dict[str, Event]) -> bool:
    """A date the mention can be ordered by: its own date expression, or one carried
    over from an anchor event of the same type (narrative time of a sequence of attacks);
    an announcement after an attack report is not dated by the attack."""
    if not inherited_date(ev):
        return True
    anchor = by_id.get(ev.date_anchor.split(":", 1)[1])
    return anchor is not None and anchor.event_type == ev.event_type


# precisions of intervals ordered by their dates: calendar periods, not vague ranges
ORDERED_PRECISIONS = frozenset({"day", "week", "month", "quarter", "year"})


def _date_order(a: Event, b: Event, by_id: dict[str, Event]) -> bool:
    """True if ``a``'s interval ends before ``b``'s starts (both calendar periods, a day
    to a year, not vague ranges; both dates the mentions' own: :func:`_own_date`): a
    deed of "l'époque" dated to an earlier year precedes one dated to the day."""
    if not (_own_date(a, by_id) and _own_date(b, by_id)):
        return False
    ia, ib = effective_interval(a), effective_interval(b)
    if ia is None or ib is None:
        return False
    if ia[2] not in ORDERED_PRECISIONS or ib[2] not in ORDERED_PRECISIONS:
        return False
    return ia[1] < ib[0]


def _date_links(
    evs: Sequence[Event], cluster: dict[str, str], by_id: dict[str, Event], out: _Links
) -> None:
    """``before`` links of one article from resolved intervals, one per ordered cluster pair."""
    done: set[tuple[str, str]] = set()
    for a in evs:
        for b in evs:
            ca, cb = cluster[a.event_id], cluster[b.event_id]
            if ca == cb or (ca, cb) in done or not _date_order(a, b, by_id):
                continue
            if a.modality not in _REAL or b.modality not in _REAL:
                continue
            done.add((ca, cb))
            score = 0.6 if a.date_precision == b.date_precision == "day" else 0.5
            out.add(a, b, "before", f"dates {a.date_start} < {b.date_start or ''}".strip(), score)


def _preposition_links(
    ev: Event, evs: Sequence[Event], d: Discourse, cluster: dict[str, str], out: _Links
) -> None:
    """ "after the attack": a preposition directly governing another mention's trigger."""
    same_sentence = [o for o in evs if o.sentence_index == ev.sentence_index and o is not ev]
    for start, end, cue in find_cues(ev.sentence, d.PREP_ORDER):
        gov = [o for o in same_sentence if 0 <= _rel(o) - end <= PREP_REACH]
        if gov and not (start <= _rel(ev) < end):
            other = min(gov, key=_rel)
            if end <= _rel(ev) < _rel(other):
                continue  # ev is the complement ("despite the curfew, riots ..."), not the clause
            if cluster[other.event_id] == cluster[ev.event_id]:
                continue
            direction = d.PREP_ORDER[cue]
            src, tgt = (ev, other) if direction == "before" else (other, ev)
            out.add(src, tgt, "before", f"preposition '{cue}'", 0.75)


def _subject_order_link(ev: Event, previous: Sequence[Event], d: Discourse, out: _Links) -> None:
    """ "The attack was followed by gunfire": a "before" preposition governing ``ev`` whose
    subject is no mention of the sentence (a noun taking up the event told before) orders
    the previous narrative event (:func:`_pick_anchor`) before ``ev``, even as two parts
    of one event."""
    if any(p.sentence_index == ev.sentence_index for p in previous):
        return
    tail = _norm(ev.sentence)[_rel(ev) + len(ev.trigger) :]
    if "," in tail[:FRONTED_REACH]:
        return  # "Hours before the attack, ...": a fronted adjunct, its clause comes next
    for start, end, cue in find_cues(ev.sentence, d.PREP_ORDER):
        if start and d.PREP_ORDER[cue] == "before" and 0 <= _rel(ev) - end <= PREP_REACH:
            anchor = _pick_anchor(ev, previous)
            if anchor is not None:
                out.add(anchor, ev, "before", f"preposition '{cue}' (previous narrative event)",
                        0.7)  # fmt: skip
            return


def _sequence(ev: Event, previous: Sequence[Event], cue: tuple[int, int, str]) -> Event | None:
    """The mention of the same sentence just before a cue that stands between it and
    ``ev`` ("the gunmen first blew up a truck, then stormed the camp"), if any."""
    start, end, _ = cue
    if _rel(ev) < end:
        return None
    same = [p for p in previous if p.sentence_index == ev.sentence_index and _rel(p) < start]
    return max(same, key=_rel, default=None)


def _cue_link(
    ev: Event,
    previous: Sequence[Event],
    d: Discourse,
    cluster: dict[str, str],
    by_id: dict[str, Event],
    out: _Links,
) -> None:
    """A narrative order cue ("peu avant") orders the mention against the event its date
    is anchored on, else against the previous narrative event (:func:`_pick_anchor`).
    A cue between two mentions of one sentence orders those two only, even as parts of
    one event (:func:`_sequence`)."""
    cues = find_cues(ev.sentence, d.ORDER_CUES)
    if not cues:
        return
    cue = cues[0][2]
    inside = [(c, p) for c in cues if (p := _sequence(ev, previous, c)) is not None]
    same_sentence = any(_rel(o) < c[0] for c in cues for o in previous
                        if o.sentence_index == ev.sentence_index)  # fmt: skip
    anchor: Event | None = None
    if inside:
        (_, _, cue), anchor = inside[-1]
        evidence = f"cue '{cue}' (in-sentence sequence)"
    elif same_sentence and _rel(ev) < cues[0][0]:
        return  # the cue orders a later clause of the sentence
    elif ev.date_anchor.startswith("event:"):
        anchor = by_id.get(ev.date_anchor.split(":", 1)[1])
        evidence = f"cue '{cue}' (date anchored on event)"
    if anchor is None:
        anchor = _pick_anchor(ev, previous)
        evidence = f"cue '{cue}' (previous narrative event)"
    if anchor is None or (not inside and cluster[anchor.event_id] == cluster[ev.event_id]):
        return
    direction = d.ORDER_CUES[cue]
    src, tgt = (ev, anchor) if direction == "before" else (anchor, ev)
    out.add(src, tgt, "before", evidence, 0.8)


def ordering_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """``before`` links from resolved dates, event anchors and narrative cues."""
    by_id = {e.event_id: e for e in events}
    for evs in (reports if reports is not None else _by_article(events)).values():
        _date_links(evs, cluster, by_id, out)
        for i, ev in enumerate(evs):
            d = _discourse(ev.lang)
            if d is None:
                continue
            _preposition_links(ev, evs, d, cluster, out)
            _subject_order_link(ev, evs[:i], d, out)
            _cue_link(ev, evs[:i], d, cluster, by_id, out)


def _reciprocal(cause: Event, effect: Event) -> bool:
    ca, ct = _key_actor(cause), target_key(cause)
    ea, et = _key_actor(effect), target_key(effect)
    return bool((ct and ea and ct == ea) or (ca and et and ca == et))


def cause_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """``cause`` links from discourse markers ("en représailles à", "in retaliation for").

    The cause is the mention right after the marker; failing that, an earlier event the
    marker's complement points to (:func:`_referenced_event`). The effects are the other
    mentions of the sentence; failing that ("the group said it acted in response to the
    strikes"), the preceding narrative event of the article.
    """
    timed = sorted(((time_key(e) or date.min), e.event_id, e) for e in events)
    keys = [t[0].toordinal() for t in timed]
    articles = reports if reports is not None else _by_article(events)
    for evs in articles.values():
        sentences: dict[int, list[Event]] = defaultdict(list)
        for e in evs:
            sentences[e.sentence_index].append(e)
        for si, group in sorted(sentences.items()):
            d = _discourse(group[0].lang)
            if d is None:
                continue
            sentence = group[0].sentence
            taken = [(x, y) for x, y, _ in find_cues(sentence, d.ORDER_CUES)]
            found = [
                f
                for f in find_cues(sentence, d.CAUSE_MARKERS)
                if not any(x <= f[0] < y for x, y in taken)
            ]
            if not found:
                continue
            start, end, marker = found[0]
            weight = d.CAUSE_MARKERS[marker]
            effects = [o for o in group if not (start <= _rel(o) < end)]
            after = [o for o in effects if 0 <= _rel(o) - end <= 60]
            pairs: list[tuple[Event, Event, str]] = []
            if after:
                cause = min(after, key=lambda o: (_rel(o), o.event_id))
                effects = [o for o in effects if _rel(o) != _rel(cause)]
                why = f"marker '{marker}' + in-sentence event '{cause.trigger}'"
                if not effects:
                    prev = [
                        p
                        for p in evs
                        if 0 < si - p.sentence_index <= 2
                        and p.modality in _REAL
                        and cluster[p.event_id] != cluster[cause.event_id]
                    ]
                    if prev:
                        effect = min(prev, key=lambda p: (si - p.sentence_index, _rel(p)))
                        pairs.append((cause, effect, why + " (effect: previous event)"))
                pairs.extend((cause, e, why) for e in effects)
            else:
                for e in effects:
                    c, why = _referenced_event(e, end, timed, keys, cluster)
                    if c is not None:
                        pairs.append((c, e, f"marker '{marker}' + {why}"))
            for c, e, why in pairs:
                if cluster[c.event_id] == cluster[e.event_id]:
                    continue
                if weight >= _WEAK_CAUSE:
                    out.add(c, e, "cause", why, weight)
                else:
                    out.add(c, e, "before", why + " (weak causal marker: order only)", 0.7)


ADVERBIAL_REACH = 2  # sentences back where the cause of "In retaliation, ..." is told


def adverbial_cause_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """``cause`` links from a cause adverbial without complement ("En représailles, le
    groupe a frappé ...", "As a result, schools closed"): the mentions told after it are
    caused by the nearest real event told before, in the sentence or up to
    ``ADVERBIAL_REACH`` sentences back (the first mention of its cluster is the source)."""
    for evs in (reports if reports is not None else _by_article(events)).values():
        for i, ev in enumerate(evs):
            d = _discourse(ev.lang)
            if d is None or not d.CAUSE_ADVERBIALS:
                continue
            full = [(x, y) for x, y, _ in find_cues(ev.sentence, d.CAUSE_MARKERS)]
            cues = [c for c in find_cues(ev.sentence, d.CAUSE_ADVERBIALS)
                    if not any(x <= c[0] < y for x, y in full) and c[1] <= _rel(ev)]  # fmt: skip
            if not cues:
                continue
            start, _, cue = cues[-1]
            before = [
                p
                for p in evs[:i]
                if p.modality in _REAL
                and cluster[p.event_id] != cluster[ev.event_id]
                and (
                    0 < ev.sentence_index - p.sentence_index <= ADVERBIAL_REACH
                    or (p.sentence_index == ev.sentence_index and _rel(p) < start)
                )
            ]
            if before:
                c = before[-1]
                head = _head(c, evs, cluster)
                why = f"marker '{cue}' + previous event '{c.trigger}'"
                out.add(head, ev, "cause", why, d.CAUSE_ADVERBIALS[cue])


def _referenced_event(
    ev: Event,
    marker_end: int,
    timed: list[tuple[date, str, Event]],
    keys: list[int],
    cluster: dict[str, str],
) -> tuple[Event | None, str]:
    """The earlier event a marker's complement points to when it is not in the sentence:
    reciprocal actors, place named in the complement, trigger words in the complement."""
    complement = f" {fold(_norm(ev.sentence)[marker_end : marker_end + 100])} "
    tk = time_key(ev)
    if tk is None:
        return None, ""
    lo = bisect.bisect_left(keys, tk.toordinal() - CAUSE_WINDOW_DAYS)
    hi = bisect.bisect_right(keys, tk.toordinal())
    best: tuple[float, str, Event | None, str] = (0.0, "", None, "")
    for _, _, c in timed[lo:hi]:
        if cluster[c.event_id] == cluster[ev.event_id] or c.modality not in _REAL:
            continue
        if c.article_id == ev.article_id and c.sentence_index > ev.sentence_index:
            continue
        s, why = 0.0, []
        if _reciprocal(c, ev):
            s += 0.4
            why.append("reciprocal actors")
        pk = place_key(c)
        if pk and (f" {pk} " in complement or f" {fold(c.location)} " in complement):
            s += 0.3
            why.append(f"place '{c.location_canonical or c.location}'")
        if fold(c.trigger) and f" {fold(c.trigger)} " in complement:
            s += 0.3
            why.append(f"trigger '{c.trigger}'")
        if c.article_id == ev.article_id:
            s += 0.1
        if s > best[0] or (s == best[0] and best[2] is not None and c.event_id < best[1]):
            best = (s, c.event_id, c, ", ".join(why))
    if best[0] < 0.4 or best[2] is None:
        return None, ""
    return best[2], best[3]


# Reactions: an event of the key type told after events of the value types in the same
# report is, unless a marker says otherwise, a reaction to them ("the attack ... the
# government condemned it", "the riots ... a curfew was declared").
REACTIONS: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE", "THREATEN"}),
    "THREATEN": frozenset({"ASSAULT", "COERCE", "SANCTION"}),
    "REJECT": frozenset({"SANCTION", "COERCE", "THREATEN"}),
    "SANCTION": frozenset({"ASSAULT", "COERCE"}),
    "MOBILIZE": frozenset({"ASSAULT", "PROTEST"}),
    "COERCE": frozenset({"ASSAULT", "PROTEST"}),
    "PROTEST": frozenset({"ASSAULT", "COERCE", "SANCTION"}),
}
REACTION_SCORE = 0.55
# modes of a deed in its own right unless the state carries it out: goods or places
# seized by raiders or a faction answer nothing told before; a raid by the police does
NOT_REACTION_MODES = frozenset({"seize"})
DISPERSAL_MODES = frozenset({"crowd-control"})


def _own_interval(ev: Event) -> tuple[date, date, str] | None:
    """The mention's interval when it has a date expression of its own."""
    return None if inherited_date(ev) else effective_interval(ev)


def _not_before(cause: Event, effect: Event) -> bool:
    """False when the effect's own date ends before the cause's date (its own, or the
    narrative time it was given) starts."""
    ic, ie = effective_interval(cause), _own_interval(effect)
    return ic is None or ie is None or ie[1] >= ic[0]


def _background(c: Event, cands: Sequence[Event]) -> bool:
    """A deed dated before another candidate's date (a flashback: "two days earlier, the
    air force had struck ...") is not what a later reaction answers."""
    ic = _own_interval(c)
    if ic is None:
        return False
    return any((io := _own_interval(o)) is not None and ic[1] < io[0] for o in cands)


def _reaction_cause(
    effect: Event, earlier: Sequence[Event], cluster: dict[str, str]
) -> Event | None:
    """The deed a reaction answers, among the eligible deeds told before it: not a
    flashback, then one whose actor the reaction targets (or whose target is the
    reacting actor), then one at the reaction's place, then the first the report tells
    (its main event); returned as the first mention of that deed's cluster."""
    if effect.event_mode in NOT_REACTION_MODES and effect.actor_sector not in STATE_SECTORS:
        return None
    kinds = REACTIONS.get(effect.event_type, frozenset())
    cands = [
        c
        for c in earlier
        if c.event_type in kinds
        and c.modality in _REAL
        and cluster[c.event_id] != cluster[effect.event_id]
        and _not_before(c, effect)
    ]
    if not cands:
        return None
    pk = place_key(effect)
    best = min(
        enumerate(cands),
        key=lambda t: (
            _background(t[1], cands),
            not _reciprocal(t[1], effect),
            not (pk and place_key(t[1]) == pk),
            t[0],
        ),
    )[1]
    return next(c for c in cands if cluster[c.event_id] == cluster[best.event_id])


def _add_reaction(c: Event, e: Event, why: str, out: _Links) -> None:
    """A reaction is caused by, hence after, its deed: ``cause`` and ``before``."""
    out.add(c, e, "cause", why, REACTION_SCORE)
    out.add(c, e, "before", why + " (cause implies order)", REACTION_SCORE)


def _dispersal(ev: Event, evs: Sequence[Event], cluster: dict[str, str]) -> Event | None:
    """A protest that a crowd-control assault in its sentence or the next answers
    ("police fired tear gas on the demonstrators"): the protest causes the assault."""
    if ev.event_type != "ASSAULT" or not (
        ev.event_mode in DISPERSAL_MODES or any(_reciprocal(p, ev) for p in evs)
    ):
        return None
    for p in evs:
        if (
            p.event_type == "PROTEST"
            and p.modality in _REAL
            and abs(p.sentence_index - ev.sentence_index) <= 1
            and cluster[p.event_id] != cluster[ev.event_id]
            and (ev.event_mode in DISPERSAL_MODES or _reciprocal(p, ev))
        ):
            return p
    return None


def reaction_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """``cause`` (and ``before``) links from a report's deed to the reactions told after
    it (a condemnation, a curfew, troops sent, a protest), and from a protest to its
    dispersal, when no marker named a cause."""
    caused = {lk.target_event_id for lk in out.items.values() if lk.relation == "cause"}
    # a deed told as part of another (deed_part_links) answers nothing
    caused |= {
        lk.target_event_id
        for lk in out.items.values()
        if lk.relation == "same_event" and lk.evidence.startswith(PART_EVIDENCE)
    }
    for evs in (reports if reports is not None else _by_article(events)).values():
        dispersed: set[tuple[str, str]] = set()  # (protest cluster, dispersal cluster)
        for ev in evs:
            p = _dispersal(ev, evs, cluster)
            if p is not None and ev.event_id not in caused:
                head = next(o for o in evs if cluster[o.event_id] == cluster[ev.event_id])
                _add_reaction(p, head, f"dispersal of the protest '{p.trigger}'", out)
                caused.add(ev.event_id)
                dispersed.add((cluster[p.event_id], cluster[ev.event_id]))
        for i, ev in enumerate(evs):
            if ev.event_id in caused or ev.modality not in _REAL:
                continue
            # a protest is not a reaction to its own dispersal
            earlier = [
                p
                for p in evs[:i]
                if p.sentence_index < ev.sentence_index
                and (cluster[ev.event_id], cluster[p.event_id]) not in dispersed
            ]
            c = _reaction_cause(ev, earlier, cluster)
            if c is not None:
                why = f"reaction: {ev.event_type} told after {c.event_type} '{c.trigger}'"
                _add_reaction(c, ev, why, out)


# Deeds that always come first: (type, mode) of the earlier, (type, mode) of the later
# ("hostages abducted ... released": the release ends that abduction).
SEQUENCES: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (("ASSAULT", "abduct"), ("RETREAT", "release")),
)
SEQUENCE_SCORE = 0.6


def _span(ev: Event) -> int:
    iv = effective_interval(ev)
    return (iv[1] - iv[0]).days if iv is not None else 1 << 20


def sequence_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """``before`` links of :data:`SEQUENCES` inside one report: the later deed (a release)
    is ordered after the nearest earlier-kind deed (an abduction) not dated after it; at
    equal distance, the one with the narrowest date (not a yearly tally)."""
    for evs in (reports if reports is not None else _by_article(events)).values():
        for first, then in SEQUENCES:
            starts = [e for e in evs if (e.event_type, e.event_mode) == first]
            for ev in evs:
                if (ev.event_type, ev.event_mode) != then or ev.modality not in _REAL:
                    continue
                cands = [c for c in starts if c.modality in _REAL and _not_before(c, ev)]
                if cands:
                    c = min(cands, key=lambda c: (abs(c.sentence_index - ev.sentence_index),
                                                  _span(c), _rel(c)))  # fmt: skip
                    out.add(c, ev, "before", f"sequence: {first[1]} before {then[1]}",
                            SEQUENCE_SCORE)  # fmt: skip


def denial_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """A denial is about the event it denies: a negated mention is ``same_event``-linked
    to the first real mention of its type told before it in the report (the report's
    event) that it does not otherwise contradict ("the army bombed the camp ... the army
    denied any bombing")."""
    for evs in (reports if reports is not None else _by_article(events)).values():
        for i, ev in enumerate(evs):
            if ev.modality != "negated":
                continue
            for p in evs[:i]:
                if p.event_type != ev.event_type or p.modality not in _REAL:
                    continue
                ps = compare(replace(p, modality=ev.modality), ev)
                if ps.conflict:
                    continue
                head = next(o for o in evs if cluster[o.event_id] == cluster[p.event_id])
                out.add(head, ev, "same_event", "denial: " + ps.evidence, ps.score)
                break


@dataclass(frozen=True, slots=True)
class DeedPart:
    """A deed of one type told as part of a deed of another: a mention of ``part`` type
    (with a mode of ``part_modes``, or any but ``not_modes`` when None) inside a report's
    ``main`` deed (with a mode of ``main_modes``, or any when None)."""

    main: str
    main_modes: frozenset[str] | None
    part: str
    part_modes: frozenset[str] | None
    not_modes: frozenset[str] = frozenset()
    same_actor: bool = False  # only when the two have the same actor
    same_sentence: bool = False  # only when the two are told in one sentence


PART_EVIDENCE = "part: "
DEED_PARTS = (
    # the shootings and arson of a riot; its dispersal is caused by it, no part of it.
    DeedPart("PROTEST", frozenset({"riot"}), "ASSAULT", None, DISPERSAL_MODES),
    # the looting and the people driven out by the raiders themselves ("the gunmen also
    # made away with the villagers' cattle", "les assaillants ont pillé le marché"):
    # goods seized by anyone else (the police after a bombing) are a deed of their own
    DeedPart("ASSAULT", None, "COERCE", frozenset({"seize", "deport"}), same_actor=True),
    # the road blocks and arrests of a crowd dispersal told with it ("police fired tear gas
    # and detained dozens"): one police action; arrests told in a sentence of their own
    # ("Dozens were detained.") stay a deed after it
    DeedPart(
        "ASSAULT", DISPERSAL_MODES, "COERCE", frozenset({"restrict", "arrest"}), same_sentence=True
    ),
)


def _part_rule(ev: Event) -> DeedPart | None:
    for rule in DEED_PARTS:
        if rule.part != ev.event_type or ev.event_mode in rule.not_modes:
            continue
        if rule.part_modes is None or ev.event_mode in rule.part_modes:
            return rule
    return None


def deed_part_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """A deed told as part of another of a different type (:data:`DEED_PARTS`): in one
    report, the part mention is ``same_event``-linked (``part``) to the first mention of
    the cluster of the nearest real main deed of its sentence, else told before it, when
    the two agree on place, time and actors (and, for some rules, have the same actor);
    to a deed of its sentence it is linked as well."""
    for evs in (reports if reports is not None else _by_article(events)).values():
        for i, ev in enumerate(evs):
            rule = _part_rule(ev)
            if rule is None or ev.modality not in _REAL:
                continue
            # the deeds of its sentence (the nearest first), then those told before it
            own = sorted((p for p in evs if p.sentence_index == ev.sentence_index and p is not ev),
                         key=lambda p: (abs(_rel(p) - _rel(ev)), _rel(p)))  # fmt: skip
            told = [p for p in reversed(evs[:i])
                    if p.sentence_index < ev.sentence_index and not rule.same_sentence]  # fmt: skip
            for p in [*own, *told]:
                if p.event_type != rule.main or p.modality not in _REAL:
                    continue
                if rule.main_modes is not None and p.event_mode not in rule.main_modes:
                    continue
                if p.event_mode in DISTINCT_MODES:  # a sub-event (abduction), not the deed
                    continue
                ps = compare(replace(p, event_type=ev.event_type, event_mode=ev.event_mode), ev)
                if ps.conflict or (rule.same_actor and ps.actor != "same"):
                    continue
                why = PART_EVIDENCE + ps.evidence
                out.add(_head(p, evs, cluster), ev, "same_event", why, ps.score)
                if p.sentence_index == ev.sentence_index:  # and from the deed it is told with
                    out.add(p, ev, "same_event", why, ps.score)
                break


PLANNED = frozenset({"future"})  # modalities of a deed still to come
PLANNED_SCORE = 0.6


def planned_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """A deed still to come continues the same actor's deed of its type told before it in
    the report ("the troops left two bases; they will withdraw from the city today"):
    ``before`` from the nearest such real mention (of another cluster) to the planned one,
    and from the first mention of that mention's event."""
    by_id = {e.event_id: e for e in events}
    for evs in (reports if reports is not None else _by_article(events)).values():
        for i, ev in enumerate(evs):
            key = _key_actor(ev)
            if ev.modality not in PLANNED or not key:
                continue
            for p in reversed(evs[:i]):
                if (
                    p.event_type == ev.event_type
                    and p.modality in _REAL
                    and _key_actor(p) == key
                    and cluster[p.event_id] != cluster[ev.event_id]
                ):
                    # from the nearest mention and from its event's first one
                    for src in {p.event_id: p, _head(p, evs, cluster).event_id: None}:
                        out.add(
                            by_id[src],
                            ev,
                            "before",
                            f"planned: same actor '{key}' later",
                            PLANNED_SCORE,
                        )
                    break


@langdata.derived
@cache
def _determiners(code: str) -> frozenset[str]:
    """Definite articles and demonstratives of a language, lower-cased, as written."""
    try:
        fw = langdata.get(code).function_words
    except (KeyError, ModuleNotFoundError):
        return frozenset()
    return frozenset(_norm(w).lower() for w in (*fw.DEFINITE_ARTICLES, *fw.DEMONSTRATIVES))


def anaphoric(ev: Event) -> bool:
    """A mention named by a noun with a definite or demonstrative determiner ("l'attaque",
    "cet assaut", "the raid", "these killings"): it takes up an event already told."""
    head = _norm(ev.sentence[: _rel(ev)]).lower()
    if any(head.endswith(w) for w in _determiners(ev.lang) if w.endswith("'")):
        return True
    last = head.split()[-1:] if head.endswith(" ") else []
    return bool(last) and last[0] in _determiners(ev.lang)


def anaphor_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """An anaphoric mention (:func:`anaphoric`) that joined no mention of its type told
    before it is the same event as the nearest such real mention of an earlier sentence it
    does not contradict (type, modality, roles, place, date: :func:`compare`):
    ``same_event`` from the first mention of that event in the report."""
    for evs in (reports if reports is not None else _by_article(events)).values():
        for i, ev in enumerate(evs):
            if ev.modality not in _REAL or not anaphoric(ev):
                continue
            earlier = [p for p in evs[:i] if p.event_type == ev.event_type]
            if any(cluster[p.event_id] == cluster[ev.event_id] for p in earlier):
                continue
            for p in reversed(earlier):
                if p.modality not in _REAL or p.sentence_index == ev.sentence_index:
                    continue
                ps = compare(p, ev)
                if not ps.conflict:
                    out.add(_head(p, evs, cluster), ev, "same_event", "anaphor: " + ps.evidence,
                            ps.score)  # fmt: skip
                    break


FLASHBACK_SCORE = 0.6


def _not_after(ev: Event, other: Event) -> bool:
    """False when ``ev``'s own date starts after ``other``'s date ends."""
    ie, io = _own_interval(ev), effective_interval(other)
    return ie is None or io is None or ie[0] <= io[1]


def _taken_up(ev: Event, earlier: Sequence[Event]) -> Event | None:
    """The earlier mention whose trigger word the sentence of ``ev`` names after its
    trigger ("had urged people to join the march", "avaient appelé à la grève"): the
    event the flashback leads to."""
    tail = f" {fold(_norm(ev.sentence)[_rel(ev) + len(ev.trigger) :])} "
    for p in earlier:
        word = fold(p.trigger)
        if word and f" {word} " in tail:
            return p
    return None


def flashback_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """A deed told in the pluperfect (:func:`~eventline.link.features.flashback`) is
    background: ``before`` the event its sentence names (:func:`_taken_up`), else the
    first event of its type the report told before it, else the report's first event
    (the news). Never before an event its own date follows."""
    for evs in (reports if reports is not None else _by_article(events)).values():
        for i, ev in enumerate(evs):
            if not flashback(ev):
                continue
            earlier = [
                p
                for p in evs[:i]
                if p.modality in _REAL
                and not flashback(p)
                and p.sentence_index < ev.sentence_index
                and cluster[p.event_id] != cluster[ev.event_id]
                and _not_after(ev, p)
            ]
            if not earlier:
                continue
            anchor = _taken_up(ev, earlier)
            why = "taken up"
            if anchor is None:
                same = [p for p in earlier if p.event_type == ev.event_type]
                anchor, why = (same or earlier)[0], "main event"
            out.add(
                ev,
                _head(anchor, evs, cluster),
                "before",
                f"flashback: pluperfect, before {why} '{anchor.trigger}'",
                FLASHBACK_SCORE,
            )


def remains_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """A deed on the dead (:func:`~eventline.link.features.on_remains`: "the bodies were
    dragged through the street") comes after the killing the report told before it: the
    one with the same victims, else the first."""
    for evs in (reports if reports is not None else _by_article(events)).values():
        for i, ev in enumerate(evs):
            if not on_remains(ev) or ev.modality not in _REAL:
                continue
            kills = [
                p
                for p in evs[:i]
                if p.event_type == ev.event_type
                and p.modality in _REAL
                and not on_remains(p)
                and cluster[p.event_id] != cluster[ev.event_id]
            ]
            if not kills:
                continue
            tk = target_key(ev)
            p = next((k for k in kills if tk and target_key(k) == tk), kills[0])
            out.add(
                _head(p, evs, cluster),
                ev,
                "before",
                f"remains: after killing '{p.trigger}'",
                FLASHBACK_SCORE,
            )


def _nearby_links(evs: Sequence[Event], cluster: dict[str, str], out: _Links) -> None:
    """Inside one article: the same actor or place within two sentences, or an unresolved
    pronoun actor right after another mention's actor."""
    for i, ev in enumerate(evs):
        prev = [p for p in evs[:i] if cluster[p.event_id] != cluster[ev.event_id]]
        if not prev:
            continue
        k = _key_actor(ev)
        if k:
            for p in reversed(prev):
                if ev.sentence_index - p.sentence_index > 2:
                    break
                if _key_actor(p) == k:
                    out.add(p, ev, "same_actor", f"actor '{k}' in nearby sentences", 0.8)
                    break
        elif is_pronoun(ev):
            p = prev[-1]
            if ev.sentence_index - p.sentence_index <= 1 and _key_actor(p):
                out.add(p, ev, "same_actor", f"pronoun '{ev.actor}' continues '{p.actor}'", 0.75)
        pk = place_key(ev)
        if pk:
            for p in reversed(prev):
                if ev.sentence_index - p.sentence_index > 2:
                    break
                if place_key(p) == pk:
                    out.add(p, ev, "same_location", f"place '{pk}' in nearby sentences", 0.5)
                    break


def _chain_links(
    events: Sequence[Event],
    cluster: dict[str, str],
    keyf: Callable[[Event], str],
    rel: str,
    out: _Links,
) -> None:
    """Across articles: the clusters sharing a key, chained in time order."""
    reps: dict[tuple[str, str], Event] = {}
    for e in sorted(events, key=lambda e: ((time_key(e) or date.min), e.event_id)):
        k = keyf(e)
        if k and (k, cluster[e.event_id]) not in reps:
            reps[(k, cluster[e.event_id])] = e
    chains: dict[str, list[Event]] = defaultdict(list)
    for (k, _), e in reps.items():
        chains[k].append(e)
    for k, chain in chains.items():
        for a, b in itertools.pairwise(chain):
            if a.article_id != b.article_id:
                out.add(a, b, rel, f"{rel.split('_')[1]} '{k}' (time-ordered chain)", 0.4)


def association_links(
    events: Sequence[Event], cluster: dict[str, str], out: _Links, reports: Reports | None = None
) -> None:
    """``same_actor`` / ``same_location`` links.

    Inside an article, consecutive mentions (<= 2 sentences apart) with the same actor, or
    an unresolved pronoun actor right after another mention, are strong (0.8). Across
    articles, clusters sharing an actor or place are chained in time order (weak, 0.4).
    """
    for evs in (reports if reports is not None else _by_article(events)).values():
        _nearby_links(evs, cluster, out)
    _chain_links(events, cluster, _key_actor, "same_actor", out)
    _chain_links(events, cluster, place_key, "same_location", out)


LinkRule = Callable[[Sequence[Event], dict[str, str], _Links, Reports], None]

# The link rules, in order: a rule may read the links of the rules before it (reactions
# skip the mentions a marker already gave a cause, and the parts of a deed).
LINK_RULES: tuple[LinkRule, ...] = (
    cause_links,
    adverbial_cause_links,
    deed_part_links,
    reaction_links,
    denial_links,
    anaphor_links,
    planned_links,
    sequence_links,
    flashback_links,
    remains_links,
    ordering_links,
    association_links,
)


def typed_links(events: Sequence[Event], cluster: dict[str, str]) -> list[Link]:
    """The typed links (and the ``same_event`` links of denials and parts), by
    :data:`LINK_RULES`, deterministic order."""
    out = _Links()
    reports = _by_article(events)
    for rule in LINK_RULES:
        rule(events, cluster, out, reports)
    return list(out.items.values())
