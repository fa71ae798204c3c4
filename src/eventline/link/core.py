"""``link_events``: clusters, typed links, stories, timeline rows, incremental state."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import networkx as nx

from eventline.link.merge import Clustering, cluster_mentions
from eventline.link.relations import STRONG, typed_links
from eventline.link.state import LinkState
from eventline.link.timeline import TimelineEvent, build_row
from eventline.model import Event, Link, stable_hash

_NODE_FIELDS = (
    "article_id", "source", "lang", "sentence_index", "sentence", "trigger", "event_type",
    "event_mode", "actor", "actor_canonical", "target", "target_canonical", "location",
    "location_canonical", "country_code", "latitude", "longitude", "date_start", "date_end",
    "date_precision", "fatalities", "injured", "modality", "published", "cluster_id", "story_id",
)  # fmt: skip


@dataclass(slots=True)
class LinkResult:
    """Everything ``link_events`` produces; ``events`` are the linked mentions (unique, by
    id), the graph's nodes."""

    links: list[Link]
    timeline: list[TimelineEvent]
    state: LinkState
    events: list[Event] = field(default_factory=list)

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The event graph, built on demand (``graph.graphml`` is written without it:
        ``eventline.io.graphml.write_event_graph`` with :func:`graph_nodes`)."""
        return _graph(self.events, self.links)


def _founding_key(ev: Event) -> tuple[date, str, int, str]:
    return (ev.published or date.max, ev.article_id, ev.sentence_index, ev.event_id)


def _assign_ids(
    groups: list[list[Event]],
    prefix: str,
    old_of: dict[str, str],
    rank: dict[str, int],
    state: LinkState,
) -> dict[str, str]:
    """Give each group an id: its oldest earlier id, else a hash of its founding mention.

    Updates ``old_of`` (event -> id), ``rank`` and ``state.aliases`` in place; returns the
    event -> id mapping for the given groups.
    """
    out: dict[str, str] = {}
    taken: dict[str, list[str]] = {}  # id given -> earlier ids its group absorbed
    ordered = sorted(groups, key=lambda g: min(_founding_key(e) for e in g))
    for g in ordered:
        old = sorted(
            {state.resolve(old_of[e.event_id]) for e in g if e.event_id in old_of},
            key=lambda i: (rank.get(i, 1 << 62), i),
        )
        # an earlier group that split (groups recomputed from scratch) keeps its id in
        # its first part; the others get ids of their own
        free = [i for i in old if i not in taken]
        if free:
            gid = free[0]
            taken[gid] = free[1:]
        else:
            founder = min(g, key=_founding_key)
            gid = prefix + stable_hash(prefix, founder.event_id, length=12)
            n = 0
            while gid in taken:  # the founder's earlier id lives on in another part
                n += 1
                gid = prefix + stable_hash(prefix, founder.event_id, str(n), length=12)
            if gid not in rank:
                rank[gid] = state.next_rank
                state.next_rank += 1
            taken[gid] = []
        for e in g:
            out[e.event_id] = gid
    for gid, losers in taken.items():
        for loser in losers:
            if loser not in taken:
                state.aliases[loser] = gid
    if state.aliases:
        for k, v in list(old_of.items()):
            old_of[k] = state.resolve(v)
    old_of.update(out)
    return out


def _components(ids: Sequence[str], pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from(pairs)
    return [sorted(c) for c in nx.connected_components(g)]


def _node_attrs(ev: Event) -> dict[str, str | int | float | bool]:
    attrs: dict[str, str | int | float | bool] = {}
    for name in _NODE_FIELDS:
        v = getattr(ev, name)
        if v is None:
            continue
        attrs[name] = v.isoformat() if isinstance(v, date) else v
    return attrs


def _cluster(
    evs: list[Event], index: dict[str, int], st: LinkState, keep: bool
) -> tuple[dict[str, str], Clustering]:
    """Cluster ids of the mentions (with ``keep``, earlier clusters start merged) and the
    clustering."""
    preset: dict[str, list[int]] = defaultdict(list)
    for e in evs:
        if keep and e.event_id in st.cluster_of:
            preset[st.resolve(st.cluster_of[e.event_id])].append(index[e.event_id])
    clustering = cluster_mentions(evs, preset=[preset[k] for k in sorted(preset)])
    groups = [[evs[i] for i in g] for g in clustering.groups]
    return _assign_ids(groups, "C", st.cluster_of, st.cluster_rank, st), clustering


def _links(evs: list[Event], clustering: Clustering, cluster: dict[str, str]) -> list[Link]:
    """Merge and summary ``same_event`` links plus the typed links, in table order."""
    links: list[Link] = []
    for i, j, ps in clustering.merges:
        links.append(Link(evs[i].event_id, evs[j].event_id, "same_event", ps.evidence, ps.score))
    for i, j, ps in clustering.summaries:
        a, b = evs[i], evs[j]
        links.append(
            Link(a.event_id, b.event_id, "same_event", "summary: " + ps.evidence, ps.score)
        )
    for i, j, ps in clustering.parts:
        a, b = evs[i], evs[j]
        links.append(Link(a.event_id, b.event_id, "same_event", "part: " + ps.evidence, ps.score))
    links.extend(typed_links(evs, cluster))
    links.sort(key=lambda lk: (lk.relation, lk.source_event_id, lk.target_event_id))
    return _shared_evidence(links)


def _shared_evidence(links: list[Link]) -> list[Link]:
    """``links`` with equal evidence texts one object (a few thousand distinct texts
    over hundreds of thousands of links: ~85 % of their bytes)."""
    shared: dict[str, str] = {}
    out = []
    for lk in links:
        text = shared.setdefault(lk.evidence, lk.evidence)
        out.append(lk if text is lk.evidence else replace(lk, evidence=text))
    return out


def _stories(
    evs: list[Event],
    uniq: dict[str, Event],
    cluster: dict[str, str],
    links: list[Link],
    st: LinkState,
    keep: bool,
) -> dict[str, str]:
    """Story ids: components over clusters and strong links (with ``keep``, earlier
    stories start merged)."""
    pairs: list[tuple[str, str]] = []
    first_of: dict[str, str] = {}
    for e in evs:
        c = cluster[e.event_id]
        if c in first_of:
            pairs.append((first_of[c], e.event_id))
        else:
            first_of[c] = e.event_id
    for lk in links:
        if lk.relation in ("same_event", "cause") or lk.score >= STRONG:
            pairs.append((lk.source_event_id, lk.target_event_id))
    old_story: dict[str, str] = {}
    for e in evs:
        if keep and e.event_id in st.story_of:
            sid = st.resolve(st.story_of[e.event_id])
            if sid in old_story:
                pairs.append((old_story[sid], e.event_id))
            else:
                old_story[sid] = e.event_id
    comps = _components([e.event_id for e in evs], pairs)
    return _assign_ids([[uniq[i] for i in c] for c in comps], "S", st.story_of, st.story_rank, st)


def graph_nodes(evs: Iterable[Event]) -> Iterator[tuple[str, dict[str, str | int | float | bool]]]:
    """The graph's nodes: each mention's id and attributes (no ``None``, dates in ISO)."""
    for e in evs:
        yield e.event_id, _node_attrs(e)


def _graph(evs: list[Event], links: list[Link]) -> nx.MultiDiGraph:
    """Mentions as nodes, links as edges keyed by relation."""
    graph = nx.MultiDiGraph()
    for n, attrs in graph_nodes(evs):
        graph.add_node(n, **attrs)
    for lk in links:
        graph.add_edge(
            lk.source_event_id,
            lk.target_event_id,
            key=lk.relation,
            relation=lk.relation,
            evidence=lk.evidence,
            score=lk.score,
        )
    return graph


def _timeline(evs: list[Event], cluster: dict[str, str]) -> list[TimelineEvent]:
    """One row per cluster, by date then cluster id."""
    members: dict[str, list[Event]] = defaultdict(list)
    for e in evs:
        members[cluster[e.event_id]].append(e)
    timeline = [build_row(cid, ms) for cid, ms in members.items()]
    timeline.sort(key=lambda r: (r.date_start or date.max, r.cluster_id))
    return timeline


def link_events(
    events: Sequence[Event], *, state: LinkState | None = None, keep_clusters: bool = True
) -> LinkResult:
    """Merge mentions into events, add typed links, form stories.

    Side effect: sets ``cluster_id`` and ``story_id`` on the given events. With ``state``,
    mentions of earlier runs keep their ids (pass their stored events too, for context);
    new mentions join existing clusters/stories; when old ids meet, the older one wins.
    ``keep_clusters=False`` clusters every mention afresh (clusters, links and stories
    are then those of one run over all the mentions, whatever the order they came in)
    and only carries the ids over: a group that holds mentions of an earlier cluster
    takes its id (the first such group, when the earlier cluster split).
    """
    st = LinkState.from_json(state.to_json()) if state is not None else LinkState()
    uniq: dict[str, Event] = {}
    for ev in sorted(events, key=lambda e: e.event_id):
        uniq.setdefault(ev.event_id, ev)
    evs = list(uniq.values())
    index = {e.event_id: i for i, e in enumerate(evs)}

    cluster, clustering = _cluster(evs, index, st, keep_clusters)
    for e in evs:
        e.cluster_id = cluster[e.event_id]
    links = _links(evs, clustering, cluster)
    story = _stories(evs, uniq, cluster, links, st, keep_clusters)
    for e in evs:
        e.story_id = story[e.event_id]
    return LinkResult(links=links, timeline=_timeline(evs, cluster), state=st, events=evs)
