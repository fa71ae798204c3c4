"""English cue tables for the temporal tagger (fixed publication date, no model)."""

from __future__ import annotations

from datetime import date

import pytest

from eventline.temporal import tag, timex_precision

PUB = date(2024, 5, 2)  # a Thursday


def find(text: str, extent: str, published: date | None = PUB):
    result = tag(text, "en", published)
    for t in result.timexes:
        assert text[t.start : t.end] == t.text
        if t.text == extent:
            return t
    raise AssertionError(f"{extent!r} not tagged in {text!r}: {result.timexes}")


# English: (sentence, extent, type, value, anchor)
CASES = [
    ("The minister resigned yesterday.", "yesterday", "DATE", "2024-05-01", "published"),
    ("Talks resume today in Geneva.", "today", "DATE", "2024-05-02", "published"),
    ("Rebels shelled the town last week.", "last week", "DATE", "2024-W17", "published"),
    ("The ferry sank two days ago.", "two days ago", "DATE", "2024-04-30", "published"),
    ("Fighting resumed last October.", "last October", "DATE", "2023-10", "published"),
    ("The court will rule next Monday.", "next Monday", "DATE", "2024-05-06", "published"),
    ("The bill passed on May 1, 2024.", "May 1, 2024", "DATE", "2024-05-01", "explicit"),
    ("Thousands marched on May 1.", "May 1", "DATE", "2024-05-01", "published"),
    ("Thousands marched on 1 May.", "1 May", "DATE", "2024-05-01", "published"),
    ("The summit will open on June 12.", "June 12", "DATE", "2024-06-12", "published"),
    ("The minister arrived at 2 p.m.", "2 p.m.", "TIME", "2024-05-02T14:00", "published"),
    ("Exports rose this year.", "this year", "DATE", "2024", "published"),
    ("Output fell in the first quarter.", "the first quarter", "DATE", "2024-Q1", "published"),
    ("The dam was finished last summer.", "last summer", "DATE", "2023-SU", "published"),
    ("Workers struck for three days.", "three days", "DURATION", "P3D", "none"),
    ("The council meets every week.", "every week", "SET", "P1W", "none"),
    ("Prices are now falling.", "now", "DATE", "PRESENT_REF", "none"),
    ("Officials recently admitted the losses.", "recently", "DATE", "PAST_REF", "none"),
    ("Sales grew in 2023.", "2023", "DATE", "2023", "explicit"),
    ("The strike began in early May.", "early May", "DATE", "2024-05", "published"),
    ("The plant closed in the 1990s.", "the 1990s", "DATE", "199", "explicit"),
]


@pytest.mark.parametrize(("text", "extent", "typ", "value", "anchor"), CASES)
def test_cues(text, extent, typ, value, anchor):
    t = find(text, extent)
    assert (t.type, t.value, t.anchor) == (typ, value, anchor)


# English: anaphoric cues resolve against the previous date of the narrative
@pytest.mark.parametrize(
    ("cue", "value"),
    [
        ("the next day", "2024-03-11"),
        ("the day before", "2024-03-09"),
        ("two days earlier", "2024-03-08"),
        ("a week later", "2024-03-17"),
        ("three days later", "2024-03-13"),
    ],
)
def test_anaphoric(cue, value):
    text = f"The army took the city on March 10, 2024. Residents had fled {cue}."
    t = find(text, cue)
    assert t.value == value
    assert t.anchor == f"timex:{text.index('March')}"


# English: bare weekdays follow the verb tense
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mayor opened the bridge on Wednesday.", "2024-05-01"),
        ("The president will speak on Monday.", "2024-05-06"),
    ],
)
def test_weekday_tense(text, value):
    word = next(w for w in ("Wednesday", "Monday") if w in text)
    assert find(text, word).value == value


def test_weekday_fixes_year_without_publication_date():
    result = tag(
        "On Wednesday, May 1, crowds gathered.", "en", None, ingestion_date=date(2025, 1, 1)
    )
    assert result.reference_origin == "inferred-weekday"
    assert result.timexes[0].value == "2024-05-01"
    assert result.timexes[0].anchor == "weekday-year"


def test_modal_may_is_not_a_month():
    assert tag("The court may rule soon, and prices may rise.", "en", PUB).timexes == []


def test_ages_are_not_durations():
    assert tag("A 38-year-old man was hurt.", "en", PUB).timexes == []


def test_modifier_kept_in_extent():
    t = find("The talks lasted nearly two hours.", "nearly two hours")
    assert (t.value, t.mod) == ("PT2H", "APPROX")


def test_prepositions_over_and_about_left_out():
    # TimeBank extents: "over [the weekend]", "about [five hours]"
    assert find("The talks lasted about five hours.", "five hours").value == "PT5H"
    text = "Profits fell over the past two years."
    assert find(text, "the past two years").value == "P2Y"


def test_quarter_comparison_a_year_earlier():
    text = "Profit rose in the third quarter of 2023 from $5 million a year earlier."
    t = find(text, "a year earlier")
    assert t.value == "2022-Q3"


@pytest.mark.parametrize(
    ("extent", "text", "precision"),
    [
        ("yesterday", "It rained yesterday.", "day"),
        ("last week", "It rained last week.", "week"),
        ("last summer", "It rained last summer.", "range"),
        ("three days", "It rained for three days.", "unknown"),
    ],
)
def test_timex_precision(extent, text, precision):
    assert timex_precision(find(text, extent)) == precision


# English: holidays and centuries
@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2023-11-23"),
        ("Shops will close on Christmas.", "Christmas", "2024-12-25"),
        ("The temple dates from the 11th century.", "the 11th century", "10"),
    ],
)
def test_holidays_and_centuries(text, extent, value):
    assert find(text, extent).value == value


# English: spoken years in transcripts, but not spoken amounts
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The law was passed in nineteen ninety-six.", ["1996"]),
        ("It happened in January nineteen ninety-seven.", ["1997-01"]),
        ("By the year two thousand, the plan was dead.", ["2000"]),
        ("More than two thousand people came.", []),
    ],
)
def test_spoken_years(text, values):
    assert [t.value for t in tag(text, "en", PUB).timexes] == values


def test_pattern_gates_only_keep_mandatory_placeholders():
    from eventline.temporal.grammar import _mandatory_placeholders

    assert _mandatory_placeholders("(?:<<REL:rel>> )?<<MONTH:m>> <<DAY:d>>") == ["MONTH", "DAY"]
    assert _mandatory_placeholders("(?:<<ART>>|that )<<QUNIT:u>>") == ["QUNIT"]
    assert _mandatory_placeholders("<<ANADAY:ad>>(?! (?:<<UNIT>>|x))") == ["ANADAY"]
    assert _mandatory_placeholders("<<NUM:n>>|<<FEW:few>>") == []


@pytest.mark.parametrize(
    ("text", "extent", "typ", "value"),
    [
        ("For the year ended Sept. 30, profit rose.", "the year", "DURATION", "P1Y"),
        ("Sales for the year were flat.", "the year", "DATE", "2024"),
        ("Hate groups grew over the past year.", "the past year", "DATE", "2023"),
        ("The deal should close by year-end.", "year-end", "DATE", "2024"),
        ("Profit fell in the third quarter from year-earlier levels.", "year-earlier", "DATE",
         "2023-Q3"),
        ("Profit rose in the first quarter, from a loss in the 1988 period.", "the 1988 period",
         "DATE", "1988-Q1"),
        ("The group has been split for years.", "years", "DURATION", "PXY"),
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("A minute and a half later, a pilot called.", "A minute and a half", "DURATION",
         "PT1M30S"),
        ("Orangemen march each July.", "each July", "SET", "XXXX-07"),
        ("Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ("Islam will one day be the second religion.", "one day", "DATE", "FUTURE_REF"),
        ("Hate groups dropped through the nineties.", "the nineties", "DATE", "199"),
        ("Prices fell in mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME",
         "2024-05-01TAF"),
        ("A hearing is set for the week of May 20.", "the week of May 20", "DATE", "2024-W21"),
        ("It was in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
         "DATE", "1994-WI"),
        ("The house was empty for two more weeks.", "two more weeks", "DURATION", "P2W"),
        ("It was a decades-long battle.", "decades-long", "DURATION", "PXY"),
    ],
)  # fmt: skip
def test_timebank_conventions(text, extent, typ, value):
    t = find(text, extent)
    assert (t.type, t.value) == (typ, value)


def test_weekday_possessive_is_past_and_relative_day():
    # PUB is a Thursday: "Tuesday's ruling" happened, "the day before last Tuesday" is Monday
    assert find("They fought Tuesday's ruling.", "Tuesday").value == "2024-04-30"
    text = "The day before last Tuesday's hearing, he left."
    assert find(text, "The day before last Tuesday").value == "2024-04-29"


def test_titles_and_rates_are_not_timexes():
    text = 'Baker spoke on ABC\'s "This Week." This is VOA Today. It saves $2 million a year.'
    assert tag(text, "en", PUB).timexes == []
    assert tag("The film High Noon was shown.", "en", PUB).timexes == []
