"""Sources → ``Article`` records (and ``Reject`` records for everything unusable).

``sources`` finds and reads text, JSONL and HTML files, ``feeds`` local RSS/Atom files,
``header`` the metadata lines at the top of a text article, ``article`` turns text and
metadata into an ``Article`` (limits, dates, language via ``langid``). Nothing here raises
on bad input: every problem becomes a ``Reject`` and reading goes on.
"""

from eventline.ingest.article import IngestOptions, Item, parse_date
from eventline.ingest.header import split_header
from eventline.ingest.sources import discover, iter_items, read_all, read_path

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
