"""Casualty counts (fatalities, injured) from a sentence, language-neutral engine.

A count is a number (digits with space / thin-space / comma grouping, number words, or a
vague quantity such as "une vingtaine" / "dozens") followed, within a short window that
does not cross another number, by a death or injury word; or preceded by a killing or
wounding verb ("tuant trois soldats", "killed four people"). Vague quantities take a
conservative figure (ACLED's rule), and the qualifier ("au moins", "more than") is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventline import lang as langdata
from eventline.extract.triggers import Trigger
from eventline.lang.base import Casualties as CasualtyWords

WINDOW_TOKENS = 22
ARTICLE_WINDOW = 5
_TOKEN_RE = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"  # 34 568 (French grouping)
    r"|\d{1,3}(?:,\d{3})+(?!\d)"  # 34,568 (English grouping)
    r"|\d+(?:[.,]\d+)?"
    r"|[^\W\d_]+(?:-[^\W\d_]+)*['’]?"
    r"|[^\s\w]",
    re.UNICODE,
)
_YEAR_RE = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Casualties:
    """The toll a sentence states."""

    fatalities: int | None = None
    injured: int | None = None
    fatalities_qualifier: str | None = None
    injured_qualifier: str | None = None

    @property
    def qualifier(self) -> str | None:
        """The qualifier of the fatalities, else of the injured."""
        return self.fatalities_qualifier or self.injured_qualifier

    def __bool__(self) -> bool:
        return self.fatalities is not None or self.injured is not None


@dataclass(frozen=True, slots=True)
class _Num:
    value: int
    qualifier: str
    start: int  # token index of the first token of the number phrase
    end: int  # token index after the last


def _tokens(text: str) -> list[str]:
    return [m.group(0) for m in _TOKEN_RE.finditer(text)]


@cache
def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _tokens(phrase))


def _match_phrase(low: list[str], i: int, phrase: str) -> int:
    """Length in tokens of ``phrase`` if it starts at ``low[i]``, else 0."""
    words = _phrase_tokens(phrase)
    if tuple(low[i : i + len(words)]) == words:
        return len(words)
    return 0


@langdata.derived
@cache
def _casualty_words_re(lang: str) -> re.Pattern[str] | None:
    data = langdata.get(lang).casualties
    words = sorted(
        set(
            data.DEATH_WORDS
            + data.INJURY_WORDS
            + data.DEATH_VERBS_BEFORE
            + data.INJURY_VERBS_BEFORE
        ),
        key=len,
        reverse=True,
    )
    if not words:
        return None  # a language without death or injury words counts nothing
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _numbers(low: list[str], data: CasualtyWords) -> list[_Num]:
    nums: list[_Num] = []
    i = 0
    vague = sorted(data.VAGUE.items(), key=lambda kv: -len(kv[0]))
    quals = sorted(data.QUALIFIERS.items(), key=lambda kv: -len(kv[0]))
    while i < len(low):
        start = i
        qualifier = "exact"
        for phrase, q in quals:
            n = _match_phrase(low, i, phrase)
            if n:
                qualifier, i = q, i + n
                break
        found: _Num | None = None
        for phrase, (value, q) in vague:
            n = _match_phrase(low, i, phrase)
            if n:
                found = _Num(value, q if qualifier == "exact" else qualifier, start, i + n)
                break
        if found is None and i < len(low):
            tok = low[i]
            if tok[0].isdigit():
                digits = re.sub(r"[ \u00a0\u202f,]", "", tok)
                if digits.isdigit() and not _YEAR_RE.match(tok):
                    found = _Num(int(digits), qualifier, start, i + 1)
            elif tok in data.NUMBER_WORDS:
                value, j = data.NUMBER_WORDS[tok], i + 1
                # compound number words: "vingt et un" is rare in casualty counts; "deux cents"
                while j < len(low) and low[j] in data.NUMBER_WORDS:
                    nxt = data.NUMBER_WORDS[low[j]]
                    value = value * nxt if nxt in (100, 1000) else value + nxt
                    j += 1
                # articles ("un", "a") only count when a casualty noun follows directly
                found = _Num(value, qualifier, start, j)
        if found is None:
            i = start + 1
            continue
        nums.append(found)
        i = found.end
    return nums


def _is_not_count(low: list[str], num: _Num, data: CasualtyWords) -> bool:
    nxt = " ".join(low[num.end : num.end + 2])
    return any(nxt == w or nxt.startswith(w + " ") for w in data.NOT_COUNT_AFTER)


def _classify(low: list[str], num: _Num, limit: int, data: CasualtyWords) -> str | None:
    before = " ".join(low[max(0, num.start - 4) : num.start])
    for verb in data.DEATH_VERBS_BEFORE:
        if before.endswith(verb):
            return "death"
    for verb in data.INJURY_VERBS_BEFORE:
        if before.endswith(verb):
            return "injury"
    for j in range(num.end, min(limit, num.end + WINDOW_TOKENS)):
        tok = low[j]
        if tok in data.WINDOW_STOP:
            return None
        rest = " ".join(low[j : j + 3])
        if any(rest == w or rest.startswith(w + " ") for w in data.DEATH_WORDS):
            return "death"
        if any(rest == w or rest.startswith(w + " ") for w in data.INJURY_WORDS):
            return "injury"
    return None


def _article_is_count(low: list[str], num: _Num, limit: int, data: CasualtyWords) -> bool:
    words = data.DEATH_WORDS + data.INJURY_WORDS
    for j in range(num.end, min(limit, num.end + ARTICLE_WINDOW)):
        if low[j] in words and (j == num.end or low[j - 1] in data.PASSIVE_AUXILIARIES):
            return True
    return False


def extract_casualties(sentence: str, lang: str) -> Casualties:
    """Fatalities and injured stated in ``sentence`` (None when not stated)."""
    words_re = _casualty_words_re(lang)
    if words_re is None or not words_re.search(sentence):
        return Casualties()  # no death or injury word: nothing to count (fast path)
    data = langdata.get(lang).casualties
    low = [t.lower() for t in _tokens(sentence)]
    nums = [n for n in _numbers(low, data) if not _is_not_count(low, n, data)]
    dead: tuple[int, str] | None = None
    hurt: tuple[int, str] | None = None
    for k, num in enumerate(nums):
        limit = nums[k + 1].start if k + 1 < len(nums) else len(low)
        kind = _classify(low, num, limit, data)
        # A bare article ("un soldat", "a policeman") counts one person only when its
        # own clause says so at once: "un soldat a été tué", "a policeman was wounded".
        is_article = low[num.start] in data.ARTICLE_NUMBERS and num.end == num.start + 1
        if is_article and not _article_is_count(low, num, limit, data):
            continue
        if kind == "death" and dead is None:
            dead = (num.value, num.qualifier)
        elif kind == "injury" and hurt is None:
            hurt = (num.value, num.qualifier)
    return Casualties(
        fatalities=dead[0] if dead else None,
        injured=hurt[0] if hurt else None,
        fatalities_qualifier=dead[1] if dead else None,
        injured_qualifier=hurt[1] if hurt else None,
    )


def casualty_owner(triggers: Sequence[Trigger], data: CasualtyWords) -> int | None:
    """Index of the trigger a sentence's casualties belong to: its killing verb, else its
    first violent event, else its first protest or repression."""
    for k, t in enumerate(triggers):
        if t.event_type == "ASSAULT" and t.kind == "verb" and t.lemma in data.KILLING_VERBS:
            return k
    for k, t in enumerate(triggers):
        if t.event_type == "ASSAULT":
            return k
    for k, t in enumerate(triggers):
        if t.event_type in ("PROTEST", "COERCE"):
            return k
    return None
