"""Per-language data, one sub-package per ISO 639-1 code (like ``spacy/lang/<code>/``).

Every language folder holds modules with the same names:

* ``triggers`` - event-trigger lexicon (verbs and nouns → PLOVER type, mode, CAMEO root)
* ``dates`` - time-expression vocabulary and relative-date cues
* ``actors`` - pronouns, nationality words, sector head nouns, reporting verbs

Adding a language means adding a folder with those modules; nothing else changes.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

SUPPORTED: tuple[str, ...] = ("fr", "en")


@cache
def load(lang: str, part: str) -> ModuleType:
    """Import ``eventline.lang.<lang>.<part>`` (raises ``KeyError`` for unknown languages)."""
    if lang not in SUPPORTED:
        raise KeyError(f"unsupported language: {lang!r} (supported: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"eventline.lang.{lang}.{part}")
