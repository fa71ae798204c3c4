"""French casualty vocabulary: number words, death/injury words, qualifiers (data only)."""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "mille": 1000,
}  # fmt: skip
# Vague quantities → (conservative figure, qualifier), after ACLED's conservative rule.
VAGUE: dict[str, tuple[int, str]] = {
    "une dizaine": (10, "approx"),
    "une quinzaine": (15, "approx"),
    "une vingtaine": (20, "approx"),
    "une trentaine": (30, "approx"),
    "une quarantaine": (40, "approx"),
    "une cinquantaine": (50, "approx"),
    "une centaine": (100, "approx"),
    "des dizaines": (12, "at_least"),
    "des centaines": (100, "at_least"),
    "des milliers": (1000, "at_least"),
    "plusieurs dizaines": (20, "at_least"),
    "plusieurs centaines": (200, "at_least"),
}
QUALIFIERS: dict[str, str] = {
    "au moins": "at_least",
    "au minimum": "at_least",
    "plus de": "more_than",
    "près de": "approx",
    "environ": "approx",
    "quelque": "approx",
    "une quinzaine de": "approx",
}
DEATH_WORDS: tuple[str, ...] = (
    "tué", "tués", "tuée", "tuées", "mort", "morts", "morte", "mortes", "décédé", "décédés",
    "décédée", "décédées", "péri", "trouvé la mort", "perdu la vie", "tuant", "victimes mortelles",
    "sans vie", "cadavres", "corps",
)  # fmt: skip
INJURY_WORDS: tuple[str, ...] = (
    "blessé", "blessés", "blessée", "blessées", "blessant", "blessures",
)  # fmt: skip
# A number right after one of these verbs counts what they name ("tuant trois soldats").
DEATH_VERBS_BEFORE: tuple[str, ...] = (
    "tuant", "tué", "tue", "tuent", "coûté la vie à", "la mort de", "le décès de",
)  # fmt: skip
INJURY_VERBS_BEFORE: tuple[str, ...] = ("blessant", "blessé", "blesse")
# Words after a number that make it something else than a head count.
NOT_COUNT_AFTER: tuple[str, ...] = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "h", "heures", "heure", "minutes", "ans", "an",
    "jours", "jour", "semaines", "mois", "années", "km", "kilomètres", "mètres", "%",
    "pour cent", "euros", "dollars", "millions", "milliards", "fois",
)  # fmt: skip
# Words that stop the search window (another clause about something else).
WINDOW_STOP: tuple[str, ...] = (";", ".", ":", "selon", "tandis", "alors")
# Number words that are also indefinite articles: "un soldat" counts one only when its
# clause says so at once ("un soldat a été tué").
ARTICLE_NUMBERS: frozenset[str] = frozenset({"un", "une"})
# Passive auxiliaries between such an article's noun and its death word.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"été", "est", "sont"})
# Killing and wounding verbs (lemmas): the casualties of a sentence are their toll.
KILLING_VERBS: frozenset[str] = frozenset({"tuer", "blesser", "abattre"})
UNCOUNTED: tuple[str, ...] = (
    "plusieurs", "quelques", "de nombreux", "de nombreuses", "nombreux", "nombreuses",
    "beaucoup de", "un certain nombre de",
)  # fmt: skip
SUBSET_MARKERS: tuple[str, ...] = (
    "dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles", "notamment",
    "y compris",
)  # fmt: skip
COUNT_JOINERS: frozenset[str] = frozenset({"et", "ou", ","})
TOLL_WORDS: tuple[str, ...] = ("bilan", "nombre de morts", "nombre de victimes", "nombre de tués")
SEVERITY_WORDS: frozenset[str] = frozenset(
    {"très", "grièvement", "gravement", "légèrement", "sérieusement", "mortellement"}
)
KILLING_LEMMAS: frozenset[str] = frozenset(
    {"tuer", "tué", "abattre", "abattu", "massacrer", "massacré", "exécuter"}
)
WOUNDING_LEMMAS: frozenset[str] = frozenset({"blesser", "blessé"})
DYING_LEMMAS: frozenset[str] = frozenset(
    {"mourir", "mort", "décéder", "décédé", "périr", "succomber"}
)
# a loss of people counted in the object is a toll ("lost four men")
LOSING_LEMMAS: frozenset[str] = frozenset({"perdre"})
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {"famille", "foule", "population", "groupe", "équipage", "unité", "convoi", "village",
     "patrouille", "détachement", "bataillon", "compagnie"}
)  # fmt: skip
