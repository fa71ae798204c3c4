"""The sentences of an article's parsed paragraphs, with their offsets in the article,
the time expressions they hold and the quoted speech they contain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from eventline.model import Timex
from eventline.nlp import Paragraph

MAX_SENTENCE_CHARS = 2000  # longer "sentences" are tables or run-on lists: skipped
# quotation marks: openers → their closer; a mark that is its own closer toggles
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
QUOTE_CLOSERS = frozenset(QUOTE_PAIRS.values())
SPEECH_MIN_WORDS = 8  # a quotation this long is speech even without a finite verb
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """One non-blank sentence of an article."""

    index: int  # sentence number in the article
    paragraph: int
    start: int  # char offsets in the article
    end: int
    span: Span
    offset: int  # paragraph offset (article char of doc char 0)
    quotes: tuple[tuple[int, int], ...] = ()  # quoted speech (article chars) in the sentence

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

    def quoted(self, char: int) -> bool:
        """The article character ``char`` lies in quoted speech."""
        return any(s <= char < e for s, e in self.quotes)


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations of a paragraph (marks excluded). A closing mark
    with no opener continues a quotation from an earlier paragraph (the span starts at
    0); an opener never closed runs to the end of the paragraph."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    for i, ch in enumerate(text):
        if open_at is not None and ch == closer:
            spans.append((open_at, i))
            open_at = None
        elif open_at is None and ch in QUOTE_PAIRS:
            open_at, closer = i + 1, QUOTE_PAIRS[ch]
        elif open_at is None and ch in QUOTE_CLOSERS and not spans:
            spans.append((0, i))
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _speech(doc: Doc, start: int, end: int) -> bool:
    """A quotation that is speech, not a quoted word ("« neutraliser »"): it holds a
    finite verb or many words."""
    words = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if len(words) >= SPEECH_MIN_WORDS:
        return True
    return any("Fin" in t.morph.get("VerbForm", None) for t in words)


def _first_person(sent: Span) -> bool:
    """A sentence whose subject is "I" or "we": news narration never says it, speech
    does."""
    return any(
        t.pos_ == "PRON" and t.dep_ in SUBJECT_DEPS and "1" in t.morph.get("Person", None)
        for t in sent
    )


def _speech_spans(p: Paragraph) -> list[tuple[int, int]]:
    """Quoted speech of a paragraph (article chars): its quotations that are speech; a
    paragraph without quotation marks that speaks in the first person is all speech
    (unmarked quotes: "Je pense que … avait-il dit")."""
    marks = quotations(p.doc.text)
    if not marks:
        if any(_first_person(s) for s in p.doc.sents):
            return [(p.offset, p.offset + len(p.doc.text))]
        return []
    spans = [(p.offset + s, p.offset + e) for s, e in marks if _speech(p.doc, s, e)]
    for s in p.doc.sents:
        outside = not any(a <= p.offset + s.start_char < b for a, b in spans)
        if outside and _first_person(s):
            spans.append((p.offset + s.start_char, p.offset + s.end_char))
    return spans


def sentences(paragraphs: Sequence[Paragraph]) -> list[SentenceRef]:
    """Non-blank sentences of ``paragraphs``, numbered through the article."""
    out: list[SentenceRef] = []
    for p in paragraphs:
        speech = _speech_spans(p)
        for s in p.doc.sents:
            if not s.text.strip():
                continue
            start, end = p.offset + s.start_char, p.offset + s.end_char
            quotes = tuple((a, b) for a, b in speech if a < end and start < b)
            out.append(SentenceRef(len(out), p.index, start, end, s, p.offset, quotes))
    return out
