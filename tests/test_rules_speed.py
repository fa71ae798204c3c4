"""The speed-ups of the extraction rules give what the plain definitions give."""

from __future__ import annotations

import random

import spacy

from eventline.enrich import actors
from eventline.enrich.gazetteer_index import fold
from eventline.extract import casualties as cas
from eventline.extract.sentences import SentenceMemo, doc_text, sentences
from eventline.nlp import Paragraph

PHRASES = ("au moins", "plus de", "plus", "de", "près de", "des dizaines de", "", "dizaines")


def _naive_starts(low: list[str], j: int, phrases: tuple[str, ...]) -> int:
    return max((cas._match_phrase(low, j, p) for p in phrases), default=0)


def _naive_ends(low: list[str], i: int, phrases: tuple[str, ...]) -> bool:
    return any(
        (n := len(cas._phrase_tokens(p))) and tuple(low[max(0, i - n) : i]) == cas._phrase_tokens(p)
        for p in phrases
    )


def test_phrase_index_matches_the_plain_scan():
    rng = random.Random(7)
    vocab = ["au", "moins", "plus", "de", "près", "des", "dizaines", "morts", "x"]
    for _ in range(300):
        low = [rng.choice(vocab) for _ in range(rng.randint(0, 8))]
        for j in range(-1, len(low) + 2):
            assert cas._starts_with_any(low, j, PHRASES) == _naive_starts(low, j, PHRASES)
            assert cas._ends_with_any(low, j, PHRASES) == _naive_ends(low, j, PHRASES)
            assert cas._starts_with_any(low, j, list(PHRASES)) == _naive_starts(low, j, PHRASES)


def _naive_groups(text: str) -> list[str]:
    spans = [(m.start(), m.end(), fold(m.group(0))) for m in actors._WORD_RE.finditer(text)]
    groups, longest = actors.known_groups(), actors._group_max()
    out, i = [], 0
    while i < len(spans):
        for n in range(min(longest, len(spans) - i), 0, -1):
            run = spans[i : i + n]
            if " ".join(t for _, _, t in run) in groups:
                out.append(text[run[0][0] : run[-1][1]])
                i += n - 1
                break
        i += 1
    return out


def test_groups_named_gate_keeps_every_name():
    names = list(actors.known_groups())[:40]
    text = " ; ".join(f"le {n.upper()} et {n} puis un mot" for n in names)
    assert actors.groups_named(text) == _naive_groups(text)
    assert len(actors.groups_named(text)) >= len(names)


def _paragraphs(nlp: spacy.language.Language, texts: list[str]) -> list[Paragraph]:
    out, offset = [], 0
    for k, t in enumerate(texts):
        out.append(Paragraph(k, offset, nlp(t)))
        offset += len(t) + 1
    return out


def test_sentences_asked_again_are_the_same_and_new_paragraphs_are_read():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    first = _paragraphs(nlp, ["Une phrase. Une autre « dit-il ici »."])
    second = _paragraphs(nlp, ["Un texte différent. Puis deux. Et trois."])
    a = sentences(first)
    assert sentences(first) == a
    b = sentences(second)
    assert [r.span.text for r in b] == ["Un texte différent.", "Puis deux.", "Et trois."]
    moved = [Paragraph(p.index, p.offset + 5, p.doc) for p in first]
    assert [r.start for r in sentences(moved)] == [r.start + 5 for r in a]


def test_doc_text_and_sentence_memo():
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    a, b = nlp("Une phrase ici.  Une autre."), nlp("Tout autre chose.")
    assert doc_text(a) == a.text and doc_text(b) == b.text and doc_text(a) == a.text
    for s in a.sents:
        assert doc_text(a)[s.start_char : s.end_char] == s.text
    memo: SentenceMemo[int] = SentenceMemo(size=2)
    calls: list[str] = []

    def count(span: spacy.tokens.Span) -> int:
        calls.append(span.text)
        return len(span)

    sents = [*a.sents, *b.sents]
    first = [memo.get(s, "fr", lambda s=s: count(s)) for s in sents]
    again = [memo.get(s, "fr", lambda s=s: count(s)) for s in sents]
    assert first == again == [len(s) for s in sents]
    assert memo.get(sents[-1], "en", lambda: -1) == -1  # another language is another key
    assert len(calls) <= 2 * len(sents)
