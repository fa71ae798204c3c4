"""Pairwise similarity features between event mentions (pure functions).

Every feature returns a small typed value; :func:`compare` combines them into a
:class:`PairScore` with a merge score in [0, 1] and a hard ``conflict`` flag (a pair in
conflict can never share a cluster, whatever the other features say).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import TypeVar

from eventline import lang as langdata
from eventline.model import Event
from eventline.ontology import PHYSICAL_TYPES
from eventline.text import words

T = TypeVar("T")

# Thresholds (documented in docs/linking.md).
NEAR_KM = 30.0  # two places this close are "the same place"
MERGE_THRESHOLD = 0.5
ARTICLE_THRESHOLD = 0.4  # two mentions of one article, no conflict: the article's event
DATE_SLACK_DAYS = 1  # day-precision reports may differ by a day (time zones, night events)
FUZZY_NAME = 0.85  # similarity of two unresolved spellings of one place
UNDATED_WINDOW_DAYS = 10  # undated mentions: publication dates must be this close

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


@langdata.derived
@cache
def _name_stopwords(codes: tuple[str, ...]) -> frozenset[str]:
    """Folded articles and name prepositions of the languages ``codes``.

    Names are compared across reports in any language ("Front de X" in a French report,
    "the X Front" in an English one), so the words of every supported language are
    dropped from every name: the union, whatever the language of the mention.
    """
    stop: set[str] = set()
    for code in codes:
        data = langdata.get(code)
        fw = data.function_words
        lists = (fw.DEFINITE_ARTICLES, fw.INDEFINITE_ARTICLES, fw.CONTRACTED_ARTICLES,
                 data.discourse.NAME_PREPOSITIONS)  # fmt: skip
        stop.update(f for ws in lists for w in ws for f in words(w))
    return frozenset(stop)


def name_stopwords() -> frozenset[str]:
    """The words :func:`fold` drops: articles and name prepositions of every supported
    language, folded ("l'" -> "l", "à" -> "a")."""
    return _name_stopwords(langdata.SUPPORTED)


@langdata.derived
@lru_cache(maxsize=262144)
def fold(text: str | None) -> str:
    """Lower-case, accent-free, punctuation-free form of ``text`` without articles and
    name prepositions (:func:`name_stopwords`); '' for None."""
    if not text:
        return ""
    stop = name_stopwords()
    return " ".join(w for w in words(text) if w not in stop)


def precision_rank(precision: str) -> int:
    """0 for day precision, larger for coarser intervals, 9 for unknown."""
    return _PRECISION_RANK.get(precision, 9)


def actor_key(ev: Event) -> str:
    """Canonical actor key: canonical name, else stated country, else folded surface ('' if
    none)."""
    return fold(ev.actor_canonical) or fold(stated_country(ev, "actor")) or fold(ev.actor)


def target_key(ev: Event) -> str:
    """Canonical target key, built like :func:`actor_key`."""
    return fold(ev.target_canonical) or fold(stated_country(ev, "target")) or fold(ev.target)


@langdata.derived
@cache
def _date_words(codes: tuple[str, ...]) -> frozenset[str]:
    """Folded weekday and (unambiguous) month names of the languages ``codes``."""
    out: set[str] = set()
    for code in codes:
        d = langdata.get(code).dates
        out.update(fold(w) for w in (*d.WEEKDAYS, *d.WEEKDAYS_PLURAL))
        out.update(fold(w) for w in d.MONTHS if w not in d.AMBIGUOUS_MONTHS)
    return frozenset(out)


def misread_place(ev: Event) -> bool:
    """True for a place the gazetteer does not know that is a weekday or month name, an
    acronym, or the mention's own actor or target ("Friday", "the M23" read as places)."""
    if not ev.location or not _unresolved(ev):
        return False
    name = fold(ev.location)
    acronym = ev.location.isupper() and ev.location.isalpha()  # an organisation's initials
    return (
        acronym
        or name in _date_words(langdata.SUPPORTED)
        or name in (actor_key(ev), target_key(ev))
    )


def place_key(ev: Event) -> str:
    """Canonical place key: gazetteer name, else rounded coordinates ('' if unknown or
    :func:`misread_place`)."""
    if misread_place(ev):
        return ""
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
    named, not the actor's origin), names the place of ``ev``. A complement of a cause
    marker or of "after" names another, earlier event, not one the summary covers."""
    return _text_names(_summary_text(summary), _own_names(ev))


def _summary_text(summary: Event) -> str | None:
    """The folded part of the sentence where :func:`names_place` looks for places, with a
    space at each end; None when it names none (no sentence, or an earlier event's)."""
    if not summary.sentence or _governed_by_earlier_cue(summary):
        return None
    rel = max(0, summary.trigger_start - summary.char_start)
    stop = min((x for x, _ in _earlier_cues(summary.lang, summary.sentence) if x >= rel),
               default=len(summary.sentence))  # fmt: skip
    return f" {fold(summary.sentence[rel:stop])} "


def _own_names(ev: Event) -> tuple[str, ...]:
    """Folded surface and gazetteer names of the mention's place (non-empty ones)."""
    return tuple(f for f in (fold(ev.location), fold(ev.location_canonical)) if f)


def _covers(summary: Event, ev: Event, fs: Facts | None, fe: Facts | None) -> bool:
    """:func:`names_place`, from the mentions' :class:`Facts` when given."""
    if fs is None or fe is None:
        return names_place(summary, ev)
    return _text_names(fs.summary_text, fe.own_names)


def _text_names(text: str | None, names: tuple[str, ...]) -> bool:
    """Whether the space-padded folded ``text`` holds one of the folded ``names`` whole."""
    return text is not None and any(f" {f} " in text for f in names)


def place_names(ev: Event) -> frozenset[str]:
    """Folded names of a mention's place: key, surface and gazetteer name."""
    if misread_place(ev):
        return frozenset()
    return frozenset(
        n for n in (place_key(ev), fold(ev.location), fold(ev.location_canonical)) if n
    )


def _similar_names(x: str, y: str) -> bool:
    """Transliteration variants ("anderamboukane" / "anderanboukan"); long names only."""
    if min(len(x), len(y)) < 6:
        return False
    return SequenceMatcher(None, x, y).ratio() >= FUZZY_NAME


def place_relation(a: Event, b: Event, fa: Facts | None = None, fb: Facts | None = None) -> str:
    """``same`` | ``near`` | ``covered`` (one sentence also names the other's place)
    | ``different`` | ``unknown`` (at least one side has no place). ``fa``/``fb``: the
    mentions' :class:`Facts` when computed already."""
    ka = fa.place_key if fa is not None else place_key(a)
    kb = fb.place_key if fb is not None else place_key(b)
    # two mentions of one sentence never summarise each other
    summary_ok = (a.article_id, a.sentence_index) != (b.article_id, b.sentence_index)
    if not ka or not kb:
        if not summary_ok:
            return "unknown"
        # a place-less summary sentence that names the other mention's place
        if (ka and _covers(b, a, fb, fa)) or (kb and _covers(a, b, fa, fb)):
            return "covered"
        return "unknown"
    na = fa.place_names if fa is not None else place_names(a)
    nb = fb.place_names if fb is not None else place_names(b)
    if na & nb:
        return "same"
    coords = None not in (a.latitude, a.longitude, b.latitude, b.longitude)
    if coords:
        d = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        if d <= NEAR_KM:
            return "near"
    for x in na:
        for y in nb:
            if f" {x} " in f" {y} " or f" {y} " in f" {x} ":
                return "near"
            if not coords and _similar_names(x, y):
                return "near"
    if summary_ok and (_covers(a, b, fa, fb) or _covers(b, a, fb, fa)):
        return "covered"
    return _named_apart(a, b)


def _named_apart(a: Event, b: Event) -> str:
    """``near`` | ``unknown`` | ``different`` for two places named differently, neither
    near nor inside the other by name."""
    # same country, different named places: only compatible if one is a region
    if a.country_code and a.country_code == b.country_code and (_region(a) or _region(b)):
        return "near"
    # a region or country and a place the gazetteer does not know: it may lie inside;
    # a region of no one country ("the Sahel") may hold the other place, whatever it is
    if (_region(a) and _unresolved(b)) or (_region(b) and _unresolved(a)):
        return "unknown"
    if _supranational(a) or _supranational(b):
        return "unknown"
    # the country or region a sanction or statement is "in" is often its subject (a
    # sanction over one country against another): no evidence either way
    if a.event_type not in PHYSICAL_TYPES and _region(a) and _region(b):
        return "unknown"
    return "different"


def _region(ev: Event) -> bool:
    return (ev.geo_precision or 1) >= 3


def _supranational(ev: Event) -> bool:
    """A region the gazetteer knows that belongs to no one country ("the Sahel")."""
    return _region(ev) and not ev.country_code and ev.latitude is not None


def _unresolved(ev: Event) -> bool:
    return ev.latitude is None and not ev.country_code


REFERENCE_REACH = 25  # chars between a cause marker / "after" and the trigger it governs
REFERENCE_DAYS = 45  # a referenced earlier event happened at most this long before
STATEMENT_DAYS = 2  # a reported event happened at most this long before its report
STATEMENT_VIA = "statement"  # extras["date_via"]: the date is the reporting verb's
SENTENCE_VIA = "sentence"  # extras["date_via"]: the sentence's only time expression


@langdata.derived
@lru_cache(maxsize=65536)
def _earlier_cues(lang: str, sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the cause markers and "after" prepositions of ``sentence``: their
    complement names an earlier event ("en représailles à l'attaque de X", "after the
    raid")."""
    try:
        d = langdata.get(lang).discourse
    except (KeyError, ModuleNotFoundError):
        return ()
    cues = sorted({*d.CAUSE_MARKERS, *(k for k, v in d.PREP_ORDER.items() if v == "after")},
                  key=len, reverse=True)  # fmt: skip
    if not cues:
        return ()
    pat = "|".join(re.escape(c) for c in cues)
    text = sentence.replace("’", "'").lower()
    return tuple((m.start(), m.end()) for m in re.finditer(rf"(?<!\w)(?:{pat})(?!\w)", text))


def governed_by_earlier_cue(ev: Event) -> bool:
    """Public name of :func:`_governed_by_earlier_cue`."""
    return _governed_by_earlier_cue(ev)


def _governed_by_earlier_cue(ev: Event) -> bool:
    """True if the trigger is the complement of an earlier-cue (:func:`_earlier_cues`)
    and the sentence's date expression is not inside that complement: the mention refers
    to an *earlier* event, and the date the extractor gave it belongs to the main clause
    ("in retaliation for Sunday's assault" keeps its own date)."""
    return _governed(ev.lang, ev.sentence, max(0, ev.trigger_start - ev.char_start), ev.date_text)


@langdata.derived
@lru_cache(maxsize=262144)
def _governed(lang: str, sentence: str, rel: int, date_text: str | None) -> bool:
    spans = _earlier_cues(lang, sentence)
    if not spans:
        return False
    text = sentence.replace("’", "'").lower()
    for _, end in spans:
        if 0 <= rel - end <= REFERENCE_REACH:
            if date_text:
                pos = text.find(date_text.replace("’", "'").lower(), end)
                if 0 <= pos <= rel + 30:
                    return False
            return True
    return False


def effective_interval(ev: Event, *, reported: bool = False) -> tuple[date, date, str] | None:
    """(start, end, precision) used to compare dates; ``None`` when unknown.

    A mention that an earlier-cue governs (:func:`_governed_by_earlier_cue`) only keeps
    "on or before" its given date (a ``range`` of ``REFERENCE_DAYS``). With ``reported``,
    so does, by ``STATEMENT_DAYS``, a reported event dated by the verb that reports it
    ("the army confirmed on Wednesday the strike": the strike may be Tuesday's)."""
    if ev.date_start is None or ev.date_precision == "unknown":
        return None
    start, end = ev.date_start, ev.date_end or ev.date_start
    if _governed_by_earlier_cue(ev):
        return start - timedelta(days=REFERENCE_DAYS), end, "range"
    if reported and _statement_dated(ev):
        return start - timedelta(days=STATEMENT_DAYS), end, "range"
    return start, end, ev.date_precision


def _statement_dated(ev: Event) -> bool:
    """A reported event dated by its reporting verb, or any event dated only because its
    sentence has a single time expression (which may date another clause)."""
    via = ev.extras.get("date_via")
    return (ev.modality == "claimed" and via == STATEMENT_VIA) or via == SENTENCE_VIA


def inherited_date(ev: Event) -> bool:
    """True if the mention has no date expression of its own: its date was copied from
    the event it is anchored on (narrative anchoring), which may be a different event."""
    return not ev.date_text and ev.date_anchor.startswith("event:")


def placed_date(ev: Event) -> bool:
    """True if the mention has no date expression of its own and enrichment placed it in
    time (:func:`inherited_date`, or ``extras["date_source"]``: the lead's, the news
    peg's, the publication window): another report's date for it is no contradiction."""
    return not ev.date_text and (inherited_date(ev) or bool(ev.extras.get("date_source")))


def date_relation(
    a: Event, b: Event, fa: Facts | None = None, fb: Facts | None = None
) -> tuple[str, float]:
    """(``same_day`` | ``overlap`` | ``adjacent`` | ``disjoint`` | ``unknown``, score in [0, 1]).

    ``adjacent``: two day-precise dates of different articles one day apart (time zones,
    night events, narrative anchoring): not a conflict, but hardly evidence either. Dates
    that conflict are compared again with the reported events' dates widened
    (:func:`effective_interval`): then at most an ``overlap``."""
    fa = fa if fa is not None else facts(a)
    fb = fb if fb is not None else facts(b)
    rel = _date_relation(a, b, fa.interval, fb.interval, fa.placed or fb.placed)
    if rel[0] in ("disjoint", "adjacent") and (fa.statement_dated or fb.statement_dated):
        wide = _date_relation(a, b, fa.reported, fb.reported, fa.placed or fb.placed)
        return ("overlap", wide[1]) if wide[0] in ("same_day", "overlap") else rel
    return rel


def _date_relation(
    a: Event,
    b: Event,
    ia: tuple[date, date, str] | None,
    ib: tuple[date, date, str] | None,
    placed: bool,
) -> tuple[str, float]:
    if ia is None or ib is None:
        return "unknown", 0.0
    day = ia[2] == "day" and ib[2] == "day"
    slack = DATE_SLACK_DAYS if day and a.article_id != b.article_id else 0
    lo = max(ia[0], ib[0])
    hi = min(ia[1], ib[1])
    gap = (lo - hi).days
    if gap > slack:
        if a.article_id != b.article_id and placed:  # placed_date of either
            # across reports, a date copied from a neighbouring event is no proof
            return "unknown", 0.0
        return "disjoint", 0.0
    if day:
        return ("same_day", 1.0) if gap <= 0 else ("adjacent", 0.1)
    span = max((ia[1] - ia[0]).days, (ib[1] - ib[0]).days) + 1
    return "overlap", max(0.2, min(1.0, 2.0 / span))


_OPENERS = frozenset(':;"«“(—–-')  # a capital after these opens a quotation or clause


@langdata.derived
@lru_cache(maxsize=262144)
def is_named(surface: str | None, canonical: str | None, sentence: str = "") -> bool:
    """True if an actor/target looks like a proper name ("Front armé du Liptako", "Hamas")
    rather than a description ("le groupe", "des hommes armés", "the government").

    A name has a capitalised word; a capital on the first word counts only when that
    word opens neither the sentence nor a quotation or clause ("he said: \"Some people
    ..."). Descriptions never conflict with anything.
    """
    name = canonical or surface
    if not name:
        return False
    words = [w for w in re.split(r"[\s'’]+", name) if w]
    words = [w for w in words if fold(w)]  # drop articles ("Le", "The", "l'")
    if not words:
        return False
    if any(w[0].isupper() for w in words[1:]):
        return True
    if not words[0][0].isupper():
        return False
    pos = sentence.find(words[0]) if sentence else -1
    head = fold(sentence[:pos]) if pos > 0 else ""
    # capitalised first word: informative unless it opens the sentence (after an article)
    # or a quotation or clause
    if pos < 0:
        return True  # a canonical name given from elsewhere in the report
    before = sentence[:pos].rstrip()[-1:]
    return pos > 0 and bool(head) and before not in _OPENERS


def _cognate(x: str, y: str) -> bool:
    """Same word across spelling or language ("armee"/"armed", "malienne"/"malian")."""
    if x == y:
        return True
    if min(len(x), len(y)) < 4:
        return False
    n = 0
    for cx, cy in zip(x, y, strict=False):
        if cx != cy:
            break
        n += 1
    return n >= 4 and n >= 0.6 * min(len(x), len(y))


def _acronym(x: str, words: list[str]) -> bool:
    return len(x) >= 2 and len(words) >= 2 and x == "".join(w[0] for w in words)


# extras keys set by enrichment when a role's country is a guess (the place's or the
# article's country), not read from the role's own words
COUNTRY_VIA = {"actor": "actor_country_via", "target": "target_country_via"}


def stated_country(ev: Event, role: str) -> str | None:
    """The country of ``role`` ("actor" | "target") when its own words name it ("the
    Ruritanian army", "police of Freedonia"); None when enrichment only guessed it from
    the place or the article ("the villagers" in a report on a Ruritanian town)."""
    country = ev.actor_country if role == "actor" else ev.target_country
    return None if ev.extras.get(COUNTRY_VIA[role]) else country


@dataclass(frozen=True, slots=True)
class Role:
    """What the linker compares of one actor or target: its key, its country (and the
    one its words state, :func:`stated_country`), its sector, and whether it is a name."""

    key: str
    country: str | None
    stated: str | None
    sector: str | None
    named: bool


def role(ev: Event, which: str) -> Role:
    """The :class:`Role` of ``ev``'s actor (``which == "actor"``) or target."""
    if which == "actor":
        key, country, sector = actor_key(ev), ev.actor_country, ev.actor_sector
        named = is_named(ev.actor, ev.actor_canonical, ev.sentence)
    else:
        key, country, sector = target_key(ev), ev.target_country, ev.target_sector
        named = is_named(ev.target, ev.target_canonical, ev.sentence)
    return Role(key, country, stated_country(ev, which), sector, named)


@lru_cache(maxsize=65536)  # pure; the same roles meet again and again across a batch
def _role_relation(a: Role, b: Role, names_conflict: bool, countries_conflict: bool = True) -> str:
    """same | compatible | unrelated | different | unknown for an actor or target pair.

    Stated countries that differ are a conflict when ``countries_conflict`` (actors: a
    guessed one is the place's or the article's, which the place feature weighs already;
    not targets: one deed hits victims of several countries, one sanction lists officials
    of two). Otherwise two keys are ``same`` when
    one contains the other, when every word of one has a cognate in the other ("Front armé
    du Liptako" / "Militants of the Liptako Armed Front") or one is the acronym of the
    other; ``compatible`` when they share a cognate word or the countries their own words
    state agree (a guessed country is the place's or the article's: every role of a report
    on one country would agree).
    Two *names* ("Group A" / "Militia B") with nothing in common are ``different`` when
    ``names_conflict`` (actors of one language) unless one country and one sector (or an
    unknown sector) allow one body named twice: the rebels and the army of one country
    are two sides. Descriptions ("le groupe", "soldiers"), names in two languages that
    share no word and two named targets (one attack kills a village head and hits a
    community) are ``unrelated`` (no conflict, little evidence).
    """
    ka, kb = a.key, b.key
    if not ka or not kb:
        return "unknown"
    if countries_conflict and a.stated and b.stated and a.stated != b.stated:
        return "different"
    one_country = bool(a.country and a.country == b.country)
    if ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ":
        return "same"
    wa, wb = ka.split(), kb.split()
    if _acronym(ka, wb) or _acronym(kb, wa):
        return "same"
    shared_a = [w for w in wa if any(_cognate(w, v) for v in wb)]
    shared_b = [v for v in wb if any(_cognate(w, v) for w in wa)]
    names = a.named and b.named
    if names and (len(shared_a) == len(wa) or len(shared_b) == len(wb)):
        return "same"
    if shared_a:
        return "compatible"
    two_sides = bool(a.sector and b.sector and a.sector != b.sector)
    if names and names_conflict and (not one_country or two_sides):
        return "different"
    return "compatible" if a.stated and a.stated == b.stated else "unrelated"


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
    part: bool = False  # only a sub-event split keeps them apart (one raid, an abduction)


# Modes naming a deed of its own inside an event of the same type: an abduction during a
# raid is reported (and coded, as ACLED does) apart from the killings of the raid.
DISTINCT_MODES = frozenset({"abduct"})


def _sub_event(a: Event, b: Event) -> bool:
    """True when one mention is a distinct deed (:data:`DISTINCT_MODES`) the other is not."""
    ma = a.event_mode if a.event_mode in DISTINCT_MODES else None
    mb = b.event_mode if b.event_mode in DISTINCT_MODES else None
    return ma != mb


def _told_apart(a: Event, b: Event, fa: Facts, fb: Facts) -> bool:
    """Two mentions of one report dated by their own expressions, one to the day and the
    other by a longer period ("a strike on Sunday" / "an offensive last week"): the
    report tells two times, hence two events."""
    if a.article_id != b.article_id or not (a.date_text and b.date_text):
        return False
    if inherited_date(a) or inherited_date(b):
        return False
    ia, ib = fa.interval, fb.interval
    if ia is None or ib is None:
        return False
    return (ia[2] == "day") != (ib[2] == "day") and "range" not in (ia[2], ib[2])


def _toll_score(a: Event, b: Event) -> float:
    """The same toll told twice (0.08), or a toll a later report raises (0.04: a
    revised toll is told of the deed it counts, not of another)."""
    if not (a.fatalities and b.fatalities):
        return 0.0
    if a.fatalities == b.fatalities:
        return 0.08
    if a.published and b.published and a.published != b.published:
        early, late = (a, b) if a.published < b.published else (b, a)
        return 0.04 if (late.fatalities or 0) > (early.fatalities or 0) else 0.0
    return 0.0


FLASHBACK_TENSES = frozenset({"pluperfect"})  # extras["tense"] of a deed told as background
FLASHBACK_REACH = 1  # sentences over which one flashback may be told


def flashback(ev: Event) -> bool:
    """An asserted deed told in the pluperfect ("la veille, les étudiants avaient bloqué
    l'avenue", "soldiers had shelled the town"): background, earlier than the narrative.
    A reported one ("the army said it had struck") is the report's backshift, not that."""
    return ev.modality == "asserted" and ev.extras.get("tense") in FLASHBACK_TENSES


@langdata.derived
@cache
def _remains_words(code: str) -> frozenset[str]:
    try:
        return frozenset(fold(w) for w in langdata.get(code).discourse.REMAINS_WORDS)
    except (KeyError, ModuleNotFoundError):
        return frozenset()


def on_remains(ev: Event) -> bool:
    """A deed whose target is the dead ("les corps des victimes ont été brûlés", "the
    bodies were dragged"): it follows the killing, it is not the killing."""
    if ev.event_type != "ASSAULT" or not ev.target:
        return False
    return bool(_remains_words(ev.lang).intersection(fold(ev.target).split()))


def _narrative_kind(ev: Event) -> str:
    """``flashback`` | ``remains`` | '' (:func:`flashback`, :func:`on_remains`)."""
    if on_remains(ev):
        return "remains"
    return "flashback" if flashback(ev) else ""


# location_source of a place not named in the mention's sentence: its paragraph's or
# its article's place, a guess
GUESSED_PLACE_SOURCES = frozenset({"paragraph", "article"})


def _place_guessed_in_report(a: Event, b: Event) -> bool:
    """Two mentions of one report, one placed by a guess (:data:`GUESSED_PLACE_SOURCES`):
    their places differing says nothing (the report names the other place elsewhere)."""
    return a.article_id == b.article_id and bool(
        {a.location_source, b.location_source} & GUESSED_PLACE_SOURCES
    )


def _names_other_place(a: Event, b: Event, fa: Facts, fb: Facts) -> bool:
    """Two mentions of one report (not of one sentence) at places near each other, where
    the sentence of one names the other's very place after its trigger ("the tragedy
    struck the camp of X, west of Y" / "the rebels shelled the camp of X"): one place."""
    if a.article_id != b.article_id or a.sentence_index == b.sentence_index:
        return False
    return _covers(a, b, fa, fb) or _covers(b, a, fb, fa)


def _told_as_another(a: Event, b: Event, fa: Facts, fb: Facts) -> bool:
    """In one report, a mention told after another as background (a flashback) or as a
    deed on the dead is another event than the one told before it: the report says so
    by its tense or by its victims, whatever the dates the extractor copied."""
    if a.article_id != b.article_id:
        return False
    if fa.narrative == fb.narrative:
        # two flashbacks told apart (not in one sentence or the next) are two
        # backgrounds ("hours earlier, shells had hit X" ... "last week, troops had
        # launched an offensive")
        return (
            fa.narrative == "flashback"
            and abs(a.sentence_index - b.sentence_index) > FLASHBACK_REACH
        )
    if "remains" in (fa.narrative, fb.narrative):
        return True
    late = b if (a.sentence_index, a.trigger_start) < (b.sentence_index, b.trigger_start) else a
    return (fa.narrative if late is a else fb.narrative) == "flashback"


@dataclass(frozen=True, slots=True)
class Facts:
    """What :func:`compare` reads of one mention, computed once per mention (the linker
    compares each mention with many others): place key and names, date intervals, roles."""

    place_key: str
    place_names: frozenset[str]
    interval: tuple[date, date, str] | None  # effective_interval(ev)
    reported: tuple[date, date, str] | None  # effective_interval(ev, reported=True)
    statement_dated: bool
    placed: bool  # placed_date(ev)
    modality_group: str
    actor: Role
    target: Role
    summary_text: str | None  # _summary_text(ev): where its sentence may name other places
    own_names: tuple[str, ...]  # _own_names(ev)
    narrative: str = ""  # _narrative_kind(ev)


def facts(ev: Event) -> Facts:
    """The :class:`Facts` of ``ev``."""
    return Facts(
        place_key(ev),
        place_names(ev),
        effective_interval(ev),
        effective_interval(ev, reported=True),
        _statement_dated(ev),
        placed_date(ev),
        _MODALITY_GROUP.get(ev.modality, "real"),
        role(ev, "actor"),
        role(ev, "target"),
        _summary_text(ev),
        _own_names(ev),
        _narrative_kind(ev),
    )


def shared_facts(f: Facts, table: dict[object, object]) -> Facts:
    """``f`` with each of its values that repeats across mentions (place names, date
    intervals, roles, texts) replaced by the equal object already in ``table``: a store's
    mentions share a few thousand distinct values, and the linker holds every mention's
    facts while it clusters."""

    def one(value: T) -> T:
        return table.setdefault(value, value)  # type: ignore[return-value]

    return replace(
        f,
        place_key=one(f.place_key),
        place_names=one(f.place_names),
        interval=one(f.interval),
        reported=one(f.reported),
        actor=one(f.actor),
        target=one(f.target),
        summary_text=one(f.summary_text),
        own_names=one(f.own_names),
    )


def quick_conflict(a: Event, b: Event, fa: Facts, fb: Facts) -> bool:
    """True only for pairs :func:`compare` puts in conflict, from the cheapest features
    (type, modality group): such a pair need not be compared in full to be left out of
    the candidates. (Disjoint dates would find a few more, at more cost than they save.)"""
    return a.event_type != b.event_type or fa.modality_group != fb.modality_group


def compare(a: Event, b: Event, fa: Facts | None = None, fb: Facts | None = None) -> PairScore:
    """Score how likely ``a`` and ``b`` report the same real-world event (``fa``/``fb``:
    their :class:`Facts` when computed already)."""
    fa = fa if fa is not None else facts(a)
    fb = fb if fb is not None else facts(b)
    place = place_relation(a, b, fa, fb)
    if place == "different" and _place_guessed_in_report(a, b):
        place = "unknown"
    if place == "near" and _names_other_place(a, b, fa, fb):
        place = "same"
    drel, dscore = date_relation(a, b, fa, fb)
    same_lang = a.lang == b.lang
    actor = _role_relation(fa.actor, fb.actor, same_lang)
    # one deed hits many victims: a report names one, another the next
    target = _role_relation(fa.target, fb.target, False, False)

    conflict = (
        a.event_type != b.event_type
        or fa.modality_group != fb.modality_group
        or place == "different"
        or drel == "disjoint"
        # one day apart across articles: only with corroborating actor or target
        or (
            drel == "adjacent"
            and "same" not in (actor, target)
            and "compatible" not in (actor, target)
        )
        or actor == "different"
        or target == "different"
    )
    if drel == "unknown" and a.article_id != b.article_id and a.published and b.published:
        conflict = conflict or abs((a.published - b.published).days) > UNDATED_WINDOW_DAYS
    conflict = conflict or (drel == "overlap" and _told_apart(a, b, fa, fb))
    conflict = conflict or _told_as_another(a, b, fa, fb)
    part = not conflict and _sub_event(a, b)

    s = 0.1  # same event type (required)
    s += {"same": 0.3, "near": 0.25, "covered": 0.2, "unknown": 0.04}.get(place, 0.0)
    s += {"same": 0.22, "compatible": 0.1, "unknown": 0.04, "unrelated": 0.02}.get(actor, 0.0)
    s += {"same": 0.12, "compatible": 0.06, "unknown": 0.03, "unrelated": 0.02}.get(target, 0.0)
    s += 0.2 * dscore if drel != "unknown" else 0.03
    if a.action_lemma and a.action_lemma == b.action_lemma:
        s += 0.04
    if a.event_mode and a.event_mode == b.event_mode:
        s += 0.04
    s += _toll_score(a, b)
    if a.article_id == b.article_id:
        # nearby sentences of one article tend to elaborate the same event
        s += 0.05 / (1 + abs(a.sentence_index - b.sentence_index))
    evidence = _evidence(a.event_type, place, drel, actor, target)
    return PairScore(
        round(min(s, 1.0), 4), conflict or part, place, drel, actor, target, evidence, part
    )


@cache
def _evidence(event_type: str, place: str, drel: str, actor: str, target: str) -> str:
    """A pair's evidence text, one object per distinct text (a few thousand at most: the
    linker holds the scores of every ranked pair, millions on a dense store)."""
    return f"type={event_type} place={place} date={drel} actor={actor} target={target}"


def _ngrams(words: list[str], n_max: int = 4) -> list[tuple[int, int, str]]:
    out = []
    for i in range(len(words)):
        for n in range(min(n_max, len(words) - i), 0, -1):
            out.append((i, i + n, " ".join(words[i : i + n])))
    return out


def place_lexicon(events: Sequence[Event]) -> dict[str, Event]:
    """Folded place name -> a mention carrying it (preferring resolved ones), over a batch."""
    lexicon: dict[str, Event] = {}
    for ev in sorted(events, key=lambda e: (e.latitude is None, e.location_canonical is None,
                                            e.event_id)):  # fmt: skip
        if not ev.location or misread_place(ev):
            continue
        for name in (fold(ev.location), fold(ev.location_canonical)):
            if name and not name.isdigit():
                lexicon.setdefault(name, ev)
    return lexicon


def sentence_places(ev: Event, lexicon: dict[str, Event]) -> list[tuple[int, str, Event]]:
    """Places of ``lexicon`` named in the mention's sentence, outside its actor phrase:
    (word distance to the trigger, negative before it, name, mention carrying it)."""
    if not lexicon or not ev.sentence:
        return []
    words = fold(ev.sentence).split()
    trig = len(fold(ev.sentence[: max(0, ev.trigger_start - ev.char_start)]).split())
    actor = f" {fold(ev.actor)} "
    out: list[tuple[int, str, Event]] = []
    taken: set[int] = set()
    for i, j, gram in _ngrams(words):
        src = lexicon.get(gram)
        if src is None or any(k in taken for k in range(i, j)):
            continue
        taken.update(range(i, j))
        if f" {gram} " not in actor:
            out.append((i - trig, gram, src))
    return out


CONTAINER_REACH = 6  # folded words between a place and the known place that contains it


@langdata.derived
@cache
def _conjunctions(codes: tuple[str, ...]) -> frozenset[str]:
    """Folded conjunctions of the languages ``codes`` ("et", "and")."""
    return frozenset(
        f for code in codes for w in langdata.get(code).function_words.CONJUNCTIONS
        for f in words(w)
    )  # fmt: skip


def _known(ev: Event) -> bool:
    return not _unresolved(ev)


def place_containers(events: Sequence[Event], lexicon: dict[str, Event]) -> dict[str, Event]:
    """Folded name of a place the gazetteer does not know -> a mention carrying the known
    place a sentence of the batch puts it in: the known name follows it closely with no
    conjunction between ("the village of X in Y district", "le camp de X, à l'ouest de Y";
    not "à X et à Y")."""
    stop = _conjunctions(langdata.SUPPORTED)
    out: dict[str, Event] = {}
    for sentence in sorted({ev.sentence for ev in events if ev.sentence}):
        ws = fold(sentence).split()
        found: list[tuple[int, int, str, Event]] = []
        taken: set[int] = set()
        for i, j, gram in _ngrams(ws):
            src = lexicon.get(gram)
            if src is not None and not any(k in taken for k in range(i, j)):
                taken.update(range(i, j))
                found.append((i, j, gram, src))
        found.sort(key=lambda t: t[0])
        for (_, j, name, src), (k, _, _, box) in itertools.pairwise(found):
            if (
                _unresolved(src)
                and _known(box)
                and k - j <= CONTAINER_REACH
                and not stop.intersection(ws[j:k])
            ):
                out.setdefault(name, box)
    return out


def locate_in_containers(events: Sequence[Event], containers: dict[str, Event]) -> list[Event]:
    """Copies of ``events`` where a place the gazetteer does not know takes the position
    of the known place containing it (:func:`place_containers`): a town's coordinates
    (precision 2, "part of"), or a region's country only. Others are returned unchanged."""
    out: list[Event] = []
    for ev in events:
        box = containers.get(fold(ev.location)) if ev.location and _unresolved(ev) else None
        if box is None:
            out.append(ev)
            continue
        region = (box.geo_precision or 1) >= 3
        out.append(
            replace(
                ev,
                latitude=None if region else box.latitude,
                longitude=None if region else box.longitude,
                country_code=box.country_code,
                geo_precision=3 if region else 2,
                extras={**ev.extras, "place_in": box.location or ""},
            )
        )
    return out


def recover_places(events: Sequence[Event], lexicon: dict[str, Event] | None = None) -> list[Event]:
    """Copies of ``events`` where a mention without a place takes the place its sentence
    names, among the places other mentions of the batch carry (an extractor often loses a
    fronted "À Andéramboukane, ..." or a place inside a participle clause).

    The name nearest after the trigger wins, else the nearest before it; names inside the
    actor phrase ("militants from Gao") are skipped, region-level places lose to towns.
    Mentions that have a place are returned unchanged (same objects)."""
    if lexicon is None:
        lexicon = place_lexicon(events)
    out: list[Event] = []
    for ev in events:
        named = [] if place_key(ev) else sentence_places(ev, lexicon)
        if not named:
            out.append(ev)
            continue
        _, _, src = min(
            named, key=lambda t: ((t[2].geo_precision or 1) >= 3, t[0] < 0, abs(t[0]), t[1])
        )
        out.append(
            replace(
                ev,
                location=src.location,
                location_canonical=src.location_canonical,
                latitude=src.latitude,
                longitude=src.longitude,
                country_code=ev.country_code or src.country_code,
                geo_precision=src.geo_precision,
                extras={**ev.extras, "place_from": "sentence"},
            )
        )
    return out
