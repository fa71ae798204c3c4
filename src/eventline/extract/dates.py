"""Which time expression of a sentence dates which trigger.

A time expression dates the trigger whose clause chain (the trigger, its predicate and
the verbs it is embedded under) it attaches to: "clause" when it hangs off the trigger's
own clause, "statement" when it dates the verb that reports the event (reported events
then share it). The event's own expression wins over the statement's ("X announced on
Monday that it struck on Saturday": Saturday). A sentence with a single datable
expression gives it to every trigger left undated ("sentence").

Climbing from an expression to the clause stops at a noun it describes
(``CLIMB_STOPS``): "arrested on Thursday, ahead of the 2019 election" does not date the
arrest by 2019. An expression counting from a named happening ("three days after the
ambush", "la veille de l'attaque") is relative to that event: it carries the event
noun's lemma and the offset in days, and enrichment anchors it on that event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from eventline import syntax
from eventline.extract.triggers import Trigger, in_foreign_pp
from eventline.lang.base import Dates, LanguageData
from eventline.model import Timex

CLAUSE, STATEMENT, SENTENCE = "clause", "statement", "sentence"
MAX_CHAIN = 5  # verbs above the predicate a date may come from
MAX_CLIMB = 12  # heads above a time expression searched for a trigger's chain
NOMINAL = ("NOUN", "PROPN", "PRON")
# dependency labels of a noun that is a participant of its clause, not its time frame
PARTICIPANT_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "attr", "poss", "appos"}
)
_DURATION = re.compile(r"^P(\d+)([DW])$")
_UNIT_DAYS = {"D": 1, "W": 7}


@dataclass(frozen=True, slots=True)
class Dating:
    """The time expression that dates a trigger, and how it was attached.

    ``event``: for an expression counting from a named happening, the lemma of its noun
    and the offset in days from that event's date ("la veille de l'attaque": -1)."""

    timex: Timex
    via: str  # clause | statement | sentence
    event: tuple[str, int] | None = None


@dataclass(frozen=True, slots=True)
class _Relative:
    """An expression counting from the happening ``noun`` names, ``offset`` days away."""

    noun: Token
    offset: int


def _tokens(sent: Span, tx: Timex, offset: int) -> list[Token]:
    return [t for t in sent if tx.start <= offset + t.idx < tx.end]


def _root(toks: list[Token]) -> Token:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids:
            return t
    return toks[0]


def _datable(tx: Timex) -> bool:
    return tx.type in ("DATE", "TIME") and tx.date_start is not None


def _time_word(tok: Token, data: Dates, covered: frozenset[int]) -> bool:
    """A word of a time expression or a time noun ("la matinée de vendredi")."""
    word = tok.lemma_.lower()
    return tok.i in covered or word in data.UNITS or word in data.PARTS_OF_DAY


def _markers(noun: Token) -> list[str]:
    """The words introducing ``noun``'s phrase: its preposition, and the adverb that
    governs it ("ahead of", "lors de")."""
    words = (syntax.prep_of(noun) or "").split()
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    if gov.pos_ in ("ADV", "ADJ") and gov.i != noun.i:
        words.append(gov.lower_)
    return words


# --------------------------------------------------------------------------- climb stops


def _sequenced_noun(tok: Token, data: Dates) -> bool:
    """A noun put before or after the clause's event: "il a été arrêté jeudi, avant la
    présidentielle de 2019" (2019 dates the election, not the arrest)."""
    return any(w in data.SEQUENCE_PREPOSITIONS for w in _markers(tok))


def _participant_noun(tok: Token, data: Dates) -> bool:
    """A noun that is a participant of its clause: "sanctions on firms that helped
    Ruritania's March invasion" (March dates the invasion)."""
    return tok.dep_ in PARTICIPANT_DEPS


ClimbStop = Callable[[Token, Dates], bool]
CLIMB_STOPS: tuple[ClimbStop, ...] = (_sequenced_noun, _participant_noun)


def _ancestors(start: Token, data: Dates, covered: frozenset[int]) -> tuple[list[Token], bool]:
    """``start`` and its heads, up to a noun the expression describes (``CLIMB_STOPS``),
    and whether such a noun stopped the climb; time nouns and the words of expressions
    never stop it."""
    out = [start]
    tok = start
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
        if (
            tok.pos_ in NOMINAL
            and not _time_word(tok, data, covered)
            and any(stop(tok, data) for stop in CLIMB_STOPS)
        ):
            return out, True
    return out, False


# --------------------------------------------------------------------------- relative


def _duration_days(tx: Timex) -> int | None:
    m = _DURATION.match(tx.value)
    return int(m.group(1)) * _UNIT_DAYS[m.group(2)] if m else None


def _sequence_noun(root: Token, toks: list[Token], data: Dates) -> tuple[Token, int] | None:
    """The noun a "<n> <units> after/before" expression counts from, and the direction:
    "trois jours après l'embuscade" (the preposition inside the extent), "two days after
    the ambush" (the preposition heading the expression)."""
    head = root.head
    if head.pos_ == "ADP" and head.lower_ in data.SEQUENCE_PREPOSITIONS:
        for c in head.children:
            if c.dep_ == "pobj" and c.pos_ in NOMINAL:
                return c, data.SEQUENCE_PREPOSITIONS[head.lower_]
    ids = {t.i for t in toks}
    if head.pos_ in NOMINAL and head.i not in ids:
        for c in head.children:
            if c.dep_ == "case" and c.i in ids and c.lower_ in data.SEQUENCE_PREPOSITIONS:
                return head, data.SEQUENCE_PREPOSITIONS[c.lower_]
    return None


def _of_noun(root: Token, covered: frozenset[int], data: Dates) -> Token | None:
    """The happening an anaphoric day is "of": "la veille de l'attaque"."""
    for c in root.children:
        if (
            c.pos_ == "NOUN"
            and c.i not in covered
            and c.i > root.i
            and not _time_word(c, data, covered)
            and syntax.prep_of(c) is not None
            and not _sequenced_noun(c, data)
        ):
            return c
    return None


def _relative(
    tx: Timex,
    toks: list[Token],
    covered: frozenset[int],
    data: Dates,
    base: Callable[[Timex], date | None],
) -> _Relative | None:
    """The event ``tx`` counts from, if it names one, with the offset in days."""
    root = _root(toks)
    seq = _sequence_noun(root, toks, data)
    if seq is not None:
        noun, sign = seq
        days = _duration_days(tx) if tx.type == "DURATION" else None
        anchor_date = base(tx) if tx.type != "DURATION" else None
        if days is None and anchor_date is not None and tx.date_start is not None:
            return _Relative(noun, (tx.date_start - anchor_date).days)
        return _Relative(noun, sign * days) if days is not None and sign else None
    if tx.type not in ("DATE", "TIME") or tx.date_start is None:
        return None
    words = tx.text.lower().replace("’", "'")
    if not any(words.startswith(w) for w in data.ANAPHORIC_DAYS):
        return None
    of = _of_noun(root, covered, data)
    anchor_date = base(tx)
    if of is None or anchor_date is None:
        return None
    return _Relative(of, (tx.date_start - anchor_date).days)


def anchor_date_of(
    timexes: Sequence[Timex], reference: date | None
) -> Callable[[Timex], date | None]:
    """The date a relative expression was resolved against: its antecedent expression,
    else the reference date."""
    by_start = {t.start: t for t in timexes}

    def base(tx: Timex) -> date | None:
        if tx.anchor.startswith("timex:"):
            try:
                antecedent = by_start.get(int(tx.anchor.split(":", 1)[1]))
            except ValueError:
                return None
            return antecedent.date_start if antecedent is not None else None
        return reference

    return base


# --------------------------------------------------------------------------- attachment


def governing_chain(trig: Trigger) -> list[int]:
    """The trigger, its predicate and the verbs it is embedded under (reported speech,
    control).

    An event noun inside a prepositional phrase of another clause ("in retaliation for
    the attack on X, the army struck on Tuesday") is an earlier event: only its own
    modifiers date it."""
    if trig.kind == "noun" and in_foreign_pp(trig):
        return [trig.token.i]
    chain = [trig.token.i, trig.predicate.i]
    t = trig.predicate
    for _ in range(MAX_CHAIN):
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl"):
            break
        t = t.head
        chain.append(t.i)
    return chain


@dataclass(frozen=True, slots=True)
class _Hit:
    """One expression reaching one trigger's chain."""

    rank: tuple[int, int, int, int]  # statement?, relative?, climb steps, text order
    dating: Dating


def _statement_level(trig: Trigger, reporting: frozenset[str]) -> int:
    """The first position of ``trig``'s chain that is a statement's: the verb it is
    embedded under, or its own predicate when that reports it ("a revendiqué
    l'attaque dans une vidéo diffusée jeudi": Thursday dates the claim)."""
    own = trig.predicate.i != trig.token.i
    return 1 if own and trig.predicate.lemma_.lower() in reporting else 2


def _hit(
    ancestors: list[Token],
    chain: list[int],
    statement_level: int,
    order: int,
    dating: Dating,
    relative: bool,
) -> _Hit | None:
    for steps, anc in enumerate(ancestors):
        if anc.i in chain:
            level = chain.index(anc.i)
            via = STATEMENT if level >= statement_level else CLAUSE
            rank = (int(via == STATEMENT), int(relative), steps, order)
            return _Hit(rank, Dating(dating.timex, via, dating.event))
    return None


def attach_dates(
    sent: Span,
    offset: int,
    timexes: Sequence[Timex],
    triggers: Sequence[Trigger],
    lang: LanguageData,
    base: Callable[[Timex], date | None] = lambda tx: None,
) -> dict[int, Dating]:
    """The dating of each trigger (by index) from the sentence's time expressions.

    ``base`` gives the date a relative expression was resolved against
    (:func:`anchor_date_of`)."""
    data = lang.dates
    chains = [governing_chain(t) for t in triggers]
    levels = [_statement_level(t, lang.triggers.REPORTING_VERBS) for t in triggers]
    spans = [(tx, _tokens(sent, tx, offset)) for tx in timexes]
    covered = frozenset(t.i for _, toks in spans for t in toks)
    best: dict[int, _Hit] = {}
    plain: list[Timex] = []  # datable expressions that count from no event
    for order, (tx, toks) in enumerate(spans):
        if not toks:
            continue
        rel = _relative(tx, toks, covered, data, base)
        if rel is None and not _datable(tx):
            continue
        start = rel.noun if rel is not None else _root(toks)
        dating = Dating(tx, CLAUSE, (rel.noun.lemma_.lower(), rel.offset) if rel else None)
        ancestors, stopped = _ancestors(start, data, covered)
        if rel is None and not stopped:
            plain.append(tx)
        for k, chain in enumerate(chains):
            hit = _hit(ancestors, chain, levels[k], order, dating, rel is not None)
            if hit is not None and (k not in best or hit.rank < best[k].rank):
                best[k] = hit
    dated = {k: h.dating for k, h in best.items()}
    if len(plain) == 1:
        for k in range(len(triggers)):
            dated.setdefault(k, Dating(plain[0], SENTENCE))
    return dated
