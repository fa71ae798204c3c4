"""English closed-class words (data only)."""

from __future__ import annotations

DEFINITE_ARTICLES: tuple[str, ...] = ("the",)
INDEFINITE_ARTICLES: tuple[str, ...] = ("a", "an")
CONTRACTED_ARTICLES: tuple[str, ...] = ()
PREPOSITIONS: tuple[str, ...] = (
    "of", "in", "at", "on", "into", "onto", "from", "to", "for", "by", "with", "against",
    "near", "off", "over", "under", "after", "before", "during", "since", "until",
    "around", "between", "among", "toward", "towards", "without", "through", "across",
)  # fmt: skip
CONJUNCTIONS: tuple[str, ...] = ("and", "or", "nor", "but")
DEMONSTRATIVES: tuple[str, ...] = ("this", "these", "that", "those")
POSSESSIVES: tuple[str, ...] = ("its", "their", "his", "her", "our", "my", "your")
PERSONAL_PRONOUNS: tuple[str, ...] = (
    "i", "you", "he", "she", "it", "we", "they", "him", "them", "us",
)  # fmt: skip
ELISIONS: tuple[str, ...] = ()
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "which", "that")
INFINITIVE_MARKERS: tuple[str, ...] = ("to",)  # "urged X to end"
GENITIVE_PREPOSITIONS: tuple[str, ...] = ("of",)  # "the city of X"
POSSESSIVE_CLITICS: tuple[str, ...] = ("'s", "’s")  # "Beirut's suburbs"
