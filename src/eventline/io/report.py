"""Self-contained HTML timeline and a PNG plot of events per day, from a written dataset.

``timeline.html`` embeds its data, CSS and JavaScript (no CDN, works offline): a view of
merged events (rows of ``timeline.parquet`` with their mention counts) and one of mentions,
each event placed by date with its precision drawn as a span, filters by story, actor,
type and country, a time axis rescaled to the filtered rows with zoom (+/−, brush), a
lon/lat point map over country outlines (Natural Earth 110m, public domain, shipped in
``eventline/data/world_110m.tsv``), and a click shows the source sentence (``#event=<id>``,
``#cluster=<id>`` open one directly). The data is compact (column arrays, one string
table, bounded texts, mentions counted per day and type beyond :data:`MAX_MENTION_ROWS`)
so the page stays a few MB at 100k events.
``events_per_day.png`` is a stacked bar chart of day-precise
events per day and PLOVER type (matplotlib, Agg backend).
"""

from __future__ import annotations

import functools
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from eventline.io.atomic import atomic_path, write_text

log = logging.getLogger(__name__)

HTML_NAME = "timeline.html"
PNG_NAME = "events_per_day.png"
MAX_SENTENCE = 600  # characters of the source sentence embedded per event
MAX_MENTION_ROWS = 10_000  # beyond this, mentions are embedded as counts per day and type
MAX_TEXTS = 2_000  # source sentences (mentions) and summaries (clusters) embedded at most
_EPOCH = date(1970, 1, 1)
LAND_FILE = "world_110m.tsv"  # country outlines of the map, in eventline/data


@dataclass(frozen=True, slots=True)
class ReportFiles:
    html: Path
    png: Path | None
    n_events: int


def timeline_records(events: pa.Table, articles: pa.Table | None = None) -> list[dict[str, Any]]:
    """Events as plain JSON-able dicts for the page, sorted by date (undated last)."""
    meta: dict[str, dict[str, Any]] = {}
    if articles is not None and articles.num_rows:
        for a in articles.select(["article_id", "title", "url", "source"]).to_pylist():
            meta[a["article_id"]] = a
    out = []
    cols = [
        "event_id",
        "article_id",
        "source",
        "sentence",
        "trigger",
        "event_type",
        "actor_canonical",
        "actor",
        "target_canonical",
        "target",
        "location_canonical",
        "country_code",
        "date_text",
        "date_start",
        "date_end",
        "date_precision",
        "story_id",
        "modality",
        "fatalities",
        "latitude",
        "longitude",
        "cluster_id",
    ]
    events = events.select(cols)
    # row dicts one slice at a time (issue 12: not a second copy of the whole dataset)
    rows = (
        r for k in range(0, events.num_rows, 20_000) for r in events.slice(k, 20_000).to_pylist()
    )
    for r in rows:
        a = meta.get(r["article_id"], {})
        start, end = r["date_start"], r["date_end"] or r["date_start"]
        out.append(
            {
                "id": r["event_id"],
                "start": start.isoformat() if isinstance(start, date) else None,
                "end": end.isoformat() if isinstance(end, date) else None,
                "precision": r["date_precision"] or "unknown",
                "date_text": r["date_text"] or "",
                "type": r["event_type"] or "",
                "actor": r["actor_canonical"] or r["actor"] or "",
                "target": r["target_canonical"] or r["target"] or "",
                "location": r["location_canonical"] or "",
                "lat": r["latitude"],
                "lon": r["longitude"],
                "cluster": r["cluster_id"] or "",
                "country": r["country_code"] or "",
                "story": r["story_id"] or "",
                "trigger": r["trigger"] or "",
                "modality": r["modality"] or "",
                "fatalities": r["fatalities"],
                "sentence": (r["sentence"] or "")[:MAX_SENTENCE],
                "article": a.get("title") or "",
                "url": a.get("url") or "",
                "source": r["source"] or a.get("source") or "",
            }
        )
    out.sort(key=lambda e: (e["start"] is None, e["start"] or "", e["end"] or "", e["id"]))
    return out


class _Strings:
    """A deduplicated string table: index 0 is the empty string."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def __call__(self, s: str | None) -> int:
        if not s:
            return 0
        i = self._index.get(s)
        if i is None:
            i = self._index[s] = len(self.items)
            self.items.append(s)
        return i


def _day(iso: str | None) -> int | None:
    return None if iso is None else (date.fromisoformat(iso) - _EPOCH).days


def _coord(v: float | None) -> float | None:
    # 0.1° (~11 km) is finer than the page's map, which groups points by 1° cells
    return None if v is None or v != v else round(float(v), 1)


_OPTIONAL = ("b", "tg", "mo", "fa", "y", "x", "ac", "lo", "co", "st")


def _pack(cols: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Drop optional columns with no value; start days ``sd`` as deltas ``da`` (rows are
    sorted by date, so the deltas are small)."""
    out = {k: v for k, v in cols.items() if k not in _OPTIONAL or any(v)}
    prev, deltas = 0, []
    for a in out.pop("sd"):
        deltas.append(None if a is None else a - prev)
        prev = prev if a is None else a
    out["da"] = deltas
    return out


def unpack(data: dict[str, Any]) -> dict[str, Any]:
    """The page data with absolute start days ``sd`` again (the page's script does the same)."""
    for part in (data["c"], data["m"], data["agg"]):
        if part is not None:
            prev, days = 0, []
            for d in part["da"]:
                prev = prev if d is None else prev + d
                days.append(None if d is None else prev)
            part["sd"] = days
    return data


def _cluster_dict(r: dict[str, Any]) -> dict[str, Any]:
    """One row of ``timeline.parquet`` as the page's merged-event dict."""
    start, end = r["date_start"], r["date_end"] or r["date_start"]
    return {
        "id": r["cluster_id"] or "",
        "start": start.isoformat() if isinstance(start, date) else None,
        "end": end.isoformat() if isinstance(end, date) else None,
        "precision": r["date_precision"] or "unknown",
        "type": r["event_type"] or "",
        "actor": r["actor"] or "",
        "target": r["target"] or "",
        "location": r["location"] or "",
        "country": r["country_code"] or "",
        "story": r["story_id"] or "",
        "modality": r["modality"] or "",
        "fatalities": r["fatalities"],
        "n": r["n_mentions"] or len(r["event_ids"] or ()),
        "n_articles": r["n_articles"] or 0,
        "n_sources": len(set(r["sources"] or ())),
        "lat": r["latitude"],
        "lon": r["longitude"],
        "summary": r["summary"] or "",
        "event_ids": r["event_ids"] or [],
    }


def cluster_records(
    timeline: pa.Table | None, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Merged events (rows of ``timeline.parquet``) as dicts for the page, sorted by date;
    without a timeline table, each mention is its own merged event."""
    if timeline is not None and timeline.num_rows:
        out = [_cluster_dict(r) for r in timeline.to_pylist()]
    else:
        groups: dict[str, list[dict[str, Any]]] = {}
        for m in records:
            groups.setdefault(m["cluster"] or m["id"], []).append(m)
        out = [
            {
                **{k: ms[0][k] for k in _SHARED},
                "id": cid,
                "n": len(ms),
                "n_articles": len({m["article"] or m["source"] for m in ms}),
                "n_sources": len({m["source"] for m in ms}),
                "summary": ms[0]["sentence"],
                "event_ids": [m["id"] for m in ms],
            }
            for cid, ms in groups.items()
        ]
    out.sort(key=lambda e: (e["start"] is None, e["start"] or "", e["end"] or "", e["id"]))
    return out


_SHARED = (
    "start", "end", "precision", "type", "actor", "target", "location", "country", "story",
    "modality", "fatalities", "lat", "lon",
)  # fmt: skip


_COLUMN_KEYS = ("sd", "b", "p", "t", "ac", "tg", "lo", "co", "st", "mo", "fa", "y", "x")


def _add_row(cols: dict[str, list[Any]], r: dict[str, Any], strings: _Strings) -> None:
    a, b = _day(r["start"]), _day(r["end"])
    cols["sd"].append(a)
    cols["b"].append(None if a is None or b is None else b - a)
    for key, name in (("p", "precision"), ("t", "type"), ("ac", "actor"),
                      ("tg", "target"), ("lo", "location"), ("co", "country"),
                      ("st", "story"), ("mo", "modality")):  # fmt: skip
        cols[key].append(strings(r[name]))
    cols["fa"].append(r["fatalities"])
    cols["y"].append(_coord(r["lat"]))
    cols["x"].append(_coord(r["lon"]))


def _columns(rows: list[dict[str, Any]], strings: _Strings) -> dict[str, list[Any]]:
    """Columns shared by mentions and merged events: days since 1970, string indices."""
    cols: dict[str, list[Any]] = {k: [] for k in _COLUMN_KEYS}
    for r in rows:
        _add_row(cols, r, strings)
    return cols


def _cluster_columns(clusters: Iterable[dict[str, Any]], s: _Strings) -> dict[str, list[Any]]:
    """The merged events' columns, read once (``clusters`` may be a stream of dicts)."""
    c: dict[str, list[Any]] = {k: [] for k in (*_COLUMN_KEYS, "id", "n", "na", "ns")}
    texts: list[str] = []
    for r in clusters:
        _add_row(c, r, s)
        c["id"].append(r["id"])
        c["n"].append(r["n"])
        c["na"].append(r["n_articles"])
        c["ns"].append(r["n_sources"])
        if len(texts) < MAX_TEXTS:
            texts.append(r["summary"][:MAX_SENTENCE])
    # summaries enter the string table after every other string of the merged events
    c["su"] = [s(t) for t in texts] + [0] * (len(c["id"]) - len(texts))
    return c


def _aggregate(day_types: Iterable[tuple[int | None, str]], s: _Strings) -> dict[str, list[Any]]:
    """Mentions counted per day and type (a stream of ``(day, type)`` in page order)."""
    per: Counter[tuple[int | None, int]] = Counter((d, s(t)) for d, t in day_types)
    keys = sorted(per, key=lambda k: (k[0] is None, k[0] or 0, k[1]))
    return {"sd": [k[0] for k in keys], "t": [k[1] for k in keys], "n": [per[k] for k in keys]}


def page_data(records: list[dict[str, Any]], clusters: list[dict[str, Any]]) -> dict[str, Any]:
    """The page's compact data: column arrays, a shared string table, texts bounded
    (:data:`MAX_TEXTS`), mentions as counts per day and type beyond :data:`MAX_MENTION_ROWS`."""
    s = _Strings()
    data: dict[str, Any] = {"s": s.items, "c": _pack(_cluster_columns(clusters, s))}
    data["nm"] = len(records)
    data["m"] = data["agg"] = None
    if len(records) <= MAX_MENTION_ROWS:
        row_of = {eid: i for i, r in enumerate(clusters) for eid in r["event_ids"]}
        m = _columns(records, s)
        m["id"] = [r["id"] for r in records]
        m["cl"] = [row_of.get(r["id"], -1) for r in records]
        m["tr"] = [s(r["trigger"]) for r in records]
        m["dt"] = [s(r["date_text"]) for r in records]
        m["ti"] = [s(r["article"]) for r in records]
        m["u"] = [s(r["url"]) for r in records]
        m["so"] = [s(r["source"]) for r in records]
        m["sx"] = [s(r["sentence"]) if i < MAX_TEXTS else 0 for i, r in enumerate(records)]
        data["m"] = _pack(m)
    else:
        data["agg"] = _pack(_aggregate(((_day(r["start"]), r["type"]) for r in records), s))
    return data


def _json_for_script(data: Any) -> str:
    # inside <script>, "</" would end the element and U+2028/9 break old parsers
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


@functools.cache
def land_path() -> str:
    """One SVG path of every country outline, in tenths of a degree (x = lon, y = −lat),
    read once from the package's ``data/world_110m.tsv`` (see scripts/build_outlines.py)."""
    from eventline import data

    return "".join(r[2] for r in data.rows(LAND_FILE))


def render_html(
    records: list[dict[str, Any]],
    title: str = "eventline timeline",
    clusters: list[dict[str, Any]] | None = None,
) -> str:
    """The complete page for ``records`` (from :func:`timeline_records`) and merged events
    ``clusters`` (from :func:`cluster_records`; derived from ``records`` when None)."""
    if clusters is None:
        clusters = cluster_records(None, records)
    return _render(page_data(records, clusters), title)


def _render(data: dict[str, Any], title: str = "eventline timeline") -> str:
    safe_title = (
        title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
    return (
        _PAGE.replace("__TITLE__", safe_title)
        .replace("__CSS__", _CSS)
        .replace("__JS__", _JS)
        .replace("__LAND__", land_path())
        .replace("__DATA__", _json_for_script(data))
    )


def plot_events_per_day(records: list[dict[str, Any]], path: Path) -> Path | None:
    """Stacked bars of day-precise events per day and type; None when there are none.

    Drawn on a bare Agg canvas (no ``pyplot``: its import is half the cost of a small
    plot, and it keeps global figure state), one collection of rectangles per type
    (not one artist per bar), zero-height bars left out."""
    counts: Counter[tuple[str, str]] = Counter(
        (r["start"], r["type"] or "?") for r in records if r["precision"] == "day" and r["start"]
    )
    return plot_day_counts(counts, len(records), path)


def plot_day_counts(counts: Counter[tuple[str, str]], n_events: int, path: Path) -> Path | None:
    """:func:`plot_events_per_day` from the counts of day-precise events per (ISO day,
    type) and the number of events; None when there are none."""
    from matplotlib import colormaps
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PolyCollection
    from matplotlib.dates import date2num
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    n_days = sum(counts.values())
    if not n_days:
        return None
    all_days = sorted({d for d, _ in counts})
    types = sorted({t for _, t in counts})
    xs = date2num([date.fromisoformat(d) for d in all_days])
    fig = Figure(figsize=(10, 4), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.xaxis_date()
    bottom = [0] * len(all_days)
    cmap = colormaps["tab20"]
    handles = []
    for i, t in enumerate(types):
        ys = [counts.get((d, t), 0) for d in all_days]
        boxes = [
            ((x - 0.4, b), (x + 0.4, b), (x + 0.4, b + y), (x - 0.4, b + y))
            for x, b, y in zip(xs, bottom, ys, strict=True)
            if y
        ]
        bars = PolyCollection(boxes, facecolors=[cmap(i % 20)], edgecolors="none")
        bars.sticky_edges.y.append(0)  # bars stand on the axis, as ``Axes.bar`` draws them
        ax.add_collection(bars)
        handles.append(Patch(facecolor=cmap(i % 20), label=t))
        bottom = [b + y for b, y in zip(bottom, ys, strict=True)]
    ax.autoscale_view()
    ax.set_ylabel("events")
    undated = n_events - n_days
    ax.set_title(f"Events per day by type ({n_days} day-precise, {undated} other)")
    ax.legend(handles=handles, fontsize=7, ncol=2, loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png")
    return path


def is_stale(out_dir: Path) -> bool:
    """Whether ``timeline.html`` is missing or older than ``articles.parquet`` (a run
    stopped between its last table and its report)."""
    from eventline.io import parquet as store

    html, articles = out_dir / HTML_NAME, out_dir / store.ARTICLES
    if not articles.exists():
        return False
    return not html.exists() or html.stat().st_mtime_ns < articles.stat().st_mtime_ns


def write_report(out_dir: Path) -> ReportFiles:
    """Write ``timeline.html`` and ``events_per_day.png`` from the dataset in ``out_dir``.

    Beyond :data:`MAX_MENTION_ROWS` events the page embeds no mention row, and the same
    page is made from a few columns read in date order one slice at a time (issue 12:
    memory flat), not from a dict per event and per merged event."""
    from eventline.io import parquet as store

    events = store.read_events(out_dir, columns=_EVENT_KEYS)
    timeline = store.read_table(out_dir / store.TIMELINE, store.TIMELINE_SCHEMA, _TIMELINE_KEYS)
    if events.num_rows > MAX_MENTION_ROWS and timeline.num_rows:
        return _write_large_report(out_dir, events, timeline)
    del events
    events = store.read_events(out_dir)
    articles = store.read_table(out_dir / store.ARTICLES, store.ARTICLES_SCHEMA)
    records = timeline_records(events, articles)
    clusters = cluster_records(timeline, records)
    html_path = out_dir / HTML_NAME
    write_text(render_html(records, clusters=clusters), html_path)
    png = plot_events_per_day(records, out_dir / PNG_NAME)
    log.info("timeline: %d events → %s", len(records), html_path)
    return ReportFiles(html_path, png, len(records))


_EVENT_KEYS = ["event_id", "event_type", "date_start", "date_end", "date_precision"]
_TIMELINE_KEYS = [
    "cluster_id", "story_id", "event_type", "date_start", "date_end", "date_precision",
    "actor", "target", "location", "country_code", "latitude", "longitude", "fatalities",
    "modality", "sources", "event_ids", "n_mentions", "n_articles", "summary",
]  # fmt: skip


def _page_order(table: pa.Table, id_column: str) -> pa.Array:
    """Row order of the page's sort key ``(start is None, start, end or start, id)``
    (Arrow's sort is stable; UTF-8 byte order is Python's code-point order)."""
    start = table["date_start"]
    end = pc.coalesce(table["date_end"], start)
    zero = pa.scalar(_EPOCH, pa.date32())
    columns = [
        pc.is_null(start),
        pc.fill_null(start, zero),
        pc.is_valid(end),
        pc.fill_null(end, zero),
        pc.fill_null(table[id_column], ""),
    ]
    keys = pa.table(columns, names=[f"k{n}" for n in range(len(columns))])
    return pc.sort_indices(keys, sort_keys=[(name, "ascending") for name in keys.column_names])


def _rows_in(table: pa.Table, order: pa.Array, batch_rows: int = 20_000) -> Iterator[dict]:
    """The rows of ``table`` in ``order`` as dicts, one slice at a time."""
    for k in range(0, len(order), batch_rows):
        yield from table.take(order[k : k + batch_rows]).to_pylist()


def _write_large_report(out_dir: Path, events: pa.Table, timeline: pa.Table) -> ReportFiles:
    """:func:`write_report`'s page and plot for a store of more than
    :data:`MAX_MENTION_ROWS` events (mentions embedded as counts per day and type)."""
    s = _Strings()
    clusters = (_cluster_dict(r) for r in _rows_in(timeline, _page_order(timeline, "cluster_id")))
    data: dict[str, Any] = {"s": s.items, "c": _pack(_cluster_columns(clusters, s))}
    data["nm"] = events.num_rows
    data["m"] = None
    per_day: Counter[tuple[str, str]] = Counter()

    def day_types() -> Iterator[tuple[int | None, str]]:
        for r in _rows_in(events, _page_order(events, "event_id")):
            start = r["date_start"]
            if r["date_precision"] == "day" and start is not None:
                per_day[(start.isoformat(), r["event_type"] or "?")] += 1
            yield (None if start is None else (start - _EPOCH).days), r["event_type"] or ""

    data["agg"] = _pack(_aggregate(day_types(), s))
    html_path = out_dir / HTML_NAME
    write_text(_render(data), html_path)
    del data
    png = plot_day_counts(per_day, events.num_rows, out_dir / PNG_NAME)
    log.info("timeline: %d events → %s", events.num_rows, html_path)
    return ReportFiles(html_path, png, events.num_rows)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title><style>__CSS__</style></head>
<body>
<header><h1>__TITLE__</h1>
<div id="filters">
 <span id="views"><label><input type="radio" name="view" value="clusters" checked>
 merged events</label>
 <label><input type="radio" name="view" value="mentions"> mentions</label></span>
 <label>story <select id="f-story"></select></label>
 <label>actor <select id="f-actor"></select></label>
 <label>type <select id="f-type"></select></label>
 <label>country <select id="f-country"></select></label>
 <span id="zoom"><button id="z-out" title="zoom out">&minus;</button><button id="z-in"
 title="zoom in">+</button><button id="z-reset" title="whole range">reset</button></span>
 <span id="count"></span>
</div></header>
<main><div id="axis" title="drag to zoom on a period"><div id="brush"></div></div>
<div id="rows"></div></main>
<aside><svg id="map" viewBox="-180 -90 360 180" preserveAspectRatio="xMidYMid meet"><path
 id="land" class="land" transform="scale(.1)" d="__LAND__"/></svg>
<p id="map-note" class="hint"></p>
<div id="detail"><p class="hint">Click a row to see its source sentence.</p></div></aside>
<script id="data" type="application/json">__DATA__</script>
<script>__JS__</script>
</body></html>
"""

_CSS = """
body{font:13px/1.4 system-ui,sans-serif;margin:0;color:#222;display:grid;
 grid-template-columns:1fr 340px;grid-template-rows:auto 1fr;height:100vh}
header{grid-column:1/3;padding:8px 12px;border-bottom:1px solid #ccc;background:#f7f7f7}
h1{font-size:16px;margin:0 0 6px}
#filters label{margin-right:10px}#filters select{max-width:160px}
#views{margin-right:12px}#zoom{margin-right:10px}#zoom button{min-width:26px}
#count{color:#666}
main{overflow:auto;padding:0 12px 12px;position:relative}
#axis{position:sticky;top:0;height:22px;background:#fff;border-bottom:1px solid #ddd;
 margin-left:230px;z-index:2;cursor:crosshair;user-select:none}
#brush{position:absolute;top:0;height:22px;background:rgba(31,119,180,.25);display:none}
.tick{position:absolute;top:2px;font-size:10px;color:#666;border-left:1px solid #ccc;
 padding-left:2px;pointer-events:none;white-space:nowrap}
#rows{position:relative}
.row{display:flex;align-items:center;height:20px;cursor:pointer;position:absolute;left:0;
 right:0}
.row:hover{background:#eef4ff}.row.sel{background:#dde8ff}
.label{width:226px;flex:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;
 padding-right:4px;font-size:11px}
.badge{font-size:10px;color:#fff;background:#555;border-radius:7px;padding:0 5px;margin-right:3px}
.track{position:relative;flex:1;height:14px;overflow:hidden}
.span{position:absolute;height:12px;top:1px;border-radius:3px;min-width:4px;opacity:.85}
.span.imprecise{opacity:.45;border:1px dashed #333}
.undated{font-size:10px;color:#999}
aside{border-left:1px solid #ccc;padding:10px;overflow:auto;background:#fafafa}
#map{width:100%;height:160px;background:#eef3f8;border:1px solid #ccd}
#map .grid{stroke:#c5cfdb;stroke-width:.4;fill:none}
#map .land{fill:#dfe3d6;stroke:#9aa38f;stroke-width:.5px;vector-effect:non-scaling-stroke}
#map circle{fill-opacity:.8;stroke:#222;stroke-width:.3}
aside blockquote{margin:6px 0;padding:6px;border-left:3px solid #888;background:#fff}
aside dt{font-weight:600}aside dd{margin:0 0 4px}
aside li{cursor:pointer;color:#1a5fb4}
.hint{color:#888}
"""

_JS = r"""
(function(){
const D = JSON.parse(document.getElementById('data').textContent);
const S = D.s, DAY = 86400000, ROW = 20, str = i => S[i] || '';
for (const part of [D.c, D.m, D.agg]) {  // start days are stored as deltas
  if (!part) continue;
  let prev = 0;
  part.sd = part.da.map(d => d == null ? null : (prev += d));
}
const palette = ['#1f77b4','#ff7f0e','#2ca02c','#d62728','#9467bd','#8c564b','#e377c2',
 '#7f7f7f','#bcbd22','#17becf','#393b79','#637939','#8c6d31','#843c39','#7b4173','#3182bd'];
const V = {clusters: {kind: 'clusters', c: D.c, n: D.c.id.length}};
V.mentions = D.m ? {kind: 'mentions', c: D.m, n: D.m.id.length}
  : {kind: 'days', c: D.agg, n: D.agg.n.length};
const typeIdx = [...new Set(D.c.t.concat(V.mentions.c.t))].sort((x, y) =>
  str(x) < str(y) ? -1 : str(x) > str(y) ? 1 : 0);
const color = t => palette[Math.max(typeIdx.indexOf(t), 0) % palette.length];
const FKEYS = {story: 'st', actor: 'ac', type: 't', country: 'co'};
const sel = {};
for (const k in FKEYS) {
  sel[k] = document.getElementById('f-' + k);
  sel[k].addEventListener('change', () => { draw(true); });
}
let cur = 'clusters', zoom = null, shown = [], lo = 0, hi = 1, selected = null;
const col = (v, k, i) => v.c[k] ? v.c[k][i] : undefined;
const iso = d => new Date(d * DAY).toISOString().slice(0, 10);
function fillFilters() {
  const v = V[cur];
  for (const k in FKEYS) {
    const el = sel[k], key = FKEYS[k], prev = el.value, counts = new Map();
    el.textContent = '';
    el.disabled = !v.c[key];
    if (v.c[key]) {
      const w = v.c.n && v.kind === 'days' ? v.c.n : null;
      v.c[key].forEach((s, i) => { if (s) counts.set(s, (counts.get(s) || 0) + (w ? w[i] : 1)); });
    }
    const opts = [['', 'all']].concat([...counts.keys()]
      .sort((a, b) => counts.get(b) - counts.get(a)).slice(0, 500)
      .map(s => [String(s), str(s) + ' (' + counts.get(s) + ')']));
    for (const [val, label] of opts) {
      const o = document.createElement('option');
      o.value = val; o.textContent = label; el.appendChild(o);
    }
    el.value = counts.has(+prev) ? prev : '';
  }
}
const span = (v, i) => { const a = col(v, 'sd', i), b = col(v, 'b', i) || 0;
  return a == null ? null : [a, a + b + 1]; };
function filter() {
  const v = V[cur], active = [];
  for (const k in FKEYS) {
    if (sel[k].value && v.c[FKEYS[k]]) active.push([v.c[FKEYS[k]], +sel[k].value]);
  }
  const idx = [];
  for (let i = 0; i < v.n; i++) if (active.every(([c, s]) => c[i] === s)) idx.push(i);
  let mn = Infinity, mx = -Infinity;
  for (const i of idx) {
    const s = span(v, i);
    if (s) { mn = Math.min(mn, s[0]); mx = Math.max(mx, s[1]); }
  }
  if (zoom) {
    [lo, hi] = zoom;
    shown = idx.filter(i => { const s = span(v, i); return s && s[0] < hi && s[1] > lo; });
  } else {
    [lo, hi] = mn <= mx ? [mn, Math.max(mx, mn + 1)] : [0, 1];
    shown = idx;
  }
}
const pct = d => (100 * (d - lo) / Math.max(hi - lo, 1)).toFixed(3) + '%';
function axis() {
  const ax = document.getElementById('axis');
  ax.querySelectorAll('.tick').forEach(t => t.remove());
  const n = 8;
  for (let i = 0; i < n; i++) {
    const d = lo + (hi - lo) * i / n, t = document.createElement('div');
    t.className = 'tick'; t.style.left = pct(d); t.textContent = iso(Math.floor(d));
    ax.appendChild(t);
  }
}
function sum(arr, idx) { let s = 0; for (const i of idx) s += arr[i]; return s; }
function count() {
  const v = V[cur], el = document.getElementById('count');
  if (v.kind === 'clusters')
    el.textContent = shown.length + ' / ' + v.n + ' merged events ('
      + sum(v.c.n, shown) + ' mentions)';
  else if (v.kind === 'mentions') el.textContent = shown.length + ' / ' + v.n + ' events';
  else el.textContent = sum(v.c.n, shown) + ' / ' + D.nm
    + ' events (too many to list: counts per day and type)';
}
function label(v, i) {
  const a = col(v, 'sd', i), d = a == null ? '????' : iso(a), t = str(col(v, 't', i));
  if (v.kind === 'days') return d + ' ' + t + ' \u00d7' + v.c.n[i];
  const lo_ = str(col(v, 'lo', i));
  return d + ' ' + t + ' ' + str(col(v, 'ac', i)) + (lo_ ? ' @ ' + lo_ : '');
}
function rowEl(v, i, k) {
  const row = document.createElement('div'); row.className = 'row';
  if (selected && selected[0] === v.kind && selected[1] === i) row.classList.add('sel');
  row.style.top = (k * ROW) + 'px';
  row.dataset.id = v.c.id ? v.c.id[i] : String(i);
  const lab = document.createElement('div'); lab.className = 'label';
  if (v.kind === 'clusters') {
    const b = document.createElement('span'); b.className = 'badge'; b.textContent = v.c.n[i];
    b.title = v.c.n[i] + ' mentions, ' + v.c.ns[i] + ' sources'; lab.appendChild(b);
  }
  lab.appendChild(document.createTextNode(label(v, i)));
  lab.title = lab.textContent;
  const tr = document.createElement('div'); tr.className = 'track';
  const s = span(v, i);
  if (s) {
    const sp = document.createElement('div'), p = str(col(v, 'p', i)) || 'day';
    sp.className = 'span' + (p === 'day' ? '' : ' imprecise');
    sp.style.left = pct(s[0]); sp.style.width = pct(lo + s[1] - s[0]);
    sp.style.background = color(col(v, 't', i)); sp.title = p;
    tr.appendChild(sp);
  } else {
    const u = document.createElement('span'); u.className = 'undated'; u.textContent = 'undated';
    tr.appendChild(u);
  }
  row.appendChild(lab); row.appendChild(tr);
  row.addEventListener('click', () => detail(v.kind, i));
  return row;
}
const mainEl = document.querySelector('main'), rowsEl = document.getElementById('rows');
function drawRows() {
  const v = V[cur];
  rowsEl.textContent = ''; rowsEl.style.height = (shown.length * ROW) + 'px';
  const top = Math.max(0, mainEl.scrollTop - 22), h = mainEl.clientHeight || 800;
  const k0 = Math.max(0, Math.floor(top / ROW) - 20);
  const k1 = Math.min(shown.length, k0 + Math.ceil(h / ROW) + 40);
  const frag = document.createDocumentFragment();
  for (let k = k0; k < k1; k++) frag.appendChild(rowEl(v, shown[k], k));
  rowsEl.appendChild(frag);
}
let pending = false;
mainEl.addEventListener('scroll', () => {
  if (pending) return; pending = true;
  requestAnimationFrame(() => { pending = false; drawRows(); });
});
const NS = 'http://www.w3.org/2000/svg';
const LAND = document.getElementById('land');  // country outlines, kept across redraws
function map() {
  const svg = document.getElementById('map'), v = V[cur];
  svg.textContent = '';
  const g = document.createElementNS(NS, 'path'); let d = '';
  for (let x = -180; x <= 180; x += 30) d += 'M' + x + ' -90V90';
  for (let y = -90; y <= 90; y += 30) d += 'M-180 ' + y + 'H180';
  g.setAttribute('d', d); g.setAttribute('class', 'grid'); svg.appendChild(g);
  if (LAND) svg.appendChild(LAND);
  const note = document.getElementById('map-note');
  if (!v.c.y || !v.c.x) { note.textContent = 'no coordinates in this view'; return; }
  const cells = new Map();
  for (const i of shown) {
    const y = v.c.y[i], x = v.c.x[i]; if (y == null || x == null) continue;
    const key = Math.round(y) + ',' + Math.round(x), c = cells.get(key);
    const w = v.kind === 'clusters' ? v.c.n[i] : 1;
    if (c) c[2] += w; else cells.set(key, [y, x, w, col(v, 't', i)]);
  }
  let n = 0;
  for (const [y, x, w, t] of cells.values()) {
    const c = document.createElementNS(NS, 'circle');
    c.setAttribute('cx', x); c.setAttribute('cy', -y); c.setAttribute('r', 2 + 1.5 * Math.log2(w));
    c.setAttribute('fill', color(t));
    const ti = document.createElementNS(NS, 'title');
    ti.textContent = w + ' mention(s) near ' + y.toFixed(1) + ', ' + x.toFixed(1);
    c.appendChild(ti); svg.appendChild(c); n += w;
  }
  note.textContent = n + ' located mentions (outlines: Natural Earth 110m)';
}
function draw(refilter) {
  if (refilter) filter();
  axis(); count(); drawRows(); map();
}
function dl(box, rows) {
  const list = document.createElement('dl');
  for (const [k, val, url] of rows) {
    if (!val) continue;
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd');
    if (url && /^https?:/.test(url)) {
      const a = document.createElement('a');
      a.href = url; a.textContent = val; a.rel = 'noreferrer'; dd.appendChild(a);
    } else dd.textContent = val;
    list.appendChild(dt); list.appendChild(dd);
  }
  box.appendChild(list);
}
function dateText(v, i) {
  const s = span(v, i); if (!s) return 'undated';
  const a = iso(s[0]), b = iso(s[1] - 1);
  return a + (b !== a ? ' \u2192 ' + b : '') + ' (' + (str(col(v, 'p', i)) || 'day') + ')';
}
function detail(kind, i) {
  selected = [kind, i]; drawRows();
  const v = V[cur], box = document.getElementById('detail'); box.textContent = '';
  const h = document.createElement('h2'); box.appendChild(h);
  const q = document.createElement('blockquote');
  const common = [['actor', str(col(v, 'ac', i))], ['target', str(col(v, 'tg', i))],
    ['location', str(col(v, 'lo', i))], ['country', str(col(v, 'co', i))],
    ['modality', str(col(v, 'mo', i))],
    ['fatalities', col(v, 'fa', i) == null ? '' : String(col(v, 'fa', i))],
    ['story', str(col(v, 'st', i))]];
  if (kind === 'days') {
    h.textContent = str(v.c.t[i]) + ' \u2014 ' + v.c.n[i] + ' mentions';
    dl(box, [['date', dateText(v, i)]]); return;
  }
  if (kind === 'clusters') {
    h.textContent = 'merged event: ' + str(v.c.t[i]) + ' \u2014 ' + v.c.n[i] + ' mentions';
    q.textContent = str(v.c.su[i]) || '(summary not embedded: see timeline.parquet)';
    box.appendChild(q);
    dl(box, [['date', dateText(v, i)]].concat(common, [['mentions', String(v.c.n[i])],
      ['articles', String(v.c.na[i])], ['sources', String(v.c.ns[i])],
      ['merged event id', v.c.id[i]]]));
    if (D.m) {
      const ul = document.createElement('ul');
      D.m.cl.forEach((c, j) => { if (c !== i) return;
        const li = document.createElement('li'); li.textContent = label(V.mentions, j);
        li.addEventListener('click', () => open('mentions', j)); ul.appendChild(li); });
      box.appendChild(ul);
    }
    return;
  }
  h.textContent = str(v.c.t[i]) + ' \u2014 ' + str(v.c.tr[i]);
  q.textContent = str(v.c.sx[i]) || '(sentence not embedded: see the events table)';
  box.appendChild(q);
  const dt = str(v.c.dt[i]), ds = dateText(v, i);
  dl(box, [['date', dt ? ds.replace(/\)$/, ', "' + dt + '")') : ds]].concat(common,
    [['article', str(v.c.ti[i])], ['source', str(v.c.so[i]), str(v.c.u[i])],
     ['event id', v.c.id[i]]]));
  const c = v.c.cl[i];
  if (c >= 0) {
    const p = document.createElement('p'), a = document.createElement('a');
    a.href = '#cluster=' + encodeURIComponent(D.c.id[c]);
    a.textContent = 'merged event ' + D.c.id[c] + ' (' + D.c.n[c] + ' mentions)';
    a.addEventListener('click', ev => { ev.preventDefault(); open('clusters', c); });
    p.appendChild(a); box.appendChild(p);
  }
}
function setView(kind) {
  cur = kind;
  document.querySelectorAll('input[name=view]').forEach(r => { r.checked = r.value === cur; });
  fillFilters();
}
function open(view, i) {
  if (V[view === 'clusters' ? 'clusters' : 'mentions'].kind !== view) return;
  setView(view); filter();
  if (shown.indexOf(i) < 0) { for (const k in sel) sel[k].value = ''; zoom = null; filter(); }
  const k = shown.indexOf(i);
  mainEl.scrollTop = Math.max(0, k * ROW - mainEl.clientHeight / 2);
  draw(false); detail(view, i);
}
document.querySelectorAll('input[name=view]').forEach(r => r.addEventListener('change', () => {
  selected = null; setView(r.value); draw(true);
}));
function zoomBy(f) {
  const c = (lo + hi) / 2, w = Math.max((hi - lo) * f, 1);
  zoom = [Math.floor(c - w / 2), Math.ceil(c + w / 2)]; draw(true);
}
document.getElementById('z-in').addEventListener('click', () => zoomBy(0.5));
document.getElementById('z-out').addEventListener('click', () => zoomBy(2));
document.getElementById('z-reset').addEventListener('click', () => { zoom = null; draw(true); });
const ax = document.getElementById('axis'), brush = document.getElementById('brush');
let drag = null;
const frac = e => { const r = ax.getBoundingClientRect();
  return Math.min(1, Math.max(0, (e.clientX - r.left) / Math.max(r.width, 1))); };
ax.addEventListener('mousedown', e => { drag = frac(e); brush.style.display = 'block';
  brush.style.left = (100 * drag) + '%'; brush.style.width = '0'; e.preventDefault(); });
window.addEventListener('mousemove', e => { if (drag == null) return; const f = frac(e);
  brush.style.left = (100 * Math.min(f, drag)) + '%';
  brush.style.width = (100 * Math.abs(f - drag)) + '%'; });
window.addEventListener('mouseup', e => {
  if (drag == null) return;
  const f = frac(e), a = Math.min(f, drag), b = Math.max(f, drag); drag = null;
  brush.style.display = 'none';
  const d0 = Math.floor(lo + a * (hi - lo)), d1 = Math.ceil(lo + b * (hi - lo));
  if (d1 - d0 >= 1 && b - a > 0.005) { zoom = [d0, d1]; draw(true); }
});
setView(V.clusters.n ? 'clusters' : 'mentions'); draw(true);
// deep links: #event=<event_id> (a mention), #cluster=<cluster_id> (a merged event)
const m = /^#(event|cluster)=(.+)$/.exec(location.hash);
if (m) {
  const id = decodeURIComponent(m[2]);
  if (m[1] === 'cluster') { const i = D.c.id.indexOf(id); if (i >= 0) open('clusters', i); }
  else if (D.m) { const i = D.m.id.indexOf(id); if (i >= 0) open('mentions', i); }
}
})();
"""
