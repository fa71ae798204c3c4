"""Casualty counts (fatalities, injured) from a sentence, language-neutral engine.

Numbers are read from the text: digits with space / thin-space / comma grouping, number
words, or a vague quantity ("une vingtaine", "dozens") with the qualifier before it ("au
moins", "more than"). Vague quantities take a conservative figure (ACLED's rule); the too
vague ones ("plusieurs", "many") are read but count nothing: the toll stays unstated.
A digit run glued to letters ("M23", "3rd", "8ème") is a name or an ordinal, never a count.

Each number is then given a kind (death, injury) in two ways:

* from the parse, when the sentence is a spaCy ``Span``: the victims of a killing,
  wounding or dying predicate (its passive subject, its object, the subject of "died")
  are counted, their coordinated groups summed ("four police and 39 civilians were
  killed" = 43) and a lone victim counted as one ("the village head was killed");
* from the words around it (:data:`TEXT_RULES`), for what the parse leaves: a killing
  verb just before ("tuant trois soldats"), a death or injury word after it within a
  short window ("40 morts", "12 people were wounded"), a toll word before it ("the death
  toll rose to 35").

A subset after "dont" / "including" is part of an earlier total, not a count of its own;
a combined toll ("27 morts et blessés") splits into neither kind and stays unstated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span, Token

from eventline import lang as langdata
from eventline import syntax
from eventline.columns import columns
from eventline.enrich import actors
from eventline.extract.sentences import doc_text
from eventline.extract.triggers import Trigger
from eventline.lang.base import Casualties as CasualtyWords
from eventline.lang.base import LanguageData

WINDOW_TOKENS = 22
ARTICLE_WINDOW = 5
TOLL_WINDOW = 8  # tokens between a toll word and its number ("death toll ... rose to 35")
JOIN_GAP = 4  # at most this many words between two coordinated counts ("4 police and 39")
DEATH, INJURY, COMBINED = "death", "injury", "combined"
_TOKEN_RE = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"  # 34 568 (French grouping)
    r"|\d{1,3}(?:,\d{3})+(?!\d)"  # 34,568 (English grouping)
    r"|[^\W\d_]+(?:-?\d+)+[^\W_]*"  # a name with digits: M23, Mi-35, G5
    r"|\d+[^\W\d_]+\w*"  # an ordinal or a unit glued to digits: 3rd, 8ème, 10km
    r"|\d+(?:[.,]\d+)?"
    r"|[^\W\d_]+(?:-[^\W\d_]+)*['’]?"
    r"|[^\s\w]",
    re.UNICODE,
)
_YEAR_RE = re.compile(r"^(1[89]|20)\d\d$")
_QUOTES = frozenset('"«»“”„‹›')


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
    value: int | None  # None: a quantity too vague to count ("plusieurs", "many")
    qualifier: str
    start: int  # token index of the first token of the number phrase (its qualifier)
    end: int  # token index after the last
    char_start: int = 0
    char_end: int = 0
    subset: bool = False  # after "dont" / "including": part of an earlier total


@dataclass(frozen=True, slots=True)
class _Count:
    """A number with its kind (death, injury, combined) or none yet."""

    num: _Num
    kind: str | None


@dataclass(frozen=True, slots=True)
class _Text:
    """The sentence as lower-cased tokens with their character offsets."""

    low: list[str]
    spans: list[tuple[int, int]]
    data: CasualtyWords


def _token_spans(text: str) -> list[tuple[str, int, int]]:
    """Tokens with their offsets; quotation marks are dropped, as a toll is often quoted
    in part: un bilan d'une « vingtaine de morts »."""
    return [
        (m.group(0), m.start(), m.end())
        for m in _TOKEN_RE.finditer(text)
        if m.group(0) not in _QUOTES
    ]


@cache
def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t, _, _ in _token_spans(phrase))


def _match_phrase(low: list[str], i: int, phrase: str) -> int:
    """Length in tokens of ``phrase`` if it starts at ``low[i]``, else 0."""
    words = _phrase_tokens(phrase)
    if tuple(low[i : i + len(words)]) == words:
        return len(words)
    return 0


@cache
def _by_first_token(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The token tuples of ``phrases`` by their first token (a phrase of no token never
    matches: its length is 0)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = _phrase_tokens(p)
        if words:
            index.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _by_last_token(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The token tuples of ``phrases`` by their last token."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = _phrase_tokens(p)
        if words:
            index.setdefault(words[-1], []).append(words)
    return {k: tuple(v) for k, v in index.items()}


def _starts_with_any(low: list[str], j: int, phrases: Sequence[str]) -> int:
    """Length of the longest of ``phrases`` starting at ``low[j]``, else 0."""
    if not 0 <= j < len(low):
        return max((_match_phrase(low, j, p) for p in phrases), default=0)
    best = 0
    for words in _by_first_token(tuple(phrases)).get(low[j], ()):
        n = len(words)
        if n > best and tuple(low[j : j + n]) == words:
            best = n
    return best


def _ends_with_any(low: list[str], i: int, phrases: Sequence[str]) -> bool:
    """One of ``phrases`` ends right before ``low[i]``."""
    if not 0 < i <= len(low):
        return any(
            (n := len(_phrase_tokens(p))) and tuple(low[max(0, i - n) : i]) == _phrase_tokens(p)
            for p in phrases
        )
    return any(
        tuple(low[max(0, i - len(words)) : i]) == words
        for words in _by_last_token(tuple(phrases)).get(low[i - 1], ())
    )


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
            + data.TOLL_WORDS
        ),
        key=len,
        reverse=True,
    )
    if not words:
        return None  # a language without death or injury words counts nothing
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


# --------------------------------------------------------------------------- numbers


def _number_at(low: list[str], i: int, data: CasualtyWords) -> tuple[int | None, int] | None:
    """(value, end) of the number starting at ``low[i]`` (value None: too vague)."""
    n = _starts_with_any(low, i, data.UNCOUNTED)
    if n:
        return None, i + n
    tok = low[i]
    if tok[0].isdigit():
        digits = re.sub(r"[ \u00a0\u202f,]", "", tok)
        if digits.isdigit() and not _YEAR_RE.match(tok):
            return int(digits), i + 1
        return None
    parts = tok.split("-")
    if len(parts) > 1 and all(p in data.NUMBER_WORDS for p in parts):
        return sum(data.NUMBER_WORDS[p] for p in parts), i + 1  # "twenty-seven"
    if tok in data.NUMBER_WORDS:
        value, j = data.NUMBER_WORDS[tok], i + 1
        # compound number words: "deux cents", "twenty five"
        while j < len(low) and low[j] in data.NUMBER_WORDS:
            nxt = data.NUMBER_WORDS[low[j]]
            value = value * nxt if nxt in (100, 1000) else value + nxt
            j += 1
        return value, j
    return None


@cache
def _vague_by_first(
    vague: tuple[tuple[str, tuple[int, str]], ...],
) -> dict[str, tuple[tuple[tuple[str, ...], tuple[int, str]], ...]]:
    """The vague quantities (``VAGUE`` items), longest phrase first, by first token."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[int, str]]]] = {}
    for phrase, value in sorted(vague, key=lambda kv: -len(kv[0])):
        words = _phrase_tokens(phrase)
        if words:
            index.setdefault(words[0], []).append((words, value))
    return {k: tuple(v) for k, v in index.items()}


def _quantity_at(
    low: list[str], i: int, qualifier: str, data: CasualtyWords
) -> tuple[int | None, str, int] | None:
    """(value, qualifier, end) of the vague quantity or number starting at ``low[i]``."""
    vague = _vague_by_first(tuple(data.VAGUE.items())).get(low[i], ()) if i < len(low) else ()
    for words, (figure, q) in vague:
        n = len(words)
        if tuple(low[i : i + n]) == words:
            return figure, q if qualifier == "exact" else qualifier, i + n
    read = _number_at(low, i, data) if i < len(low) else None
    return (read[0], qualifier, read[1]) if read is not None else None


def _numbers(tx: _Text) -> list[_Num]:
    low, data = tx.low, tx.data
    nums: list[_Num] = []
    quals = sorted(data.QUALIFIERS.items(), key=lambda kv: -len(_phrase_tokens(kv[0])))
    first = _by_first_token(tuple(p for p, _ in quals))
    i = 0
    while i < len(low):
        start = i
        qual = (
            next(((q, n) for p, q in quals if (n := _match_phrase(low, i, p))), None)
            if low[i] in first
            else None
        )
        found = _quantity_at(low, i + qual[1], qual[0], data) if qual is not None else None
        if found is None:  # no qualifier, or a qualifier that is itself a quantity's start
            found = _quantity_at(low, i, "exact", data)
        if found is None:
            i = start + 1
            continue
        value, q, end = found
        subset = _ends_with_any(low, start, data.SUBSET_MARKERS)
        nums.append(_Num(value, q, start, end, tx.spans[start][0], tx.spans[end - 1][1], subset))
        i = end
    return nums


def _is_not_count(low: list[str], num: _Num, data: CasualtyWords) -> bool:
    return _starts_with_any(low, num.end, data.NOT_COUNT_AFTER) > 0


def _is_breakdown(tx: _Text, num: _Num) -> bool:
    """A subset number with its own casualty word ("12 victimes, dont 5 morts") is a
    breakdown by kind, read on its own."""
    d = tx.data
    return _starts_with_any(tx.low, num.end, d.DEATH_WORDS + d.INJURY_WORDS) > 0


# --------------------------------------------------------------------------- text rules

TextRule = Callable[[_Text, _Num, int], str | None]


def _verb_before(tx: _Text, num: _Num, limit: int) -> str | None:
    """A killing or wounding verb just before the number: "tuant trois soldats",
    "killed four people"."""
    if _ends_with_any(tx.low, num.start, tx.data.DEATH_VERBS_BEFORE):
        return DEATH
    if _ends_with_any(tx.low, num.start, tx.data.INJURY_VERBS_BEFORE):
        return INJURY
    return None


def _combined_after(tx: _Text, j: int, first: Sequence[str], second: Sequence[str]) -> bool:
    """``low[j]`` starts a word of ``first`` joined to one of ``second``: "morts et
    blessés", "killed or wounded"."""
    n = _starts_with_any(tx.low, j, first)
    if not n or j + n >= len(tx.low) or tx.low[j + n] not in tx.data.COUNT_JOINERS:
        return False
    return _starts_with_any(tx.low, j + n + 1, second) > 0


def _word_after(tx: _Text, num: _Num, limit: int) -> str | None:
    """A death or injury word after the number, before the next number or clause stop:
    "deux morts", "12 people were wounded"; both joined make a combined toll ("27 morts
    et blessés"), which counts as neither."""
    low, d = tx.low, tx.data
    for j in range(num.end, min(limit, num.end + WINDOW_TOKENS)):
        if low[j] in d.WINDOW_STOP:
            return None
        if _combined_after(tx, j, d.DEATH_WORDS, d.INJURY_WORDS) or _combined_after(
            tx, j, d.INJURY_WORDS, d.DEATH_WORDS
        ):
            return COMBINED
        if _starts_with_any(low, j, d.DEATH_WORDS):
            return DEATH
        if _starts_with_any(low, j, d.INJURY_WORDS):
            return INJURY
    return None


def _toll_before(tx: _Text, num: _Num, limit: int) -> str | None:
    """A toll word shortly before a number no casualty word follows: "the death toll rose
    to 35", "un bilan provisoire de 18"."""
    low, d = tx.low, tx.data
    if any(_ends_with_any(low, j, d.SUBSET_MARKERS) for j in range(num.end, limit + 1)):
        return None  # "un bilan de 12 victimes, dont 5 morts": the total mixes kinds
    for j in range(num.start - 1, max(-1, num.start - 1 - TOLL_WINDOW), -1):
        if low[j] in d.WINDOW_STOP or (low[j][0].isdigit() and j < num.start):
            return None
        if _starts_with_any(low, j, d.TOLL_WORDS):
            return DEATH
    return None


# Ordered: the first rule giving a kind decides.
TEXT_RULES: tuple[TextRule, ...] = (_verb_before, _word_after, _toll_before)


def _after_joiner(tx: _Text, i: int) -> bool:
    """``low[i]`` follows a joiner, maybe through an elided word ("et d'un")."""
    j = i - 1
    if j > 0 and tx.low[j].endswith(("'", "’")):
        j -= 1
    return j >= 0 and tx.low[j] in tx.data.COUNT_JOINERS


def _article_is_count(tx: _Text, num: _Num, limit: int) -> bool:
    """A bare article ("un soldat", "a policeman") counts one person only when its own
    clause says so at once: "un soldat a été tué", "a policeman was wounded", "et d'un
    gendarme grièvement blessé"."""
    low, d = tx.low, tx.data
    words = d.DEATH_WORDS + d.INJURY_WORDS
    for j in range(num.end, min(limit, num.end + ARTICLE_WINDOW)):
        if low[j] not in words:
            continue
        k = j - 1
        while k > num.end and low[k] in d.SEVERITY_WORDS:
            k -= 1  # "très grièvement blessé"
        if k < num.end or low[k] in d.PASSIVE_AUXILIARIES:
            return True
        if k == num.end and _after_joiner(tx, num.start):
            return True  # "trois morts et (d')un gendarme blessé"
    return False


def _text_kinds(tx: _Text, nums: list[_Num]) -> list[_Count]:
    """Every number with the kind the words around it give (subsets dropped)."""
    counted = [n for n in nums if not n.subset or _is_breakdown(tx, n)]
    out: list[_Count] = []
    for k, num in enumerate(counted):
        limit = counted[k + 1].start if k + 1 < len(counted) else len(tx.low)
        is_article = tx.low[num.start] in tx.data.ARTICLE_NUMBERS and num.end == num.start + 1
        if is_article and not _article_is_count(tx, num, limit):
            continue
        kind = next((kd for r in TEXT_RULES if (kd := r(tx, num, limit)) is not None), None)
        out.append(_Count(num, kind))
    return out


def _joined(tx: _Text, a: _Num, b: _Num) -> bool:
    """``a`` and ``b`` are coordinated counts: "4 police and 39 civilians", "trois
    soldats, deux policiers et un civil"."""
    between = tx.low[a.end : b.start]
    if not between or len(between) > JOIN_GAP or between[-1] not in tx.data.COUNT_JOINERS:
        return False
    casualty = tx.data.DEATH_WORDS + tx.data.INJURY_WORDS
    return all(w[0].isalpha() and w not in casualty for w in between[:-1])


def _sum_joined(tx: _Text, counts: list[_Count]) -> list[_Count]:
    """Coordinated counts sharing one kind (or with one side unknown) add up."""
    out: list[_Count] = []
    for c in counts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _joined(tx, prev.num, c.num)
            and (prev.kind is None or c.kind is None or prev.kind == c.kind)
            and COMBINED not in (prev.kind, c.kind)
        ):
            total = None
            if prev.num.value is not None and c.num.value is not None:
                total = prev.num.value + c.num.value
            merged = replace(prev.num, value=total, end=c.num.end, char_end=c.num.char_end)
            out[-1] = _Count(merged, prev.kind or c.kind)
            continue
        out.append(c)
    return out


# --------------------------------------------------------------------------- parse rules

VictimRule = Callable[[Token, CasualtyWords], Token | None]


def _predicate_kind(tok: Token, data: CasualtyWords) -> str | None:
    if tok.pos_ not in ("VERB", "ADJ", "AUX"):
        return None  # a noun ("40 morts") is read from the text
    words = {tok.lemma_.lower(), tok.lower_}
    if words & (data.KILLING_LEMMAS | data.DYING_LEMMAS):
        return DEATH
    if words & data.WOUNDING_LEMMAS:
        return INJURY
    return None


def _passive_victims(pred: Token, data: CasualtyWords) -> Token | None:
    """The subject of a passive killing or wounding verb: "five policemen, who ..., have
    been killed"."""
    if not syntax.is_passive(pred) or {pred.lemma_.lower(), pred.lower_} & data.DYING_LEMMAS:
        return None  # "est décédé" is no passive
    return syntax.passive_subject(pred)


def _dying_subject(pred: Token, data: CasualtyWords) -> Token | None:
    """The subject of a dying predicate: "cinq soldats sont morts", "three people died"."""
    if not ({pred.lemma_.lower(), pred.lower_} & data.DYING_LEMMAS):
        return None
    return syntax.subject(pred)


def _active_victims(pred: Token, data: CasualtyWords) -> Token | None:
    """The object of an active killing verb, even past a date: "a tué samedi au moins 22
    personnes", "killing at least 15 civilians" (a bare noun after the verb counts too,
    with a number, as parsers label such objects oblique)."""
    if syntax.is_passive(pred) or pred.pos_ not in ("VERB", "AUX"):
        return None
    if {pred.lemma_.lower(), pred.lower_} & data.DYING_LEMMAS:
        return None
    obj = syntax.direct_object(pred)
    if obj is not None:
        return obj
    return next(
        (
            c
            for c in pred.rights
            if c.pos_ in ("NOUN", "PROPN")
            and c.dep_ not in ("conj", "appos")
            and syntax.prep_of(c) is None
            and any(g.pos_ == "NUM" or g.dep_ == "nummod" for g in c.lefts)
        ),
        None,
    )


def _modified_noun(pred: Token, data: CasualtyWords) -> Token | None:
    """The noun a past participle describes: "22 personnes tuées", "un gendarme blessé"
    (the noun of an active one is the killer: "an air strike killing 100 people")."""
    if pred.dep_ not in ("acl", "amod") or pred.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if "Pres" in pred.morph.get("Tense", []) or syntax.direct_object(pred) is not None:
        return None
    return pred.head


# Ordered: the first rule naming the victims of a predicate decides.
VICTIM_RULES: tuple[VictimRule, ...] = (
    _passive_victims,
    _dying_subject,
    _active_victims,
    _modified_noun,
)


def _article(tok: Token, data: CasualtyWords) -> bool:
    """``tok`` has a singular article: "a passer-by", "un civil"."""
    return any(c.dep_ == "det" and c.lower_ in data.ARTICLE_NUMBERS for c in tok.children)


def _conjuncts(tok: Token, data: CasualtyWords) -> list[Token]:
    """``tok`` and the phrases coordinated with it (a parser may also hang them on the
    verb as a second subject: "trois soldats, deux policiers et un civil")."""
    siblings = [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i]
    out, todo = [], [tok, *siblings] if tok.dep_ in syntax.PASS_SUBJ | syntax.SUBJ else [tok]
    while todo:
        t = todo.pop(0)
        out.append(t)
        # a compound the tagger split may be no noun: "and a passer-by"
        todo.extend(
            c
            for c in t.children
            if c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN") or _article(c, data))
        )
    return sorted(out, key=lambda t: t.i)


def _num_of(member: Token, offset: int, nums: list[_Num]) -> _Num | None:
    """The number read on ``member`` itself or on a word before it in its phrase."""
    toks = [member] + [c for c in member.children if c.i < member.i and c.dep_ != "conj"]
    for t in toks:
        pos = t.idx - offset
        for n in nums:
            if n.char_start <= pos < n.char_end:
                return n
    return None


def _is_one(member: Token, data: CasualtyWords) -> bool:
    """A singular victim coordinated with a count counts one ("the village head and two
    residents" = 3); alone it states no number."""
    if member.pos_ not in ("NOUN", "PROPN"):
        return _article(member, data)
    return "Plur" not in member.morph.get("Number", [])


def _victim_count(victim: Token, offset: int, nums: list[_Num], data: CasualtyWords) -> _Num | None:
    """The count of a victims phrase and its coordinated phrases (None: not stated)."""
    total, qualifier, first = 0, "exact", None
    for member in _conjuncts(victim, data):
        if member.lemma_.lower() in data.COLLECTIVE_NOUNS:
            return _Num(None, "exact", -1, -1, -1, -1)  # "a family": several, uncounted
        num = _num_of(member, offset, nums)
        if num is not None and num.subset:
            continue
        if num is not None:
            if num.value is None:
                return replace(num, value=None)  # "plusieurs policiers": vague, unstated
            total += num.value
            qualifier = num.qualifier if first is None else qualifier
            first = first or num
        elif _is_one(member, data):
            total += 1
        else:
            return None  # "des civils": a plural without a number
    if first is None:
        return None  # "the village head was killed": no number stated
    return replace(first, value=total, qualifier=qualifier)


def _lost_people(
    tok: Token, offset: int, nums: list[_Num], data: CasualtyWords, code: str
) -> _Num | None:
    """The counted people a loss verb names: "a perdu quatre agents et du matériel",
    "the unit lost two men" (not "lost two villages", nor the materiel lost with them)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in data.LOSING_LEMMAS:
        return None
    obj = syntax.direct_object(tok)
    if obj is None or not actors.is_actor_head(obj.lemma_.lower(), code):
        return None
    num = _num_of(obj, offset, nums)
    return num if num is not None and num.value is not None and not num.subset else None


def _parse_kinds(span: Span, nums: list[_Num], data: CasualtyWords, code: str) -> dict[str, _Num]:
    """The first count of each kind the parse gives: the victims of the sentence's
    killing, wounding and dying predicates, and the people a side lost."""
    out: dict[str, _Num] = {}
    offset = span.start_char
    for tok in span:
        lost = _lost_people(tok, offset, nums, data, code) if DEATH not in out else None
        if lost is not None:
            out[DEATH] = lost
            continue
        kind = _predicate_kind(tok, data)
        if kind is None or kind in out:
            continue
        victim = next((v for r in VICTIM_RULES if (v := r(tok, data)) is not None), None)
        if victim is None:
            continue
        count = _victim_count(victim, offset, nums, data)
        if count is not None:
            out[kind] = count
    return out


# --------------------------------------------------------------------------- the toll


def _has_predicate(sentence: str | Span, data: CasualtyWords) -> bool:
    """A parsed sentence with a killing, wounding, dying or loss verb in any form ("ont
    exécuté quatre otages", "a perdu quatre agents")."""
    lemmas = data.KILLING_LEMMAS | data.WOUNDING_LEMMAS | data.DYING_LEMMAS | data.LOSING_LEMMAS
    if not isinstance(sentence, Span):
        return False
    return any(w in lemmas for w in columns(sentence.doc).lemma[sentence.start : sentence.end])


def extract_casualties(sentence: str | Span, lang: str) -> Casualties:
    """Fatalities and injured stated in ``sentence`` (None when not stated); a parsed
    sentence (``Span``) is also read through its victims' phrases."""
    if isinstance(sentence, str):
        text = sentence
    else:  # sentence.text, without a walk over its tokens
        text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]
    words_re = _casualty_words_re(lang)
    data = langdata.get(lang).casualties
    if (words_re is None or not words_re.search(text)) and not _has_predicate(sentence, data):
        return Casualties()  # no death, injury or loss word: nothing to count (fast path)
    toks = _token_spans(text)
    tx = _Text([t.lower() for t, _, _ in toks], [(s, e) for _, s, e in toks], data)
    negative = sorted(langdata.get(lang).triggers.NEGATIVE_DETERMINERS)
    nums = [
        n
        for n in _numbers(tx)
        if not _is_not_count(tx.low, n, data) and not _ends_with_any(tx.low, n.start, negative)
    ]  # "no one was hurt" counts no one
    counts = _sum_joined(tx, _text_kinds(tx, nums))
    taken: dict[str, _Num] = {}
    combined = {c.num.char_start for c in counts if c.kind == COMBINED}
    if isinstance(sentence, Span):
        parsed = _parse_kinds(sentence, nums, data, lang)
        taken.update({k: n for k, n in parsed.items() if n.char_start not in combined})
    for c in counts:
        if c.kind == COMBINED:
            taken.setdefault(DEATH, replace(c.num, value=None))
            taken.setdefault(INJURY, replace(c.num, value=None))
        elif c.kind is not None:
            taken.setdefault(c.kind, c.num)
    dead, hurt = taken.get(DEATH), taken.get(INJURY)
    dead_n = dead.value if dead is not None else None
    hurt_n = hurt.value if hurt is not None else None
    return Casualties(
        fatalities=dead_n,
        injured=hurt_n,
        fatalities_qualifier=dead.qualifier if dead is not None and dead_n is not None else None,
        injured_qualifier=hurt.qualifier if hurt is not None and hurt_n is not None else None,
    )


TOLL_ENTRY = ("ASSAULT", None, "18")  # PLOVER type, mode, CAMEO root of a bare toll


def _toll_word(sent: Span, data: CasualtyWords) -> Token | None:
    """The word stating the toll: the first killing, wounding or dying predicate, else
    the first death or injury word, else the first toll word ("death toll")."""
    for tok in sent:
        if _predicate_kind(tok, data) is not None:
            return tok
    for words in (data.DEATH_WORDS + data.INJURY_WORDS, data.TOLL_WORDS):
        found = next((t for t in sent if _starts_with_any([t.lower_], 0, words)), None)
        if found is not None:
            return found
    return None


def unowned_toll_trigger(sent: Span, lang: LanguageData) -> Trigger | None:
    """A violent event for a sentence stating a toll that no trigger owns: "the death
    toll rose to 35", "un bilan de 11 soldats tués", "cinq gardes sont morts"."""
    tok = _toll_word(sent, lang.casualties)
    if tok is None:
        return None
    event_type, mode, cameo = TOLL_ENTRY
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else None
    kind = "noun" if noun is not None else "verb"
    predicate = syntax.clause_head(tok) if noun is not None else tok
    return Trigger(tok, predicate, noun, event_type, mode, cameo, tok.lemma_.lower(), kind)


def _adverbial_link(a: Token, b: Token) -> bool:
    """Verb ``b`` heads an adverbial clause of ``a`` (or of a verb coordinated with
    ``a``), or the reverse: "were killed and 30 injured when jets bombed", "attacked,
    killing"."""
    for x, y in ((a, b), (b, a)):
        if y.dep_ == "advcl" and (y.head == x or (y.head.dep_ == "conj" and y.head.head == x)):
            return True
    return False


def _attack_of_killing(triggers: Sequence[Trigger], data: CasualtyWords) -> int | None:
    """Index of the attack a killing word of the sentence hangs off: "witnessed a
    massacre after the militia attacked, killing 100" (the toll is the attack's)."""
    if not triggers:
        return None
    by_predicate = {t.predicate.i: k for k, t in enumerate(triggers) if t.event_type == "ASSAULT"}
    for tok in triggers[0].predicate.sent:
        if tok.pos_ != "VERB" or _predicate_kind(tok, data) is None:
            continue
        for a in [tok, *tok.ancestors]:
            if a.i in by_predicate:
                return by_predicate[a.i]
    return None


def casualty_owner(triggers: Sequence[Trigger], data: CasualtyWords) -> int | None:
    """Index of the trigger a sentence's casualties belong to: its killing verb (or the
    attack that verb is the toll of, linked by an adverbial clause), else its first violent
    event, else its first protest or repression."""
    for k, t in enumerate(triggers):
        if t.event_type == "ASSAULT" and t.kind == "verb" and t.lemma in data.KILLING_VERBS:
            attacks = (
                m
                for m, o in enumerate(triggers)
                if m != k
                and o.event_type == "ASSAULT"
                and o.kind == "verb"
                and o.lemma not in data.KILLING_VERBS
                and _adverbial_link(t.predicate, o.predicate)
            )
            return next(attacks, k)
    governing = _attack_of_killing(triggers, data)
    if governing is not None:
        return governing
    for k, t in enumerate(triggers):
        if t.event_type == "ASSAULT":
            return k
    for k, t in enumerate(triggers):
        if t.event_type in ("PROTEST", "COERCE"):
            return k
    return None
