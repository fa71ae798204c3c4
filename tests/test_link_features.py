"""Model-free tests of pairwise features, merging and typed links (French and English)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventline.link import link_events
from eventline.link.features import compare, fold, name_stopwords, place_relation
from eventline.link.relations import find_cues
from eventline.model import Event


def ev(eid: str, sentence: str, trigger: str, **kw: object) -> Event:
    """An Event whose sentence starts at offset ``kw['char_start']`` (default 0)."""
    start = int(kw.pop("char_start", 0))  # type: ignore[arg-type]
    fields: dict[str, object] = {
        "article_id": "art1",
        "source": "test",
        "lang": "fr",
        "published": date(2024, 3, 4),
        "sentence_index": 0,
        "event_type": "ASSAULT",
    }
    fields.update(kw)
    return Event(
        event_id=eid,
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        trigger=trigger,
        action_lemma=trigger.lower(),
        trigger_start=start + sentence.index(trigger),
        **fields,  # type: ignore[arg-type]
    )


D1, D2 = date(2024, 3, 3), date(2024, 3, 5)


def test_fold_strips_accents_and_articles() -> None:
    assert fold("L'Armée malienne") == "armee malienne"
    assert fold(None) == ""


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # French: same gazetteer name
        ({"location_canonical": "Kidal"}, {"location_canonical": "Kidal"}, "same"),
        # English: different names 10 km apart
        (
            {"location": "Camp X", "latitude": 12.0, "longitude": 1.0},
            {"location": "Village Y", "latitude": 12.05, "longitude": 1.05},
            "near",
        ),
        # far apart
        (
            {"location_canonical": "Kidal", "latitude": 18.44, "longitude": 1.41},
            {"location_canonical": "Mopti", "latitude": 14.49, "longitude": -4.19},
            "different",
        ),
        ({"location_canonical": "Kidal"}, {}, "unknown"),
        # a region of no one country may hold a country's place: unknown, no conflict
        (
            {"location_canonical": "Sahel", "latitude": 15.0, "longitude": 0.0,
             "geo_precision": 3},
            {"location_canonical": "Niger", "latitude": 16.0, "longitude": 8.0,
             "geo_precision": 4, "country_code": "NER"},
            "unknown",
        ),
        # two countries far apart stay different
        (
            {"location_canonical": "Mali", "latitude": 17.0, "longitude": -4.0,
             "geo_precision": 4, "country_code": "MLI"},
            {"location_canonical": "Chad", "latitude": 15.0, "longitude": 19.0,
             "geo_precision": 4, "country_code": "TCD"},
            "different",
        ),
        # a sanction "in" one country against another: the countries are its subject
        (
            {"location_canonical": "Mali", "latitude": 17.0, "longitude": -4.0,
             "geo_precision": 4, "country_code": "MLI", "event_type": "SANCTION"},
            {"location_canonical": "Chad", "latitude": 15.0, "longitude": 19.0,
             "geo_precision": 4, "country_code": "TCD", "event_type": "SANCTION"},
            "unknown",
        ),
    ],
)  # fmt: skip
def test_place_relation(a: dict, b: dict, expected: str) -> None:
    x = ev("a", "Une attaque a visé la ville.", "attaque", **a)
    y = ev("b", "Une attaque a visé la ville.", "attaque", sentence_index=1, **b)
    assert place_relation(x, y) == expected


@pytest.mark.parametrize(
    ("lang", "summary", "trigger"),
    [
        # French
        ("fr", "Des rebelles ont attaqué Kidal et Tessalit dimanche.", "attaqué"),
        # English
        ("en", "Rebels attacked Kidal and Tessalit on Sunday.", "attacked"),
    ],
)
def test_summary_sentence_links_both_detailed_attacks(
    lang: str, summary: str, trigger: str
) -> None:
    common = {"lang": lang, "actor_canonical": "Rebels", "date_start": D1, "date_end": D1}
    lead = ev("s", summary, trigger, location_canonical="Kidal", date_precision="day", **common)
    d1 = ev(
        "k", "At Kidal the camp was hit.", "hit", sentence_index=1, char_start=100,
        location_canonical="Kidal", date_precision="day", **common,
    )  # fmt: skip
    d2 = ev(
        "t", "At Tessalit the post was hit.", "hit", sentence_index=2, char_start=200,
        location_canonical="Tessalit", date_precision="day", **common,
    )  # fmt: skip
    res = link_events([lead, d1, d2])
    assert lead.cluster_id == d1.cluster_id != d2.cluster_id
    summary_links = [
        lk for lk in res.links if lk.relation == "same_event" and lk.evidence.startswith("summary")
    ]
    assert [(lk.source_event_id, lk.target_event_id) for lk in summary_links] == [("s", "t")]
    assert len({lead.story_id, d1.story_id, d2.story_id}) == 1


@pytest.mark.parametrize(
    ("kw_a", "kw_b", "merge"),
    [
        # French vs English report of one strike: different canonical spellings, same place/day
        (
            {"lang": "fr", "actor_canonical": "Forces armées maliennes", "actor_country": "MLI"},
            {"lang": "en", "actor_canonical": "Malian Armed Forces", "actor_country": "MLI"},
            True,
        ),
        # same place, different days: two events
        ({"date_start": D2, "date_end": D2}, {}, False),
        # different actors' canonical names with nothing in common
        ({"actor_canonical": "Group A"}, {"actor_canonical": "Militia B"}, False),
        # countries the actors' words name ("Ruritanian troops" / "Freedonian troops")
        ({"actor_country": "RUR"}, {"actor_country": "FRE"}, False),
        # a country enrichment guessed (the place's, the article's) is no conflict: one
        # report's town read as a homonym abroad gives its villagers another country
        (
            {"target_country": "RUR", "extras": {"target_country_via": "article"}},
            {"target_country": "FRE"},
            True,
        ),
        (
            {"actor_country": "RUR", "extras": {"actor_country_via": "place"}},
            {"actor_country": "FRE", "extras": {"actor_country_via": "article"}},
            True,
        ),
        # targets whose words name two countries: one deed has victims of both ("des
        # responsables ruritaniens et freedoniens" sanctioned, told as two mentions)
        ({"target_country": "RUR"}, {"target_country": "FRE"}, True),
        # the rebels and the army of one country are two sides, not one body named twice
        (
            {"actor_canonical": "Sunrise Front", "actor_country": "RUR", "actor_sector": "REB"},
            {"actor_canonical": "Ruritanian Army", "actor_country": "RUR", "actor_sector": "MIL"},
            False,
        ),
        # one country, one sector (or an unknown one): perhaps one force under two names
        (
            {"actor_canonical": "Sky Wing", "actor_country": "RUR", "actor_sector": "MIL"},
            {"actor_canonical": "Ruritanian Army", "actor_country": "RUR", "actor_sector": "MIL"},
            True,
        ),
        # two named victims of one raid: a village head in one report, the community in
        # another
        ({"target_canonical": "Chief Odo"}, {"target_canonical": "Greenhill Community"}, True),
        # a negated attack never merges with a real one
        ({"modality": "negated"}, {}, False),
        # different types
        ({"event_type": "PROTEST"}, {}, False),
    ],
)
def test_cross_article_merge_decisions(kw_a: dict, kw_b: dict, merge: bool) -> None:
    base = {
        "location_canonical": "Tin-Hama",
        "date_start": D1,
        "date_end": D1,
        "date_precision": "day",
    }
    a = ev("a", "Strikes hit positions near Tin-Hama.", "Strikes", **{**base, **kw_a})
    b = ev(
        "b", "Des frappes ont visé Tin-Hama.", "frappes", article_id="art2",
        published=date(2024, 3, 6), **{**base, **kw_b},
    )  # fmt: skip
    link_events([a, b])
    assert (a.cluster_id == b.cluster_id) is merge
    assert compare(a, b).conflict is not merge


@pytest.mark.parametrize(
    ("lang", "sent_a", "trig_a", "sent_b", "trig_b", "kw_a", "kw_b", "which", "expected"),
    [
        # French: two descriptions whose country enrichment took from the report's place
        # ("le camp de déplacés" / "les positions ennemies"): the place feature weighs that
        # country already, so it is no evidence that the targets are one
        (
            "fr", "Une bombe a touché le camp de déplacés.", "touché",
            "L'armée a pilonné les positions ennemies.", "pilonné",
            {"target_canonical": "camp de déplacés", "target_country": "RUR",
             "extras": {"target_country_via": "article"}},
            {"target_canonical": "positions ennemies", "target_country": "RUR",
             "extras": {"target_country_via": "place"}},
            "target", "unrelated",
        ),
        # French: the same country stated by both ("l'armée ruritanienne", "des soldats
        # ruritaniens") still makes the roles compatible
        (
            "fr", "L'armée ruritanienne a frappé le camp.", "frappé",
            "Des soldats ruritaniens ont bombardé le camp.", "bombardé",
            {"actor_canonical": "armée ruritanienne", "actor_country": "RUR"},
            {"actor_canonical": "soldats", "actor_country": "RUR"},
            "actor", "compatible",
        ),
        # English: one side's country stated, the other's guessed from the place
        (
            "en", "Ruritanian troops shelled the market.", "shelled",
            "Gunmen shelled the market.", "shelled",
            {"actor_canonical": "troops", "actor_country": "RUR"},
            {"actor_canonical": "gunmen", "actor_country": "RUR",
             "extras": {"actor_country_via": "place"}},
            "actor", "unrelated",
        ),
        # English: both guessed from the article
        (
            "en", "The blast hit the hospital.", "hit",
            "Shells hit the school.", "hit",
            {"target_canonical": "hospital", "target_country": "RUR",
             "extras": {"target_country_via": "article"}},
            {"target_canonical": "school", "target_country": "RUR",
             "extras": {"target_country_via": "article"}},
            "target", "unrelated",
        ),
    ],
)  # fmt: skip
def test_only_stated_countries_make_roles_compatible(
    lang: str, sent_a: str, trig_a: str, sent_b: str, trig_b: str,
    kw_a: dict, kw_b: dict, which: str, expected: str,
) -> None:  # fmt: skip
    a = ev("a", sent_a, trig_a, lang=lang, **kw_a)
    b = ev("b", sent_b, trig_b, lang=lang, article_id="art2", **kw_b)
    pair = compare(a, b)
    assert getattr(pair, which) == expected
    assert not pair.conflict


def test_undated_mentions_far_apart_in_publication_do_not_merge() -> None:
    a = ev("a", "L'attaque de Gao a fait trois morts.", "attaque", location_canonical="Gao")
    b = ev(
        "b", "The attack on Gao killed three.", "attack", lang="en", article_id="art2",
        published=date(2024, 6, 1), location_canonical="Gao",
    )  # fmt: skip
    assert compare(a, b).conflict


@pytest.mark.parametrize(
    ("lang", "sentence", "cue"),
    [
        # French
        ("fr", "Quelques jours auparavant, le groupe a frappé un dépôt.", "auparavant"),
        ("fr", "La veille, un convoi avait sauté sur une mine.", "la veille"),
        ("fr", "Plus tard, les forces ont riposté.", "plus tard"),
        # English
        ("en", "Two days earlier, the group hit a depot.", "days earlier"),
        ("en", "The next day, troops returned fire.", "the next day"),
    ],
)
def test_order_cues_found(lang: str, sentence: str, cue: str) -> None:
    from eventline import lang as langdata

    cues = langdata.get(lang).discourse.ORDER_CUES
    assert cue in [c for _, _, c in find_cues(sentence, cues)]


@pytest.mark.parametrize(
    ("lang", "first", "t1", "second", "t2", "direction"),
    [
        # French: "peu avant" -> the second sentence's event is before the first
        ("fr", "Le groupe a attaqué Gao mardi.", "attaqué",
         "Peu avant, il avait frappé Ansongo.", "frappé", "second_first"),
        ("fr", "Le groupe a attaqué Gao mardi.", "attaqué",
         "Plus tard, il a frappé Ansongo.", "frappé", "first_second"),
        # English
        ("en", "The group attacked Gao on Tuesday.", "attacked",
         "Shortly before, it had struck Ansongo.", "struck", "second_first"),
        ("en", "The group attacked Gao on Tuesday.", "attacked",
         "Later, it struck Ansongo.", "struck", "first_second"),
    ],
)  # fmt: skip
def test_narrative_cue_orders_events(
    lang: str, first: str, t1: str, second: str, t2: str, direction: str
) -> None:
    a = ev(
        "a", first, t1, lang=lang, actor_canonical="G", location_canonical="Gao",
        date_start=D1, date_end=D1, date_precision="day",
    )  # fmt: skip
    b = ev(
        "b", second, t2, lang=lang, actor_canonical="G", location_canonical="Ansongo",
        sentence_index=1, char_start=50,
    )  # fmt: skip
    res = link_events([a, b])
    before = [
        (lk.source_event_id, lk.target_event_id) for lk in res.links if lk.relation == "before"
    ]
    assert before == ([("b", "a")] if direction == "second_first" else [("a", "b")])
    ev_link = next(lk for lk in res.links if lk.relation == "before")
    assert "cue" in ev_link.evidence
    assert a.story_id == b.story_id


@pytest.mark.parametrize(
    ("lang", "sentence", "effect", "cause"),
    [
        # French
        ("fr", "L'armée a bombardé Tin-Hama en représailles à l'attaque de Ménaka.",
         "bombardé", "attaque"),
        ("fr", "En riposte à l'embuscade, l'armée a bombardé Tin-Hama.", "bombardé", "embuscade"),
        # English
        ("en", "The army shelled Tin-Hama in retaliation for the raid on Menaka.",
         "shelled", "raid"),
        ("en", "In response to the ambush, the army shelled Tin-Hama.", "shelled", "ambush"),
    ],
)  # fmt: skip
def test_cause_marker_in_sentence(lang: str, sentence: str, effect: str, cause: str) -> None:
    e = ev("e", sentence, effect, lang=lang, actor_canonical="Army", location_canonical="Tin-Hama")
    c = ev("c", sentence, cause, lang=lang, location_canonical="Ménaka")
    res = link_events([e, c])
    causes = [
        (lk.source_event_id, lk.target_event_id) for lk in res.links if lk.relation == "cause"
    ]
    assert causes == [("c", "e")]


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger"),
    [
        # French
        ("fr", "L'armée a bombardé Tin-Hama en représailles aux violences de la semaine.",
         "bombardé"),
        # English
        ("en", "The army bombed Tin-Hama in retaliation for last week's violence.", "bombed"),
    ],
)  # fmt: skip
def test_cause_marker_reciprocal_actors_across_articles(
    lang: str, sentence: str, trigger: str
) -> None:
    earlier = ev(
        "x", "Rebels raided an army base in Gao.", "raided", lang="en", article_id="art0",
        actor_canonical="Rebels", target_canonical="Army", location_canonical="Gao",
        date_start=date(2024, 3, 1), date_end=date(2024, 3, 1), date_precision="day",
        published=date(2024, 3, 1),
    )  # fmt: skip
    later = ev(
        "y", sentence, trigger, lang=lang, actor_canonical="Army", target_canonical="Rebels",
        location_canonical="Tin-Hama", date_start=D2, date_end=D2, date_precision="day",
        published=D2,
    )  # fmt: skip
    res = link_events([earlier, later])
    cause = [lk for lk in res.links if lk.relation == "cause"]
    assert [(lk.source_event_id, lk.target_event_id) for lk in cause] == [("x", "y")]
    assert "reciprocal" in cause[0].evidence


@pytest.mark.parametrize(
    ("lang", "s1", "t1", "s2", "t2", "pronoun"),
    [
        # French
        ("fr", "Le pays fournit une aide militaire à son allié.", "aide",
         "Ils ont également bloqué une résolution.", "bloqué", "Ils"),
        # English
        ("en", "The country provides military aid to its ally.", "aid",
         "They also blocked a resolution.", "blocked", "They"),
    ],
)  # fmt: skip
def test_pronoun_actor_continues_story(
    lang: str, s1: str, t1: str, s2: str, t2: str, pronoun: str
) -> None:
    a = ev("a", s1, t1, lang=lang, event_type="AID", actor="Le pays", actor_canonical="Country")
    b = ev(
        "b", s2, t2, lang=lang, event_type="REJECT", actor=pronoun, sentence_index=1,
        char_start=60,
    )  # fmt: skip
    res = link_events([a, b])
    assert a.story_id == b.story_id
    assert any(lk.relation == "same_actor" and "pronoun" in lk.evidence for lk in res.links)


def test_weak_marker_only_orders() -> None:
    # English "after" as a clause marker: order, not cause
    s = "Troops withdrew from Gao after the rebels attacked the town."
    a = ev("a", s, "withdrew", lang="en", event_type="RETREAT", location_canonical="Gao")
    b = ev("b", s, "attacked", lang="en", location_canonical="Gao")
    res = link_events([a, b])
    rels = {(lk.source_event_id, lk.target_event_id, lk.relation) for lk in res.links}
    assert ("b", "a", "before") in rels
    assert not any(r == "cause" for _, _, r in rels)


def test_discourse_modules_share_names_and_semantics() -> None:
    from eventline import lang as langdata

    fr, en = langdata.get("fr").discourse, langdata.get("en").discourse
    names = (
        "CAUSE_MARKERS", "ORDER_CUES", "PREP_ORDER", "PRONOUNS", "NAME_PREPOSITIONS",
        "ROLE_DETERMINERS", "ROLE_PREPOSITIONS", "HEAD_INITIAL", "HEAD_BOUNDARY_PREPOSITIONS",
    )  # fmt: skip
    for mod in (fr, en):
        assert all(hasattr(mod, n) for n in names)
        assert set(mod.ORDER_CUES.values()) <= {"before", "after"}
        assert all(0 < w <= 1 for w in mod.CAUSE_MARKERS.values())
        assert all(k == k.lower() for k in (*mod.CAUSE_MARKERS, *mod.ORDER_CUES))


@pytest.mark.parametrize("code", ["fr", "en"])
def test_discourse_word_lists_are_function_words(code: str) -> None:
    # the purpose-named lists are subsets of the language's closed classes
    from eventline import lang as langdata

    data = langdata.get(code)
    fw, d = data.function_words, data.discourse
    assert d.NAME_PREPOSITIONS and set(d.NAME_PREPOSITIONS) <= set(fw.PREPOSITIONS)
    assert d.ROLE_PREPOSITIONS and set(d.ROLE_PREPOSITIONS) <= set(fw.PREPOSITIONS)
    assert d.ROLE_DETERMINERS
    assert set(d.ROLE_DETERMINERS) <= set(fw.DEMONSTRATIVES) | set(fw.POSSESSIVES)
    assert set(d.HEAD_BOUNDARY_PREPOSITIONS) <= set(fw.PREPOSITIONS)


def test_name_stopwords_are_the_union_of_the_languages() -> None:
    # the set fold() used before the words moved to lang/ (folded: "l'" -> "l", "à" -> "a")
    assert name_stopwords() == {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "en",
        "the", "a", "an", "of", "in",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # French
        ("Front de libération du Liptako", "front liberation liptako"),
        ("l’armée à Gao", "armee gao"),
        ("les forces en présence", "forces presence"),
        ("des hommes d'un village", "hommes village"),
        # English
        ("the Bank of the North", "bank north"),
        ("an attack in Gaza", "attack gaza"),
        # any language: the words of every language are dropped (union)
        ("Le Monde of the Sahel", "monde sahel"),
    ],
)
def test_fold_drops_articles_and_name_prepositions(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_place_and_pair_relations_are_ontology_codes() -> None:
    from eventline.ontology import DATE_RELATIONS, PLACE_RELATIONS, ROLE_RELATIONS

    # French
    a = ev(
        "a",
        "Des hommes armés ont attaqué Kidal.",
        "attaqué",
        location_canonical="Kidal",
        actor_canonical="Hommes armés",
        date_start=D1,
        date_end=D1,
        date_precision="day",
    )
    # English
    b = ev("b", "Gunmen attacked a camp near Kidal.", "attacked", lang="en", article_id="art2",
           location="camp", latitude=18.5, longitude=1.4, date_start=D2, date_end=D2,
           date_precision="day")  # fmt: skip
    ps = compare(a, b)
    assert ps.place in PLACE_RELATIONS
    assert ps.date in DATE_RELATIONS
    assert ps.actor in ROLE_RELATIONS and ps.target in ROLE_RELATIONS


@pytest.mark.parametrize(
    ("lang", "first", "t1", "second", "t2", "cue"),
    [
        # French
        ("fr", "Le groupe a attaqué Gao mardi.", "attaqué",
         "Peu avant, il avait frappé Ansongo.", "frappé", "peu avant"),
        # English
        ("en", "The group attacked Gao on Tuesday.", "attacked",
         "Shortly before, it had struck Ansongo.", "struck", "shortly before"),
    ],
)  # fmt: skip
def test_cue_evidence_names_the_anchor(
    lang: str, first: str, t1: str, second: str, t2: str, cue: str
) -> None:
    a = ev(
        "a", first, t1, lang=lang, actor_canonical="G", location_canonical="Gao",
        date_start=D1, date_end=D1, date_precision="day",
    )  # fmt: skip
    b = ev("b", second, t2, lang=lang, location_canonical="Ansongo", sentence_index=1,
           char_start=50)  # fmt: skip
    res = link_events([a, b])
    assert [lk.evidence for lk in res.links if lk.relation == "before"] == [
        f"cue '{cue}' (previous narrative event)"
    ]
    anchored = replace(b, date_anchor="event:a")
    res = link_events([replace(a), anchored])
    assert [lk.evidence for lk in res.links if lk.relation == "before"] == [
        f"cue '{cue}' (date anchored on event)"
    ]


# --- robustness to real extraction --------------------------------------------------------


@pytest.mark.parametrize(
    ("kw_a", "kw_b", "merge"),
    [
        # descriptions of the target ("camp" / "soldiers") and an anaphoric actor never conflict
        ({"target": "le camp", "target_canonical": "camp", "actor": "le groupe",
          "actor_canonical": "groupe"},
         {"target": "six soldiers", "target_canonical": "soldiers"}, True),
        # one name in two languages
        ({"actor": "Le Front armé du Kawar", "actor_canonical": "Front armé du Kawar"},
         {"actor": "Militants of the Kawar Armed Front",
          "actor_canonical": "Militants of the Kawar Armed Front"}, True),
        # unresolved accented / unaccented spellings (no coordinates)
        ({"location": "Ségou", "location_canonical": None},
         {"location": "Segou", "location_canonical": None}, True),
        # transliteration variants of one unresolved place
        ({"location": "Tillabéri", "location_canonical": None},
         {"location": "Tillabery", "location_canonical": None}, True),
        # two names in one language with nothing in common stay apart
        ({"actor": "the Northern Front", "actor_canonical": "Northern Front", "lang": "en"},
         {"actor": "the Southern Brigade", "actor_canonical": "Southern Brigade"}, False),
        # same day, different unresolved places
        ({"location": "Ségou", "location_canonical": None},
         {"location": "Kayes", "location_canonical": None}, False),
    ],
)  # fmt: skip
def test_real_extraction_merge_decisions(kw_a: dict, kw_b: dict, merge: bool) -> None:
    base = {"date_start": D1, "date_end": D1, "date_precision": "day", "location": "Tin-Hama"}
    a = ev("a", "Le camp a été attaqué dimanche.", "attaqué", **{**base, **kw_a})
    b = ev(
        "b", "Militants attacked the camp on Sunday.", "attacked", lang="en", article_id="art2",
        published=date(2024, 3, 5), **{**base, **kw_b},
    )  # fmt: skip
    link_events([a, b])
    assert (a.cluster_id == b.cluster_id) is merge


def test_lost_place_is_recovered_from_the_sentence() -> None:
    # the extractor lost the place of "b" (fronted, or in a participle clause)
    common = {"date_start": D1, "date_end": D1, "date_precision": "day"}
    a = ev("a", "Des hommes armés ont attaqué le poste de Kayes.", "attaqué",
           location="Kayes", **common)  # fmt: skip
    b = ev("b", "At Kayes, gunmen attacked a police post on Sunday.", "attacked", lang="en",
           article_id="art2", **common)  # fmt: skip
    c = ev("c", "Gunmen also attacked a market in Ségou on Sunday.", "attacked", lang="en",
           article_id="art3", location="Ségou", **common)  # fmt: skip
    link_events([a, b, c])
    assert a.cluster_id == b.cluster_id != c.cluster_id


def test_adjacent_days_need_a_corroborating_actor() -> None:
    # one day apart at the same place, nothing else in common: two events (a bomb the day
    # before an attack); with the same named actor: one event reported with another date
    d0 = date(2024, 3, 2)
    a = ev("a", "Un engin a explosé à Kayes.", "explosé", location="Kayes",
           date_start=d0, date_end=d0, date_precision="day")  # fmt: skip
    b = ev("b", "The camp in Kayes was attacked.", "attacked", lang="en", article_id="art2",
           location="Kayes", date_start=D1, date_end=D1, date_precision="day")  # fmt: skip
    assert compare(a, b).conflict
    a2 = replace(a, actor="Le Front du Nord", actor_canonical="Front du Nord")
    b2 = replace(b, actor="the Northern Front (Front du Nord)", actor_canonical="Front du Nord")
    assert not compare(a2, b2).conflict


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger"),
    [
        # French: a toll update with no date of its own, placed on the news peg
        ("fr", "Le bilan s'est alourdi à douze morts à Kayes.", "morts"),
        # English: the same
        ("en", "The death toll in Kayes rose to twelve.", "death"),
    ],
)
def test_placed_date_is_no_conflict_across_reports(lang: str, sentence: str, trigger: str) -> None:
    # a day-precise bombing, then a later report whose toll update was placed in time by
    # enrichment (no date expression of its own): no date conflict, and the raised toll
    # counts as evidence for the deed it revises
    d0 = date(2024, 3, 2)
    a = ev("a", "Une bombe a frappé un camp à Kayes.", "frappé", location="Kayes",
           date_start=d0, date_end=d0, date_precision="day", fatalities=5)  # fmt: skip
    placed = date(2024, 3, 6)
    b = ev("b", sentence, trigger, lang=lang, article_id="art2", published=placed,
           location="Kayes", date_start=placed, date_end=placed, date_precision="day",
           fatalities=12, date_anchor="published", extras={"date_source": "peg"})  # fmt: skip
    ps = compare(a, b)
    assert not ps.conflict and ps.date == "unknown"
    assert ps.score > compare(a, replace(b, fatalities=3)).score
    # the same date read from the report's own words is a conflict
    assert compare(a, replace(b, date_text="mercredi", extras={})).conflict


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger"),
    [
        # French: a later report places the seizure in the country only
        ("fr", "En Ruritanie, des armes ont été saisies par les gangs.", "saisies"),
        # English: the same
        ("en", "In Ruritania, weapons were seized by the gangs.", "seized"),
    ],
)
def test_country_level_mention_meets_the_town_level_report(
    lang: str, sentence: str, trigger: str
) -> None:
    # no shared place name, cell or actor key: the country-level mention is compared with
    # the same-type mentions nearest in time, like one without a place
    a = ev("a", "Des gangs ont saisi des armes à Kayes.", "saisi", event_type="COERCE",
           location="Kayes", location_canonical="Kayes", country_code="MLI", latitude=14.45,
           longitude=-11.44, geo_precision=1, actor="des gangs", actor_canonical="gangs",
           date_start=D1, date_end=D1, date_precision="day")  # fmt: skip
    b = ev("b", sentence, trigger, lang=lang, article_id="art2", event_type="COERCE",
           location="Mali", location_canonical="Mali", country_code="MLI", latitude=17.0,
           longitude=-4.0, geo_precision=4, actor="the gangs", actor_canonical="gang members",
           date_start=D1, date_end=D1, date_precision="day")  # fmt: skip
    link_events([a, b])
    assert a.cluster_id == b.cluster_id


def test_event_named_after_a_cause_marker_keeps_only_an_upper_date_bound() -> None:
    # "in retaliation for the attack on Kayes, the army struck on Tuesday": the attack
    # inherits Tuesday from the main clause, but only "on or before" is known
    s = "En représailles à l'attaque de Kayes, l'armée a mené mardi des frappes."
    ref = ev("r", s, "attaque", location="Kayes", date_text="mardi", date_start=D2,
             date_end=D2, date_precision="day")  # fmt: skip
    orig = ev("o", "Le camp de Kayes a été attaqué dimanche.", "attaqué", article_id="art2",
              location="Kayes", date_text="dimanche", date_start=D1, date_end=D1,
              date_precision="day")  # fmt: skip
    ps = compare(ref, orig)
    assert not ps.conflict and ps.date == "overlap"
    # the main clause's own event keeps its date
    main = ev("m", s, "frappes", location="Kayes", date_text="mardi", date_start=D2,
              date_end=D2, date_precision="day")  # fmt: skip
    assert compare(main, orig).conflict


@pytest.mark.parametrize(
    ("lang", "first", "second", "t1", "t2"),
    [
        # French: a massacre dated to a year by its own words, then this week's attack
        ("fr", "En 2021, des hommes armés avaient tué des gendarmes à Kayes.",
         "Vendredi, des hommes armés ont tué des soldats à Nioro.", "tué", "tué"),
        # English: the same
        ("en", "In 2021, gunmen had killed police officers in Kayes.",
         "On Friday, gunmen killed soldiers in Nioro.", "killed", "killed"),
    ],
)  # fmt: skip
def test_year_dated_deed_is_ordered_before_a_day_dated_one(
    lang: str, first: str, second: str, t1: str, t2: str
) -> None:
    y0, y1 = date(2021, 1, 1), date(2021, 12, 31)
    old = ev("old", first, t1, lang=lang, location="Kayes", date_start=y0, date_end=y1,
             date_precision="year", date_text="2021", date_anchor="explicit")  # fmt: skip
    new = ev("new", second, t2, lang=lang, sentence_index=1, location="Nioro",
             date_start=D1, date_end=D1, date_precision="day", date_text="vendredi",
             char_start=len(first) + 1)  # fmt: skip
    res = link_events([old, new])
    assert ("old", "new") in {
        (lk.source_event_id, lk.target_event_id) for lk in res.links if lk.relation == "before"
    }


@pytest.mark.parametrize(
    ("lang", "riot", "deed", "t1", "t2", "mode", "linked"),
    [
        # French: a shooting during the night's riots is part of the riots
        ("fr", "De violentes émeutes ont secoué Kayes dans la nuit.",
         "Un gendarme a été tué par balle à Kayes.", "émeutes", "tué", None, True),
        # French: the police dispersing them is caused by the riot, no part of it
        ("fr", "De violentes émeutes ont secoué Kayes dans la nuit.",
         "La police a dispersé les émeutiers à Kayes.", "émeutes", "dispersé",
         "crowd-control", False),
        # English: arson during the riots
        ("en", "Violent riots shook Kayes overnight.",
         "Rioters set fire to shops in Kayes.", "riots", "fire", "primitive", True),
        # English: a shooting in another town is not part of the riot
        ("en", "Violent riots shook Kayes overnight.",
         "A soldier was shot dead in Nioro.", "riots", "shot", None, False),
    ],
)  # fmt: skip
def test_riot_violence_is_part_of_the_riot(
    lang: str, riot: str, deed: str, t1: str, t2: str, mode: str | None, linked: bool
) -> None:
    day = {"date_start": D1, "date_end": D1, "date_precision": "day"}
    place = "Nioro" if "Nioro" in deed else "Kayes"
    a = ev("riot", riot, t1, lang=lang, event_type="PROTEST", event_mode="riot",
           location="Kayes", location_canonical="Kayes", country_code="MLI", latitude=14.45,
           longitude=-11.44, **day)  # fmt: skip
    b = ev("deed", deed, t2, lang=lang, sentence_index=1, char_start=len(riot) + 1,
           event_mode=mode, location=place, location_canonical=place, country_code="MLI",
           latitude=14.45 if place == "Kayes" else 15.23,
           longitude=-11.44 if place == "Kayes" else -9.58, **day)  # fmt: skip
    res = link_events([a, b])
    parts = {
        (lk.source_event_id, lk.target_event_id)
        for lk in res.links
        if lk.relation == "same_event" and lk.evidence.startswith("part:")
    }
    assert (("riot", "deed") in parts) is linked


@pytest.mark.parametrize(
    ("lang", "done", "planned", "t1", "t2", "actor2", "linked"),
    [
        # French: the troops left two bases; they will withdraw from the city
        ("fr", "Les troupes ruritaniennes ont quitté deux bases à Kayes.",
         "Les troupes ruritaniennes se retireront de Kayes demain.", "quitté", "retireront",
         "troupes ruritaniennes", True),
        # English: another actor's plan is not the continuation
        ("en", "Ruritanian troops left two bases in Kayes.",
         "Freedonian troops will withdraw from Kayes tomorrow.", "left", "withdraw",
         "Freedonian troops", False),
    ],
)  # fmt: skip
def test_planned_deed_continues_the_same_actors_deed(
    lang: str, done: str, planned: str, t1: str, t2: str, actor2: str, linked: bool
) -> None:
    d2 = date(2024, 3, 4)
    a = ev("done", done, t1, lang=lang, event_type="RETREAT", location="Kayes",
           actor_canonical="troupes ruritaniennes", date_start=D1, date_end=D1,
           date_precision="day")  # fmt: skip
    b = ev("plan", planned, t2, lang=lang, event_type="RETREAT", location="Kayes",
           sentence_index=1, char_start=len(done) + 1, actor_canonical=actor2,
           modality="future", date_start=d2, date_end=d2, date_precision="day")  # fmt: skip
    res = link_events([a, b])
    before = {(lk.source_event_id, lk.target_event_id) for lk in res.links
              if lk.relation == "before"}  # fmt: skip
    assert (("done", "plan") in before) is linked


@pytest.mark.parametrize(
    ("lang", "attack", "after", "t1", "t2", "mode", "caused"),
    [
        # French: a curfew after an attack answers it
        ("fr", "Des hommes armés ont attaqué Kayes lundi.",
         "Les autorités ont décrété un couvre-feu à Kayes.", "attaqué", "couvre-feu",
         "curfew", True),
        # French: weapons the raiders seized are their deed, no answer to it
        ("fr", "Des hommes armés ont attaqué Kayes lundi.",
         "Des armes ont été saisies par les assaillants à Kayes.", "attaqué", "saisies",
         "seize", False),
        # English: the same
        ("en", "Gunmen attacked Kayes on Monday.",
         "The attackers seized weapons in Kayes.", "attacked", "seized", "seize", False),
        # English: a police raid after a bombing answers it
        ("en", "Gunmen attacked Kayes on Monday.",
         "Police raided a house in Kayes.", "attacked", "raided", "seize", True),
    ],
)  # fmt: skip
def test_seizure_is_no_reaction(
    lang: str, attack: str, after: str, t1: str, t2: str, mode: str, caused: bool
) -> None:
    sector = "COP" if after.startswith("Police") else None
    a = ev("attack", attack, t1, lang=lang, location="Kayes", date_start=D1, date_end=D1,
           date_precision="day")  # fmt: skip
    b = ev("after", after, t2, lang=lang, event_type="COERCE", event_mode=mode,
           actor_sector=sector, location="Kayes", sentence_index=1,
           char_start=len(attack) + 1, date_start=D1, date_end=D1,
           date_precision="day")  # fmt: skip
    res = link_events([a, b])
    cause = {(lk.source_event_id, lk.target_event_id) for lk in res.links
             if lk.relation == "cause"}  # fmt: skip
    assert (("attack", "after") in cause) is caused
