"""Model-free tests of the links inside one report: its event told over several sentences,
undated mentions, reactions to the report's deed, dispersals and denials (French, English)."""

from __future__ import annotations

from datetime import date

import pytest

from eventline.link import link_events
from eventline.link.features import (
    compare,
    is_named,
    locate_in_containers,
    misread_place,
    place_containers,
    place_key,
    place_lexicon,
    place_relation,
)
from eventline.model import Event

D1, D2 = date(2024, 3, 3), date(2024, 3, 5)
DAY = {"date_start": D1, "date_end": D1, "date_precision": "day"}


def mention(eid: str, sentences: list[str], index: int, trigger: str, **kw: object) -> Event:
    """A mention of sentence ``index`` of a report made of ``sentences`` (one per line)."""
    start = sum(len(s) + 1 for s in sentences[:index])
    sentence = sentences[index]
    fields: dict[str, object] = {
        "article_id": "art1",
        "source": "test",
        "lang": "fr",
        "published": date(2024, 3, 4),
        "event_type": "ASSAULT",
        "modality": "asserted",
    }
    fields.update(kw)
    return Event(
        event_id=eid,
        sentence_index=index,
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        trigger=trigger,
        action_lemma=trigger.lower(),
        trigger_start=start + sentence.index(trigger),
        **fields,  # type: ignore[arg-type]
    )


def _pairs(links, relation: str) -> set[tuple[str, str]]:
    return {(lk.source_event_id, lk.target_event_id) for lk in links if lk.relation == relation}


@pytest.mark.parametrize(
    ("lang", "text", "triggers"),
    [
        # French: the lead, then the toll and a detail, with no place or actor of their own
        ("fr", ["Des soldats ont été visés lundi par une attaque près de Kidal.",
                "Six d'entre eux ont été tués.", "Des combats violents ont suivi."],
         ("visés", "tués", "combats")),
        # English
        ("en", ["Soldiers were targeted on Monday in an attack near Kidal.",
                "Six of them were killed.", "Heavy fighting followed."],
         ("targeted", "killed", "fighting")),
    ],
)  # fmt: skip
def test_mentions_of_one_report_form_its_event(
    lang: str, text: list[str], triggers: tuple[str, str, str]
) -> None:
    lead = mention("a", text, 0, triggers[0], lang=lang, location_canonical="Kidal", **DAY)
    toll = mention("b", text, 1, triggers[1], lang=lang, fatalities=6, **DAY)
    fight = mention("c", text, 2, triggers[2], lang=lang, **DAY)
    link_events([lead, toll, fight])
    assert lead.cluster_id == toll.cluster_id == fight.cluster_id


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: two strikes of one report on different days stay apart
        ("fr", ["L'armée a frappé Kidal lundi.", "Mercredi, elle a frappé Gao."], "frappé",
         "frappé"),
        # English
        ("en", ["The army struck Kidal on Monday.", "On Wednesday it struck Gao."], "struck",
         "struck"),
    ],
)  # fmt: skip
def test_two_events_of_one_report_stay_apart(lang: str, text: list[str], t1: str, t2: str) -> None:
    a = mention("a", text, 0, t1, lang=lang, **DAY)
    b = mention("b", text, 1, t2, lang=lang, date_start=D2, date_end=D2, date_precision="day")
    link_events([a, b])
    assert a.cluster_id != b.cluster_id


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # French: a later undated toll joins the nearest earlier mention of its type
        ("fr", ["Des hommes armés ont attaqué un village mardi.",
                "Le gouvernement a condamné cette violence.",
                "Le bilan fait état de douze civils tués."]),
        # English
        ("en", ["Gunmen attacked a village on Tuesday.",
                "The government condemned the violence.",
                "The toll stands at twelve civilians killed."]),
    ],
)  # fmt: skip
def test_undated_mention_joins_the_report_event(lang: str, text: list[str]) -> None:
    a = mention("a", text, 0, text[0].split()[2 if lang == "fr" else 1], lang=lang, **DAY)
    c = mention("c", text, 1, text[1].split()[3 if lang == "fr" else 2], lang=lang,
                event_type="ACCUSE", **DAY)  # fmt: skip
    b = mention("b", text, 2, "tués" if lang == "fr" else "killed", lang=lang, fatalities=12)
    res = link_events([a, b, c])
    assert a.cluster_id == b.cluster_id
    assert any("undated in article" in lk.evidence for lk in res.links)


def test_undated_mention_does_not_join_a_conflicting_event() -> None:
    text = ["Le groupe A a attaqué Kidal mardi.", "Le groupe B a tué trois civils."]
    a = mention("a", text, 0, "attaqué", actor_canonical="Groupe Alpha", **DAY)
    b = mention("b", text, 1, "tué", actor_canonical="Milice Bêta")
    link_events([a, b])
    assert a.cluster_id != b.cluster_id


@pytest.mark.parametrize(
    ("region", "other", "expected"),
    [
        # a country and a place the gazetteer does not know: maybe inside, no conflict
        ({"location": "Niger", "country_code": "NER", "geo_precision": 3, "latitude": 17.0,
          "longitude": 9.0}, {"location": "Tagalalt"}, "unknown"),
        # a known town and an unknown name: different (unless a sentence of the batch
        # puts one in the other: see the containers below)
        ({"location": "Gao", "country_code": "MLI", "geo_precision": 1, "latitude": 16.27,
          "longitude": -0.04}, {"location": "Tagalalt"}, "different"),
        # two places the gazetteer does not know, with different names: different
        ({"location": "Tagalalt"}, {"location": "Intahaka"}, "different"),
        # a country and a known town of another country: different
        ({"location": "Niger", "country_code": "NER", "geo_precision": 3, "latitude": 17.0,
          "longitude": 9.0},
         {"location": "Gao", "country_code": "MLI", "geo_precision": 1, "latitude": 16.27,
          "longitude": -0.04}, "different"),
    ],
)  # fmt: skip
def test_known_and_unknown_places(region: dict, other: dict, expected: str) -> None:
    text = ["Une attaque a eu lieu.", "Une attaque a eu lieu."]
    a = mention("a", text, 0, "attaque", location_canonical=region["location"], **region)
    b = mention("b", text, 1, "attaque", location_canonical=other["location"], **other)
    assert place_relation(a, b) == expected


@pytest.mark.parametrize(
    ("lang", "text", "deed", "reaction", "rtype"),
    [
        # French: a condemnation and reinforcements after an attack
        ("fr", ["Des rebelles ont attaqué une base à Kidal lundi.",
                "Le président a condamné l'attaque.",
                "L'armée a déployé des renforts."], "attaqué", "condamné", "ACCUSE"),
        ("fr", ["Des rebelles ont attaqué une base à Kidal lundi.",
                "Le président a condamné l'attaque.",
                "L'armée a déployé des renforts."], "attaqué", "déployé", "MOBILIZE"),
        # English: a protest after a killing, a curfew after riots
        ("en", ["Police shot two students in Gao on Monday.",
                "Hundreds marched in protest on Tuesday."], "shot", "marched", "PROTEST"),
        ("en", ["Rioters torched shops in Gao on Monday.",
                "Authorities declared a curfew."], "torched", "curfew", "COERCE"),
    ],
)  # fmt: skip
def test_reaction_is_caused_by_the_report_deed(
    lang: str, text: list[str], deed: str, reaction: str, rtype: str
) -> None:
    dtype = "PROTEST" if deed == "torched" else "ASSAULT"
    a = mention("a", text, 0, deed, lang=lang, event_type=dtype, **DAY)
    idx = next(i for i, s in enumerate(text) if reaction in s)
    r = mention("r", text, idx, reaction, lang=lang, event_type=rtype)
    res = link_events([a, r])
    assert ("a", "r") in _pairs(res.links, "cause")
    assert ("a", "r") in _pairs(res.links, "before")
    assert a.story_id == r.story_id


@pytest.mark.parametrize(
    ("lang", "text", "flash", "main", "reaction"),
    [
        # French: the reaction answers the report's event, not a flashback told before it
        ("fr", ["Des rebelles ont tué dix villageois mardi.",
                "Deux jours plus tôt, l'aviation avait frappé leur camp.",
                "Le président a condamné le massacre."], "frappé", "tué", "condamné"),
        # English
        ("en", ["Rebels killed ten villagers on Tuesday.",
                "Two days earlier, the air force had struck their camp.",
                "The president condemned the massacre."], "struck", "killed", "condemned"),
    ],
)  # fmt: skip
def test_reaction_skips_a_flashback(
    lang: str, text: list[str], flash: str, main: str, reaction: str
) -> None:
    a = mention("a", text, 0, main, lang=lang, actor_canonical="Rebels", **DAY)
    f = mention("f", text, 1, flash, lang=lang, actor_canonical="Air Force",
                date_start=date(2024, 3, 1), date_end=date(2024, 3, 1), date_precision="day",
                date_text="two days earlier")  # fmt: skip
    r = mention("r", text, 2, reaction, lang=lang, event_type="ACCUSE")
    res = link_events([a, f, r])
    assert _pairs(res.links, "cause") == {("a", "r")}


@pytest.mark.parametrize(
    ("lang", "text", "protest", "dispersal"),
    [
        # French: the protest causes its dispersal told first
        ("fr", ["La police a tiré des gaz lacrymogènes sur des manifestants.",
                "Ils manifestaient contre la vie chère."], "manifestaient", "tiré"),
        # English
        ("en", ["Police fired tear gas at demonstrators on Monday.",
                "They were protesting against price rises."], "protesting", "fired"),
    ],
)  # fmt: skip
def test_protest_causes_its_dispersal(
    lang: str, text: list[str], protest: str, dispersal: str
) -> None:
    d = mention("d", text, 0, dispersal, lang=lang, event_mode="crowd-control", **DAY)
    p = mention("p", text, 1, protest, lang=lang, event_type="PROTEST", **DAY)
    res = link_events([d, p])
    assert _pairs(res.links, "cause") == {("p", "d")}


@pytest.mark.parametrize(
    ("lang", "text", "deed", "denial"),
    [
        # French: a denial is linked to the event it denies, never merged with it
        ("fr", ["Un drone a bombardé un marché mardi.",
                "Les rebelles ont nié tout bombardement."], "bombardé", "bombardement"),
        # English
        ("en", ["A drone bombed a market on Tuesday.",
                "The rebels denied any bombing."], "bombed", "bombing"),
    ],
)  # fmt: skip
def test_denial_is_linked_to_the_denied_event(
    lang: str, text: list[str], deed: str, denial: str
) -> None:
    a = mention("a", text, 0, deed, lang=lang, modality="claimed", **DAY)
    n = mention("n", text, 1, denial, lang=lang, modality="negated")
    res = link_events([a, n])
    assert a.cluster_id != n.cluster_id
    assert ("a", "n") in _pairs(res.links, "same_event")


@pytest.mark.parametrize(
    ("lang", "s1", "t1", "s2", "t2"),
    [
        # French: the junta confirmed on Wednesday the strike another outlet dates Tuesday
        ("fr", "La junte a confirmé mercredi la frappe sur le village.", "frappe",
         "Un avion a bombardé le village mardi.", "bombardé"),
        # English
        ("en", "The junta confirmed on Wednesday the air strike on the village.", "strike",
         "A jet bombed the village on Tuesday.", "bombed"),
    ],
)  # fmt: skip
def test_reported_event_dated_by_its_statement_may_be_earlier(
    lang: str, s1: str, t1: str, s2: str, t2: str
) -> None:
    wed, tue = date(2023, 4, 12), date(2023, 4, 11)
    claim = mention("c", [s1], 0, t1, lang=lang, modality="claimed", date_start=wed,
                    date_end=wed, date_precision="day", extras={"date_via": "statement"},
                    actor_canonical="Junta", location_canonical="Village")  # fmt: skip
    deed = mention("d", [s2], 0, t2, lang=lang, article_id="art2", date_start=tue,
                   date_end=tue, date_precision="day", actor_canonical="Junta",
                   location_canonical="Village")  # fmt: skip
    assert compare(claim, deed).date == "overlap"
    assert not compare(claim, deed).conflict
    # a date the event got as its sentence's only time expression: the same
    lone = mention("l", [s1], 0, t1, lang=lang, date_start=wed, date_end=wed,
                   date_precision="day", extras={"date_via": "sentence"})  # fmt: skip
    assert compare(lone, deed).date == "overlap"
    # the same date from the event's own clause: a day apart, a conflict without support
    own = mention("o", [s1], 0, t1, lang=lang, modality="claimed", date_start=wed,
                  date_end=wed, date_precision="day")  # fmt: skip
    other = mention("x", [s2], 0, t2, lang=lang, article_id="art2", date_start=tue,
                    date_end=tue, date_precision="day")  # fmt: skip
    assert compare(own, other).date == "adjacent"
    assert compare(own, other).conflict


@pytest.mark.parametrize(
    ("sentence", "target", "named"),
    [
        # French: a capital after a colon or a quotation mark opens the quotation
        ('Il a répondu : « Certaines personnes ont été tuées ».', "Certaines personnes", False),
        ('Il a répondu: "Certaines personnes ont été tuées".', "Certaines personnes", False),
        # English: a capital inside the sentence is a name
        ("Gunmen attacked members of the Popular Front.", "members of the Popular Front", True),
        ("Police said Dozo hunters were attacked.", "Dozo hunters", True),
    ],
)  # fmt: skip
def test_capital_opening_a_quotation_is_no_name(sentence: str, target: str, named: bool) -> None:
    assert is_named(target, None, sentence) is named


@pytest.mark.parametrize(
    ("lang", "lead", "detail", "contained"),
    [
        # French: "le camp de X, à l'ouest de Gao" puts the unknown X in Gao
        ("fr", "Des obus ont frappé le camp de Tagalalt, à l'ouest de Gao, vendredi.",
         "Le camp de Tagalalt a été touché.", True),
        # a coordination names two places, neither in the other
        ("fr", "Des rebelles ont attaqué Tagalalt et Gao vendredi.",
         "Le camp de Tagalalt a été touché.", False),
        # English: "X village in Y"
        ("en", "Jets bombed Tagalalt village in Gao district on Friday.",
         "A house in Tagalalt was hit.", True),
        ("en", "Rebels attacked Tagalalt and Gao on Friday.", "A house in Tagalalt was hit.",
         False),
    ],
)  # fmt: skip
def test_unknown_place_is_located_in_the_known_place_containing_it(
    lang: str, lead: str, detail: str, contained: bool
) -> None:
    gao = {"location": "Gao", "location_canonical": "Gao", "country_code": "MLI",
           "geo_precision": 1, "latitude": 16.27, "longitude": -0.04}  # fmt: skip
    trig = lead.split()[1] if lang == "en" else "frappé" if "frappé" in lead else "attaqué"
    a = mention("a", [lead], 0, trig, lang=lang, **gao, **DAY)
    b = mention("b", [detail], 0, detail.split()[-1].rstrip("."), lang=lang,
                article_id="art2", location="Tagalalt", location_canonical="Tagalalt",
                **DAY)  # fmt: skip
    lexicon = place_lexicon([a, b])
    located = locate_in_containers([a, b], place_containers([a, b], lexicon))
    assert (located[1].latitude == 16.27) is contained
    assert (place_relation(located[0], located[1]) == "near") is contained


@pytest.mark.parametrize(
    ("lang", "text", "triggers"),
    [
        # French: the abduction of a raid is its own event, linked to the raid
        ("fr", ["Des hommes armés ont attaqué le village lundi, tuant trois habitants.",
                "Ils ont enlevé cinq femmes.", "Les assaillants ont aussi incendié des maisons."],
         ("attaqué", "enlevé", "incendié")),
        # English
        ("en", ["Gunmen attacked the village on Monday, killing three residents.",
                "They abducted five women.", "The attackers also torched houses."],
         ("attacked", "abducted", "torched")),
    ],
)  # fmt: skip
def test_abduction_of_a_raid_is_a_linked_sub_event(
    lang: str, text: list[str], triggers: tuple[str, str, str]
) -> None:
    raid = mention("r", text, 0, triggers[0], lang=lang, actor_canonical="Gunmen", **DAY)
    abd = mention("a", text, 1, triggers[1], lang=lang, actor_canonical="Gunmen",
                  event_mode="abduct", **DAY)  # fmt: skip
    fire = mention("f", text, 2, triggers[2], lang=lang, actor_canonical="Gunmen",
                   event_mode="primitive", **DAY)  # fmt: skip
    other = mention("o", [text[1]], 0, triggers[1], lang=lang, article_id="art2",
                    actor_canonical="Gunmen", event_mode="abduct", **DAY)  # fmt: skip
    res = link_events([raid, abd, fire, other])
    assert raid.cluster_id == fire.cluster_id != abd.cluster_id
    assert abd.cluster_id == other.cluster_id  # another report of the abduction
    assert ("r", "a") in _pairs(res.links, "same_event")
    assert raid.story_id == abd.story_id


def test_the_same_toll_supports_a_cross_report_merge() -> None:
    a = mention("a", ["Cinquante et un soldats ont été tués vendredi."], 0, "tués",
                fatalities=51, **DAY)  # fmt: skip
    b = mention("b", ["Fifty-one soldiers were killed on Friday."], 0, "killed", lang="en",
                article_id="art2", fatalities=51, **DAY)  # fmt: skip
    c = mention("c", ["Fifty soldiers were killed on Friday."], 0, "killed", lang="en",
                article_id="art3", fatalities=50, **DAY)  # fmt: skip
    assert compare(a, b).score > compare(a, c).score
    assert not compare(a, c).conflict  # differing tolls never split reports


@pytest.mark.parametrize(
    ("lang", "sentence", "first", "then"),
    [
        # French: "d'abord ..., puis ..." orders two parts of one attack
        ("fr", "Les assaillants ont d'abord fait exploser un camion, puis ont attaqué le camp.",
         "exploser", "attaqué"),
        # English
        ("en", "The assailants blew up a truck and then stormed the camp.", "blew", "stormed"),
    ],
)  # fmt: skip
def test_cue_between_two_mentions_orders_them(
    lang: str, sentence: str, first: str, then: str
) -> None:
    a = mention("a", [sentence], 0, first, lang=lang, actor_canonical="Assailants", **DAY)
    b = mention("b", [sentence], 0, then, lang=lang, actor_canonical="Assailants", **DAY)
    res = link_events([a, b])
    assert a.cluster_id == b.cluster_id
    assert _pairs(res.links, "before") == {("a", "b")}


@pytest.mark.parametrize(
    ("lang", "text", "abduct", "release"),
    [
        # French: a release told before the abduction it ends
        ("fr", ["Les quatre otages ont été libérés mardi.",
                "Ils avaient été enlevés en 2021 près de Ménaka."], "enlevés", "libérés"),
        # English
        ("en", ["The four hostages were released on Tuesday.",
                "They had been abducted in 2021 near Menaka."], "abducted", "released"),
    ],
)  # fmt: skip
def test_abduction_comes_before_its_release(
    lang: str, text: list[str], abduct: str, release: str
) -> None:
    r = mention("r", text, 0, release, lang=lang, event_type="RETREAT", event_mode="release",
                **DAY)  # fmt: skip
    y = date(2021, 1, 1)
    a = mention("a", text, 1, abduct, lang=lang, event_mode="abduct", date_start=y,
                date_end=date(2021, 12, 31), date_precision="year")  # fmt: skip
    res = link_events([r, a])
    assert ("a", "r") in _pairs(res.links, "before")


def test_release_is_not_ordered_after_a_later_abduction() -> None:
    text = ["Les otages ont été libérés lundi.", "Mercredi, dix élèves ont été enlevés."]
    r = mention("r", text, 0, "libérés", event_type="RETREAT", event_mode="release", **DAY)
    a = mention("a", text, 1, "enlevés", event_mode="abduct", date_start=D2, date_end=D2,
                date_precision="day")  # fmt: skip
    res = link_events([r, a])
    assert ("a", "r") not in _pairs(res.links, "before")


@pytest.mark.parametrize(
    ("lang", "text", "cause", "effect"),
    [
        # French: "En représailles," without complement: the event told before is the cause
        ("fr", ["L'armée a lancé une offensive contre les rebelles mardi.",
                "En représailles, les rebelles ont bombardé un camp."], "offensive", "bombardé"),
        # English
        ("en", ["The army launched an offensive against the rebels on Tuesday.",
                "In retaliation, the rebels shelled a camp."], "offensive", "shelled"),
    ],
)  # fmt: skip
def test_cause_adverbial_points_to_the_event_told_before(
    lang: str, text: list[str], cause: str, effect: str
) -> None:
    a = mention("a", text, 0, cause, lang=lang, actor_canonical="Army",
                target_canonical="Rebels", **DAY)  # fmt: skip
    b = mention("b", text, 1, effect, lang=lang, actor_canonical="Rebels",
                target_canonical="camp", **DAY)  # fmt: skip
    res = link_events([a, b])
    assert a.cluster_id != b.cluster_id
    assert ("a", "b") in _pairs(res.links, "cause")


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: two condemnations of one report by different speakers stay two events
        ("fr", ["Un militant a accusé le ministère jeudi.",
                "L'Union européenne a critiqué jeudi la répression."], "accusé", "critiqué"),
        # English
        ("en", ["An activist accused the ministry on Thursday.",
                "The European Union criticised the crackdown on Thursday."],
         "accused", "criticised"),
    ],
)  # fmt: skip
def test_two_statements_of_one_report_stay_apart(
    lang: str, text: list[str], t1: str, t2: str
) -> None:
    a = mention("a", text, 0, t1, lang=lang, event_type="ACCUSE", actor="un militant",
                actor_canonical="militant", **DAY)  # fmt: skip
    b = mention("b", text, 1, t2, lang=lang, event_type="ACCUSE",
                actor_canonical="European Union", actor_country="EUR", **DAY)  # fmt: skip
    link_events([a, b])
    assert a.cluster_id != b.cluster_id


def test_reaction_is_not_caused_by_a_later_deed() -> None:
    text = ["La veille, des étudiants avaient bloqué une avenue.",
            "Mercredi, la police a dispersé les étudiants.",
            "Vingt d'entre eux ont été blessés."]  # fmt: skip
    tue = date(2024, 3, 2)
    block = mention("b", text, 0, "bloqué", event_type="PROTEST", date_start=tue, date_end=tue,
                    date_precision="day", date_text="la veille")  # fmt: skip
    wed = {"date_start": D1, "date_end": D1, "date_precision": "day"}
    disp = mention("d", text, 1, "dispersé", event_mode="crowd-control", date_text="mercredi",
                   **wed)  # fmt: skip
    hurt = mention("h", text, 2, "blessés", date_anchor="event:d", **wed)
    res = link_events([block, disp, hurt])
    assert ("h", "b") not in _pairs(res.links, "cause")
    assert ("d", "b") not in _pairs(res.links, "cause")


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger", "location", "actor"),
    [
        # French: a weekday read as a place, the group's name read as a place
        ("fr", "Vendredi, des hommes armés ont attaqué le village.", "attaqué", "Vendredi", None),
        ("fr", "Le M23 a bombardé le camp.", "bombardé", "M23", "M23"),
        ("fr", "Trois agents de la BOID ont été tués.", "tués", "BOID", None),
        # English
        ("en", "On Friday gunmen attacked the village.", "attacked", "Friday", None),
    ],
)  # fmt: skip
def test_misread_place_is_no_place(
    lang: str, sentence: str, trigger: str, location: str, actor: str | None
) -> None:
    ev = mention("a", [sentence], 0, trigger, lang=lang, location=location,
                 location_canonical=location, actor_canonical=actor)  # fmt: skip
    assert misread_place(ev)
    assert place_key(ev) == "" and not place_lexicon([ev])
    # a place the gazetteer knows is never second-guessed
    known = mention("k", [sentence], 0, trigger, lang=lang, location=location,
                    country_code="MLI", latitude=1.0, longitude=1.0)  # fmt: skip
    assert not misread_place(known)


def test_abductions_of_one_raid_told_by_two_reports_are_one() -> None:
    gao = {"location": "Gao", "location_canonical": "Gao", "country_code": "MLI",
           "geo_precision": 1, "latitude": 16.27, "longitude": -0.04}  # fmt: skip
    r1 = ["Des hommes armés ont attaqué Gao lundi, tuant trois civils.",
          "Ils ont enlevé cinq femmes."]  # fmt: skip
    r2 = ["Gunmen raided Gao on Monday, killing three civilians.",
          "Some were abducted, residents said."]  # fmt: skip
    raid1 = mention("r1", r1, 0, "attaqué", actor_canonical="hommes armés", fatalities=3,
                    **gao, **DAY)  # fmt: skip
    abd1 = mention("a1", r1, 1, "enlevé", actor="Ils", target_canonical="femmes",
                   event_mode="abduct", **DAY)  # fmt: skip
    raid2 = mention("r2", r2, 0, "raided", lang="en", article_id="art2",
                    actor_canonical="Gunmen", fatalities=3, **gao, **DAY)  # fmt: skip
    abd2 = mention("a2", r2, 1, "abducted", lang="en", article_id="art2",
                   target_canonical="some", event_mode="abduct", **DAY)  # fmt: skip
    assert compare(abd1, abd2).score < 0.5  # too little to merge them on their own
    link_events([raid1, abd1, raid2, abd2])
    assert raid1.cluster_id == raid2.cluster_id != abd1.cluster_id
    assert abd1.cluster_id == abd2.cluster_id


@pytest.mark.parametrize(
    ("lang", "text", "t1", "d1", "t2", "d2"),
    [
        # French: a strike "dimanche" and an offensive "la semaine dernière" of one report
        ("fr", ["Une frappe a touché Kharkiv dimanche.",
                "La semaine dernière, l'armée avait lancé une offensive près de Kharkiv."],
         "frappe", "dimanche", "offensive", "La semaine dernière"),
        # English
        ("en", ["A strike hit Kharkiv on Sunday.",
                "Last week the army had launched an offensive near Kharkiv."],
         "strike", "Sunday", "offensive", "Last week"),
    ],
)  # fmt: skip
def test_a_day_and_a_period_told_apart_are_two_events(
    lang: str, text: list[str], t1: str, d1: str, t2: str, d2: str
) -> None:
    place = {"location": "Kharkiv", "location_canonical": "Kharkiv"}
    a = mention("a", text, 0, t1, lang=lang, date_text=d1, **place, **DAY)
    week = {"date_start": date(2024, 2, 26), "date_end": D1, "date_precision": "week"}
    b = mention("b", text, 1, t2, lang=lang, date_text=d2, **place, **week)
    assert compare(a, b).conflict
    # across reports, a week-precise date still overlaps a day in it
    c = mention("c", [text[1]], 0, t2, lang=lang, article_id="art2", date_text=d2,
                **place, **week)  # fmt: skip
    assert not compare(a, c).conflict


def test_two_opposite_orders_of_one_pair_keep_the_better_scored() -> None:
    # French: the cue says the strike came first; a (mistaken) later date says otherwise
    text = ["Des rebelles ont attaqué Gao mardi.", "Peu avant, l'armée avait frappé Gao."]
    a = mention("a", text, 0, "attaqué", date_text="mardi", **DAY)
    b = mention("b", text, 1, "frappé", date_text="peu avant", date_start=D2, date_end=D2,
                date_precision="day")  # fmt: skip
    res = link_events([a, b])
    before = _pairs(res.links, "before")
    assert before == {("b", "a")}  # the cue (0.8) wins over the dates (0.6)
