"""The sentences of an article's parsed paragraphs, with their offsets in the article,
the time expressions they hold and the quoted speech they contain."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Span

from eventline.model import Timex
from eventline.nlp import Paragraph

MAX_SENTENCE_CHARS = 2000  # longer "sentences" are tables or run-on lists: skipped
# quotation marks: openers → their closer; a mark that is its own closer toggles
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
QUOTE_CLOSERS = frozenset(QUOTE_PAIRS.values())
SPEECH_MIN_WORDS = 8  # a quotation this long is speech even without a finite verb
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})

T = TypeVar("T")


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


_TEXTS: dict[int, tuple[Doc, str]] = {}  # id(doc) -> (doc, its text): the doc stays alive
_TEXTS_KEPT = 64


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept for the docs last read (spaCy joins every token's text each
    time it is asked, and rules ask for a paragraph's text again and again)."""
    hit = _TEXTS.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    text = doc.text
    if len(_TEXTS) >= _TEXTS_KEPT:
        _TEXTS.clear()
    _TEXTS[id(doc)] = (doc, text)
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut out of the paragraph's kept text (:func:`doc_text`)."""
    if span.start == span.end:
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


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
    starts = doc.to_array("IDX")  # token char offsets, ascending
    first, last = (int(k) for k in starts.searchsorted([start, end]))
    words = [t for t in doc[first:last] if not t.is_punct]  # start <= t.idx < end
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
    text = doc_text(p.doc)
    marks = quotations(text)
    if not marks:
        if any(_first_person(s) for s in p.doc.sents):
            return [(p.offset, p.offset + len(text))]
        return []
    spans = [(p.offset + s, p.offset + e) for s, e in marks if _speech(p.doc, s, e)]
    for s in p.doc.sents:
        outside = not any(a <= p.offset + s.start_char < b for a, b in spans)
        if outside and _first_person(s):
            spans.append((p.offset + s.start_char, p.offset + s.end_char))
    return spans


# the last article's sentences: extract_article, extract_speakers and extract_places
# each ask for them; its key holds the paragraphs' docs, so an id is never reused
_last: tuple[tuple[tuple[Doc, int, int], ...], tuple[SentenceRef, ...]] | None = None


def sentences(paragraphs: Sequence[Paragraph]) -> list[SentenceRef]:
    """Non-blank sentences of ``paragraphs``, numbered through the article (computed once
    for the same paragraphs asked again in a row)."""
    global _last
    key = tuple((p.doc, p.offset, p.index) for p in paragraphs)
    last = _last
    if last is not None and _same_key(last[0], key):
        return list(last[1])
    out = _sentences(paragraphs)
    _last = (key, tuple(out))
    return out


def _same_key(a: tuple[tuple[Doc, int, int], ...], b: tuple[tuple[Doc, int, int], ...]) -> bool:
    return len(a) == len(b) and all(
        x[0] is y[0] and x[1] == y[1] and x[2] == y[2] for x, y in zip(a, b, strict=True)
    )


def _sentences(paragraphs: Sequence[Paragraph]) -> list[SentenceRef]:
    out: list[SentenceRef] = []
    for p in paragraphs:
        speech = _speech_spans(p)
        text = doc_text(p.doc)
        for s in p.doc.sents:
            if not text[s.start_char : s.end_char].strip():  # s.text, without a token walk
                continue
            start, end = p.offset + s.start_char, p.offset + s.end_char
            quotes = tuple((a, b) for a, b in speech if a < end and start < b)
            out.append(SentenceRef(len(out), p.index, start, end, s, p.offset, quotes))
    return out


class SentenceMemo(Generic[T]):
    """What a pure rule found on a sentence in a language, kept for the sentences last
    read (``size``; all are dropped when full): rules of one article ask for the same
    sentence's place names or triggers again. Each entry holds its sentence, so the
    doc whose id is in the key stays alive while the key does."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._found: dict[tuple[int, int, int, int], tuple[Span, object, T]] = {}

    def get(self, sent: Span, lang: object, compute: Callable[[], T]) -> T:
        """The value of ``compute()`` for ``sent`` in ``lang``, computed once."""
        key = (id(sent.doc), sent.start, sent.end, id(lang))
        hit = self._found.get(key)
        if hit is not None:
            return hit[2]
        value = compute()
        if len(self._found) >= self.size:
            self._found.clear()
        self._found[key] = (sent, lang, value)
        return value
