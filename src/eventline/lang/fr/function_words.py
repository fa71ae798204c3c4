"""French closed-class words (data only), as written: accents and apostrophes kept."""

from __future__ import annotations

DEFINITE_ARTICLES: tuple[str, ...] = ("le", "la", "les", "l'", "l’")
INDEFINITE_ARTICLES: tuple[str, ...] = ("un", "une", "des")
CONTRACTED_ARTICLES: tuple[str, ...] = ("du", "des", "au", "aux")
PREPOSITIONS: tuple[str, ...] = (
    "à", "de", "d'", "d’", "en", "dans", "sur", "sous", "vers", "par", "pour", "avec",
    "contre", "chez", "entre", "depuis", "pendant", "près", "selon", "sans", "après",
    "avant", "malgré", "envers", "parmi",
)  # fmt: skip
CONJUNCTIONS: tuple[str, ...] = ("et", "ou", "ni", "mais", "or", "donc", "car")
DEMONSTRATIVES: tuple[str, ...] = ("ce", "cet", "cette", "ces")
POSSESSIVES: tuple[str, ...] = (
    "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes", "notre",
    "nos", "votre", "vos",
)  # fmt: skip
PERSONAL_PRONOUNS: tuple[str, ...] = (
    "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "lui", "eux", "se",
)  # fmt: skip
ELISIONS: tuple[str, ...] = ("l'", "d'", "qu'", "s'", "n'", "j'", "m'", "t'", "c'")
RELATIVE_PRONOUNS: tuple[str, ...] = ("qui", "que", "lequel", "laquelle")
INFINITIVE_MARKERS: tuple[str, ...] = ("de", "d'", "d’", "à")  # "accusé de mener"
GENITIVE_PREPOSITIONS: tuple[str, ...] = ("de", "d'", "d’")  # "la ville de X"
POSSESSIVE_CLITICS: tuple[str, ...] = ()
