"""French time-expression vocabulary and cue patterns (data only).

Patterns are regular expressions with placeholders ``<<NAME>>`` or ``<<NAME:group>>``
expanded by :mod:`eventline.temporal.grammar` from the word tables below; a literal space
stands for horizontal white space and ``'`` for either apostrophe. Each pattern names the
language-neutral handler (``kind``) that normalises it.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "mars": 3,
    "avril": 4, "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11,
    "nov.": 11, "décembre": 12, "decembre": 12, "déc.": 12,
}  # fmt: skip
# Bare month names that are also common words: only tagged after a date cue word.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset()

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}  # fmt: skip
WEEKDAYS_PLURAL: dict[str, int] = {f"{k}s": v for k, v in WEEKDAYS.items()}

NUMBERS: dict[str, float] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt-quatre": 24, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "mille": 1000, "une dizaine de": 10, "une quinzaine de": 15,
    "une vingtaine de": 20, "une trentaine de": 30, "une centaine de": 100,
    "un quart de": 0.25, "une demi-": 0.5, "un demi-": 0.5,
}  # fmt: skip
# Vague quantities: value gets an X ("quelques jours" → PXD).
FEW: tuple[str, ...] = (
    "quelques", "plusieurs", "des", "de nombreuses", "de nombreux", "nombreuses",
    "nombreux", "ces derniers", "ces dernières", "les derniers", "les dernières",
)  # fmt: skip

FEW_REFS: dict[str, str] = {}

ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2,
    "seconde": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4, "dernier": 4,
}  # fmt: skip

# Unit words → ISO 8601 unit letter (T prefix for clock units; C = century, E = decade).
UNITS: dict[str, str] = {
    "jour": "D", "jours": "D", "journée": "D", "journées": "D", "semaine": "W",
    "semaines": "W", "mois": "M", "an": "Y", "ans": "Y", "année": "Y", "années": "Y",
    "trimestre": "Q", "trimestres": "Q", "semestre": "H", "semestres": "H", "heure": "TH",
    "heures": "TH", "minute": "TM", "minutes": "TM", "seconde": "TS", "secondes": "TS",
    "décennie": "E", "décennies": "E", "siècle": "C", "siècles": "C", "week-end": "WE",
    "week-ends": "WE",
}  # fmt: skip
# Nouns that are durations on their own.
BARE_DURATIONS: dict[str, str] = {"quinquennat": "P5Y", "septennat": "P7Y", "décennie": "P10Y"}

PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV",
    "nuit": "NI", "journée": "DT",
}  # fmt: skip
SEASONS: dict[str, str] = {
    "printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI", "eté": "SU",
}  # fmt: skip

# Season words that are also common words ("été" = been): tagged only after a cue.
AMBIGUOUS_SEASONS: frozenset[str] = frozenset({"été", "eté"})
SEASON_CUE = r"(?:\b(?:l'|en |cet |au |d'|de l'|tout l'|pendant l'|durant l'))"

# Deictic day words → offset in days from the reference date.
DEICTIC_DAYS: dict[str, int] = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2,
}  # fmt: skip
# Relation words: -1 past, 0 current, +1 next.
RELATIONS: dict[str, int] = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1,
    "prochains": 1, "prochaines": 1, "à venir": 1, "ce": 0, "cet": 0, "cette": 0, "en cours": 0,
}  # fmt: skip
# Anaphoric words: offset in days from the narrative's previous date.
ANAPHORIC_DAYS: dict[str, int] = {
    "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
    "le jour même": 0, "le même jour": 0, "ce jour-là": 0, "le jour suivant": 1,
    "le jour précédent": -1,
}  # fmt: skip
# Direction words after "<n> <unit>": -1 before, +1 after the anchor.
ANAPHORIC_DIRECTION: dict[str, int] = {
    "plus tard": 1, "après": 1, "plus tôt": -1, "auparavant": -1, "avant": -1,
}  # fmt: skip
# "la semaine suivante": relative to the narrative's previous date.
ANAPHORIC_RELATIONS: dict[str, int] = {
    "suivant": 1, "suivante": 1, "précédent": -1, "précédente": -1, "d'après": 1,
    "d'avant": -1,
}  # fmt: skip
# "peu avant" style: same day as the anchor.
SHORTLY: dict[str, int] = {"peu avant": -1, "peu après": 1, "juste avant": -1, "juste après": 1}

# Words giving TIMEX3 reference values.
REFS: dict[str, str] = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF",
    "à présent": "PRESENT_REF", "de nos jours": "PRESENT_REF", "actuel": "PRESENT_REF",
    "actuelle": "PRESENT_REF", "récemment": "PAST_REF", "naguère": "PAST_REF",
    "autrefois": "PAST_REF", "jadis": "PAST_REF", "auparavant": "PAST_REF",
    "dernièrement": "PAST_REF", "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF",
    "à l'avenir": "FUTURE_REF", "l'avenir": "FUTURE_REF", "le passé": "PAST_REF",
}  # fmt: skip
# Frequency adjectives (SET).
FREQUENCY: dict[str, str] = {
    "quotidiennement": "P1D",
    "hebdomadaire": "P1W", "mensuel": "P1M", "mensuelle": "P1M", "annuel": "P1Y",
    "annuelle": "P1Y", "annuellement": "P1Y",
}  # fmt: skip

# Words before an expression that become its TIMEX3 mod (kept in the extent).
MODIFIERS: dict[str, str] = {
    "début": "START", "au début de": "START", "début de": "START", "courant": "MID",
    "mi-": "MID", "à la mi-": "MID", "fin": "END", "à la fin de": "END", "fin de": "END",
    "la fin de": "END", "le début de": "START", "la mi-": "MID",
    "environ": "APPROX", "vers": "APPROX", "près de": "APPROX", "aux alentours de": "APPROX",
    "plus de": "MORE_THAN", "moins de": "LESS_THAN", "au moins": "EQUAL_OR_MORE",
    "presque": "APPROX", "quasiment": "APPROX",
}  # fmt: skip
# Article/determiner allowed (and kept) before a date or unit.
# Context that makes "<n> ans" an age, not a duration.
AGE_BEFORE = r"(?:\bde|âgée?s? de|agée?s? de|,|-|\bles|\bmoins de|\()\s*$"
AGE_AFTER = r"^\s*(?:révolus\b|et demi d'âge)"
# "mercredi soir" → ...TEV (False: the day alone, the English TimeBank convention).
WEEKDAY_POD_IN_VALUE = True
# Bare four-digit years are tagged anywhere (else only after a cue word).
YEAR_NEEDS_CUE = True
ARTICLE = r"(?:le |la |l'|les )"

# Future markers for the text heuristic when no parse is given.
FUTURE_CUES = (
    r"\b(?:\w+(?:erai|eras|era|erons|erez|eront|irai|iras|ira|irons|iront|rai|ra|ront))\b"
    r"|\b(?:va|vont|allons|allez) \w+(?:er|ir|re)\b"
)
PAST_CUES = (
    r"\b(?:a|ont|avait|avaient|est|sont|était|étaient|aurait|auraient) (?:été |déjà |aussi "
    r"|également |notamment )?\w+(?:é|ée|és|ées|i|is|u|us|it|ert|te)\b"
    r"|\b\w+(?:èrent|irent|urent|ait|aient)\b"
)

# (pattern, kind). Order matters only for ties in length.
PATTERNS: tuple[tuple[str, str], ...] = (
    # day month [year]: "mercredi 1er mai 2024", "le 20 avril", "le 6 mai dernier"
    (
        r"(?:<<ART>>)?(?:<<WEEKDAY:wd>> (?:<<POD:pod>> )?)?(?:le )?<<DAY:d>> <<MONTH:m>>"
        r"(?: <<YEARX:y>>)?(?: <<REL:rel>>)?(?: (?:au |dans la |en )?<<POD:pod2>>)?",
        "date",
    ),
    (r"(?:<<ART>>)?<<WEEKDAY:wd>> (?:<<POD:pod>> )?(?:le )?<<DAY:d>>(?! ?[h:])(?!\w)", "date"),
    # dd/mm/yyyy
    (r"<<DAY:d>>/<<MONTHNUM:mn>>/<<YEAR:y>>", "date"),
    # month year: "octobre 2023", "octobre 98"
    (r"(?:le mois d'|le mois de )?<<MONTH:m>> <<YEARX:y>>", "month"),
    (r"(?:le mois d'|le mois de |mois d'|mois de )?<<MONTH:m>>(?: <<REL:rel>>)?", "month"),
    # years
    (r"(?:l'année |l'an |d'année )<<YEAR:y>>", "year"),  # "fin d'année 2021"
    (r"<<YEAR4:y>>", "year"),
    (r"(?:les )?années <<YEAR4:y>>", "decade"),
    (r"(?:les )?années (?:<<DECADE:dec>>)", "decade"),
    # weekdays: "mercredi", "mercredi dernier", "mercredi soir", "ce mardi"
    (
        r"(?:<<REL:rel>> )?(?:même )?<<WEEKDAY:wd>>(?: <<REL:rel2>>)?(?: (?:en )?<<POD:pod>>)?"
        r"(?: <<REL:rel3>>)?",
        "weekday",
    ),
    (r"(?:le |tous les |chaque )<<WEEKDAYSET:wds>>", "weekday_set"),
    # deictic days: "hier", "hier soir", "aujourd'hui"
    (r"<<DEICTIC:dd>>(?: (?:en |dans la |au )?<<POD:pod>>)?", "deictic_day"),
    (r"(?:ce |cette |cet )<<POD:pod>>", "this_pod"),
    (r"(?:dans )?(?:la |le |l')<<POD:pod>>", "narrative_pod"),
    # this/last/next unit: "la semaine dernière", "cette année", "l'an dernier"
    (r"(?:<<ART>>)?<<UNIT:u>> <<REL:rel>>", "rel_unit"),
    (r"(?:ce |cet |cette )<<UNIT:u>>", "rel_unit"),
    # seasons
    (r"(?:<<ART>>)?<<SEASON:s>>(?: <<YEAR:y>>| <<REL:rel>>)?", "season"),
    (r"(?:ce |cet |cette )<<SEASON:s>>", "season_this"),
    # quarters/halves: "le premier trimestre 2024", "au troisième trimestre"
    (r"(?:<<ART>>)?<<ORD:o>> <<QUNIT:u>>(?: (?:de |d')?<<YEAR:y>>)?", "quarter"),
    # "il y a trois jours" / "dans deux semaines"
    (r"il y a (?:<<MOD:mod>> )?<<NUM:n>> <<UNIT:u>>", "ago"),
    (r"il y a <<FEW:few>> <<UNIT:u>>", "ago"),
    (r"(?<=dans[ \u00a0])<<NUM:n>> <<UNIT:u>>", "in_n"),
    # anaphoric
    (r"<<ANADAY:ad>>(?: (?:au |dans la |en )?<<POD:pod>>)?", "anaphoric_day"),
    (r"<<NUM:n>> <<UNIT:u>> <<ANADIR:dir>>", "anaphoric_n"),
    (r"<<FEW:few>> <<UNIT:u>> <<ANADIR:dir>>", "anaphoric_n"),
    (r"<<SHORTLY:sh>>(?! (?:de |d'|que |qu'|la |le |les |l'|un |une |son |sa |ses ))", "shortly"),
    (r"(?:<<ART>>)?<<UNIT:u>> <<ANAREL:rel>>", "anaphoric_unit"),
    # durations: "trois jours", "quelques jours", "30,4 secondes", "une heure"
    (r"<<NUM:n>> <<UNIT:u>>", "duration"),
    (r"<<FEW:few>> <<UNIT:u>>", "duration"),
    (r"(?:<<ART>>|un |une )?<<BAREDUR:bd>>", "bare_duration"),
    # sets: "chaque semaine", "tous les jours"
    (r"(?:chaque|tous les|toutes les) <<UNIT:u>>", "set"),
    (r"<<FREQ:f>>", "set_word"),
    # clock times: "14 h", "21 h 45", "18 heures", "14h30", "midi"
    (r"<<HOUR:h>> ?h(?: ?<<MIN:mi>>)?(?: (?:locales?|du matin|du soir))?", "time"),
    (
        r"(?:(?<=à[ ])|(?<=vers[ ])|(?<=dès[ ])|(?<=avant[ ])|(?<=après[ ])|(?<=de[ ]))"
        r"<<HOUR:h>> heures?(?: <<MIN:mi>>)?(?: (?:locales?|du matin|du soir))?",
        "time",
    ),
    (r"<<HOUR:h>>:<<MIN:mi>>", "time"),
    (r"(?:<<NOON:noon>>)", "time"),
    # reference words, holidays, centuries ("le XXe siècle")
    (r"<<REF:ref>>", "ref"),
    # "d'ici la fin du mois", "début de l'année": a part of the current unit
    (
        r"(?:la |le )?(?P<part>fin|début|mi-) ?(?:du |de l'|de la |de )<<UNIT:u>>"
        r"(?! (?:de |d'|dernier|dernière|prochain|prochaine|suivant|suivante|précédent"
        r"|précédente|\d))",
        "part_of_unit",
    ),
    # "À l'époque, …": the period of the previous date
    (r"(?<=\bà[ ])(?:l'époque|cette époque)(?= ?[,.;:)]|$)", "same_period"),
    (r"<<HOLIDAY:hol>>(?: <<YEAR:y>>| <<REL:rel>>)?", "holiday"),
    (r"(?:le )?(?P<roman>[XVI]{1,5})(?:e|ème) siècle", "century"),
)

# Holidays: (month, day) for fixed dates, (month, weekday, n) for "n-th weekday of month".
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "noël": (12, 25), "la toussaint": (11, 1), "le jour de l'an": (1, 1),
    "le nouvel an": (1, 1), "la saint-sylvestre": (12, 31), "la fête nationale": (7, 14),
    "la saint-valentin": (2, 14), "l'armistice": (11, 11), "la fête du travail": (5, 1),
}  # fmt: skip

NOON: dict[str, int] = {"midi": 12, "minuit": 0}
DECADES: dict[str, int] = {
    "vingt": 192, "trente": 193, "quarante": 194, "cinquante": 195, "soixante": 196,
    "soixante-dix": 197, "quatre-vingt": 198, "quatre-vingts": 198, "quatre-vingt-dix": 199,
}  # fmt: skip

# --- Cues read by the language-neutral rules of eventline.temporal -----------------------
# (same names in every language; an empty value turns a rule off)

# Ordinal suffix written after a day number ("1er mai", "1re").
DAY_SUFFIX = r"(?:er|re)?"
# a.m./p.m. markers after a clock time: none in French (24-hour clock).
AMPM = r"(?!x)x"
MERIDIEM: dict[str, int] = {}
# Words ending a clock time that put it after noon ("8 h du soir").
PM_SUFFIXES: tuple[str, ...] = ("du soir",)
# An hour mark after "<weekday> <number>" makes it a clock time ("mercredi 15 h"), not a day.
HOUR_AFTER_DAY = r"h\b|heures?"
# Words right before an ambiguous month name that make it a month (no ambiguous French month).
MONTH_CUES: tuple[str, ...] = ("en", "de", "depuis", "fin", "début")
# YEAR_NEEDS_CUE: a bare four-digit year is a year after one of these words…
YEAR_CUES_BEFORE: tuple[str, ...] = (
    "en", "de", "depuis", "jusqu'en", "avant", "après", "année", "an", "fin", "début", "mi",
    "et", "à", "au", "pour", "entre", "dès", "ou",
)  # fmt: skip
# …or before one of these (punctuation, end of text and dashes count in every language).
YEAR_CUES_AFTER: tuple[str, ...] = ("et", "à")
# A capitalised "Today"/"This Week" after a word is a programme title (English titles only).
CAPITALISED_TITLES = False
# A word right before a clock word that makes it a title ("High Noon").
TIME_TITLE_WORDS: tuple[str, ...] = ()
# A word after "<n> <quarter unit>" that makes it a fraction ("three-quarters of").
FRACTION_AFTER: tuple[str, ...] = ()
# Articles before the seconds unit that make it an ordinal or a moment ("une seconde fois").
ORDINAL_SECOND_ARTICLES: frozenset[str] = frozenset({"un", "une"})
# Articles that cannot count a plural unit (English "a decades-long battle"); French unit
# words such as "mois" are invariable, so the rule is off.
SINGULAR_ARTICLES: frozenset[str] = frozenset()
PLURAL_ENDING = "s"
# Words right before "<n> <unit>" that make it a rate after an amount (English "$2 million a
# year"); "million" and "billion" are French words too.
AMOUNT_WORDS: tuple[str, ...] = ("million", "billion")
# Modals before "un jour" that make it a vague future ("will one day"): none in French.
MODALS_BEFORE: tuple[str, ...] = ()
# After "the year": a fiscal period, not the calendar year ("the year ended Sept. 30").
PERIOD_ENDED = r"(?!x)x"
# An article opening a season or "past <unit>" makes it a calendar unit of the reference
# ("the summer"); French "l'été" is left to the tense (French TimeBank).
ANCHORING_ARTICLES: tuple[str, ...] = ()
# A possessive ending right after a weekday makes it the past occurrence ("Wednesday's").
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
# Relation words before a weekday that count from the narrative's day ("the previous Friday").
ANAPHORIC_WEEKDAY_RELATIONS: frozenset[str] = frozenset()
# Deictic day words that carry a part of the day ("tonight").
DEICTIC_PARTS_OF_DAY: dict[str, str] = {}
# Modifiers opening a part of the day that, with no recent day, mean the reference day.
REFERENCE_DAY_POD_MODIFIERS: tuple[str, ...] = ()
# Quarter expressions (matched inside the lower-cased extent): a year back, a year back after
# a past relation ("last year's quarter"), the current quarter, the last completed one.
QUARTER_YEAR_BACK: tuple[str, ...] = ()
QUARTER_LAST_YEARS: tuple[str, ...] = ()
QUARTER_CURRENT: tuple[str, ...] = ()
QUARTER_LATEST: tuple[str, ...] = ()
# Spoken years (transcripts): century words, heads that alone are a count unless a year word
# precedes, and words to skip. None in French.
SPOKEN_CENTURIES: dict[str, int] = {}
SPOKEN_COUNTS: frozenset[str] = frozenset()
SPOKEN_FILLERS: frozenset[str] = frozenset()

# Tense from the parse (tense.py). Lemmas of auxiliaries that make their verb future.
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"aller"})
# Forms of modals (tag MD) that mark the future: English tags only.
FUTURE_MODALS: frozenset[str] = frozenset()
# Verbs followed by an infinitive that make a near future ("va partir").
INFINITIVE_FUTURE_VERBS: frozenset[str] = frozenset({"aller"})
# Present-tense auxiliaries of a passive (English "is scheduled") and perfect auxiliaries
# (English "has closed"): the rules read English tags (VBZ, VBN), so they are off here.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
PERFECT_AUXILIARIES: frozenset[str] = frozenset()

# "avant la présidentielle": the noun's happening is not the clause's event.
SEQUENCE_PREPOSITIONS: dict[str, int] = {
    "avant": -1, "après": 1, "depuis": 0, "dès": 0, "jusqu'à": 0, "jusqu'au": 0,
}  # fmt: skip
# "tués depuis janvier": from that date to publication.
SINCE_WORDS: frozenset[str] = frozenset({"depuis"})
