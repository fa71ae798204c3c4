"""``eventline serve`` schedule validation (defect 7): a bad ``--interval``/``--cron`` is
one clear line on stderr and exit code 2, never a traceback; valid ones reach the
deployment."""

from __future__ import annotations

import pytest

import flows.deploy
from eventline import cli


def _serve(tmp_path, *schedule: str) -> int:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    return cli.main(["serve", "--inbox", str(inbox), "--out", str(tmp_path / "out"), *schedule])


@pytest.mark.parametrize(
    ("schedule", "says"),
    [
        (("--interval", "0"), "--interval 0: expected a whole number of seconds >= 1"),
        (("--interval", "-60"), "--interval -60:"),
        (("--interval", "0.5"), "--interval 0.5:"),
        (("--interval", "nan"), "--interval nan:"),
        (("--cron", "not a cron"), "--cron 'not a cron': not a cron expression"),
        (("--cron", "61 * * * *"), "--cron '61 * * * *'"),
        (("--cron", ""), "--cron '':"),
    ],
)
def test_a_bad_schedule_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch, schedule, says):
    served = []
    monkeypatch.setattr(flows.deploy, "serve", served.append)
    assert _serve(tmp_path, *schedule) == 2
    err = capsys.readouterr().err
    assert err.startswith("eventline serve: " + says), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert served == []


@pytest.mark.parametrize(
    ("schedule", "check"),
    [
        (("--interval", "60"), lambda s: s.interval.total_seconds() == 60),
        (("--interval", "90.0"), lambda s: s.interval.total_seconds() == 90),
        (("--cron", "*/5 * * * *"), lambda s: s.cron == "*/5 * * * *"),
        (("--cron", "@hourly"), lambda s: s.cron == "@hourly"),
        ((), lambda s: s.interval.total_seconds() == flows.deploy.DEFAULT_INTERVAL),
    ],
)
def test_a_valid_schedule_reaches_the_deployment(tmp_path, capsys, monkeypatch, schedule, check):
    served = []
    monkeypatch.setattr(flows.deploy, "serve", served.append)
    assert _serve(tmp_path, *schedule) == 0, capsys.readouterr().err
    (deployment,) = served
    (sched,) = deployment.schedules
    assert check(sched.schedule), sched


def test_the_cli_process_prints_no_traceback(tmp_path):
    from tests.ops_helpers import run_cli

    (tmp_path / "inbox").mkdir()
    res = run_cli(
        ["serve", "--inbox", str(tmp_path / "inbox"), "--out", str(tmp_path / "o"),
         "--cron", "not a cron"],
        timeout=120,
    )  # fmt: skip
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0 and "not a cron expression" in res.stderr
