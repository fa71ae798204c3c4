"""The event graph: merged events (clusters), typed links and stories (no file I/O:
``eventline.io.graphml`` writes the graph)."""

from eventline.link.core import LinkResult, link_events
from eventline.link.report import story_report
from eventline.link.state import LinkState
from eventline.link.timeline import TimelineEvent

__all__ = [
    "LinkResult",
    "LinkState",
    "TimelineEvent",
    "link_events",
    "story_report",
]
