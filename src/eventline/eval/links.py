"""Evaluation of linking against a gold multi-article set (see docs/linking.md).

Gold format (``gold.json``)::

    {"clusters": [{"id": "X", "date": "2024-03-03", "mentions": ["A1-1", "A2-1"]}, ...],
     "links": [{"source": "A1-4", "target": "A1-2", "relation": "before"}, ...]}

A summary mention that covers several events is listed in each of their clusters;
mentions listed nowhere are singletons. Oracle mentions are ``<article>.json`` files
next to ``<article>.txt`` (one sentence per line), see :func:`load_oracle`.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from eventline.eval.events import INVERSE_RELATION, GoldArticle, match_events
from eventline.model import Event, Link, article_id_for

_DATE_FIELDS = {"date_start", "date_end", "published"}
_EVENT_FIELDS = {f.name for f in fields(Event)}


@dataclass(frozen=True, slots=True)
class OracleArticle:
    """One gold article: its text and hand-written mentions."""

    name: str
    text: str
    events: list[Event]


def _parse(value: Any, name: str) -> Any:
    if name in _DATE_FIELDS and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def load_oracle(folder: Path) -> list[OracleArticle]:
    """Read ``*.json`` oracle mention files and their ``.txt`` articles from ``folder``.

    Each mention gives ``id`` (used as ``event_id``), ``sentence`` (line index),
    ``trigger`` (first occurrence in the sentence, or ``trigger_at`` its n-th one) and
    any ``Event`` field by name. Article-level ``lang``, ``source`` and ``published``
    apply to every mention.
    """
    out: list[OracleArticle] = []
    for path in sorted(Path(folder).glob("*.json")):
        if path.name == "gold.json":
            continue
        meta = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        lines = text.split("\n")
        offsets = list(itertools.accumulate((len(x) + 1 for x in lines), initial=0))
        aid = meta.get("article_id") or article_id_for(text)
        events: list[Event] = []
        for m in meta["mentions"]:
            si = int(m["sentence"])
            sent = lines[si]
            pos = -1
            for _ in range(int(m.get("trigger_at", 0)) + 1):
                pos = sent.find(m["trigger"], pos + 1)
            if pos < 0:
                raise ValueError(f"{path.name}: trigger {m['trigger']!r} not in sentence {si}")
            extra = {
                k: _parse(v, k)
                for k, v in m.items()
                if k in _EVENT_FIELDS and k not in ("event_id", "sentence", "trigger")
            }
            published = _parse(meta.get("published"), "published")
            events.append(
                Event(
                    event_id=m["id"],
                    article_id=aid,
                    source=meta.get("source", path.stem),
                    lang=meta["lang"],
                    published=published,
                    sentence_index=si,
                    sentence=sent,
                    char_start=offsets[si],
                    char_end=offsets[si] + len(sent),
                    trigger=m["trigger"],
                    action_lemma=m.get("action_lemma", m["trigger"].lower()),
                    event_type=m["event_type"],
                    trigger_start=offsets[si] + pos,
                    trigger_end=offsets[si] + pos + len(m["trigger"]),
                    **{k: v for k, v in extra.items() if k not in ("action_lemma", "event_type")},
                )
            )
        out.append(OracleArticle(path.stem, text, events))
    return out


@dataclass(frozen=True, slots=True)
class Gold:
    """Gold clusters (mention -> set of cluster ids), cluster dates and typed links."""

    clusters_of: dict[str, frozenset[str]]
    cluster_date: dict[str, date]
    links: frozenset[tuple[str, str, str]]  # (gold cluster, gold cluster, relation)

    def cluster(self, mention: str) -> frozenset[str]:
        return self.clusters_of.get(mention, frozenset({"single:" + mention}))


def load_gold(path: Path) -> Gold:
    """Parse ``gold.json``; links are lifted to gold-cluster level."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    clusters_of: dict[str, set[str]] = defaultdict(set)
    cdate: dict[str, date] = {}
    for c in data["clusters"]:
        for m in c["mentions"]:
            clusters_of[m].add(c["id"])
        if c.get("date"):
            cdate[c["id"]] = date.fromisoformat(c["date"])
    frozen = {k: frozenset(v) for k, v in clusters_of.items()}
    links: set[tuple[str, str, str]] = set()
    for lk in data["links"]:
        for a in frozen.get(lk["source"], {"single:" + lk["source"]}):
            for b in frozen.get(lk["target"], {"single:" + lk["target"]}):
                links.add((a, b, lk["relation"]))
    return Gold(frozen, cdate, frozenset(links))


@dataclass(frozen=True, slots=True)
class Scores:
    """Pairwise merge and link figures."""

    merge_precision: float
    merge_recall: float
    merge_f1: float
    link_recall: float  # gold before/cause links found (cluster level)
    link_precision: float  # predicted before/cause links that are right
    n_pred_pairs: int
    n_gold_pairs: int
    n_gold_links: int
    n_pred_links: int


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _predicted_pairs(
    ms: Sequence[str], cluster_of: Mapping[str, str], links: Sequence[Link]
) -> set[tuple[str, str]]:
    """Co-clustered pairs plus, for each ``same_event`` summary link, the summary mention
    paired with every member of the linked cluster."""
    members: dict[str, list[str]] = defaultdict(list)
    for m in ms:
        members[cluster_of[m]].append(m)
    pred: set[tuple[str, str]] = set()
    for group in members.values():
        pred.update(itertools.combinations(sorted(group), 2))
    for lk in links:
        if lk.relation == "same_event" and lk.source_event_id in cluster_of:
            s = lk.source_event_id
            for x in members.get(cluster_of.get(lk.target_event_id, ""), []):
                if x != s:
                    pred.add((min(s, x), max(s, x)))
    return pred


def _predicted_links(
    cluster_of: Mapping[str, str], links: Sequence[Link], gold: Gold
) -> set[tuple[str, str, str]]:
    """Predicted ``before``/``cause`` links lifted to gold-cluster level."""
    pred_links: set[tuple[str, str, str]] = set()
    for lk in links:
        if lk.relation not in ("before", "cause"):
            continue
        if lk.source_event_id not in cluster_of or lk.target_event_id not in cluster_of:
            continue
        for a in gold.cluster(lk.source_event_id):
            for b in gold.cluster(lk.target_event_id):
                pred_links.add((a, b, lk.relation))
    return pred_links


def _right(gold: Gold, a: str, b: str, rel: str) -> bool:
    """A predicted cluster-level link is right: in the gold, a ``before`` where the gold
    has a ``cause``, or a ``before`` the gold cluster dates agree with."""
    if (a, b, rel) in gold.links:
        return True
    if rel == "before":
        if (a, b, "cause") in gold.links:
            return True
        da, db = gold.cluster_date.get(a), gold.cluster_date.get(b)
        return da is not None and db is not None and da < db
    return False


def score(
    mentions: Sequence[str],
    cluster_of: Mapping[str, str],
    links: Iterable[Link],
    gold: Gold,
) -> Scores:
    """Pairwise precision/recall/F1 of ``same_event`` and accuracy of typed links.

    ``mentions`` are gold mention ids (predicted ids already mapped to them). Predicted
    pairs are co-clustered pairs plus, for each ``same_event`` summary link, the summary
    mention paired with every member of the linked cluster.
    """
    ms = sorted(set(mentions))
    links = list(links)
    pred = _predicted_pairs(ms, cluster_of, links)
    gold_pairs = {
        (a, b) for a, b in itertools.combinations(ms, 2) if gold.cluster(a) & gold.cluster(b)
    }
    tp = len(pred & gold_pairs)
    p, r = _ratio(tp, len(pred)), _ratio(tp, len(gold_pairs))
    f1 = 2 * p * r / (p + r) if p + r else 0.0

    pred_links = _predicted_links(cluster_of, links, gold)
    found = sum(1 for g in gold.links if g in pred_links)
    correct = sum(1 for a, b, rel in pred_links if _right(gold, a, b, rel))
    return Scores(
        merge_precision=round(p, 4),
        merge_recall=round(r, 4),
        merge_f1=round(f1, 4),
        link_recall=round(_ratio(found, len(gold.links)), 4),
        link_precision=round(_ratio(correct, len(pred_links)), 4),
        n_pred_pairs=len(pred),
        n_gold_pairs=len(gold_pairs),
        n_gold_links=len(gold.links),
        n_pred_links=len(pred_links),
    )


def match_predicted(predicted: Sequence[Event], oracle: Sequence[OracleArticle]) -> dict[str, str]:
    """Map predicted event ids to gold mention ids: same article text hash, overlapping
    sentence span, same event type, nearest trigger; each gold mention used once."""
    by_article: dict[str, list[Event]] = defaultdict(list)
    for art in oracle:
        by_article[article_id_for(art.text)].extend(art.events)
    used: set[str] = set()
    out: dict[str, str] = {}
    for ev in sorted(predicted, key=lambda e: (e.article_id, e.trigger_start, e.event_id)):
        cands = [
            g
            for g in by_article.get(ev.article_id, [])
            if g.event_id not in used
            and g.event_type == ev.event_type
            and g.char_start < ev.char_end
            and ev.char_start < g.char_end
        ]
        if cands:
            best = min(cands, key=lambda g: (abs(g.trigger_start - ev.trigger_start), g.event_id))
            used.add(best.event_id)
            out[ev.event_id] = best.event_id
    return out


@dataclass(frozen=True, slots=True)
class LinkBreakdown:
    """Within-article gold links of one relation on a gold article set (``eval/events``):
    how many there are, how many have both ends matched by a prediction, how many of
    those are found (the scorer's rule: same relation, or a shared cluster for
    ``same_event``)."""

    relation: str
    gold: int
    both_matched: int
    found: int


def _recalled(relation: str, ps: Event, pt: Event, pred_rel: set[tuple[str, str, str]]) -> bool:
    if (ps.event_id, pt.event_id, relation) in pred_rel:
        return True
    return relation == "same_event" and ps.cluster_id is not None and ps.cluster_id == pt.cluster_id


def link_breakdown(
    gold: Sequence[GoldArticle], events: Sequence[Event], links: Iterable[Link]
) -> list[LinkBreakdown]:
    """One :class:`LinkBreakdown` per gold relation, then one for all (``"all"``):
    separates what extraction misses (an end unmatched) from what linking misses."""
    pred_rel: set[tuple[str, str, str]] = set()
    for lk in links:
        pred_rel.add((lk.source_event_id, lk.target_event_id, lk.relation))
        if lk.relation in INVERSE_RELATION:
            pred_rel.add((lk.target_event_id, lk.source_event_id, INVERSE_RELATION[lk.relation]))
    by_article: dict[str, list[Event]] = defaultdict(list)
    for ev in sorted(events, key=lambda e: (e.article_id, e.trigger_start, e.trigger_end,
                                            e.event_id)):  # fmt: skip
        if ev.modality != "hypothetical":
            by_article[ev.article_id].append(ev)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for art in gold:
        found = by_article.get(art.article.article_id, [])
        pred_of = {g.gid: p for g, p in match_events(art, found)}
        for gl in art.links:
            ps, pt = pred_of.get(gl.source), pred_of.get(gl.target)
            ok = ps is not None and pt is not None and _recalled(gl.relation, ps, pt, pred_rel)
            for key in (gl.relation, "all"):
                c = counts[key]
                c[0] += 1
                c[1] += ps is not None and pt is not None
                c[2] += ok
    order = [*sorted(k for k in counts if k != "all"), "all"]
    return [LinkBreakdown(k, *counts[k]) for k in order if k in counts]
