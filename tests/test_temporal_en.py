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


# English: the cue words of lang/en/dates.py the rules read (MONTH_CUES, AMOUNT_WORDS,
# MODALS_BEFORE, ANCHORING_ARTICLES, POSSESSIVE_ENDINGS, ANAPHORIC_WEEKDAY_RELATIONS,
# DEICTIC_PARTS_OF_DAY, REFERENCE_DAY_POD_MODIFIERS, QUARTER_*, MERIDIEM)
@pytest.mark.parametrize(
    ("text", "extent", "typ", "value"),
    [
        ("Prices fell in May.", "May", "DATE", "2024-05"),
        ("Humans could one day live there.", "one day", "DATE", "FUTURE_REF"),
        ("Crops failed in the summer.", "the summer", "DATE", "2024-SU"),
        ("Crops failed in summer.", "summer", "DATE", "2023-SU"),
        ("They fought Tuesday’s ruling.", "Tuesday", "DATE", "2024-04-30"),
        ("The vote is tonight.", "tonight", "TIME", "2024-05-02TNI"),
        ("The rain stopped by mid afternoon.", "mid afternoon", "TIME", "2024-05-02TAF"),
        ("Profit rose in the current quarter.", "the current quarter", "DATE", "2024-Q2"),
        ("That was last year's quarter.", "last year's quarter", "DATE", "2023-Q1"),
        ("They met at 2 PM.", "2 PM", "TIME", "2024-05-02T14:00"),
        ("It took an extra second.", "an extra second", "DURATION", "PT1S"),
    ],
)
def test_cue_words(text, extent, typ, value):
    t = find(text, extent)
    assert (t.type, t.value) == (typ, value)


# English: 12 a.m. is midnight, 12 p.m. noon
@pytest.mark.parametrize(("text", "value"), [("at 12 a.m.", "T00:00"), ("at 12 p.m.", "T12:00")])
def test_meridiem(text, value):
    assert tag(f"They met {text}", "en", PUB).timexes[0].value == "2024-05-02" + value


@pytest.mark.parametrize(("second", "value"), [("The latest quarter", "2024-Q1"),
                                               ("The quarter", "2024-Q3")])  # fmt: skip
def test_latest_quarter_is_the_last_completed_one(second, value):
    # "the quarter" is the one under discussion, "the latest quarter" the last completed one
    text = f"Profit rose in the third quarter. {second} was weak."
    assert find(text, second).value == value


def test_previous_weekday_counts_from_the_narrative():
    text = "The army took the city on March 10, 2024. It had left the previous Friday."
    t = find(text, "the previous Friday")
    assert (t.value, t.anchor) == ("2024-03-08", f"timex:{text.index('March')}")


@pytest.mark.parametrize(
    "text",
    [
        "They met May Smith there.",  # a name, no month cue before it
        "Sales rose 5 percent a year.",  # a rate after an amount
        "It costs $3 billion a year.",
        "Three quarters of voters agreed.",  # a fraction
        "A second group left.",  # an ordinal
    ],
)
def test_not_timexes(text):
    assert tag(text, "en", PUB).timexes == []


def test_english_words_are_not_french_cues():
    # a bare year needs a cue word in French, and English words are not French cues
    assert [t.text for t in tag("Le titre né en 1998 plaît.", "fr", PUB).timexes] == ["1998"]
    assert tag("Le titre made in 1998 plaît.", "fr", PUB).timexes == []


def test_quoted_deictic_day_with_its_weekday_in_brackets():
    # a quote of Tuesday's "today" in Thursday's paper: Tuesday, not Thursday
    text = '"The last troops will leave today [Tuesday]," the spokesman said.'
    today, weekday = find(text, "today"), find(text, "Tuesday")
    assert today.value == weekday.value == "2024-04-30"


def test_at_the_time_is_the_period_of_the_previous_date():
    t = find("The camp fell in March 2021. At the time, ten soldiers were killed.", "the time")
    assert (t.value, t.anchor) == ("2021-03", "timex:17")
    result = tag("At the time he was captured, the war was over.", "en", PUB)
    assert not [t for t in result.timexes if "time" in t.text]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # the start of a state moves no narrative time: the morning is the reference day's
        ("The road has been closed since Monday. In the morning, troops fired on the crowd.",
         "the morning", "2024-05-02TMO"),
        # a day of the narrative does
        ("The convoy arrived on Monday. In the morning, troops fired on the crowd.",
         "the morning", "2024-04-29TMO"),
    ],
)  # fmt: skip
def test_state_start_sets_no_narrative_day(text, extent, value):
    assert find(text, extent).value == value
