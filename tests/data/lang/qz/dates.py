"""qz time expressions: weekday names and one pattern."""

WEEKDAYS = {"monu": 0, "tuvu": 1, "wedu": 2, "thuvu": 3, "frivu": 4, "satu": 5, "sunu": 6}
PATTERNS = (("<<WEEKDAY:wd>>", "weekday"),)
