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
