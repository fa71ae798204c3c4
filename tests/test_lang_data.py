"""Data integrity of every language folder (like dateparser's): the same names with the
same types in every language, values valid against the ontology, no language word left
in language-neutral code (model-free)."""

from __future__ import annotations

import re
import types
import typing
from dataclasses import fields

import pytest
from literal_scan import findings

from eventline import lang, ontology
from eventline.lang.base import PARTS
from eventline.temporal.handlers import HANDLERS

PART_FIELDS = [(part, f.name) for part, cls in PARTS.items() for f in fields(cls)]


def _conforms(value: object, hint: object) -> bool:
    """``value`` is of the type ``hint`` (dict/frozenset/tuple/unions, recursively)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is type(None):
        return value is None
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, a) for a in args)
    if origin is dict:
        return isinstance(value, dict) and all(
            _conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items()
        )
    if origin is frozenset:
        return isinstance(value, frozenset) and all(_conforms(v, args[0]) for v in value)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(
            _conforms(v, a) for v, a in zip(value, args, strict=True)
        )
    return isinstance(value, hint)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_folder_has_every_module(code):
    root = lang.module(code, "")
    assert getattr(root, "MODELS", ()), f"{code}: no spaCy model named in __init__.py"
    for part in PARTS:
        lang.module(code, part)  # raises when the module is missing


@pytest.mark.parametrize("code", lang.SUPPORTED)
@pytest.mark.parametrize(("part", "name"), PART_FIELDS)
def test_every_name_defined_with_its_type(code, part, name):
    module = lang.module(code, part)
    assert hasattr(module, name), f"lang/{code}/{part}.py does not define {name}"
    hint = typing.get_type_hints(PARTS[part])[name]
    assert _conforms(getattr(module, name), hint), f"{code}.{part}.{name} is not {hint}"


@pytest.mark.parametrize("code", lang.SUPPORTED)
@pytest.mark.parametrize("part", PARTS)
def test_no_name_outside_the_contract(code, part):
    module = lang.module(code, part)
    known = {f.name for f in fields(PARTS[part])}
    extra = {n for n in vars(module) if n.isupper() and not n.startswith("_")} - known
    assert not extra, f"lang/{code}/{part}.py: {sorted(extra)} not in lang/base.py"


def _entries(data: lang.LanguageData) -> list[tuple[str, tuple[str, str | None, str]]]:
    t = data.triggers
    tables = (t.VERBS, t.NOUNS, t.VERB_OBJECT, t.PHRASAL)
    return [(str(k), v) for table in tables for k, v in table.items()]  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_trigger_entries_are_plover_and_cameo(code):
    for key, (etype, mode, cameo) in _entries(lang.get(code)):
        assert etype in ontology.PLOVER_TYPES, (key, etype)
        assert mode is None or mode in ontology.PLOVER_MODES.get(etype, ()), (key, mode)
        assert cameo in ontology.CAMEO_ROOTS, (key, cameo)
        plover = ontology.CAMEO_TO_PLOVER[cameo]
        # CAMEO 08 (yield) splits into CONCEDE and RETREAT; otherwise the root decides
        assert etype == plover or (cameo == "08" and etype == "CONCEDE"), (key, etype, cameo)


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_trigger_modes_and_types(code):
    t = lang.get(code).triggers
    assert set(ontology.PLOVER_TYPES) >= t.MODE_TYPES
    modes = set().union(*(ontology.PLOVER_MODES[x] for x in t.MODE_TYPES))
    assert set(t.INSTRUMENTS.values()) <= modes


def _country_code(code: str) -> bool:
    return code in ontology.ENTITY_CODES or bool(re.fullmatch(r"[A-Z]{3}", code))


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_actor_codes_are_plover(code):
    a = lang.get(code).actors
    sectors = ontology.PLOVER_SECTORS
    assert {s for s, _ in a.SECTOR_TERMS.values()} <= sectors
    for table in (a.ORGANISATIONS, a.METONYMS):
        for name, (_, country, sector) in table.items():
            assert _country_code(country) and sector in sectors, name
    for name, (_, country, sector) in a.KNOWN_GROUPS.items():
        assert (country is None or _country_code(country)) and sector in sectors, name
    assert all(v == "" or _country_code(v) for v in a.DEMONYMS.values())
    assert set(a.DEMONYM_GENDER.values()) <= {"masc", "fem"}
    for number, gender in [*a.PRONOUNS.values(), *a.DETERMINERS.values()]:
        assert number in ("sing", "plur") and gender in (None, "masc", "fem")


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_date_values_are_timex_keys(code):
    d = lang.get(code).dates
    assert set(d.MONTHS.values()) == set(range(1, 13))
    assert set(d.WEEKDAYS.values()) == set(range(7))
    assert set(d.WEEKDAYS_PLURAL.values()) <= set(range(7))
    assert set(d.UNITS.values()) <= ontology.TIMEX_UNITS
    assert set(d.PARTS_OF_DAY.values()) <= ontology.TIMEX_PARTS_OF_DAY
    assert set(d.DEICTIC_PARTS_OF_DAY.values()) <= ontology.TIMEX_PARTS_OF_DAY
    assert set(d.SEASONS.values()) <= ontology.TIMEX_SEASONS
    assert set(d.MODIFIERS.values()) <= ontology.TIMEX_MODS
    assert set(d.REFS.values()) | set(d.FEW_REFS.values()) <= ontology.TIMEX_REFS
    durations = [*d.FREQUENCY.values(), *d.BARE_DURATIONS.values()]
    assert all(re.fullmatch(r"PT?\d+[A-Z]", v) for v in durations), durations
    assert {kind for _, kind in d.PATTERNS} <= set(HANDLERS)
    for src, _ in d.PATTERNS:
        re.compile(re.sub(r"<<[A-Z0-9]+(?::\w+)?>>", "x", src))
    for rx in (d.SEASON_CUE, d.AGE_BEFORE, d.AGE_AFTER, d.FUTURE_CUES, d.PAST_CUES):
        re.compile(rx)


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_casualty_and_discourse_values(code):
    data = lang.get(code)
    quals = set(ontology.CASUALTY_QUALIFIERS)
    assert set(data.casualties.QUALIFIERS.values()) <= quals
    assert all(n > 0 and q in quals for n, q in data.casualties.VAGUE.values())
    assert all(n >= 0 for n in data.casualties.NUMBER_WORDS.values())
    disc = data.discourse
    orders = set(disc.ORDER_CUES.values()) | set(disc.PREP_ORDER.values())
    assert orders <= ontology.ORDER_RELATIONS
    assert all(0 < s <= 1 for s in disc.CAUSE_MARKERS.values())


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_words_are_lower_case_where_looked_up_lower_case(code):
    fw = lang.get(code).function_words
    for f in fields(fw):
        words = getattr(fw, f.name)
        assert all(w == w.lower() for w in words), (f.name, words)


def test_no_language_word_in_language_neutral_code():
    found = [f"{p}:{line}: {word!r} in {lit[:60]!r}" for p, line, word, lit in findings()]
    assert not found, "language words outside lang/:\n" + "\n".join(found)
