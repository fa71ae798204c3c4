"""Typed records shared by every stage of the pipeline.

These dataclasses are the internal contract between stages: ``ingest`` makes
``Article`` and ``Reject`` records, ``temporal`` makes ``Timex`` records, ``extract``
makes ``Mention`` records, ``enrich`` turns them into ``Event`` records, ``link`` makes
``Link`` records and ``store`` writes them.
Field names of ``Event`` match the Parquet columns documented in ``docs/schema.md``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date

EXTRACTOR_VERSION = "0.1.0"

# Morphological features of a token as (feature, value) pairs ("Number", "Plur").
Morph = tuple[tuple[str, str], ...]


def stable_hash(*parts: object, length: int = 16) -> str:
    """Deterministic short hex digest of ``parts`` (stable across runs and machines)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def article_id_for(text: str) -> str:
    """Content hash of an article: NFC, whitespace collapsed, so re-encodings match."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return stable_hash("article", norm)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read from a source file.

    ``article_id`` is a hash of the normalised text, so the same article read twice
    (or from two files) gets the same id. ``doc_id`` is the id the input gave
    (JSONL ``id``, else the file stem); it is kept for display only and is never used
    to build a path.
    """

    article_id: str
    doc_id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    lang: str | None = None
    published: date | None = None
    # where ``published`` came from: metadata | cli | none (temporal may infer later)
    published_origin: str = "none"
    lang_origin: str = "given"  # given | detected | default


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be turned into an article (or an article we refused)."""

    source: str
    reason: str  # short machine-readable code: empty, binary, encoding, jsonl, html, language...
    detail: str
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its TIMEX3 value and resolved calendar interval.

    ``start``/``end`` are character offsets into the article text. ``anchor`` says what
    the value was resolved against: ``explicit`` (self-contained), ``published``
    (deictic, e.g. "hier"), ``timex:<start>`` (anaphoric: the earlier expression at
    that offset), ``weekday-year`` (year chosen so the weekday matches),
    ``inferred`` (reference date inferred from the article) or ``none``.
    """

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value, e.g. 2024-05-01, 2024-W17, PAST_REF, P3D
    date_start: date | None = None
    date_end: date | None = None  # inclusive
    granularity: str = "unknown"  # day|week|month|quarter|season|year|decade|century|range|unknown
    anchor: str = "none"
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, APPROX, START, END...


@dataclass(slots=True)
class Event:
    """One event mention: a trigger in a sentence with its arguments and date."""

    event_id: str
    article_id: str
    source: str
    lang: str
    published: date | None
    sentence_index: int
    sentence: str
    char_start: int  # sentence span in the article text
    char_end: int
    trigger: str
    action_lemma: str
    event_type: str
    event_mode: str | None = None
    cameo_root: str | None = None
    actor: str | None = None
    actor_canonical: str | None = None
    target: str | None = None
    target_canonical: str | None = None
    location: str | None = None
    location_canonical: str | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-3 of the event location
    latitude: float | None = None
    longitude: float | None = None
    date_text: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    date_anchor: str = "none"
    fatalities: int | None = None
    injured: int | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    story_id: str | None = None
    extractor_version: str = EXTRACTOR_VERSION
    # --- additional columns (free to add, never rename) ---
    trigger_start: int = 0  # trigger span in the article text
    trigger_end: int = 0
    paragraph_index: int = 0
    date_value: str | None = None  # TIMEX3 value of the governing expression
    casualty_qualifier: str | None = None  # exact|at_least|more_than|approx
    actor_country: str | None = None
    actor_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near/part of region, 3 region/country
    location_source: str | None = None  # clause | sentence | paragraph | article (where from)
    cluster_id: str | None = None
    extras: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def make_id(article_id: str, trigger_start: int | str, event_type: str) -> str:
        """Stable id: the same article text gives the same ids on every run."""
        return stable_hash(article_id, trigger_start, event_type)


@dataclass(frozen=True, slots=True)
class Link:
    """A typed, evidenced edge between two event mentions."""

    source_event_id: str
    target_event_id: str
    relation: str
    evidence: str
    score: float


@dataclass(slots=True)
class ArticleResult:
    """What the batch stage returns for one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    status: str = "ok"  # ok | no_events | rejected


@dataclass(frozen=True, slots=True)
class Speaker:
    """The source of reported speech ("X a déclaré", "according to X"): not an event, but
    an entity later pronouns may refer to ("WFP said it would…")."""

    text: str
    start: int  # char offset in the article
    head_lemma: str
    morph: Morph


@dataclass(frozen=True, slots=True)
class Mention:
    """What extraction found for one trigger and one place group: the raw words of the
    sentence, before ``enrich`` resolves places, actors and dates into an ``Event``.

    Offsets are characters of the article text. Fields shared with ``Event`` carry the
    same name and meaning.
    """

    event_id: str  # Event.make_id of the trigger (and place group)
    sentence_index: int
    sentence: str
    char_start: int  # sentence span
    char_end: int
    paragraph_index: int
    trigger: str
    trigger_start: int
    trigger_end: int
    action_lemma: str  # "attaquer", or "mener attaque" for a light verb
    event_type: str
    event_mode: str | None
    cameo_root: str
    modality: str
    confidence: float
    actor: str | None = None  # raw noun phrase
    actor_start: int | None = None
    actor_head: str | None = None  # lemma of the phrase's head
    actor_morph: Morph = ()  # morphology of the phrase's head
    target: str | None = None
    target_start: int | None = None
    target_head: str | None = None
    target_morph: Morph = ()
    location: str | None = None  # first place of the group
    other_places: tuple[str, ...] = ()  # the other places of the group
    place_anaphor: str | None = None  # "la région", "the area" when no place is named
    timex: Timex | None = None  # the expression that dates the trigger
    date_via: str | None = None  # clause | statement | sentence: how ``timex`` was attached
    # ``timex`` counts from a named happening ("la veille de l'attaque"): its noun's
    # lemma and the offset in days from that event's date
    date_event: tuple[str, int] | None = None
    tense: str = "unknown"  # past | pluperfect | present | future | unknown, of the clause
    fatalities: int | None = None
    injured: int | None = None
    casualty_qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceName:
    """A place an article names (a place entity, or a proper noun a place preposition
    introduces), with where it is: events whose own clause names no place inherit one
    (``Event.location_source``). Offsets are characters of the article text."""

    text: str
    start: int
    end: int
    sentence_index: int
    paragraph_index: int
    locative: bool  # named as where something is ("in X"), not as a participant ("X said")
    dateline: bool = False  # the place of the dateline opening the article


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One row of ``articles.parquet``."""

    article_id: str
    doc_id: str
    source: str
    title: str | None
    url: str | None
    lang: str | None
    published: date | None
    published_origin: str
    reference_date: date | None
    reference_origin: str
    n_chars: int
    n_events: int
    status: str
    extractor_version: str


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What one run did (``eventline.pipeline.run``), shown by the CLI and the Prefect UI."""

    articles: int  # articles processed
    skipped: int  # articles already in the output
    new_events: int
    events: int  # events in the dataset after the run
    clusters: int  # merged events (timeline rows)
    links: int
    rejects: int
    reject_reasons: tuple[tuple[str, int], ...]  # (reason, count), sorted by reason
    out: str
    timeline_html: str
    preview: tuple[Event, ...] = ()  # the first new events in date order
    unchanged: bool = False  # nothing new: the output directory was left as it was

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) rows, the one presentation of a summary."""
        rows = [("outputs", "unchanged (nothing new)")] if self.unchanged else []
        rows += [
            ("articles processed", str(self.articles)),
            ("articles skipped (already done)", str(self.skipped)),
            ("events (new / total)", f"{self.new_events} / {self.events}"),
            ("merged events (timeline)", str(self.clusters)),
            ("links", str(self.links)),
            ("rejects", str(self.rejects)),
        ]
        if self.reject_reasons:
            rows.append(("reject reasons", ", ".join(f"{k}: {v}" for k, v in self.reject_reasons)))
        rows.append(("output", self.out))
        return rows
