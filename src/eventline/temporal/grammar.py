"""Compile a language's cue patterns (``eventline.lang.<code>.dates``) into regexes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from eventline import lang as langdata
from eventline.lang.base import NEVER, Dates

WS = r"[ \t\u00a0\u202f]+"
APOS = "['’]"

# Placeholders whose regex does not depend on the language (DAY gets the language's
# DAY_SUFFIX, AMPM is the language's AMPM).
_GENERIC: dict[str, str] = {
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])",
    "YEAR": r"(?:1[5-9]\d\d|20\d\d|['’]\d\d)(?![\d])",
    "YEARX": r"(?:1[5-9]\d\d|20\d\d|['’]?\d\d)(?![\d])",
    "YEAR4": r"(?:1[6-9]\d\d|20\d\d)",
    "YY": r"\d\d",
    "MONTHNUM": r"(?:1[0-2]|0?[1-9])",
    "HOUR": r"(?:[01]?\d|2[0-3])",
    "MIN": r"[0-5]\d",
}

# Placeholder → name of the word table in the language module.
_TABLES: dict[str, str] = {
    "MONTH": "MONTHS",
    "WEEKDAY": "WEEKDAYS",
    "WEEKDAYSET": "WEEKDAYS_PLURAL",
    "POD": "PARTS_OF_DAY",
    "DEICTIC": "DEICTIC_DAYS",
    "UNIT": "UNITS",
    "SEASON": "SEASONS",
    "ORD": "ORDINALS",
    "FEW": "FEW",
    "ANADAY": "ANAPHORIC_DAYS",
    "ANADIR": "ANAPHORIC_DIRECTION",
    "ANAREL": "ANAPHORIC_RELATIONS",
    "SHORTLY": "SHORTLY",
    "FREQ": "FREQUENCY",
    "NOON": "NOON",
    "REF": "REFS",
    "REL": "RELATIONS",
    "BAREDUR": "BARE_DURATIONS",
    "DECADE": "DECADES",
    "MOD": "MODIFIERS",
    "HOLIDAY": "HOLIDAYS",
}

_PLACEHOLDER = re.compile(r"<<([A-Z0-9]+)(?::(\w+))?>>")
# Placeholders whose words are not a plain table (no gate for them).
_TABLE_WORDS: dict[str, list[str] | None] = {"NUM": None, "NUMWORD": None, "ART": None}


def norm(word: str) -> str:
    """Lookup key for a matched word: lower case, one space, straight apostrophe."""
    return " ".join(word.lower().replace("’", "'").split())


def _words(words: Iterable[str]) -> str:
    items = sorted({norm(w) for w in words}, key=len, reverse=True)
    parts = [_literal(w) for w in items]
    return "(?:" + "|".join(parts) + ")" if parts else NEVER


def _alternation(words: Iterable[str]) -> str:
    """The words as written (no normalisation), as one group; never matches if empty."""
    parts = [re.escape(w) for w in words]
    return "(?:" + "|".join(parts) + ")" if parts else NEVER


def _literal(text: str) -> str:
    out = []
    for ch in text:
        if ch == " ":
            out.append(WS)
        elif ch == "'":
            out.append(APOS)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _template(src: str) -> str:
    """Spaces → horizontal white space, apostrophes → either apostrophe (outside classes)."""
    out: list[str] = []
    in_class = False
    prev = ""
    skip = False
    for i, ch in enumerate(src):
        if skip:
            skip = False
            prev = ch
            continue
        if ch == "[" and prev != "\\":
            in_class = True
        elif ch == "]" and prev != "\\":
            in_class = False
        if not in_class and ch == " ":
            nxt = src[i + 1 : i + 2]
            if nxt in ("?", "*"):  # optional space
                out.append(WS[:-1] + "*")
                skip = True
            else:
                out.append(WS)
        elif not in_class and ch == "'":
            out.append(APOS)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def _mandatory_placeholders(src: str) -> list[str]:
    """Placeholder names that every match of ``src`` must contain.

    A placeholder is mandatory when no enclosing group is optional (``?``, ``*``,
    ``{0,…}``), a lookaround, or has an alternative (``|``) at its level.
    """
    stack: list[list[str]] = [[]]  # placeholders per open group
    flags: list[bool] = [False]  # an alternation seen at this level
    out: list[str] = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # skip a character class
            j = i + 1
            if j < n and src[j] == "]":
                j += 1
            while j < n and src[j] != "]":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            continue
        m = _PLACEHOLDER.match(src, i)
        if m:
            stack[-1].append(m.group(1))
            i = m.end()
            continue
        if ch == "(":
            look = src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            stack.append(["\x00"] if look else [])
            flags.append(False)
        elif ch == "|":
            flags[-1] = True
        elif ch == ")" and len(stack) > 1:
            names, alt = stack.pop(), flags.pop()
            rest = src[i + 1 : i + 3]
            optional = rest[:1] in ("?", "*") or rest.startswith("{0")
            if not optional and not alt and "\x00" not in names:
                stack[-1].extend(names)
        i += 1
    if not flags[0]:
        out = [name for name in stack[0] if name != "\x00"]
    return out


@dataclass(frozen=True, slots=True)
class Cues:
    """Context tests of one language, compiled from the cue fields of its ``Dates``."""

    month: re.Pattern[str]  # before an ambiguous month name ("in May")
    year_before: re.Pattern[str]  # before a bare year, when the language needs a cue
    year_after: re.Pattern[str]  # after a bare year, idem
    time_title: re.Pattern[str]  # before a clock word: a title ("High Noon")
    time_title_window: int
    fraction: re.Pattern[str]  # after "<n> quarters": a fraction
    fraction_window: int
    hour_after_day: re.Pattern[str]  # after "<weekday> <n>": a clock time
    amount: re.Pattern[str]  # before "<one> <unit>": a rate after an amount
    modal: re.Pattern[str]  # before "<one> day": a vague future
    period_ended: re.Pattern[str]  # after "the year": a fiscal period
    age_before: re.Pattern[str]  # before "<n> years": an age
    age_after: re.Pattern[str]  # after "<n> years": an age


def _cues(data: Dates) -> Cues:
    def before(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(rf"\b{_alternation(words)}\s+$", re.IGNORECASE)

    return Cues(
        month=re.compile(rf"{_alternation(data.MONTH_CUES)}\s+$", re.IGNORECASE),
        year_before=re.compile(rf"(?:\b{_alternation(data.YEAR_CUES_BEFORE)})\s*$", re.IGNORECASE),
        year_after=re.compile(
            rf'^\s*(?:[.,;:)!?»”"]|$|-|–|{_alternation(data.YEAR_CUES_AFTER)}\b)'
        ),
        time_title=before(data.TIME_TITLE_WORDS),
        time_title_window=max(map(len, data.TIME_TITLE_WORDS), default=0) + 2,
        fraction=re.compile(rf"\s+{_alternation(data.FRACTION_AFTER)}\b"),
        fraction_window=max(map(len, data.FRACTION_AFTER), default=0) + 2,
        hour_after_day=re.compile(rf"^\s*(?:{data.HOUR_AFTER_DAY}|%|\d)"),
        amount=re.compile(rf"(?:\d|%|\b{_alternation(data.AMOUNT_WORDS)})[^\s.]*(?:\s+\w+)?\s+$"),
        modal=before(data.MODALS_BEFORE),
        period_ended=re.compile(data.PERIOD_ENDED, re.IGNORECASE),
        age_before=re.compile(data.AGE_BEFORE, re.IGNORECASE),
        age_after=re.compile(data.AGE_AFTER, re.IGNORECASE),
    )


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled patterns of one language, with its date vocabulary.

    ``gates[i]`` lists, for pattern ``i``, word sets of which the lower-cased text must
    contain at least one member each (a cheap test that skips most patterns).
    """

    lang: str
    data: Dates
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    gates: tuple[tuple[frozenset[str], ...], ...]
    modifier_re: re.Pattern[str]
    future_re: re.Pattern[str]
    past_re: re.Pattern[str]
    season_cue: re.Pattern[str]
    cues: Cues

    def plural(self, word: str) -> bool:
        """Whether ``word`` ends with the language's plural ending."""
        ending = self.data.PLURAL_ENDING
        return bool(ending) and norm(word).endswith(ending)


def _number_alt(data: Dates) -> str:
    return r"(?:\d+(?:[.,]\d+)?|" + _words(data.NUMBERS)[3:]


def _expansions(data: Dates) -> dict[str, str]:
    """Placeholder name → regex, for the language of ``data``."""
    expanded: dict[str, str] = dict(_GENERIC)
    expanded["DAY"] += data.DAY_SUFFIX
    expanded["AMPM"] = data.AMPM
    for ph, table in _TABLES.items():
        expanded[ph] = _words(getattr(data, table, ()))
    expanded["QUNIT"] = _words(k for k, v in data.UNITS.items() if v in ("Q", "H"))
    expanded["NUM"] = _number_alt(data)
    expanded["NUMWORD"] = _words(k for k in data.NUMBERS if k.isalpha())
    expanded["ART"] = data.ARTICLE
    return expanded


def _gate(src: str, data: Dates) -> tuple[frozenset[str], ...]:
    gate = []
    for name in _mandatory_placeholders(src):
        words = _TABLE_WORDS.get(name)
        table = getattr(data, _TABLES[name], None) if name in _TABLES else None
        if words is None and table:
            words = [norm(w) for w in table]
        elif words is None and name == "QUNIT":
            words = [norm(k) for k, v in data.UNITS.items() if v in ("Q", "H")]
        if words:  # the first chunk of each entry (spaces/apostrophes vary)
            gate.append(frozenset(re.split(r"[ ']", w)[0] or w for w in words))
    return tuple(gate)


def _compile(src: str, expanded: dict[str, str]) -> re.Pattern[str]:
    def sub(m: re.Match[str]) -> str:
        body = expanded[m.group(1)]
        return f"(?P<{m.group(2)}>{body})" if m.group(2) else body

    # Placeholders are expanded after the template pass so their own regex is intact.
    holders: list[str] = []

    def keep(m: re.Match[str]) -> str:
        holders.append(sub(m))
        return f"\x00{len(holders) - 1}\x00"

    body = _template(_PLACEHOLDER.sub(keep, src))
    body = re.sub("\x00(\\d+)\x00", lambda m: holders[int(m.group(1))], body)
    return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)


@langdata.derived
@cache
def grammar(code: str) -> Grammar:
    """The compiled grammar for ``code`` (cached per process)."""
    data = langdata.get(code).dates
    expanded = _expansions(data)
    compiled = tuple((_compile(src, expanded), kind) for src, kind in data.PATTERNS)
    gates = tuple(_gate(src, data) for src, _ in data.PATTERNS)
    mods = sorted(data.MODIFIERS, key=len, reverse=True)
    mod_alt = "|".join(_literal(norm(m)) + ("" if m.endswith("-") else WS) for m in mods)
    modifier_re = re.compile(rf"(?<![\w])(?:{mod_alt})$", re.IGNORECASE)
    return Grammar(
        code,
        data,
        compiled,
        gates,
        modifier_re,
        re.compile(data.FUTURE_CUES, re.IGNORECASE),
        re.compile(data.PAST_CUES, re.IGNORECASE),
        re.compile(_template(data.SEASON_CUE) + "$", re.IGNORECASE),
        _cues(data),
    )
