"""The event graph: merged events (clusters), typed links and stories (no file I/O:
``eventline.io.graphml`` writes the graph)."""

from eventline.link.core import LinkResult, graph_nodes, link_events
from eventline.link.report import story_report
from eventline.link.state import LinkState
from eventline.link.timeline import TimelineEvent

__all__ = [
    "LinkResult",
    "LinkState",
    "TimelineEvent",
    "graph_nodes",
    "link_events",
    "story_report",
]
