"""Regenerate tests/data/golden/examples_events.jsonl from a run on examples/.

Run it after a deliberate change to the extraction rules, read the diff, and commit the
new golden file with the change that explains it:

    python scripts/update_golden.py && git diff tests/data/golden/
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "golden" / "examples_events.jsonl"
FIELDS = (
    "source",
    "sentence_index",
    "trigger",
    "event_type",
    "event_mode",
    "actor_canonical",
    "target_canonical",
    "location_canonical",
    "country_code",
    "date_start",
    "date_end",
    "date_precision",
    "fatalities",
    "injured",
    "modality",
)
# Runs are made reproducible by fixing the fallback reference date for undated inputs.
RUN_ARGS = ("run", "examples", "--ingestion-date", "2026-01-01")


def golden_rows(out_dir: Path) -> list[dict]:
    """The compared fields of every event in ``out_dir``, in a stable order."""
    import pyarrow.dataset as ds

    table = ds.dataset(out_dir / "events", format="parquet").to_table()
    rows = []
    for r in table.to_pylist():
        row = {k: r[k] for k in FIELDS}
        row["source"] = Path(r["source"].split("#")[0]).name + (
            "#" + r["source"].split("#")[1] if "#" in r["source"] else ""
        )
        for k in ("date_start", "date_end"):
            row[k] = row[k].isoformat() if row[k] else None
        rows.append(row)
    return sorted(
        rows, key=lambda r: (r["source"], r["sentence_index"], r["trigger"], r["event_type"])
    )


def run_examples(out_dir: Path) -> None:
    # importable from a checkout even without ``pip install -e``
    path = os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])
    subprocess.run(
        [sys.executable, "-m", "eventline", *RUN_ARGS, "--out", str(out_dir)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": path},
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        run_examples(Path(tmp))
        rows = golden_rows(Path(tmp))
    GOLDEN.write_text(
        "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows),
        encoding="utf-8",
    )
    print(f"{len(rows)} events written to {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
