"""Canonical actors and targets of an article's events (enrich.canonical): coreference,
the article's country for local entities, things hit, possessives, acronyms, speakers.
Model-free: mentions are built by hand from invented articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventline import lang as langdata
from eventline.enrich import mention_event
from eventline.enrich.actors import bare_words
from eventline.enrich.canonical import article_country, assign_actors, thing_sector
from eventline.model import Article, Event, Mention, Speaker

# (actor, target) of each event, in text order; a trigger is any word after the actor
Roles = tuple[str | None, str | None]


def _head(phrase: str | None, lang: str) -> str | None:
    """The head word a parse would give (first or last of the bare words)."""
    if not phrase:
        return None
    words = bare_words(phrase, lang).split()
    return (words[-1] if langdata.get(lang).actors.HEAD_LAST else words[0]).lower()


def _events(text: str, lang: str, roles: list[Roles]) -> tuple[list[Event], list[Mention]]:
    article = Article("a1", "a1", "test", text, lang=lang, published=date(2024, 5, 10))
    mentions: list[Mention] = []
    pos = 0
    for n, (actor, target) in enumerate(roles):
        a = text.find(actor, pos) if actor else -1
        t = text.find(target, max(pos, a + 1)) if target else -1
        assert (actor is None or a >= 0) and (target is None or t >= 0), (actor, target)
        start = max(a, t)
        mentions.append(
            Mention(
                event_id=f"e{n}",
                sentence_index=n,
                sentence=text,
                char_start=0,
                char_end=len(text),
                paragraph_index=0,
                trigger="x",
                trigger_start=start,
                trigger_end=start + 1,
                action_lemma="x",
                event_type="ASSAULT",
                event_mode=None,
                cameo_root="19",
                modality="asserted",
                confidence=0.5,
                actor=actor,
                actor_start=a if actor else None,
                actor_head=_head(actor, lang),
                target=target,
                target_start=t if target else None,
                target_head=_head(target, lang),
            )
        )
        pos = start + 1
    return [mention_event(article, m) for m in mentions], mentions


def _roles(
    text: str, lang: str, roles: list[Roles], title: str = "", speakers: tuple[Speaker, ...] = ()
) -> list[tuple[object, ...]]:
    events, mentions = _events(text, lang, roles)
    out = assign_actors(events, mentions, lang, speakers, text, title)
    return [
        (
            e.actor_canonical,
            e.actor_country,
            e.actor_sector,
            e.target_canonical,
            e.target_country,
            e.target_sector,
        )
        for e in out
    ]


def test_local_entities_take_the_article_country():
    # French: soldiers and villagers named without a nationality are those of the place;
    # unidentified gunmen are not given one
    text = (
        "Des hommes armés ont attaqué des soldats près de Bamako. "
        "Les assaillants ont ensuite tué trois villageois."
    )
    roles = [("Des hommes armés", "des soldats"), ("Les assaillants", "trois villageois")]
    assert _roles(text, "fr", roles) == [
        ("hommes armés", None, "UAF", "soldats", "MLI", "MIL"),
        ("hommes armés", None, "UAF", "villageois", "MLI", "CVL"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "roles", "via"),
    [
        # French: villagers get the article's country (a guess, flagged for the linker);
        # the army's nationality word states its country (not flagged)
        (
            "fr",
            "L'armée malienne a repoussé des assaillants près de Bamako. "
            "Les assaillants ont tué trois villageois.",
            [("L'armée malienne", "des assaillants"), ("Les assaillants", "trois villageois")],
            [{}, {"target_country_via": "article"}],
        ),
        # English: the same
        (
            "en",
            "The Malian army repelled attackers near Bamako. The attackers killed three villagers.",
            [("The Malian army", "attackers"), ("The attackers", "three villagers")],
            [{}, {"target_country_via": "article"}],
        ),
    ],
)
def test_guessed_countries_are_flagged(lang, text, roles, via):
    events, mentions = _events(text, lang, roles)
    out = assign_actors(events, mentions, lang, (), text, "")
    assert [{k: v for k, v in e.extras.items() if k.endswith("_country_via")} for e in out] == via


@pytest.mark.parametrize(
    ("lang", "text", "title", "roles", "expected"),
    [
        # French: attackers only described are the armed group the article names (its
        # acronym spelt out) where it identifies them, with its sector
        (
            "fr",
            "Des hommes armés ont tué cinq villageois près de Beni, en RDC. Ces hommes "
            "armés, des combattants des Forces démocratiques alliées (ADF), ont fui.",
            "",
            [("Des hommes armés", "cinq villageois")],
            [("Forces démocratiques alliées", "COD", "REB", "villageois", "COD", "CVL")],
        ),
        # an attribution that does not say who the attackers are names no one
        (
            "fr",
            "Des hommes armés ont tué cinq villageois près de Beni, en RDC. L'armée "
            "attribue l'attaque aux Forces démocratiques alliées (ADF).",
            "",
            [("Des hommes armés", "cinq villageois")],
            [("hommes armés", None, "UAF", "villageois", "COD", "CVL")],
        ),
        # police officers hit are the police force the article names
        (
            "fr",
            "Des manifestants ont blessé trois policiers à Libreville, selon la Police "
            "nationale gabonaise (PNG).",
            "",
            [("Des manifestants", "trois policiers")],
            [("manifestants", "GAB", "CVL", "Police nationale gabonaise", "GAB", "COP")],
        ),
        # two groups named as often: no telling which one attacked
        (
            "fr",
            "Des assaillants ont tué deux soldats au Liban. Les assaillants seraient du "
            "Hamas ou du Hezbollah.",
            "",
            [("Des assaillants", "deux soldats")],
            [("assaillants", None, "UAF", "soldats", "LBN", "MIL")],
        ),
        # English: the same; a group known by name, without acronym
        (
            "en",
            "Gunmen killed four farmers in Borno. The gunmen were Boko Haram fighters, "
            "officials said.",
            "",
            [("Gunmen", "four farmers")],
            [("Boko Haram", "NGA", "REB", "farmers", "NGA", "CVL")],
        ),
        (
            "en",
            "Gunmen killed four farmers in Borno. Officials blamed Boko Haram for the raid.",
            "",
            [("Gunmen", "four farmers")],
            [("gunmen", None, "UAF", "farmers", "NGA", "CVL")],
        ),
        # the group the title names
        (
            "en",
            "The paramilitary fighters shelled a village near Kosti in Sudan. The Rapid "
            "Support Forces (RSF) later denied it.",
            "Sudan: RSF shells a village",
            [("The paramilitary fighters", None)],
            [("Rapid Support Forces", "SDN", "REB", None, None, None)],
        ),
        # rebels of another country than the group named are not that group
        (
            "en",
            "Chadian rebels attacked a convoy in Borno, where Boko Haram rebels are active.",
            "",
            [("Chadian rebels", None)],
            [("Chadian rebels", "TCD", "REB", None, None, None)],
        ),
    ],
)
def test_described_entities_take_the_body_the_article_names(lang, text, title, roles, expected):
    assert _roles(text, lang, roles, title) == expected


@pytest.mark.parametrize(
    ("lang", "text", "roles", "expected"),
    [
        # French: police officers hit, however described, are the national police the
        # article names (here by description: no acronym, no known name)
        (
            "fr",
            "La police gabonaise a dispersé une marche à Libreville. Des manifestants ont "
            "ensuite blessé deux policiers.",
            [("La police gabonaise", "une marche"), ("Des manifestants", "deux policiers")],
            "police gabonaise",
        ),
        # a target headed by a word of no kind that names officers in its complement
        (
            "fr",
            "La police togolaise a perdu deux hommes à Lomé. Les corps de deux policiers "
            "ont été retrouvés par des passants.",
            [("La police togolaise", "deux hommes"), (None, "Les corps de deux policiers")],
            "police togolaise",
        ),
        (
            "fr",
            "La police béninoise a confirmé l'attaque à Cotonou : nos frères policiers "
            "ont été visés par des tirs.",
            [("La police béninoise", None), (None, "nos frères policiers")],
            "police béninoise",
        ),
        # English: the same
        (
            "en",
            "The Kenyan police dispersed the march in Nairobi. Protesters later injured "
            "three police officers.",
            [("The Kenyan police", "the march"), ("Protesters", "three police officers")],
            "Kenyan police",
        ),
        (
            "en",
            "The Ugandan police confirmed the attack in Gulu. The bodies of two police "
            "officers were found by passers-by.",
            [("The Ugandan police", None), (None, "The bodies of two police officers")],
            "Ugandan police",
        ),
    ],
)
def test_police_members_take_the_national_police_named(lang, text, roles, expected):
    assert _roles(text, lang, roles)[-1][3] == expected


@pytest.mark.parametrize(
    ("lang", "text", "roles", "expected"),
    [
        # French: a long description of a body other than the police keeps its own name
        (
            "fr",
            "La coordination des comités de résistance a dénoncé des tirs des Forces de "
            "soutien rapide (FSR). Les FSR ont nié.",
            [("La coordination des comités de résistance", None)],
            "coordination des comités de résistance",
        ),
        # English: one that names its unit keeps it
        (
            "en",
            "The Kenyan police dispersed the march. The officers of the Nairobi Riot Unit "
            "were hurt.",
            [("The Kenyan police", "the march"), (None, "The officers of the Nairobi Riot Unit")],
            "officers of the Nairobi Riot Unit",
        ),
    ],
)
def test_long_descriptions_that_name_a_body_keep_it(lang, text, roles, expected):
    out = _roles(text, lang, roles)[-1]
    assert expected in (out[0], out[3])


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        # French: a description of its own is not the armed group named next to it
        (
            "fr",
            "La coordination des comités de résistance de Goma a dénoncé des tirs du M23.",
            "La coordination des comités de résistance de Goma",
        ),
        # English
        (
            "en",
            "The union of the resistance movements of Goma condemned M23 shelling.",
            "The union of the resistance movements of Goma",
        ),
    ],
)
def test_long_descriptions_keep_their_own_name(lang, text, actor):
    canonical = _roles(text, lang, [(actor, None)])[0][0]
    assert canonical is not None and "M23" not in canonical


def test_known_transnational_group_gets_no_country():
    # English: a group active in several countries keeps none; the victims get the place's
    text = "In Maiduguri, ISWAP fighters killed dozens of farmers."
    assert _roles(text, "en", [("ISWAP fighters", "dozens of farmers")]) == [
        ("ISWAP fighters", None, "REB", "farmers", "NGA", "CVL"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "title", "expected"),
    [
        # French: the title's country outweighs a neighbour named in the text
        ("fr", "Une attaque près de la frontière avec le Mali.", "Au Niger, une attaque", "NER"),
        # a bare direction word is no country's region; the nationality word counts
        ("fr", "Le Mouvement du Sud a attaqué des soldats maliens.", "", "MLI"),
        # English: places and nationality words; initials ("U.S.-backed") do not count
        ("en", "U.S.-backed rebels marched on Caracas. Venezuelan police fired.", "", "VEN"),
        ("en", "Nothing here names a place.", "", None),
        ("en", "The Army of the North shelled a Sudanese town.", "", "SDN"),
        # a country named with a possessive ending counts ("Iran’s", "Iran's")
        ("en", "Iran’s navy seized a tanker off Oman. Iran's officials confirmed it.", "", "IRN"),
    ],
)
def test_article_country(lang, text, title, expected):
    assert article_country(text, title, lang) == expected


def test_region_name_of_two_countries_tells_none_but_the_events_do():
    # French: first-level regions of two countries share the name; the events' places
    # (resolved with the whole article) decide
    text = "Des hommes armés ont attaqué un village du Littoral."
    assert article_country(text, "", "fr") is None
    assert article_country(text, "", "fr", ["CMR", None, "CMR"]) == "CMR"


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        # French (THING_SECTORS)
        ("fr", "une école primaire", "EDU"),
        ("fr", "le camp de déplacés de Kibali", "REF"),
        ("fr", "un poste de police", "COP"),
        ("fr", "le lieu", None),
        # English
        ("en", "a crowded market", "CVL"),
        ("en", "the police station", "COP"),
        ("en", "two churches", "REL"),
    ],
)
def test_thing_sector(lang, text, sector):
    assert thing_sector(text, lang) == sector


def test_things_hit_take_their_users_sector_and_place():
    # French: a school hit in a Malian town; a settlement is no thing of the place
    text = "Des djihadistes ont incendié une école à Mopti. Ils ont ensuite pillé le village."
    out = _roles(text, "fr", [("Des djihadistes", "une école"), ("Ils", "le village")])
    assert out[0][3:] == ("école", "MLI", "EDU")
    assert out[1][3:] == ("village", None, None)


def test_possessive_owner_gives_its_country():
    # English: "their bases" are the Ruritanian... here Chadian troops' bases, in Niger
    text = "Chadian troops left Niamey. The troops abandoned their bases near the river."
    out = _roles(text, "en", [("Chadian troops", None), ("The troops", "their bases")])
    assert out[1][3:] == ("bases", "TCD", "MIL")


def test_partitive_refers_to_the_people_counted_before():
    # French: "au moins dix d'entre eux" are the gendarmes just named
    text = (
        "Des hommes armés ont pris en embuscade des gendarmes ivoiriens. "
        "Au moins dix d'entre eux ont été blessés."
    )
    roles = [("Des hommes armés", "des gendarmes ivoiriens"), (None, "Au moins dix d'entre eux")]
    out = _roles(text, "fr", roles)
    assert out[1][3:] == ("gendarmes ivoiriens", "CIV", "COP")


def test_acronym_spelt_out_in_the_article():
    # French: the acronym names the group written in full elsewhere in the article
    text = (
        "Le Front de libération du Sud (FLS) a revendiqué l'attaque. "
        "Le FLS a tué six soldats tchadiens."
    )
    out = _roles(text, "fr", [(None, None), ("Le FLS", "six soldats tchadiens")])
    assert out[1][:3] == ("Front de libération du Sud", "TCD", "REB")


def test_first_person_singular_is_the_speaker():
    # English: "I" in a quotation is the one who said it
    text = '"I ordered the strike," General Amadou Sy said.'
    speaker = Speaker("General Amadou Sy", text.find("General"), "Sy", ())
    out = _roles(text, "en", [("I", None)], speakers=(speaker,))
    assert out[0][:3] == ("Amadou Sy", None, "MIL")


def test_object_pronoun_is_not_its_clause_subject():
    # English: "accused it": "it" is not the committee that accuses
    text = "The army shelled the town. The local committee accused it of war crimes."
    out = _roles(text, "en", [("The army", None), ("The local committee", "it")])
    assert out[1][3] == "army"


def test_weapon_stands_for_its_users():
    # French: a drone of the army (the army of the place), a Russian missile
    text = "Un drone de l'armée a frappé un convoi près de Gao."
    assert _roles(text, "fr", [("Un drone de l'armée", None)])[0][:3] == ("armée", "MLI", "MIL")
    text = "Un missile russe a touché un immeuble à Kiev."
    out = _roles(text, "fr", [("Un missile russe", "un immeuble")])
    assert out[0][1:] == ("RUS", "MIL", "immeuble", "UKR", "CVL")
    # English: a jet of the regime is the military's
    text = "A regime jet fighter bombed a school in Mandalay."
    out = _roles(text, "en", [("A regime jet fighter", "a school")])
    assert out[0] == ("regime", "MMR", "MIL", "school", "MMR", "EDU")


@pytest.mark.parametrize(
    ("lang", "text", "roles", "canonical"),
    [
        # French: a weapon and then the forces using it: the forces name the entity
        (
            "fr",
            "Un missile russe a touché une école à Kharkiv. Moscou a dit que ses forces "
            "avaient visé des soldats.",
            [("Un missile russe", "une école"), ("ses forces", "des soldats")],
            "forces",
        ),
        (
            "fr",
            "Un drone turc a frappé un village. Les forces turques ont visé des miliciens.",
            [("Un drone turc", None), ("Les forces turques", "des miliciens")],
            "forces turques",
        ),
        # English
        (
            "en",
            "An Iranian drone hit a tanker off Oman. Iranian forces said they targeted a "
            "fuel depot.",
            [("An Iranian drone", "a tanker"), ("Iranian forces", "a fuel depot")],
            "Iranian forces",
        ),
    ],
)
def test_a_weapon_names_its_users_only_when_nothing_else_does(lang, text, roles, canonical):
    out = _roles(text, lang, roles)
    assert out[0][0] == out[1][0] == canonical


@pytest.mark.parametrize(
    ("lang", "text", "target", "place", "expected"),
    [
        # French: a settlement referred back is the event's place, of the place's country
        ("fr", "Les soldats ont quitté la ville mardi.", "la ville", ("Kidal", "MLI"),
         ("Kidal", "MLI", None)),
        # a settlement named in the mention keeps its name; an indefinite one its words
        ("fr", "Les rebelles ont pris la localité de Rutshuru.", "la localité de Rutshuru",
         ("Rutshuru", "COD"), ("localité de Rutshuru", "COD", None)),
        ("fr", "L'armée a repris plusieurs villages.", "plusieurs villages", (None, "UKR"),
         ("villages", "UKR", None)),
        # English
        ("en", "The troops abandoned the town on Monday.", "the town", ("Gao", "MLI"),
         ("Gao", "MLI", None)),
        ("en", "Militias left this city overnight.", "this city", ("Goma", "COD"),
         ("Goma", "COD", None)),
    ],
)  # fmt: skip
def test_settlement_targets_are_their_place(lang, text, target, place, expected):
    # (an event other than an attack: a settlement attacked is the event's location)
    events, mentions = _events(text, lang, [(None, target)])
    location, country = place
    events = [
        replace(e, event_type="RETREAT", location=location, country_code=country) for e in events
    ]
    out = assign_actors(events, mentions, lang, (), text, "")
    assert (out[0].target_canonical, out[0].target_country, out[0].target_sector) == expected


@pytest.mark.parametrize(
    ("lang", "text", "roles", "expected"),
    [
        # French: "forces" name the body; the soldiers killed are some of its members
        (
            "fr",
            "Les forces gouvernementales ont repoussé les shebab. Cinq soldats ont été tués.",
            [("Les forces gouvernementales", "les shebab"), (None, "Cinq soldats")],
            ("forces gouvernementales", "soldats"),
        ),
        (
            "fr",
            "Les forces maliennes ont perdu trois soldats près de Gao.",
            [("Les forces maliennes", "trois soldats")],
            ("forces maliennes", "soldats"),
        ),
        # English
        (
            "en",
            "Government forces repelled the militants. Five soldiers were killed.",
            [("Government forces", "the militants"), (None, "Five soldiers")],
            ("government forces", "soldiers"),
        ),
    ],
)
def test_members_of_forces_keep_their_own_name(lang, text, roles, expected):
    out = _roles(text, lang, roles)
    assert (out[0][0], out[-1][3]) == expected


@pytest.mark.parametrize(
    ("lang", "text", "roles", "canonical"),
    [
        # French: a singular indefinite description introduces a new entity
        (
            "fr",
            "Le chef de l'opposition Paul Ndiaye a marché sur Dakar. Une faction "
            "dissidente de l'opposition a occupé le siège du parti.",
            [("Le chef de l'opposition Paul Ndiaye", None), ("Une faction dissidente", None)],
            "faction dissidente",
        ),
        # English
        (
            "en",
            "Opposition leader Ana Ruiz marched on Quito. A splinter faction of the "
            "opposition seized the party offices.",
            [("Opposition leader Ana Ruiz", None), ("A splinter faction of the opposition", None)],
            "splinter faction of the opposition",
        ),
    ],
)
def test_an_indefinite_description_introduces_someone_new(lang, text, roles, canonical):
    assert _roles(text, lang, roles)[1][0] == canonical


def test_state_forces_of_a_dependent_territory_are_the_sovereigns():
    # French: in an overseas territory the gendarmes are the sovereign state's, the
    # residents the territory's
    text = (
        "Des émeutiers ont blessé un gendarme à Nouméa. "
        "Les émeutiers ont ensuite blessé deux habitants."
    )
    roles = [("Des émeutiers", "un gendarme"), ("Les émeutiers", "deux habitants")]
    out = _roles(text, "fr", roles, title="Nouvelle-Calédonie : nuit d'émeutes")
    assert (out[0][4], out[0][5]) == ("FRA", "COP")
    assert (out[1][4], out[1][5]) == ("NCL", "CVL")


def test_a_weapon_as_actor_is_read_as_its_user():
    # English: the raw words of the weapon are kept; the user is the military of the
    # nationality named
    text = "A Ruritanian missile hit a hospital in Kyiv. A Russian missile hit a school."
    out = _roles(text, "en", [("A Ruritanian missile", "a hospital"), ("A Russian missile", None)])
    assert (out[1][1], out[1][2]) == ("RUS", "MIL")


def test_untyped_people_attacked_are_civilians():
    # English: a person attacked whom nothing types is a civilian; the attacker is not
    text = "Gunmen abducted a guard in Kano."
    roles = [("Gunmen", "a guard")]
    out = _roles(text, "en", roles)
    assert out[0][5] == "CVL" and out[0][2] == "UAF"
