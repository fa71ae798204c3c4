"""Verb tense around a time expression: -1 past, 0 present/unknown, +1 future."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventline.nlp import Paragraph

_SENT_END = re.compile(r"[.!?]\s|\n")
_FUTURE_LEMMAS = frozenset({"will", "shall", "aller", "devoir"})


def _token_tense(tok: Token, depth: int = 0) -> int:
    """Tense of a verb with its auxiliaries."""
    group = [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]
    for t in group:
        if "Fut" in t.morph.get("Tense") or (
            t.lemma_.lower() in _FUTURE_LEMMAS and t is not tok and t.lemma_.lower() != "devoir"
        ):
            return 1
        if t.tag_ == "MD" and t.lower_ in ("will", "'ll", "shall", "wo", "would", "'d"):
            return 1
    if tok.lemma_.lower() == "aller" and any(
        c.morph.get("VerbForm") == ["Inf"] for c in tok.children
    ):
        return 1
    present_passive = any(t.tag_ in ("VBZ", "VBP") and t.lemma_ == "be" for t in group[1:])
    for t in group:
        tense = t.morph.get("Tense")
        if t.tag_ == "VBN" and t is tok and present_passive:
            continue  # "is scheduled to close Monday": present passive
        if "Past" in tense or "Imp" in tense or t.tag_ in ("VBD",):
            return -1
        if t.tag_ == "VBN" and t is tok and any(c.lower_ in ("has", "have", "had") for c in group):
            return -1
    if (
        tok.morph.get("VerbForm") == ["Part"]
        and "Past" in tok.morph.get("Tense")
        and not present_passive  # "is scheduled to close Monday"
    ):
        return -1
    if tok.tag_ == "VB" and depth < 3 and any(t.tag_ == "TO" for t in group[1:]):
        # "is to resume trading Tuesday" (future); after a past verb ("had been due to
        # expire Friday", "planned to leave Thursday") either side
        head = tok.head
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        if head is not tok and head.pos_ in ("VERB", "AUX"):
            return 0 if _token_tense(head, depth + 1) < 0 else 1
    return 0


class TenseFinder:
    """Find the tense governing a character offset, from parses or from text cues."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Paragraph] | None,
        future_re: re.Pattern[str],
        past_re: re.Pattern[str],
    ) -> None:
        self.text = text
        self.paragraphs = list(paragraphs or [])
        self._offsets = [p.offset for p in self.paragraphs]
        self.future_re = future_re
        self.past_re = past_re
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
        m = _SENT_END.search(self.text, offset)
        return start, (m.start() + 1 if m else len(self.text))

    def tense(self, start: int, end: int) -> int:
        """Tense of the clause that governs the expression at ``[start, end)``."""
        if self.paragraphs:
            tok = self._token_at(start)
            if tok is not None:
                head = tok
                for _ in range(12):
                    if head.pos_ in ("VERB", "AUX") and not (start <= self._abs(head) < end):
                        return _token_tense(head)
                    if head.head is head:
                        break
                    head = head.head
                for t in tok.sent:
                    if t.pos_ in ("VERB", "AUX"):
                        value = _token_tense(t)
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
