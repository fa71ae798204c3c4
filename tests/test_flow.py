"""The Prefect flow: task bodies with ``.fn()``, and one real run under the test harness."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest

from eventline import pipeline
from eventline.io import parquet
from eventline.pipeline import RunOptions
from tests.ops_deploy_helpers import artifacts_of

FR = (
    "title: Attaque au nord\npublished: 2024-03-07\n\n"
    "Des hommes armés ont attaqué mardi un poste de police à Gao, tuant deux agents.\n"
    "La veille, l'armée malienne avait arrêté trois suspects à Tombouctou.\n"
)
EN = (
    "published: 2024-06-12\n\n"
    "Police fired tear gas at protesters in Nairobi on Tuesday, wounding five people.\n"
    "Two days earlier, the government had banned the march.\n"
)


@pytest.fixture()
def inbox(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "fr.txt").write_text(FR, encoding="utf-8")
    (d / "en.txt").write_text(EN, encoding="utf-8")
    (d / "broken.jsonl").write_text('{"text": "ok"\nnot json\n', encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


@pytest.mark.model  # lingua detects the language of the inputs
def test_read_sources_task(inbox, tmp_path):
    from flows import timeline

    src = timeline.read_sources.fn([str(inbox)], tmp_path / "out", RunOptions())
    assert sorted(a.lang for a in src.articles) == ["en", "fr"]
    assert sorted(r.reason for r in src.rejects) == ["empty", "jsonl", "jsonl"]
    assert src.skipped == 0
    # an article already in the output (same extractor version, no error) is skipped
    done = [pipeline._row(src.articles[0], None, None, "ok")]
    parquet.write_table_atomic(
        parquet.to_table(done, parquet.ARTICLES_SCHEMA), tmp_path / "out" / parquet.ARTICLES
    )
    assert timeline.read_sources.fn([str(inbox)], tmp_path / "out", RunOptions()).skipped == 1


@pytest.mark.model
def test_extract_batch_task(inbox, tmp_path):
    from flows import timeline

    src = timeline.read_sources.fn([str(inbox)], tmp_path / "out", RunOptions())
    batch = timeline.extract_batch.fn(src.articles, RunOptions(ingestion_date=date(2026, 1, 1)))
    assert {r.status for r in batch.rows} == {"ok"}
    types = {(e.lang, e.event_type) for e in batch.events}
    assert ("fr", "ASSAULT") in types and ("en", "ASSAULT") in types
    gao = [e for e in batch.events if e.location_canonical == "Gao"]
    assert gao and gao[0].date_start == date(2024, 3, 5) and gao[0].fatalities == 2


@pytest.mark.slow
@pytest.mark.model
def test_flow_end_to_end_is_idempotent(inbox, tmp_path, prefect_server):
    from flows import timeline

    out = tmp_path / "out"
    state = timeline.extract_timeline(
        paths=[str(inbox)], out=str(out), ingestion_date=date(2026, 1, 1), return_state=True
    )
    first = state.result()
    ids = sorted(
        duckdb.sql(f"select event_id from read_parquet('{out}/events/**/*.parquet')").fetchall()
    )
    state2 = timeline.extract_timeline(
        paths=[str(inbox)], out=str(out), ingestion_date=date(2026, 1, 1), return_state=True
    )
    second = state2.result()
    assert first.articles == 2 and first.new_events >= 3 and first.rejects == 3
    assert second.articles == 0 and second.skipped == 2
    again = sorted(
        duckdb.sql(f"select event_id from read_parquet('{out}/events/**/*.parquet')").fetchall()
    )
    assert again == ids and len(set(ids)) == len(ids)
    assert pq.read_table(out / "rejects.parquet").num_rows == 3
    assert (out / "graph.graphml").stat().st_size > 0
    tl = pq.read_table(out / "timeline.parquet")
    assert tl.num_rows >= 1 and tl.num_rows <= len(ids)

    # defect 9: the artifacts sit on the flow run, and a run with nothing new still
    # publishes its (empty, labelled) table, so the latest table is never an older run's
    for st, n_rows, label in ((state, first.new_events, "new events"), (state2, 0, "no new")):
        arts = {a.key: a for a in artifacts_of(st.state_details.flow_run_id)}
        assert set(arts) == {
            "eventline-summary",
            "eventline-new-events",
            "eventline-timeline",
            "eventline-progress",
        }
        assert all(a.task_run_id is None for a in arts.values())
        table = arts["eventline-new-events"]
        assert label in table.description
        data = json.loads(table.data) if isinstance(table.data, str) else table.data
        rows = data if isinstance(data, list) else list(zip(*data.values(), strict=True))
        assert len(rows) == n_rows
