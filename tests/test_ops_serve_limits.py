"""``eventline serve`` takes the work limits of ``eventline run`` (``--max-word-chars``,
``--max-sentence-tokens``, ``--max-article-tokens``, ``--article-timeout``,
``--batch-timeout``) and passes them to its runs as the flow's ``limits`` parameter."""

from __future__ import annotations

import sys
import uuid
from dataclasses import replace

import pyarrow.parquet as pq
import pytest

import flows.deploy
from eventline import cli
from eventline.nlp import DEFAULT_LIMITS, Limits
from tests.test_ops_hostile import FR_OK

LIMIT_ARGS = ("--max-word-chars", "500", "--max-sentence-tokens", "1000", "--batch-timeout", "0")
WANT = {"word_chars": 500, "sentence_tokens": 1000, "batch_seconds": 0.0}


def _served(tmp_path, monkeypatch, *extra: str):
    served: list = []
    monkeypatch.setattr(flows.deploy, "serve", served.append)
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    argv = ["serve", "--inbox", str(inbox), "--out", str(tmp_path / "o"), "--interval", "60"]
    assert cli.main([*argv, *extra]) == 0
    (deployment,) = served
    return deployment


def test_serve_passes_the_limits_as_a_flow_parameter(tmp_path, monkeypatch):
    from flows.timeline import extract_timeline

    dep = _served(tmp_path, monkeypatch, *LIMIT_ARGS)
    assert dep.parameters["limits"] == WANT
    # what a run of the deployment gets: the flow's own validation, then Limits
    params = extract_timeline.validate_parameters(dep.parameters)
    assert Limits.of(params["limits"]) == replace(
        DEFAULT_LIMITS, word_chars=500, sentence_tokens=1000, batch_seconds=0.0
    )
    # no limit option: no parameter, the flow's defaults (and editable in the UI)
    assert "limits" not in _served(tmp_path, monkeypatch).parameters


@pytest.mark.slow
@pytest.mark.model
def test_a_served_run_rejects_what_is_over_the_served_limits(tmp_path, prefect_server):
    """Two articles under the default limits but over the served ones become rejects with
    their reason; the good article beside them gives its events."""
    from prefect.deployments import run_deployment

    from tests.ops_deploy_helpers import (
        background,
        child_env,
        read_deployment,
        tail,
        wait_final_state,
        wait_for,
    )

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "ok.txt").write_text(FR_OK, encoding="utf-8")
    head = "published: 2024-04-10\n\n"
    (inbox / "word.txt").write_text(head + "l'" * 400 + "\n", encoding="utf-8")  # 800 chars
    sentence = "Les soldats ont patrouillé " + " ".join(["encore"] * 1500) + ".\n"
    (inbox / "sentence.txt").write_text(head + sentence, encoding="utf-8")  # ~1500 tokens
    out = tmp_path / "out"
    name = f"limits-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "serve.log"
    args = [sys.executable, "-m", "eventline", "serve", "--inbox", str(inbox), "--out", str(out),
            "--cron", "0 0 1 1 *", "--name", name, "--lang", "fr",
            "--model-fr", "fr_core_news_sm", *LIMIT_ARGS[:4]]  # fmt: skip
    with background(args, log, env=child_env(), cwd=tmp_path) as serve:
        dep = wait_for(lambda: read_deployment(f"extract_timeline/{name}"), 120, "the deployment")
        assert dep.parameters["limits"] == {"word_chars": 500, "sentence_tokens": 1000}
        run = run_deployment(f"extract_timeline/{name}", timeout=0)
        final = wait_final_state(run.id, 480, log)
        assert final.state.is_completed(), f"{final.state}\n{tail(log)}"
        assert serve.poll() is None
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    got = sorted((r["source"].rsplit("/", 1)[-1], r["reason"]) for r in rejects)
    assert got == [("sentence.txt", "sentence_too_long"), ("word.txt", "word_too_long")]
    assert any("(limit 500)" in r["detail"] for r in rejects)
    events = pq.read_table(out / "events").column("source").to_pylist()
    assert events and {e.rsplit("/", 1)[-1] for e in events} == {"ok.txt"}
