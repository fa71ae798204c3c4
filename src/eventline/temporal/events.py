"""Which time expression dates an event mention (used by the extraction stage)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventline.model import Timex


@dataclass(frozen=True, slots=True)
class EventDate:
    """The expression dating an event, or none; ``how`` says why.

    ``how``: ``clause`` (an expression in the event's own sentence), ``lead`` (the event is
    in the lead sentence, which has no date of its own: it summarises the dated events of
    the next sentence) or ``none`` (unknown: never the publication date by default).
    """

    timex: Timex | None
    how: str


def _datable(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and t.date_start is not None


def event_date(
    timexes: Sequence[Timex],
    trigger_start: int,
    sentence: tuple[int, int],
    sentences: Sequence[tuple[int, int]] | None = None,
) -> EventDate:
    """The expression dating an event whose trigger starts at ``trigger_start``.

    ``sentence`` is the event's sentence span; ``sentences`` (all sentence spans of the
    article, in order) let the lead sentence borrow the first date of the next sentence.
    Inside the sentence the closest resolved DATE/TIME wins, one before the trigger on
    ties (``"mercredi, le groupe a frappé"``).
    """
    a, b = sentence
    own = [t for t in timexes if a <= t.start < b and _datable(t)]
    if own:

        def distance(t: Timex) -> tuple[int, int]:
            gap = trigger_start - t.end if t.end <= trigger_start else t.start - trigger_start
            return max(gap, 0), 0 if t.end <= trigger_start else 1

        return EventDate(min(own, key=distance), "clause")
    if sentences and sentences[0] == sentence and len(sentences) > 1:
        nxt_a, nxt_b = sentences[1]
        following = [t for t in timexes if nxt_a <= t.start < nxt_b and _datable(t)]
        if following:
            return EventDate(following[0], "lead")
    return EventDate(None, "none")
