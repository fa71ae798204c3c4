"""The words of the gazetteer, actors, coreference and syntax helpers come from the
language folders: every language defines them, and the rules see the union of every
supported language's words."""

from __future__ import annotations

from dataclasses import fields

import pytest

from eventline import lang
from eventline.enrich import actors, coref
from eventline.enrich import gazetteer as geo
from eventline.lang.base import Actors, FunctionWords, Places

# fields added for the gazetteer, actors, coref and syntax modules
NEW_ACTOR_FIELDS = (
    "KNOWN_GROUPS", "ELIDED_DETERMINERS", "COMPLEMENT_PREPOSITIONS", "NAME_CONNECTORS",
    "ANAPHORIC_DEMONSTRATIVES", "QUANTITY_PHRASES", "PLURAL_ENDINGS", "SINGULAR_ENDINGS",
    "HEAD_LAST", "NAME_STARTS_CAPITALISED",
)  # fmt: skip
NEW_FUNCTION_WORD_FIELDS = (
    "RELATIVE_PRONOUNS", "INFINITIVE_MARKERS", "GENITIVE_PREPOSITIONS", "POSSESSIVE_CLITICS",
)  # fmt: skip


_OUTER = {"frozenset": frozenset, "tuple": tuple, "dict": dict, "bool": bool, "str": str}


@pytest.mark.parametrize("code", lang.SUPPORTED)
@pytest.mark.parametrize(
    ("cls", "part", "names"),
    [
        (Places, "places", tuple(f.name for f in fields(Places))),
        (Actors, "actors", NEW_ACTOR_FIELDS),
        (FunctionWords, "function_words", NEW_FUNCTION_WORD_FIELDS),
    ],
)
def test_every_language_defines_the_fields(code, cls, part, names):
    module = lang.module(code, part)
    # the annotations are strings ("frozenset[str]"): their outer type
    types = {f.name: _OUTER[str(f.type).split("[")[0]] for f in fields(cls)}
    for name in names:
        assert hasattr(module, name), f"{code}/{part}.py lacks {name}"
        assert isinstance(getattr(module, name), types[name]), (code, name)


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_purpose_lists_are_function_words(code):
    fw = lang.get(code).function_words
    places, acts = lang.get(code).places, lang.get(code).actors
    preps = set(fw.PREPOSITIONS) | set(fw.CONTRACTED_ARTICLES)
    assert set(places.LEADING_PREPOSITIONS) <= preps
    assert set(places.LIST_PREPOSITIONS) <= preps
    assert set(acts.COMPLEMENT_PREPOSITIONS) <= preps
    assert set(fw.GENITIVE_PREPOSITIONS) <= preps
    assert set(fw.INFINITIVE_MARKERS) <= preps
    assert set(acts.ANAPHORIC_DEMONSTRATIVES) <= set(fw.DEMONSTRATIVES)
    assert {c for c in places.LIST_CONJUNCTIONS if " " not in c} <= set(fw.CONJUNCTIONS)


def test_per_language_flags():
    # French
    assert lang.get("fr").actors.NAME_STARTS_CAPITALISED
    assert not lang.get("fr").actors.HEAD_LAST
    assert not lang.get("fr").places.DEMONYM_BEFORE_PLACE
    # English
    assert lang.get("en").actors.HEAD_LAST
    assert not lang.get("en").actors.NAME_STARTS_CAPITALISED
    assert lang.get("en").places.DEMONYM_BEFORE_PLACE


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # French
        (lambda: geo._leading(), {"a", "au", "aux", "dans", "de", "d", "l", "la", "sur", "vers"}),
        (lambda: geo._place_words("ADMIN_WORDS"), {"region", "gouvernorat", "wilaya"}),
        (lambda: coref._name_stopwords(), {"le", "de", "du", "d", "en", "et"}),
        (lambda: coref._definite_words(), {"le", "l", "ce", "cette", "ces"}),
        (lambda: actors._complement_prepositions(), {"de", "d", "du", "des", "en", "au"}),
        # English
        (lambda: geo._leading(), {"the", "in", "at", "on", "of", "into", "from", "to"}),
        (lambda: geo._place_words("ADMIN_WORDS"), {"state", "governorate", "county"}),
        (lambda: coref._name_stopwords(), {"the", "of", "in"}),
        (lambda: coref._definite_words(), {"the", "these"}),
        (lambda: actors._complement_prepositions(), {"of", "in", "from", "for", "at"}),
    ],
)
def test_rules_see_every_language(words, expected):
    assert expected <= words()


def test_known_groups_agree_across_languages():
    groups = actors.known_groups()
    for code in lang.SUPPORTED:
        for name, group in lang.get(code).actors.KNOWN_GROUPS.items():
            assert groups[geo.fold(name)] == group, (code, name)
    # French names and English names reach the same group
    assert groups["etat islamique"] == groups["islamic state"] == groups["isis"]
    assert groups["hamas"] == ("Hamas", "PSE", "REB")
