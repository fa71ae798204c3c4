"""Parquet writing: explicit schemas, atomic swaps, idempotent merges."""

from __future__ import annotations

from datetime import date

import pyarrow.parquet as pq

from eventline.io import parquet as store
from eventline.model import Event, Link, Reject


def ev(i: int, article: str = "a1", **kw) -> Event:
    base = dict(
        event_id=f"e{i:03d}",
        article_id=article,
        source="x.txt",
        lang="fr",
        published=date(2024, 5, 2),
        sentence_index=i,
        sentence=f"Phrase {i}.",
        char_start=0,
        char_end=10,
        trigger="attaque",
        action_lemma="attaque",
        event_type="ASSAULT",
        date_start=date(2024, 5, 1),
        date_end=date(2024, 5, 1),
        date_precision="day",
        extras={"k": "v"},
    )
    base.update(kw)
    return Event(**base)


def row(article: str, n: int) -> store.ArticleRow:
    return store.ArticleRow(
        article, article, "x.txt", None, None, "fr", None, "none", None, "none", 10, n, "ok", "t"
    )


def write(out, events, articles, rejects=()):
    return store.write_outputs(
        out,
        events=events,
        articles=articles,
        rejects=list(rejects),
        links=[Link(events[0].event_id, events[-1].event_id, "before", "test", 0.5)]
        if events
        else [],
        timeline=[],
    )


def test_roundtrip_and_schema(tmp_path):
    events = [ev(1), ev(2, fatalities=3, casualty_qualifier="at_least")]
    write(tmp_path, events, [row("a1", 2)], [Reject("bad.txt", "empty", "no text")])
    t = store.read_events(tmp_path)
    assert t.schema.equals(store.EVENTS_SCHEMA)
    back = {e.event_id: e for e in store.events_from_table(t)}
    assert back["e002"].fatalities == 3 and back["e002"].extras == {"k": "v"}
    assert back["e001"].fatalities is None  # null when not stated, never 0
    for name, schema in [
        (store.ARTICLES, store.ARTICLES_SCHEMA),
        (store.REJECTS, store.REJECTS_SCHEMA),
        (store.LINKS, store.LINKS_SCHEMA),
        (store.TIMELINE, store.TIMELINE_SCHEMA),
    ]:
        assert pq.read_schema(tmp_path / name).equals(schema, check_metadata=False)


def test_rewrite_is_idempotent(tmp_path):
    events = [ev(1), ev(2)]
    write(tmp_path, events, [row("a1", 2)], [Reject("bad.txt", "empty", "no text")])
    first = store.read_events(tmp_path).to_pylist()
    write(tmp_path, events, [row("a1", 2)], [Reject("bad.txt", "empty", "no text")])
    assert store.read_events(tmp_path).to_pylist() == first
    assert pq.read_table(tmp_path / store.REJECTS).num_rows == 1
    assert pq.read_table(tmp_path / store.ARTICLES).num_rows == 1


def test_new_articles_are_added_and_reprocessed_ones_replaced(tmp_path):
    write(tmp_path, [ev(1), ev(2)], [row("a1", 2)])
    # a second run brings a new article and re-extracts a1 with one event fewer
    write(tmp_path, [ev(1), ev(3, article="a2")], [row("a1", 1), row("a2", 1)])
    ids = sorted(store.read_events(tmp_path).column("event_id").to_pylist())
    assert ids == ["e001", "e003"]
    assert store.known_article_ids(tmp_path, "t") == {"a1", "a2"}
    assert store.known_article_ids(tmp_path, "other-version") == set()


def test_interrupted_swap_is_recovered(tmp_path):
    write(tmp_path, [ev(1)], [row("a1", 1)])
    # simulate a crash between the two renames of the events/ swap
    (tmp_path / "events").rename(tmp_path / "events.old")
    (tmp_path / ".events.tmp-dead").mkdir()
    t = store.read_events(tmp_path)
    assert t.column("event_id").to_pylist() == ["e001"]
    assert not (tmp_path / ".events.tmp-dead").exists()


def test_no_temporary_files_left(tmp_path):
    write(tmp_path, [ev(1)], [row("a1", 1)])
    # ``.events/`` holds the committed versions; nothing else hidden may stay behind
    leftovers = [
        p.name for p in tmp_path.rglob("*") if p.name.startswith(".") and p.name != ".events"
    ]
    assert leftovers == []
    assert [p.name for p in (tmp_path / ".events").iterdir()] == ["v000001"]
