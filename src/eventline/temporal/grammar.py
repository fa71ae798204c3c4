"""Compile a language's cue patterns (``eventline.lang.<code>.dates``) into regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from eventline import lang as langdata

WS = r"[ \t\u00a0\u202f]+"
APOS = "['’]"

# Placeholders whose regex does not depend on the language.
_GENERIC: dict[str, str] = {
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:er|re)?",
    "YEAR": r"(?:1[5-9]\d\d|20\d\d|['’]\d\d)(?![\d])",
    "YEARX": r"(?:1[5-9]\d\d|20\d\d|['’]?\d\d)(?![\d])",
    "YEAR4": r"(?:1[6-9]\d\d|20\d\d)",
    "YY": r"\d\d",
    "MONTHNUM": r"(?:1[0-2]|0?[1-9])",
    "HOUR": r"(?:[01]?\d|2[0-3])",
    "MIN": r"[0-5]\d",
    "AMPM": r"(?:[ap]\.[ \u00a0]?m\.?|[ap]m\b|[AP]M\b)",
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


def norm(word: str) -> str:
    """Lookup key for a matched word: lower case, one space, straight apostrophe."""
    return " ".join(word.lower().replace("’", "'").split())


def _words(words: object) -> str:
    items = sorted({norm(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    parts = [_literal(w) for w in items]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


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


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled patterns of one language, with its data module."""

    lang: str
    data: ModuleType
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    modifier_re: re.Pattern[str]
    future_re: re.Pattern[str]
    past_re: re.Pattern[str]
    season_cue: re.Pattern[str]


def _number_alt(data: ModuleType) -> str:
    return r"(?:\d+(?:[.,]\d+)?|" + _words(data.NUMBERS)[3:]


@cache
def grammar(code: str) -> Grammar:
    """The compiled grammar for ``code`` (cached per process)."""
    data = langdata.load(code, "dates")
    expanded: dict[str, str] = dict(_GENERIC)
    for ph, table in _TABLES.items():
        expanded[ph] = _words(getattr(data, table, ()))
    expanded["QUNIT"] = _words(k for k, v in data.UNITS.items() if v in ("Q", "H"))
    expanded["NUM"] = _number_alt(data)
    expanded["NUMWORD"] = _words(k for k in data.NUMBERS if k.isalpha())
    expanded["ART"] = data.ARTICLE

    def sub(m: re.Match[str]) -> str:
        body = expanded[m.group(1)]
        return f"(?P<{m.group(2)}>{body})" if m.group(2) else body

    compiled = []
    for src, kind in data.PATTERNS:
        # Placeholders are expanded after the template pass so their own regex is intact.
        holders: list[str] = []

        def keep(m: re.Match[str], holders: list[str] = holders) -> str:
            holders.append(sub(m))
            return f"\x00{len(holders) - 1}\x00"

        body = _template(_PLACEHOLDER.sub(keep, src))
        body = re.sub("\x00(\\d+)\x00", lambda m, h=holders: h[int(m.group(1))], body)
        compiled.append((re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE), kind))
    mods = sorted(data.MODIFIERS, key=len, reverse=True)
    mod_alt = "|".join(_literal(norm(m)) + ("" if m.endswith("-") else WS) for m in mods)
    modifier_re = re.compile(rf"(?<![\w])(?:{mod_alt})$", re.IGNORECASE)
    return Grammar(
        code,
        data,
        tuple(compiled),
        modifier_re,
        re.compile(data.FUTURE_CUES, re.IGNORECASE),
        re.compile(data.PAST_CUES, re.IGNORECASE),
        re.compile(_template(data.SEASON_CUE) + "$", re.IGNORECASE),
    )
