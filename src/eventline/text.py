"""Text folding shared by every comparison of names and words: accents, case, punctuation.

Language-neutral (Unicode only): what a language's words are is the business of
``eventline.lang``.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")


def strip_accents(text: str) -> str:
    """``text`` without combining marks ("Déou" → "Deou"); ASCII text is returned as is."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-case, accent-free word tokens; punctuation and apostrophes split words."""
    return _WORD.findall(strip_accents(text).lower())


_LONGEST_CUE = 40  # characters looked back for the word before a position: longer than any cue word


def word_before(text: str, start: int) -> str | None:
    """The folded word (as :func:`words` gives it) last before ``start`` in ``text``, if
    any: the cue right before an expression ("depuis" in "depuis lundi")."""
    before = words(text[max(0, start - _LONGEST_CUE) : start])
    return before[-1] if before else None
