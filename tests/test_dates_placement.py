"""Dates of an article's events (eventline.enrich.dates): events counting from a named
happening, statement dates as upper bounds, and the placement of undated events
(``UNDATED_RULES``: narrative, episode of its kind, news peg, publication window).

Events are built by hand (invented sentences, no parse); the ``--undated-window`` option
is checked through the CLI, the run options and the deployment parameters.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from eventline.enrich.dates import (
    UNDATED_RULES,
    UNDATED_WINDOW,
    Placement,
    _placement,
    date_claims_by_episode,
    date_events,
    date_from_named_events,
    date_future_weekdays,
    date_since,
    place_undated,
)
from eventline.model import Event, Mention, Timex
from eventline.temporal import TemporalResult

PUB = date(2024, 3, 11)  # a Monday
SAT, SUN, FRI = date(2024, 3, 9), date(2024, 3, 10), date(2024, 3, 8)


def _ev(
    k: int,
    sentence: int,
    event_type: str = "ASSAULT",
    day: date | None = None,
    *,
    modality: str = "asserted",
    trigger: str = "attaqué",
    text: str = "",
    end: date | None = None,
) -> Event:
    return Event(
        event_id=f"e{k}",
        article_id="a",
        source="s",
        lang="fr",
        published=PUB,
        sentence_index=sentence,
        sentence=text or f"Phrase {sentence}.",
        char_start=0,
        char_end=10,
        trigger=trigger,
        action_lemma=trigger,
        event_type=event_type,
        date_start=day,
        date_end=end or day,
        date_precision="day" if day else "unknown",
        modality=modality,
        trigger_start=100 * k,
    )


def _tx(day: date, start: int = 0, anchor: str = "published") -> Timex:
    return Timex("samedi", start, start + 6, "DATE", day.isoformat(), day, day, "day", anchor)


def _mention(ev: Event, timex: Timex | None = None, via: str | None = None, **kw) -> Mention:
    return Mention(
        event_id=ev.event_id,
        sentence_index=ev.sentence_index,
        sentence=ev.sentence,
        char_start=0,
        char_end=10,
        paragraph_index=0,
        trigger=ev.trigger,
        trigger_start=ev.trigger_start,
        trigger_end=ev.trigger_start + len(ev.trigger),
        action_lemma=ev.action_lemma,
        event_type=ev.event_type,
        event_mode=None,
        cameo_root="18",
        modality=ev.modality,
        confidence=0.5,
        timex=timex,
        date_via=via,
        **kw,
    )


# --------------------------------------------------------------------------- undated rules


def _continuation_case() -> list[Event]:
    # "Samedi, des hommes armés ont attaqué le village. Ils ont incendié des maisons."
    return [_ev(0, 0, day=SAT), _ev(1, 1)]


def _episode_so_far_case() -> list[Event]:
    # "Samedi, des hommes armés ont attaqué le village." … two sentences later …
    # "L'attaque a été revendiquée par le groupe."
    return [_ev(0, 0, day=SAT), _ev(1, 3, trigger="attaque")]


def _narrative_case() -> list[Event]:
    # "Samedi, la police a arrêté trois hommes." … two sentences later … "Les suspects
    # ont blessé un policier."
    return [_ev(0, 0, "COERCE", day=SAT, trigger="arrêté"), _ev(1, 3, trigger="blessé")]


def _episode_ahead_case() -> list[Event]:
    # "L'attaque a fait dix morts. … Des hommes armés ont attaqué le village samedi."
    return [_ev(0, 0, trigger="attaque"), _ev(1, 2, day=SAT)]


def _peg_case() -> list[Event]:
    # "Le groupe a été accusé de l'enlèvement." … "Dimanche, il a enlevé dix personnes."
    # (a different kind of deed, told later: the report's news peg)
    return [_ev(0, 0, "COERCE", day=SUN, trigger="enlevé"), _ev(1, 7, "AID", trigger="livré")]


def _window_case() -> list[Event]:
    # "Le gouvernement accuse le voisin de soutenir les rebelles." (no date anywhere)
    return [_ev(0, 0, "ACCUSE", trigger="accuse")]


UNDATED_CASES = [
    # French (the rules read no word: the cases are the same for every language)
    ("_continuation", _continuation_case, 1, (SAT, SAT), "event:e0", "narrative"),
    ("_episode_so_far", _episode_so_far_case, 1, (SAT, SAT), "event:e0", "episode"),
    ("_narrative", _narrative_case, 1, (SAT, SAT), "event:e0", "narrative"),
    ("_episode_ahead", _episode_ahead_case, 0, (SAT, SAT), "event:e1", "episode"),
    ("_news_peg", _peg_case, 1, (SUN, SUN), "event:e0", "peg"),
    ("_publication_window", _window_case, 0, (PUB - timedelta(days=7), PUB), "published",
     "window"),
]  # fmt: skip


@pytest.mark.parametrize(
    "rule,build,k,window,anchor,source", UNDATED_CASES, ids=[c[0] for c in UNDATED_CASES]
)
def test_undated_rules(rule, build, k, window, anchor, source):
    events = build()
    p = _placement(events, None, PUB, UNDATED_WINDOW, ())
    first = next(r for r in UNDATED_RULES if r(p, k) is not None)
    assert first.__name__ == rule
    placed = place_undated(events, PUB)[k]
    assert (placed.date_start, placed.date_end, placed.date_anchor) == (*window, anchor)
    assert placed.extras["date_source"] == source
    if rule == "_publication_window":
        assert placed.date_precision == "range"


def test_no_publication_date_leaves_the_event_undated():
    events = [replace(e, published=None) for e in _window_case()]
    (placed,) = place_undated(events, None)
    assert placed.date_start is None and placed.date_precision == "unknown"


def test_window_length_is_an_option():
    (placed,) = place_undated(_window_case(), PUB, window=3)
    assert (placed.date_start, placed.date_end) == (PUB - timedelta(days=3), PUB)


def test_future_event_takes_the_window_not_the_narrative():
    # "Samedi, les rebelles ont attaqué Korvo. L'armée enverra des renforts."
    events = [_ev(0, 0, day=SAT), _ev(1, 1, "MOBILIZE", modality="future", trigger="enverra")]
    placed = place_undated(events, PUB)[1]
    assert placed.extras["date_source"] == "window"


def test_reaction_lasts_until_publication():
    # "Samedi, les rebelles ont attaqué Korvo. Le ministre a condamné l'attaque."
    events = [_ev(0, 0, day=SAT), _ev(1, 1, "ACCUSE", trigger="condamné")]
    placed = place_undated(events, PUB)[1]
    assert (placed.date_start, placed.date_end, placed.date_precision) == (SAT, PUB, "range")


def test_pluperfect_deed_sets_no_narrative_time_and_no_reaction_lasts():
    # "Dimanche, des hommes armés ont attaqué Korvo. Deux jours plus tôt, des avions
    #  avaient frappé un camp. Le président a condamné les tueries."
    attack = _ev(0, 0, day=SUN)
    strike = _ev(1, 1, day=FRI)
    strike.extras["tense"] = "pluperfect"
    condemned = _ev(2, 2, "ACCUSE", trigger="condamné")
    placed = place_undated([attack, strike, condemned], PUB)[2]
    assert (placed.date_start, placed.date_end) == (SUN, PUB)
    # "… Elle avait appelé à des sanctions.": before the narrative's time, not until now
    called = _ev(3, 2, "REQUEST", trigger="appelé")
    called.extras["tense"] = "pluperfect"
    placed = place_undated([attack, called], PUB)[1]
    assert (placed.date_start, placed.date_end) == (SUN, SUN)


def test_flashback_sets_no_narrative_time():
    # "Samedi, les otages ont été libérés. Ils avaient été enlevés le 3 mai 2021.
    #  Ils sont arrivés à l'aéroport."
    old = date(2021, 5, 3)
    events = [
        _ev(0, 0, "RETREAT", day=SAT, trigger="libérés"),
        _ev(1, 1, day=old, trigger="enlevés"),
        _ev(2, 2, "RETREAT", trigger="arrivés"),
    ]
    placed = place_undated(events, PUB)[2]
    assert placed.date_start == SAT and placed.date_anchor == "event:e0"


def test_news_peg_from_an_expression_when_no_deed_is_dated():
    # "Mardi, le calme est revenu. Les assaillants ont incendié des avions." ("Mardi"
    # dates no event)
    events = [_ev(0, 1, trigger="incendié")]
    temporal = TemporalResult([_tx(date(2024, 3, 5))], PUB, "published")
    p: Placement = _placement(events, temporal, PUB, UNDATED_WINDOW, ())
    assert p.peg is not None and p.peg.start == date(2024, 3, 5)
    (placed,) = place_undated(events, PUB, temporal=temporal)
    assert placed.date_start == date(2024, 3, 5) and placed.extras["date_source"] == "peg"


# --------------------------------------------------------------------------- named events


@pytest.mark.parametrize(
    "lang,noun,offset,text",
    [
        # French
        ("fr", "embuscade", -1, "Samedi, neuf soldats ont été tués dans une embuscade."),
        # English
        ("en", "ambush", 2, "On Saturday nine soldiers were killed in an ambush."),
    ],
)
def test_counts_from_the_event_named(lang, noun, offset, text):
    # "La veille de l'embuscade, un drone avait frappé un camp." / "Two days after the
    # ambush, soldiers were attacked."
    ambush = replace(_ev(0, 0, day=SAT, trigger="tués", text=text), lang=lang)
    later = replace(_ev(1, 1, trigger="frappé"), lang=lang)
    mentions = [_mention(ambush, _tx(SAT), "clause"), _mention(later, date_event=(noun, offset))]
    out = date_from_named_events([ambush, later], mentions, lang)
    assert out[1].date_start == SAT + timedelta(days=offset)
    assert out[1].date_anchor == "event:e0"


def test_named_event_undated_in_the_article_is_left():
    later = _ev(1, 1, trigger="frappé")
    out = date_from_named_events([later], [_mention(later, date_event=("élection", 3))], "fr")
    assert out[0].date_start is None


# --------------------------------------------------------------------------- statements


def test_statement_date_gives_way_to_the_episode():
    # "Le camp a été frappé samedi. L'armée a indiqué lundi avoir frappé le camp."
    strike = _ev(0, 0, day=SAT, trigger="frappé")
    claim = _ev(1, 1, day=PUB, modality="claimed", trigger="frappé")
    mentions = [_mention(strike, _tx(SAT), "clause"), _mention(claim, _tx(PUB, 50), "statement")]
    out = date_claims_by_episode([strike, claim], mentions)
    assert out[1].date_start == SAT and out[1].extras["date_source"] == "episode"


def test_statement_date_stays_without_an_earlier_deed_of_its_kind():
    # "Samedi, la police a arrêté trois suspects. L'armée a indiqué lundi avoir frappé."
    arrest = _ev(0, 0, "COERCE", day=SAT, trigger="arrêté")
    claim = _ev(1, 1, day=PUB, modality="claimed", trigger="frappé")
    mentions = [_mention(arrest, _tx(SAT), "clause"), _mention(claim, _tx(PUB, 50), "statement")]
    out = date_claims_by_episode([arrest, claim], mentions)
    assert out[1].date_start == PUB


def test_date_events_places_every_event():
    # "Samedi, les rebelles ont attaqué Korvo. Le gouvernement accuse le voisin."
    events = [_ev(0, 0, day=SAT), _ev(1, 5, "ACCUSE", trigger="accuse")]
    mentions = [_mention(events[0], _tx(SAT), "clause"), _mention(events[1])]
    temporal = TemporalResult([_tx(SAT)], PUB, "published")
    out = date_events(events, mentions, temporal, PUB, "fr")
    assert all(e.date_start is not None for e in out)


# --------------------------------------------------------------------------- the option


def test_undated_window_option_reaches_the_run_and_the_deployment(tmp_path):
    from eventline.cli import _undated_window, build_parser
    from eventline.pipeline import RunOptions

    p = build_parser()
    run = p.parse_args(["run", "in", "--out", "o", "--undated-window", "3"])
    assert _undated_window(run) == 3
    assert _undated_window(p.parse_args(["run", "in", "--out", "o"])) == UNDATED_WINDOW
    assert RunOptions().undated_window == UNDATED_WINDOW
    serve = p.parse_args(["serve", "--inbox", "i", "--out", "o", "--undated-window", "10"])
    assert _undated_window(serve) == 10
    with pytest.raises(SystemExit):
        p.parse_args(["run", "in", "--out", "o", "--undated-window", "-1"])

    from flows.deploy import deployment_parameters

    params = deployment_parameters(tmp_path, tmp_path / "o", undated_window=10)
    assert params["undated_window"] == 10


# --------------------------------------------------------------------------- own expression


def _weekday_tx(word: str, day: date) -> Timex:
    return Timex(word, 40, 40 + len(word), "DATE", day.isoformat(), day, day, "day", "published")


@pytest.mark.parametrize(
    "lang,word,sentence",
    [
        # French
        ("fr", "samedi", "Les syndicats ont appelé à une nouvelle marche samedi."),
        # English
        ("en", "Saturday", "Organisers have called another rally for Saturday."),
    ],
)
def test_future_event_on_a_bare_weekday_is_the_next_one(lang, word, sentence):
    march = replace(_ev(0, 0, "PROTEST", day=SAT, modality="future", text=sentence), lang=lang)
    (out,) = date_future_weekdays([march], [_mention(march, _weekday_tx(word, SAT), "clause")],
                                  lang, PUB)  # fmt: skip
    assert out.date_start == SAT + timedelta(days=7)


@pytest.mark.parametrize(
    "lang,sentence,extent",
    [
        # French
        ("fr", "Mille personnes ont été tuées depuis janvier.", "janvier"),
        # English
        ("en", "A thousand people have been killed since January.", "January"),
    ],
)
def test_since_lasts_until_publication(lang, sentence, extent):
    jan = date(2024, 1, 1)
    ev = replace(_ev(0, 0, day=jan, text=sentence, end=date(2024, 1, 31)), lang=lang)
    start = sentence.index(extent)
    tx = Timex(extent, start, start + len(extent), "DATE", "2024-01", jan, date(2024, 1, 31),
               "month", "published")  # fmt: skip
    (out,) = date_since([ev], [_mention(ev, tx, "clause")], lang, PUB)
    assert (out.date_start, out.date_end, out.date_precision) == (jan, PUB, "range")
