"""Places of a sentence and the trigger each one locates.

Place spans are the sentence's place entities plus proper nouns a place preposition
introduces. Each place belongs to the nearest trigger above it in the tree; a place in
the actor's phrase ("residents of X protested") locates a deed only when nothing else
does, and a place inside the target of a statement or describing a person ("its
ambassador in X") locates nothing. A trigger's places are grouped: coordinated places
("in X and in Y") start new groups, one mention each.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventline import syntax
from eventline.enrich import actors
from eventline.enrich import gazetteer as geo
from eventline.extract.roles import Roles
from eventline.extract.tokens import ACTOR_LABELS, PLACE_LABELS, is_actorish
from eventline.extract.triggers import Trigger
from eventline.lang.base import LanguageData, Triggers
from eventline.ontology import PLACE_TARGET_TYPES

BLOCKED = -1  # the place sits in a clause that belongs to no trigger
MAX_CLIMB = 15


def _place_modifier(tok: Token, lex: Triggers) -> bool:
    """A place name used as a modifier ("the Ruritanian army") qualifies a noun; it
    locates nothing (unless that noun is itself a place: "X region")."""
    return (
        tok.dep_ in ("compound", "amod")
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_.lower() not in lex.PLACE_NOUNS
    )


def _is_unnamed_place(chunk: Span, prep: str | None, lang: LanguageData) -> bool:
    """A village the gazetteer lacks: "in Xville", "the village of Xville"."""
    lex = lang.triggers
    gov = syntax.governor(chunk.root)
    return (
        chunk.root.ent_type_ not in ACTOR_LABELS
        and not chunk.text.isupper()
        and (
            (
                prep in lex.STRICT_LOCATION_PREPS
                and not actors.describe(chunk.text, lang.code).sector
            )
            or (prep in lex.NOMINAL_AGENT_PREPS and gov.lemma_.lower() in lex.PLACE_NOUNS)
        )
    )


def _proper_noun_chunks(sent: Span, taken: set[int]) -> list[Span]:
    """Runs of proper nouns outside the entities."""
    out: list[Span] = []
    i = sent.start
    while i < sent.end:
        tok = sent.doc[i]
        if tok.pos_ != "PROPN" or tok.i in taken:
            i += 1
            continue
        j = i
        while (
            j + 1 < sent.end and sent.doc[j + 1].pos_ == "PROPN" and sent.doc[j + 1].i not in taken
        ):
            j += 1
        out.append(sent.doc[i : j + 1])
        i = j + 1
    return out


def place_spans(sent: Span, lang: LanguageData) -> list[Span]:
    """Place entities of the sentence, plus proper nouns the tagger missed that the
    gazetteer knows and that a place preposition introduces ("in Xville")."""
    lex = lang.triggers
    spans = [
        e
        for e in sent.ents
        if e.label_ in PLACE_LABELS and e.root.pos_ != "ADJ" and not _place_modifier(e.root, lex)
    ]
    taken = {t.i for e in sent.ents for t in e}
    for chunk in _proper_noun_chunks(sent, taken):
        prep = syntax.prep_of(chunk.root)
        known = (
            prep is not None and prep in lex.LOCATION_PREPS and geo.resolve(chunk.text, lang.code)
        )
        if known or _is_unnamed_place(chunk, prep, lang):
            spans.append(chunk)
    return sorted(spans, key=lambda s: s.start)


def _describes_someone(place: Span, lang: LanguageData) -> bool:
    """A place that qualifies a person or an organisation ("the ambassador in X", "the
    X embassy") rather than an event."""
    gov = syntax.governor(place.root)
    if gov.ent_type_ in ACTOR_LABELS and gov.ent_type_ != "MISC":
        return True
    return (
        gov.pos_ in ("NOUN", "PROPN")
        and is_actorish(gov, lang)
        and gov.ent_type_ not in PLACE_LABELS
    )


def _subordinate_clause(verb: Token) -> bool:
    """A clause with its own predication (purpose, complement, adverbial), unlike a
    participle describing a noun ("a depot belonging to the army in X")."""
    if verb.dep_ in ("advcl", "ccomp", "xcomp", "parataxis", "csubj"):
        return True
    if verb.dep_ in ("acl", "acl:relcl", "relcl"):
        return "Inf" in verb.morph.get("VerbForm", None) or any(
            c.dep_ == "mark" for c in verb.children
        )
    return False


def _owner(ent: Span, owners: dict[int, int]) -> int | None:
    """Index of the trigger whose clause contains ``ent`` (nearest ancestor trigger),
    ``BLOCKED`` inside another verb's subordinate clause ("to protest against the
    support of X" does not locate the main event)."""
    t = ent.root
    for _ in range(MAX_CLIMB):
        if t.i in owners:
            return owners[t.i]
        if t.pos_ == "VERB" and _subordinate_clause(t):
            return BLOCKED
        t = t.head
    return None


def _place_owner(place: Span, owners: dict[int, int], n_triggers: int) -> int | None:
    """The trigger ``place`` belongs to, if any: a place outside every trigger clause
    belongs to the sentence's only trigger."""
    k = _owner(place, owners)
    if k == BLOCKED:
        return None
    if k is None:
        return 0 if n_triggers == 1 else None
    return k


def _in_span(i: int, span: Span | None) -> bool:
    return span is not None and span.start <= i < span.end


def _actor_place(place: Span, trig: Trigger, roles: Roles) -> bool:
    """ "thousands of residents of X protested": the actor's own place locates a deed
    (but not a place that is the whole actor)."""
    actor = roles.actor
    return (
        actor is not None and trig.event_type in PLACE_TARGET_TYPES and place.root.i != actor.root.i
    )


def _locates_nothing(place: Span, trig: Trigger, roles: Roles, lang: LanguageData) -> bool:
    """A capital standing for its government ("sanctions against X"), a place inside the
    target ("sanctions imposed on X"), a post ("its ambassador in X"): not where a
    statement happened."""
    if trig.event_type in PLACE_TARGET_TYPES:
        return False
    return _in_span(place.root.i, roles.target) or _describes_someone(place, lang)


def attach_places(
    sent: Span, triggers: Sequence[Trigger], roles: Sequence[Roles], lang: LanguageData
) -> dict[int, list[Span]]:
    """Places of the sentence, by index of the trigger they locate."""
    owners: dict[int, int] = {}
    for n, tr in enumerate(triggers):
        owners.setdefault(tr.token.i, n)
        owners.setdefault(tr.predicate.i, n)
    per_trigger: dict[int, list[Span]] = {}
    actor_places: dict[int, list[Span]] = {}
    for place in place_spans(sent, lang):
        k = _place_owner(place, owners, len(triggers))
        if k is None:
            continue
        if _in_span(place.root.i, roles[k].actor):
            if _actor_place(place, triggers[k], roles[k]):
                actor_places.setdefault(k, []).append(place)
            continue
        if not _locates_nothing(place, triggers[k], roles[k], lang):
            per_trigger.setdefault(k, []).append(place)
    for n, places in actor_places.items():
        per_trigger.setdefault(n, places)
    return per_trigger


def place_anaphor(trig: Trigger, lex: Triggers) -> Span | None:
    """ "in the region", "to the area": a definite place noun that points back to a place
    named earlier in the article."""
    heads = [trig.predicate] + ([trig.noun] if trig.noun is not None else [])
    for h in heads:
        for p, np in syntax.pp_children(h):
            if (
                (p in lex.LOCATION_PREPS or p in lex.DIRECTION_PREPS)
                and np.lemma_.lower() in lex.PLACE_NOUNS
                and not any(c.dep_ in ("nmod", "amod", "compound", "prep") for c in np.children)
            ):
                return syntax.np_span(np)
    return None


def group_places(places: list[Span]) -> list[list[Span]]:
    """Coordinated places start new groups; nested ones join the preceding group."""
    groups: list[list[Span]] = []
    for p in sorted(places, key=lambda s: s.start):
        root = p.root
        # coordination may attach to a common noun heading the previous place ("the town
        # of X and Y"): any coordinated place starts a group
        coordinated = root.dep_ == "conj" and bool(groups)
        if not groups or coordinated:
            groups.append([p])
        else:
            groups[-1].append(p)
    return groups
