"""Cross-article merging scored against gold clusters (``clusters/clusters.json``).

A gold cluster lists the mentions (``[article id, gid]``) of one real-world event told by
several articles. Each gold mention is mapped to the prediction matched to it (the same
one-to-one matching as the event scorer); a pair of mentions from two different articles
is *merged* when their predictions share a ``cluster_id``. Over every cross-article pair
of matched gold mentions of the clustered articles: precision = merged pairs that are
gold pairs / merged pairs, recall = gold pairs merged / gold pairs (a gold pair with an
unmatched mention counts as missed).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventline.model import Event

CLUSTERS_FILE = Path("clusters") / "clusters.json"

MentionKey = tuple[str, str]  # (gold article id, gold event id)


@dataclass(frozen=True, slots=True)
class GoldCluster:
    cluster_id: str
    mentions: tuple[MentionKey, ...]


@dataclass(frozen=True, slots=True)
class MergeScores:
    """Cross-article merge precision, recall and F1 over mention pairs."""

    gold_pairs: int
    predicted_pairs: int
    correct: int

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted_pairs if self.predicted_pairs else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.gold_pairs if self.gold_pairs else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


def load_clusters(gold_dir: str | Path) -> list[GoldCluster] | None:
    """The gold clusters of ``gold_dir`` (None when the set has none)."""
    path = Path(gold_dir) / CLUSTERS_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        GoldCluster(c["id"], tuple((str(a), str(g)) for a, g in c["mentions"]))
        for c in data["clusters"]
    ]


def score_merges(
    clusters: Sequence[GoldCluster],
    matched: Mapping[MentionKey, Event | None],
    articles: Sequence[str],
) -> MergeScores:
    """``matched``: every gold mention of ``articles`` → its matched prediction or None."""
    wanted = {aid for aid in articles}
    cluster_of = {m: c.cluster_id for c in clusters for m in c.mentions}
    keys = sorted(k for k in matched if k[0] in wanted)
    gold = predicted = correct = 0
    for a, b in itertools.combinations(keys, 2):
        if a[0] == b[0]:
            continue  # same article: not a cross-outlet merge
        same_gold = a in cluster_of and cluster_of.get(a) == cluster_of.get(b)
        pa, pb = matched[a], matched[b]
        merged = (
            pa is not None
            and pb is not None
            and pa.cluster_id is not None
            and pa.cluster_id == pb.cluster_id
        )
        gold += same_gold
        predicted += merged
        correct += same_gold and merged
    return MergeScores(gold, predicted, correct)
