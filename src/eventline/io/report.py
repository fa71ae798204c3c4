"""Self-contained HTML timeline and a PNG plot of events per day, from a written dataset.

``timeline.html`` embeds its data, CSS and JavaScript (no CDN, works offline): one row per
event placed by date, the date precision drawn as a span (a day is a dot-wide bar, a
month a month-wide bar), filters by story, actor, type and country, and a click shows the
source sentence and article (``timeline.html#event=<id>`` opens one directly).
``events_per_day.png`` is a stacked bar chart of day-precise
events per day and PLOVER type (matplotlib, Agg backend).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventline.io.atomic import atomic_path, write_text

log = logging.getLogger(__name__)

HTML_NAME = "timeline.html"
PNG_NAME = "events_per_day.png"
MAX_SENTENCE = 600  # characters of the source sentence embedded per event


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
    ]
    for r in events.select(cols).to_pylist():
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


def _json_for_script(data: Any) -> str:
    # inside <script>, "</" would end the element and U+2028/9 break old parsers
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(records: list[dict[str, Any]], title: str = "eventline timeline") -> str:
    """The complete page for ``records`` (from :func:`timeline_records`)."""
    safe_title = (
        title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
    return (
        _PAGE.replace("__TITLE__", safe_title)
        .replace("__CSS__", _CSS)
        .replace("__JS__", _JS)
        .replace("__DATA__", _json_for_script(records))
    )


def plot_events_per_day(records: list[dict[str, Any]], path: Path) -> Path | None:
    """Stacked bars of day-precise events per day and type; None when there are none."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = [r for r in records if r["precision"] == "day" and r["start"]]
    if not days:
        return None
    counts: Counter[tuple[str, str]] = Counter((r["start"], r["type"] or "?") for r in days)
    all_days = sorted({d for d, _ in counts})
    types = sorted({t for _, t in counts})
    xs = [date.fromisoformat(d) for d in all_days]
    fig, ax = plt.subplots(figsize=(10, 4), dpi=100)
    bottom = [0] * len(all_days)
    cmap = plt.get_cmap("tab20")
    for i, t in enumerate(types):
        ys = [counts.get((d, t), 0) for d in all_days]
        ax.bar(xs, ys, bottom=bottom, label=t, color=cmap(i % 20), width=0.8)  # type: ignore[arg-type]
        bottom = [b + y for b, y in zip(bottom, ys, strict=True)]
    ax.set_ylabel("events")
    undated = len(records) - len(days)
    ax.set_title(f"Events per day by type ({len(days)} day-precise, {undated} other)")
    ax.legend(fontsize=7, ncol=2, loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png")
    plt.close(fig)
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
    """Write ``timeline.html`` and ``events_per_day.png`` from the dataset in ``out_dir``."""
    from eventline.io import parquet as store

    events = store.read_events(out_dir)
    articles = store.read_table(out_dir / store.ARTICLES, store.ARTICLES_SCHEMA)
    records = timeline_records(events, articles)
    html_path = out_dir / HTML_NAME
    write_text(render_html(records), html_path)
    png = plot_events_per_day(records, out_dir / PNG_NAME)
    log.info("timeline: %d events → %s", len(records), html_path)
    return ReportFiles(html_path, png, len(records))


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title><style>__CSS__</style></head>
<body>
<header><h1>__TITLE__</h1>
<div id="filters">
 <label>story <select id="f-story"></select></label>
 <label>actor <select id="f-actor"></select></label>
 <label>type <select id="f-type"></select></label>
 <label>country <select id="f-country"></select></label>
 <span id="count"></span>
</div></header>
<main><div id="axis"></div><div id="rows"></div></main>
<aside id="detail"><p class="hint">Click an event to see its source sentence.</p></aside>
<script id="data" type="application/json">__DATA__</script>
<script>__JS__</script>
</body></html>
"""

_CSS = """
body{font:13px/1.4 system-ui,sans-serif;margin:0;color:#222;display:grid;
 grid-template-columns:1fr 340px;grid-template-rows:auto 1fr;height:100vh}
header{grid-column:1/3;padding:8px 12px;border-bottom:1px solid #ccc;background:#f7f7f7}
h1{font-size:16px;margin:0 0 6px}
#filters label{margin-right:10px}#filters select{max-width:180px}
#count{color:#666}
main{overflow:auto;padding:0 12px 12px;position:relative}
#axis{top:0;height:22px;background:#fff;border-bottom:1px solid #ddd;
 margin-left:230px;position:relative;z-index:1}
.tick{position:absolute;top:2px;font-size:10px;color:#666;border-left:1px solid #ccc;
 padding-left:2px}
.row{display:flex;align-items:center;height:20px;cursor:pointer}
.row:hover{background:#eef4ff}.row.sel{background:#dde8ff}
.label{width:226px;flex:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;
 padding-right:4px;font-size:11px}
.track{position:relative;flex:1;height:14px}
.span{position:absolute;height:12px;top:1px;border-radius:3px;min-width:4px;opacity:.85}
.span.imprecise{opacity:.45;border:1px dashed #333}
.undated{font-size:10px;color:#999}
aside{border-left:1px solid #ccc;padding:10px;overflow:auto;background:#fafafa}
aside blockquote{margin:6px 0;padding:6px;border-left:3px solid #888;background:#fff}
aside dt{font-weight:600}aside dd{margin:0 0 4px}
.hint{color:#888}
"""

_JS = r"""
(function(){
const data = JSON.parse(document.getElementById('data').textContent);
const DAY = 86400000;
const palette = ['#1f77b4','#ff7f0e','#2ca02c','#d62728','#9467bd','#8c564b','#e377c2',
 '#7f7f7f','#bcbd22','#17becf','#393b79','#637939','#8c6d31','#843c39','#7b4173','#3182bd'];
const types = [...new Set(data.map(e => e.type))].sort();
const color = t => palette[types.indexOf(t) % palette.length];
const keys = {story:'story', actor:'actor', type:'type', country:'country'};
const sel = {};
for (const k in keys) {
  const el = document.getElementById('f-' + k); sel[k] = el;
  const counts = {};
  for (const e of data) { const v = e[keys[k]]; if (v) counts[v] = (counts[v] || 0) + 1; }
  const opts = [['', 'all']].concat(Object.keys(counts).sort((a, b) => counts[b] - counts[a])
    .map(v => [v, v + ' (' + counts[v] + ')']));
  for (const [v, label] of opts) {
    const o = document.createElement('option');
    o.value = v; o.textContent = label; el.appendChild(o);
  }
  el.addEventListener('change', render);
}
const dated = data.filter(e => e.start);
const t0 = dated.length ? Math.min(...dated.map(e => Date.parse(e.start))) : 0;
const t1 = dated.length ? Math.max(...dated.map(e => Date.parse(e.end || e.start))) + DAY : DAY;
const pct = t => (100 * (t - t0) / Math.max(t1 - t0, DAY)).toFixed(3) + '%';
function axis() {
  const ax = document.getElementById('axis'); ax.textContent = '';
  const n = 8;
  for (let i = 0; i < n; i++) {
    const t = t0 + (t1 - t0) * i / n;
    const d = document.createElement('div'); d.className = 'tick'; d.style.left = pct(t);
    d.textContent = new Date(t).toISOString().slice(0, 10); ax.appendChild(d);
  }
}
function detail(e, row) {
  document.querySelectorAll('.row.sel').forEach(r => r.classList.remove('sel'));
  row.classList.add('sel');
  const box = document.getElementById('detail'); box.textContent = '';
  const h = document.createElement('h2'); h.textContent = e.type + ' — ' + (e.trigger || '');
  box.appendChild(h);
  const q = document.createElement('blockquote'); q.textContent = e.sentence; box.appendChild(q);
  const dl = document.createElement('dl');
  const rows = [['date', (e.start || 'undated') + (e.end && e.end !== e.start ? ' → ' + e.end : '')
      + ' (' + e.precision + (e.date_text ? ', "' + e.date_text + '"' : '') + ')'],
    ['actor', e.actor], ['target', e.target], ['location', e.location], ['country', e.country],
    ['modality', e.modality], ['fatalities', e.fatalities == null ? '' : String(e.fatalities)],
    ['story', e.story], ['article', e.article], ['source', e.source], ['event id', e.id]];
  for (const [k, v] of rows) {
    if (!v) continue;
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd');
    if (k === 'source' && e.url && /^https?:/.test(e.url)) {
      const a = document.createElement('a');
      a.href = e.url; a.textContent = v; a.rel = 'noreferrer';
      dd.appendChild(a);
    } else dd.textContent = v;
    dl.appendChild(dt); dl.appendChild(dd);
  }
  box.appendChild(dl);
}
function render() {
  const rowsEl = document.getElementById('rows'); rowsEl.textContent = '';
  const keep = e => Object.keys(keys).every(k => !sel[k].value || e[keys[k]] === sel[k].value);
  const shown = data.filter(keep);
  document.getElementById('count').textContent = shown.length + ' / ' + data.length + ' events';
  const frag = document.createDocumentFragment();
  for (const e of shown) {
    const row = document.createElement('div'); row.className = 'row'; row.dataset.id = e.id;
    const lab = document.createElement('div'); lab.className = 'label';
    lab.textContent = (e.start || '????') + ' ' + e.type + ' ' + (e.actor || '')
      + (e.location ? ' @ ' + e.location : '');
    lab.title = lab.textContent;
    const tr = document.createElement('div'); tr.className = 'track';
    if (e.start) {
      const s = Date.parse(e.start), en = Date.parse(e.end || e.start) + DAY;
      const sp = document.createElement('div');
      sp.className = 'span' + (e.precision === 'day' ? '' : ' imprecise');
      sp.style.left = pct(s); sp.style.width = 'calc(' + pct(t0 + en - s) + ')';
      sp.style.background = color(e.type); sp.title = e.precision;
      tr.appendChild(sp);
    } else {
      const u = document.createElement('span'); u.className = 'undated'; u.textContent = 'undated';
      tr.appendChild(u);
    }
    row.appendChild(lab); row.appendChild(tr);
    row.addEventListener('click', () => detail(e, row));
    frag.appendChild(row);
  }
  rowsEl.appendChild(frag);
}
axis(); render();
// deep link: timeline.html#event=<event_id> opens that event's detail
const m = /^#event=(.+)$/.exec(location.hash);
if (m) {
  const id = decodeURIComponent(m[1]);
  const e = data.find(x => x.id === id);
  const row = document.querySelector('.row[data-id="' + CSS.escape(id) + '"]');
  if (e && row) { detail(e, row); row.scrollIntoView({block: 'center'}); }
}
})();
"""
