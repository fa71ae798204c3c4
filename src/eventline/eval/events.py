"""Score extracted events against a hand-annotated gold set (see ``docs/gold-format.md``).

Pure functions, no Prefect: ``load_gold`` reads the JSON files, ``score`` compares predicted
``Event``/``Link`` records with them, ``format_report`` renders a markdown table and
``evaluate`` glues the three around any ``predict`` callable.

Matching: a predicted event matches a gold event when it belongs to the same article, its
sentence span overlaps the gold sentence and its ``event_type`` is equal; pairs are taken
one-to-one, greedily, closest triggers first. Predicted events with modality
``hypothetical`` are not scored; a predicted asserted event on a ``non_events`` sentence is a
false positive (other modalities there are ignored).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

from eventline import lang as langdata
from eventline.eval.clusters import GoldCluster, MentionKey, MergeScores, score_merges
from eventline.lang.base import Discourse
from eventline.model import (
    Article,
    Event,
    Link,
    article_id_for,
)
from eventline.ontology import (
    CASUALTY_QUALIFIERS,
    LINK_RELATIONS,
    MODALITIES,
    PLOVER_MODES,
    PLOVER_TYPES,
)
from eventline.text import words

log = logging.getLogger(__name__)

ROLES: tuple[str, ...] = ("actor", "target", "location")
# Relation read in the other direction (``cause`` has none: a reversed cause is wrong).
INVERSE_RELATION: dict[str, str] = {
    "before": "after",
    "after": "before",
    "same_event": "same_event",
    "same_actor": "same_actor",
    "same_location": "same_location",
    "same_story": "same_story",
}


class GoldFormatError(ValueError):
    """A gold file does not follow ``docs/gold-format.md``."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event mention, with its offsets resolved in the article text."""

    gid: str
    sentence: str
    trigger: str
    event_type: str
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    event_mode: str | None = None
    modality: str = "asserted"
    actor: str | None = None
    actor_canonical: str | None = None
    actor_country: str | None = None
    actor_sector: str | None = None
    target: str | None = None
    target_canonical: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    location: str | None = None
    location_canonical: str | None = None
    country_code: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    fatalities: int | None = None
    injured: int | None = None
    casualty_qualifier: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class GoldLink:
    source: str
    target: str
    relation: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """A gold article: its ``Article`` record (content-hash id), events, non-events, links."""

    gold_id: str
    lang: str
    published: date
    title: str
    text: str
    article: Article
    events: tuple[GoldEvent, ...]
    non_events: tuple[tuple[int, int], ...]  # sentence spans that must give no asserted event
    links: tuple[GoldLink, ...]
    path: str = ""


# --------------------------------------------------------------------------- loading


def _opt_date(value: object, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldFormatError(f"{where}: bad date {value!r}") from exc


def _find(haystack: str, needle: str, start: int, where: str) -> int:
    pos = haystack.find(needle, start)
    if pos < 0:
        raise GoldFormatError(f"{where}: {needle!r} not found")
    return pos


def _parse_event(raw: dict, text: str, where: str) -> GoldEvent:
    for key in ("gid", "sentence", "trigger", "event_type"):
        if not raw.get(key):
            raise GoldFormatError(f"{where}: missing {key!r}")
    sentence, trigger = raw["sentence"], raw["trigger"]
    s_start = _find(text, sentence, 0, f"{where} sentence")
    s_end = s_start + len(sentence)
    t_start = _find(sentence, trigger, 0, f"{where} trigger") + s_start
    event_type = raw["event_type"]
    if event_type not in PLOVER_TYPES:
        raise GoldFormatError(f"{where}: unknown event_type {event_type!r}")
    mode = raw.get("event_mode")
    if mode is not None and mode not in PLOVER_MODES.get(event_type, frozenset()):
        raise GoldFormatError(f"{where}: mode {mode!r} is not a PLOVER mode of {event_type}")
    modality = raw.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise GoldFormatError(f"{where}: unknown modality {modality!r}")
    qualifier = raw.get("casualty_qualifier")
    if qualifier is not None and qualifier not in CASUALTY_QUALIFIERS:
        raise GoldFormatError(f"{where}: unknown casualty_qualifier {qualifier!r}")
    d_start = _opt_date(raw.get("date_start"), where)
    d_end = _opt_date(raw.get("date_end"), where) or d_start
    if d_start is not None and d_end is not None and d_end < d_start:
        raise GoldFormatError(f"{where}: date_end before date_start")
    return GoldEvent(
        gid=raw["gid"],
        sentence=sentence,
        trigger=trigger,
        event_type=event_type,
        sentence_start=s_start,
        sentence_end=s_end,
        trigger_start=t_start,
        trigger_end=t_start + len(trigger),
        event_mode=mode,
        modality=modality,
        actor=raw.get("actor"),
        actor_canonical=raw.get("actor_canonical"),
        actor_country=raw.get("actor_country"),
        actor_sector=raw.get("actor_sector"),
        target=raw.get("target"),
        target_canonical=raw.get("target_canonical"),
        target_country=raw.get("target_country"),
        target_sector=raw.get("target_sector"),
        location=raw.get("location"),
        location_canonical=raw.get("location_canonical"),
        country_code=raw.get("country_code"),
        date_start=d_start,
        date_end=d_end,
        fatalities=raw.get("fatalities"),
        injured=raw.get("injured"),
        casualty_qualifier=qualifier,
        note=raw.get("note"),
    )


def parse_gold(data: dict, path: str = "") -> GoldArticle:
    """Validate one gold JSON object and resolve its sentence and trigger offsets."""
    where = path or str(data.get("id", "?"))
    for key in ("id", "lang", "published", "text", "events"):
        if key not in data:
            raise GoldFormatError(f"{where}: missing {key!r}")
    text: str = data["text"]
    lang: str = data["lang"]
    published = _opt_date(data["published"], where)
    if published is None:
        raise GoldFormatError(f"{where}: published is required")
    events = tuple(
        _parse_event(raw, text, f"{where} event {i}") for i, raw in enumerate(data["events"])
    )
    gids = [e.gid for e in events]
    if len(set(gids)) != len(gids):
        raise GoldFormatError(f"{where}: duplicate gid")
    non_events: list[tuple[int, int]] = []
    for sent in data.get("non_events", []):
        start = _find(text, sent, 0, f"{where} non_event")
        non_events.append((start, start + len(sent)))
    links: list[GoldLink] = []
    for raw in data.get("links", []):
        link = GoldLink(raw["source"], raw["target"], raw["relation"])
        if link.source not in gids or link.target not in gids:
            raise GoldFormatError(f"{where}: link to unknown event {raw}")
        if link.relation not in LINK_RELATIONS:
            raise GoldFormatError(f"{where}: unknown link relation {link.relation!r}")
        links.append(link)
    article = Article(
        article_id=article_id_for(text),
        doc_id=data["id"],
        source=path or data["id"],
        text=text,
        title=data.get("title"),
        url=data.get("url"),
        lang=lang,
        published=published,
        published_origin="metadata",
        lang_origin="given",
    )
    return GoldArticle(
        gold_id=data["id"],
        lang=lang,
        published=published,
        title=data.get("title", ""),
        text=text,
        article=article,
        events=events,
        non_events=tuple(non_events),
        links=tuple(links),
        path=path,
    )


def load_gold(gold_dir: str | Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file under ``gold_dir``, sorted by file name."""
    paths = sorted(Path(gold_dir).glob("*.json"))
    if not paths:
        raise GoldFormatError(f"no gold *.json files in {gold_dir}")
    out = []
    for p in paths:
        with p.open(encoding="utf-8") as fh:
            out.append(parse_gold(json.load(fh), str(p)))
    return out


# --------------------------------------------------------------------------- comparison


def _tokens(text: str) -> tuple[str, ...]:
    """Lower-cased, accent-free word tokens (punctuation and apostrophes split)."""
    return tuple(words(text))


@langdata.derived
@cache
def _role_stopwords(codes: tuple[str, ...]) -> frozenset[str]:
    """Folded articles, role determiners and role prepositions of the languages ``codes``.

    ``normalise`` has no language, and gold and predicted phrases may quote words of
    another language, so the words of every supported language are dropped from every
    phrase: the union, as the scorer always did.
    """
    words: set[str] = set()
    for code in codes:
        data = langdata.get(code)
        fw, d = data.function_words, data.discourse
        lists = (fw.DEFINITE_ARTICLES, fw.INDEFINITE_ARTICLES, fw.CONTRACTED_ARTICLES,
                 d.ROLE_DETERMINERS, d.ROLE_PREPOSITIONS)  # fmt: skip
        words.update(t for ws in lists for w in ws for t in _tokens(w))
    return frozenset(words)


def role_stopwords() -> frozenset[str]:
    """The words :func:`normalise` drops, in every supported language, folded ("l'" -> "l")."""
    return _role_stopwords(langdata.SUPPORTED)


def normalise(text: str | None) -> tuple[str, ...]:
    """Lower-cased, accent-free content tokens (determiners and punctuation dropped)."""
    if not text:
        return ()
    tokens = _tokens(text)
    stop = role_stopwords()
    content = tuple(t for t in tokens if t not in stop)
    return content or tokens  # a bare pronoun ("l'", "leur", "its") stays comparable


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _discourse(code: str) -> Discourse:
    """The language's discourse data; an unsupported language has the empty defaults."""
    try:
        return langdata.get(code).discourse
    except KeyError:
        return Discourse()


def head_token(tokens: tuple[str, ...], lang: str) -> str | None:
    """Rough syntactic head of a normalised phrase: the first token in a head-initial
    language (French), else the token before the first complement preposition (English
    "militants in the north"), else the last token."""
    if not tokens:
        return None
    d = _discourse(lang)
    if d.HEAD_INITIAL:
        return tokens[0]
    for i, tok in enumerate(tokens):
        if tok in d.HEAD_BOUNDARY_PREPOSITIONS and i > 0:
            return tokens[i - 1]
    return tokens[-1]


def raw_match(gold: str | None, pred: str | None, lang: str) -> bool:
    """Raw role texts agree: both empty, equal after normalising, one contains the other,
    or the head of one occurs in the other."""
    g, p = normalise(gold), normalise(pred)
    if not g or not p:
        return not g and not p
    if g == p or _contains(g, p) or _contains(p, g):
        return True
    gh, ph = head_token(g, lang), head_token(p, lang)
    return (gh is not None and gh in p) or (ph is not None and ph in g)


def canonical_match(gold: str | None, pred: str | None) -> bool:
    """Canonical names agree: both empty, or equal / contained after normalising."""
    g, p = normalise(gold), normalise(pred)
    if not g or not p:
        return not g and not p
    return g == p or _contains(g, p) or _contains(p, g)


INHERITED_SOURCES = ("sentence", "paragraph", "article")


def clause_place(ev: Event) -> Event:
    """The prediction's place as the gold annotates places: only a place its own clause
    names. A place it inherits from its sentence, paragraph or article
    (``location_source``) counts as none for the location and country fields."""
    if ev.location_source not in INHERITED_SOURCES:
        return ev
    return replace(ev, location=None, location_canonical=None, country_code=None)


def code_match(gold: str | None, pred: str | None) -> bool:
    return (gold or "").upper() == (pred or "").upper()


def date_match(gold: GoldEvent, pred: Event) -> bool:
    """Predicted interval inside the gold window; a gold null window wants an unknown date."""
    if gold.date_start is None:
        return pred.date_start is None
    if pred.date_start is None:
        return False
    p_end = pred.date_end or pred.date_start
    g_end = gold.date_end or gold.date_start
    return gold.date_start <= pred.date_start and p_end <= g_end


# --------------------------------------------------------------------------- report


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


ROLE_FIELDS: tuple[str, ...] = (
    "actor",
    "actor_canonical",
    "target",
    "target_canonical",
    "location",
    "location_canonical",
)
ATTRIBUTE_FIELDS: tuple[str, ...] = (
    "actor_country",
    "actor_sector",
    "target_country",
    "target_sector",
    "country_code",
)


@dataclass(slots=True)
class Scores:
    """Counts and accuracies for one slice (a language or everything)."""

    articles: int = 0
    gold_events: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    roles: dict[str, Ratio] = field(default_factory=lambda: {f: Ratio() for f in ROLE_FIELDS})
    attributes: dict[str, Ratio] = field(
        default_factory=lambda: {f: Ratio() for f in ATTRIBUTE_FIELDS}
    )
    date: Ratio = field(default_factory=Ratio)
    casualties: Ratio = field(default_factory=Ratio)
    casualty_qualifier: Ratio = field(default_factory=Ratio)
    modality: Ratio = field(default_factory=Ratio)
    mode: Ratio = field(default_factory=Ratio)
    links: Ratio = field(default_factory=Ratio)
    non_events: Ratio = field(default_factory=Ratio)  # non-event sentences left clean
    dated: Ratio = field(default_factory=Ratio)  # predicted events with a date
    located: Ratio = field(default_factory=Ratio)  # with coordinates, where a place is named
    merges: MergeScores | None = None  # cross-article merges (gold clusters)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def role_accuracy(self) -> float | None:
        """Pooled accuracy over the six role fields (raw and canonical actor/target/location)."""
        total = sum(r.total for r in self.roles.values())
        return sum(r.correct for r in self.roles.values()) / total if total else None


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One scoring disagreement, for error analysis."""

    article: str
    gid: str | None
    field: str
    gold: str
    predicted: str


@dataclass(slots=True)
class Report:
    by_lang: dict[str, Scores]
    overall: Scores
    mismatches: list[Mismatch] = field(default_factory=list)

    def slice(self, lang: str | None = None) -> Scores:
        return self.overall if lang is None else self.by_lang.get(lang, Scores())


# --------------------------------------------------------------------------- scoring


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _trigger_distance(gold: GoldEvent, pred: Event) -> int:
    if pred.trigger_end > pred.trigger_start:
        return abs(pred.trigger_start - gold.trigger_start)
    # no trigger offsets: fall back to the trigger text, then to the sentence start
    if pred.trigger and pred.trigger.casefold() in gold.sentence.casefold():
        if pred.trigger.casefold() == gold.trigger.casefold():
            return 0
        return 1 + abs(gold.sentence.casefold().find(pred.trigger.casefold()) - gold.trigger_start)
    return 10_000 + abs(pred.char_start - gold.sentence_start)


def match_events(gold: GoldArticle, predicted: Sequence[Event]) -> list[tuple[GoldEvent, Event]]:
    """One-to-one greedy matching (same sentence span and type, closest triggers first)."""
    candidates: list[tuple[int, int, int, GoldEvent, Event]] = []
    for gi, g in enumerate(gold.events):
        for pi, p in enumerate(predicted):
            if p.event_type != g.event_type:
                continue
            if not _overlaps(p.char_start, p.char_end, g.sentence_start, g.sentence_end):
                continue
            candidates.append((_trigger_distance(g, p), gi, pi, g, p))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[GoldEvent, Event]] = []
    for _, gi, pi, g, p in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((g, p))
    return pairs


def _check(
    ratio: Ratio,
    ok: bool,
    mismatches: list[Mismatch],
    art: str,
    gid: str | None,
    name: str,
    gold: object,
    pred: object,
) -> None:
    ratio.add(ok)
    if not ok:
        mismatches.append(Mismatch(art, gid, name, str(gold), str(pred)))


def _score_article(
    gold: GoldArticle,
    predicted: Sequence[Event],
    pred_rel: set[tuple[str, str, str]],
    sc: Scores,
    mismatches: list[Mismatch],
    matched: dict[MentionKey, Event | None],
) -> None:
    art = gold.gold_id
    scored = [p for p in predicted if p.modality != "hypothetical"]
    pairs = match_events(gold, scored)
    matched_pred = {id(p) for _, p in pairs}
    matched_gold = {g.gid for g, _ in pairs}
    sc.articles += 1
    sc.gold_events += len(gold.events)
    sc.tp += len(pairs)
    sc.fn += len(gold.events) - len(pairs)
    for g in gold.events:
        if g.gid not in matched_gold:
            mismatches.append(Mismatch(art, g.gid, "missed", f"{g.event_type} {g.trigger}", "-"))

    # unmatched predictions are false positives, except non-asserted ones on non-event
    # sentences (a policy sentence coded "future" is not a claim that something happened)
    for p in scored:
        if id(p) in matched_pred:
            continue
        on_non_event = any(_overlaps(p.char_start, p.char_end, s, e) for s, e in gold.non_events)
        if on_non_event and p.modality != "asserted":
            continue
        sc.predicted += 1
        sc.fp += 1
        mismatches.append(Mismatch(art, None, "spurious", "-", f"{p.event_type} {p.trigger}"))
    sc.predicted += len(pairs)
    names_place = any(g.location for g in gold.events)
    for p in predicted:
        sc.dated.add(p.date_start is not None)
        if names_place:
            sc.located.add(p.latitude is not None and p.longitude is not None)

    for s, e in gold.non_events:
        clean = not any(
            p.modality == "asserted" and _overlaps(p.char_start, p.char_end, s, e) for p in scored
        )
        _check(sc.non_events, clean, mismatches, art, None, "non_event", gold.text[s:e], "event")

    for g, p in ((g, clause_place(p)) for g, p in pairs):
        for role in ROLES:
            gv, pv = getattr(g, role), getattr(p, role)
            ok = raw_match(gv, pv, gold.lang)
            _check(sc.roles[role], ok, mismatches, art, g.gid, role, gv, pv)
            cf = f"{role}_canonical"
            gv, pv = getattr(g, cf), getattr(p, cf)
            _check(sc.roles[cf], canonical_match(gv, pv), mismatches, art, g.gid, cf, gv, pv)
        for attr in ATTRIBUTE_FIELDS:
            gv, pv = getattr(g, attr), getattr(p, attr)
            _check(sc.attributes[attr], code_match(gv, pv), mismatches, art, g.gid, attr, gv, pv)
        _check(
            sc.date,
            date_match(g, p),
            mismatches,
            art,
            g.gid,
            "date",
            f"{g.date_start}..{g.date_end}",
            f"{p.date_start}..{p.date_end}",
        )
        _check(sc.modality, g.modality == p.modality, mismatches, art, g.gid, "modality",
               g.modality, p.modality)  # fmt: skip
        _check(sc.mode, (g.event_mode or None) == (p.event_mode or None), mismatches, art,
               g.gid, "mode", g.event_mode, p.event_mode)  # fmt: skip
        if g.casualty_qualifier is not None:
            _check(sc.casualty_qualifier, g.casualty_qualifier == p.casualty_qualifier,
                   mismatches, art, g.gid, "casualty_qualifier", g.casualty_qualifier,
                   p.casualty_qualifier)  # fmt: skip

    pred_of = {g.gid: p for g, p in pairs}
    for g in gold.events:
        matched[(art, g.gid)] = pred_of.get(g.gid)
    _score_casualties(gold, pred_of, sc, mismatches)
    for gl in gold.links:
        ok = _link_found(gl, pred_of, pred_rel)
        _check(sc.links, ok, mismatches, art, gl.source, "link",
               f"{gl.source}-{gl.relation}-{gl.target}", "found" if ok else "-")  # fmt: skip


def _score_casualties(
    gold: GoldArticle, pred_of: dict[str, Event], sc: Scores, mismatches: list[Mismatch]
) -> None:
    """Casualties: every gold event stating a number, plus matched events where either
    side has one."""
    for g in gold.events:
        p = pred_of.get(g.gid)
        gold_has = g.fatalities is not None or g.injured is not None
        pred_has = p is not None and (p.fatalities is not None or p.injured is not None)
        if not gold_has and not pred_has:
            continue
        ok = p is not None and p.fatalities == g.fatalities and p.injured == g.injured
        got = "-" if p is None else f"{p.fatalities}/{p.injured}"
        _check(sc.casualties, ok, mismatches, gold.gold_id, g.gid, "casualties",
               f"{g.fatalities}/{g.injured}", got)  # fmt: skip


def _link_found(
    gl: GoldLink, pred_of: dict[str, Event], pred_rel: set[tuple[str, str, str]]
) -> bool:
    """A gold link is recalled when its relation joins the two matched predictions."""
    ps, pt = pred_of.get(gl.source), pred_of.get(gl.target)
    if ps is None or pt is None:
        return False
    if (ps.event_id, pt.event_id, gl.relation) in pred_rel:
        return True
    # a same_event merge may be expressed by a shared cluster id instead of a Link
    return (
        gl.relation == "same_event" and ps.cluster_id is not None and ps.cluster_id == pt.cluster_id
    )


def _merge(into: Scores, part: Scores) -> None:
    for name in ("articles", "gold_events", "predicted", "tp", "fp", "fn"):
        setattr(into, name, getattr(into, name) + getattr(part, name))
    for group in ("roles", "attributes"):
        for key, r in getattr(part, group).items():
            target = getattr(into, group)[key]
            target.correct += r.correct
            target.total += r.total
    for name in ("date", "casualties", "casualty_qualifier", "modality", "mode", "links",
                 "non_events", "dated", "located"):  # fmt: skip
        t, r = getattr(into, name), getattr(part, name)
        t.correct += r.correct
        t.total += r.total


def score(
    gold: Sequence[GoldArticle],
    predicted: Iterable[Event],
    links: Iterable[Link] = (),
    clusters: Sequence[GoldCluster] | None = None,
) -> Report:
    """Compare predicted events (and links, and cross-article merges when the set has
    gold ``clusters``) with the gold set, per language and overall."""
    by_article: dict[str, list[Event]] = {}
    for ev in predicted:
        by_article.setdefault(ev.article_id, []).append(ev)
    pred_rel: set[tuple[str, str, str]] = set()
    for lk in links:
        pred_rel.add((lk.source_event_id, lk.target_event_id, lk.relation))
        if lk.relation in INVERSE_RELATION:
            pred_rel.add((lk.target_event_id, lk.source_event_id, INVERSE_RELATION[lk.relation]))
    known = {g.article.article_id for g in gold}
    stray = [aid for aid in by_article if aid not in known]
    if stray:
        log.warning("%d predicted articles are not in the gold set", len(stray))
    by_lang: dict[str, Scores] = {}
    mismatches: list[Mismatch] = []
    matched: dict[MentionKey, Event | None] = {}
    for g in gold:
        sc = by_lang.setdefault(g.lang, Scores())
        found = by_article.get(g.article.article_id, [])
        _score_article(g, found, pred_rel, sc, mismatches, matched)
    overall = Scores()
    for sc in by_lang.values():
        _merge(overall, sc)
    if clusters:
        clustered = {a for c in clusters for a, _ in c.mentions}
        for code, sc in by_lang.items():
            arts = [g.gold_id for g in gold if g.lang == code and g.gold_id in clustered]
            sc.merges = score_merges(clusters, matched, arts)
        overall.merges = score_merges(clusters, matched, sorted(clustered))
    return Report(by_lang=by_lang, overall=overall, mismatches=mismatches)


def gold_as_predictions(gold: Sequence[GoldArticle]) -> tuple[list[Event], list[Link]]:
    """The gold annotations as ``Event``/``Link`` records (an oracle "prediction").

    Useful to check the scorer (the oracle scores 1.0) and as a template for building
    predictions by hand in tests.
    """
    events: list[Event] = []
    links: list[Link] = []
    for art in gold:
        ids: dict[str, str] = {}
        for g in art.events:
            aid = art.article.article_id
            ev = Event(
                event_id=Event.make_id(aid, g.trigger_start, g.event_type),
                article_id=aid,
                source=art.article.source,
                lang=art.lang,
                published=art.published,
                sentence_index=art.text.count("\n", 0, g.sentence_start),
                sentence=g.sentence,
                char_start=g.sentence_start,
                char_end=g.sentence_end,
                trigger=g.trigger,
                action_lemma=g.trigger.casefold(),
                event_type=g.event_type,
                trigger_start=g.trigger_start,
                trigger_end=g.trigger_end,
                date_precision="unknown" if g.date_start is None else "day",
            )
            for name in (*ROLE_FIELDS, *ATTRIBUTE_FIELDS, "date_start", "date_end",
                         "fatalities", "injured", "casualty_qualifier", "modality"):  # fmt: skip
                setattr(ev, name, getattr(g, name))
            ev.event_mode = g.event_mode
            ids[g.gid] = ev.event_id
            events.append(ev)
        for gl in art.links:
            links.append(Link(ids[gl.source], ids[gl.target], gl.relation, "gold", 1.0))
    return events, links


def evaluate(
    gold_dir: str | Path,
    predict: Callable[[list[Article]], tuple[list[Event], list[Link]]],
) -> Report:
    """Load the gold set, run ``predict`` on its articles and score the result."""
    gold = load_gold(gold_dir)
    events, links = predict([g.article for g in gold])
    return score(gold, events, links)


# --------------------------------------------------------------------------- rendering


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _ratio(r: Ratio) -> str:
    return "–" if r.value is None else f"{r.value:.2f} ({r.correct}/{r.total})"


def _merge_value(s: Scores, name: str) -> str:
    m = s.merges
    if m is None or not m.gold_pairs:
        return "–"
    value = getattr(m, name)
    detail = {
        "precision": f"{m.correct}/{m.predicted_pairs}",
        "recall": f"{m.correct}/{m.gold_pairs}",
    }
    return f"{_fmt(value)} ({detail[name]})" if name in detail else _fmt(value)


def format_report(report: Report) -> str:
    """Markdown table: one row per metric, one column per language plus "all"."""
    known = langdata.SUPPORTED  # the project's languages first, in their order
    langs = [code for code in known if code in report.by_lang]
    langs += sorted(code for code in report.by_lang if code not in known)
    cols = [(lang, report.by_lang[lang]) for lang in langs] + [("all", report.overall)]
    rows: list[tuple[str, list[str]]] = [
        ("articles", [str(s.articles) for _, s in cols]),
        ("gold events", [str(s.gold_events) for _, s in cols]),
        ("predicted events", [str(s.predicted) for _, s in cols]),
        ("event precision", [_fmt(s.precision) for _, s in cols]),
        ("event recall", [_fmt(s.recall) for _, s in cols]),
        ("**event F1**", [f"**{_fmt(s.f1)}**" for _, s in cols]),
        ("**role accuracy**", [f"**{_fmt(s.role_accuracy)}**" for _, s in cols]),
    ]
    rows += [(f"  {f}", [_ratio(s.roles[f]) for _, s in cols]) for f in ROLE_FIELDS]
    rows += [(f"  {f}", [_ratio(s.attributes[f]) for _, s in cols]) for f in ATTRIBUTE_FIELDS]
    rows += [
        ("date accuracy", [_ratio(s.date) for _, s in cols]),
        ("casualty accuracy", [_ratio(s.casualties) for _, s in cols]),
        ("casualty qualifier", [_ratio(s.casualty_qualifier) for _, s in cols]),
        ("modality accuracy", [_ratio(s.modality) for _, s in cols]),
        ("mode accuracy", [_ratio(s.mode) for _, s in cols]),
        ("non-event sentences clean", [_ratio(s.non_events) for _, s in cols]),
        ("link recall", [_ratio(s.links) for _, s in cols]),
        ("dated events", [_ratio(s.dated) for _, s in cols]),
        ("located events (place named)", [_ratio(s.located) for _, s in cols]),
    ]
    if report.overall.merges is not None:
        rows += [
            ("cross-article merge precision", [_merge_value(s, "precision") for _, s in cols]),
            ("cross-article merge recall", [_merge_value(s, "recall") for _, s in cols]),
            ("**cross-article merge F1**", [f"**{_merge_value(s, 'f1')}**" for _, s in cols]),
        ]
    header = "| metric | " + " | ".join(name for name, _ in cols) + " |"
    sep = "|---|" + "---:|" * len(cols)
    body = ["| " + name + " | " + " | ".join(vals) + " |" for name, vals in rows]
    return "\n".join([header, sep, *body])
