"""Find candidate time expressions with the language's patterns and drop implausible ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventline.temporal.grammar import Grammar, norm

_HYPHEN_WORD = re.compile(r"-[^\W\d]")
_NUMBER_BEFORE = re.compile(r"\d[\s.,]?$")
_NUMBER_AFTER = re.compile(r"^[\s.,]?\d")
_DIGITS_AFTER = re.compile(r"^[.,]?\d")
_CURRENCY_BEFORE = re.compile(r"[$€£]\s*$")
_PERCENT_AFTER = re.compile(r"^\s*%")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_SPOKEN_SPLIT = re.compile(r"[- ]+")


@dataclass(slots=True)
class Candidate:
    """A matched span before resolution."""

    start: int
    end: int
    kind: str
    groups: dict[str, str]
    mod: str | None = None


def find(text: str, g: Grammar) -> list[Candidate]:
    """Non-overlapping candidates, longest first, with TIMEX3 modifiers attached."""
    found: list[tuple[int, int, int, Candidate]] = []
    low = text.lower().replace("’", "'")
    seen: dict[frozenset[str], bool] = {}
    for order, (rx, kind) in enumerate(g.patterns):
        if not _gates_open(g.gates[order], low, seen):
            continue
        for m in rx.finditer(text):
            if m.end() == m.start() or _HYPHEN_WORD.match(text, m.end()):
                continue  # part of a longer compound: "six-year-old", "year-earlier"
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            cand = Candidate(m.start(), m.end(), kind, groups)
            if plausible(cand, text, g):
                found.append((-(m.end() - m.start()), order, m.start(), cand))
    # longest first; on equal length a clock time beats a duration ("18 heures")
    found.sort(key=lambda x: (x[0], x[3].kind != "time", x[1], x[2]))
    taken: list[Candidate] = []
    used = bytearray(len(text) + 1)
    for _, _, _, c in found:
        if any(used[c.start : c.end]):
            continue
        used[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    for c in taken:
        mod = g.modifier_re.search(text[max(0, c.start - 40) : c.start])
        if mod:
            c.mod = g.data.MODIFIERS.get(norm(mod.group(0)))
            c.start -= len(mod.group(0))
    return taken


def _gates_open(
    gates: tuple[frozenset[str], ...], low: str, seen: dict[frozenset[str], bool]
) -> bool:
    """Whether the lower-cased text holds a word of every gate (answers cached in ``seen``)."""
    for words in gates:
        present = seen.get(words)
        if present is None:
            present = seen[words] = any(w in low for w in words)
        if not present:
            return False
    return True


# A plausibility check: False rejects the reading (each check ignores kinds it is not about).
Check = Callable[[Candidate, str, Grammar], bool]


def _ambiguous_month(c: Candidate, text: str, g: Grammar) -> bool:
    """A month name that is also a common word ("May", "March") needs a capital and, bare, a
    cue word before it (the modal "may")."""
    month = c.groups.get("m")
    if not month or norm(month) not in g.data.AMBIGUOUS_MONTHS:
        return True
    if not month[0].isupper():
        return False
    cue = g.cues.month.search(text[max(0, c.start - 12) : c.start])
    return not (c.kind == "month" and "rel" not in c.groups and not cue)


def _title(c: Candidate, text: str, g: Grammar) -> bool:
    """Capitalised deictic words after a word are titles ("VOA Today", "This Week")."""
    span = text[c.start : c.end]
    if not (g.data.CAPITALISED_TITLES and c.kind in ("deictic_day", "rel_unit")):
        return True
    if not span[:1].isupper():
        return True
    prev = text[: c.start].rstrip(" \t\u00a0")
    unit = c.groups.get("u", "")
    return not ((prev and prev[-1].isalnum()) or (unit[:1].isupper() and not span.isupper()))


def _time_title(c: Candidate, text: str, g: Grammar) -> bool:
    if c.kind != "time":
        return True
    before = text[max(0, c.start - g.cues.time_title_window) : c.start]
    return not g.cues.time_title.search(before)  # "High Noon"


def _ambiguous_season(c: Candidate, text: str, g: Grammar) -> bool:
    """A season word that is also a common word ("été", "fall") needs a capital, a year, a
    relation or a cue before it."""
    season = c.groups.get("s")
    return not (
        season
        and norm(season) in g.data.AMBIGUOUS_SEASONS
        and not season[0].isupper()
        and not ({"y", "rel"} & c.groups.keys())
        and c.kind != "season_this"
        and not g.season_cue.search(text[max(0, c.start - 12) : c.start])
    )


def _spoken_year(c: Candidate, text: str, g: Grammar) -> bool:
    """A spoken year followed by a unit, or a bare spoken count, is an amount ("two thousand
    years", "two thousand people")."""
    if c.kind != "spoken_year":
        return True
    nxt = _WORD_AFTER.match(text[c.end : c.end + 20])
    words = _SPOKEN_SPLIT.split(norm(text[c.start : c.end]))
    year_word = any(g.data.UNITS.get(w) == "Y" for w in words)
    bare_count = norm(c.groups["sy"]) in g.data.SPOKEN_COUNTS and not year_word
    return not (nxt and (nxt.group(1) in g.data.UNITS or bare_count))


def _bare_year(c: Candidate, text: str, g: Grammar) -> bool:
    """A bare four-digit number is a year unless it is part of an amount (and, where the
    language asks for it, only next to a cue word)."""
    if c.kind != "year" or not text[c.start : c.end].isdigit():
        return True
    before = text[max(0, c.start - 25) : c.start]
    after = text[c.end : c.end + 6]
    if _NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(after):
        return False
    if _CURRENCY_BEFORE.search(before) or _PERCENT_AFTER.match(after):
        return False
    return not g.data.YEAR_NEEDS_CUE or bool(
        g.cues.year_before.search(before) or g.cues.year_after.match(after)
    )


def _clock(c: Candidate, text: str, g: Grammar) -> bool:
    """A digit clock time must not run into a number ("14:30.5")."""
    if c.kind != "time" or "noon" in c.groups or "ampm" in c.groups:
        return True
    return not _DIGITS_AFTER.match(text[c.end : c.end + 3])


def _day_without_month(c: Candidate, text: str, g: Grammar) -> bool:
    """ "mercredi 15": needs a following non-digit, and no hour mark right after."""
    if c.kind != "date" or "m" in c.groups or "mn" in c.groups:
        return True
    return not g.cues.hour_after_day.match(text[c.end : c.end + 8])


def _duration(c: Candidate, text: str, g: Grammar) -> bool:
    """Ages, fractions and ordinals are not durations ("38 years old", "a half", "three
    quarters of", "a second group", "a decades-long battle")."""
    if c.kind != "duration":
        return True
    unit = g.data.UNITS.get(norm(c.groups.get("u", "")))
    n_word = norm(c.groups.get("n", "x"))
    if g.cues.age_after.search(text[c.end : c.end + 12]):
        return False
    before = text[max(0, c.start - 12) : c.start]
    if unit == "Y" and n_word[:1].isdigit() and g.cues.age_before.search(before):
        return False
    after = text[c.end : c.end + g.cues.fraction_window]
    if unit == "H" or (unit == "Q" and g.cues.fraction.match(after)):
        return False
    if unit == "TS" and n_word in g.data.ORDINAL_SECOND_ARTICLES:
        return False
    return not (n_word in g.data.SINGULAR_ARTICLES and g.plural(c.groups.get("u", "")))


def _decimal_tail(c: Candidate, text: str, g: Grammar) -> bool:
    """A number right after a comma or a dot is the tail of a decimal ("1,5 jours")."""
    if c.kind not in ("duration", "ago", "anaphoric_n", "in_n"):
        return True
    n = c.groups.get("n", "")
    return not (n and n[0].isdigit() and c.start > 0 and text[c.start - 1] in ",.")


CHECKS: tuple[Check, ...] = (
    _ambiguous_month,
    _title,
    _time_title,
    _ambiguous_season,
    _spoken_year,
    _bare_year,
    _clock,
    _day_without_month,
    _duration,
    _decimal_tail,
)


def plausible(c: Candidate, text: str, g: Grammar) -> bool:
    """Reject readings that are usually not dates (bare numbers, modal "may", ages…)."""
    return all(check(c, text, g) for check in CHECKS)
