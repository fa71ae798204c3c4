"""Language-neutral tables: countries, curated regions, city exonyms, armed groups."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def rows(filename: str) -> Iterator[list[str]]:
    """The tab-separated rows of the table ``filename`` (comment and blank lines skipped)."""
    text = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")
