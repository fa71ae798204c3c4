"""The event graph: merged events (clusters), typed links and stories."""

from eventline.link.core import LinkResult, export_graph, link_events
from eventline.link.report import story_report
from eventline.link.state import LinkState
from eventline.link.timeline import TimelineEvent

__all__ = [
    "LinkResult",
    "LinkState",
    "TimelineEvent",
    "export_graph",
    "link_events",
    "story_report",
]
