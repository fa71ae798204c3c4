"""Normalise one candidate of each kind: TIMEX3 type, value, interval and anchor.

``HANDLERS`` maps a pattern's kind (the second item of each entry of ``Dates.PATTERNS``) to
the function that resolves it; the words a handler reads come from the language's ``Dates``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from eventline.lang.base import Dates
from eventline.model import Timex
from eventline.temporal import calendar as cal
from eventline.temporal.candidates import Candidate
from eventline.temporal.grammar import Grammar, norm
from eventline.text import word_before

_DIGITS = re.compile(r"\d+")
_SPOKEN_SPLIT = re.compile(r"[- ]+")

V = TypeVar("V")


def lookup(table: Mapping[str, V], key: str | None) -> V | None:
    """``table[norm(key)]``, None if ``key`` is empty or unknown."""
    return table.get(norm(key)) if key else None


@dataclass(slots=True)
class Context:
    """What a handler can see while resolving one candidate."""

    g: Grammar
    ref: date | None
    ref_anchor: str
    tense: int
    resolved: list[Timex] = field(default_factory=list)
    text: str = ""
    start: int = 0

    @property
    def data(self) -> Dates:
        return self.g.data

    def narrative(self) -> tuple[date | None, str]:
        """The previous day-precise date of the narrative, else the reference date. The
        start of a state ("depuis la veille", "since Monday") moves no narrative time: the
        state lasts until the reference date."""
        for t in reversed(self.resolved):
            if t.date_start and t.granularity == "day" and t.date_start == t.date_end:
                if self.starts_state(t):
                    continue
                return t.date_start, f"timex:{t.start}"
        return self.ref, self.ref_anchor

    def starts_state(self, t: Timex) -> bool:
        """``t`` follows a word of duration start ("depuis", "since")."""
        return word_before(self.text, t.start) in self.data.SINCE_WORDS

    def last_period(self) -> Timex | None:
        """The previous date expression when it is a week or a month (more recent than
        any day-precise one): "en janvier" for a later "deux jours plus tard"."""
        for t in reversed(self.resolved):
            if t.type not in ("DATE", "TIME") or not t.date_start or t.anchor == "none":
                continue
            return t if t.granularity in ("week", "month") else None
        return None

    def previous_date(self) -> tuple[date | None, str]:
        """The previous resolved date of any granularity, else the reference date."""
        for t in reversed(self.resolved):
            if t.date_start and t.type in ("DATE", "TIME") and t.anchor != "none":
                return t.date_start, f"timex:{t.start}"
        return self.ref, self.ref_anchor

    def recent(self, granularity: str, window: int = 400, own: bool = False) -> Timex | None:
        """The closest earlier expression of ``granularity`` within ``window`` characters.

        ``own``: skip expressions that were themselves resolved against another one (the
        period a comparison starts from, not "a year earlier").
        """
        for t in reversed(self.resolved):
            if self.start - t.end > window:
                return None
            if t.granularity == granularity and t.date_start:
                if own and (
                    t.anchor.startswith("timex:")
                    or (self.ref and t.date_end and (self.ref - t.date_end).days > 366)
                ):
                    continue  # itself a comparison, or already a year back
                return t
        return None


def _num(ctx: Context, raw: str | None) -> float | None:
    if not raw:
        return None
    k = norm(raw)
    if k in ctx.data.NUMBERS:
        return float(ctx.data.NUMBERS[k])
    try:
        return float(k.replace(",", "."))
    except ValueError:
        return None


def _int(raw: str) -> int:
    m = _DIGITS.search(raw)
    return int(m.group(0)) if m else 0


def _year(raw: str) -> int:
    y = _int(raw)
    if y < 100:
        y += 1900 if y >= 40 else 2000
    return y


Result = tuple[str, str, date | None, date | None, str, str]  # type, value, a, b, gran, anchor


def _pod_suffix(ctx: Context, c: Candidate) -> str | None:
    pod = c.groups.get("pod") or c.groups.get("pod2")
    code = lookup(ctx.data.PARTS_OF_DAY, pod)
    return str(code) if code else None


def _day_result(d: date, anchor: str, pod: str | None) -> Result:
    if pod and pod != "DT":
        return "TIME", f"{d.isoformat()}T{pod}", d, d, "day", anchor
    if pod == "DT":
        return "TIME", f"{d.isoformat()}TDT", d, d, "day", anchor
    return "DATE", d.isoformat(), d, d, "day", anchor


def _month_result(y: int, month: int, anchor: str) -> Result:
    return (
        "DATE",
        f"{y:04d}-{month:02d}",
        date(y, month, 1),
        cal.month_end(y, month),
        "month",
        anchor,
    )


def pick_year(month: int, day: int, ref: date, tense: int, weekday: int | None) -> tuple[int, bool]:
    """Year for a day and month: the weekday match first, then the verb tense."""
    years = [ref.year + k for k in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6)]
    if weekday is not None:
        for y in years:
            d = cal.safe_date(y, month, day)
            if d and d.weekday() == weekday:
                return y, True
    cands = [
        d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := cal.safe_date(y, month, day))
    ]
    if not cands:
        return ref.year, False
    return min(cands, key=lambda d: _tensed_distance((d - ref).days, tense)).year, False


def _tensed_distance(delta: int, tense: int) -> tuple[float, bool]:
    """Distance from the reference, longer against the tense (past tense: future dates)."""
    penalty = 1.0
    if (tense < 0 and delta > 0) or (tense > 0 and delta < 0):
        penalty = 4.0
    return abs(delta) * penalty, delta > 0


def _h_date(ctx: Context, c: Candidate) -> Result | None:
    r = _h_day_month(ctx, c)
    week = c.groups.get("week")  # "the week of March 6": that ISO week
    # (only when the week phrase opens the extent: a modifier before it keeps the day)
    opens = bool(week) and norm(ctx.text[c.start : c.end]).startswith(norm(week or ""))
    if r is not None and r[2] is not None and opens:
        value, a, b, gran = cal.unit_value(r[2], "W")
        return "DATE", value, a, b, gran, r[5]
    return r


def _h_day_month(ctx: Context, c: Candidate) -> Result | None:
    g = c.groups
    month = lookup(ctx.data.MONTHS, g["m"]) if "m" in g else _int(g.get("mn", "0"))
    wd = lookup(ctx.data.WEEKDAYS, g.get("wd"))
    pod = _pod_suffix(ctx, c)
    if not month:  # "mercredi 15": day of the reference month
        if ctx.ref is None:
            return None
        day = _int(g["d"])
        for k in (0, -1, 1):
            d = cal.safe_date(*_month_shift(ctx.ref, k), day)
            if d and (wd is None or d.weekday() == wd):
                return _day_result(d, "weekday-year" if wd is not None else ctx.ref_anchor, pod)
        return None
    day = _int(g["d"])
    if "y" in g:
        d = cal.safe_date(_year(g["y"]), int(month), day)
        return _day_result(d, "explicit", pod) if d else None
    if ctx.ref is None:
        return "DATE", f"XXXX-{int(month):02d}-{day:02d}", None, None, "day", "none"
    tense = ctx.tense
    rel = lookup(ctx.data.RELATIONS, g.get("rel"))
    if isinstance(rel, int) and rel:
        tense = rel
    year, by_weekday = pick_year(
        int(month), day, ctx.ref, tense, wd if isinstance(wd, int) else None
    )
    d = cal.safe_date(year, int(month), day)
    if d is None:
        return None
    return _day_result(d, "weekday-year" if by_weekday else ctx.ref_anchor, pod)


def _month_shift(ref: date, k: int) -> tuple[int, int]:
    """Year and month ``k`` months from ``ref``."""
    d = cal.add_months(ref.replace(day=1), k)
    return d.year, d.month


def _h_month(ctx: Context, c: Candidate) -> Result | None:
    month = int(lookup(ctx.data.MONTHS, c.groups["m"]) or 0)
    if not month:
        return None
    if "y" in c.groups:
        y = _year(c.groups["y"])
        return _month_result(y, month, "explicit")
    if ctx.ref is None:
        return "DATE", f"XXXX-{month:02d}", None, None, "month", "none"
    rel = lookup(ctx.data.RELATIONS, c.groups.get("rel"))
    ref = ctx.ref
    ry = lookup(ctx.data.RELATIONS, c.groups.get("ry"))
    if isinstance(ry, int):
        y = ref.year + ry
    elif rel == -1:
        y = ref.year if month < ref.month else ref.year - 1
    elif rel == 1:
        y = ref.year if month > ref.month else ref.year + 1
    elif rel == 0:
        y = ref.year
    else:
        y = min(
            (ref.year - 1, ref.year, ref.year + 1),
            key=lambda yy: (
                _tensed_distance((yy - ref.year) * 12 + month - ref.month, ctx.tense)[0]
                * (1.5 if ctx.tense == 0 and yy > ref.year else 1)  # news tells the past
            ),
        )
    return _month_result(y, month, ctx.ref_anchor)


def _h_year(ctx: Context, c: Candidate) -> Result:
    y = _year(c.groups["y"])
    return "DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", "explicit"


def _h_decade(ctx: Context, c: Candidate) -> Result | None:
    if "y" in c.groups:
        y = _int(c.groups["y"])
    elif "yy" in c.groups:
        y = _year(c.groups["yy"])
    elif "dec" in c.groups:
        y = int(lookup(ctx.data.DECADES, c.groups["dec"]) or 0) * 10
    else:
        return None
    if not y:
        return None
    y0 = y - y % 10
    return "DATE", f"{y0 // 10:03d}", date(y0, 1, 1), date(y0 + 9, 12, 31), "decade", "explicit"


def _weekday_date(ref: date, wd: int, direction: int) -> date:
    """Nearest ``wd`` before (-1, including today), after (+1) or around (0) ``ref``."""
    back = ref - timedelta(days=(ref.weekday() - wd) % 7)
    fwd = ref + timedelta(days=(wd - ref.weekday()) % 7)
    if direction < 0:
        return back
    if direction > 0:
        return fwd
    return back if (ref - back) <= (fwd - ref) else fwd


def _h_weekday(ctx: Context, c: Candidate) -> Result | None:
    wd = lookup(ctx.data.WEEKDAYS, c.groups["wd"])
    if not isinstance(wd, int):
        return None
    pod = _pod_suffix(ctx, c) if ctx.data.WEEKDAY_POD_IN_VALUE else None
    base, anchor = ctx.ref, ctx.ref_anchor
    if base is None:
        return "DATE", f"XXXX-WXX-{wd + 1}", None, None, "day", "none"
    rels = [lookup(ctx.data.RELATIONS, c.groups.get(k)) for k in ("rel", "rel2", "rel3")]
    rel = next((r for r in rels if isinstance(r, int)), None)
    if norm(c.groups.get("rel", "")) in ctx.data.ANAPHORIC_WEEKDAY_RELATIONS:
        base, anchor = ctx.narrative()  # "the previous Friday": before the narrative's day
        if base is None:
            return None
    if rel == -1:
        d = _weekday_date(base - timedelta(days=1), wd, -1)
    elif rel == 1:
        d = _weekday_date(base + timedelta(days=1), wd, 1)
    elif rel == 0:
        d = _weekday_date(base, wd, 0)
    elif ctx.text.startswith(ctx.data.POSSESSIVE_ENDINGS, c.end):
        d = _weekday_date(base, wd, -1)  # "Wednesday's ruling": a reported event
    else:
        d = _weekday_date(base, wd, ctx.tense if ctx.tense else -1)
        if ctx.tense == 0 and (base - d).days > 3:
            d = _weekday_date(base, wd, 1)
    if "shift" in c.groups:  # "the day before last Tuesday"
        before = lookup(ctx.data.ANAPHORIC_DIRECTION, c.groups["shift"]) == -1
        d += timedelta(days=-1 if before else 1)
    return _day_result(d, anchor, pod)


def _h_weekday_set(ctx: Context, c: Candidate) -> Result | None:
    wd = lookup(ctx.data.WEEKDAYS_PLURAL, c.groups["wds"])
    if wd is None:
        wd = lookup(ctx.data.WEEKDAYS, c.groups["wds"])
    if not isinstance(wd, int):
        return None
    pods = c.groups.get("pod", "").removesuffix(ctx.data.PLURAL_ENDING)
    pod = lookup(ctx.data.PARTS_OF_DAY, pods)
    suffix = f"T{pod}" if pod else ""  # "Tuesday nights" → XXXX-WXX-2TNI
    return "SET", f"XXXX-WXX-{wd + 1}{suffix}", None, None, "unknown", "none"


def _h_month_set(ctx: Context, c: Candidate) -> Result | None:
    month = lookup(ctx.data.MONTHS, c.groups["m"])
    if not isinstance(month, int):
        return None
    return "SET", f"XXXX-{month:02d}", None, None, "unknown", "none"


def _h_deictic(ctx: Context, c: Candidate) -> Result | None:
    off = lookup(ctx.data.DEICTIC_DAYS, c.groups["dd"])
    if not isinstance(off, int):
        return None
    pod = _pod_suffix(ctx, c)
    if not pod:  # "tonight"
        pod = lookup(ctx.data.DEICTIC_PARTS_OF_DAY, c.groups["dd"])
    if ctx.ref is None:
        return (
            "DATE",
            "PRESENT_REF" if off == 0 else ("PAST_REF" if off < 0 else "FUTURE_REF"),
            None,
            None,
            "unknown",
            "none",
        )
    return _day_result(ctx.ref + timedelta(days=off), ctx.ref_anchor, pod)


def _h_this_pod(ctx: Context, c: Candidate) -> Result | None:
    pod = _pod_suffix(ctx, c)
    if not pod or ctx.ref is None:
        return None
    # the first word: "last night" is the day before ("early last night" keeps the day)
    first = norm(ctx.text[c.start : c.end]).split(" ")[0]
    d = ctx.ref - timedelta(days=1) if lookup(ctx.data.RELATIONS, first) == -1 else ctx.ref
    return _day_result(d, ctx.ref_anchor, pod)


def _h_narrative_pod(ctx: Context, c: Candidate) -> Result | None:
    pod = _pod_suffix(ctx, c)
    if not pod or pod == "DT":
        return None
    prev = ctx.resolved[-1] if ctx.resolved else None
    if prev is not None and ctx.starts_state(prev):
        # "closed since Monday; in the morning, …": the narrative's day, not the state's start
        base, anchor = ctx.narrative()
        return _day_result(base, anchor, pod) if base is not None else None
    if (
        prev is None
        or ctx.start - prev.end > 400
        or prev.granularity != "day"
        or not prev.date_start
    ):
        mods = ctx.data.REFERENCE_DAY_POD_MODIFIERS
        if ctx.ref is not None and norm(ctx.text[c.start : c.end]).startswith(mods):
            return _day_result(ctx.ref, ctx.ref_anchor, pod)  # "by mid afternoon"
        return None
    return _day_result(prev.date_start, f"timex:{prev.start}", pod)


def _rel_unit(ctx: Context, unit: str, rel: int, base: date, anchor: str) -> Result:
    d = cal.shift(base, rel, unit)
    value, a, b, gran = cal.unit_value(d, unit)
    return "DATE", value, a, b, gran, anchor


def _h_rel_unit(ctx: Context, c: Candidate) -> Result | None:
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    if not isinstance(unit, str) or unit.startswith("T"):
        return None
    rel = lookup(ctx.data.RELATIONS, c.groups.get("rel"))
    if rel is None:
        rel = 0
    if not isinstance(rel, int):
        return None
    if ctx.ref is None:
        return (
            "DATE",
            "PAST_REF" if rel < 0 else ("FUTURE_REF" if rel > 0 else "PRESENT_REF"),
            None,
            None,
            "unknown",
            "none",
        )
    if unit == "Y" and rel == 0 and ctx.g.cues.period_ended.match(ctx.text, c.end):
        return "DURATION", "P1Y", None, None, "unknown", "none"
    if unit == "WE" and rel == 0:
        d = _weekday_date(ctx.ref, 5, -1 if ctx.tense < 0 else 1)
        return _rel_unit(ctx, unit, 0, d, ctx.ref_anchor)
    return _rel_unit(ctx, unit, rel, ctx.ref, ctx.ref_anchor)


def _h_the_unit(ctx: Context, c: Candidate) -> Result | None:
    """ "the week", "the year": the unit containing the narrative's current time."""
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    if unit in ("Q", "H"):
        return _h_quarter(ctx, c)
    if unit not in ("Y", "W", "M", "WE") or ctx.ref is None:
        return None
    if ctx.g.plural(c.groups["u"]):  # "in the years that followed"
        return "DURATION", cal.duration_value(None, unit), None, None, "unknown", "none"
    if unit == "Y" and ctx.g.cues.period_ended.match(ctx.text, c.end):
        # "the year ended Sept. 30": a one-year period, not a calendar year
        return "DURATION", "P1Y", None, None, "unknown", "none"
    if unit == "WE":
        d = _weekday_date(ctx.ref, 5, ctx.tense if ctx.tense else -1)
        return _rel_unit(ctx, "WE", 0, d, ctx.ref_anchor)
    return _rel_unit(ctx, unit, 0, ctx.ref, ctx.ref_anchor)


def _h_part_of_unit(ctx: Context, c: Candidate) -> Result | None:
    """ "d'ici la fin du mois": a part (``MODIFIERS``) of the current week, month or year."""
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    mod = lookup(ctx.data.MODIFIERS, c.groups["part"])
    if unit not in ("Y", "M", "W") or ctx.ref is None:
        return None
    if unit != "M" and ctx.g.plural(c.groups["u"]):  # "mois" is both
        return None
    c.mod = mod if isinstance(mod, str) else None
    return _rel_unit(ctx, unit, 0, ctx.ref, ctx.ref_anchor)


def _h_year_end(ctx: Context, c: Candidate) -> Result | None:
    """ "by year-end": the end of the reference year (of the next one under past tense in
    January, when the year just ended is meant)."""
    if ctx.ref is None:
        return None
    y = ctx.ref.year - (1 if ctx.tense < 0 and ctx.ref.month == 1 else 0)
    c.mod = c.mod or "END"
    return "DATE", f"{y:04d}", date(y, 12, 1), date(y, 12, 31), "year", ctx.ref_anchor


def _h_year_ago(ctx: Context, c: Candidate) -> Result | None:
    """ "year-earlier results": the period under discussion a year back."""
    c.groups = {**c.groups, "n": "1"}
    return _h_ago(ctx, c)


def _h_anaphoric_unit(ctx: Context, c: Candidate) -> Result | None:
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    rel = lookup(ctx.data.ANAPHORIC_RELATIONS, c.groups.get("rel"))
    if not isinstance(unit, str) or unit.startswith("T") or not isinstance(rel, int):
        return None
    base, anchor = ctx.narrative() if unit == "D" else ctx.previous_date()
    if base is None:
        return None
    return _rel_unit(ctx, unit, rel, base, anchor)


def _anchored(ctx: Context, c: Candidate) -> bool:
    """Whether an anchoring article opens the extent ("the summer", "the past year")."""
    openers = tuple(f"{a} " for a in ctx.data.ANCHORING_ARTICLES)
    return norm(ctx.text[c.start : c.end]).startswith(openers)


def _has(span: str, words: tuple[str, ...]) -> bool:
    return any(w in span for w in words)


def _h_season(ctx: Context, c: Candidate) -> Result | None:
    code = lookup(ctx.data.SEASONS, c.groups["s"])
    if not isinstance(code, str):
        return None
    spoken = _h_spoken_year(ctx, c) if "sy" in c.groups else None
    if "y" in c.groups or spoken:
        y = _year(c.groups["y"]) if "y" in c.groups else int(spoken[1][:4]) if spoken else 0
        a, b = cal.season_range(y, code)
        return "DATE", f"{y:04d}-{code}", a, b, "season", "explicit"
    if "sy" in c.groups:
        return None
    rel = lookup(ctx.data.RELATIONS, c.groups.get("rel"))
    this = c.kind == "season_this" or _anchored(ctx, c)
    if ctx.ref is None or (rel is None and not this and ctx.tense == 0):
        return "DATE", f"XXXX-{code}", None, None, "season", "none"
    order = ["WI", "SP", "SU", "FA"]
    cur = ctx.ref.year
    now = order.index(cal.season_of(ctx.ref))
    idx = order.index(code)
    if rel == -1 or (rel is None and not this and ctx.tense < 0):
        y = cur if idx < now else cur - 1
    elif rel == 1 or (rel is None and not this and ctx.tense > 0):
        y = cur if idx > now else cur + 1
    else:
        y = cur
    if code == "WI" and ctx.ref.month <= 2 and (this or rel == 0):
        y = cur - 1
    a, b = cal.season_range(y, code)
    return "DATE", f"{y:04d}-{code}", a, b, "season", ctx.ref_anchor


def _h_quarter(ctx: Context, c: Candidate) -> Result | None:
    g = c.groups
    unit = lookup(ctx.data.UNITS, g["u"]) if "u" in g else "Q"
    n = lookup(ctx.data.ORDINALS, g.get("o"))
    span = norm(ctx.text[c.start : c.end])
    year_raw = g.get("y") or g.get("y2") or g.get("y3")
    rel = lookup(ctx.data.RELATIONS, g.get("rel") or g.get("rel2"))
    back = 1 if (_has(span, ctx.data.QUARTER_YEAR_BACK) or "back" in g) else 0
    if n is None and rel == -1 and _has(span, ctx.data.QUARTER_LAST_YEARS):
        back = 1  # "last year's quarter": the quarter under discussion, a year back
    if ctx.ref is None and not year_raw:
        return None
    ref = ctx.ref or date(_year(year_raw or "2000"), 12, 31)
    if n is None:
        # "the quarter", "the latest period": the quarter under discussion, else the last
        # completed one (results are reported after the quarter ends)
        prev = ctx.recent("quarter", window=1000, own=True)
        if _has(span, ctx.data.QUARTER_CURRENT) or rel == 0:
            d = ref
        elif (
            prev is not None
            and prev.date_start
            and not _has(span, ctx.data.QUARTER_LATEST)
            and prev.date_start.year == ref.year
        ):
            d = prev.date_start
        else:
            d = cal.shift(ref, -1, "Q")
        if year_raw:
            d = d.replace(year=_year(year_raw))
        d = cal.shift(d, -back, "Y")
        value, a, b, gran = cal.unit_value(d, "Q")
        return "DATE", value, a, b, gran, ctx.ref_anchor
    y = _year(year_raw) if year_raw else ref.year + (rel if isinstance(rel, int) else 0) - back
    if unit == "H":
        return (
            "DATE",
            f"{y:04d}-H{n if n <= 2 else 2}",
            None,
            None,
            "range",
            "explicit" if year_raw else ctx.ref_anchor,
        )
    n = min(int(n), 4)
    a, b = cal.quarter_range(y, n)
    return "DATE", f"{y:04d}-Q{n}", a, b, "quarter", "explicit" if year_raw else ctx.ref_anchor


def _h_ago(ctx: Context, c: Candidate, sign: int = -1) -> Result | None:
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    if not isinstance(unit, str):
        return None
    n = _num(ctx, c.groups.get("n"))
    if unit.startswith("T"):
        return None
    if ctx.ref is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, None, "unknown", "none"
    if n is None or not float(n).is_integer():  # "il y a quelques jours": a window
        a, b = _window(ctx.ref, unit, sign)
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", a, b, "range", ctx.ref_anchor
    d = cal.shift(ctx.ref, sign * int(n), unit)
    gran_unit, anchor = unit, ctx.ref_anchor
    if unit == "Y":
        q = ctx.recent("quarter", window=1000, own=True)
        if q is not None and q.date_start:
            d = cal.shift(q.date_start, sign * int(n), "Y")
            gran_unit, anchor = "Q", f"timex:{q.start}"
    value, a, b, gran = cal.unit_value(d, gran_unit)
    return "DATE", value, a, b, gran, anchor


def _window(base: date, unit: str, sign: int) -> tuple[date, date]:
    """The days "a few <unit>" before (sign -1) or after (+1) ``base``, excluding it; a
    few days are at least two."""
    span = {"D": 7, "W": 28, "M": 180, "Y": 365 * 5, "E": 365 * 30}.get(unit, 7)
    near = 2 if unit == "D" else 1
    if sign < 0:
        return base - timedelta(days=span), base - timedelta(days=near)
    return base + timedelta(days=near), base + timedelta(days=span)


def _h_in_n(ctx: Context, c: Candidate) -> Result | None:
    return _h_ago(ctx, c, sign=1)


def _h_anaphoric_day(ctx: Context, c: Candidate) -> Result | None:
    off = lookup(ctx.data.ANAPHORIC_DAYS, c.groups["ad"])
    if not isinstance(off, int):
        return None
    base, anchor = ctx.narrative()
    if base is None:
        return None
    pod = _pod_suffix(ctx, c)
    key = norm(c.groups["ad"])
    if not pod:
        for word, code in ctx.data.PARTS_OF_DAY.items():
            if key.endswith(word):
                pod = code
    return _day_result(base + timedelta(days=off), anchor, pod)


def _h_anaphoric_n(ctx: Context, c: Candidate) -> Result | None:
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    sign = lookup(ctx.data.ANAPHORIC_DIRECTION, c.groups["dir"])
    if not isinstance(unit, str) or not isinstance(sign, int):
        return None
    if unit.startswith("T"):  # "une heure plus tard": the duration is the expression
        c.end = c.start + ctx.text[c.start : c.end].lower().rindex(c.groups["dir"].lower())
        c.end = c.start + len(ctx.text[c.start : c.end].rstrip())
        return _h_duration(ctx, c)
    n = _num(ctx, c.groups.get("n"))
    if unit in ("Y", "E", "C"):
        base, anchor = ctx.ref, ctx.ref_anchor
        q = ctx.recent("quarter", window=1000, own=True)
        if q is not None and q.date_start and n:
            d = cal.shift(q.date_start, sign * int(n), "Y")
            value, a, b, gran = cal.unit_value(d, "Q")
            return "DATE", value, a, b, gran, f"timex:{q.start}"
        prev = ctx.recent("day", window=250)
        if prev is not None and prev.date_start and n:
            base, anchor = prev.date_start, f"timex:{prev.start}"
    else:
        base, anchor = ctx.narrative()
        period = ctx.last_period()
        if period is not None and n is not None and float(n).is_integer():
            # "En janvier, … Deux jours plus tard, …": the month shifted, a range
            assert period.date_start is not None and period.date_end is not None
            a = cal.shift(period.date_start, sign * int(n), unit)
            b = cal.shift(period.date_end, sign * int(n), unit)
            return "DATE", period.value, a, b, "range", f"timex:{period.start}"
    if base is None:
        return None
    if n is None or not float(n).is_integer():
        # "quelques jours auparavant": a window of units before/after the anchor
        c.mod = c.mod or ("BEFORE" if sign < 0 else "AFTER")
        a, b = _window(base, unit, sign)
        return "DATE", base.isoformat(), a, b, "range", anchor
    d = cal.shift(base, sign * int(n), unit)
    value, a, b, gran = cal.unit_value(d, unit if unit in ("D", "M", "Y", "Q") else "D")
    return "DATE", value, a, b, gran, anchor


def _h_shortly(ctx: Context, c: Candidate) -> Result | None:
    base, anchor = ctx.narrative()
    if base is None:
        return None
    return "DATE", base.isoformat(), base, base, "day", anchor


def _h_duration(ctx: Context, c: Candidate) -> Result | None:
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    if not isinstance(unit, str):
        return None
    n = _num(ctx, c.groups.get("n")) if "n" in c.groups else None
    if n is not None and "half" in c.groups:
        n += 0.5  # "2 1/2 years", "a minute and a half"
    few = lookup(ctx.data.FEW_REFS, c.groups.get("few"))
    if few:
        return "DATE", str(few), None, None, "unknown", "none"
    before = ctx.text[max(0, c.start - 30) : c.start]
    if n == 1 and unit == "D" and ctx.g.cues.modal.search(before[-12:]):
        return "DATE", "FUTURE_REF", None, None, "unknown", "none"  # "will one day be"
    if n == 1 and ctx.g.cues.amount.search(before):
        # "$2 million a year", "24 hours a day": a rate; TimeBank leaves most of them out
        return None
    return "DURATION", cal.duration_value(n, unit), None, None, "unknown", "none"


def _h_vague_plural(ctx: Context, c: Candidate) -> Result | None:
    """ "for [years]": a vague duration; the preposition is left out of the extent."""
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    if not isinstance(unit, str):
        return None
    if ctx.text[c.start : c.end].endswith(c.groups["u"]):
        c.start = c.end - len(c.groups["u"])  # "for [years]"
        c.mod = None
    return "DURATION", cal.duration_value(None, unit), None, None, "unknown", "none"


def _h_past_unit(ctx: Context, c: Candidate) -> Result | None:
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    if not isinstance(unit, str):
        return None
    if ctx.ref is not None and _anchored(ctx, c):
        # TimeBank reads "over the past year" as the previous calendar year, "the past
        # week" as the current week (the days before the reference date)
        if unit == "Y":
            return _rel_unit(ctx, "Y", -1, ctx.ref, ctx.ref_anchor)
        if unit in ("W", "M"):
            back = 3 if unit == "W" else 15
            return _rel_unit(ctx, unit, 0, ctx.ref - timedelta(days=back), ctx.ref_anchor)
    return "DURATION", cal.duration_value(1, unit), None, None, "unknown", "none"


def _h_bare_duration(ctx: Context, c: Candidate) -> Result | None:
    value = lookup(ctx.data.BARE_DURATIONS, c.groups["bd"])
    return ("DURATION", str(value), None, None, "unknown", "none") if value else None


def _h_set(ctx: Context, c: Candidate) -> Result | None:
    unit = lookup(ctx.data.UNITS, c.groups["u"])
    if not isinstance(unit, str):
        return None
    return "SET", cal.duration_value(1, unit), None, None, "unknown", "none"


def _h_set_word(ctx: Context, c: Candidate) -> Result | None:
    value = lookup(ctx.data.FREQUENCY, c.groups["f"])
    return ("SET", str(value), None, None, "unknown", "none") if value else None


def _h_time(ctx: Context, c: Candidate) -> Result | None:
    g = c.groups
    if "noon" in g:
        hour, minute = int(lookup(ctx.data.NOON, g["noon"]) or 0), 0
    else:
        hour, minute = int(g["h"]), int(g.get("mi") or 0)
        ampm = norm(g.get("ampm", "")).replace(".", "").replace(" ", "")
        half = ctx.data.MERIDIEM.get(ampm)  # hours to add on a 12-hour clock
        if half is not None and hour <= 12:
            hour = hour % 12 + half  # "12 a.m." is midnight, "12 p.m." noon
        span = norm(ctx.text[c.start : c.end])
        pod = _pod_suffix(ctx, c)
        if (span.endswith(ctx.data.PM_SUFFIXES) or pod in ("AF", "EV")) and hour < 12:
            hour += 12  # "8 du soir", "4 in the afternoon"
        elif pod == "NI" and 6 <= hour < 12:
            hour += 12
    base, anchor = ctx.narrative()
    clock = f"T{hour:02d}:{minute:02d}"
    if base is None:
        return "TIME", f"XXXX-XX-XX{clock}", None, None, "day", "none"
    return "TIME", f"{base.isoformat()}{clock}", base, base, "day", anchor


def _h_ref(ctx: Context, c: Candidate) -> Result | None:
    value = lookup(ctx.data.REFS, c.groups["ref"])
    if not value:
        return None
    return "DATE", str(value), None, None, "unknown", "none"


def _holiday_date(year: int, rule: tuple[int, ...]) -> date | None:
    if len(rule) == 2:
        return cal.safe_date(year, rule[0], rule[1])
    month, wd, n = rule
    if n == 0:  # US election day: the Tuesday after the first Monday
        first_monday = date(year, month, 1) + timedelta(
            days=(0 - date(year, month, 1).weekday()) % 7
        )
        return first_monday + timedelta(days=1)
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = cal.month_end(year, month)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _h_holiday(ctx: Context, c: Candidate) -> Result | None:
    rule = lookup(ctx.data.HOLIDAYS, c.groups["hol"])
    if not isinstance(rule, tuple):
        return None
    if "y" in c.groups:
        d = _holiday_date(_year(c.groups["y"]), rule)
        return _day_result(d, "explicit", None) if d else None
    ref = ctx.ref
    if ref is None:
        return None
    rel = lookup(ctx.data.RELATIONS, c.groups.get("rel"))
    tense = rel if isinstance(rel, int) and rel else ctx.tense
    cands = [d for y in (ref.year - 1, ref.year, ref.year + 1)
             if (d := _holiday_date(y, rule))]  # fmt: skip
    if rel == -1:
        cands = [d for d in cands if d < ref] or cands
    elif rel == 1:
        cands = [d for d in cands if d > ref] or cands
    d = min(cands, key=lambda d: _tensed_distance((d - ref).days, tense))
    return _day_result(d, ctx.ref_anchor, None)


def _h_spoken_year(ctx: Context, c: Candidate) -> Result | None:
    head = _spoken_head(ctx.data, _SPOKEN_SPLIT.split(norm(c.groups["sy"])))
    if head is None:
        return None
    y, rest, count = head
    rest = [w for w in rest if w not in ctx.data.SPOKEN_FILLERS]
    if not rest and not count:
        return None  # a bare "nineteen" is a number
    for w in rest:
        v = ctx.data.NUMBERS.get(w)
        if not isinstance(v, int | float) or v >= 100:
            return None
        y += int(v)
    month = lookup(ctx.data.MONTHS, c.groups.get("m"))
    if isinstance(month, int):
        return _month_result(y, month, "explicit")
    return "DATE", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year", "explicit"


def _spoken_head(data: Dates, words: list[str]) -> tuple[int, list[str], bool] | None:
    """The century a spoken year opens with ("nineteen"), the words after it, and whether the
    head is also a count ("two thousand")."""
    for head, century in data.SPOKEN_CENTURIES.items():
        head_words = head.split()
        if words[: len(head_words)] == head_words:
            return century, words[len(head_words) :], head in data.SPOKEN_COUNTS
    return None


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _h_century(ctx: Context, c: Candidate) -> Result | None:
    if "cent" in c.groups:
        n = int(c.groups["cent"])
    else:
        n, prev = 0, 0
        for ch in reversed(c.groups["roman"].upper()):
            v = _ROMAN[ch]
            n, prev = (n - v, prev) if v < prev else (n + v, v)
    if not 1 <= n <= 21:
        return None
    y0 = (n - 1) * 100
    return (
        "DATE",
        f"{n - 1:02d}",
        date(max(y0, 1), 1, 1),
        date(y0 + 99, 12, 31),
        "century",
        "explicit",
    )


def _h_same_period(ctx: Context, c: Candidate) -> Result | None:
    """ "À l'époque", "at the time": the period of the previous date, else the past."""
    for t in reversed(ctx.resolved):
        if t.type in ("DATE", "TIME") and t.date_start and t.anchor != "none":
            return "DATE", t.value, t.date_start, t.date_end, t.granularity, f"timex:{t.start}"
    return "DATE", "PAST_REF", None, None, "unknown", "none"


HANDLERS: dict[str, Callable[[Context, Candidate], Result | None]] = {
    "holiday": _h_holiday,
    "spoken_year": _h_spoken_year,
    "century": _h_century,
    "date": _h_date,
    "month": _h_month,
    "year": _h_year,
    "decade": _h_decade,
    "weekday": _h_weekday,
    "weekday_set": _h_weekday_set,
    "month_set": _h_month_set,
    "deictic_day": _h_deictic,
    "this_pod": _h_this_pod,
    "narrative_pod": _h_narrative_pod,
    "rel_unit": _h_rel_unit,
    "the_unit": _h_the_unit,
    "part_of_unit": _h_part_of_unit,
    "anaphoric_unit": _h_anaphoric_unit,
    "year_end": _h_year_end,
    "year_ago": _h_year_ago,
    "season": _h_season,
    "season_this": _h_season,
    "quarter": _h_quarter,
    "ago": _h_ago,
    "in_n": _h_in_n,
    "anaphoric_day": _h_anaphoric_day,
    "anaphoric_n": _h_anaphoric_n,
    "shortly": _h_shortly,
    "same_period": _h_same_period,
    "duration": _h_duration,
    "past_unit": _h_past_unit,
    "vague_plural": _h_vague_plural,
    "bare_duration": _h_bare_duration,
    "set": _h_set,
    "set_word": _h_set_word,
    "time": _h_time,
    "ref": _h_ref,
}
