"""English time-expression vocabulary and cue patterns (data only).

Same names and placeholder syntax as ``eventline.lang.fr.dates``.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3,
    "mar.": 3, "april": 4, "apr.": 4, "may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8,
    "aug": 8, "september": 9, "sept.": 9, "sep.": 9, "sept": 9, "october": 10, "oct.": 10,
    "oct": 10, "november": 11, "nov.": 11, "nov": 11, "december": 12, "dec.": 12, "dec": 12,
}  # fmt: skip
# Bare month names that are also common words: only tagged after a date cue word.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "jan", "mar.", "dec", "oct"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon.": 0, "tues.": 1, "tue.": 1, "wed.": 2, "thurs.": 3, "thu.": 3,
    "fri.": 4, "sat.": 5, "sun.": 6,
}  # fmt: skip
WEEKDAYS_PLURAL: dict[str, int] = {
    "mondays": 0, "tuesdays": 1, "wednesdays": 2, "thursdays": 3, "fridays": 4,
    "saturdays": 5, "sundays": 6,
}  # fmt: skip

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-four": 24, "twenty four": 24,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "a half": 0.5, "half a": 0.5, "a couple of": 2,
    "a couple": 2,
}  # fmt: skip
FEW: tuple[str, ...] = (
    "a few", "few", "several", "many", "some", "recent", "the past few", "the last few",
    "the next few", "the coming", "coming",
)  # fmt: skip

# Vague quantities that make a reference value ("coming months" → FUTURE_REF); the others
# give a vague duration ("recent years" → PXY).
FEW_REFS: dict[str, str] = {"the coming": "FUTURE_REF", "coming": "FUTURE_REF"}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

UNITS: dict[str, str] = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
    "year": "Y", "years": "Y", "quarter": "Q", "quarters": "Q", "hour": "TH", "hours": "TH",
    "minute": "TM", "minutes": "TM", "second": "TS", "seconds": "TS", "decade": "E",
    "decades": "E", "century": "C", "centuries": "C", "weekend": "WE", "weekends": "WE",
    "half": "H",
}  # fmt: skip
BARE_DURATIONS: dict[str, str] = {}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

# Season words that are also common words ("été" = been): tagged only after a cue.
AMBIGUOUS_SEASONS: frozenset[str] = frozenset({"fall", "spring"})
SEASON_CUE = r"(?:\b(?:the|in|this|last|next|early|late|mid-?|of|during|by|until|since) )"

DEICTIC_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}
RELATIONS: dict[str, int] = {
    "last": -1, "previous": -1, "next": 1, "this": 0,
    "current": 0, "this past": -1, "this coming": 1, "later this": 0, "earlier this": 0,
    "fiscal": 0, "full": 0, "current fiscal": 0, "latest fiscal": -1,
}  # fmt: skip
ANAPHORIC_DAYS: dict[str, int] = {
    "the next day": 1, "the following day": 1, "the day before": -1,
    "the previous day": -1, "the same day": 0, "that day": 0, "the day after": 1,
    "the next morning": 1, "the following morning": 1, "that night": 0,
    "that morning": 0, "the night before": -1,
}  # fmt: skip
ANAPHORIC_DIRECTION: dict[str, int] = {"later": 1, "earlier": -1, "before": -1, "after": 1}
ANAPHORIC_RELATIONS: dict[str, int] = {
    "following": 1, "previous": -1, "preceding": -1, "that": 0, "that same": 0,
    "the same": 0,
}  # fmt: skip
SHORTLY: dict[str, int] = {"shortly before": -1, "shortly after": 1, "soon after": 1}

REFS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "recently": "PAST_REF",
    "lately": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}  # fmt: skip
FREQUENCY: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "nightly": "P1D", "hourly": "PT1H",
}  # fmt: skip

MODIFIERS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "the early": "START", "mid": "MID", "mid-": "MID", "the middle of": "MID",
    "late": "END", "the end of": "END", "the late": "END", "earlier": "START",
    "later": "END", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "more than": "MORE_THAN", "less than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "some": "APPROX", "up to": "EQUAL_OR_LESS",
}  # fmt: skip
# "over" and "about" are left out: TimeBank extents leave them out ("over [the weekend]",
# "about [five hours]").
# Context that makes "<n> years" an age, not a duration.
AGE_BEFORE = r"(?:\baged?|\bages|-)\s*$"
AGE_AFTER = r"^(?:-|\s)*old\b"
# "Wednesday night" → the day alone (True would give ...TNI: the corpus is split on this).
WEEKDAY_POD_IN_VALUE = False
# Bare four-digit years are tagged anywhere (else only after a cue word).
YEAR_NEEDS_CUE = False
ARTICLE = r"(?:the )"

FUTURE_CUES = r"\b(?:will|shall|'ll|going to|won't|plans? to|expects? to|scheduled|is to|are to)\b"
PAST_CUES = (
    r"\b(?:was|were|had|did|said|\w+ed|ago|told|made|took|came|went|gave|began|left|fell|"
    r"rose|saw|got|won|lost|led|met|sent|held|paid|sold|hit|set|cut|put|became)\b"
)

PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"(?:<<REL:rel>> )?(?:<<WEEKDAY:wd>>,? )?(?:<<POD:pod>>,? )?<<MONTH:m>> <<DAY:d>>"
        r"(?:st|nd|rd|th)?(?!\w)"
        r"(?:,? <<YEAR:y>>)?",
        "date",
    ),
    (
        r"(?:<<WEEKDAY:wd>>,? )?(?:the )?<<DAY:d>>(?:st|nd|rd|th)?(?: of)? <<MONTH:m>>"
        r"(?:,? <<YEAR:y>>)?",
        "date",
    ),
    (r"<<MONTHNUM:mn>>/<<DAY:d>>/<<YEAR:y>>", "date"),
    (r"<<MONTH:m>>(?: of)?,? <<YEAR:y>>", "month"),
    (r"<<MONTH:m>>(?: of)? <<REL:ry>> year", "month"),
    (r"(?:<<REL:rel>> )?<<MONTH:m>>", "month"),
    (r"(?:(?:fiscal|calendar|the year|model year|fiscal year) )?<<YEAR4:y>>", "year"),
    (r"(?:the )?<<YEAR4:y>>'?s", "decade"),
    # spoken years (transcripts): "nineteen ninety-six", "January nineteen ninety-seven"
    (
        r"(?:<<MONTH:m>>,? )?(?:the year )?(?P<sy>(?:nineteen|two thousand)(?:[- ](?:and[- ])?"
        r"<<NUMWORD>>){0,2})",
        "spoken_year",
    ),
    (r"(?:the )?'<<YY:yy>>s", "decade"),
    (r"the <<DECADE:dec>>", "decade"),
    (r"(?:(?:the )?<<REL:rel>> )?<<WEEKDAY:wd>>(?: <<POD:pod>>)?", "weekday"),
    (r"(?:the )?day (?P<shift>before|after) (?:<<REL:rel>> )?<<WEEKDAY:wd>>", "weekday"),
    (
        r"(?P<week>the week of) <<MONTH:m>> <<DAY:d>>(?:st|nd|rd|th)?(?!\w)(?:,? <<YEAR:y>>)?",
        "date",
    ),
    (r"(?:on )?<<WEEKDAYSET:wds>>", "weekday_set"),
    (r"(?P<wds><<WEEKDAY>>) (?P<pod>mornings|afternoons|evenings|nights)", "weekday_set"),
    (r"(?:every|each) (?P<wds><<WEEKDAY>>)", "weekday_set"),
    (r"(?:every|each) <<MONTH:m>>", "month_set"),
    (
        r"<<ANADAY:ad>>(?! (?:the|a|an|his|her|its|their|this|that|last|\w+ing\b|(?-i:[A-Z0-9])))",
        "anaphoric_day",
    ),
    (r"<<DEICTIC:dd>>(?: <<POD:pod>>)?", "deictic_day"),
    (r"<<POD:pod2>> <<DEICTIC:dd>>", "deictic_day"),
    (r"(?:this|last) <<POD:pod>>", "this_pod"),
    (r"the <<POD:pod>>(?! (?:of|the|a|an|when|that|before|after|\w+ed)\b)", "narrative_pod"),
    (r"(?:mid|late|early)[- ]?<<POD:pod>>", "narrative_pod"),
    (r"(?:<<ART>>)?<<REL:rel>> <<UNIT:u>>", "rel_unit"),
    (r"the <<UNIT:u>>", "the_unit"),
    (r"(?:the )?(?:year[- ]end|year's end|end of the year)", "year_end"),
    (r"(?P<u>year)-(?:earlier|ago)(?! (?:quarter|period|<<UNIT>>))", "year_ago"),
    (r"(?:<<REL:rel>> |the )?<<SEASON:s>>(?: (?:of )?<<YEAR:y>>)?", "season"),
    (
        r"(?:<<REL:rel>> |the )?<<SEASON:s>> of (?P<sy>(?:nineteen|two thousand)(?:[- ](?:and[- ])?"
        r"<<NUMWORD>>){0,2})",
        "season",
    ),
    (
        r"(?:<<ART>>)?(?:(?:<<REL:rel>>|latest|fiscal|<<YEAR4:y>>|<<YEAR4:y2>>'s|year-earlier"
        r"|year-ago|comparable|<<REL:rel2>> year's|this year's) )*<<ORD:o>>(?:-| )"
        r"(?:fiscal )?<<QUNIT:u>>(?: (?:of )?<<YEAR:y3>>)?",
        "quarter",
    ),
    (
        r"(?:<<ART>>|that |<<REL:rel>> year's )(?:(?:latest|current|fiscal|year-earlier|"
        r"year-ago|comparable|<<YEAR4:y>>|same|recent) )*<<QUNIT:u>>"
        r"(?P<back> (?:a year (?:ago|earlier)|last year))?",
        "quarter",
    ),
    (
        r"(?:<<ART>>|that )(?:(?:latest|year-earlier|year-ago|comparable|same|"
        r"corresponding|<<YEAR4:y>>) )+period(?P<back> (?:a year (?:ago|earlier)|last year))?",
        "quarter",
    ),
    (r"<<NUM:n>> <<UNIT:u>> ago", "ago"),
    (r"<<FEW:few>> <<UNIT:u>> ago", "ago"),
    (
        r"<<NUM:n>> <<UNIT:u>> <<ANADIR:dir>>(?:(?= *(?:[,.;:)]|$|and|when|that))"
        r"|(?:(?<=earlier)|(?<=later))(?=\s+(?-i:[A-Z])))",
        "anaphoric_n",
    ),
    (r"<<FEW:few>> <<UNIT:u>> <<ANADIR:dir>>(?= *(?:[,.;:)]|$|and|when|that))", "anaphoric_n"),
    (r"<<SHORTLY:sh>>(?= *(?:[,.;:)]|$))", "shortly"),
    (r"(?:<<ART>>)?<<UNIT:u>> (?P<rel>following|preceding)", "anaphoric_unit"),
    (r"(?:<<ART>>)?<<ANAREL:rel>> <<UNIT:u>>", "anaphoric_unit"),
    (r"(?:the )?(?:past|last|next|first|coming|latest|previous) <<NUM:n>> <<UNIT:u>>", "duration"),
    (r"(?:the )?(?:past|last) <<UNIT:u>>", "past_unit"),
    (r"(?:the )?(?:<<NUM:n>>|\d+)[- ]<<UNIT:u>>(?:-long)?", "duration"),
    (r"(?:the )?<<NUM:n>>(?P<half> 1/2| and a half) <<UNIT:u>>", "duration"),
    (r"(?:the )?<<NUM:n>> <<UNIT:u>>(?P<half> and a half)", "duration"),
    (r"(?:the )?<<NUM:n>> (?:more |additional |extra )?<<UNIT:u>>", "duration"),
    (r"<<FEW:few>>[- ]<<UNIT:u>>", "duration"),
    (r"(?P<u>days|weeks|months|years|decades)-long", "vague_plural"),
    (r"(?P<u>day|week|month|year)-long", "past_unit"),
    # bare plural units after "for"/"within": "for [years]", "within [weeks]"
    (r"(?:for|within|in) (?P<u>days|weeks|months|years|decades|centuries)", "vague_plural"),
    (r"(?:every|each|per) <<UNIT:u>>", "set"),
    (r"<<FREQ:f>>", "set_word"),
    (r"<<HOUR:h>>(?::<<MIN:mi>>)? ?<<AMPM:ampm>>(?: (?:[A-Z]{3}|local time))?", "time"),
    (r"<<HOUR:h>>:<<MIN:mi>>(?: (?:[A-Z]{3}|local time))?", "time"),
    (r"<<HOUR:h>> o'clock", "time"),
    (r"<<HOUR:h>>(?::<<MIN:mi>>)?(?: o'clock)? in the <<POD:pod>>", "time"),
    (r"<<NOON:noon>>", "time"),
    (r"<<REF:ref>>", "ref"),
    # "At the time, …": the period of the previous date
    (r"(?<=\bat[ ])(?:the|that) time(?= ?[,.;:)]|$)", "same_period"),
    (r"(?:<<REL:rel>> )?<<HOLIDAY:hol>>(?:,? <<YEAR:y>>)?", "holiday"),
    (r"(?:the )?(?P<cent>\d{1,2})(?:st|nd|rd|th)[- ]century", "century"),
)

# Holidays: (month, day) for fixed dates, (month, weekday, n) for "n-th weekday of month".
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "election day": (11, 1, 0),
}  # fmt: skip

NOON: dict[str, int] = {"noon": 12, "midnight": 0, "midday": 12}
DECADES: dict[str, int] = {
    "twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
    "seventies": 197, "eighties": 198, "nineties": 199,
}  # fmt: skip

# --- Cues read by the language-neutral rules of eventline.temporal -----------------------
# (same names as in eventline.lang.fr.dates, where each is described)

DAY_SUFFIX = ""  # the ordinal suffixes (st, nd, rd, th) are written in PATTERNS
AMPM = r"(?:[ap]\.[ \u00a0]?m\.?|[ap]m\b|[AP]M\b)"
# The marker, lower case without dots or spaces → hours added to a 12-hour clock.
MERIDIEM: dict[str, int] = {"am": 0, "pm": 12}
PM_SUFFIXES: tuple[str, ...] = ()
HOUR_AFTER_DAY = r"(?!x)x"
MONTH_CUES: tuple[str, ...] = (
    "in", "of", "since", "until", "by", "last", "next", "this", "early", "late", "mid-",
    "through", "from", "to", "before", "after", "during",
)  # fmt: skip
# Read only when YEAR_NEEDS_CUE is set (it is not in English).
YEAR_CUES_BEFORE: tuple[str, ...] = (
    "in", "of", "since", "until", "by", "from", "to", "before", "after", "during", "through",
    "year", "fiscal", "the", "than", "and", "for", "between", "or",
)  # fmt: skip
YEAR_CUES_AFTER: tuple[str, ...] = ("and", "to", "'s")
CAPITALISED_TITLES = True  # "VOA Today", ABC's "This Week"
TIME_TITLE_WORDS: tuple[str, ...] = ("high",)
FRACTION_AFTER: tuple[str, ...] = ("of",)
ORDINAL_SECOND_ARTICLES: frozenset[str] = frozenset({"a"})  # "a second group"
SINGULAR_ARTICLES: frozenset[str] = frozenset({"a", "an"})  # "a decades-long battle"
PLURAL_ENDING = "s"
AMOUNT_WORDS: tuple[str, ...] = ("million", "billion", "percent")
MODALS_BEFORE: tuple[str, ...] = ("will", "would", "could", "might", "may", "shall")
PERIOD_ENDED = r"\s+(?:ended|ending|to\s+(?:the\s+)?end)\b"
ANCHORING_ARTICLES: tuple[str, ...] = ("the",)
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s")
ANAPHORIC_WEEKDAY_RELATIONS: frozenset[str] = frozenset({"previous", "following", "preceding"})
DEICTIC_PARTS_OF_DAY: dict[str, str] = {"tonight": "NI"}
REFERENCE_DAY_POD_MODIFIERS: tuple[str, ...] = ("mid", "late", "early")  # "by mid afternoon"
QUARTER_YEAR_BACK: tuple[str, ...] = ("year-earlier", "year-ago")
QUARTER_LAST_YEARS: tuple[str, ...] = ("year's",)
QUARTER_CURRENT: tuple[str, ...] = ("current", "this")
QUARTER_LATEST: tuple[str, ...] = ("latest",)
SPOKEN_CENTURIES: dict[str, int] = {"nineteen": 1900, "two thousand": 2000}
SPOKEN_COUNTS: frozenset[str] = frozenset({"two thousand"})  # "two thousand people"
SPOKEN_FILLERS: frozenset[str] = frozenset({"and", "hundred"})

FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "shall"})
FUTURE_MODALS: frozenset[str] = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
INFINITIVE_FUTURE_VERBS: frozenset[str] = frozenset()
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"be"})  # "is scheduled to close Monday"
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"has", "have", "had"})

# "after the election": the noun's happening is not the clause's event.
SEQUENCE_PREPOSITIONS: dict[str, int] = {
    "before": -1, "after": 1, "ahead": -1, "prior": -1, "following": 1, "since": 0,
    "until": 0,
}  # fmt: skip
# "killed since January": from that date to publication.
SINCE_WORDS: frozenset[str] = frozenset({"since"})
