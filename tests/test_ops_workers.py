"""``--workers 2``: the batches run on a Dask LocalCluster and give the same events as
the in-process pipeline, in ``run`` and in served runs; ``--dask-address``: on an
existing cluster."""

from __future__ import annotations

import os
import re
import sys
import uuid
from datetime import date

import duckdb
import pytest

from bench.corpus import write_corpus
from eventline.ingest import read_all
from eventline.io.loopback import free_port
from eventline.nlp import pipelines_for
from eventline.pipeline import process_batch
from tests.ops_deploy_helpers import (
    BIN,
    background,
    child_env,
    flow_run_logs,
    read_deployment,
    tail,
    wait_final_state,
    wait_for,
    wait_port,
)
from tests.ops_helpers import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_two_dask_workers_match_the_in_process_pipeline(tmp_path, prefect_server):
    inbox = tmp_path / "inbox"
    # English only: each Dask worker loads one small model
    write_corpus(inbox, 8, seed=3, english_share=1.0, sentences=6)
    out = tmp_path / "out"
    res = run_cli(
        [
            "run",
            str(inbox),
            "--out",
            str(out),
            "--workers",
            "2",
            "--batch-size",
            "2",
            "--model-fr",
            "fr_core_news_sm",
            "--ingestion-date",
            "2026-01-01",
            "--no-artifacts",
        ]
    )
    assert res.returncode == 0, res.stderr[-4000:]
    got = sorted(
        i for (i,) in duckdb.sql(f"select event_id from '{out}/events/*.parquet'").fetchall()
    )
    articles, _ = read_all([inbox])
    direct = process_batch(
        articles, pipelines_for({"fr": "fr_core_news_sm"}), ingestion_date=date(2026, 1, 1)
    )
    want = sorted(e.event_id for e in direct.events)
    assert got == want and len(got) > 10


def _names_of_batch_logs(messages: list[str]) -> list[str]:
    return [m for m in messages if re.search(r"done on Dask worker tcp://127\.0\.0\.1:\d+", m)]


def test_serve_workers_run_the_batches_on_dask(tmp_path, prefect_server):
    """Defect 4: a served run with --workers 2 used to reload the plain flow from its
    entrypoint and run every batch in the flow's process. Now each batch logs the Dask
    worker that ran it."""
    from prefect.deployments import run_deployment

    inbox = tmp_path / "inbox"
    write_corpus(inbox, 6, seed=5, english_share=1.0, sentences=4)
    out = tmp_path / "out"
    name = f"workers-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "serve.log"
    args = [sys.executable, "-m", "eventline", "serve", "--inbox", str(inbox), "--out", str(out),
            "--cron", "0 0 1 1 *", "--name", name, "--workers", "2", "--batch-size", "2",
            "--model-fr", "fr_core_news_sm"]  # fmt: skip
    env = child_env(PREFECT_LOGGING_LEVEL="INFO")  # the batch logs are INFO
    # run from elsewhere: the entrypoint is a module, not a path relative to the cwd
    with background(args, log, env=env, cwd=tmp_path) as serve:
        dep = wait_for(lambda: read_deployment(f"extract_timeline/{name}"), 120, "the deployment")
        assert dep.entrypoint == "flows.timeline.extract_timeline"
        run = run_deployment(f"extract_timeline/{name}", timeout=0)
        final = wait_final_state(run.id, 480, log)
        assert final.state.is_completed(), f"{final.state}\n{tail(log)}"
        assert serve.poll() is None
    logs = wait_for(lambda: flow_run_logs(run.id), 30, "the run's logs")
    batches = _names_of_batch_logs(logs)
    assert len(batches) == 3, logs  # 6 articles in batches of 2, each on a Dask worker
    assert any("LocalCluster of 2" in m for m in logs)
    assert (out / "articles.parquet").exists()
    assert duckdb.sql(f"select count(*) from '{out}/events/*.parquet'").fetchall()[0][0] > 0


def test_existing_dask_cluster_runs_the_batches(tmp_path, prefect_server):
    """``--dask-address`` and ``$EVENTLINE_DASK_ADDRESS``: the batches run on a cluster
    started outside eventline (a ``dask scheduler`` and a ``dask worker`` on loopback)."""
    import distributed

    inbox = tmp_path / "inbox"
    write_corpus(inbox, 6, seed=7, english_share=1.0, sentences=4)
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                 "--no-dashboard"]  # fmt: skip
    worker = [str(BIN / "dask"), "worker", address, "--name", "team-worker", "--nthreads", "1",
              "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard"]  # fmt: skip
    common = ["--batch-size", "2", "--model-fr", "fr_core_news_sm", "--ingestion-date",
              "2026-01-01", "--no-artifacts"]  # fmt: skip
    with (
        background(scheduler, tmp_path / "scheduler.log"),
        background(worker, tmp_path / "worker.log"),
    ):
        wait_port(port)
        with distributed.Client(address, timeout=60) as client:
            client.wait_for_workers(1, timeout=180)

            def executed() -> int:
                counts = client.run(lambda dask_worker: dask_worker.state.executed_count)
                return sum(counts.values())

            before = executed()
            out = tmp_path / "out"
            res = run_cli(["run", str(inbox), "--out", str(out), "--dask-address", address,
                           *common])  # fmt: skip
            assert res.returncode == 0, res.stderr[-4000:] + tail(tmp_path / "worker.log")
            assert executed() - before == 3  # the 3 batches, all on the team's worker
            # the environment variable, for runs and served deployments alike
            one = tmp_path / "one"
            one.mkdir()
            first = sorted(inbox.iterdir())[0]
            (one / first.name).write_bytes(first.read_bytes())
            res = run_cli(["run", str(one), "--out", str(tmp_path / "out2"), *common],
                          env_extra={"EVENTLINE_DASK_ADDRESS": address})  # fmt: skip
            assert res.returncode == 0, res.stderr[-4000:]
            assert executed() - before == 4
            (loaded,) = client.run(lambda: "eventline.pipeline" in sys.modules).values()
            assert loaded
    ids = [i for (i,) in duckdb.sql(f"select event_id from '{out}/events/*.parquet'").fetchall()]
    assert ids and len(ids) == len(set(ids))


def test_dask_address_resolution(monkeypatch):
    from flows.timeline import DASK_ADDRESS_ENV, resolve_dask_address

    monkeypatch.delenv(DASK_ADDRESS_ENV, raising=False)
    assert resolve_dask_address(None) is None
    monkeypatch.setenv(DASK_ADDRESS_ENV, " tcp://10.0.0.5:8786 ")
    assert resolve_dask_address(None) == "tcp://10.0.0.5:8786"
    assert resolve_dask_address("tcp://127.0.0.1:1") == "tcp://127.0.0.1:1"


def _loaded_models() -> list[str]:
    from eventline import nlp

    return sorted(
        f"{m.meta['lang']}_{m.meta['name']}"
        for p in nlp._PIPELINES.values()
        for m in p._loaded.values()
    )


def test_run_starts_its_workers_before_the_flow_and_they_load_the_model(monkeypatch):
    """``eventline run --workers 2`` starts the LocalCluster while Prefect's server boots:
    each worker loads the run's model before any batch; the flow finds the cluster through
    ``EVENTLINE_DASK_ADDRESS``, unset again once the run's stack closes."""
    from distributed import Client

    from eventline import cli
    from eventline.pipeline import RunOptions
    from flows.timeline import DASK_ADDRESS_ENV

    monkeypatch.delenv(DASK_ADDRESS_ENV, raising=False)
    args = cli.build_parser().parse_args(
        ["run", "x", "--out", "o", "--workers", "2", "--model-fr", "fr_core_news_sm"]
    )
    stack = cli._start_cluster(args, RunOptions(lang="fr"), None)
    assert stack is not None
    with stack:
        address = os.environ[DASK_ADDRESS_ENV]
        with Client(address) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            loaded = wait_for(
                lambda: (got := client.run(_loaded_models)) and all(got.values()) and got,
                120,
                "the workers' models",
            )
        assert all(models == ["fr_core_news_sm"] for models in loaded.values()), loaded
    assert DASK_ADDRESS_ENV not in os.environ


def test_no_early_cluster_without_workers_or_with_an_existing_one(monkeypatch):
    from eventline import cli
    from eventline.pipeline import RunOptions
    from flows.timeline import DASK_ADDRESS_ENV

    monkeypatch.delenv(DASK_ADDRESS_ENV, raising=False)
    parse = cli.build_parser().parse_args
    assert cli._start_cluster(parse(["run", "x", "--out", "o"]), RunOptions(), None) is None
    existing = parse(["run", "x", "--out", "o", "--workers", "2", "--dask-address", "tcp://h:1"])
    assert cli._start_cluster(existing, RunOptions(), None) is None
