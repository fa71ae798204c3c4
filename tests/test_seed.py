"""The founding example, end to end through the core pipeline (skips when absent).

These checks read the shared seed article; no rule in src/ names its strings.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SEED, needs_seed

from eventline.ingest import IngestOptions, read_all
from eventline.pipeline import process_batch

pytestmark = [needs_seed, pytest.mark.model]


@pytest.fixture(scope="module")
def seed_events(pipelines):
    arts, rej = read_all([SEED], IngestOptions(published=date(2024, 5, 2)))
    assert rej == [] and len(arts) == 1
    return process_batch(arts, pipelines, ingestion_date=date(2026, 1, 1)).events


def _find(events, *, location, day):
    return [
        e
        for e in events
        if e.event_type == "ASSAULT"
        and e.location_canonical == location
        and e.date_start == day
        and e.extras.get("date_source") != "lead"  # the lead summary is checked by linking
    ]


def test_eilat_drone_attack_dated_1_may(seed_events):
    (ev,) = _find(seed_events, location="Eilat", day=date(2024, 5, 1))
    assert ev.event_mode == "drone"
    assert ev.date_end == date(2024, 5, 1) and ev.date_precision == "day"
    assert ev.actor and ev.actor_canonical == "Résistance islamique en Irak"
    assert ev.country_code == "ISR" and ev.latitude and ev.longitude


def test_20_april_operation_in_golan(seed_events):
    (ev,) = _find(seed_events, location="Golan Heights", day=date(2024, 4, 20))
    assert ev.actor and ev.actor_canonical == "Résistance islamique en Irak"
    assert ev.date_anchor in ("published", "explicit")


def test_relative_dates(seed_events):
    haifa = [e for e in seed_events if e.location_canonical == "Haifa"]
    assert haifa and haifa[0].date_end < date(2024, 5, 1)  # a window of days before 1 May
    assert haifa[0].date_anchor.startswith("event:")


def test_casualties_and_modalities(seed_events):
    dead = [e for e in seed_events if e.fatalities]
    assert [(e.fatalities, e.injured) for e in dead] == [(34568, 77700)]
    assert dead[0].casualty_qualifier == "at_least"
    # the policy sentence yields no asserted event
    policy = [e for e in seed_events if e.sentence.startswith("La politique")]
    assert all(e.modality == "hypothetical" for e in policy)


def test_united_states_carry_aid_and_veto(seed_events):
    by_type = {e.event_type: e for e in seed_events if e.event_type in ("AID", "REJECT")}
    assert by_type["AID"].actor_canonical == "États-Unis"  # the article's own name
    assert by_type["REJECT"].actor_canonical == "États-Unis"
    assert by_type["REJECT"].actor_country == "USA"
