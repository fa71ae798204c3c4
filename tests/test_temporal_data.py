"""The date vocabulary of every language fulfils the Dates contract the temporal rules read."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from eventline import lang
from eventline.lang.base import Dates
from eventline.temporal.grammar import grammar

_REGEX_FIELDS = ("AMPM", "HOUR_AFTER_DAY", "PERIOD_ENDED", "DAY_SUFFIX")


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_every_dates_field_is_defined_with_its_type(code):
    module = lang.module(code, "dates")
    for f in fields(Dates):
        assert hasattr(module, f.name), f"{code}: {f.name} missing"
        default = Dates()
        assert type(getattr(module, f.name)) is type(getattr(default, f.name)), f.name


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_cues_compile(code):
    data = lang.get(code).dates
    for name in _REGEX_FIELDS:
        re.compile(getattr(data, name))
    assert grammar(code).cues is not None


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_cue_words_are_lower_case(code):
    data = lang.get(code).dates
    names = ("MONTH_CUES", "YEAR_CUES_BEFORE", "QUARTER_CURRENT", "PM_SUFFIXES",
             "REFERENCE_DAY_POD_MODIFIERS", "ANCHORING_ARTICLES", "SPOKEN_FILLERS")  # fmt: skip
    for name in names:
        assert all(w == w.lower() for w in getattr(data, name)), name
