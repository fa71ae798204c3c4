"""Token attributes of a parsed paragraph as plain Python columns, read once per ``Doc``.

A rule that scans a sentence for a few candidate tokens pays, through spaCy's objects,
one ``Token`` creation per ``doc[i]`` and one string-store look-up per attribute read,
and ``tok.children`` walks the paragraph's arrays each time it is asked. ``columns(doc)``
reads ``Doc.to_array`` once, turns each distinct string hash into its string once, and
lists every token's children from the ``HEAD`` column: a scan then tests
``cols.pos[i]`` and builds ``doc[i]`` only for the tokens it keeps.

Every column equals what the ``Token`` attribute of the same name gives
(``tests/test_columns.py`` compares them on hand-built and parsed docs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # no spaCy import at run time: the temporal tagger imports this module
    from spacy.tokens import Doc, Token

# the attributes read by Doc.to_array, in the order of the array's columns
_ATTRS: list[int | str] = ["LEMMA", "LOWER", "POS", "DEP", "HEAD", "IS_PUNCT", "MORPH"]


@dataclass(frozen=True, slots=True, eq=False)
class Columns:
    """One paragraph's token attributes, by token index (``doc[i]``'s in column ``[i]``)."""

    doc: Doc
    lemma: tuple[str, ...]  # tok.lemma_.lower()
    lower: tuple[str, ...]  # tok.lower_
    pos: tuple[str, ...]  # tok.pos_
    dep: tuple[str, ...]  # tok.dep_
    head: tuple[int, ...]  # tok.head.i
    children: tuple[tuple[int, ...], ...]  # [c.i for c in tok.children], in text order
    is_punct: tuple[bool, ...]  # tok.is_punct
    morph: tuple[int, ...]  # tok.morph.key: one hash per distinct analysis


# string hash -> string, and lemma hash -> lower-cased lemma: a hash is the same in every
# vocabulary (a hash of the string's bytes; spaCy's symbols have fixed ids), so one table
# serves every doc
_NAMES: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_NAMES_KEPT = 200_000


def _learn(doc: Doc, hashes: set[int], lemmas: set[int]) -> None:
    """Put every hash of ``hashes`` in ``_NAMES`` and of ``lemmas`` in ``_LOWERED`` (0, no
    value, is the empty string)."""
    missing = hashes.difference(_NAMES)
    if missing:
        if len(_NAMES) + len(missing) > _NAMES_KEPT:
            _NAMES.clear()
            _LOWERED.clear()
            missing = hashes
        strings = doc.vocab.strings
        for h in missing:
            _NAMES[h] = strings[h] if h else ""
    # a lemma's string may be known already (as another token's word, its lower case)
    for h in lemmas.difference(_LOWERED):
        _LOWERED[h] = _NAMES[h].lower()


def _build(doc: Doc) -> Columns:
    n = len(doc)
    if n == 0:
        return Columns(doc, (), (), (), (), (), (), (), ())
    rows = doc.to_array(_ATTRS)
    # HEAD is the head's offset from the token, stored unsigned: read as signed
    heads = [i + r for i, r in enumerate(rows[:, 4].view("int64").tolist())]
    lemma_h, lower_h, pos_h, dep_h = rows[:, :4].T.tolist()
    lemmas = set(lemma_h)
    _learn(doc, lemmas.union(lower_h, pos_h, dep_h), lemmas)
    kids: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(i)
    name = _NAMES.__getitem__
    return Columns(
        doc,
        tuple(map(_LOWERED.__getitem__, lemma_h)),
        tuple(map(name, lower_h)),
        tuple(map(name, pos_h)),
        tuple(map(name, dep_h)),
        tuple(heads),
        tuple(map(tuple, kids)),
        tuple(map(bool, rows[:, 5].tolist())),
        tuple(rows[:, 6].tolist()),
    )


_KEPT = 64  # the docs last read (an article's paragraphs are read one after the other)
_COLUMNS: dict[int, Columns] = {}  # id(doc) -> its columns, which hold the doc alive


def columns(doc: Doc) -> Columns:
    """The columns of ``doc``, built once for the docs last asked about. The parse must
    not change afterwards (the pipeline never changes a parsed doc)."""
    hit = _COLUMNS.get(id(doc))
    if hit is not None and hit.doc is doc:
        return hit
    cols = _build(doc)
    if len(_COLUMNS) >= _KEPT:
        _COLUMNS.clear()
    _COLUMNS[id(doc)] = cols
    return cols


# (analysis hash, feature) -> the feature's values: the same hash is the same analysis
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def morph_get(tok: Token, feature: str) -> list[str]:
    """``tok.morph.get(feature)`` (``[]`` when absent), read once per distinct analysis."""
    key = (columns(tok.doc).morph[tok.i], feature)
    found = _MORPH_VALUES.get(key)
    if found is None:
        if len(_MORPH_VALUES) >= _NAMES_KEPT:
            _MORPH_VALUES.clear()
        found = _MORPH_VALUES[key] = tuple(tok.morph.get(feature, None))
    return list(found)
