"""Country outlines of the HTML timeline's map: the shipped Natural Earth data file, its
builder (scripts/build_outlines.py) on a shapefile made here, the page, the wheel."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest

from eventline import data
from eventline.io import report
from scripts import build_outlines

ROOT = Path(__file__).resolve().parents[1]
_TOKEN = re.compile(r"[MlzZ]|-?\d+")


def _rings(path: str) -> list[list[tuple[int, int]]]:
    """The absolute points of each ring of a ``M x y l dx dy … z`` path."""
    rings: list[list[tuple[int, int]]] = []
    toks = _TOKEN.findall(path)
    assert "".join(toks).replace("-", "") == re.sub(r"[\s-]", "", path)  # nothing else
    i = 0
    while i < len(toks):
        assert toks[i] == "M", toks[i : i + 3]
        x, y = int(toks[i + 1]), int(toks[i + 2])
        ring = [(x, y)]
        assert toks[i + 3] == "l"
        i += 4
        while toks[i] != "z":
            x, y = x + int(toks[i]), y + int(toks[i + 1])
            ring.append((x, y))
            i += 2
        rings.append(ring)
        i += 1
    return rings


def test_shipped_outlines_parse_and_cover_the_world():
    res = resources.files("eventline.data").joinpath(report.LAND_FILE)
    assert res.is_file()
    text = res.read_text(encoding="utf-8")
    assert len(text.encode()) <= 150_000
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert any("Natural Earth" in ln for ln in header)
    assert any("public domain" in ln for ln in header)
    rows = list(data.rows(report.LAND_FILE))
    assert len(rows) >= 170 and all(len(r) == 3 for r in rows)
    codes = {r[0] for r in rows}
    assert {"FRA", "MLI", "USA", "RUS", "BRA", "AUS", "CHN", "UKR", "ATA"} <= codes
    n_points = 0
    for code, name, path in rows:
        rings = _rings(path)
        assert rings, code
        for ring in rings:
            assert len(set(ring)) >= 3, (code, name)
            # tenths of a degree, y = -latitude: the map's viewBox -180 -90 360 180
            assert all(-1800 <= x <= 1800 and -900 <= y <= 900 for x, y in ring), name
            n_points += len(ring)
    assert n_points > 5_000
    # a known place falls inside its country's box: Bamako (12.6 N, 8.0 W) in Mali
    mli = [p for r in _rings(next(r[2] for r in rows if r[0] == "MLI")) for p in r]
    xs, ys = [p[0] for p in mli], [p[1] for p in mli]
    assert min(xs) < -80 < max(xs) and min(ys) < -126 < max(ys)


def test_page_embeds_the_outlines_once_under_the_points(tmp_path):
    html = report.render_html([])
    land = report.land_path()
    assert land == "".join(r[2] for r in data.rows(report.LAND_FILE))
    assert html.count(land) == 1
    m = re.search(r'<svg id="map"[^>]*><path\s+id="land" class="land" transform="scale\(.1\)" '
                  r'd="([^"]+)"/></svg>', html)  # fmt: skip
    assert m and m.group(1) == land
    assert "#map .land{" in html and "Natural Earth 110m" in html


def _shapefile(dir_: Path) -> Path:
    """A two-country polygon shapefile: A (a square and a degenerate sliver), B (-99)."""
    rings = {
        "A": [
            [(0.0, 0.0), (0.0, 10.0), (10.0, 10.0), (10.0, 0.0), (0.0, 0.0)],
            [(20.0, 20.0), (20.01, 20.01), (20.02, 20.0), (20.0, 20.0)],  # < 0.1°: gone
        ],
        "B": [[(-170.04, -60.0), (-170.0, -50.0), (-160.0, -50.0), (-170.04, -60.0)]],
    }
    records = b""
    for k, parts in enumerate(rings.values(), 1):
        pts = [p for r in parts for p in r]
        starts, acc = [], 0
        for r in parts:
            starts.append(acc)
            acc += len(r)
        content = struct.pack("<i4d", 5, 0, 0, 0, 0) + struct.pack("<ii", len(parts), len(pts))
        content += struct.pack(f"<{len(parts)}i", *starts)
        content += struct.pack(f"<{2 * len(pts)}d", *[c for p in pts for c in p])
        records += struct.pack(">ii", k, len(content) // 2) + content
    header = struct.pack(">i20xi", 9994, (100 + len(records)) // 2)
    header += struct.pack("<ii4d4d", 1000, 5, -180, -90, 180, 90, 0, 0, 0, 0)
    dir_.mkdir()
    (dir_ / "ne_110m_admin_0_countries.shp").write_bytes(header + records)
    fields = [(b"NAME", 10), (b"ISO_A3", 3)]
    rec_len = 1 + sum(n for _, n in fields)
    dbf = struct.pack("<B3BIHH20x", 3, 124, 1, 1, 2, 32 + 32 * len(fields) + 1, rec_len)
    for name, n in fields:
        dbf += name.ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([n, 0]) + b"\0" * 14
    dbf += b"\r"
    for name, code in (("Aland", "AAA"), ("Bland", "-99")):
        dbf += b" " + name.encode().ljust(10) + code.encode().ljust(3)
    (dir_ / "ne_110m_admin_0_countries.dbf").write_bytes(dbf + b"\x1a")
    return dir_


def test_builder_reads_a_shapefile_quantizes_and_drops_degenerate_rings(tmp_path, capsys):
    src = _shapefile(tmp_path / "ne")
    out = tmp_path / "world.tsv"
    assert build_outlines.main([str(src), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert any("public domain" in ln for ln in lines if ln.startswith("#"))
    rows = [ln.split("\t") for ln in lines if not ln.startswith("#")]
    assert rows == [
        ["-99", "Bland", "M-1700 600l0-100 100 0z"],  # -170.04 → -1700, y = -lat
        ["AAA", "Aland", "M0 0l0-100 100 0 0 100z"],  # the sliver ring dropped
    ]
    assert _rings(rows[1][2]) == [[(0, 0), (0, -100), (100, -100), (100, 0)]]
    assert "2 countries" in capsys.readouterr().out
    # the same from a zip (a wheel) holding the shapefile
    whl = tmp_path / "x.whl"
    with zipfile.ZipFile(whl, "w") as z:
        for p in src.iterdir():
            z.write(p, f"pkg/datasets/{p.name}")
    out2 = tmp_path / "world2.tsv"
    build_outlines.main([str(whl), "--out", str(out2)])
    body = [ln for ln in out2.read_text(encoding="utf-8").splitlines() if ln[0] != "#"]
    assert [r.split("\t") for r in body] == rows


@pytest.mark.slow
def test_a_non_editable_build_ships_the_outlines(tmp_path):
    # what a wheel holds: setuptools' build_py on a copy of the project (no network, no
    # wheel package needed), then the file found by importlib.resources from that build
    proj = tmp_path / "proj"
    for part in ("src", "flows"):
        shutil.copytree(ROOT / part, proj / part, ignore=shutil.ignore_patterns("__pycache__"))
    for f in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / f, proj / f)
    build = tmp_path / "lib"
    res = subprocess.run(
        [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
         "--build-lib", str(build)],
        cwd=proj, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr[-2000:]
    shipped = build / "eventline" / "data" / report.LAND_FILE
    assert shipped.read_bytes() == (ROOT / "src/eventline/data" / report.LAND_FILE).read_bytes()
    probe = (  # no site-packages (-S): not the editable install of the checkout
        "from importlib import resources; import eventline; "
        f"print(eventline.__file__, resources.files('eventline.data').joinpath("
        f"'{report.LAND_FILE}').is_file())"
    )
    res = subprocess.run(
        [sys.executable, "-I", "-S", "-c", f"import sys; sys.path[:0] = [{str(build)!r}]; {probe}"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split() == [str(build / "eventline" / "__init__.py"), "True"]
