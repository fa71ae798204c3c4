"""Sources → ``Article`` records (and ``Reject`` records for everything unusable).

``sources`` reads text, JSONL and HTML files, ``feeds`` local RSS/Atom files, ``header``
the metadata lines at the top of a text article, ``langid`` detects the language.
Nothing here raises on bad input: every problem becomes a ``Reject`` and reading goes on.
"""

from eventline.ingest.sources import (
    IngestOptions,
    Item,
    discover,
    iter_items,
    parse_date,
    read_all,
    read_path,
    split_header,
)

__all__ = [
    "IngestOptions",
    "Item",
    "discover",
    "iter_items",
    "parse_date",
    "read_all",
    "read_path",
    "split_header",
]
