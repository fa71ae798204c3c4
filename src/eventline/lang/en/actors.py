"""English actor vocabulary (data only): pronouns, nationality words, sector head nouns,
international organisations and generic descriptions that can corefer."""

from __future__ import annotations

from eventline.lang.en import phoenix_actors as _phoenix

# pronoun → (number, gender)
PRONOUNS: dict[str, tuple[str, str | None]] = {
    "he": ("sing", "masc"),
    "him": ("sing", "masc"),
    "she": ("sing", "fem"),
    "her": ("sing", "fem"),
    "it": ("sing", None),
    "they": ("plur", None),
    "them": ("plur", None),
    "the latter": ("sing", None),
}

# leading determiner → (number, gender); English determiners rarely show number
DETERMINERS: dict[str, tuple[str, str | None]] = {
    "a": ("sing", None),
    "an": ("sing", None),
    "this": ("sing", None),
    "that": ("sing", None),
    "these": ("plur", None),
    "those": ("plur", None),
    "several": ("plur", None),
}

# words dropped from the front of a proper name for its canonical form
STRIP_LEADING: tuple[str, ...] = ("the",)

# nationality adjective → ISO 3166-1 alpha-3; plural nouns ("Iraqis") generated below
_NATIONALITY = """
Afghan AFG; Albanian ALB; Algerian DZA; German DEU; American USA; Angolan AGO; Saudi SAU;
Argentine ARG; Argentinian ARG; Armenian ARM; Australian AUS; Austrian AUT; Azerbaijani AZE;
Bahraini BHR; Bangladeshi BGD; Belgian BEL; Beninese BEN; Belarusian BLR; Burmese MMR;
Bolivian BOL; Bosnian BIH; Brazilian BRA; British GBR; Bulgarian BGR; Burkinabe BFA;
Burkinabè BFA; Burundian BDI; Cambodian KHM; Cameroonian CMR; Canadian CAN;
Central African CAF; Chilean CHL; Chinese CHN; Cypriot CYP; Colombian COL; Comorian COM;
Congolese COD; North Korean PRK; South Korean KOR; Korean KOR; Ivorian CIV; Croatian HRV;
Cuban CUB; Danish DNK; Djiboutian DJI; Egyptian EGY; Emirati ARE; Ecuadorian ECU;
Eritrean ERI; Spanish ESP; Estonian EST; Ethiopian ETH; Finnish FIN; French FRA;
Gabonese GAB; Gambian GMB; Georgian GEO; Ghanaian GHA; Greek GRC; Guatemalan GTM;
Guinean GIN; Haitian HTI; Hungarian HUN; Indian IND; Indonesian IDN; Iraqi IRQ; Iranian IRN;
Irish IRL; Icelandic ISL; Israeli ISR; Italian ITA; Jamaican JAM; Japanese JPN;
Jordanian JOR; Kazakh KAZ; Kenyan KEN; Kyrgyz KGZ; Kosovar KOS; Kuwaiti KWT; Lao LAO;
Latvian LVA; Lebanese LBN; Liberian LBR; Libyan LBY; Lithuanian LTU; Malagasy MDG;
Malaysian MYS; Malawian MWI; Malian MLI; Moroccan MAR; Mauritanian MRT; Mexican MEX;
Moldovan MDA; Mongolian MNG; Mozambican MOZ; Namibian NAM; Nepali NPL; Nepalese NPL;
Nicaraguan NIC; Nigerien NER; Nigerian NGA; Norwegian NOR; New Zealand NZL; Omani OMN;
Ugandan UGA; Uzbek UZB; Pakistani PAK; Palestinian PSE; Panamanian PAN; Paraguayan PRY;
Dutch NLD; Peruvian PER; Filipino PHL; Philippine PHL; Polish POL; Portuguese PRT;
Qatari QAT; Romanian ROU; Russian RUS; Rwandan RWA; Salvadoran SLV; Senegalese SEN;
Serbian SRB; Serb SRB; Sierra Leonean SLE; Singaporean SGP; Slovak SVK; Slovenian SVN;
Somali SOM; Sudanese SDN; South Sudanese SSD; South African ZAF; Sri Lankan LKA;
Swedish SWE; Swiss CHE; Syrian SYR; Tajik TJK; Taiwanese TWN; Tanzanian TZA; Chadian TCD;
Czech CZE; Thai THA; Togolese TGO; Tunisian TUN; Turkmen TKM; Turkish TUR; Ukrainian UKR;
Uruguayan URY; Venezuelan VEN; Vietnamese VNM; Yemeni YEM; Zambian ZMB; Zimbabwean ZWE;
Sahrawi ESH; Kurdish -; Zionist ISR; US USA; U.S. USA; UK GBR; European EUR
"""


def _forms(adj: str) -> tuple[str, ...]:
    if adj.endswith(("ese", "ish", "ch", "ss", "Lao", "Thai")) or adj.isupper() or "." in adj:
        return (adj,)
    return (adj, adj + "s")


# every form → ISO3 ("" for a nationality with no state, e.g. Kurdish)
DEMONYMS: dict[str, str] = {
    form: code.replace("-", "")
    for item in _NATIONALITY.replace("\n", " ").split(";")
    if item.strip()
    for adj, code in [item.strip().rsplit(" ", 1)]
    for form in _forms(adj)
}

# inflected forms that show gender: none in English
DEMONYM_GENDER: dict[str, str] = {}

# sector head nouns and phrases → (PLOVER sector, English gloss for canonical names)
SECTOR_TERMS: dict[str, tuple[str, str]] = {
    "army": ("MIL", "army"),
    "armed forces": ("MIL", "armed forces"),
    "forces": ("MIL", "forces"),
    "troops": ("MIL", "troops"),
    "soldier": ("MIL", "soldier"),
    "soldiers": ("MIL", "soldiers"),
    "military": ("MIL", "military"),
    "air force": ("MIL", "air force"),
    "navy": ("MIL", "navy"),
    "police": ("COP", "police"),
    "police officers": ("COP", "police officers"),
    "police officer": ("COP", "police officer"),
    "policeman": ("COP", "police officer"),
    "officers": ("COP", "officers"),
    "riot police": ("COP", "riot police"),
    "policemen": ("COP", "police officers"),
    "gendarmes": ("COP", "gendarmes"),
    "security forces": ("COP", "security forces"),
    "government": ("GOV", "government"),
    "minister": ("GOV", "minister"),
    "ministry": ("GOV", "ministry"),
    "prime minister": ("GOV", "prime minister"),
    "president": ("GOV", "president"),
    "presidency": ("GOV", "presidency"),
    "authorities": ("GOV", "authorities"),
    "officials": ("GOV", "officials"),
    "diplomats": ("GOV", "diplomats"),
    "diplomat": ("GOV", "diplomat"),
    "governor": ("GOV", "governor"),
    "village head": ("GOV", "village head"),
    "village chief": ("GOV", "village chief"),
    "traditional ruler": ("GOV", "traditional ruler"),
    "regime": ("GOV", "regime"),
    "administration": ("GOV", "administration"),
    "ambassador": ("GOV", "ambassador"),
    # a junta is the army in power: its deeds are the military's
    "junta": ("MIL", "junta"),
    "military junta": ("MIL", "junta"),
    "government forces": ("MIL", "government forces"),
    "government troops": ("MIL", "government troops"),
    "rebels": ("REB", "rebels"),
    "rebel": ("REB", "rebel"),
    "insurgents": ("REB", "insurgents"),
    "militants": ("REB", "militants"),
    "militant": ("REB", "militant"),
    "paramilitary": ("REB", "paramilitary"),
    "paramilitaries": ("REB", "paramilitaries"),
    "militant group": ("REB", "militant group"),
    "jihadists": ("REB", "jihadists"),
    "jihadist group": ("REB", "jihadist group"),
    "terrorists": ("REB", "terrorists"),
    "terrorist group": ("REB", "terrorist group"),
    "armed group": ("REB", "armed group"),
    "armed groups": ("REB", "armed groups"),
    "militia": ("REB", "militia"),
    "militias": ("REB", "militias"),
    "militiamen": ("REB", "militiamen"),
    "fighters": ("REB", "fighters"),
    "resistance": ("REB", "resistance"),
    "guerrillas": ("REB", "guerrillas"),
    "separatists": ("REB", "separatists"),
    "liberation army": ("REB", "liberation army"),
    "liberation front": ("REB", "liberation front"),
    "brigades": ("REB", "brigades"),
    "gunmen": ("UAF", "gunmen"),
    "unknown gunmen": ("UAF", "unidentified gunmen"),
    "unidentified gunmen": ("UAF", "unidentified gunmen"),
    "armed men": ("UAF", "gunmen"),
    "assailants": ("UAF", "assailants"),
    "unidentified assailants": ("UAF", "unidentified assailants"),
    "gang": ("CRM", "gang"),
    "gangs": ("CRM", "gangs"),
    "bandits": ("CRM", "bandits"),
    "armed bandits": ("CRM", "armed bandits"),
    "criminals": ("CRM", "criminals"),
    "kidnappers": ("CRM", "kidnappers"),
    "attackers": ("UAF", "assailants"),
    "protesters": ("CVL", "protesters"),
    "demonstrators": ("CVL", "protesters"),
    "civilians": ("CVL", "civilians"),
    "residents": ("CVL", "residents"),
    "villagers": ("CVL", "villagers"),
    "people": ("CVL", "people"),
    "children": ("CVL", "children"),
    "women": ("CVL", "women"),
    "pupils": ("CVL", "pupils"),
    "schoolchildren": ("CVL", "pupils"),
    "students": ("CVL", "students"),
    "hostages": ("CVL", "hostages"),
    "victims": ("CVL", "victims"),
    "worshippers": ("CVL", "worshippers"),
    "passengers": ("CVL", "passengers"),
    "farmers": ("CVL", "farmers"),
    "herders": ("CVL", "herders"),
    "traders": ("CVL", "traders"),
    "family": ("CVL", "family"),
    "families": ("CVL", "families"),
    "survivors": ("CVL", "survivors"),
    "opposition": ("OPP", "opposition"),
    "party": ("PTY", "party"),
    "judge": ("JUD", "judge"),
    "judges": ("JUD", "judges"),
    "court": ("JUD", "court"),
    "prosecutor": ("JUD", "prosecutor"),
    "prosecutors": ("JUD", "prosecutors"),
    "judiciary": ("JUD", "judiciary"),
    "parliament": ("LEG", "parliament"),
    "lawmakers": ("LEG", "lawmakers"),
    "legislators": ("LEG", "lawmakers"),
    "senate": ("LEG", "senate"),
    "senators": ("LEG", "senators"),
    "congress": ("LEG", "congress"),
    "national assembly": ("LEG", "national assembly"),
    "ngo": ("NGO", "NGO"),
    "journalist": ("JRN", "journalist"),
    "journalists": ("JRN", "journalists"),
    "media": ("JRN", "media"),
    "press": ("JRN", "press"),
    "doctors": ("MED", "doctors"),
    "hospital": ("MED", "hospital"),
    "health workers": ("MED", "health workers"),
    "intelligence services": ("SPY", "intelligence services"),
    "intelligence": ("SPY", "intelligence"),
    "refugees": ("REF", "refugees"),
    "displaced people": ("REF", "displaced people"),
    "displaced persons": ("REF", "displaced people"),
    "union": ("LAB", "union"),
    "unions": ("LAB", "unions"),
    "strikers": ("LAB", "strikers"),
    "teachers": ("EDU", "teachers"),
    "company": ("BUS", "company"),
    # occupations that strike and march on their own
    "court clerks": ("JUD", "court clerks"),
    "magistrates": ("JUD", "magistrates"),
    "lawyers": ("JUD", "lawyers"),
    "midwives": ("MED", "midwives"),
}

# plural nouns without a plural ending (number agreement)
PLURAL_NOUNS: frozenset[str] = frozenset(
    {"police", "people", "gunmen", "militiamen", "policemen", "media", "children", "women"}
)

# plural nouns naming a whole body, not some of its members ("the government forces"
# are the state's armed forces; "soldiers" are some of them)
BODY_PLURALS: frozenset[str] = frozenset({"forces"})

# capitalised adjectives that do not make a mention a proper name ("Islamist insurgents")
DESCRIPTIVE_ADJECTIVES: frozenset[str] = frozenset(
    {
        "islamist",
        "islamic",
        "jihadist",
        "muslim",
        "christian",
        "sunni",
        "shia",
        "shiite",
        "arab",
        "tuareg",
        "fulani",
        "pro",
        "anti",
        "western",
        "government",
        "state",
    }
)

# generic descriptions that normally refer back to an actor named earlier → English gloss
GENERIC_TERMS: dict[str, str] = {
    "group": "group",
    "movement": "movement",
    "organisation": "organisation",
    "organization": "organisation",
    "faction": "faction",
    "coalition": "coalition",
    "alliance": "alliance",
    "outfit": "group",
}

# international organisations: name → (English canonical, PLOVER code, sector)
ORGANISATIONS: dict[str, tuple[str, str, str]] = {
    "un": ("United Nations", "UNO", "IGO"),
    "united nations": ("United Nations", "UNO", "IGO"),
    "security council": ("UN Security Council", "UNO", "IGO"),
    "un security council": ("UN Security Council", "UNO", "IGO"),
    "united nations security council": ("UN Security Council", "UNO", "IGO"),
    "un general assembly": ("UN General Assembly", "UNO", "IGO"),
    "unicef": ("UNICEF", "UNO", "IGO"),
    "unhcr": ("UNHCR", "UNO", "IGO"),
    "minusma": ("MINUSMA", "UNO", "IGO"),
    "monusco": ("MONUSCO", "UNO", "IGO"),
    "un peacekeepers": ("UN peacekeepers", "UNO", "IGO"),
    "peacekeepers": ("UN peacekeepers", "UNO", "IGO"),
    "nato": ("NATO", "IGO", "IGO"),
    "african union": ("African Union", "IGO", "IGO"),
    "au": ("African Union", "IGO", "IGO"),
    "european union": ("European Union", "EUR", "IGO"),
    "eu": ("European Union", "EUR", "IGO"),
    "european commission": ("European Commission", "EUR", "IGO"),
    "ecowas": ("ECOWAS", "IGO", "IGO"),
    "economic community of west african states": ("ECOWAS", "IGO", "IGO"),
    "arab league": ("Arab League", "IGO", "IGO"),
    "international criminal court": ("International Criminal Court", "IGO", "JUD"),
    "icc": ("International Criminal Court", "IGO", "JUD"),
    "international court of justice": ("International Court of Justice", "UNO", "JUD"),
    "icj": ("International Court of Justice", "UNO", "JUD"),
    "imf": ("International Monetary Fund", "IGO", "IGO"),
    "international monetary fund": ("International Monetary Fund", "IGO", "IGO"),
    "world bank": ("World Bank", "IGO", "IGO"),
    "who": ("World Health Organization", "UNO", "IGO"),
    "world health organization": ("World Health Organization", "UNO", "IGO"),
    "red cross": ("Red Cross", "NGO", "NGO"),
    "icrc": ("International Committee of the Red Cross", "NGO", "NGO"),
    "amnesty international": ("Amnesty International", "NGO", "NGO"),
    "human rights watch": ("Human Rights Watch", "NGO", "NGO"),
    "doctors without borders": ("Médecins Sans Frontières", "NGO", "NGO"),
    "msf": ("Médecins Sans Frontières", "NGO", "NGO"),
    "g7": ("G7", "IGO", "IGO"),
    "g20": ("G20", "IGO", "IGO"),
}

# connectors inside names that introduce a place ("Islamic Resistance in Iraq")
NAME_PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "of")


# Seats of power standing for a government or an organisation (general knowledge).
METONYMS: dict[str, tuple[str, str, str]] = {
    "kremlin": ("Russia", "RUS", "GOV"),
    "white house": ("United States", "USA", "GOV"),
    "pentagon": ("United States", "USA", "MIL"),
    "state department": ("United States", "USA", "GOV"),
    "elysee": ("France", "FRA", "GOV"),
    "downing street": ("United Kingdom", "GBR", "GOV"),
    "whitehall": ("United Kingdom", "GBR", "GOV"),
    "brussels": ("European Union", "EUR", "IGO"),
}


# Nouns for people and groups that can fill an actor or target role on their own
# (beyond the sector terms above).
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "people", "person", "civilian", "resident", "villager", "victim", "hostage",
        "suspect", "man", "woman", "child", "youth", "student", "pupil", "worker",
        "farmer", "herder", "trader", "clerk", "worshipper", "pilgrim", "refugee", "migrant",
        "prisoner", "detainee", "opponent", "activist", "protester", "demonstrator",
        "diplomat", "official", "leader", "minister", "officer", "delegation", "ally",
        "partner", "side", "party", "neighbour", "neighbor", "counterpart", "envoy",
        "mediator", "negotiator", "population", "crowd", "family", "member", "fighter",
        "attacker", "assailant", "perpetrator", "agent", "guard", "employee", "staff",
        "journalist", "militant", "individual", "entity", "company", "firm", "citizen",
        "national", "compatriot", "passenger", "patient", "personality", "survivor",
    }
)  # fmt: skip


# Armed groups under their English names and spellings (the names every language shares
# are in eventline/data/armed_groups.tsv) → (canonical, country or None, sector)
KNOWN_GROUPS: dict[str, tuple[str, str | None, str]] = {
    "Islamic State": ("Islamic State", None, "REB"),
    "ISIS": ("Islamic State", None, "REB"),
    "Daesh": ("Islamic State", None, "REB"),
    "al-Qaeda": ("Al-Qaeda", None, "REB"),
    "al-Shabaab": ("Al-Shabaab", "SOM", "REB"),
    "Shabaab": ("Al-Shabaab", "SOM", "REB"),
    "Hizbollah": ("Hezbollah", "LBN", "REB"),
}

# no elided determiners in English
ELIDED_DETERMINERS: dict[str, tuple[str | None, str | None]] = {}

# prepositions that end the head phrase of a description and introduce its complement
# ("the defence minister of Mali", "Islamic Resistance in Iraq")
COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ("of", "in", "from", "for", "at")

# words besides articles and "of" ignored when two names are compared
NAME_CONNECTORS: tuple[str, ...] = ("in",)

# demonstratives that, like the definite article, point back to an actor just named
ANAPHORIC_DEMONSTRATIVES: tuple[str, ...] = ("these", "this", "those")

# quantities before a counted noun ("dozens of homes" → "homes"); a phrase is followed by a
# space, then "of" may follow
QUANTITY_PHRASES: tuple[str, ...] = (
    "at least", "more than", "about", "some", "several", "dozens of", "hundreds of",
    "thousands of", "many", "most", "other", "a number of", "scores of", "up to",
    "nearly", "almost", "over", "around", "an estimated", "estimated",
    # collective nouns: the people of the complement are the actor ("a cordon of police")
    "phalanx of", "column of", "contingent of", "cordon of", "squad of",
)  # fmt: skip

# plural nouns end in -s ("soldiers"), but not in -ss
PLURAL_ENDINGS: tuple[str, ...] = ("s",)
SINGULAR_ENDINGS: tuple[str, ...] = ("ss",)

# the head noun comes last, before its complements ("the Malian defence minister of …")
HEAD_LAST: bool = True

# a proper name may start with a lower-case word; any capitalised word that is not a
# nationality or a country makes one
NAME_STARTS_CAPITALISED: bool = False

# titles before a person's name, capitalised in English ("President X") → PLOVER sector
TITLES: dict[str, str] = {
    "president": "GOV", "prime minister": "GOV", "minister": "GOV", "governor": "GOV",
    "mayor": "GOV", "ambassador": "GOV", "secretary": "GOV", "senator": "LEG", "sen": "LEG",
    "general": "MIL", "gen": "MIL", "colonel": "MIL", "col": "MIL", "commander": "MIL",
    "major": "MIL", "maj": "MIL", "captain": "MIL", "capt": "MIL", "lieutenant": "MIL",
    "lt": "MIL", "sergeant": "MIL", "judge": "JUD", "prosecutor": "JUD",
}  # fmt: skip

# what remains of a partitive or contrastive mention once its quantity is gone: people
# counted or named before ("ten of them", "the others") → (number, gender)
PARTITIVES: dict[str, tuple[str, str | None]] = {
    "of them": ("plur", None),
    "others": ("plur", None),
    "the others": ("plur", None),
    "the rest": ("plur", None),
}

# possessive determiners → (number, gender) of their owner
POSSESSIVE_OWNERS: dict[str, tuple[str, str | None]] = {
    "its": ("sing", None),
    "their": ("plur", None),
    "his": ("sing", "masc"),
}

# weapons and craft standing for the forces that use them ("a drone struck")
ARMED_INSTRUMENTS: frozenset[str] = frozenset(
    {
        "missile", "missiles", "drone", "drones", "jet", "jets", "fighter jet",
        "fighter jets", "jet fighter", "jet fighters", "warplane", "warplanes", "aircraft",
        "plane", "planes", "helicopter", "helicopters", "combat helicopter", "gunship",
        "gunships", "tank", "tanks", "rocket", "rockets", "shell", "shells",
        "bomber", "bombers", "mortar", "mortars", "artillery",
    }
)  # fmt: skip

# things a target may be → PLOVER sector of their users
THING_SECTORS: dict[str, str] = {
    "house": "CVL", "houses": "CVL", "home": "CVL", "homes": "CVL", "residence": "CVL",
    "building": "CVL",
    "buildings": "CVL", "apartment": "CVL", "market": "CVL", "markets": "CVL",
    "shop": "CVL", "shops": "CVL", "restaurant": "CVL", "hotel": "CVL", "church": "REL",
    "churches": "REL", "mosque": "REL", "mosques": "REL", "monastery": "REL",
    "temple": "REL", "bus": "CVL", "car": "CVL", "ceremony": "CVL", "gathering": "CVL",
    "wedding": "CVL", "funeral": "CVL", "crowd": "CVL", "farm": "CVL", "farms": "CVL",
    "school": "EDU", "schools": "EDU", "university": "EDU", "college": "EDU",
    "campus": "EDU", "hospital": "MED", "clinic": "MED", "health centre": "MED",
    "health center": "MED", "base": "MIL", "bases": "MIL", "military base": "MIL",
    "military bases": "MIL", "military facility": "MIL", "barracks": "MIL",
    "garrison": "MIL", "outpost": "MIL", "checkpoint": "MIL", "position": "MIL",
    "positions": "MIL", "military convoy": "MIL", "police station": "COP",
    "police stations": "COP", "prison": "COP", "displacement camp": "REF",
    "displacement camps": "REF", "refugee camp": "REF", "refugee camps": "REF",
    "ministry": "GOV", "presidential palace": "GOV", "parliament": "LEG",
    "courthouse": "JUD",
}  # fmt: skip

# first-person pronouns → number: "I" is the speaker of its quotation; "we" the
# speaker's side, which the speaker's name does not tell
FIRST_PERSON: dict[str, str] = {"i": "sing", "me": "sing", "we": "plur", "us": "plur"}

# Derived from the Phoenix dictionaries (phoenix_actors.py, generated by
# scripts/derive_petrarch.py): the curated entries above win on the same key, and the
# curated nationality words stay first (the first adjective of a country is its gloss).
# A curated word keeps its sector in both numbers ("fighters": no derived "fighter"). A
# derived term made only of descriptive adjectives or generic heads, in either number
# ("islamic", "sunnis", "group"), is no sector word: it would make every word of a name
# such as "the Islamic Resistance of X" a head noun, so the name would be read as a title.
_NOT_SECTOR_WORDS = frozenset(DESCRIPTIVE_ADJECTIVES) | GENERIC_TERMS.keys()
SECTOR_TERMS = {
    **{
        k: v
        for k, v in _phoenix.SECTOR_TERMS.items()
        if k not in SECTOR_TERMS
        and k + "s" not in SECTOR_TERMS
        and k.removesuffix("s") not in SECTOR_TERMS
        and any(
            w not in _NOT_SECTOR_WORDS and w.removesuffix("s") not in _NOT_SECTOR_WORDS
            for w in k.split()
        )
    },
    **SECTOR_TERMS,
}
ORGANISATIONS = {**_phoenix.ORGANISATIONS, **ORGANISATIONS}
# Not merged yet: the derived KNOWN_GROUPS hold generic aliases ("islamic resistance") that
# capture descriptions and break the agreement of group names across languages.
DEMONYMS = {**DEMONYMS, **{k: v for k, v in _phoenix.DEMONYMS.items() if k not in DEMONYMS}}
