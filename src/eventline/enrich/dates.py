"""Dates of an article's events: every event is placed in time.

In order (:func:`date_events`; ``docs/temporal.md`` has the details):

1. the governing expression's dates, precision and anchor (:func:`assign_dates`); no
   statement date for a future event, and a bare weekday dating one is the next one; an
   expression after "depuis"/"since" starts a period that lasts until publication;
2. a deed dated only by the statement that reports it (an upper bound) takes the date of
   the same kind of deed dated in the article before the statement
   (:func:`date_claims_by_episode`);
3. an expression counting from a named happening ("la veille de l'attaque", "three days
   after the ambush") counts from that event's date (:func:`date_from_named_events`);
4. the lead sentence takes the date of the events it sums up (:func:`date_lead`);
5. every event still undated is placed in time by the first of ``UNDATED_RULES`` that
   answers: the episode it continues (the sentence before, the same kind of deed told
   before, the narrative, the same kind told after), the article's news peg, else the
   window of ``window`` days before publication (date_precision ``range``, date_anchor
   ``published``). Only an article without a publication date leaves events undated.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from eventline import lang as langdata
from eventline.model import Event, Mention, Timex
from eventline.ontology import PLACE_TARGET_TYPES
from eventline.temporal import TemporalResult, timex_precision
from eventline.temporal.grammar import norm
from eventline.text import strip_accents, word_before, words

NARRATIVE_GAP = 4  # sentences a narrative time carries over
NARRATIVE_DAYS = 7  # a longer period (a month) is no narrative "now"
MAX_ANCHOR_DEPTH = 10
UNDECIDED = ("future", "hypothetical")  # modalities that neither give nor take a narrative time
UNDATED_WINDOW = 7  # days before publication an undated event is placed in, by default
# reactions (a condemnation, a demand, a threat) come after the event they react to, up to
# publication; decisions told in an episode (sanctions, concessions) are part of it
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})


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
        if antecedent is None or depth > MAX_ANCHOR_DEPTH:
            return "none"
        return _anchor_of(antecedent.anchor, by_start, event_of_timex, depth + 1)
    if tx_anchor in ("explicit", "published", "weekday-year"):
        return tx_anchor
    if tx_anchor == "inferred":
        return "published"
    return "none"


def _undated(ev: Event) -> Event:
    """``ev`` without its dates (the expression's text and value stay)."""
    return replace(ev, date_start=None, date_end=None, date_precision="unknown", date_anchor="none")


def _dropped(ev: Event, *, reason: str) -> Event:
    """``ev`` without its date at all; ``reason`` is noted in ``date_dropped``."""
    return replace(_undated(ev), date_value=None, extras={**ev.extras, "date_dropped": reason})


def _by_text_order(events: Sequence[Event]) -> list[int]:
    return sorted(range(len(events)), key=lambda k: events[k].trigger_start)


def _pluperfect(ev: Event) -> bool:
    """Told in the pluperfect: a past before the narrative's ("had struck")."""
    return ev.extras.get("tense") == "pluperfect"


def _short(ev: Event) -> bool:
    """Dated, and no longer than a week (a month is no narrative "now")."""
    return (
        ev.date_start is not None
        and ev.date_end is not None
        and (ev.date_end - ev.date_start).days <= NARRATIVE_DAYS
    )


@dataclass(frozen=True, slots=True)
class _Source:
    """Where an inherited date comes from: an event, or the expression of a news peg."""

    start: date
    end: date
    precision: str
    anchor: str  # Parquet date_anchor

    @classmethod
    def of(cls, ev: Event) -> _Source:
        assert ev.date_start is not None and ev.date_end is not None
        return cls(ev.date_start, ev.date_end, ev.date_precision, f"event:{ev.event_id}")


def _inherit(ev: Event, source: _Source, how: str, published: date | None) -> Event:
    """``ev`` dated like ``source`` (anchored on it); a reaction happened between that
    event and publication (unless told in the pluperfect: before the narrative's time)."""
    end = source.end
    if ev.event_type in REACTION_TYPES and published is not None and not _pluperfect(ev):
        end = max(end, published)
    return replace(
        ev,
        date_start=source.start,
        date_end=end,
        date_precision=source.precision if end == source.end else "range",
        date_anchor=source.anchor,
        extras={**ev.extras, "date_source": how},
    )


def assign_dates(
    events: Sequence[Event], mentions: Sequence[Mention], temporal: TemporalResult
) -> list[Event]:
    """``date_precision`` and ``date_anchor`` from the governing expressions; an
    expression counting from a named happening waits for that event's date."""
    by_start = {t.start: t for t in temporal.timexes}
    event_of_timex: dict[int, str] = {}
    for k in _by_text_order(events):
        tx = mentions[k].timex
        if tx is not None and mentions[k].date_event is None:
            event_of_timex.setdefault(tx.start, events[k].event_id)
    out: list[Event] = []
    for ev, m in zip(events, mentions, strict=True):
        tx = m.timex
        if tx is None or ev.date_start is None or m.date_event is not None:
            out.append(_undated(ev))
            continue
        anchor = _anchor_of(tx.anchor, by_start, event_of_timex)
        if anchor == f"event:{ev.event_id}":
            anchor = "explicit"
        out.append(replace(ev, date_precision=timex_precision(tx), date_anchor=anchor))
    return out


def drop_statement_dates_of_future(
    events: Sequence[Event], mentions: Sequence[Mention]
) -> list[Event]:
    """ "Ruritania will provide aid, the embassy announced on Monday": Monday dates the
    announcement, not the future event."""
    return [
        _dropped(ev, reason="statement date of a future event")
        if ev.modality == "future" and m.date_via in ("statement", "sentence")
        else ev
        for ev, m in zip(events, mentions, strict=True)
    ]


def date_future_weekdays(
    events: Sequence[Event], mentions: Sequence[Mention], lang: str, published: date | None
) -> list[Event]:
    """ "Les syndicats ont appelé à une marche samedi": a bare weekday dating a future
    event is the next one, even when the verb of its clause is past."""
    if published is None or lang not in langdata.SUPPORTED:
        return list(events)
    weekdays = langdata.get(lang).dates.WEEKDAYS
    out = list(events)
    for k, (ev, m) in enumerate(zip(events, mentions, strict=True)):
        tx = m.timex
        if ev.modality != "future" or tx is None or m.date_via != "clause":
            continue
        if norm(tx.text) not in weekdays or ev.date_start is None or ev.date_end is None:
            continue
        if ev.date_start < published:
            ahead = timedelta(days=7 * -(-(published - ev.date_start).days // 7))
            start = ev.date_start + ahead
            out[k] = replace(
                ev, date_start=start, date_end=ev.date_end + ahead, date_value=start.isoformat()
            )
    return out


def date_since(
    events: Sequence[Event], mentions: Sequence[Mention], lang: str, published: date | None
) -> list[Event]:
    """ "1 500 personnes ont été tuées depuis le début de l'année": from the start of the
    expression to publication."""
    if published is None or lang not in langdata.SUPPORTED:
        return list(events)
    since = langdata.get(lang).dates.SINCE_WORDS
    out = list(events)
    for k, (ev, m) in enumerate(zip(events, mentions, strict=True)):
        tx = m.timex
        if tx is None or m.date_via != "clause" or ev.date_start is None:
            continue
        cue = word_before(ev.sentence, max(tx.start - ev.char_start, 0))
        if cue in since and ev.date_start <= published:
            out[k] = replace(ev, date_end=published, date_precision="range")
    return out


# --------------------------------------------------------------------------- named events


def _nearest(k: int, candidates: Sequence[int], events: Sequence[Event]) -> int | None:
    """The candidate told closest before event ``k``, else the first one after it."""
    pos = events[k].trigger_start
    before = [j for j in candidates if events[j].trigger_start < pos]
    if before:
        return max(before, key=lambda j: events[j].trigger_start)
    after = [j for j in candidates if events[j].trigger_start > pos]
    return min(after, key=lambda j: events[j].trigger_start) if after else None


def _named_event(
    k: int, lemma: str, events: Sequence[Event], dated: Collection[int], lang: str
) -> int | None:
    """The dated event the noun ``lemma`` names: one told with that word (its trigger or
    a word of its sentence), else one of the type the word triggers."""
    others = [j for j in dated if j != k]
    word = strip_accents(lemma)
    same_word = [
        j
        for j in others
        if lemma in (events[j].action_lemma, events[j].trigger.lower())
        or word in words(events[j].sentence)
    ]
    if same_word:
        return _nearest(k, same_word, events)
    entry = langdata.get(lang).triggers.NOUNS.get(lemma) if lang in langdata.SUPPORTED else None
    if entry is None:
        return None
    return _nearest(k, [j for j in others if events[j].event_type == entry[0]], events)


def date_from_named_events(
    events: Sequence[Event], mentions: Sequence[Mention], lang: str
) -> list[Event]:
    """ "La veille de l'attaque, un drone avait frappé": the day before the attack's
    date, anchored on the attack. Left undated when the article does not date the
    happening named."""
    dated = [k for k, ev in enumerate(events) if ev.date_start is not None]
    out = list(events)
    for k, m in enumerate(mentions):
        if m.date_event is None:
            continue
        lemma, offset = m.date_event
        j = _named_event(k, lemma, events, dated, lang)
        if j is None:
            continue
        src = events[j]
        assert src.date_start is not None and src.date_end is not None
        start = src.date_start + timedelta(days=offset)
        end = src.date_end + timedelta(days=offset)
        out[k] = replace(
            events[k],
            date_start=start,
            date_end=end,
            date_precision=src.date_precision,
            date_value=start.isoformat() if src.date_precision == "day" else None,
            date_anchor=f"event:{src.event_id}",
            extras={**events[k].extras, "date_source": "named event"},
        )
    return out


# --------------------------------------------------------------------------- claims


def date_claims_by_episode(
    events: Sequence[Event], mentions: Sequence[Mention], window: int = UNDATED_WINDOW
) -> list[Event]:
    """ "L'armée a indiqué mercredi avoir frappé le camp" after "le camp a été frappé
    mardi": a deed dated only by the statement that reports it (an upper bound) takes
    the date of the same kind of deed the article dates before the statement (at most
    ``window`` days before)."""
    own = [
        j
        for j, (ev, m) in enumerate(zip(events, mentions, strict=True))
        if m.timex is not None and ev.modality not in UNDECIDED and ev.date_precision == "day"
    ]
    # an expression dating another event of the sentence is no statement's date
    clause_dates = {
        m.timex.start for m in mentions if m.timex is not None and m.date_via == "clause"
    }
    out = list(events)
    for k, (ev, m) in enumerate(zip(events, mentions, strict=True)):
        if ev.modality in UNDECIDED or m.date_via not in ("statement", "sentence"):
            continue
        if m.timex is None or m.timex.start in clause_dates:
            continue
        if ev.date_start is None or ev.date_end is None:
            continue
        low = ev.date_start - timedelta(days=window)
        same = [
            j
            for j in own
            if events[j].event_type == ev.event_type
            and events[j].date_end is not None
            and low <= events[j].date_end < ev.date_start  # type: ignore[operator]
        ]
        j = _nearest(k, same, events)
        if j is not None:
            src = _Source.of(events[j])
            out[k] = replace(_inherit(ev, src, "episode", None), date_value=events[j].date_value)
    return out


# --------------------------------------------------------------------------- lead


def lead_sources(events: Sequence[Event]) -> dict[int, int]:
    """Undated mentions of the article's first sentence → the first later mention with
    the same type and place that has a date (by index in ``events``)."""
    if not events:
        return {}
    first = min(e.sentence_index for e in events)
    later = [k for k in _by_text_order(events) if events[k].sentence_index > first]
    out: dict[int, int] = {}
    for k, ev in enumerate(events):
        if ev.sentence_index != first or ev.date_start is not None or not ev.location_canonical:
            continue
        for j in later:
            other = events[j]
            if (
                other.date_start is not None
                and other.event_type == ev.event_type
                and other.location_canonical == ev.location_canonical
            ):
                out[k] = j
                break
    return out


def date_lead(events: Sequence[Event], sources: dict[int, int] | None = None) -> list[Event]:
    """A lead sentence that summarises events detailed later takes their date: an undated
    mention in the article's first sentence borrows the date of the first later mention
    with the same type and place (news lead convention), anchored on that event."""
    sources = lead_sources(events) if sources is None else sources
    out = list(events)
    for k, j in sources.items():
        ev, other = events[k], events[j]
        out[k] = replace(
            ev,
            date_start=other.date_start,
            date_end=other.date_end,
            date_precision=other.date_precision,
            date_value=other.date_value,
            date_anchor=f"event:{other.event_id}",
            extras={**ev.extras, "date_source": "lead"},
        )
    return out


# --------------------------------------------------------------------------- undated


@dataclass(frozen=True, slots=True)
class Placement:
    """What the rules placing an undated event in time see.

    ``nows``: indexes of the dated deeds that set a narrative time (not future or
    hypothetical, at most a week long and not a vague range, not a flashback long before
    the news peg, not told in the pluperfect); ``flashbacks``: the dated deeds told in
    the pluperfect (they set the time of the pluperfect deeds told after them);
    ``peg``: the article's news peg, the first of the nows dated within the window
    before publication, else the first day-precise expression there."""

    events: Sequence[Event]
    published: date | None
    window: int
    nows: tuple[int, ...]
    peg: _Source | None
    flashbacks: tuple[int, ...] = ()  # dated deeds told in the pluperfect


def _same_kind(p: Placement, k: int) -> list[int]:
    ev = p.events[k]
    return [j for j in p.nows if p.events[j].event_type == ev.event_type]


def _episode_so_far(p: Placement, k: int) -> Event | None:
    """The episode of its kind told before: "L'attaque a été revendiquée" takes the
    date of the attack the article dated earlier (the closest one)."""
    ev = p.events[k]
    before = [j for j in _same_kind(p, k) if p.events[j].trigger_start < ev.trigger_start]
    if not before:
        return None
    j = max(before, key=lambda i: p.events[i].trigger_start)
    return _inherit(ev, _Source.of(p.events[j]), "episode", p.published)


def _told_after(p: Placement, k: int, gap: int) -> Event | None:
    """``k`` dated like the closest deed setting a narrative time told before it, at
    most ``gap`` sentences back."""
    ev = p.events[k]
    nows = p.nows + p.flashbacks if _pluperfect(ev) else p.nows
    before = [j for j in nows if p.events[j].trigger_start < ev.trigger_start]
    if not before:
        return None
    j = max(before, key=lambda i: p.events[i].trigger_start)
    if ev.sentence_index - p.events[j].sentence_index > gap:
        return None
    return _inherit(ev, _Source.of(p.events[j]), "narrative", p.published)


def _continuation(p: Placement, k: int) -> Event | None:
    """A deed told in the sentence right after a dated one continues it ("Dimanche, des
    habitants ont manifesté. La police a tiré des gaz lacrymogènes.")."""
    return _told_after(p, k, 1)


def _narrative(p: Placement, k: int) -> Event | None:
    """News narrative time: an undated deed told shortly after a dated one happened then
    ("The gunmen arrived on Monday…, opened fire…")."""
    return _told_after(p, k, NARRATIVE_GAP)


def _episode_ahead(p: Placement, k: int) -> Event | None:
    """The episode of its kind told later: a lead "L'attaque a fait dix morts" takes the
    date of the attack the next paragraphs date (the closest one)."""
    j = _nearest(k, _same_kind(p, k), p.events)
    if j is None:
        return None
    return _inherit(p.events[k], _Source.of(p.events[j]), "episode", p.published)


def _past_episode(p: Placement, k: int) -> Event | None:
    """A deed of a kind the article dates only before its news time, at the same place,
    is that past episode told again: in a report on an arrest, "the bombing of the
    embassy in Xland" takes the date the article gives the bombing a year earlier, not
    the arrest's (the closest such episode; none when the kind is dated in the news
    time: the episode rules answer)."""
    ev = p.events[k]
    if ev.event_type not in PLACE_TARGET_TYPES:
        return None  # a statement, a ruling, a delivery is made in the news time
    if not ev.country_code or p.peg is None or _same_kind(p, k):
        return None
    since = p.peg.start - timedelta(days=p.window)
    kind = [
        j
        for j, e in enumerate(p.events)
        if j != k
        and e.date_start is not None
        and e.date_end is not None
        and e.event_type == ev.event_type
        and e.modality not in UNDECIDED
    ]
    if any(p.events[j].date_end >= since for j in kind):  # type: ignore[operator]
        return None  # the kind is told in the news time too (a lead, a range)
    # a dated episode (a day, a few), not a period ("the war that began in April")
    past = [j for j in kind if p.events[j].country_code == ev.country_code and _short(p.events[j])]
    j = _nearest(k, past, p.events)
    if j is None:
        return None
    return _inherit(ev, _Source.of(p.events[j]), "past-episode", p.published)


def _news_peg(p: Placement, k: int) -> Event | None:
    """The article's news peg: an undated deed of a report about Tuesday's attack
    happened on Tuesday."""
    if p.peg is None:
        return None
    return _inherit(p.events[k], p.peg, "peg", p.published)


def _publication_window(p: Placement, k: int) -> Event | None:
    """No time expression and no dated episode: the ``window`` days before publication."""
    if p.published is None:
        return None
    return replace(
        p.events[k],
        date_start=p.published - timedelta(days=p.window),
        date_end=p.published,
        date_precision="range",
        date_anchor="published",
        extras={**p.events[k].extras, "date_source": "window"},
    )


UndatedRule = Callable[[Placement, int], "Event | None"]
INHERITING_RULES: tuple[UndatedRule, ...] = (
    _continuation,
    _episode_so_far,
    _past_episode,
    _narrative,
    _episode_ahead,
    _news_peg,
)
UNDATED_RULES: tuple[UndatedRule, ...] = (*INHERITING_RULES, _publication_window)


def _peg_expression(temporal: TemporalResult, low: date, published: date) -> _Source | None:
    """The first day-precise expression of the article within ``[low, published]``."""
    by_start = {t.start: t for t in temporal.timexes}
    for tx in temporal.timexes:
        start, end = tx.date_start, tx.date_end
        if tx.type not in ("DATE", "TIME") or start is None or end is None or start != end:
            continue
        if low <= start <= published:
            anchor = _anchor_of(tx.anchor, by_start, {})
            return _Source(start, end, timex_precision(tx), anchor)
    return None


def _placement(
    events: Sequence[Event],
    temporal: TemporalResult | None,
    published: date | None,
    window: int,
    lead_dated: Collection[int],
) -> Placement:
    deeds = [
        k
        for k in _by_text_order(events)
        if events[k].modality not in UNDECIDED
        and k not in lead_dated
        and _short(events[k])
        and events[k].date_precision != "range"  # "quelques jours auparavant": no "now"
    ]
    flashbacks = tuple(k for k in deeds if _pluperfect(events[k]))
    deeds = [k for k in deeds if not _pluperfect(events[k])]
    if published is None:
        return Placement(events, published, window, tuple(deeds), None, flashbacks)
    low = published - timedelta(days=window)
    recent = [k for k in deeds if low <= events[k].date_start <= published]  # type: ignore[operator]
    if recent:
        peg: _Source | None = _Source.of(events[recent[0]])
    else:
        peg = _peg_expression(temporal, low, published) if temporal is not None else None
    if peg is not None:
        # a dated deed long before the news peg is a flashback: it sets no narrative time
        since = peg.start - timedelta(days=window)
        deeds = [k for k in deeds if events[k].date_end >= since]  # type: ignore[operator]
    return Placement(events, published, window, tuple(deeds), peg, flashbacks)


def place_undated(
    events: Sequence[Event],
    published: date | None,
    window: int = UNDATED_WINDOW,
    lead_dated: Collection[int] = (),
    temporal: TemporalResult | None = None,
) -> list[Event]:
    """Every undated event placed in time by the first of ``UNDATED_RULES`` that
    answers; future and hypothetical events inherit no date (they take the window).
    ``lead_dated``: indexes of the events dated by the lead rule (they set no time);
    ``temporal``: the article's expressions (a news peg when no deed gives one)."""
    p = _placement(events, temporal, published, window, lead_dated)
    out = list(events)
    for k in _by_text_order(events):
        if events[k].date_start is not None:
            continue
        rules = UNDATED_RULES if events[k].modality not in UNDECIDED else (_publication_window,)
        for rule in rules:
            placed = rule(p, k)
            if placed is not None:
                out[k] = placed
                break
    return out


def date_events(
    events: Sequence[Event],
    mentions: Sequence[Mention],
    temporal: TemporalResult,
    published: date | None,
    lang: str,
    window: int = UNDATED_WINDOW,
) -> list[Event]:
    """The dating steps of the module docstring, in order."""
    events = assign_dates(events, mentions, temporal)
    events = drop_statement_dates_of_future(events, mentions)
    events = date_future_weekdays(events, mentions, lang, published)
    events = date_since(events, mentions, lang, published)
    events = date_claims_by_episode(events, mentions, window)
    events = date_from_named_events(events, mentions, lang)
    lead = lead_sources(events)
    events = date_lead(events, lead)
    return place_undated(events, published, window, lead.keys(), temporal)
