"""qz closed classes."""

DEFINITE_ARTICLES = ("lu",)
PREPOSITIONS = ("ko",)
