"""Build spaCy ``Doc`` objects by hand so rule tests need no model."""

from __future__ import annotations

from functools import cache

from spacy.lang.lex_attrs import LEX_ATTRS
from spacy.tokens import Doc
from spacy.vocab import Vocab


@cache
def vocab(lang: str) -> Vocab:
    # the language-independent lexical attributes (lower_, is_punct...) are all the rules
    # read; a language's own blank pipeline would build its tokenizer (seconds for French)
    return Vocab(lex_attr_getters=dict(LEX_ATTRS))


def make_doc(rows: list[tuple], ents: list[tuple[int, int, str]] = (), lang: str = "fr") -> Doc:
    """``rows``: (word, lemma, pos, dep, head, morph) per token, ``head`` an index
    (the root points at itself); ``ents``: (start, end, label) token spans. Tokens are
    separated by one space except before punctuation and after an elided word ("l'")."""
    words = [r[0] for r in rows]
    spaces = [
        i + 1 < len(words)
        and words[i + 1] not in (",", ".", ")", ";", ":")
        and words[i] != "("
        and not words[i].endswith(("'", "’"))
        for i in range(len(words))
    ]
    doc = Doc(
        vocab(lang),
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        morphs=[r[5] if len(r) > 5 else "" for r in rows],
        sent_starts=[i == 0 for i in range(len(words))],
        ents=None,
    )
    if ents:
        doc.ents = [
            doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab)
            for s, e, lab in ents
        ]
    return doc
