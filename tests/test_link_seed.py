"""Acceptance on the founding example with oracle mentions (skipped if the seed is absent).

The oracle below is what a correct extractor should produce. It names no string of the
article: places and triggers are picked by word position, actors are symbolic ids
(the canonical names coreference would give).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from eventline.link import link_events
from eventline.model import Event

_REL = "../shared/seeds/000_f05503e0906db5eb.txt"
# <repo>/../shared for the main checkout, one level higher for a worktree under wt/
SEED = next(
    (p for p in (Path(__file__).resolve().parents[n] / _REL for n in (1, 2)) if p.exists()),
    Path(__file__).resolve().parents[1] / _REL,
)
PUBLISHED = date(2024, 5, 2)
DAY = date(2024, 5, 1)

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article not available")


def _sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        for m in re.finditer(r"\S.*?(?:(?<=[.!?»])(?=\s+[A-ZÀ-Ý])|$)", line):
            out.append((pos + m.start(), m.group(0)))
        pos += len(line) + 1
    return out


def _word(sentence: str, k: int) -> tuple[int, str]:
    m = list(re.finditer(r"\S+", sentence))[k]
    w = re.sub(r"^[dlDL][’']", "", m.group(0)).strip(".,;()«»")
    return m.start() + m.group(0).index(w), w


# (name, sentence, trigger word, type, actor id, place word, date, modality, extra)
ORACLE = [
    ("lead", 0, 8, "ASSAULT", "A", 17, None, "asserted", {"event_mode": "drone"}),
    ("cause_war", 0, 33, "ASSAULT", "B", None, None, "asserted", {}),
    ("detail_1", 1, 16, "ASSAULT", "A", 22, DAY, "asserted", {"event_mode": "drone"}),
    ("detail_2", 2, 6, "ASSAULT", "A", 15, DAY, "asserted", {"event_mode": "drone"}),
    ("policy", 3, 6, "ASSAULT", "A", None, None, "hypothetical", {}),
    ("earlier", 4, 7, "ASSAULT", "A", 16, None, "asserted", {}),
    ("future_ops", 7, 11, "ASSAULT", "A", None, None, "future", {}),
    ("war", 8, 16, "ASSAULT", "B", 22, date(2023, 10, 1), "asserted", {}),
    ("deaths", 9, 21, "ASSAULT", None, None, None, "asserted", {"fatalities": 34568}),
    ("april", 11, 12, "ASSAULT", "A", 20, date(2024, 4, 20), "asserted", {}),
    ("bases", 12, 3, "ASSAULT", "A", 9, None, "asserted", {"geo_precision": 3}),
    ("aid", 13, 8, "AID", "D", None, None, "asserted", {}),
    ("veto", 14, 3, "REJECT", None, None, None, "asserted", {}),
]


def _oracle(text: str, lead_place: bool = True, split_lead: bool = False) -> dict[str, Event]:
    sents = _sentences(text)
    out: dict[str, Event] = {}
    for name, si, tw, etype, actor, pw, day, modality, extra in ORACLE:
        start, sent = sents[si]
        t_off, trig = _word(sent, tw)
        place = _word(sent, pw)[1] if pw is not None else None
        if name == "lead" and not lead_place:
            place = None
        precision = "unknown"
        end = day
        if day is not None:
            precision = "month" if day.day == 1 and day.month == 10 else "day"
            if precision == "month":
                end = date(day.year, day.month, 31)
        first_word = sent.split()[0]
        variants = [(name, place, t_off)]
        if name == "lead" and split_lead:
            second = _word(sent, 22)[1]
            variants = [("lead", place, t_off), ("lead_b", second, t_off + 1)]
        for vname, vplace, off in variants:
            out[vname] = Event(
                event_id=f"e{len(out):02d}",
                article_id="seed",
                source="seed",
                lang="fr",
                published=PUBLISHED,
                sentence_index=si,
                sentence=sent,
                char_start=start,
                char_end=start + len(sent),
                trigger=trig,
                action_lemma=trig.lower(),
                event_type=etype,
                actor=first_word if actor is None else f"actor {actor}",
                actor_canonical=None if actor is None else f"ACTOR_{actor}",
                location=vplace,
                location_canonical=vplace,
                date_start=day,
                date_end=end,
                date_precision=precision,
                modality=modality,
                trigger_start=start + off,
                **extra,
            )
    return out


def _check(evs: dict[str, Event], lead_names: list[str]) -> None:
    res = link_events(list(evs.values()))
    cl = {k: e.cluster_id for k, e in evs.items()}
    by_id = {e.event_id: k for k, e in evs.items()}
    same: set[tuple[str, str]] = set()
    for lk in res.links:
        if lk.relation == "same_event":
            a, b = cl[by_id[lk.source_event_id]], cl[by_id[lk.target_event_id]]
            same |= {(a, b), (b, a)}
    for detail in ("detail_1", "detail_2"):
        assert any(cl[lead] == cl[detail] or (cl[lead], cl[detail]) in same for lead in lead_names)
    assert cl["detail_1"] != cl["detail_2"]  # two attacks on two places stay distinct
    order = nx.DiGraph()
    for lk in res.links:
        if lk.relation in ("before", "cause"):
            order.add_edge(cl[by_id[lk.source_event_id]], cl[by_id[lk.target_event_id]])
    for earlier in ("earlier", "april"):
        for detail in ("detail_1", "detail_2"):
            assert nx.has_path(order, cl[earlier], cl[detail]), (earlier, detail)
            assert not nx.has_path(order, cl[detail], cl[earlier])
    assert evs["aid"].story_id == evs["veto"].story_id


@pytest.mark.parametrize(
    ("lead_place", "split_lead"),
    [(True, False), (False, False), (True, True)],
    ids=["lead-first-place", "lead-no-place", "lead-split-per-place"],
)
def test_seed_acceptance_oracle(lead_place: bool, split_lead: bool) -> None:
    evs = _oracle(SEED.read_text(encoding="utf-8"), lead_place, split_lead)
    _check(evs, ["lead", "lead_b"] if split_lead else ["lead"])


# --- the same acceptance on REAL extraction (spaCy models; slow) -------------------------


_REACH = 20  # "opposer son veto": the extractor may pick a neighbouring trigger word


def _pipeline_mentions(text: str, pipelines) -> tuple[dict[str, list[Event]], list[Event]]:
    """Pipeline mentions of the seed, indexed by oracle name: same type, trigger in the
    oracle's sentence at most ``_REACH`` characters from the oracle trigger word (matched
    by offsets, so no string of the article is named here)."""
    from eventline.model import Article, article_id_for
    from eventline.pipeline import process_batch

    art = Article(article_id_for(text), "seed", str(SEED), text, lang="fr", published=PUBLISHED)
    evs = process_batch([art], pipelines, ingestion_date=PUBLISHED).events
    sents = _sentences(text)
    found: dict[str, list[Event]] = {}
    for name, si, tw, etype, *_ in ORACLE:
        start, sent = sents[si]
        pos = start + _word(sent, tw)[0]
        found[name] = [
            e
            for e in evs
            if e.event_type == etype
            and start <= e.trigger_start < start + len(sent)
            and abs(e.trigger_start - pos) <= _REACH
        ]
    return found, evs


def _before(a: Event, b: Event, order: nx.DiGraph) -> bool:
    """``a`` happened before ``b``: a before/cause path between their clusters, or dates."""
    if a.cluster_id in order and b.cluster_id in order:
        return nx.has_path(order, a.cluster_id, b.cluster_id) or _dated_before(a, b)
    return _dated_before(a, b)


def _dated_before(a: Event, b: Event) -> bool:
    return bool(a.date_start and b.date_start and (a.date_end or a.date_start) < b.date_start)


@pytest.mark.model
def test_seed_acceptance_pipeline(pipelines) -> None:
    found, evs = _pipeline_mentions(SEED.read_text(encoding="utf-8"), pipelines)
    res = link_events(evs)
    same: set[tuple[str, str]] = set()
    order = nx.DiGraph()
    by_id = {e.event_id: e for e in evs}
    for lk in res.links:
        a, b = by_id[lk.source_event_id].cluster_id, by_id[lk.target_event_id].cluster_id
        if lk.relation == "same_event":
            same |= {(a, b), (b, a)}
        elif lk.relation in ("before", "cause"):
            order.add_edge(a, b)

    def covers(detail: Event) -> bool:
        return any(
            x.cluster_id == detail.cluster_id or (x.cluster_id, detail.cluster_id) in same
            for x in found["lead"]
        )

    assert found["lead"], "no mention for the lead sentence's attacks"
    # the US aid and the veto (pronoun subject) share a story
    assert found["aid"] and found["veto"]
    assert {e.story_id for e in found["aid"] + found["veto"]} == {found["aid"][0].story_id}
    missing = [n for n in ("detail_1", "detail_2", "earlier", "april") if not found[n]]
    details = [found[n][0] for n in ("detail_1", "detail_2") if found[n]]
    for detail in details:
        assert covers(detail), detail.trigger_start
        for n in ("earlier", "april"):
            for e in found[n]:
                assert _before(e, detail, order), (n, detail.trigger_start)
    if len(details) == 2:
        assert details[0].cluster_id != details[1].cluster_id
    if missing:
        pytest.xfail(f"extraction gives no mention for {missing} (see the oracle word positions)")
