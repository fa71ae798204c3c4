"""The contract every language folder fulfils: typed word tables, one class per part.

A language folder ``lang/<code>/`` holds one data module per part (``triggers.py``,
``dates.py``, ``actors.py``, ``casualties.py``, ``discourse.py``, ``function_words.py``,
``places.py``, ``morphology.py``) whose UPPER_CASE names are the fields below, and an
``__init__.py`` with the spaCy models to use (``MODELS``). ``eventline.lang.get(code)``
reads them into a frozen :class:`LanguageData`; language-neutral code only ever sees that.

Every field has an empty default so that a new language can start small; the languages
shipped in ``lang/`` define every name (``tests/test_lang_data.py`` checks names, types and
values against :mod:`eventline.ontology`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# (PLOVER event type, PLOVER mode or None, CAMEO root)
Entry = tuple[str, str | None, str]
NEVER = r"(?!x)x"  # a regex that matches nothing: the default of optional cue patterns


@dataclass(frozen=True)
class Triggers:
    """Event triggers and the words the role, mode and modality rules read."""

    VERBS: dict[str, Entry] = field(default_factory=dict)
    NOUNS: dict[str, Entry] = field(default_factory=dict)
    WEAK_NOUNS: frozenset[str] = frozenset()
    LIGHT_VERBS: frozenset[str] = frozenset()
    VERB_OBJECT: dict[tuple[str, str], Entry] = field(default_factory=dict)
    PHRASAL: dict[tuple[str, str], Entry] = field(default_factory=dict)
    TRANSITIVE_ONLY: frozenset[str] = frozenset()
    REFLEXIVE_BLOCK: frozenset[str] = frozenset()
    INSTRUMENTS: dict[str, str] = field(default_factory=dict)
    WEAPON_HEADS: frozenset[str] = frozenset()
    ARMED_PERSONS: frozenset[str] = frozenset()
    MODE_TYPES: frozenset[str] = frozenset()
    REPORTING_VERBS: frozenset[str] = frozenset()
    LIGHT_ONLY: frozenset[str] = frozenset()
    STATEMENT_VERBS: frozenset[str] = frozenset()
    DENIAL_VERBS: frozenset[str] = frozenset()
    SOURCE_MARKERS: tuple[str, ...] = ()
    NEGATION_WORDS: frozenset[str] = frozenset()
    HYPOTHETICAL_GOVERNORS: frozenset[str] = frozenset()
    FUTURE_GOVERNORS: frozenset[str] = frozenset()
    PURPOSE_MARKERS: frozenset[str] = frozenset()
    CONDITIONAL_MARKERS: frozenset[str] = frozenset()
    TARGET_PREPS: frozenset[str] = frozenset()
    AGENT_PREPS: frozenset[str] = frozenset()
    LOCATION_PREPS: frozenset[str] = frozenset()
    NOMINAL_AGENT_PREPS: frozenset[str] = frozenset()
    # event types whose noun names its patient, not its agent, with a NOMINAL_AGENT_PREPS
    # word that is no AGENT_PREPS one ("the bombing of the embassy")
    PATIENT_OF_TYPES: frozenset[str] = frozenset()
    # buildings and sites that, before an event noun, name where it struck, never who
    # did it ("the embassy bombing", "a checkpoint attack")
    SITE_COMPOUNDS: frozenset[str] = frozenset()
    ACTOR_OBJECT_ONLY: frozenset[str] = frozenset()
    MILITARY_SUBJECT_ONLY: frozenset[str] = frozenset()
    MILITARY_WORDS: frozenset[str] = frozenset()
    MEETING_ONLY: frozenset[str] = frozenset()
    CONTINUATION_VERBS: frozenset[str] = frozenset()
    RESPONSIBILITY_NOUNS: frozenset[str] = frozenset()
    CALL_VERBS: frozenset[str] = frozenset()
    OPERATION_NOUNS: frozenset[str] = frozenset()
    PATIENT_NOUNS: frozenset[str] = frozenset()
    RECIPIENT_PREPS: frozenset[str] = frozenset()
    PARTNER_PREPS: frozenset[str] = frozenset()
    POSSESSIVE_DETS: frozenset[str] = frozenset()
    ATTRIBUTION_VERBS: frozenset[str] = frozenset()
    QUANTITY_NOUNS: frozenset[str] = frozenset()
    CASUALTY_NOUNS: frozenset[str] = frozenset()
    STRICT_LOCATION_PREPS: frozenset[str] = frozenset()
    PLACE_NOUNS: frozenset[str] = frozenset()
    SOURCE_PREPS: frozenset[str] = frozenset()
    DIRECTION_PREPS: frozenset[str] = frozenset()
    REFLEXIVE_CLITICS: frozenset[str] = frozenset()
    REFLEXIVE_PARTICLE: str = ""
    NEGATIVE_DETERMINERS: frozenset[str] = frozenset()
    # --- event words that need their context (extract.triggers)
    # (head noun, modifier) → entry: "état d'urgence", "death toll"
    NOUN_COMPOUNDS: dict[tuple[str, str], Entry] = field(default_factory=dict)
    # nouns naming the start of their complement event: "l'instauration d'un couvre-feu"
    LIGHT_NOUNS: frozenset[str] = frozenset()
    # (preposition, noun) → entry: a state named by a phrase ("on strike", "en grève")
    PREP_NOUNS: dict[tuple[str, str], Entry] = field(default_factory=dict)
    # event nouns with a civil reading when nothing armed is around ("a strike over pay")
    CIVIL_READINGS: dict[str, Entry] = field(default_factory=dict)
    # verbs with another reading when security forces do them ("police blocked the road"
    # is a restriction, "farmers blocked the road" a protest)
    FORCE_READINGS: dict[str, Entry] = field(default_factory=dict)
    # verbs with another reading when their theme is an economy ("targeted two banks" is
    # a sanction, "targeted rebel positions" an attack)
    ECONOMIC_READINGS: dict[str, Entry] = field(default_factory=dict)
    ECONOMIC_NOUNS: frozenset[str] = frozenset()
    # forcing people out of their homes: the forcing verb's entry, the flight it forces
    # ("forced families to flee", "seek refuge") and the homes it drives them from
    FORCED_FLIGHT: dict[str, Entry] = field(default_factory=dict)
    FLIGHT_VERBS: frozenset[str] = frozenset()
    HOME_NOUNS: frozenset[str] = frozenset()
    # verbs whose weapon object makes an attack: "used tear gas", "lancé des missiles"
    USE_VERBS: frozenset[str] = frozenset()
    # verbs that are violent deaths only with a violent cause: "died of his wounds"
    CAUSE_ONLY: frozenset[str] = frozenset()
    VIOLENT_CAUSES: frozenset[str] = frozenset()
    # verbs (or "verb object" idioms) whose subject is the victim: "ont perdu la vie"
    PATIENT_SUBJECT: frozenset[str] = frozenset()
    # verbs whose subject lost the people named as object, and is no actor: "lost four men"
    LOSS_VERBS: frozenset[str] = frozenset()
    # verbs whose subject undergoes the attack they name: "suffered an ambush", "a essuyé
    # des tirs" (their subject is the victim: list them in PATIENT_SUBJECT too)
    UNDERGO_VERBS: frozenset[str] = frozenset()
    # prepositions of an attack undergone: "came under fire", "tombés sous les balles"
    UNDERGO_PREPS: frozenset[str] = frozenset()
    # nouns that are attacks when undergone, not on their own: "came under fire"
    UNDERGONE_NOUNS: dict[str, Entry] = field(default_factory=dict)
    # verbs that are seizures only of materiel: "weapons were recovered by the gang"
    MATERIEL_ONLY: frozenset[str] = frozenset()
    MATERIEL_WORDS: frozenset[str] = frozenset()
    # verbs that are captures only of a place or a site: "retook the base"
    PLACE_OBJECT_ONLY: frozenset[str] = frozenset()
    SITE_NOUNS: frozenset[str] = frozenset()
    # verbs that are attacks only with a weapon or an event as subject or agent ("hit by a
    # shell")
    INSTRUMENT_SUBJECT_ONLY: frozenset[str] = frozenset()
    # verbs that are events only without a direct object ("demonstrate" vs "demonstrate
    # resolve")
    INTRANSITIVE_ONLY: frozenset[str] = frozenset()
    # verbs of a trend: an event noun as their subject is a trend, no event
    TREND_VERBS: frozenset[str] = frozenset()
    # verbs (or "verb object" idioms) saying that an event took place
    OCCURRENCE_VERBS: frozenset[str] = frozenset()
    # words marking a habit rather than one event ("frequently")
    FREQUENCY_ADVERBS: frozenset[str] = frozenset()
    # determiners of a kind rather than an event ("such attacks")
    GENERIC_DETERMINERS: frozenset[str] = frozenset()
    GENERIC_ADJECTIVES: frozenset[str] = frozenset()  # "clashes are common": no event
    EXISTENTIAL_VERBS: frozenset[str] = frozenset()  # "there was fighting", "il y a eu"
    # prepositions naming both parties of a fight ("clashes between X and Y")
    PARTY_PREPS: frozenset[str] = frozenset()
    # the preposition of the other side of a fight verb ("clashed with X")
    OPPONENT_PREPS: frozenset[str] = frozenset()
    # the preposition of an event people are in ("the minister, on a visit to X"): they act
    STATE_PREPS: frozenset[str] = frozenset()
    # quantity nouns looked through to their event complement ("a wave of strikes")
    SERIES_NOUNS: frozenset[str] = frozenset()
    # prepositions of a duration reaching now ("fighting since 2007": a state, no event)
    DURATION_PREPS: frozenset[str] = frozenset()
    # prepositions of a time adjunct: a definite event noun there points back ("after the
    # ambush")
    TIME_PREPS: frozenset[str] = frozenset()
    # verbs of a recent past with an infinitive ("viennent d'être libérés"): no present
    RECENT_PAST_VERBS: frozenset[str] = frozenset()
    # adverbs of a superlative ("la plus meurtrière"): a comparison, no event
    SUPERLATIVE_ADVERBS: frozenset[str] = frozenset()
    # what is given when giving is a statement, not aid ("provided no details")
    INFORMATION_NOUNS: frozenset[str] = frozenset()
    # refusing to comment is no rejection ("declined to comment", "refused to give his
    # name"): the verbs of telling a refusal may govern, besides STATEMENT_VERBS
    COMMENT_VERBS: frozenset[str] = frozenset()
    # a deal of the market is no event ("agreed to sell its stake", "rejected the bid"):
    # the nouns of its theme or subject, and the verbs of trade it may be told with
    MARKET_NOUNS: frozenset[str] = frozenset()
    TRADE_VERBS: frozenset[str] = frozenset()
    # verbs that are events only with a document signed ("signed the treaty", not a
    # sports win "signed his third victory") and the documents
    DOCUMENT_ONLY: frozenset[str] = frozenset()
    DOCUMENT_NOUNS: frozenset[str] = frozenset()
    # verbs that name, not ask, with a complement of their object ("called the plan a
    # mistake"); an idiom of VERB_OBJECT ("called him a liar") is read before
    NAMING_VERBS: frozenset[str] = frozenset()
    # an accident or a disaster: the harm told with it is no attack ("killed in a road
    # accident", "tués dans un séisme")
    MISHAP_WORDS: frozenset[str] = frozenset()
    # rescue and emergency services: what they do is no political event
    RESCUE_WORKERS: frozenset[str] = frozenset()
    # a fire no one set is a mishap ("the blaze destroyed the shop"): the words of fire,
    # and the words of a fire set on purpose ("arson", "un incendie criminel")
    FIRE_WORDS: frozenset[str] = frozenset()
    ARSON_WORDS: frozenset[str] = frozenset()
    # words that tell a mishap around a harm with no doer, in its paragraph ("she fell
    # from a balcony; badly hurt, she was taken to hospital")
    MISHAP_CONTEXT_WORDS: frozenset[str] = frozenset()
    # verbs of striving, no attack with a purpose clause ("fought to keep the boy")
    STRIVING_VERBS: frozenset[str] = frozenset()
    # places of daily life: their closing is a notice, no restriction ("the library will
    # be closed in July")
    AMENITY_NOUNS: frozenset[str] = frozenset()
    # things that require, not ask: "the plan calls for two plants", "le projet a
    # demandé un long travail" (a text's author still asks: "the resolution calls for")
    REQUIRING_NOUNS: frozenset[str] = frozenset()
    # --- modality (extract.modality)
    REPORT_ADVERBS: frozenset[str] = frozenset()  # "reportedly": a claim
    # modal auxiliaries of a possible event: "he could be charged" is hypothetical (not
    # with a perfect: "may have been killed" tells a past event unsure)
    MODAL_AUXILIARIES: frozenset[str] = frozenset()
    PERFECT_AUXILIARIES: frozenset[str] = frozenset()
    # nouns of a feared or possible event: "the threat of air strikes" is hypothetical
    PROSPECT_NOUNS: frozenset[str] = frozenset()
    REPORT_NOUNS: frozenset[str] = frozenset()  # "reports put the toll at 100": a claim
    BELIEF_VERBS: frozenset[str] = frozenset()  # "is believed to have killed": a claim
    CONDITIONAL_AUXILIARIES: frozenset[str] = frozenset()  # "would"
    CONDITIONAL_ENDINGS: tuple[str, ...] = ()  # conditional forms the tagger misses
    REPORTIVE_CONDITIONAL: bool = False  # the conditional mood reports a claim ("aurait tué")
    IMPLICATIVE_GOVERNORS: frozenset[str] = frozenset()  # "managed to": a fact when past
    PREVENTION_GOVERNORS: frozenset[str] = frozenset()  # "stopped them from marching"


@dataclass(frozen=True)
class Dates:
    """Time-expression vocabulary (values are TIMEX3 codes) and cue patterns."""

    MONTHS: dict[str, int] = field(default_factory=dict)
    AMBIGUOUS_MONTHS: frozenset[str] = frozenset()
    WEEKDAYS: dict[str, int] = field(default_factory=dict)
    WEEKDAYS_PLURAL: dict[str, int] = field(default_factory=dict)
    NUMBERS: dict[str, float] = field(default_factory=dict)
    FEW: tuple[str, ...] = ()
    FEW_REFS: dict[str, str] = field(default_factory=dict)
    ORDINALS: dict[str, int] = field(default_factory=dict)
    UNITS: dict[str, str] = field(default_factory=dict)
    BARE_DURATIONS: dict[str, str] = field(default_factory=dict)
    PARTS_OF_DAY: dict[str, str] = field(default_factory=dict)
    SEASONS: dict[str, str] = field(default_factory=dict)
    AMBIGUOUS_SEASONS: frozenset[str] = frozenset()
    SEASON_CUE: str = NEVER
    DEICTIC_DAYS: dict[str, int] = field(default_factory=dict)
    RELATIONS: dict[str, int] = field(default_factory=dict)
    ANAPHORIC_DAYS: dict[str, int] = field(default_factory=dict)
    ANAPHORIC_DIRECTION: dict[str, int] = field(default_factory=dict)
    ANAPHORIC_RELATIONS: dict[str, int] = field(default_factory=dict)
    SHORTLY: dict[str, int] = field(default_factory=dict)
    REFS: dict[str, str] = field(default_factory=dict)
    FREQUENCY: dict[str, str] = field(default_factory=dict)
    MODIFIERS: dict[str, str] = field(default_factory=dict)
    AGE_BEFORE: str = NEVER
    AGE_AFTER: str = NEVER
    WEEKDAY_POD_IN_VALUE: bool = False
    YEAR_NEEDS_CUE: bool = False
    ARTICLE: str = NEVER
    FUTURE_CUES: str = NEVER
    PAST_CUES: str = NEVER
    PATTERNS: tuple[tuple[str, str], ...] = ()
    HOLIDAYS: dict[str, tuple[int, ...]] = field(default_factory=dict)
    NOON: dict[str, int] = field(default_factory=dict)
    DECADES: dict[str, int] = field(default_factory=dict)
    # Cues the language-neutral rules of eventline.temporal read (placeholders, plausibility
    # filters, handlers, tense). Word tuples are matched literally; ``str`` fields are regexes.
    DAY_SUFFIX: str = ""
    AMPM: str = NEVER
    MERIDIEM: dict[str, int] = field(default_factory=dict)
    PM_SUFFIXES: tuple[str, ...] = ()
    HOUR_AFTER_DAY: str = NEVER
    MONTH_CUES: tuple[str, ...] = ()
    YEAR_CUES_BEFORE: tuple[str, ...] = ()
    YEAR_CUES_AFTER: tuple[str, ...] = ()
    CAPITALISED_TITLES: bool = False
    TIME_TITLE_WORDS: tuple[str, ...] = ()
    FRACTION_AFTER: tuple[str, ...] = ()
    ORDINAL_SECOND_ARTICLES: frozenset[str] = frozenset()
    SINGULAR_ARTICLES: frozenset[str] = frozenset()
    PLURAL_ENDING: str = ""
    AMOUNT_WORDS: tuple[str, ...] = ()
    MODALS_BEFORE: tuple[str, ...] = ()
    PERIOD_ENDED: str = NEVER
    ANCHORING_ARTICLES: tuple[str, ...] = ()
    POSSESSIVE_ENDINGS: tuple[str, ...] = ()
    ANAPHORIC_WEEKDAY_RELATIONS: frozenset[str] = frozenset()
    DEICTIC_PARTS_OF_DAY: dict[str, str] = field(default_factory=dict)
    REFERENCE_DAY_POD_MODIFIERS: tuple[str, ...] = ()
    QUARTER_YEAR_BACK: tuple[str, ...] = ()
    QUARTER_LAST_YEARS: tuple[str, ...] = ()
    QUARTER_CURRENT: tuple[str, ...] = ()
    QUARTER_LATEST: tuple[str, ...] = ()
    SPOKEN_CENTURIES: dict[str, int] = field(default_factory=dict)
    SPOKEN_COUNTS: frozenset[str] = frozenset()
    SPOKEN_FILLERS: frozenset[str] = frozenset()
    FUTURE_AUXILIARIES: frozenset[str] = frozenset()
    FUTURE_MODALS: frozenset[str] = frozenset()
    INFINITIVE_FUTURE_VERBS: frozenset[str] = frozenset()
    PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
    PERFECT_AUXILIARIES: frozenset[str] = frozenset()
    # Event dating (eventline.extract.dates): prepositions that place the happening a noun
    # names before (-1) or after (+1) the clause's event, 0 when they bound it ("since").
    SEQUENCE_PREPOSITIONS: dict[str, int] = field(default_factory=dict)
    # Words before an expression that make it the start of the event's period ("depuis").
    SINCE_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Actors:
    """Pronouns, nationality words, sector head nouns, organisations, seats of power."""

    PRONOUNS: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    DETERMINERS: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    STRIP_LEADING: tuple[str, ...] = ()
    DEMONYMS: dict[str, str] = field(default_factory=dict)
    DEMONYM_GENDER: dict[str, str] = field(default_factory=dict)
    SECTOR_TERMS: dict[str, tuple[str, str]] = field(default_factory=dict)
    PLURAL_NOUNS: frozenset[str] = frozenset()
    # plural nouns naming a whole body, not some of its members ("forces" as "the army")
    BODY_PLURALS: frozenset[str] = frozenset()
    DESCRIPTIVE_ADJECTIVES: frozenset[str] = frozenset()
    GENERIC_TERMS: dict[str, str] = field(default_factory=dict)
    ORGANISATIONS: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    NAME_PLACE_PREPOSITIONS: tuple[str, ...] = ()
    METONYMS: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    PERSON_NOUNS: frozenset[str] = frozenset()
    # armed groups under a name of this language → (canonical, country or None, sector)
    KNOWN_GROUPS: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    # elided determiner ("l'") → (number, gender) it shows
    ELIDED_DETERMINERS: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ()  # end a head phrase ("ministre de…")
    NAME_CONNECTORS: tuple[str, ...] = ()  # ignored when two names are compared
    ANAPHORIC_DEMONSTRATIVES: tuple[str, ...] = ()  # with the definite articles: "these men"
    QUANTITY_PHRASES: tuple[str, ...] = ()  # before a counted noun ("au moins", "dozens of")
    PLURAL_ENDINGS: tuple[str, ...] = ()  # endings of plural nouns ("s")
    SINGULAR_ENDINGS: tuple[str, ...] = ()  # endings that still make no plural ("ss")
    HEAD_LAST: bool = False  # a phrase's head noun comes last, before its complements
    NAME_STARTS_CAPITALISED: bool = False  # a proper name's first word has a capital
    # titles before a person's name, capitalised or not ("le général X", "President X")
    # → PLOVER sector
    TITLES: dict[str, str] = field(default_factory=dict)
    # what remains of a partitive or contrastive mention, referring back to people
    # counted or named before ("d'entre eux", "autres", "the others") → (number, gender)
    PARTITIVES: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # possessive determiners → (number, gender) of the owner ("ses" → one owner)
    POSSESSIVE_OWNERS: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # weapons and craft standing for those who use them ("un drone", "a jet fighter")
    ARMED_INSTRUMENTS: frozenset[str] = frozenset()
    # things a target may be, by head noun or phrase → PLOVER sector of their users
    # ("une école" → EDU, "a market" → CVL, "a police station" → COP)
    THING_SECTORS: dict[str, str] = field(default_factory=dict)
    # first-person pronouns: the speaker of the quotation they stand in
    FIRST_PERSON: dict[str, str] = field(default_factory=dict)  # pronoun → "sing" | "plur"


@dataclass(frozen=True)
class Casualties:
    """Number words, vague quantities, qualifiers and death/injury words."""

    NUMBER_WORDS: dict[str, int] = field(default_factory=dict)
    VAGUE: dict[str, tuple[int, str]] = field(default_factory=dict)
    QUALIFIERS: dict[str, str] = field(default_factory=dict)
    DEATH_WORDS: tuple[str, ...] = ()
    INJURY_WORDS: tuple[str, ...] = ()
    DEATH_VERBS_BEFORE: tuple[str, ...] = ()
    INJURY_VERBS_BEFORE: tuple[str, ...] = ()
    NOT_COUNT_AFTER: tuple[str, ...] = ()
    WINDOW_STOP: tuple[str, ...] = ()
    ARTICLE_NUMBERS: frozenset[str] = frozenset()
    PASSIVE_AUXILIARIES: frozenset[str] = frozenset()
    KILLING_VERBS: frozenset[str] = frozenset()
    # quantities too vague to count: the toll stays unstated ("plusieurs", "many")
    UNCOUNTED: tuple[str, ...] = ()
    # before a part of an earlier total ("40 morts, dont deux enfants")
    SUBSET_MARKERS: tuple[str, ...] = ()
    # join coordinated counts ("4 police and 39 civilians") and combined tolls
    COUNT_JOINERS: frozenset[str] = frozenset()
    # a toll named before its number ("the death toll rose to 35")
    TOLL_WORDS: tuple[str, ...] = ()
    # degree words between a victim and its injury word ("grièvement blessé")
    SEVERITY_WORDS: frozenset[str] = frozenset()
    # lemmas (or forms) whose object or passive subject are the dead / the injured
    KILLING_LEMMAS: frozenset[str] = frozenset()
    WOUNDING_LEMMAS: frozenset[str] = frozenset()
    # lemmas (or forms) whose subject are the dead ("mourir", "died")
    DYING_LEMMAS: frozenset[str] = frozenset()
    # lemmas whose counted object of people are the dead of the subject's side ("l'armée
    # a perdu douze soldats", "the unit lost four men")
    LOSING_LEMMAS: frozenset[str] = frozenset()
    # singular nouns naming several people: a lone one is not one victim ("a family")
    COLLECTIVE_NOUNS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Discourse:
    """Cause markers, order cues and anaphoric pronouns for linking; the words that names
    (linking) and role phrases (scoring) are compared without, and where a phrase's head is.

    The word lists below are subsets of :class:`FunctionWords` chosen for one purpose; the
    articles (definite, indefinite, contracted) are dropped as well, from the inventory.
    """

    CAUSE_MARKERS: dict[str, float] = field(default_factory=dict)
    # the same without a complement: the cause is the event told before ("In retaliation,")
    CAUSE_ADVERBIALS: dict[str, float] = field(default_factory=dict)
    ORDER_CUES: dict[str, str] = field(default_factory=dict)
    PREP_ORDER: dict[str, str] = field(default_factory=dict)
    PRONOUNS: tuple[str, ...] = ()
    # nouns naming the dead: a deed whose target they are follows the killing ("the bodies")
    REMAINS_WORDS: tuple[str, ...] = ()
    # prepositions inside names, dropped when linking compares names ("Front de X")
    NAME_PREPOSITIONS: tuple[str, ...] = ()
    # demonstratives and possessives the scorer drops from role phrases ("their base")
    ROLE_DETERMINERS: tuple[str, ...] = ()
    # prepositions the scorer drops from role phrases
    ROLE_PREPOSITIONS: tuple[str, ...] = ()
    # a phrase's head comes first ("forces de sécurité"), else last ("security forces")
    HEAD_INITIAL: bool = False
    # head-last phrases: prepositions opening a complement after the head ("militants in X")
    HEAD_BOUNDARY_PREPOSITIONS: tuple[str, ...] = ()


@dataclass(frozen=True)
class FunctionWords:
    """The closed classes of the language, as written (accents, apostrophes)."""

    DEFINITE_ARTICLES: tuple[str, ...] = ()
    INDEFINITE_ARTICLES: tuple[str, ...] = ()
    CONTRACTED_ARTICLES: tuple[str, ...] = ()  # preposition + article in one word ("du")
    PREPOSITIONS: tuple[str, ...] = ()
    CONJUNCTIONS: tuple[str, ...] = ()
    DEMONSTRATIVES: tuple[str, ...] = ()
    POSSESSIVES: tuple[str, ...] = ()
    PERSONAL_PRONOUNS: tuple[str, ...] = ()
    ELISIONS: tuple[str, ...] = ()  # clitics written with an apostrophe ("l'", "d'")
    RELATIVE_PRONOUNS: tuple[str, ...] = ()
    INFINITIVE_MARKERS: tuple[str, ...] = ()  # introduce an infinitive complement
    GENITIVE_PREPOSITIONS: tuple[str, ...] = ()  # "the city of X", "dozens of Y"
    POSSESSIVE_CLITICS: tuple[str, ...] = ()  # "X's"


@dataclass(frozen=True)
class Places:
    """Words around place names: what precedes, qualifies or bounds them."""

    LEADING_PREPOSITIONS: tuple[str, ...] = ()  # dropped before a name, with the articles
    NEAR_PHRASES: tuple[str, ...] = ()  # "near X": close to X (precision 2)
    PART_WORDS: frozenset[str] = frozenset()  # "north of X", "northern X": part of X
    ADMIN_WORDS: frozenset[str] = frozenset()  # "X region": X's province (precision 3)
    SETTLEMENT_WORDS: frozenset[str] = frozenset()  # "the town of X": dropped
    QUALIFIERS: frozenset[str] = frozenset()  # "occupied X": dropped
    TERRITORY_WORDS: frozenset[str] = frozenset()  # "<nationality> territory": that country
    DEMONYM_BEFORE_PLACE: bool = False  # "Syrian Golan": a nationality word goes first
    # a phrase naming several places is cut at these words (as written, case kept):
    SPLIT_PREPOSITIONS: tuple[str, ...] = ()  # "X in Y"
    SPLIT_SETTLEMENTS: tuple[str, ...] = ()  # "… town of X" (with GENITIVE_PREPOSITIONS)
    LIST_CONJUNCTIONS: tuple[str, ...] = ()  # "X and Y"
    LIST_PREPOSITIONS: tuple[str, ...] = ()  # "X and in Y"
    PLACE_NAMES_CAPITALISED: bool = False  # a place name has a capital letter
    # a clock time, not a place: "10 h, heure de X" / "10 am X time"
    TIME_ZONE_BEFORE: tuple[str, ...] = ()
    TIME_ZONE_AFTER: tuple[str, ...] = ()
    BORDER_NOUNS: frozenset[str] = frozenset()  # "the border with X": X only bounds a place
    # "killed when gunmen raided X": a clause of the same moment, whose place is the main one's
    SAME_TIME_MARKERS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Morphology:
    """Spelling regularities the rules repair tagger slips with."""

    PARTICIPLE_ENDINGS: tuple[tuple[str, str], ...] = ()
    PLURAL_ENDINGS: tuple[str, ...] = ()
    # irregular participles the tagger leaves unlemmatised → infinitive ("morts" → "mourir")
    IRREGULAR_PARTICIPLES: dict[str, str] = field(default_factory=dict)
    # endings a verb's lemma is repaired with when the lemmatizer gave a noun's
    # ("demande" → "demander")
    VERB_LEMMA_ENDINGS: tuple[str, ...] = ()
    # endings of past finite forms the tagger may call present ("manifestaient")
    PAST_FINITE_ENDINGS: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageData:
    """Everything eventline knows about one language."""

    code: str
    models: tuple[str, ...]  # spaCy model packages, most preferred first
    triggers: Triggers
    dates: Dates
    actors: Actors
    casualties: Casualties
    discourse: Discourse
    function_words: FunctionWords
    places: Places
    morphology: Morphology


# part name → contract class (the module name in a language folder is the part name)
PARTS: dict[str, type] = {
    "triggers": Triggers,
    "dates": Dates,
    "actors": Actors,
    "casualties": Casualties,
    "discourse": Discourse,
    "function_words": FunctionWords,
    "places": Places,
    "morphology": Morphology,
}
