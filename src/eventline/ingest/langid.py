"""Language identification with lingua, restricted to a fixed set of common languages.

Supported languages are routed to their spaCy pipeline; anything else is detected as
what it is (so a German article is rejected as German, not mis-parsed as French).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from eventline import lang as langdata

if TYPE_CHECKING:
    from lingua import LanguageDetector

MIN_CONFIDENCE = 0.5
SAMPLE_CHARS = 2000


@langdata.derived
@cache
def _detector() -> LanguageDetector:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = dict.fromkeys([*langdata.SUPPORTED, *langdata.OTHER_LANGUAGES])
    isos = []
    for code in codes:
        try:
            isos.append(IsoCode639_1.from_str(code))
        except ValueError:
            continue  # a language lingua does not know cannot be detected, only given
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()
