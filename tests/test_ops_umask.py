"""Outputs respect the umask: readable by other users under 022, by the group under 027
(``tempfile`` alone would make every file 0600 and every version directory 0700)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from eventline.io import parquet as store
from eventline.io import report
from eventline.io.atomic import current_umask
from eventline.io.graphml import export_graph
from eventline.link import link_events
from tests.ops_helpers import ROOT, run_cli
from tests.test_ops_rerun import snapshot
from tests.test_store import ev, row

EXPECTED = [
    "articles.parquet",
    "rejects.parquet",
    "links.parquet",
    "timeline.parquet",
    "graph.graphml",
    "link_state.json",
    "timeline.html",
    "events_per_day.png",
]


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def bad_modes(out: Path, mask: int) -> list[str]:
    """Every file and directory of ``out`` whose mode is not the umask's, and the expected
    outputs that are missing."""
    want_file, want_dir = 0o666 & ~mask, 0o777 & ~mask
    bad = [name for name in EXPECTED if not (out / name).is_file()]
    paths = [out, *out.rglob("*")]
    assert any(p.name == store.MANIFEST for p in paths)
    assert any(p.suffix == ".parquet" and p.parent.parent.name == ".events" for p in paths)
    for p in paths:
        if p.is_symlink():
            continue
        mode, want = p.stat().st_mode & 0o777, want_dir if p.is_dir() else want_file
        if mode != want:
            bad.append(f"{p.relative_to(out.parent)} {mode:o} (want {want:o})")
    return bad


def write_dataset(out: Path, events: list) -> None:
    res = link_events(events)
    store.write_outputs(
        out,
        events=events,
        articles=[row(e.article_id, 1) for e in events],
        rejects=[store.Reject("bad.txt", "empty", "no text")],
        links=res.links,
        timeline=res.timeline,
        graph_writer=lambda p: export_graph(res.graph, p),
        link_state_json=res.state.to_json(),
    )
    report.write_report(out)


def test_current_umask_reads_without_changing_it():
    with umask(0o027):
        assert current_umask() == 0o027
        assert current_umask() == 0o027


@pytest.mark.parametrize("mask", [0o022, 0o027])
def test_every_output_has_the_umask_mode(tmp_path, mask):
    out = tmp_path / "out"
    with umask(mask):
        write_dataset(out, [ev(1)])
        # a second commit: hard-linked part, new part, new version directory
        write_dataset(out, [ev(1), ev(2, article="a2")])
    assert bad_modes(out, mask) == []


def test_owner_only_parts_of_an_older_release_are_opened_up(tmp_path):
    out = tmp_path / "out"
    with umask(0o077):
        write_dataset(out, [ev(1)])
    with umask(0o022):
        write_dataset(out, [ev(1), ev(2, article="a2")])
    current = store.current_version_dir(out)
    assert current is not None
    assert {p.stat().st_mode & 0o777 for p in current.iterdir()} == {0o644}


@pytest.mark.slow
@pytest.mark.model
def test_cli_outputs_are_group_readable_under_umask_027(tmp_path):
    out = tmp_path / "out"
    with umask(0o027):
        proc = run_cli(["run", str(ROOT / "examples"), "--out", str(out)], timeout=900)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert bad_modes(out, 0o027) == []
        # and a re-run with nothing new says so and leaves every file as it was
        before = snapshot(out)
        again = run_cli(["run", str(ROOT / "examples"), "--out", str(out)], timeout=900)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "unchanged (nothing new)" in again.stdout
    assert snapshot(out) == before
