"""The sentences of an article's parsed paragraphs, with their offsets in the article and
the time expressions they hold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from eventline.model import Timex
from eventline.nlp import Paragraph

MAX_SENTENCE_CHARS = 2000  # longer "sentences" are tables or run-on lists: skipped


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """One non-blank sentence of an article."""

    index: int  # sentence number in the article
    paragraph: int
    start: int  # char offsets in the article
    end: int
    span: Span
    offset: int  # paragraph offset (article char of doc char 0)

    def timexes(self, timexes: Sequence[Timex]) -> list[Timex]:
        """The time expressions that lie inside this sentence."""
        return [t for t in timexes if self.start <= t.start and t.end <= self.end]

    def timex_tokens(self, timexes: Sequence[Timex]) -> frozenset[int]:
        """Indexes of the tokens covered by ``timexes`` (this sentence's expressions)."""
        if not timexes:
            return frozenset()
        return frozenset(
            t.i for t in self.span if any(x.start <= self.offset + t.idx < x.end for x in timexes)
        )


def sentences(paragraphs: Sequence[Paragraph]) -> list[SentenceRef]:
    """Non-blank sentences of ``paragraphs``, numbered through the article."""
    out: list[SentenceRef] = []
    for p in paragraphs:
        for s in p.doc.sents:
            if not s.text.strip():
                continue
            out.append(
                SentenceRef(
                    len(out), p.index, p.offset + s.start_char, p.offset + s.end_char, s, p.offset
                )
            )
    return out
