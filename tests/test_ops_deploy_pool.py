"""``prefect deploy`` with the repository's prefect.yaml, a process work pool, a worker, a
run triggered through the API; and the documented high-reject automation, firing a real
notification to a webhook on loopback. Against the suite's Prefect server."""

from __future__ import annotations

import json
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventline.io.loopback import free_port
from tests.ops_deploy_helpers import (
    BIN,
    ROOT,
    background,
    child_env,
    read_deployment,
    tail,
    wait_final_state,
    wait_for,
)

pytestmark = [pytest.mark.slow, pytest.mark.model]

FR = (
    "title: Attaque au nord\npublished: 2024-03-07\n\n"
    "Des hommes armés ont attaqué mardi un poste de police à Gao, tuant deux agents.\n"
    "La veille, l'armée malienne avait arrêté trois suspects à Tombouctou.\n"
)
EN = (
    "published: 2024-06-12\n\n"
    "Police fired tear gas at protesters in Nairobi on Tuesday, wounding five people.\n"
)
POOL = "eventline"  # the work pool named in prefect.yaml
DEPLOYMENT = "extract_timeline/eventline-inbox"


def _prefect(args: list[str], env: dict[str, str], timeout: float = 180) -> str:
    res = subprocess.run(
        [str(BIN / "prefect"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert res.returncode == 0, (
        f"prefect {' '.join(args)}:\n{res.stdout[-3000:]}{res.stderr[-3000:]}"
    )
    return res.stdout


def _pause_schedules(name: str) -> None:
    """Pause every schedule of deployment ``name`` and delete the runs they scheduled."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    with get_client(sync_client=True) as client:
        dep = client.read_deployment_by_name(name)
        for sched in dep.schedules:
            client.update_deployment_schedule(dep.id, sched.id, active=False)
        scheduled = FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))
        for run in client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[dep.id])),
            flow_run_filter=FlowRunFilter(state=scheduled),
        ):
            client.delete_flow_run(run.id)


RECEIVED: list[bytes] = []  # bodies posted to the webhook


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        RECEIVED.append(body)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _notification_block(url: str) -> str:
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    block = CustomWebhookNotificationBlock(
        name="eventline-test", url=url, json_data={"subject": "{{subject}}", "body": "{{body}}"}
    )
    return str(block.save("eventline-test-hook", overwrite=True))


def _create_automation(block_id: str, tmp_path: Path, env: dict[str, str]) -> None:
    text = (ROOT / "docs" / "automation-high-rejects.yaml").read_text(encoding="utf-8")
    assert "00000000-0000-0000-0000-000000000000" in text
    path = tmp_path / "automation.yaml"
    path.write_text(text.replace("00000000-0000-0000-0000-000000000000", block_id), "utf-8")
    _prefect(["automation", "create", "--from-file", str(path)], env)


def test_prefect_yaml_deploys_to_a_process_pool_and_a_worker_runs_it(tmp_path, prefect_server):
    from prefect.deployments import run_deployment

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "fr.txt").write_text(FR, encoding="utf-8")
    (inbox / "en.txt").write_text(EN, encoding="utf-8")
    (inbox / "empty-1.txt").write_text("", encoding="utf-8")
    (inbox / "empty-2.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    env = child_env(EVENTLINE_INBOX=str(inbox), EVENTLINE_OUT=str(out))

    # a webhook on loopback stands for the team's Slack/e-mail notification
    port = free_port()
    hook = HTTPServer(("127.0.0.1", port), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        _create_automation(_notification_block(f"http://127.0.0.1:{port}/hook"), tmp_path, env)

        _prefect(["work-pool", "create", POOL, "--type", "process", "--overwrite"], env)
        # the repository's prefect.yaml as is; its schedule is then paused so that no run due
        # at a quarter hour takes the deployment's one slot from the test's run (CANCEL_NEW)
        _prefect(["deploy", "--name", "eventline-inbox", "--no-prompt"], env)
        _pause_schedules(DEPLOYMENT)
        dep = read_deployment(DEPLOYMENT)
        assert [s.schedule.cron for s in dep.schedules] == ["*/15 * * * *"]
        assert not any(s.active for s in dep.schedules)
        assert dep.entrypoint == "flows.timeline.extract_timeline" and dep.pull_steps in (None, [])
        assert dep.work_pool_name == POOL
        assert dep.parameters["paths"] == [str(inbox)] and dep.parameters["out"] == str(out)
        editable = set(dep.parameter_openapi_schema["properties"])
        assert {"paths", "out", "published", "workers", "dask_address", "reject_alert"} <= editable
        assert dep.global_concurrency_limit.limit == 1
        assert dep.concurrency_options.collision_strategy == "CANCEL_NEW"

        log = tmp_path / "worker.log"
        worker_env = {**env, "PREFECT_WORKER_QUERY_SECONDS": "2"}
        worker = [str(BIN / "prefect"), "worker", "start", "--pool", POOL, "--type", "process"]
        # the worker runs from elsewhere: the flow is imported by module path, no pull step
        with background(worker, log, env=worker_env, cwd=tmp_path):
            run = run_deployment(DEPLOYMENT, timeout=0)
            final = wait_final_state(run.id, 420, log)
        assert final.state.is_completed(), f"{final.state}\n{tail(log)}"
        assert pq.read_table(out / "articles.parquet").num_rows == 2
        assert pq.read_table(out / "rejects.parquet").num_rows == 2
        assert (out / "timeline.html").exists()

        # 2 of 4 inputs rejected > 20%: the automation notified the webhook
        got = wait_for(lambda: list(RECEIVED), 90, "the high-reject notification")
        note = json.loads(got[0])
        assert "2 inputs rejected" in note["subject"], note
        assert str(out) in note["body"] and "empty" in note["body"], note
    finally:
        hook.shutdown()
