"""Verb tense around a time expression: -1 past, 0 present/unknown, +1 future.

The auxiliaries and modals read here are the language's (``Dates.FUTURE_AUXILIARIES``…);
tags (VBD, MD…), dependency labels (aux) and morphology (Tense=Fut) are the model's codes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventline.lang.base import Dates
    from eventline.nlp import Paragraph
    from eventline.temporal.grammar import Grammar

_SENT_END = re.compile(r"[.!?]\s|\n")


def _morph(tok: Token, feature: str) -> list[str]:
    return tok.morph.get(feature, [])


def _future(tok: Token, group: list[Token], data: Dates) -> bool:
    """Future morphology, a future auxiliary or modal, or "aller" + infinitive."""
    for t in group:
        if "Fut" in _morph(t, "Tense"):
            return True
        if t is not tok and t.lemma_.lower() in data.FUTURE_AUXILIARIES:
            return True
        if t.tag_ == "MD" and t.lower_ in data.FUTURE_MODALS:
            return True
    return tok.lemma_.lower() in data.INFINITIVE_FUTURE_VERBS and any(
        _morph(c, "VerbForm") == ["Inf"] for c in tok.children
    )


def _past(tok: Token, group: list[Token], data: Dates) -> bool:
    """Past morphology or tag, or a perfect; a present passive is not past."""
    present_passive = any(
        t.tag_ in ("VBZ", "VBP") and t.lemma_ in data.PASSIVE_AUXILIARIES for t in group[1:]
    )
    for t in group:
        tense = _morph(t, "Tense")
        if t.tag_ == "VBN" and t is tok and present_passive:
            continue  # "is scheduled to close Monday": present passive
        if "Past" in tense or "Imp" in tense or t.tag_ in ("VBD",):
            return True
        if (
            t.tag_ == "VBN"
            and t is tok
            and any(c.lower_ in data.PERFECT_AUXILIARIES for c in group)
        ):
            return True
    return (
        _morph(tok, "VerbForm") == ["Part"]
        and "Past" in _morph(tok, "Tense")
        and not present_passive  # "is scheduled to close Monday"
    )


def _token_tense(tok: Token, data: Dates, depth: int = 0) -> int:
    """Tense of a verb with its auxiliaries."""
    group = [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]
    if _future(tok, group, data):
        return 1
    if _past(tok, group, data):
        return -1
    if tok.tag_ == "VB" and depth < 3 and any(t.tag_ == "TO" for t in group[1:]):
        # "is to resume trading Tuesday" (future); after a past verb ("had been due to
        # expire Friday", "planned to leave Thursday") either side
        head = tok.head
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.i != tok.i and head.pos_ in ("VERB", "AUX"):
            return 0 if _token_tense(head, data, depth + 1) < 0 else 1
    return 0


PERFECT_AUX_DEPS = ("aux", "aux:tense")  # the perfect's auxiliary, not the passive's


def _past_perfect(verb: Token) -> bool:
    """A past participle whose perfect auxiliary is itself past: "avait frappé", "had
    struck", "had been killed" (not "was killed", "a été tué", "were rallying")."""
    if _morph(verb, "VerbForm") != ["Part"] or "Past" not in _morph(verb, "Tense"):
        return False
    return any(
        c.dep_ in PERFECT_AUX_DEPS
        and c.pos_ == "AUX"
        and ("Past" in _morph(c, "Tense") or "Imp" in _morph(c, "Tense"))
        for c in verb.children
    )


def clause_tense(verb: Token, data: Dates) -> str:
    """``past`` | ``pluperfect`` | ``present`` | ``future`` | ``unknown`` of the clause
    headed by ``verb`` (the tense an event is told in: "ont frappé" past, "avaient
    frappé" pluperfect, a past before the narrative's, "fournissent" present)."""
    value = _token_tense(verb, data)
    if value:
        if value < 0 and _past_perfect(verb):
            return "pluperfect"
        return "future" if value > 0 else "past"
    finite_present = "Pres" in _morph(verb, "Tense") and "Fin" in _morph(verb, "VerbForm")
    return "present" if finite_present else "unknown"


class TenseFinder:
    """Find the tense governing a character offset, from parses or from text cues."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Paragraph] | None,
        g: Grammar,
    ) -> None:
        self.text = text
        self.paragraphs = list(paragraphs or [])
        self._offsets = [p.offset for p in self.paragraphs]
        self.data = g.data
        self.future_re = g.future_re
        self.past_re = g.past_re
        self._starts: dict[int, list[int]] = {}  # token offsets per paragraph

    def _token_at(self, offset: int) -> Token | None:
        i = bisect.bisect_right(self._offsets, offset) - 1
        if i < 0:
            return None
        para = self.paragraphs[i]
        rel = offset - para.offset
        starts = self._starts.get(i)
        if starts is None:
            starts = self._starts[i] = [tok.idx for tok in para.doc]
        j = bisect.bisect_right(starts, rel) - 1  # the token holding rel, else the next one
        if j >= 0 and rel < starts[j] + max(len(para.doc[j].text), 1):
            return para.doc[j]
        return para.doc[j + 1] if j + 1 < len(starts) else None

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """Character span of the sentence holding ``offset``."""
        tok = self._token_at(offset) if self.paragraphs else None
        if tok is not None:
            para = self.paragraphs[bisect.bisect_right(self._offsets, offset) - 1]
            sent = tok.sent
            return para.offset + sent.start_char, para.offset + sent.end_char
        start = 0
        for m in _SENT_END.finditer(self.text, 0, offset):
            start = m.end()
        end = _SENT_END.search(self.text, offset)
        return start, (end.start() + 1 if end else len(self.text))

    def tense(self, start: int, end: int) -> int:
        """Tense of the clause that governs the expression at ``[start, end)``."""
        if self.paragraphs:
            tok = self._token_at(start)
            if tok is not None:
                head = tok
                for _ in range(12):
                    if head.pos_ in ("VERB", "AUX") and not (start <= self._abs(head) < end):
                        return _token_tense(head, self.data)
                    if head.head.i == head.i:
                        break
                    head = head.head
                for t in tok.sent:
                    if t.pos_ in ("VERB", "AUX"):
                        value = _token_tense(t, self.data)
                        if value:
                            return value
                return 0
        return self._text_tense(start, end)

    def _abs(self, tok: Token) -> int:
        for p in self.paragraphs:
            if p.doc is tok.doc:
                return p.offset + tok.idx
        return -1

    def _text_tense(self, start: int, end: int) -> int:
        a, b = self.sentence_span(start)
        sentence = self.text[a:start] + " " + self.text[end:b]
        fut = self.future_re.search(sentence)
        past = self.past_re.search(sentence)
        if fut and not past:
            return 1
        if past and not fut:
            return -1
        if fut and past:
            mid = start - a
            return 1 if abs(fut.start() - mid) < abs(past.start() - mid) else -1
        return 0
