"""Calendar arithmetic and TIMEX3 value formatting (language-neutral, pure)."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def add_months(d: date, months: int) -> date:
    """``d`` shifted by whole months (day clipped to the month's length)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def week_range(d: date) -> tuple[date, date]:
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_range(year: int, q: int) -> tuple[date, date]:
    return date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def season_range(year: int, code: str) -> tuple[date, date]:
    if code == "WI":  # winter of year Y: December Y to February Y+1
        return date(year, 12, 1), month_end(year + 1, 2)
    a, b = SEASON_MONTHS[code]
    return date(year, a, 1), month_end(year, b)


def season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI"}.get(d.month) or (
        "SP" if d.month <= 5 else "SU" if d.month <= 8 else "FA"
    )


def shift(d: date, amount: int, unit: str) -> date:
    """``d`` moved by ``amount`` units (D, W, M, Q, H, Y, E, C)."""
    if unit == "D":
        return d + timedelta(days=amount)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "E": 120, "C": 1200}.get(unit)
    if months is None:
        return d
    return add_months(d, amount * months)


def unit_value(d: date, unit: str) -> tuple[str, date, date, str]:
    """TIMEX3 value, inclusive interval and granularity of the ``unit`` containing ``d``."""
    if unit == "D":
        return day_value(d), d, d, "day"
    if unit == "W":
        a, b = week_range(d)
        return week_value(d), a, b, "week"
    if unit == "WE":
        a, _ = week_range(d)
        return week_value(d) + "-WE", a + timedelta(days=5), a + timedelta(days=6), "week"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}", d.replace(day=1), month_end(d.year, d.month), "month"
    if unit == "Q":
        q = quarter_of(d)
        a, b = quarter_range(d.year, q)
        return f"{d.year:04d}-Q{q}", a, b, "quarter"
    if unit == "H":
        h = 1 if d.month <= 6 else 2
        a = date(d.year, 1 if h == 1 else 7, 1)
        return f"{d.year:04d}-H{h}", a, month_end(d.year, 6 if h == 1 else 12), "range"
    if unit == "E":
        y0 = d.year - d.year % 10
        return f"{y0 // 10:03d}", date(y0, 1, 1), date(y0 + 9, 12, 31), "decade"
    if unit == "C":
        y0 = d.year - d.year % 100
        return f"{y0 // 100:02d}", date(y0, 1, 1), date(y0 + 99, 12, 31), "century"
    return f"{d.year:04d}", date(d.year, 1, 1), date(d.year, 12, 31), "year"


def sub_range(a: date, b: date, mod: str) -> tuple[date, date]:
    """The first, middle or last third of ``[a, b]`` for START/MID/END; of a calendar
    year, its first quarter, middle half or last quarter ("fin 2021": October to
    December)."""
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        if mod == "START":
            return a, date(a.year, 3, 31)
        if mod == "END":
            return date(a.year, 10, 1), b
        if mod == "MID":
            return date(a.year, 4, 1), date(a.year, 9, 30)
    span = (b - a).days + 1
    third = max(span // 3, 1)
    if mod == "START":
        return a, a + timedelta(days=third - 1)
    if mod == "END":
        return b - timedelta(days=third - 1), b
    if mod == "MID":
        return a + timedelta(days=third), b - timedelta(days=third)
    return a, b


_SUB_UNIT: dict[str, tuple[str, int]] = {
    "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60),
    "TM": ("TS", 60),
}  # fmt: skip


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: ``P3D``, ``PT2H``, ``PXY`` (``amount`` None = unknown)."""
    letter = {"E": "Y", "C": "Y", "WE": "D", "H": "M", "Q": "Q"}.get(unit, unit)
    factor = {"E": 10, "C": 100, "WE": 2, "H": 6}.get(unit, 1)
    if amount is None:
        num = "X"
    elif not float(amount * factor).is_integer() and unit in _SUB_UNIT:
        # "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M (TimeBank writes whole sub-units)
        whole = int(amount * factor)
        sub, per = _SUB_UNIT[unit]
        rest = round((amount * factor - whole) * per)
        head = duration_value(whole, unit) if whole else ("PT" if unit.startswith("T") else "P")
        tail = duration_value(rest, sub)
        if head.startswith("PT") or not tail.startswith("PT"):
            return head + tail[2:] if tail.startswith("PT") else head + tail[1:]
        return head + tail[1:]
    else:
        total = amount * factor
        num = str(int(total)) if float(total).is_integer() else f"{total:g}"
    if letter.startswith("T"):
        return f"PT{num}{letter[1:]}"
    return f"P{num}{letter}"
