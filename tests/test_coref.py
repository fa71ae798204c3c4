"""Actor coreference over the ordered actor mentions of one article."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventline.enrich.actors import describe
from eventline.enrich.coref import ActorMention, acronyms, resolve_mentions

SEED = Path(__file__).resolve().parents[1] / "../shared/seeds/000_f05503e0906db5eb.txt"


def _mentions(article: str, texts: list[str], lang: str) -> list[ActorMention]:
    """Mentions in text order, located in ``article`` (each search starts after the last)."""
    out: list[ActorMention] = []
    pos = 0
    for i, t in enumerate(texts):
        found = article.find(t, pos)
        assert found >= 0, t
        out.append(ActorMention(f"m{i}", found, describe(t, lang)))
        pos = found + len(t)
    return out


# (lang, article, actor mentions in order, expected canonical per mention)
ARTICLES = [
    # French: a named armed group, then a description, a pronoun and a short name
    (
        "fr",
        "Le Front populaire de libération du Kivu a revendiqué l'attaque d'un camp militaire. "
        "Le groupe armé congolais affirme avoir tué six soldats. Il a aussi publié une vidéo. "
        "Selon l'armée congolaise, les rebelles se sont retirés. Le Front a démenti.",
        [
            "Le Front populaire de libération du Kivu",
            "Le groupe armé congolais",
            "Il",
            "l'armée congolaise",
            "les rebelles",
            "Le Front",
        ],
        ["Front populaire de libération du Kivu"] * 3
        + ["Congolese army"]
        + ["Front populaire de libération du Kivu"] * 2,
    ),
    # French: capital metonym and country name are one actor; "ils" agrees in number
    (
        "fr",
        "Paris a condamné les frappes. La France demande une enquête indépendante. "
        "Les États-Unis ont appelé au calme. Ils ont aussi convoqué l'ambassadeur.",
        ["Paris", "La France", "Les États-Unis", "Ils"],
        ["France", "France", "United States", "United States"],
    ),
    # French: police and protesters stay apart; "elle" goes to the feminine antecedent
    (
        "fr",
        "La police sénégalaise a dispersé les manifestants à Dakar. "
        "Les manifestants réclamaient la libération d'un opposant. "
        "Elle a interpellé une dizaine de personnes.",
        ["La police sénégalaise", "les manifestants", "Les manifestants", "Elle"],
        ["Senegalese police", "protesters", "protesters", "Senegalese police"],
    ),
    # French: an IGO and a generic description that must not take it
    (
        "fr",
        "La CEDEAO a suspendu le Niger. Le mouvement rebelle touareg a salué la décision. "
        "Le mouvement exige des élections.",
        ["La CEDEAO", "Le mouvement rebelle touareg", "Le mouvement"],
        ["ECOWAS", "rebel", "rebel"],
    ),
    # English: named group, "the militants", "they", a second group with another country
    (
        "en",
        "Al-Shabaab claimed the bombing in Mogadishu. The militants said they targeted "
        "a hotel used by officials. Kenyan troops later killed five fighters. "
        "The group vowed more attacks.",
        ["Al-Shabaab", "The militants", "they", "Kenyan troops", "The group"],
        ["Al-Shabaab", "Al-Shabaab", "Al-Shabaab", "Kenyan troops", "Al-Shabaab"],
    ),
    # English: capital metonym and government
    (
        "en",
        "Moscow denied the report. The Russian government said it had not been consulted. "
        "The African Union called for restraint; it will send envoys.",
        ["Moscow", "The Russian government", "it", "The African Union", "it"],
        ["Russia", "Russia", "Russia", "African Union", "African Union"],
    ),
    # English: a description typed by nationality and sector joins the named group
    (
        "en",
        "The Islamic Front of Azawad attacked a convoy near Kidal. Malian rebels have "
        "stepped up raids this year. Gunmen also burned a market.",
        ["The Islamic Front of Azawad", "Malian rebels", "Gunmen"],
        ["Islamic Front of Azawad", "Islamic Front of Azawad", "gunmen"],
    ),
]


@pytest.mark.parametrize(("lang", "article", "texts", "expected"), ARTICLES)
def test_resolve_mentions_on_mini_articles(lang, article, texts, expected):
    mentions = _mentions(article, texts, lang)
    resolved = resolve_mentions(mentions)
    assert [resolved[m.key].canonical for m in mentions] == expected


def test_state_army_does_not_join_a_named_armed_group():
    article = (
        "Les Forces unies du Nord ont attaqué un poste. Les rebelles soudanais ont tué "
        "trois gardes. L'armée tchadienne a riposté. Elle a arrêté dix hommes."
    )
    texts = ["Les Forces unies du Nord", "Les rebelles soudanais", "L'armée tchadienne", "Elle"]
    mentions = _mentions(article, texts, "fr")
    resolved = resolve_mentions(mentions)
    assert [resolved[m.key].canonical for m in mentions] == [
        "Forces unies du Nord",
        "Forces unies du Nord",
        "Chadian army",
        "Chadian army",
    ]


def test_description_types_an_untyped_name():
    article = "Le Mouvement du Sud a attaqué. Ces combattants maliens ont fui."
    mentions = _mentions(article, ["Le Mouvement du Sud", "Ces combattants maliens"], "fr")
    resolved = resolve_mentions(mentions)
    # the name carries no sector word: the armed-group description joins it and types it
    assert resolved["m1"].canonical == "Mouvement du Sud"
    assert (resolved["m0"].country, resolved["m0"].sector) == ("MLI", "REB")


def test_description_of_another_country_stays_apart():
    article = "Les rebelles maliens ont attaqué. Les rebelles nigériens ont riposté."
    mentions = _mentions(article, ["Les rebelles maliens", "Les rebelles nigériens"], "fr")
    resolved = resolve_mentions(mentions)
    assert [resolved[m.key].canonical for m in mentions] == ["Malian rebels", "Nigerien rebels"]


def test_named_group_gets_country_from_description():
    article = "Les Brigades du Nord ont frappé. Les insurgés syriens ont revendiqué."
    mentions = _mentions(article, ["Les Brigades du Nord", "Les insurgés syriens"], "fr")
    resolved = resolve_mentions(mentions)
    assert resolved["m1"].canonical == "Brigades du Nord"
    assert (resolved["m0"].country, resolved["m0"].sector) == ("SYR", "REB")


def test_pronoun_without_antecedent_maps_to_itself():
    mentions = [ActorMention("p", 10, describe("il", "fr"))]
    assert resolve_mentions(mentions)["p"].kind == "pronoun"


def test_pronoun_too_far_is_not_resolved():
    mentions = [
        ActorMention("a", 0, describe("l'armée malienne", "fr")),
        ActorMention("b", 5000, describe("elle", "fr")),
    ]
    assert resolve_mentions(mentions)["b"].kind == "pronoun"
    assert resolve_mentions(mentions, max_pronoun_distance=10_000)["b"].canonical == ("Malian army")


def test_nationality_alone_does_not_corefer():
    mentions = [
        ActorMention("a", 0, describe("Hamas", "en")),
        ActorMention("b", 40, describe("Palestinians", "en")),
    ]
    assert resolve_mentions(mentions)["b"].canonical != "Hamas"


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_actor_chain():
    text = SEED.read_text(encoding="utf-8")
    # the first actor mention of each sentence that has one, in order, as an extractor
    # would pass them; the test checks the chain, not any particular name
    sentences = [s for s in text.splitlines() if s.strip()]
    first = sentences[0].split(" a mené")[0]
    mentions = [ActorMention("named", 0, describe(first, "fr"))]
    offset = len(sentences[0]) + 1
    for i, s in enumerate(sentences[1:4], start=1):
        subject = s.split(" a ")[0] if i != 2 else "il"
        mentions.append(
            ActorMention(f"s{i}", offset + max(s.find(subject), 0), describe(subject, "fr"))
        )
        offset += len(s) + 1
    resolved = resolve_mentions(mentions)
    named = resolved["named"]
    assert named.kind == "name" and named.country == "IRQ"
    # the description in sentence 2 and the pronoun in sentence 3 refer to the named group
    assert resolved["s1"].canonical == named.canonical
    assert resolved["s2"].canonical == named.canonical


def _chain(lang: str, texts: list[str]) -> list[str | None]:
    """Canonical names of mentions 50 characters apart, resolved together."""
    mentions = [ActorMention(f"m{i}", 50 * i, describe(t, lang)) for i, t in enumerate(texts)]
    resolved = resolve_mentions(mentions)
    return [resolved[m.key].canonical for m in mentions]


@pytest.mark.parametrize(
    ("lang", "full", "acronym"),
    [
        # French: the initials skip articles and "de"/"du" (NAME_CONNECTORS and articles)
        ("fr", "le Front de libération du Nord", "le FLN"),
        ("fr", "les Forces de soutien rapide", "les FSR"),
        # English: they skip "the" and "of"
        ("en", "the National Movement of Azawad", "the NMA"),
    ],
)
def test_acronym_joins_its_full_name(lang, full, acronym):
    name = describe(full, lang).canonical
    assert _chain(lang, [full, acronym]) == [name, name]


@pytest.mark.parametrize(
    ("lang", "first", "later", "joins"),
    [
        # French: a definite or demonstrative description points back to the attackers
        # just named (ANAPHORIC_DEMONSTRATIVES); a bare plural introduces new ones
        ("fr", "des hommes armés", "ces jihadistes", True),
        ("fr", "des hommes armés", "les jihadistes", True),
        ("fr", "des hommes armés", "des jihadistes", False),
        # English
        ("en", "gunmen", "these militants", True),
        ("en", "gunmen", "the militants", True),
        ("en", "gunmen", "militants", False),
        # an untyped description (a source) is no attacker just named
        ("fr", "une source locale", "les assaillants", False),
        ("en", "a security source", "the attackers", False),
    ],
)
def test_definite_description_joins_unidentified_attackers(lang, first, later, joins):
    chain = _chain(lang, [first, later])
    assert (chain[0] == chain[1]) is joins


@pytest.mark.parametrize(
    ("text", "used", "expected"),
    [
        # French: spelt out before the parentheses; articles and prepositions skipped
        (
            "Le Mouvement pour la paix au Sahel (MPS) a revendiqué l'attaque.",
            (),
            {"mps": "Mouvement pour la paix au Sahel"},
        ),
        # an acronym of another language: same letters, another order
        (
            "Les Forces de défense du peuple (PDF) ont pris la ville.",
            (),
            {"pdf": "Forces de défense du peuple"},
        ),
        # English: an acronym used alone, the full name written elsewhere
        (
            "The Northern Liberation Front attacked. Later the NLF said it withdrew.",
            ("NLF",),
            {"nlf": "Northern Liberation Front"},
        ),
        ("The NLF said it withdrew.", ("NLF",), {}),
    ],
)
def test_acronyms_spelt_out(text, used, expected):
    assert acronyms(text, used) == expected


def test_first_person_singular_is_the_nearest_speaker():
    text = '"Je ne céderai pas", a déclaré le colonel Ali Sow. "Nous tiendrons", a-t-il ajouté.'
    ms = [
        ActorMention("i", text.find("Je"), describe("Je", "fr")),
        ActorMention(
            "sp", text.find("le colonel"), describe("le colonel Ali Sow", "fr"), speaker=True
        ),
        ActorMention("we", text.find("Nous"), describe("Nous", "fr")),
    ]
    out = resolve_mentions(ms)
    assert out["i"].canonical == "Ali Sow"
    assert out["we"].canonical is None  # the speaker's side, not the speaker


def test_object_pronoun_skips_its_clause_subject():
    ms = [
        ActorMention("army", 0, describe("the army", "en")),
        ActorMention("cttee", 40, describe("the committee", "en")),
        ActorMention("it", 60, describe("it", "en"), "target", disjoint="cttee"),
    ]
    assert resolve_mentions(ms)["it"].canonical == "army"


def test_people_of_another_head_noun_stay_apart():
    # "des enfants" after "des élèves": maybe others, maybe some of them; not merged
    ms = _mentions(
        "Des hommes armés ont enlevé des élèves. Des enfants ont été blessés.",
        ["des élèves", "Des enfants"],
        "fr",
    )
    out = resolve_mentions(ms)
    assert (out["m0"].canonical, out["m1"].canonical) == ("pupils", "children")


def test_members_keep_their_own_name_but_police_officers_take_the_body():
    # soldiers are not "the army"; police officers are "the police"
    ms = _mentions(
        "L'armée nigériane a riposté. Douze soldats nigérians ont été tués. "
        "La police nigériane a bouclé la zone. Deux policiers ont été blessés.",
        ["L'armée nigériane", "Douze soldats nigérians", "La police nigériane", "Deux policiers"],
        "fr",
    )
    out = resolve_mentions(ms)
    assert [out[f"m{i}"].text for i in range(4)] == [
        "L'armée nigériane",
        "Douze soldats nigérians",
        "La police nigériane",
        "La police nigériane",
    ]


def test_pronoun_never_stands_for_a_thing():
    # English: "him" is not "the governor's house", but the man named before it
    ms = [
        ActorMention("chief", 0, describe("the village chief", "en"), person=True),
        ActorMention("house", 30, describe("the governor's house", "en")),
        ActorMention("him", 60, describe("him", "en"), "target"),
    ]
    assert resolve_mentions(ms)["him"].text == "the village chief"


def test_first_person_plural_takes_the_speakers_sector():
    # French: "nous" is the speaker's side: no name, the sector of the speaker's body
    text = "\"Nous avons repoussé l'attaque\", a déclaré le porte-parole de l'armée."
    ms = [
        ActorMention("we", 1, describe("Nous", "fr")),
        ActorMention(
            "sp", text.find("le porte"), describe("le porte-parole de l'armée", "fr"), speaker=True
        ),
    ]
    out = resolve_mentions(ms)["we"]
    assert (out.canonical, out.sector) == (None, "MIL")
