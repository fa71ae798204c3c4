"""The event graph: merged events (clusters), typed links and stories."""

from eventline.link.core import LinkResult, export_graph, link_events
from eventline.link.report import (
    LINKS_SCHEMA,
    TIMELINE_SCHEMA,
    links_table,
    story_report,
    timeline_table,
)
from eventline.link.state import LinkState
from eventline.link.timeline import TimelineEvent

__all__ = [
    "LINKS_SCHEMA",
    "TIMELINE_SCHEMA",
    "LinkResult",
    "LinkState",
    "TimelineEvent",
    "export_graph",
    "link_events",
    "links_table",
    "story_report",
    "timeline_table",
]
