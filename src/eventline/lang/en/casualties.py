"""English casualty vocabulary: number words, death/injury words, qualifiers (data only)."""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "hundred": 100, "thousand": 1000,
}  # fmt: skip
VAGUE: dict[str, tuple[int, str]] = {
    "dozens of": (12, "at_least"),
    "dozens": (12, "at_least"),
    "a dozen": (12, "approx"),
    "scores of": (20, "at_least"),
    "hundreds of": (100, "at_least"),
    "hundreds": (100, "at_least"),
    "thousands of": (1000, "at_least"),
    "thousands": (1000, "at_least"),
    "in the hundreds": (100, "at_least"),
    "in the dozens": (12, "at_least"),
}
QUALIFIERS: dict[str, str] = {
    "at least": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "nearly": "approx",
    "almost": "approx",
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "roughly": "approx",
    "an estimated": "approx",
    "up to": "approx",
}
DEATH_WORDS: tuple[str, ...] = (
    "killed", "dead", "died", "deaths", "death", "fatalities", "bodies", "lives",
    "killing", "perished",
)  # fmt: skip
INJURY_WORDS: tuple[str, ...] = ("wounded", "injured", "injuries", "hurt", "wounding", "injuring")
DEATH_VERBS_BEFORE: tuple[str, ...] = (
    "killed", "killing", "kills", "kill", "claimed the lives of", "the deaths of",
    "the death of",
)  # fmt: skip
INJURY_VERBS_BEFORE: tuple[str, ...] = (
    "wounded", "wounding", "injured", "injuring", "wounds", "injures",
)  # fmt: skip
NOT_COUNT_AFTER: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "p.m.", "a.m.", "pm", "am", "hours", "hour",
    "minutes", "years", "year", "days", "day", "weeks", "months", "km", "kilometres",
    "kilometers", "miles", "meters", "%", "percent", "dollars", "million", "billion",
    "times", "o'clock",
)  # fmt: skip
WINDOW_STOP: tuple[str, ...] = (";", ".", ":", "while", "whereas", "according")
# Number words that are also indefinite articles: "a soldier" counts one only when its
# clause says so at once ("a soldier was killed").
ARTICLE_NUMBERS: frozenset[str] = frozenset({"a", "an"})
# Passive auxiliaries between such an article's noun and its death word.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"was", "were", "been", "is", "are"})
# Killing and wounding verbs (lemmas): the casualties of a sentence are their toll.
KILLING_VERBS: frozenset[str] = frozenset({"kill", "wound", "injure"})
UNCOUNTED: tuple[str, ...] = (
    "several", "a few", "many", "numerous", "a number of", "a lot of", "lots of",
)  # fmt: skip
SUBSET_MARKERS: tuple[str, ...] = (
    "including", "among them", "among whom", "of whom", "of them", "among those",
)  # fmt: skip
COUNT_JOINERS: frozenset[str] = frozenset({"and", "or", ","})
TOLL_WORDS: tuple[str, ...] = (
    "death toll", "toll", "number of dead", "number of deaths", "number of people killed",
    "number of fatalities",
)  # fmt: skip
SEVERITY_WORDS: frozenset[str] = frozenset(
    {"seriously", "critically", "badly", "severely", "slightly", "lightly", "fatally", "gravely"}
)
KILLING_LEMMAS: frozenset[str] = frozenset(
    {"kill", "killed", "massacre", "execute", "slay", "gun"}  # "gunned down"
)
WOUNDING_LEMMAS: frozenset[str] = frozenset({"wound", "wounded", "injure", "injured", "hurt"})
DYING_LEMMAS: frozenset[str] = frozenset({"die", "died", "dead", "perish", "succumb"})
# a loss of people counted in the object is a toll ("lost four men")
LOSING_LEMMAS: frozenset[str] = frozenset({"lose"})
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {"family", "crowd", "population", "group", "crew", "unit", "convoy", "village",
     "patrol", "battalion", "company", "community"}
)  # fmt: skip
