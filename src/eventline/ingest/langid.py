"""Language identification with lingua, restricted to a fixed set of common languages.

Supported languages are routed to their spaCy pipeline; anything else is detected as
what it is (so a German article is rejected as German, not mis-parsed as French).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from eventline import lang as _LANGS

if TYPE_CHECKING:
    from lingua import LanguageDetector

SUPPORTED: tuple[str, ...] = _LANGS.SUPPORTED  # the languages with a lang/<code>/ folder
# Languages the detector knows; the unsupported ones are there so they can be rejected.
_KNOWN = (
    "FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "ARABIC",
    "RUSSIAN", "UKRAINIAN", "TURKISH", "POLISH", "CHINESE", "JAPANESE", "PERSIAN", "HEBREW",
)  # fmt: skip
MIN_CONFIDENCE = 0.5
SAMPLE_CHARS = 2000


@cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _KNOWN]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()
