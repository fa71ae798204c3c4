"""Canonical actors and targets of an article's events: description (country, sector)
and in-article coreference, with the speakers of reported speech as antecedents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from eventline import lang as langdata
from eventline.enrich import actors, coref
from eventline.enrich.actors import ActorInfo
from eventline.model import Event, Mention, Morph, Speaker

ACTOR, TARGET = "actor", "target"


@dataclass(frozen=True, slots=True)
class _Canonical:
    """The canonical name, country and sector given to one role of an event."""

    name: str | None
    country: str | None
    sector: str | None


def _role(m: Mention, role: str) -> tuple[str | None, int | None, str | None, Morph]:
    """Text, offset, head lemma and the morphology descriptions read, of one role."""
    if role == ACTOR:
        return m.actor, m.actor_start, m.actor_head, m.actor_morph
    # a target's description has never read its morphology
    return m.target, m.target_start, m.target_head, ()


def _thing_target(text: str, head: str | None, info: ActorInfo, lang: str) -> _Canonical | None:
    """A target that is a thing or a place ("the Ruritanian military bases"): its own
    words, and its owner's country and sector; it takes no part in coreference."""
    place_nouns = langdata.get(lang).triggers.PLACE_NOUNS
    if info.kind != "description":
        return None
    if actors.is_actor_head(head, lang) and (head or "").lower() not in place_nouns:
        return None
    return _Canonical(actors.bare_words(text, lang), info.country, info.sector)


def _with(ev: Event, role: str, c: _Canonical) -> Event:
    if role == ACTOR:
        return replace(ev, actor_canonical=c.name, actor_country=c.country, actor_sector=c.sector)
    return replace(ev, target_canonical=c.name, target_country=c.country, target_sector=c.sector)


def assign_actors(
    events: Sequence[Event],
    mentions: Sequence[Mention],
    lang: str,
    speakers: Sequence[Speaker] = (),
) -> list[Event]:
    """Canonical actor/target names, countries and sectors, pronouns resolved
    (``mentions`` parallel to ``events``)."""
    quantity_nouns = langdata.get(lang).triggers.QUANTITY_NOUNS
    actor_mentions: list[coref.ActorMention] = []
    found: list[dict[str, _Canonical]] = [{} for _ in events]
    for k, (ev, m) in enumerate(zip(events, mentions, strict=True)):
        for role in (ACTOR, TARGET):
            text, start, head, morph = _role(m, role)
            if not text:
                continue
            info = actors.describe(text, lang, head_lemma=head, morph=dict(morph))
            if head and head.lower() in quantity_nouns:
                # "thousands of protesters": the counted noun heads the mention
                head = actors.bare_words(text, lang).split(" ")[0]
            thing = _thing_target(text, head, info, lang) if role == TARGET else None
            if thing is not None:
                found[k][role] = thing
                continue
            pos = start if start is not None else ev.trigger_start
            actor_mentions.append(coref.ActorMention(f"{ev.event_id}|{role}", pos, info, role))
    for n, sp in enumerate(speakers):
        info = actors.describe(sp.text, lang, head_lemma=sp.head_lemma, morph=dict(sp.morph))
        actor_mentions.append(coref.ActorMention(f"speaker|{n}", sp.start, info, ACTOR))
    resolved = coref.resolve_mentions(actor_mentions)
    out: list[Event] = []
    for ev, roles in zip(events, found, strict=True):
        for role in (ACTOR, TARGET):
            res = resolved.get(f"{ev.event_id}|{role}")
            if res is not None:
                roles[role] = _Canonical(actors.display_name(res, lang), res.country, res.sector)
        for role, c in roles.items():
            ev = _with(ev, role, c)
        out.append(ev)
    return out
