"""The metadata header of a text article: ``key: value`` lines at the very top.

``published:``, ``title:``, ``url:``, ``lang:``, ``id:`` (or ``date:``), ended by a blank
line or by the first line that is not one of them; the article is what follows. The one
parser of it: ``eventline run`` and ``eventline timex`` read the same body.
"""

from __future__ import annotations

import re

HEADER_KEYS = frozenset({"published", "title", "url", "lang", "id", "date"})
_HEADER_RE = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*)$")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Metadata lines at the top of a text article and the body after them."""
    meta: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            if meta:
                pos += len(line)
            break
        m = _HEADER_RE.match(stripped)
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        pos += len(line)
    return meta, text[pos:]
