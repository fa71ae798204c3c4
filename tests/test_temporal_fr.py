"""French cue tables for the temporal tagger (fixed publication date, no model)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventline.temporal import tag

PUB = date(2024, 5, 2)  # a Thursday


def find(text: str, extent: str, published: date | None = PUB):
    result = tag(text, "fr", published)
    for t in result.timexes:
        assert text[t.start : t.end] == t.text
        if t.text == extent:
            return t
    raise AssertionError(f"{extent!r} not tagged in {text!r}: {result.timexes}")


# French: (sentence, extent, type, value, date_start, date_end, anchor)
DEICTIC = [
    ("Le ministre a démissionné hier.", "hier", "DATE", "2024-05-01", "2024-05-01", "published"),
    (
        "Les négociations reprennent aujourd'hui à Genève.",
        "aujourd'hui",
        "DATE",
        "2024-05-02",
        "2024-05-02",
        "published",
    ),
    ("Le sommet s'ouvrira demain.", "demain", "DATE", "2024-05-03", "2024-05-03", "published"),
    (
        "Les pluies ont commencé avant-hier.",
        "avant-hier",
        "DATE",
        "2024-04-30",
        "2024-04-30",
        "published",
    ),
    (
        "Le convoi a été attaqué la semaine dernière.",
        "la semaine dernière",
        "DATE",
        "2024-W17",
        "2024-04-22",
        "published",
    ),
    (
        "Les élections auront lieu la semaine prochaine.",
        "la semaine prochaine",
        "DATE",
        "2024-W19",
        "2024-05-06",
        "published",
    ),
    (
        "Le mois dernier, la grève a paralysé le port.",
        "Le mois dernier",
        "DATE",
        "2024-04",
        "2024-04-01",
        "published",
    ),
    (
        "L'an dernier, la récolte a chuté.",
        "L'an dernier",
        "DATE",
        "2023",
        "2023-01-01",
        "published",
    ),
    (
        "Le chômage a baissé l'année dernière.",
        "l'année dernière",
        "DATE",
        "2023",
        "2023-01-01",
        "published",
    ),
    (
        "Les combats ont repris en octobre dernier.",
        "octobre dernier",
        "DATE",
        "2023-10",
        "2023-10-01",
        "published",
    ),
    (
        "Le navire a coulé il y a trois jours.",
        "il y a trois jours",
        "DATE",
        "2024-04-29",
        "2024-04-29",
        "published",
    ),
    (
        "Le verdict sera rendu dans deux semaines.",
        "deux semaines",
        "DATE",
        "2024-W20",
        "2024-05-13",
        "published",
    ),
    (
        "Le préfet a pris la parole mercredi dernier.",
        "mercredi dernier",
        "DATE",
        "2024-05-01",
        "2024-05-01",
        "published",
    ),
    (
        "Le préfet a pris la parole lundi dernier.",
        "lundi dernier",
        "DATE",
        "2024-04-29",
        "2024-04-29",
        "published",
    ),
    ("Les ventes ont progressé en 2023.", "2023", "DATE", "2023", "2023-01-01", "explicit"),
    ("Le chantier sera achevé cet été.", "cet été", "DATE", "2024-SU", "2024-06-01", "published"),
    (
        "Le texte a été voté le 1er mai 2024.",
        "le 1er mai 2024",
        "DATE",
        "2024-05-01",
        "2024-05-01",
        "explicit",
    ),
    (
        "La manifestation a réuni des milliers de personnes le 1er mai.",
        "le 1er mai",
        "DATE",
        "2024-05-01",
        "2024-05-01",
        "published",
    ),
    (
        "Le stade a été inauguré le 20 avril.",
        "le 20 avril",
        "DATE",
        "2024-04-20",
        "2024-04-20",
        "published",
    ),
    (
        "Le festival aura lieu le 14 juillet.",
        "le 14 juillet",
        "DATE",
        "2024-07-14",
        "2024-07-14",
        "published",
    ),
]


@pytest.mark.parametrize(("text", "extent", "typ", "value", "start", "anchor"), DEICTIC)
def test_deictic_and_explicit(text, extent, typ, value, start, anchor):
    t = find(text, extent)
    assert (t.type, t.value, t.anchor) == (typ, value, anchor)
    assert t.date_start == date.fromisoformat(start)


# French: bare weekdays follow the verb tense
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le maire a inauguré la passerelle mercredi.", "2024-05-01"),
        ("Lundi, le président parlera devant le Parlement.", "2024-05-06"),
        ("Le tribunal se prononcera vendredi.", "2024-05-03"),
    ],
)
def test_weekday_tense(text, value):
    word = next(w for w in ("mercredi", "Lundi", "vendredi") if w in text)
    assert find(text, word).value == value


# French: anaphoric cues resolve against the previous date of the narrative
ANAPHORIC = [
    ("la veille", "2024-03-09", "2024-03-09"),
    ("le lendemain", "2024-03-11", "2024-03-11"),
    ("le jour même", "2024-03-10", "2024-03-10"),
    ("deux jours plus tard", "2024-03-12", "2024-03-12"),
    ("peu avant", "2024-03-10", "2024-03-10"),
]


@pytest.mark.parametrize(("cue", "value", "start"), ANAPHORIC)
def test_anaphoric(cue, value, start):
    text = f"Le dimanche 10 mars 2024, l'armée a pris la ville. Les habitants avaient fui {cue}."
    t = find(text, cue)
    assert t.value == value
    assert t.date_start == date.fromisoformat(start)
    assert t.anchor == "timex:0"  # "Le dimanche 10 mars 2024"


def test_few_days_before_is_a_window_before_the_anchor():
    text = "Le 10 mars 2024, la ville est tombée. Quelques jours auparavant, les civils ont fui."
    t = find(text, "Quelques jours auparavant")
    assert t.date_end == date(2024, 3, 8)  # a few days: at least two
    assert t.date_start is not None and t.date_start < t.date_end
    assert t.granularity == "range" and t.mod == "BEFORE"
    assert t.anchor.startswith("timex:")


def test_anaphoric_without_antecedent_uses_publication_date():
    t = find("Le lendemain, la police a arrêté deux suspects.", "Le lendemain")
    assert (t.value, t.anchor) == ("2024-05-03", "published")


# French: part-of-period modifiers, quarters, times, durations, sets
MISC = [
    ("Les travaux débuteront début mai.", "début mai", "DATE", "2024-05", "START"),
    ("Le rapport sera publié fin 2023.", "fin 2023", "DATE", "2023", "END"),
    ("La récolte commence mi-mars.", "mi-mars", "DATE", "2024-03", "MID"),
    ("Le PIB a reculé au premier trimestre.", "premier trimestre", "DATE", "2024-Q1", None),
    ("Le ministre est arrivé à 14 h.", "14 h", "TIME", "2024-05-02T14:00", None),
    ("La séance a été levée à 18 heures.", "18 heures", "TIME", "2024-05-02T18:00", None),
    ("Les grévistes ont manifesté pendant trois jours.", "trois jours", "DURATION", "P3D", None),
    ("Il a attendu quelques jours.", "quelques jours", "DURATION", "PXD", None),
    ("Le comité se réunit chaque semaine.", "chaque semaine", "SET", "P1W", None),
    (
        "Le mercredi soir 1er mai, un incendie a éclaté.",
        "Le mercredi soir 1er mai",
        "TIME",
        "2024-05-01TEV",
        None,
    ),
    ("La mesure est désormais en vigueur.", "désormais", "DATE", "PRESENT_REF", None),
]


@pytest.mark.parametrize(("text", "extent", "typ", "value", "mod"), MISC)
def test_misc(text, extent, typ, value, mod):
    t = find(text, extent)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


def test_time_takes_the_day_of_the_narrative():
    text = "Hier, le cortège est parti à 14 h 30 de la place centrale."
    assert find(text, "14 h 30").value == "2024-05-01T14:30"


def test_weekday_fixes_the_year():
    # 1 May was a Wednesday in 2024 and 2019, a Monday in 2023
    t = find("Mercredi 1er mai, la foule a défilé.", "Mercredi 1er mai", date(2025, 2, 1))
    assert (t.value, t.anchor) == ("2024-05-01", "weekday-year")


def test_no_false_dates():
    text = "Un homme de 38 ans a été blessé. Ils ont été sept à témoigner, 2000 personnes au total."
    values = [t.text for t in tag(text, "fr", PUB).timexes]
    assert values == []


def test_offsets_index_the_text_as_given():
    text = "\n  Le 3 juin 2022,\tla foule s’est rassemblée l’an dernier.  \n"
    for t in tag(text, "fr", PUB).timexes:
        assert text[t.start : t.end] == t.text
    assert [t.value for t in tag(text, "fr", PUB).timexes] == ["2022-06-03", "2023"]


def test_no_reference_gives_unresolved_values():
    result = tag("Les pluies ont cessé hier.", "fr", None)
    assert result.reference is None and result.reference_origin == "none"
    assert result.timexes[0].date_start is None


def test_ingestion_date_is_the_last_resort():
    result = tag("Les pluies ont cessé hier.", "fr", None, ingestion_date=date(2024, 6, 1))
    assert result.reference_origin == "ingestion"
    assert result.timexes[0].value == "2024-05-31"


def test_reference_inferred_from_latest_explicit_date():
    text = "Le 3 mars 2021, le barrage a cédé. Le lendemain, les secours sont arrivés hier."
    result = tag(text, "fr", None)
    assert (result.reference, result.reference_origin) == (date(2021, 3, 3), "inferred-latest")


_REPO = Path(__file__).resolve().parents[1]
# <repo>/../shared in a checkout; one level more in a worktree under wt/
SEED = next(
    (
        p
        for p in (
            _REPO / "../shared/seeds/000_f05503e0906db5eb.txt",
            _REPO / "../../shared/seeds/000_f05503e0906db5eb.txt",
        )
        if p.exists()
    ),
    _REPO / "../shared/seeds/000_f05503e0906db5eb.txt",
)


def _seed_timexes(published: date | None, ingestion: date | None = None):
    text = SEED.read_text(encoding="utf-8")
    return text, tag(text, "fr", published, ingestion_date=ingestion)


@pytest.mark.skipif(not SEED.exists(), reason="founding example not available")
def test_seed_with_publication_date():
    text, result = _seed_timexes(date(2024, 5, 2))
    by_kind = {t.value: t for t in result.timexes}
    ev = next(t for t in result.timexes if t.value.endswith("TEV"))
    assert ev.value == "2024-05-01TEV" and ev.granularity == "day"
    assert ev.date_start == ev.date_end == date(2024, 5, 1)
    assert "2024-04" in by_kind and "2023-10" in by_kind and "2024-04-20" in by_kind
    assert by_kind["2023-10"].text == text[by_kind["2023-10"].start : by_kind["2023-10"].end]
    assert not by_kind["2023-10"].text.lower().startswith("en ")
    same_day = [t for t in result.timexes if t.anchor == f"timex:{ev.start}"]
    assert same_day and same_day[0].date_start == date(2024, 5, 1)
    window = [t for t in result.timexes if t.granularity == "range" and t.mod == "BEFORE"]
    assert window and window[0].date_end is not None and window[0].date_end < date(2024, 5, 1)
    assert all(t.date_start != date(2024, 5, 2) for t in window)


@pytest.mark.skipif(not SEED.exists(), reason="founding example not available")
def test_seed_without_publication_date():
    _, result = _seed_timexes(None, ingestion=date(2026, 11, 23))
    assert result.reference_origin == "inferred-weekday"
    assert result.reference == date(2024, 5, 1)
    assert any(t.value == "2024-05-01TEV" for t in result.timexes)
    assert any(t.value == "2024-04-20" for t in result.timexes)


# French: holidays and centuries
@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Les magasins ont fermé à Noël.", "Noël", "2023-12-25"),
        ("L'église a été bâtie au XIIe siècle.", "XIIe siècle", "11"),
    ],
)
def test_holidays_and_centuries(text, extent, value):
    assert find(text, extent).value == value


# French: the cue words of lang/fr/dates.py the rules read (DAY_SUFFIX, PM_SUFFIXES,
# HOUR_AFTER_DAY, YEAR_CUES_BEFORE/AFTER, ORDINAL_SECOND_ARTICLES, ANCHORING_ARTICLES)
@pytest.mark.parametrize(
    ("text", "extent", "typ", "value"),
    [
        ("La 1re journée a eu lieu le 1er mai 2024.", "le 1er mai 2024", "DATE", "2024-05-01"),
        ("Il est rentré à 8 h du soir.", "8 h du soir", "TIME", "2024-05-02T20:00"),
        ("Il est né en 1998.", "1998", "DATE", "1998"),
        ("Entre 1998 et 2001, rien.", "2001", "DATE", "2001"),
        ("Le chantier a duré un mois.", "un mois", "DURATION", "P1M"),  # "mois" is singular
        ("L'hiver, il neige.", "L'hiver", "DATE", "XXXX-WI"),  # the article does not anchor
    ],
)
def test_cue_words(text, extent, typ, value):
    t = find(text, extent)
    assert (t.type, t.value) == (typ, value)


def test_hour_after_weekday_and_number_is_a_clock_time():
    text = "La réunion de mercredi 15 h a eu lieu."
    assert [(t.text, t.value) for t in tag(text, "fr", PUB).timexes] == [
        ("mercredi", "2024-05-01"),
        ("15 h", "2024-05-01T15:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Il a payé 1998 euros.",  # a bare number with no year cue
        "Il a essayé une seconde fois.",  # an ordinal, not a duration
    ],
)
def test_not_timexes(text):
    assert tag(text, "fr", PUB).timexes == []


def test_french_words_are_not_english_cues():
    # "tonight" gives its part of the day in English only; the French article list is empty
    assert [t.value for t in tag("Il parlera ce soir.", "fr", PUB).timexes] == ["2024-05-02TEV"]
    assert [t.value for t in tag("It is on tonight.", "en", PUB).timexes] == ["2024-05-02TNI"]


def test_quoted_deictic_day_with_its_weekday_in_brackets():
    # a quote of Tuesday's "aujourd'hui" in Thursday's paper: Tuesday, not Thursday
    text = "« Nous avons repoussé l'attaque aujourd'hui (mardi) », a déclaré le colonel."
    today, weekday = find(text, "aujourd'hui"), find(text, "mardi")
    assert today.value == weekday.value == "2024-04-30"
    assert weekday.anchor == f"timex:{today.start}"
    assert find("« Ils sont partis hier (mercredi) », a-t-il dit.", "hier").value == "2024-05-01"


# French: the period of the previous date, parts of the current unit, a month shifted
PERIODS = [
    ("En 2019, le camp a été attaqué. À l'époque, dix soldats avaient été tués.",
     "l'époque", "2019", "2019-01-01", "2019-12-31"),
    ("Un renfort sera déployé d'ici la fin du mois.", "la fin du mois", "2024-05",
     "2024-05-22", "2024-05-31"),
    ("L'accord sera signé avant la fin de l'année.", "la fin de l'année", "2024",
     "2024-10-01", "2024-12-31"),
    ("La base a été attaquée en fin d'année 2021.", "fin d'année 2021", "2021", "2021-10-01",
     "2021-12-31"),
    ("En janvier, une attaque a fait trois morts. Deux jours plus tard, cinq suspects ont été "
     "arrêtés.", "Deux jours plus tard", "2024-01", "2024-01-03", "2024-02-02"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "extent", "value", "start", "end"), PERIODS)
def test_periods(text, extent, value, start, end):
    t = find(text, extent)
    assert (t.value, t.date_start, t.date_end) == (
        value,
        date.fromisoformat(start),
        date.fromisoformat(end),
    )


def test_l_epoque_needs_its_preposition_and_a_pause():
    result = tag("La nécropole remonte à l'époque gréco-romaine.", "fr", PUB)
    assert not [t for t in result.timexes if "époque" in t.text]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # the start of a state moves no narrative time: the morning is the reference day's
        ("La route est fermée depuis lundi. Dans la matinée, la foule a marché.",
         "Dans la matinée", "2024-05-02TMO"),
        ("Un discours annoncé depuis la veille. Des tirs ont résonné toute la matinée.",
         "la matinée", "2024-05-02TMO"),
        # a day of the narrative does
        ("Ils sont arrivés lundi. Dans la matinée, la foule a marché.",
         "Dans la matinée", "2024-04-29TMO"),
    ],
)  # fmt: skip
def test_state_start_sets_no_narrative_day(text, extent, value):
    assert find(text, extent).value == value
