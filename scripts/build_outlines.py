"""Build src/eventline/data/world_110m.tsv (country outlines of the HTML timeline's map)
from a Natural Earth 1:110m admin-0 countries shapefile.

    python scripts/build_outlines.py SOURCE [--out src/eventline/data/world_110m.tsv]

SOURCE is a ``.shp`` file (its ``.dbf`` beside it), a folder holding one, or a wheel/zip
holding one (e.g. geopandas 0.14.4's wheel, which bundles Natural Earth's 110m countries
as ``geopandas/datasets/naturalearth_lowres/``). Natural Earth is public domain.

The shapefile is read with ``struct`` (polygon records, shape types 5/15/25) and the
dBASE table by hand: no GIS dependency. Coordinates are quantized to 0.1° on the
equirectangular projection of the page's SVG (x = longitude, y = −latitude, the viewBox
``-180 -90 360 180``), repeated points are dropped, and so are rings left with fewer than
three distinct points or no area. One row per country: ISO 3166-1 alpha-3 code (or
Natural Earth's own code, or ``-99``), name, and an SVG path in tenths of a degree
(``M x y`` absolute, then ``l dx dy`` relative, ``z`` closing each ring).
"""

from __future__ import annotations

import argparse
import itertools
import struct
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventline" / "data" / "world_110m.tsv"
POLYGON_TYPES = {5, 15, 25}  # Polygon, PolygonZ, PolygonM (Z/M values ignored)
SCALE = 10  # tenths of a degree

Ring = list[tuple[int, int]]


@dataclass(frozen=True)
class Source:
    name: str  # where it came from, for the header
    shp: bytes
    dbf: bytes


def load_source(path: Path) -> Source:
    """The ``.shp`` and ``.dbf`` bytes of an admin-0 shapefile in ``path``."""
    if path.is_file() and path.suffix in {".whl", ".zip"}:
        with zipfile.ZipFile(path) as z:
            shps = [n for n in z.namelist() if n.endswith(".shp") and _is_countries(n)]
            if not shps:
                raise SystemExit(f"{path}: no admin-0 countries .shp inside")
            shp = shps[0]
            return Source(f"{path.name}:{shp}", z.read(shp), z.read(shp[:-4] + ".dbf"))
    if path.is_dir():
        found = sorted(p for p in path.rglob("*.shp") if _is_countries(str(p)))
        if not found:
            raise SystemExit(f"{path}: no admin-0 countries .shp")
        path = found[0]
    return Source(path.name, path.read_bytes(), path.with_suffix(".dbf").read_bytes())


def _is_countries(name: str) -> bool:
    low = name.lower()
    return "admin_0_countries" in low or "naturalearth_lowres" in low


def read_dbf(data: bytes) -> list[dict[str, str]]:
    """The records of a dBASE III table as text fields (deleted records kept as empty)."""
    n, header_len, record_len = struct.unpack_from("<IHH", data, 4)
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    out = []
    for i in range(n):
        rec = data[header_len + i * record_len : header_len + (i + 1) * record_len]
        off, row = 1, {}  # byte 0: deletion flag
        for name, length in fields:
            row[name.lower()] = rec[off : off + length].decode("utf-8", "replace").strip()
            off += length
        out.append(row)
    return out


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """The rings (lon, lat) of each record of a polygon shapefile, in record order."""
    (code,) = struct.unpack_from(">i", data, 0)
    if code != 9994:
        raise SystemExit("not a shapefile (file code != 9994)")
    (length_words,) = struct.unpack_from(">i", data, 24)
    end, pos, shapes = length_words * 2, 100, []
    while pos < end:
        _, content_words = struct.unpack_from(">ii", data, pos)
        content = data[pos + 8 : pos + 8 + content_words * 2]
        pos += 8 + content_words * 2
        (kind,) = struct.unpack_from("<i", content, 0)
        if kind == 0:  # null shape
            shapes.append([])
            continue
        if kind not in POLYGON_TYPES:
            raise SystemExit(f"shape type {kind} is not a polygon")
        n_parts, n_points = struct.unpack_from("<ii", content, 36)
        parts = [*struct.unpack_from(f"<{n_parts}i", content, 44), n_points]
        xy = struct.unpack_from(f"<{2 * n_points}d", content, 44 + 4 * n_parts)
        pts = list(zip(xy[0::2], xy[1::2], strict=True))
        shapes.append([pts[parts[k] : parts[k + 1]] for k in range(n_parts)])
    return shapes


def quantize(ring: list[tuple[float, float]]) -> Ring | None:
    """The ring in tenths of a degree (y = −lat), repeated points dropped; None when it
    is degenerate (fewer than 3 distinct points or no area)."""
    out: Ring = []
    for lon, lat in ring:
        p = (round(lon * SCALE), round(-lat * SCALE))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()  # the closing point: "z" closes the ring
    if len(set(out)) < 3:
        return None
    area2 = sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(out, out[1:] + out[:1], strict=True)
    )
    return out if area2 else None


def _numbers(values: list[int]) -> str:
    # SVG path grammar: a minus sign separates numbers by itself
    return "".join(f"{v}" if i == 0 or v < 0 else f" {v}" for i, v in enumerate(values))


def ring_path(ring: Ring) -> str:
    """``M x y l dx dy … z`` in tenths of a degree."""
    steps = [d for a, b in itertools.pairwise(ring) for d in (b[0] - a[0], b[1] - a[1])]
    return f"M{_numbers(list(ring[0]))}l{_numbers(steps)}z"


def country_code(rec: dict[str, str]) -> str:
    for key in ("iso_a3", "adm0_a3", "iso_a3_eh"):
        code = rec.get(key, "")
        if code and code != "-99":
            return code
    return "-99"


def build(src: Source) -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """Rows (code, name, path) sorted by code and name, and counts for the header."""
    records, shapes = read_dbf(src.dbf), read_polygons(src.shp)
    if len(records) != len(shapes):
        raise SystemExit(f"{len(records)} dbf records but {len(shapes)} shapes")
    rows, stats = [], {"rings": 0, "dropped": 0, "points": 0}
    for rec, rings in zip(records, shapes, strict=True):
        kept = [q for q in (quantize(r) for r in rings) if q is not None]
        stats["dropped"] += len(rings) - len(kept)
        if not kept:
            continue
        stats["rings"] += len(kept)
        stats["points"] += sum(len(r) for r in kept)
        name = rec.get("name") or rec.get("admin") or "?"
        rows.append((country_code(rec), name, "".join(ring_path(r) for r in kept)))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows, stats


def render(src: Source, rows: list[tuple[str, str, str]], stats: dict[str, int]) -> str:
    header = [
        "# Country outlines for the map of timeline.html (eventline.io.report).",
        "# Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries",
        "# (naturalearthdata.com), public domain: no permission needed to use or",
        "# redistribute. Taken from the copy bundled by geopandas 0.14.4 as",
        "# naturalearth_lowres (geopandas' edits: ISO_A3 filled from ADM0_A3 for sovereign",
        "# countries coded -99; Crimea drawn with Ukraine); the bundle carries no Natural",
        f"# Earth version number. Read from: {src.name}",
        "# Derived by scripts/build_outlines.py: coordinates quantized to 0.1 degree,",
        "# equirectangular, y = -latitude (the SVG viewBox -180 -90 360 180 scaled by 10),",
        "# repeated points and degenerate rings dropped "
        f"({len(rows)} countries, {stats['rings']} rings, {stats['points']} points, "
        f"{stats['dropped']} rings dropped).",
        "# Columns: iso3 (ISO 3166-1 alpha-3, else Natural Earth's code, else -99), name,",
        "# SVG path in tenths of a degree: M x y absolute, l dx dy relative, z closes a ring.",
    ]
    body = [f"{code}\t{name}\t{path}" for code, name, path in rows]
    return "\n".join(header + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help=".shp, a folder or a wheel/zip holding one")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    src = load_source(args.source)
    rows, stats = build(src)
    text = render(src, rows, stats)
    args.out.write_text(text, encoding="utf-8")
    size = len(text.encode("utf-8"))
    print(f"{args.out}: {len(rows)} countries, {stats['points']} points, {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
