"""Build spaCy ``Doc`` objects by hand so rule tests need no model."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab


@cache
def _vocab(lang: str) -> Vocab:
    # a language's blank vocab has its lexical attributes (lower_, like_num...)
    return spacy.blank(lang).vocab


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
        _vocab(lang),
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
