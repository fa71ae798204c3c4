"""Model-free tests of the narrative links inside one report: flashbacks told in the
pluperfect, deeds on the dead, looting by the raiders, planned deeds (French, English).
Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from eventline.link import link_events
from eventline.link.features import compare, flashback, on_remains
from eventline.model import Event

D1, D0 = date(2024, 3, 3), date(2024, 3, 2)
DAY = {"date_start": D1, "date_end": D1, "date_precision": "day"}
EVE = {"date_start": D0, "date_end": D0, "date_precision": "day"}


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


PLUPERFECT = {"tense": "pluperfect"}


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: a shelling told in the pluperfect is background, before the report's strike
        ("fr", ["Une frappe a touché dimanche un marché de Tombel.",
                "Quelques heures plus tôt, des obus avaient été tirés sur le village voisin."],
         "frappe", "tirés"),
        # English
        ("en", ["A strike hit a market in Tombel on Sunday.",
                "Hours earlier, shells had been fired at a nearby village."],
         "strike", "fired"),
    ],
)  # fmt: skip
def test_flashback_is_another_event_before_the_news(
    lang: str, text: list[str], t1: str, t2: str
) -> None:
    news = mention("a", text, 0, t1, lang=lang, location_canonical="Tombel", **DAY)
    back = mention("b", text, 1, t2, lang=lang, extras=dict(PLUPERFECT), **DAY)
    assert flashback(back) and not flashback(news)
    assert compare(news, back).conflict
    res = link_events([news, back])
    assert news.cluster_id != back.cluster_id
    assert ("b", "a") in _pairs(res.links, "before")


def test_reported_pluperfect_is_no_flashback() -> None:
    # English: "the army said it had struck" is the report's backshift, not background
    text = ["Jets struck a camp near Tombel on Sunday.", "The army said it had struck the camp."]
    news = mention("a", text, 0, "struck", lang="en", **DAY)
    said = mention("b", text, 1, "struck", lang="en", modality="claimed",
                   extras=dict(PLUPERFECT), **DAY)  # fmt: skip
    assert not flashback(said)
    link_events([news, said])
    assert news.cluster_id == said.cluster_id


@pytest.mark.parametrize(
    ("lang", "text", "triggers"),
    [
        # French: the call to strike, told in the pluperfect, comes before the strike it names
        ("fr", ["Des milliers d'enseignants ont fait grève lundi à Douala.",
                "La police a dispersé un cortège devant le rectorat.",
                "Le syndicat avait appelé depuis des semaines à la grève."],
         ("grève", "dispersé", "appelé")),
        # English
        ("en", ["Thousands of teachers joined a strike in Douala on Monday.",
                "Police dispersed a crowd outside the ministry.",
                "The union had urged members for weeks to join the strike."],
         ("strike", "dispersed", "urged")),
    ],
)  # fmt: skip
def test_flashback_is_before_the_event_its_sentence_names(
    lang: str, text: list[str], triggers: tuple[str, str, str]
) -> None:
    strike = mention("a", text, 0, triggers[0], lang=lang, event_type="PROTEST", **DAY)
    police = mention("b", text, 1, triggers[1], lang=lang, **DAY)
    call = mention("c", text, 2, triggers[2], lang=lang, event_type="REQUEST",
                   extras=dict(PLUPERFECT))  # fmt: skip
    res = link_events([strike, police, call])
    before = _pairs(res.links, "before")
    assert ("c", "a") in before and ("c", "b") not in before


def test_flashback_is_never_before_an_event_it_follows() -> None:
    # English: a pluperfect deed dated after the report's event is not ordered before it
    text = ["Troops shelled Tombel on Saturday.", "On Sunday, rebels had taken a nearby hill."]
    news = mention("a", text, 0, "shelled", lang="en", **EVE)
    back = mention("b", text, 1, "taken", lang="en", event_type="COERCE", date_text="On Sunday",
                   extras=dict(PLUPERFECT), **DAY)  # fmt: skip
    res = link_events([news, back])
    assert ("b", "a") not in _pairs(res.links, "before")


@pytest.mark.parametrize(
    ("lang", "text", "triggers", "victims"),
    [
        # French: the bodies dragged through the street: after the killing, not the killing
        ("fr", ["Trois policiers ont été tués jeudi dans une embuscade à Bouar.",
                "Les corps des policiers ont ensuite été traînés dans la rue."],
         ("tués", "traînés"), ("Trois policiers", "Les corps des policiers")),
        # English
        ("en", ["Three policemen were killed on Thursday in an ambush in Bouar.",
                "The bodies of the policemen were then dragged through the street."],
         ("killed", "dragged"), ("Three policemen", "The bodies of the policemen")),
    ],
)  # fmt: skip
def test_deed_on_the_dead_comes_after_the_killing(
    lang: str, text: list[str], triggers: tuple[str, str], victims: tuple[str, str]
) -> None:
    kill = mention("a", text, 0, triggers[0], lang=lang, target=victims[0], **DAY)
    drag = mention("b", text, 1, triggers[1], lang=lang, target=victims[1], **DAY)
    assert on_remains(drag) and not on_remains(kill)
    res = link_events([kill, drag])
    assert kill.cluster_id != drag.cluster_id
    assert ("a", "b") in _pairs(res.links, "before")


@pytest.mark.parametrize(
    ("lang", "text", "triggers", "actors"),
    [
        # French: the raiders also looted the shops: part of their raid, no reaction to it
        ("fr", ["Des hommes armés ont attaqué mardi le village de Garoua.",
                "Les assaillants ont aussi pillé les boutiques."],
         ("attaqué", "pillé"), ("Des hommes armés", "Les assaillants")),
        # English
        ("en", ["Gunmen attacked the village of Garoua on Tuesday.",
                "The gunmen also looted the shops."],
         ("attacked", "looted"), ("Gunmen", "The gunmen")),
    ],
)  # fmt: skip
def test_looting_by_the_raiders_is_part_of_the_raid(
    lang: str, text: list[str], triggers: tuple[str, str], actors: tuple[str, str]
) -> None:
    canon = {"actor_canonical": "hommes armés" if lang == "fr" else "gunmen"}
    raid = mention("a", text, 0, triggers[0], lang=lang, actor=actors[0], **canon, **DAY)
    loot = mention("b", text, 1, triggers[1], lang=lang, actor=actors[1], event_type="COERCE",
                   event_mode="seize", **canon, **DAY)  # fmt: skip
    res = link_events([raid, loot])
    assert ("a", "b") in _pairs(res.links, "same_event")
    assert not _pairs(res.links, "cause")


def test_seizure_by_someone_else_is_no_part_of_the_raid() -> None:
    # French: the police seizing weapons after an attack is a deed of its own
    text = ["Des hommes armés ont attaqué mardi le village de Garoua.",
            "La police a saisi des armes dans le quartier."]  # fmt: skip
    raid = mention("a", text, 0, "attaqué", actor="Des hommes armés",
                   actor_canonical="hommes armés", **DAY)  # fmt: skip
    seize = mention("b", text, 1, "saisi", actor="La police", actor_canonical="police",
                    actor_sector="COP", event_type="COERCE", event_mode="seize", **DAY)  # fmt: skip
    res = link_events([raid, seize])
    assert ("a", "b") not in _pairs(res.links, "same_event")


@pytest.mark.parametrize(
    ("lang", "text", "triggers"),
    [
        # French: further sanctions to come follow the report's sanctions
        ("fr", ["L'Union a adopté lundi des sanctions contre dix responsables.",
                "Ces sanctions visent aussi deux banques.",
                "L'Union prendra de nouvelles sanctions la semaine prochaine."],
         ("sanctions", "visent", "prendra")),
        # English
        ("en", ["The Union adopted sanctions against ten officials on Monday.",
                "The sanctions also target two banks.",
                "The Union will adopt further sanctions next week."],
         ("sanctions", "target", "adopt")),
    ],
)  # fmt: skip
def test_planned_deed_follows_the_report_event_and_its_nearest_mention(
    lang: str, text: list[str], triggers: tuple[str, str, str]
) -> None:
    kw = {"lang": lang, "event_type": "SANCTION", "actor_canonical": "Union"}
    first = mention("a", text, 0, triggers[0], **kw, **DAY)
    second = mention("b", text, 1, triggers[1], **kw, modality="claimed", **DAY)
    plan = mention("c", text, 2, triggers[2], **kw, modality="future")
    res = link_events([first, second, plan])
    assert first.cluster_id == second.cluster_id
    before = _pairs(res.links, "before")
    assert {("a", "c"), ("b", "c")} <= before


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: "malgré le couvre-feu": the curfew came first
        ("fr", ["Malgré le couvre-feu décrété lundi, des émeutes ont éclaté à Port-Gentil."],
         "couvre-feu", "émeutes"),
        # English
        ("en", ["Despite a curfew imposed on Monday, riots broke out in Port-Gentil."],
         "curfew", "riots"),
    ],
)  # fmt: skip
def test_despite_orders_its_complement_first(lang: str, text: list[str], t1: str, t2: str) -> None:
    curfew = mention("a", text, 0, t1, lang=lang, event_type="COERCE", **EVE)
    riots = mention("b", text, 0, t2, lang=lang, event_type="PROTEST", **DAY)
    res = link_events([curfew, riots])
    assert ("a", "b") in _pairs(res.links, "before")


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: a denial placed in the report's town by its paragraph is no other event
        ("fr", ["Un drone a bombardé lundi une école près de Bambari.",
                "L'armée a nié avoir visé des civils."], "bombardé", "visé"),
        # English
        ("en", ["A drone bombed a school near Bambari on Monday.",
                "The army denied targeting civilians."], "bombed", "targeting"),
    ],
)  # fmt: skip
def test_a_place_guessed_from_the_report_is_no_conflict_in_it(
    lang: str, text: list[str], t1: str, t2: str
) -> None:
    deed = mention("a", text, 0, t1, lang=lang, modality="claimed", location="Bambari",
                   location_canonical="Bambari", latitude=5.76, longitude=20.68,
                   country_code="CAF", location_source="clause", **DAY)  # fmt: skip
    denial = mention("n", text, 1, t2, lang=lang, modality="negated", location="Bangui",
                     location_canonical="Bangui", latitude=4.36, longitude=18.56,
                     country_code="CAF", location_source="article", **DAY)  # fmt: skip
    assert compare(deed, denial).place != "different"
    res = link_events([deed, denial])
    assert ("a", "n") in _pairs(res.links, "same_event")
    # across reports the guessed place still tells two events apart
    other = mention("x", text, 1, t2, lang=lang, modality="claimed", article_id="art2",
                    location="Bangui", location_canonical="Bangui", latitude=4.36,
                    longitude=18.56, country_code="CAF", location_source="article",
                    **DAY)  # fmt: skip
    assert compare(deed, other).conflict


WEEK = {"date_start": date(2024, 2, 26), "date_end": date(2024, 3, 4), "date_precision": "range",
        "extras": {"date_source": "window"}}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2", "anaphor"),
    [
        # French: "l'attaque" takes up the raid told before, though nothing else ties them
        ("fr", ["Des hommes armés ont attaqué lundi un poste de police à Kaya.",
                "Le ministre a réuni son cabinet.",
                "L'attaque a été revendiquée par un groupe armé."], "attaqué", "attaque", True),
        ("fr", ["Des hommes armés ont attaqué lundi un poste de police à Kaya.",
                "Le ministre a réuni son cabinet.",
                "Une attaque a aussi visé un convoi."], "attaqué", "attaque", False),
        # English
        ("en", ["Gunmen attacked a police post in Kaya on Monday.",
                "The minister met his cabinet.",
                "The attack was claimed by an armed group."], "attacked", "attack", True),
        ("en", ["Gunmen attacked a police post in Kaya on Monday.",
                "The minister met his cabinet.",
                "An attack also hit a convoy."], "attacked", "attack", False),
    ],
)  # fmt: skip
def test_anaphoric_noun_takes_up_the_event_told_before(
    lang: str, text: list[str], t1: str, t2: str, anaphor: bool
) -> None:
    raid = mention("a", text, 0, t1, lang=lang, location_canonical="Kaya",
                   location_source="clause", **DAY)  # fmt: skip
    meet = mention("m", text, 1, "réuni" if lang == "fr" else "met", lang=lang,
                   event_type="CONSULT", **DAY)  # fmt: skip
    claim = mention("b", text, 2, t2, lang=lang, modality="claimed", **WEEK)
    res = link_events([raid, meet, claim])
    assert raid.cluster_id != claim.cluster_id  # nothing but the noun ties them
    assert (("a", "b") in _pairs(res.links, "same_event")) is anaphor


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: the road block and the tear gas of one dispersal are one police action
        ("fr", ["La police a bouclé l'avenue puis tiré des gaz lacrymogènes sur les manifestants."],
         "bouclé", "tiré"),
        # English
        ("en", ["Police sealed off the avenue and fired tear gas at the marchers."],
         "sealed", "fired"),
    ],
)  # fmt: skip
def test_road_block_of_a_dispersal_is_part_of_it(
    lang: str, text: list[str], t1: str, t2: str
) -> None:
    kw = {"lang": lang, "actor": "Police", "actor_canonical": "police"}
    block = mention("a", text, 0, t1, event_type="COERCE", event_mode="restrict", **kw, **DAY)
    gas = mention("b", text, 0, t2, event_mode="crowd-control", **kw, **DAY)
    res = link_events([block, gas])
    assert ("b", "a") in _pairs(res.links, "same_event")
    assert not _pairs(res.links, "cause")


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2", "t3"),
    [
        # French: the lead names the camp the later strike hit: it joins that strike rather
        # than the fighting near another town
        ("fr", ["Le drame a eu lieu vendredi au camp de Kibati, à l'ouest de Goma.",
                "L'armée a lancé une offensive près de Sake.",
                "Un obus a frappé le camp de Kibati, faisant cinq morts."],
         "drame", "offensive", "frappé"),
        # English
        ("en", ["The tragedy struck the Kibati camp west of Goma on Friday.",
                "The army launched an offensive near Sake.",
                "A shell hit the Kibati camp, killing five."],
         "tragedy", "offensive", "hit"),
    ],
)  # fmt: skip
def test_a_lead_naming_the_other_mention_place_is_at_that_place(
    lang: str, text: list[str], t1: str, t2: str, t3: str
) -> None:
    goma = {"location": "Goma", "location_canonical": "Goma", "latitude": -1.68,
            "longitude": 29.23, "country_code": "COD", "geo_precision": 1}  # fmt: skip
    sake = {"location": "Sake", "location_canonical": "Sake", "latitude": -1.57,
            "longitude": 29.04, "country_code": "COD", "geo_precision": 1}  # fmt: skip
    kibati = {"location": "Kibati", "latitude": -1.62, "longitude": 29.25,
              "country_code": "COD", "geo_precision": 2}  # fmt: skip
    lead = mention("a", text, 0, t1, lang=lang, **goma, **DAY)
    offensive = mention("b", text, 1, t2, lang=lang, actor="L'armée", actor_canonical="armée",
                        **sake, **DAY)  # fmt: skip
    shell = mention("c", text, 2, t3, lang=lang, fatalities=5, **kibati, **DAY)
    assert compare(lead, shell).place == "same"
    assert compare(lead, offensive).place == "near"
    assert compare(lead, shell).score > compare(lead, offensive).score


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: a march to protest against an abduction is caused by it
        ("fr", ["Des centaines d'habitants ont marché mardi à Mora pour protester contre "
                "l'enlèvement de deux enseignants."], "marché", "enlèvement"),
        # English
        ("en", ["Hundreds of residents marched in Mora on Tuesday in protest at the abduction "
                "of two teachers."], "marched", "abduction"),
    ],
)  # fmt: skip
def test_protest_against_an_event_is_caused_by_it(
    lang: str, text: list[str], t1: str, t2: str
) -> None:
    march = mention("a", text, 0, t1, lang=lang, event_type="PROTEST", **DAY)
    abduction = mention("b", text, 0, t2, lang=lang, event_mode="abduct", **EVE)
    res = link_events([march, abduction])
    assert ("b", "a") in _pairs(res.links, "cause")


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2", "ordered"),
    [
        # French: "l'assaut a été suivi de tirs": the event told before comes first
        ("fr", ["Un drone a largué deux bombes sur une école de Tonzang.",
                "L'assaut a été suivi de longs tirs depuis un hélicoptère de combat militaire."],
         "largué", "tirs", True),
        # a fronted adjunct opens another clause: no order from it
        ("fr", ["Un drone a largué deux bombes sur une école de Tonzang.",
                "Peu avant les tirs, les habitants avaient fui."], "largué", "tirs", False),
        # English
        ("en", ["A drone dropped two bombs on a school in Tonzang.",
                "The raid was followed by bursts of gunfire from a patrol boat."],
         "dropped", "gunfire", True),
        ("en", ["A drone dropped two bombs on a school in Tonzang.",
                "Shortly before the gunfire, residents fled."], "dropped", "gunfire", False),
    ],
)  # fmt: skip
def test_followed_by_orders_the_event_told_before(
    lang: str, text: list[str], t1: str, t2: str, ordered: bool
) -> None:
    bombs = mention("a", text, 0, t1, lang=lang, **DAY)
    fire = mention("b", text, 1, t2, lang=lang, **DAY)
    res = link_events([bombs, fire])
    assert (("a", "b") in _pairs(res.links, "before")) is ordered


@pytest.mark.parametrize(
    ("lang", "text", "named", "told"),
    [
        # French: links start at the mention that tells the offensive, not the one a cause
        # marker names in passing
        ("fr", ["Les rebelles ont tiré des obus en réponse aux offensives de l'armée.",
                "Les offensives de l'armée ont visé les positions rebelles près de Sake."],
         "offensives", "visé"),
        # English
        ("en", ["The rebels fired shells in response to the army offensives.",
                "The army offensives targeted rebel positions near Sake."],
         "offensives", "targeted"),
    ],
)  # fmt: skip
def test_links_start_at_the_mention_telling_the_event(
    lang: str, text: list[str], named: str, told: str
) -> None:
    from eventline.link.relations import _head

    passing = mention("a", text, 0, named, lang=lang, **DAY)
    telling = mention("b", text, 1, told, lang=lang, **DAY)
    cluster = {"a": "C1", "b": "C1"}
    assert _head(telling, [passing, telling], cluster) is telling
    assert _head(passing, [passing], {"a": "C1"}) is passing


@pytest.mark.parametrize(
    ("lang", "text", "t1", "t2"),
    [
        # French: arrests told in a sentence of their own come after the dispersal
        ("fr", ["La police a dispersé mardi une marche à Kindu.",
                "Une dizaine de manifestants ont été interpellés."], "dispersé", "interpellés"),
        # English
        ("en", ["Police dispersed a march in Kindu on Tuesday.",
                "About ten marchers were detained."], "dispersed", "detained"),
    ],
)  # fmt: skip
def test_arrests_told_apart_follow_the_dispersal(
    lang: str, text: list[str], t1: str, t2: str
) -> None:
    gas = mention("a", text, 0, t1, lang=lang, actor="Police", actor_canonical="police",
                  event_mode="crowd-control", **DAY)  # fmt: skip
    arrests = mention("b", text, 1, t2, lang=lang, event_type="COERCE", event_mode="arrest",
                      **DAY)  # fmt: skip
    res = link_events([gas, arrests])
    assert ("a", "b") not in _pairs(res.links, "same_event")
    assert ("a", "b") in _pairs(res.links, "before")
