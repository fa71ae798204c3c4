"""Actor mentions → canonical name, country, sector, number, gender, kind."""

from __future__ import annotations

import pytest

from eventline.enrich.actors import (
    DESCRIBE_STEPS,
    bare_words,
    describe,
    display_name,
    groups_named,
    is_actor_head,
    is_group_noun,
    nationality,
    nationals,
    organisation_member,
    weapon_user,
)

CASES = [
    # French
    ("fr", "l'armée malienne", "Malian army", "MLI", "MIL", "description"),
    ("fr", "la police sénégalaise", "Senegalese police", "SEN", "COP", "description"),
    ("fr", "les soldats nigériens", "Nigerien soldiers", "NER", "MIL", "description"),
    ("fr", "les gendarmes ivoiriens", "Ivorian gendarmes", "CIV", "COP", "description"),
    ("fr", "Les États-Unis", "United States", "USA", "GOV", "name"),
    ("fr", "la France", "France", "FRA", "GOV", "name"),
    ("fr", "l'Union africaine", "African Union", "IGO", "IGO", "name"),
    ("fr", "la CEDEAO", "ECOWAS", "IGO", "IGO", "name"),
    ("fr", "l'ONU", "United Nations", "UNO", "IGO", "name"),
    ("fr", "le Conseil de sécurité des Nations unies", "UN Security Council", "UNO", "IGO", "name"),
    ("fr", "l'Union européenne", "European Union", "EUR", "IGO", "name"),
    ("fr", "l'OTAN", "NATO", "IGO", "IGO", "name"),
    ("fr", "Moscou", "Russia", "RUS", "GOV", "place-metonym"),
    ("fr", "Washington", "United States", "USA", "GOV", "place-metonym"),
    ("fr", "des hommes armés non identifiés", "unidentified gunmen", None, "UAF", "description"),
    ("fr", "les rebelles touareg", "rebels", None, "REB", "description"),
    ("fr", "des djihadistes burkinabè", "Burkinabe jihadists", "BFA", "REB", "description"),
    ("fr", "un groupe armé syrien", "Syrian armed group", "SYR", "REB", "description"),
    ("fr", "les manifestants", "protesters", None, "CVL", "description"),
    ("fr", "le tribunal de Dakar", "Senegalese court", "SEN", "JUD", "description"),
    ("fr", "les députés kényans", "Kenyan lawmakers", "KEN", "LEG", "description"),
    ("fr", "une ONG locale", "NGO", None, "NGO", "description"),
    ("fr", "les journalistes camerounais", "Cameroonian journalists", "CMR", "JRN", "description"),
    ("fr", "le ministre malien de la Défense", "Malian minister", "MLI", "GOV", "description"),
    ("fr", "le gouvernement du Tchad", "Chadian government", "TCD", "GOV", "description"),
    ("fr", "le Front de libération du Sahel", "Front de libération du Sahel", None, "REB", "name"),
    ("fr", "La Brigade des martyrs en Syrie", "Brigade des martyrs en Syrie", "SYR", None, "name"),
    ("fr", "le mouvement", "movement", None, None, "description"),
    # French names of armed groups (lang/fr/actors.py KNOWN_GROUPS)
    ("fr", "Daech", "Islamic State", None, "REB", "name"),
    ("fr", "l'État islamique", "Islamic State", None, "REB", "name"),
    ("fr", "les talibans", "Taliban", "AFG", "REB", "name"),
    ("fr", "les combattants d'Al-Qaïda", "Al-Qaeda", None, "REB", "name"),
    ("fr", "les Shebab", "Al-Shabaab", "SOM", "REB", "name"),
    # the head comes first, the country after a complement preposition
    ("fr", "le ministre de la Défense du Mali", "Malian minister", "MLI", "GOV", "description"),
    # English
    ("en", "the Malian army", "Malian army", "MLI", "MIL", "description"),
    ("en", "Senegalese police", "Senegalese police", "SEN", "COP", "description"),
    ("en", "the United States", "United States", "USA", "GOV", "name"),
    ("en", "the African Union", "African Union", "IGO", "IGO", "name"),
    ("en", "ECOWAS", "ECOWAS", "IGO", "IGO", "name"),
    ("en", "the UN Security Council", "UN Security Council", "UNO", "IGO", "name"),
    ("en", "NATO", "NATO", "IGO", "IGO", "name"),
    ("en", "Beijing", "China", "CHN", "GOV", "place-metonym"),
    ("en", "unknown gunmen", "unidentified gunmen", None, "UAF", "description"),
    ("en", "the militants", "militants", None, "REB", "description"),
    ("en", "Iraqi fighters", "Iraqi fighters", "IRQ", "REB", "description"),
    ("en", "Sudanese protesters", "Sudanese protesters", "SDN", "CVL", "description"),
    ("en", "the Nigerian defence minister", "Nigerian minister", "NGA", "GOV", "description"),
    ("en", "the army of Niger", "Nigerien army", "NER", "MIL", "description"),
    ("en", "the Islamic Resistance in Iraq", "Islamic Resistance in Iraq", "IRQ", "REB", "name"),
    ("en", "Hamas", "Hamas", "PSE", "REB", "name"),
    ("en", "the group", "group", None, None, "description"),
    ("en", "Islamist insurgents", "insurgents", None, "REB", "description"),
    ("en", "Chad's army", "Chadian army", "TCD", "MIL", "description"),
    ("en", "Boko Haram fighters", "Boko Haram", "NGA", "REB", "name"),
    # English names of armed groups (lang/en/actors.py KNOWN_GROUPS)
    ("en", "ISIS", "Islamic State", None, "REB", "name"),
    ("en", "al-Qaeda fighters", "Al-Qaeda", None, "REB", "name"),
    ("en", "Hizbollah", "Hezbollah", "LBN", "REB", "name"),
    # a name every language shares (data/armed_groups.tsv)
    ("en", "Wagner mercenaries", "Wagner Group", "RUS", "MIL", "name"),
    # the head comes last, before the complement preposition (HEAD_LAST)
    ("en", "the defence minister of Mali", "Malian minister", "MLI", "GOV", "description"),
    # a named "Army"/"Forces" without a country is a non-state armed group
    ("en", "the Northern Liberation Army", "Northern Liberation Army", None, "REB", "name"),
    ("fr", "les Forces patriotiques du Sud", "Forces patriotiques du Sud", None, "REB", "name"),
    # a capitalised title is a description, not a name
    (
        "fr",
        "le Premier ministre éthiopien",
        "Ethiopian prime minister",
        "ETH",
        "GOV",
        "description",
    ),
    # only a name's head types it
    (
        "fr",
        "le Mouvement pour la justice et la paix",
        "Mouvement pour la justice et la paix",
        None,
        None,
        "name",
    ),
    ("en", "the Movement for Justice", "Movement for Justice", None, None, "name"),
    # an organisation named inside a mention
    ("en", "ECOWAS leaders", "ECOWAS", "IGO", "IGO", "name"),
    ("fr", "l'ONG Amnesty International", "Amnesty International", "NGO", "NGO", "name"),
    ("fr", "le procureur de la CPI", "International Criminal Court", "IGO", "JUD", "name"),
    ("en", "the UN envoy's spokesman", "United Nations", "UNO", "IGO", "name"),
    ("fr", "au moins un soldat", "soldier", None, "MIL", "description"),  # "un" is no UN
]


@pytest.mark.parametrize(("lang", "text", "canonical", "country", "sector", "kind"), CASES)
def test_describe(lang, text, canonical, country, sector, kind):
    info = describe(text, lang)
    assert (info.canonical, info.country, info.sector, info.kind) == (
        canonical,
        country,
        sector,
        kind,
    )
    assert info.text == text


@pytest.mark.parametrize(
    ("lang", "text", "number", "gender"),
    [
        # French
        ("fr", "il", "sing", "masc"),
        ("fr", "Elle", "sing", "fem"),
        ("fr", "ils", "plur", "masc"),
        ("fr", "elles", "plur", "fem"),
        ("fr", "ces derniers", "plur", "masc"),
        # English
        ("en", "it", "sing", None),
        ("en", "They", "plur", None),
        ("en", "she", "sing", "fem"),
    ],
)
def test_pronouns(lang, text, number, gender):
    info = describe(text, lang)
    assert (info.kind, info.number, info.gender, info.canonical) == (
        "pronoun",
        number,
        gender,
        None,
    )


@pytest.mark.parametrize(
    ("lang", "text", "number", "gender"),
    [
        # French: number and gender from the determiner
        ("fr", "la police sénégalaise", "sing", "fem"),
        ("fr", "le groupe", "sing", "masc"),
        ("fr", "les combattants", "plur", None),
        ("fr", "Les États-Unis", "plur", None),
        ("fr", "l'armée", "sing", None),
        ("fr", "l'armée malienne", "sing", "fem"),
        ("fr", "les soldats maliens", "plur", "masc"),
        # French elided determiners (ELIDED_DETERMINERS): "d'" shows nothing
        ("fr", "L’armée", "sing", None),
        ("fr", "d'autres soldats", "plur", None),
        # English: number from the head noun
        ("en", "the militants", "plur", None),
        ("en", "the army", "sing", None),
        ("en", "the police", "plur", None),
        ("en", "these soldiers", "plur", None),
    ],
)
def test_number_and_gender(lang, text, number, gender):
    info = describe(text, lang)
    assert (info.number, info.gender) == (number, gender)


def test_morph_overrides_determiner_and_head_lemma_picks_sector():
    info = describe("l'armée", "fr", morph={"Number": "Sing", "Gender": "Fem"})
    assert (info.number, info.gender, info.sector) == ("sing", "fem", "MIL")
    info = describe("les hommes du colonel", "fr", head_lemma="gendarme")
    assert info.sector == "COP"


@pytest.mark.parametrize(
    ("lang", "text", "canonical", "country", "sector"),
    [
        # French: an apposition types a proper name
        (
            "fr",
            "le Mouvement du 5 juin, une coalition d'opposants maliens",
            "Mouvement du 5 juin",
            "MLI",
            "OPP",
        ),
        # English
        ("en", "Ansar Dine, a Malian jihadist group", "Ansar Dine", "MLI", "REB"),
    ],
)
def test_apposition_fills_country_and_sector(lang, text, canonical, country, sector):
    info = describe(text, lang)
    assert (info.canonical, info.country, info.sector, info.kind) == (
        canonical,
        country,
        sector,
        "name",
    )


@pytest.mark.model
def test_describe_with_parsed_subject(pipelines):
    doc = pipelines.get("fr")("Les soldats maliens ont repoussé une attaque près de Gao.")
    subj = next(t for t in doc if t.dep_.startswith("nsubj"))
    span = doc[subj.left_edge.i : subj.right_edge.i + 1]
    info = describe(span.text, "fr", head_lemma=subj.lemma_, morph=subj.morph.to_dict())
    assert (info.country, info.sector, info.number) == ("MLI", "MIL", "plur")


@pytest.mark.parametrize(
    ("lang", "text", "bare"),
    [
        # French quantities (QUANTITY_PHRASES, GENITIVE_PREPOSITIONS)
        ("fr", "plusieurs centaines d'étudiants", "étudiants"),
        ("fr", "une dizaine de soldats", "soldats"),
        ("fr", "des milliers de manifestants", "manifestants"),
        ("fr", "quelque 300 déplacés", "déplacés"),
        # English
        ("en", "dozens of homes", "homes"),
        ("en", "at least 12 soldiers", "soldiers"),
        ("en", "more than 300 people", "people"),
        ("en", "Some 40 villagers", "villagers"),
    ],
)
def test_bare_words_drop_quantities(lang, text, bare):
    assert bare_words(text, lang) == bare


def test_describe_steps_keep_their_precedence():
    assert [name for name, _ in DESCRIBE_STEPS] == [
        "pronoun",
        "partitive",
        "apposition",
        "seat_of_power",
        "organisation",
        "armed_group",
        "country_or_capital",
        "title_and_name",
        "conjoined_name",
        "described_name",
        "organisation_inside",
        "armed_group_inside",
        "trailing_name",
        "proper_name",
    ]


# New readings: counts before the noun, partitives, titles and described names, sectors
NEW_CASES = [
    # French
    ("fr", "Certaines personnes", "people", None, "CVL", "description"),
    ("fr", "Tous les terroristes", "terrorists", None, "REB", "description"),
    ("fr", "La junte", "junta", None, "MIL", "description"),
    ("fr", "les étudiants", "students", None, "CVL", "description"),
    ("fr", "les gangs armés", "armed gangs", None, "CRM", "description"),
    ("fr", "Le général Issa Koné", "Issa Koné", None, "MIL", "name"),
    ("fr", "le président gabonais Paul Obiang", "Paul Obiang", "GAB", "GOV", "name"),
    ("fr", "la coalition de gangs Kraze Baz", "Kraze Baz", None, "CRM", "name"),
    ("fr", "les habitants de Kindia", "Guinean residents", "GIN", "CVL", "description"),
    ("fr", "des hommes armés près de Kindia", "gunmen", None, "UAF", "description"),
    ("fr", "Aqmi", "AQIM", None, "REB", "name"),
    # English
    ("en", "More than 200 civilians", "civilians", None, "CVL", "description"),
    ("en", "President Ama Boateng", "Ama Boateng", None, "GOV", "name"),
    ("en", "opposition leader Ana Ruiz", "Ana Ruiz", None, "OPP", "name"),
    ("en", "a house in Bawku", "house in bawku", "GHA", None, "description"),
    ("en", "the governor's house", "governor s house", None, None, "description"),
    ("en", "5,000 displaced people", "displaced people", None, "REF", "description"),
    ("en", "the military junta", "junta", None, "MIL", "description"),
]


@pytest.mark.parametrize(("lang", "text", "canonical", "country", "sector", "kind"), NEW_CASES)
def test_describe_new_readings(lang, text, canonical, country, sector, kind):
    info = describe(text, lang)
    assert (info.canonical, info.country, info.sector, info.kind) == (
        canonical,
        country,
        sector,
        kind,
    )


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        # French (PARTITIVES, FIRST_PERSON)
        ("fr", "au moins 12 d'entre eux", "plur"),
        ("fr", "Huit autres", "plur"),
        ("fr", "une dizaine d'autres", "plur"),
        ("fr", "je", "sing"),
        # English
        ("en", "the others", "plur"),
        ("en", "three of them", "plur"),
        ("en", "I", "sing"),
    ],
)
def test_partitives_and_first_person_are_pronouns(lang, text, number):
    info = describe(text, lang)
    assert (info.kind, info.number, info.canonical) == ("pronoun", number, None)


def test_known_transnational_group_is_stateless():
    assert describe("les combattants de l'EIGS", "fr").stateless
    assert not describe("le Hamas", "fr").stateless


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # French: the other words name the users; a nationality alone gives the country
        ("fr", "un drone de l'armée malienne", ("armée", "MLI", "MIL")),
        ("fr", "un missile russe", (None, "RUS", "MIL")),
        ("fr", "des drones des rebelles", ("rebelles", None, "REB")),
        ("fr", "les soldats", None),
        # English
        ("en", "a regime jet fighter", ("regime", None, "MIL")),
        ("en", "an Air Force helicopter", ("Air Force", None, "MIL")),
        ("en", "the protesters", None),
    ],
)
def test_weapon_user(lang, text, expected):
    info = weapon_user(text, lang)
    if expected is None:
        assert info is None
    else:
        words, country, sector = expected
        assert (info.text if words else None, info.country, info.sector) == (
            words,
            country,
            sector,
        )


@pytest.mark.parametrize(
    ("lang", "text", "iso3", "people"),
    [
        ("fr", "des Maliens", "MLI", True),
        ("fr", "les bases militaires russes", "RUS", False),
        ("en", "Venezuelans", "VEN", True),
        ("en", "the Venezuelan police", "VEN", False),
        ("en", "the police", None, False),
    ],
)
def test_nationality_and_nationals(lang, text, iso3, people):
    assert nationality(text, lang) == iso3
    assert nationals(text, lang) is people


@pytest.mark.parametrize(
    ("text", "canonical", "sector", "kind"),
    [
        # French: a sentence-initial capital before a lower-case head noun
        ("Vingt-deux personnes", "people", "CVL", "description"),
        # but a name whose head noun is its first word stays a name
        ("Armée de libération du Kivu", "Armée de libération du Kivu", "REB", "name"),
    ],
)
def test_capital_then_common_noun(text, canonical, sector, kind):
    info = describe(text, "fr")
    assert (info.canonical, info.sector, info.kind) == (canonical, sector, kind)


@pytest.mark.parametrize(
    ("lang", "text", "head", "canonical", "sector"),
    [
        # French: two parties named as one, the first is the canonical
        ("fr", "le Hamas et ses alliés", "Hamas", "Hamas", "REB"),
        # English
        ("en", "ELN and FARC dissident fighters", "fighter", "ELN", "REB"),
        ("en", "Justice and Equality Movement fighters", "fighter", None, "REB"),
    ],
)
def test_conjoined_names_take_the_first(lang, text, head, canonical, sector):
    info = describe(text, lang, head_lemma=head)
    if canonical is None:  # a name that holds "and" stays whole
        assert "Justice" in (info.canonical or "") and info.canonical != "Justice"
    else:
        assert (info.canonical, info.sector) == (canonical, sector)
    assert display_name(info, lang) == (canonical or info.canonical)


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        # French: the lexicon lists the plural, the parser gives the singular lemma
        ("fr", "milicien"),
        ("fr", "infirmier"),
        # English
        ("en", "fighter"),
    ],
)
def test_group_nouns_in_either_number(lang, word):
    assert is_group_noun(word, lang)
    # a people word heads an actor mention, whatever number the parse gives its lemma
    assert is_actor_head(word, lang)


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        # French: the lexicon lists "terroristes", the parse gives "terroriste"
        ("fr", "terroriste", True),
        ("fr", "maison", False),
        # English
        ("en", "insurgent", True),
        ("en", "truck", False),
    ],
)
def test_actor_heads_from_singular_lemmas(lang, word, expected):
    assert is_actor_head(word, lang) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: the longest name at each place, as written, in text order
        (
            "Le GSIM, rival de l'État islamique au Grand Sahara, a visé un poste.",
            ["GSIM", "État islamique au Grand Sahara"],
        ),
        # English
        (
            "Hamas and Hezbollah condemned it; the Houthis did not.",
            ["Hamas", "Hezbollah", "Houthis"],
        ),
        ("No group is named here.", []),
    ],
)
def test_groups_named_in_a_text(text, expected):
    assert groups_named(text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # French: officials of an organisation act for it
        ("fr", "les ministres européens des affaires étrangères"),
        # English
        ("en", "EU foreign ministers"),
    ],
)
def test_organisation_officials_take_its_sector(lang, text):
    info = organisation_member(describe(text, lang))
    assert (info.country, info.sector) == ("EUR", "IGO")


@pytest.mark.parametrize(
    ("lang", "text", "canonical", "sector"),
    [
        # French: a collective noun before the people it gathers: they are the actor
        ("fr", "un cordon de policiers", "police officers", "COP"),
        ("fr", "une colonne de manifestants", "protesters", "CVL"),
        ("fr", "un contingent de soldats tchadiens", "Chadian soldiers", "MIL"),
        # English
        ("en", "a phalanx of riot police", "riot police", "COP"),
        ("en", "a column of protesters", "protesters", "CVL"),
        ("en", "A contingent of Kenyan soldiers", "Kenyan soldiers", "MIL"),
    ],
)
def test_collective_nouns_give_way_to_the_people_they_gather(lang, text, canonical, sector):
    info = describe(text, lang)
    assert (info.canonical, info.sector, info.number) == (canonical, sector, "plur")
    # the parse's head is the collective noun: it is not the mention's head
    collective = text.split()[1].lower()
    info = describe(text, lang, head_lemma=collective, morph={"Number": "Sing"})
    assert (info.canonical, info.sector, info.number) == (canonical, sector, "plur")


@pytest.mark.parametrize(
    ("lang", "text", "canonical", "sector"),
    [
        # French: a description closed by the name of the person it describes
        ("fr", "le porte-parole de la junte Aung Ko Lwin", "Aung Ko Lwin", "MIL"),
        ("fr", "l'ancien député et opposant Jean-Paul Mbeki", "Jean-Paul Mbeki", "LEG"),
        # a capitalised complement is a place or an owner, not a name
        ("fr", "les habitants de Port Sudan", "Sudanese residents", "CVL"),
        # English
        ("en", "lawmaker and Lopez supporter Maria Delgado", "Maria Delgado", None),
        ("en", "army spokesman Min Aung Thu", "Min Aung Thu", "MIL"),
        ("en", "residents of New York", "American residents", "CVL"),
    ],
)
def test_trailing_name_names_the_person_described(lang, text, canonical, sector):
    info = describe(text, lang)
    assert (info.canonical, info.sector) == (canonical, sector)
