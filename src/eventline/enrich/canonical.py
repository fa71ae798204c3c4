"""Canonical actors and targets of an article's events: description (country, sector)
and in-article coreference, with the speakers of reported speech as antecedents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventline import lang as langdata
from eventline.enrich import actors, coref
from eventline.enrich.actors import ActorInfo
from eventline.model import Event, Mention, Morph, Speaker

ROLES = ("actor", "target")


def _role(m: Mention, role: str) -> tuple[str | None, int | None, str | None, Morph]:
    """Text, offset, head lemma and the morphology descriptions read, of one role."""
    if role == "actor":
        return m.actor, m.actor_start, m.actor_head, m.actor_morph
    # a target's description has never read its morphology
    return m.target, m.target_start, m.target_head, ()


def _thing_target(text: str, head: str | None, info: ActorInfo, lang: str) -> dict[str, object]:
    """A target that is a thing or a place ("the Ruritanian military bases"): its own
    words, and its owner's country and sector; it takes no part in coreference."""
    words = langdata.get(lang).triggers
    if info.kind != "description":
        return {}
    if actors.is_actor_head(head, lang) and (head or "").lower() not in words.PLACE_NOUNS:
        return {}
    return {
        "target_canonical": actors.bare_words(text, lang),
        "target_country": info.country,
        "target_sector": info.sector,
    }


def assign_actors(
    events: Sequence[Event],
    mentions: Sequence[Mention],
    lang: str,
    speakers: Sequence[Speaker] = (),
) -> list[Event]:
    """Canonical actor/target names, countries and sectors, pronouns resolved
    (``mentions`` parallel to ``events``)."""
    quantity_nouns = langdata.get(lang).triggers.QUANTITY_NOUNS
    actor_mentions: list[coref.Mention] = []
    updates: list[dict[str, object]] = [{} for _ in events]
    for k, (ev, m) in enumerate(zip(events, mentions, strict=True)):
        for role in ROLES:
            text, start, head, morph = _role(m, role)
            if not text:
                continue
            info = actors.describe(text, lang, head_lemma=head, morph=dict(morph))
            if head and head.lower() in quantity_nouns:
                # "thousands of protesters": the counted noun heads the mention
                head = actors.bare_words(text, lang).split(" ")[0]
            thing = _thing_target(text, head, info, lang) if role == "target" else {}
            if thing:
                updates[k].update(thing)
                continue
            pos = start if start is not None else ev.trigger_start
            actor_mentions.append(coref.Mention(f"{ev.event_id}|{role}", pos, info, role))
    for n, sp in enumerate(speakers):
        info = actors.describe(sp.text, lang, head_lemma=sp.head_lemma, morph=dict(sp.morph))
        actor_mentions.append(coref.Mention(f"speaker|{n}", sp.start, info, "actor"))
    resolved = coref.resolve_mentions(actor_mentions)
    for k, ev in enumerate(events):
        for role in ROLES:
            found = resolved.get(f"{ev.event_id}|{role}")
            if found is not None:
                updates[k][f"{role}_canonical"] = actors.display_name(found, lang)
                updates[k][f"{role}_country"] = found.country
                updates[k][f"{role}_sector"] = found.sector
    return [replace(ev, **u) if u else ev for ev, u in zip(events, updates, strict=True)]  # type: ignore[arg-type]
