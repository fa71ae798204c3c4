"""Event mentions from parsed sentences.

For each sentence the extractor finds trigger words from the language's lexicon
(``lang/<code>/triggers.py``): verbs ("attaquer", "arrest"), event nouns ("une attaque de
drones contre…") and light-verb constructions ("mener une attaque", "cast a veto"). For
each trigger it reads the dependency tree for the roles (actor = active subject or
passive agent, target = object / "contre X" / passive subject, location = place entity in
the clause), the mode (instrument words), the modality (reported speech, negation,
future, aims and policies), the casualties of the sentence and the time expression that
governs the clause. A clause coordinating several places ("à Gao et à Tombouctou")
yields one mention per place, as ACLED codes one event per location.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType

from spacy.tokens import Span, Token

from eventline import lang as langdata
from eventline import syntax
from eventline.enrich import actors
from eventline.enrich import gazetteer as geo
from eventline.extract.casualties import extract_casualties
from eventline.model import Article, Event, Speaker, Timex
from eventline.nlp import Paragraph
from eventline.ontology import (
    DESCRIBING_PARTICIPLE_TYPES,
    PARTNER_TYPES,
    PHYSICAL_TYPES,
    PLACE_TARGET_TYPES,
    RECIPIENT_TYPES,
)

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
ACTOR_LABELS = frozenset({"ORG", "PER", "PERSON", "NORP", "MISC"})
MAX_SENTENCE_CHARS = 2000


@dataclass(slots=True)
class Trigger:
    """A trigger found in a sentence, before roles are read."""

    token: Token  # the word shown as trigger (noun for nominal/light-verb events)
    predicate: Token  # the clause's verb (the light verb, or the verb itself)
    noun: Token | None  # the event noun, if any
    event_type: str
    mode: str | None
    cameo: str
    lemma: str
    kind: str  # verb | light | noun


@dataclass(slots=True)
class Mention:
    """A trigger with its roles, before dates and ids are assigned."""

    trigger: Trigger
    sent: Span
    actor: Span | None = None
    target: Span | None = None
    locations: list[Span] = field(default_factory=list)
    mode: str | None = None
    modality: str = "asserted"
    place_anaphor: str | None = None  # "la région", "the area": resolved by enrich


@dataclass(frozen=True, slots=True)
class SentenceRef:
    index: int  # sentence number in the article
    paragraph: int
    start: int  # char offsets in the article
    end: int
    span: Span
    offset: int  # paragraph offset (article char of doc char 0)


def sentences(paragraphs: Sequence[Paragraph]) -> list[SentenceRef]:
    out: list[SentenceRef] = []
    for p in paragraphs:
        for s in p.doc.sents:
            if not s.text.strip():
                continue
            out.append(
                SentenceRef(
                    len(out), p.index, p.offset + s.start_char, p.offset + s.end_char, s, p.offset
                )
            )
    return out


# --------------------------------------------------------------------------- triggers


def _guess_lemma(tok: Token, lex: ModuleType) -> str:
    """Lemma, repaired for participles the tagger mislabels ("lancée" as ADP)."""
    lemma = tok.lemma_.lower()
    if lemma in lex.VERBS or lemma in lex.LIGHT_VERBS or lemma in lex.NOUNS:
        return lemma
    low = tok.lower_
    for suffix in ("ées", "és", "ée", "é"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            cand = low[: -len(suffix)] + "er"
            if cand in lex.VERBS or cand in lex.LIGHT_VERBS:
                return cand
    return lemma


def _is_reflexive(tok: Token) -> bool:
    return any(
        c.dep_.startswith("expl") or (c.lower_ in ("se", "s'", "s’") and c.dep_ in ("obj", "iobj"))
        for c in tok.children
    )


def _phrasal_particle(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prt":
            return c.lower_
    return None


def _verbish(tok: Token) -> bool:
    if tok.pos_ in ("VERB",):
        return True
    # mis-tagged participles still head clauses
    return tok.pos_ in ("ADJ", "ADP", "NOUN", "AUX") and tok.dep_ in (
        "ROOT",
        "xcomp",
        "ccomp",
        "conj",
        "advcl",
    )


def _event_nouns_under(verb: Token) -> list[Token]:
    out = []
    for c in verb.children:
        if c.dep_ in syntax.OBJ or c.dep_ in ("obl:arg", "attr", "dobj", "iobj"):
            out.append(c)
            out.extend(cc for cc in c.children if cc.dep_ == "conj")
    return out


def _noun_lemma(tok: Token, lex: ModuleType) -> str:
    """Lemma of a noun, repaired when the lemmatizer took it for a verb ("frappes" →
    "frapper"): the singular surface form if the lexicon knows it."""
    lemma = tok.lemma_.lower()
    if lemma in lex.NOUNS:
        return lemma
    low = tok.lower_
    for cand in (low, low[:-1] if low.endswith(("s", "x")) else low):
        if cand in lex.NOUNS:
            return cand
    return lemma


def _pp_nouns(tok: Token) -> list[Token]:
    return [np for _, np in syntax.pp_children(tok)]


def _responsibility_event(verb: Token, lex: ModuleType) -> Token | None:
    """ "revendiquer la responsabilité de l'attaque", "deny responsibility for the blast":
    the event noun inside the responsibility phrase."""
    for noun in _event_nouns_under(verb):
        if noun.lemma_.lower() in lex.RESPONSIBILITY_NOUNS:
            for inner in _pp_nouns(noun):
                if inner.lemma_.lower() in lex.NOUNS:
                    return inner
    return None


def _verb_constraints_ok(tok: Token, lemma: str, obj: Token | None, lex: ModuleType) -> bool:
    """Verbs that are events only in some constructions."""
    if lemma in lex.TRANSITIVE_ONLY and obj is None and not syntax.is_passive(tok):
        return False
    if lemma in lex.ACTOR_OBJECT_ONLY and not (
        obj is not None and actors.is_actor_head(obj.lemma_.lower(), _lang_of(lex))
    ):
        return False
    if lemma in lex.MILITARY_SUBJECT_ONLY:
        subj = syntax.subject(tok) or syntax.passive_subject(tok)
        words = {t.lemma_.lower() for t in subj.subtree} if subj is not None else set()
        if not words & lex.MILITARY_WORDS:
            return False
    if lemma in lex.MEETING_ONLY:
        meeting = [
            n
            for n in _pp_nouns(tok) + ([obj] if obj is not None else [])
            if (e := lex.NOUNS.get(n.lemma_.lower())) and e[0] == "CONSULT"
        ]
        if not meeting:
            return False
    return True


def _lang_of(lex: ModuleType) -> str:
    return next(c for c in langdata.SUPPORTED if langdata.get(c).triggers is lex)


def find_triggers(sent: Span, lex: ModuleType) -> list[Trigger]:
    found: list[Trigger] = []
    used: set[int] = set()
    for tok in sent:
        if tok.i in used:
            continue
        lemma = _guess_lemma(tok, lex)
        if not _verbish(tok):
            continue
        inner = _responsibility_event(tok, lex)
        if inner is not None and inner.i not in used:
            entry = lex.NOUNS[inner.lemma_.lower()]
            found.append(Trigger(inner, tok, inner, *entry, inner.lemma_.lower(), "light"))
            used.update({tok.i, inner.i})
            continue
        # calls for a protest announce it: "appeler à la grève", "called a rally"
        if lemma in lex.CALL_VERBS:
            for noun in _event_nouns_under(tok) + _pp_nouns(tok):
                entry = lex.NOUNS.get(noun.lemma_.lower())
                if entry and entry[0] == "PROTEST" and noun.i not in used:
                    found.append(Trigger(noun, tok, noun, *entry, noun.lemma_.lower(), "call"))
                    used.update({tok.i, noun.i})
            if tok.i in used:
                continue
        # light verb + event noun: the noun carries the type
        if lemma in lex.LIGHT_VERBS:
            for noun in _event_nouns_under(tok):
                nlemma = _noun_lemma(noun, lex)
                entry = lex.VERB_OBJECT.get((lemma, nlemma)) or lex.NOUNS.get(nlemma)
                if entry and noun.i not in used:
                    found.append(Trigger(noun, tok, noun, *entry, f"{lemma} {nlemma}", "light"))
                    used.update({tok.i, noun.i})
            if tok.i in used:
                continue
        particle = _phrasal_particle(tok)
        obj = syntax.direct_object(tok)
        theme = (
            obj
            if obj is not None
            else (syntax.passive_subject(tok) if syntax.is_passive(tok) else None)
        )
        # verb + object idioms first: "ouvrir le feu", "open fire", "des pierres ont été
        # lancées"; the idiom's noun is part of the action, not its target
        entry = lex.VERB_OBJECT.get((lemma, theme.lemma_.lower())) if theme is not None else None
        if entry is not None and theme is not None:
            found.append(
                Trigger(tok, tok, theme, *entry, f"{lemma} {theme.lemma_.lower()}", "idiom")
            )
            used.update({tok.i, theme.i})
            continue
        if particle is not None:
            entry = lex.PHRASAL.get((lemma, particle))
        if entry is None and _is_reflexive(tok):
            entry = lex.PHRASAL.get((lemma, "se"))
            if entry is None and lemma in lex.REFLEXIVE_BLOCK:
                continue
        if entry is None:
            entry = lex.VERBS.get(lemma)
        if entry is None:
            continue
        if not _verb_constraints_ok(tok, lemma, obj, lex):
            continue
        # a participle modifying a noun describes it ("résolutions appelant à…")
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            continue
        if _descriptive_participle(tok, entry[0]):
            continue
        found.append(Trigger(tok, tok, None, *entry, lemma, "verb"))
        used.add(tok.i)
    for tok in sent:
        if tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        nlemma = _noun_lemma(tok, lex)
        entry = lex.NOUNS.get(nlemma)
        if entry is None:
            continue
        if not _noun_is_event(tok, nlemma, lex):
            continue
        found.append(Trigger(tok, syntax.clause_head(tok), tok, *entry, nlemma, "noun"))
        used.add(tok.i)
    return _drop_coordinated(sorted(found, key=lambda t: t.token.i))


def _drop_coordinated(triggers: list[Trigger]) -> list[Trigger]:
    """One event, not two: "tués et … blessés" (a verb coordinated with a trigger of the
    same type, with no object of its own), and "a missile strike killed four people" (a
    verb whose subject is an event noun of the same type)."""
    nouns = {t.noun.i: t for t in triggers if t.noun is not None}
    verbs = {t.predicate.i: t for t in triggers if t.kind == "verb"}
    keep: list[Trigger] = []
    for t in triggers:
        tok = t.predicate
        if t.kind == "noun" and t.noun is not None:
            # "tués dans une attaque contre le village": the noun names the verb's event
            gov = syntax.governor(t.noun)
            v = verbs.get(gov.i)
            if v is not None and v.event_type == t.event_type and syntax.prep_of(t.noun):
                continue
        if t.kind == "verb":
            subj = syntax.subject(tok)
            if subj is not None and subj.i in nouns and nouns[subj.i].event_type == t.event_type:
                continue
            same = any(
                k.event_type == t.event_type and tok.dep_ == "conj" and tok.head.i == k.predicate.i
                for k in keep
            )
            if same and syntax.direct_object(tok) is None:
                continue
            # "..., killing four people" / "..., tuant trois soldats": a participle
            # hanging off a violent event is its consequence, not a second event
            if (
                t.event_type == "ASSAULT"
                and _is_participle(tok)
                and any(
                    k.event_type == "ASSAULT"
                    and any(a.i in (k.predicate.i, k.token.i) for a in tok.ancestors)
                    for k in keep
                )
            ):
                continue
        keep.append(t)
    return keep


def _is_participle(tok: Token) -> bool:
    return tok.tag_ == "VBG" or (
        "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")
    )


def _descriptive_participle(tok: Token, event_type: str) -> bool:
    """A present participle right after a noun, with no subject, describes that noun."""
    if event_type not in DESCRIBING_PARTICIPLE_TYPES or tok.i == tok.sent.start:
        return False
    is_pres_part = ("Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")) or (
        tok.tag_ == "VBG"
    )
    if not is_pres_part or any(c.dep_ in syntax.SUBJ for c in tok.children):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.pos_ in ("NOUN", "PROPN", "ADJ")


def _noun_is_event(tok: Token, lemma: str, lex: ModuleType) -> bool:
    """A bare event noun counts when it names a specific event: it has a target, an agent
    or an instrument, or (for strong nouns) it is a clause argument."""
    # "drone attack" (EN compound) is fine; "bilan des attaques" is a reference
    if tok.dep_ in ("amod", "nmod") and tok.head.pos_ == "NOUN":
        return False
    has_arg = False
    for p, np in syntax.pp_children(tok):
        if (
            p in lex.TARGET_PREPS
            or p in lex.AGENT_PREPS
            or (
                p in lex.NOMINAL_AGENT_PREPS
                and (np.pos_ == "PROPN" or np.ent_type_ in ACTOR_LABELS)
            )
            or np.lemma_.lower() in lex.INSTRUMENTS
        ):
            has_arg = True
    if any(c.dep_ in ("poss", "nmod:poss") and c.pos_ == "PROPN" for c in tok.children):
        has_arg = True
    if any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.INSTRUMENTS for c in tok.children
    ):
        has_arg = True
    # "poursuivra ses opérations", "maintenir les sanctions": an ongoing event
    if tok.dep_ in syntax.OBJ and tok.head.lemma_.lower() in lex.CONTINUATION_VERBS:
        has_arg = True
    if lemma in lex.WEAK_NOUNS:
        return has_arg
    return has_arg or tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "ROOT")


# --------------------------------------------------------------------------- roles


def _instrument_mode(trig: Trigger, lex: ModuleType, exclude: set[int]) -> str | None:
    if trig.mode is not None or trig.event_type not in lex.MODE_TYPES:
        return trig.mode
    heads = [trig.predicate] + ([trig.noun] if trig.noun is not None else [])
    if trig.kind == "noun" and _in_foreign_pp(trig):
        heads = [trig.noun]  # type: ignore[list-item]
    best: tuple[int, str] | None = None
    for h in heads:
        for t in h.subtree:
            if t.i in exclude:
                continue
            mode = lex.INSTRUMENTS.get(t.lemma_.lower()) or lex.INSTRUMENTS.get(t.lower_)
            if mode is None:
                continue
            dist = abs(t.i - trig.token.i)
            if best is None or dist < best[0]:
                best = (dist, mode)
    return best[1] if best else None


def _crowd_control(trig: Trigger, lex: ModuleType) -> None:
    """Repression with tear gas or water cannon named in the clause is PLOVER
    ASSAULT/crowd-control ("police used tear gas to disperse them")."""
    if trig.event_type != "COERCE" or trig.mode is not None:
        return
    scope = [trig.predicate]
    if (
        trig.predicate.dep_ in ("xcomp", "advcl", "conj")
        and trig.predicate.head is not trig.predicate
    ):
        scope.append(trig.predicate.head)
    for h in scope:
        for t in h.subtree:
            words = (t.lemma_.lower(), t.lower_)
            if any(lex.INSTRUMENTS.get(w) == "crowd-control" for w in words):
                trig.event_type, trig.mode = "ASSAULT", "crowd-control"
                return


def _is_instrument(tok: Token, lex: ModuleType) -> bool:
    """A weapon ("par des drones", "un engin explosif", "a car bomb"), not a person who
    carries one ("by gunmen")."""
    words = {tok.lemma_.lower(), tok.lower_}
    if words & lex.ARMED_PERSONS:
        return False
    if words & lex.INSTRUMENTS.keys():
        return True
    mods = {
        w
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nmod")
        for w in (c.lemma_.lower(), c.lower_)
    }
    return bool(mods & lex.INSTRUMENTS.keys()) and tok.lemma_.lower() in lex.WEAPON_HEADS


def _subtree_ids(tok: Token | None) -> set[int]:
    return {t.i for t in tok.subtree} if tok is not None else set()


def _place_cut(head: Token) -> frozenset[int]:
    """Children of a target NP that introduce a place (kept as location, not target)."""
    cut = set()
    for c in head.children:
        if any(t.ent_type_ in PLACE_LABELS for t in c.subtree) and c.dep_ not in ("flat:name",):
            if (
                c.ent_type_ in PLACE_LABELS
                and c.dep_ in ("nmod", "compound")
                and not syntax.prep_of(c)
            ):
                continue  # "la ville de Gao" keeps its name
            if syntax.prep_of(c) is not None or c.dep_ == "prep":
                cut.add(c.i)
    return frozenset(cut)


def _is_possessive(tok: Token) -> bool:
    return "Yes" in tok.morph.get("Poss") or tok.tag_ == "PRP$" or tok.dep_ == "poss"


def _is_actorish(tok: Token, lex: ModuleType) -> bool:
    """A noun that can stand for an actor: a name, a pronoun, a place standing for its
    government, or a person/group noun ("une vingtaine de responsables": the complement)."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_LABELS | PLACE_LABELS:
        return True
    if tok.lemma_.lower() in lex.QUANTITY_NOUNS:
        return any(_is_actorish(np, lex) for _, np in syntax.pp_children(tok))
    return actors.is_actor_head(tok.lemma_.lower(), _lang_of(lex))


def _names_actor(tok: Token, lex: ModuleType) -> bool:
    """An adjective or noun modifier that names a country or a sector ("military",
    "israélienne", "Russian")."""
    info = actors.describe(tok.text, _lang_of(lex))
    return info.kind != "pronoun" and (info.country is not None or info.sector is not None)


def _weapon_owner(weapon: Token, lex: ModuleType) -> Token | None:
    for c in weapon.children:
        if (
            c.dep_ in ("compound", "nmod", "poss", "nmod:poss")
            and _is_actorish(c, lex)
            and not _is_instrument(c, lex)
            and c.ent_type_ not in PLACE_LABELS
        ):
            return c
    for p, np in syntax.pp_children(weapon):
        if p in lex.NOMINAL_AGENT_PREPS and _is_actorish(np, lex) and not _is_instrument(np, lex):
            return np
    return None


def _claimant(noun: Token, lex: ModuleType) -> Token | None:
    """ "L'attaque a été revendiquée par X", "des tirs attribués aux rebelles": who the
    event noun is claimed by or attributed to."""
    head = noun.head
    hl = head.lemma_.lower()
    if noun.dep_ in syntax.PASS_SUBJ and hl in lex.REPORTING_VERBS and syntax.is_passive(head):
        ag = syntax.agent(head, lex.AGENT_PREPS)
        if ag is not None and _is_actorish(ag, lex) and not _is_instrument(ag, lex):
            return ag
    for c in noun.children:
        if c.dep_ == "acl" and _guess_lemma(c, lex) in lex.ATTRIBUTION_VERBS:
            for p, np in syntax.pp_children(c):
                if p in lex.RECIPIENT_PREPS and _is_actorish(np, lex):
                    return np
    return None


def _bare_place(tok: Token, lex: ModuleType) -> bool:
    """A settlement noun naming a place ("le village de X", "a village in Y region"), as
    opposed to "un camp de déplacés" or "le camp" (people who live there)."""
    if tok.lemma_.lower() not in lex.PLACE_NOUNS:
        return False
    return any(
        any(t.ent_type_ in PLACE_LABELS for t in (np, *np.children))
        or any(n.ent_type_ in PLACE_LABELS for _, n in syntax.pp_children(np))
        for _, np in syntax.pp_children(tok)
    )


def _owned(tok: Token, lex: ModuleType) -> bool:
    """ "son ambassadeur", "its troops": the actor's own people or things."""
    return any(
        c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in lex.POSSESSIVE_DETS
        for c in tok.children
    )


def _partner(trig: Trigger, lex: ModuleType, timex_tokens: set[int]) -> Token | None:
    """The other party named on the object of a gift, promise or suspension: "une aide
    pour le Soudan", "sa coopération avec la France", "l'envoi d'un système à l'Ukraine",
    "les sanctions imposées à Niamey"."""
    thing = trig.noun if trig.noun is not None else syntax.direct_object(trig.predicate)
    if thing is None:
        return None
    holders = [thing] + [
        c for c in thing.children if c.dep_ in ("acl", "nmod", "prep") and c.pos_ != "PUNCT"
    ]
    for h in holders:
        for p, np in syntax.pp_children(h):
            if np is thing or np.i in timex_tokens:
                continue
            if p in lex.PARTNER_PREPS and _is_actorish(np, lex) and not _is_instrument(np, lex):
                return np
    return None


def _roles(trig: Trigger, lex: ModuleType, timex_tokens: set[int]) -> Mention:
    pred = trig.predicate
    actor_tok: Token | None = None
    target_tok: Token | None = None
    noun = trig.noun
    if trig.kind != "noun":
        if syntax.is_passive(pred):
            ag = syntax.agent(pred, lex.AGENT_PREPS)
            if ag is not None and not _is_instrument(ag, lex):
                actor_tok = ag
            psubj = syntax.passive_subject(pred)
            if psubj is not None and (noun is None or psubj.i != noun.i):
                target_tok = None if _is_instrument(psubj, lex) else psubj
            if trig.kind == "idiom" and noun is not None and _is_actorish(noun, lex):
                target_tok = noun  # "deux diplomates ont été expulsés"
        else:
            actor_tok = syntax.subject(pred)
            if actor_tok is not None and _is_instrument(actor_tok, lex):
                # "un engin explosif a visé un convoi": a weapon, no actor; but "Nigerian
                # Air Force jets", "un drone de l'armée" name whose weapon it was
                actor_tok = _weapon_owner(actor_tok, lex)
            obj = syntax.direct_object(pred)
            if obj is not None and obj.i in timex_tokens:
                # "a dispersé mercredi … des étudiants": a date parsed as object
                obj = next(
                    (c for c in pred.children if c.dep_ in syntax.OBJ and c.i not in timex_tokens),
                    None,
                )
            if obj is not None and obj.lemma_.lower() in lex.RESPONSIBILITY_NOUNS:
                obj = None  # "nié toute responsabilité dans le bombardement"
            if trig.kind == "idiom" and noun is not None and _is_actorish(noun, lex):
                obj = noun  # "expulser deux diplomates", "rappeler son ambassadeur"
            if (
                obj is not None
                and (noun is None or obj.i != noun.i or trig.kind == "idiom")
                and not _is_instrument(obj, lex)
                and not (trig.kind == "idiom" and obj.i == noun.i and not _is_actorish(obj, lex))
            ):
                target_tok = obj
    if noun is not None:
        for p, np in syntax.pp_children(noun):
            if target_tok is None and p in lex.TARGET_PREPS and np.i not in timex_tokens:
                target_tok = np
            elif (
                target_tok is None
                and trig.kind == "noun"
                and noun.lemma_.lower() in lex.PATIENT_NOUNS
                and p in lex.NOMINAL_AGENT_PREPS
                and np.ent_type_ not in PLACE_LABELS
            ):
                target_tok = np  # "l'arrestation de trois suspects", "the release of hostages"
            elif (
                target_tok is None
                and trig.event_type in RECIPIENT_TYPES
                and p in lex.RECIPIENT_PREPS
            ):
                target_tok = np  # "l'envoi d'un système à l'Ukraine"
            elif actor_tok is None and (
                p in lex.AGENT_PREPS
                or (
                    p in lex.NOMINAL_AGENT_PREPS
                    and _is_actorish(np, lex)
                    and np.pos_ != "PRON"
                    and np.ent_type_ not in PLACE_LABELS
                    and not _is_instrument(np, lex)
                    and noun.lemma_.lower() not in lex.PATIENT_NOUNS
                )
            ):
                actor_tok = np
        for c in noun.children:
            if actor_tok is None and c.dep_ in ("poss", "nmod:poss") and c.pos_ != "PRON":
                actor_tok = c
        if actor_tok is None and trig.kind == "noun":
            # "une frappe de missile de l'armée russe": whose weapon it was
            for _, np in syntax.pp_children(noun):
                if _is_instrument(np, lex) or np.lemma_.lower() in lex.INSTRUMENTS:
                    actor_tok = _weapon_owner(np, lex)
                    if actor_tok is not None:
                        break
        if actor_tok is None and trig.kind == "noun":
            actor_tok = _claimant(noun, lex)
        if actor_tok is None and trig.kind == "noun":
            # "a military air strike", "une frappe israélienne": the adjective names the actor
            for c in noun.children:
                if c.dep_ in ("amod", "compound") and c.i < noun.i + 3 and _names_actor(c, lex):
                    actor_tok = c
                    break
        # "poursuivra ses opérations", "stepped up its attacks": the possessor is the
        # subject of the governing verb
        if (
            actor_tok is None
            and trig.kind == "noun"
            and noun.dep_ in syntax.OBJ
            and (
                any(_is_possessive(c) for c in noun.children)
                or noun.head.lemma_.lower() in lex.CONTINUATION_VERBS
            )
        ):
            actor_tok = syntax.subject(noun.head)
        if trig.kind == "noun" and noun.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
            # "the attack killed four people": the clause verb's object is the victim
            obj = syntax.direct_object(noun.head)
            if target_tok is None and obj is not None and not _is_instrument(obj, lex):
                target_tok = obj
    if target_tok is None:
        for p, np in syntax.pp_children(pred):
            if (
                p in lex.TARGET_PREPS
                and np.i not in timex_tokens
                and np.ent_type_ not in PLACE_LABELS
            ):
                target_tok = np
                break
    # what is given is not the recipient: "provide $2 billion in aid to Kyiv", "hand over
    # two bases to the army"
    has_recipient = any(p in lex.RECIPIENT_PREPS for p, _ in syntax.pp_children(pred)) or any(
        c.dep_ in ("iobj", "dative") for c in pred.children
    )
    if trig.event_type in ("AID", "RETREAT") and target_tok is not None and has_recipient:
        target_tok = None
    if target_tok is None and trig.event_type in RECIPIENT_TYPES:
        for c in pred.children:
            if c.dep_ == "iobj" or (c.dep_ == "dative"):
                target_tok = c
        for p, np in syntax.pp_children(pred):
            if target_tok is None and p in lex.RECIPIENT_PREPS:
                target_tok = np
    if target_tok is not None and target_tok.lower_ in lex.CASUALTY_NOUNS:
        target_tok = None  # "faisant trois morts": a toll, not a target
    if (
        target_tok is not None
        and trig.event_type not in PHYSICAL_TYPES
        and not _is_actorish(target_tok, lex)
    ):
        # "condemned the killings", "a dénoncé une ingérence": a topic, not a recipient;
        # but "les résolutions du Conseil de sécurité" names its owner
        owner = [
            np
            for p, np in syntax.pp_children(target_tok)
            if p in lex.NOMINAL_AGENT_PREPS
            and _is_actorish(np, lex)
            and np.ent_type_ not in PLACE_LABELS
        ]
        target_tok = owner[0] if owner else None
    if (
        target_tok is not None
        and trig.event_type == "PROTEST"
        and not _is_actorish(target_tok, lex)
    ):
        target_tok = None  # "rallying against a draft law", "bloqué l'avenue": no one
    if target_tok is not None and trig.event_type == "ASSAULT" and _bare_place(target_tok, lex):
        target_tok = None  # "tirés sur le village de X": a place hit is the location
    if target_tok is not None and trig.kind == "idiom" and _owned(target_tok, lex):
        target_tok = None  # "rappelé son ambassadeur": the actor's own envoy
    if target_tok is None and trig.event_type in PARTNER_TYPES and trig.kind != "idiom":
        target_tok = _partner(trig, lex, timex_tokens)
    if actor_tok is not None and actor_tok.i in timex_tokens:
        actor_tok = None
    if target_tok is not None and target_tok.i in timex_tokens:
        target_tok = None
    actor = syntax.np_span(actor_tok) if actor_tok is not None else None
    target = (
        syntax.np_span(target_tok, cut=_place_cut(target_tok)) if target_tok is not None else None
    )
    m = Mention(trig, trig.token.sent, actor=actor, target=target)
    _crowd_control(trig, lex)
    m.mode = _instrument_mode(trig, lex, _subtree_ids(actor_tok))
    m.modality = _modality(trig, lex)
    return m


# --------------------------------------------------------------------------- modality


def _negated(tok: Token, lex: ModuleType) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lex.NEGATION_WORDS):
            return True
        if c.dep_ in ("det",) and c.lower_ in ("aucun", "aucune", "no"):
            return True
    return False


def _future(tok: Token, lex: ModuleType) -> bool:
    if "Fut" in tok.morph.get("Tense"):
        return True
    for c in tok.children:
        if c.dep_.startswith("aux") and (
            "Fut" in c.morph.get("Tense") or c.lower_ in lex.FUTURE_GOVERNORS
        ):
            return True
    return False


def _conditional(tok: Token) -> bool:
    if "Cnd" in tok.morph.get("Mood"):
        return True
    return any(c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood") for c in tok.children)


def _modality(trig: Trigger, lex: ModuleType) -> str:
    """asserted | claimed | negated | future | hypothetical, read up the clause chain."""
    tok = trig.predicate
    sent_low = tok.sent.text.lower()
    claimed = any(m in sent_low for m in lex.SOURCE_MARKERS)
    # "X ont été tués, a annoncé l'armée": an inserted reporting clause
    root = tok.sent.root
    for r in (tok, root):
        if any(
            c.dep_ == "parataxis" and c.lemma_.lower() in lex.REPORTING_VERBS for c in r.children
        ):
            claimed = True
    if trig.kind == "call":
        return "future"  # a protest called for has not happened yet
    if trig.kind == "light":
        # "a revendiqué l'attaque" / "nié toute responsabilité dans le bombardement"
        pl = trig.predicate.lemma_.lower()
        if pl in lex.DENIAL_VERBS:
            return "negated"
        if pl in lex.REPORTING_VERBS and trig.predicate.lemma_.lower() not in lex.LIGHT_ONLY:
            claimed = True
    if trig.kind == "noun" and trig.noun is not None:
        tok = syntax.clause_head(trig.noun)
    for _ in range(6):
        if _negated(tok, lex):
            return "negated"
        if _conditional(tok):
            # French "future in the past" under a reporting verb: "a assuré qu'un renfort
            # serait déployé" announces a future event
            if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in lex.REPORTING_VERBS:
                return "future"
            return "hypothetical"
        if _future(tok, lex):
            return "future"
        marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "case", "aux")}
        if marks & lex.CONDITIONAL_MARKERS:
            return "hypothetical"
        # purpose clause: "pour protester", "afin de", "in order to"
        if (
            tok.dep_ == "advcl"
            and trig.mode != "crowd-control"  # "used tear gas to disperse": the means was used
            and marks & lex.PURPOSE_MARKERS
            and ("Inf" in tok.morph.get("VerbForm") or tok.tag_ == "VB")
        ):
            return "hypothetical"
        head = tok.head
        if head is tok:
            break
        hl = head.lemma_.lower()
        if tok.dep_ in ("xcomp", "ccomp", "acl", "obl:arg", "obl", "advcl", "nmod", "obj", "dobj"):
            if hl in lex.DENIAL_VERBS:
                return "negated"
            if hl in lex.REPORTING_VERBS and tok.dep_ in ("xcomp", "ccomp", "obj", "dobj"):
                claimed = True
                if _negated(head, lex):
                    return "negated"
                if _future(head, lex):
                    return "future"
                break
            if hl in lex.HYPOTHETICAL_GOVERNORS and tok.dep_ in (
                "xcomp",
                "ccomp",
                "acl",
                "obl:arg",
                "advcl",
            ):
                return "hypothetical"
            if hl in lex.FUTURE_GOVERNORS and tok.dep_ in ("xcomp",):
                return "future"
        if tok.dep_ in ("conj",) or tok.dep_ in ("xcomp", "ccomp", "advcl", "obl:arg"):
            tok = head
            continue
        break
    return "claimed" if claimed else "asserted"


# --------------------------------------------------------------------------- places


def _place_modifier(tok: Token, lex: ModuleType) -> bool:
    """A place name used as a modifier ("the US embassy", "Syrian army") qualifies a
    noun; it locates nothing (unless that noun is itself a place: "Sagaing region")."""
    return (
        tok.dep_ in ("compound", "amod")
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_.lower() not in lex.PLACE_NOUNS
    )


def _place_spans(sent: Span, lang: str, lex: ModuleType) -> list[Span]:
    """Place entities of the sentence, plus proper nouns the tagger missed that the
    gazetteer knows and that a place preposition introduces ("in Kyiv", "city of Odesa")."""
    spans = [
        e
        for e in sent.ents
        if e.label_ in PLACE_LABELS and e.root.pos_ != "ADJ" and not _place_modifier(e.root, lex)
    ]
    taken = {t.i for e in sent.ents for t in e}
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
        chunk = sent.doc[i : j + 1]
        prep = syntax.prep_of(chunk.root)
        gov = syntax.governor(chunk.root)
        known = prep is not None and prep in lex.LOCATION_PREPS and geo.resolve(chunk.text, lang)
        # a village the gazetteer lacks: "in Mafa", "le village de Toumbi"
        unknown_place = (
            chunk.root.ent_type_ not in ACTOR_LABELS
            and not chunk.text.isupper()
            and (
                (prep in lex.STRICT_LOCATION_PREPS and not actors.describe(chunk.text, lang).sector)
                or (prep in lex.NOMINAL_AGENT_PREPS and gov.lemma_.lower() in lex.PLACE_NOUNS)
            )
        )
        if known or unknown_place:
            spans.append(chunk)
        i = j + 1
    return sorted(spans, key=lambda s: s.start)


BLOCKED = -1  # the place sits in a clause that belongs to no trigger


def _describes_someone(place: Span, lex: ModuleType) -> bool:
    """A place that qualifies a person or an organisation ("l'ambassadeur au Nigeria",
    "the US embassy", "l'État islamique au Sahel") rather than an event."""
    gov = syntax.governor(place.root)
    if gov is place.root:
        return False
    if gov.ent_type_ in ACTOR_LABELS and gov.ent_type_ != "MISC":
        return True
    return (
        gov.pos_ in ("NOUN", "PROPN")
        and _is_actorish(gov, lex)
        and gov.ent_type_ not in PLACE_LABELS
    )


def _subordinate_clause(verb: Token) -> bool:
    """A clause with its own predication (purpose, complement, adverbial) — unlike a
    participle describing a noun ("un dépôt appartenant à l'armée à Kidal")."""
    if verb.dep_ in ("advcl", "ccomp", "xcomp", "parataxis", "csubj"):
        return True
    if verb.dep_ in ("acl", "acl:relcl", "relcl"):
        return "Inf" in verb.morph.get("VerbForm") or any(c.dep_ == "mark" for c in verb.children)
    return False


def _owner(ent: Span, owners: dict[int, int], stop: set[int]) -> int | None:
    """Index of the trigger whose clause contains ``ent`` (nearest ancestor trigger)."""
    t = ent.root
    for _ in range(15):
        if t.i in owners:
            return owners[t.i]
        if t.head is t:
            return None
        # a place inside a subordinate clause of a non-trigger verb ("pour protester contre
        # le soutien de Washington") does not locate the main event
        if t.pos_ == "VERB" and _subordinate_clause(t):
            return BLOCKED
        t = t.head
        if t.i in stop:
            return None
    return None


def _place_anaphor(trig: Trigger, lex: ModuleType) -> Span | None:
    """ "dans la région", "to the area", "autour de la ville": a definite place noun that
    points back to a place named earlier in the article."""
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


def _group_places(places: list[Span]) -> list[list[Span]]:
    """Coordinated places start new groups; nested ones join the preceding group."""
    groups: list[list[Span]] = []
    for p in sorted(places, key=lambda s: s.start):
        root = p.root
        coordinated = root.dep_ == "conj" and any(
            root.head.i in range(g[0].start, g[0].end) for g in groups
        )
        # coordination may attach to a common noun heading the previous place ("la ville de X et Y")
        if not coordinated and root.dep_ == "conj" and groups:
            coordinated = True
        if not groups or coordinated:
            groups.append([p])
        else:
            groups[-1].append(p)
    return groups


# --------------------------------------------------------------------------- dates


def _timex_root(sent: Span, tx: Timex, offset: int) -> Token | None:
    toks = [t for t in sent if tx.start <= offset + t.idx < tx.end]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head is t:
            return t
    return toks[0]


def _in_foreign_pp(trig: Trigger) -> bool:
    return trig.noun is not None and syntax.prep_of(trig.noun) is not None


def _governing_chain(trig: Trigger) -> list[int]:
    """The predicate and the verbs it is embedded under (reported speech, control).

    An event noun inside a prepositional phrase of another clause ("en représailles à
    l'attaque de Ménaka, l'armée a frappé mardi") is an earlier event: only its own
    modifiers date it."""
    if trig.kind == "noun" and _in_foreign_pp(trig):
        return [trig.token.i]
    chain = [trig.token.i, trig.predicate.i]
    t = trig.predicate
    for _ in range(5):
        if t.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl") and t.head is not t:
            t = t.head
            chain.append(t.i)
        else:
            break
    return chain


# --------------------------------------------------------------------------- driver


@dataclass(slots=True)
class Extraction:
    """Mentions of one article with their sentence, before enrichment."""

    events: list[Event]
    mentions: list[Mention]


def extract_article(
    article: Article,
    paragraphs: Sequence[Paragraph],
    timexes: Sequence[Timex] = (),
) -> list[Event]:
    """Event mentions of ``article`` (roles raw, canonical fields left to ``enrich``)."""
    lang = article.lang or "fr"
    lex = langdata.load(lang, "triggers")
    events: list[Event] = []
    for ref in sentences(paragraphs):
        sent = ref.span
        if len(sent.text) > MAX_SENTENCE_CHARS:
            log.debug("skip over-long sentence %d in %s", ref.index, article.source)
            continue
        sent_tx = [t for t in timexes if ref.start <= t.start and t.end <= ref.end]
        timex_tokens = (
            {t.i for t in sent if any(x.start <= ref.offset + t.idx < x.end for x in sent_tx)}
            if sent_tx
            else set()
        )
        triggers = [t for t in find_triggers(sent, lex) if t.token.i not in timex_tokens]
        if not triggers:
            continue
        mentions = [_roles(t, lex, timex_tokens) for t in triggers]
        # places: each place entity belongs to the nearest trigger above it
        owners: dict[int, int] = {}
        for k, tr in enumerate(triggers):
            owners.setdefault(tr.token.i, k)
            owners.setdefault(tr.predicate.i, k)
        actor_ids = [{t.i for t in m.actor} if m.actor is not None else set() for m in mentions]
        per_trigger: dict[int, list[Span]] = {}
        actor_places: dict[int, list[Span]] = {}
        for place in _place_spans(sent, lang, lex):
            k = _owner(place, owners, set())
            if k == BLOCKED:
                continue
            if k is None:
                # a place attached to the sentence root, outside every trigger clause,
                # belongs to the only trigger of the sentence
                if len(triggers) == 1:
                    k = 0
                else:
                    continue
            if place.root.i in actor_ids[k]:
                # "des milliers d'habitants de Goma ont manifesté": the actor's own place
                # locates a deed when nothing else does
                if triggers[k].event_type in PLACE_TARGET_TYPES and place.root.i != (
                    mentions[k].actor.root.i if mentions[k].actor is not None else -1
                ):
                    actor_places.setdefault(k, []).append(place)
                continue
            tgt = mentions[k].target
            if triggers[k].event_type not in PLACE_TARGET_TYPES and (
                (tgt is not None and tgt.start <= place.root.i < tgt.end)
                or _describes_someone(place, lex)
            ):
                # a capital standing for its government ("sanctions against Moscow"), a
                # place inside the target ("sanctions imposées à Niamey"), a post
                # ("son ambassadeur au Nigeria"): not where a statement happened
                continue
            per_trigger.setdefault(k, []).append(place)
        for k, places in actor_places.items():
            per_trigger.setdefault(k, places)
        # dates: a time expression belongs to the trigger whose clause chain it attaches to
        date_of: dict[int, Timex] = {}
        via: dict[int, str] = {}
        chains = [_governing_chain(t) for t in triggers]
        for tx in sent_tx:
            root = _timex_root(sent, tx, ref.offset)
            if root is None:
                continue
            anc = root
            hit: int | None = None
            for _ in range(12):
                for k, chain in enumerate(chains):
                    if anc.i in chain and k not in date_of:
                        hit = k
                        break
                if hit is not None or anc.head is anc:
                    break
                anc = anc.head
            if hit is not None:
                date_of[hit] = tx
                if chains[hit].index(anc.i) >= 2:
                    via[hit] = "statement"  # the date of the verb that reports the event
                # reported events inherit the statement's date
                for k, chain in enumerate(chains):
                    if k not in date_of and root.head.i in chain[1:] and anc.i in chain:
                        date_of[k] = tx
                        via[k] = "statement"
        if len(sent_tx) == 1:
            for k in range(len(triggers)):
                if k not in date_of:
                    date_of[k] = sent_tx[0]
                    via[k] = "sentence"
        cas = extract_casualties(sent.text, lang)
        cas_owner = _casualty_owner(triggers) if cas else None
        for k, m in enumerate(mentions):
            groups = _group_places(per_trigger.get(k, [])) or [[]]
            if not per_trigger.get(k):
                anaphor = _place_anaphor(triggers[k], lex)
                if anaphor is not None:
                    m.place_anaphor = anaphor.text
            for g_no, group in enumerate(groups):
                events.append(
                    _make_event(
                        article,
                        ref,
                        m,
                        group,
                        g_no,
                        date_of.get(k),
                        cas if k == cas_owner else None,
                    )
                )
                if k in via and date_of.get(k) is not None:
                    events[-1].extras["date_via"] = via[k]
    return events


def _casualty_owner(triggers: list[Trigger]) -> int | None:
    """Casualties of a sentence go to its killing verb, else its first violent event."""
    for k, t in enumerate(triggers):
        if t.event_type == "ASSAULT" and t.kind == "verb" and t.lemma in (
            "tuer", "blesser", "kill", "wound", "injure", "abattre",
        ):  # fmt: skip
            return k
    for k, t in enumerate(triggers):
        if t.event_type == "ASSAULT":
            return k
    for k, t in enumerate(triggers):
        if t.event_type in ("PROTEST", "COERCE"):
            return k
    return None


def _text(span: Span | None) -> str | None:
    return span.text.strip() if span is not None and span.text.strip() else None


def _tense(verb: Token) -> str:
    """past | present | future of a clause ("ont frappé" is past, "fournissent" present)."""
    tenses = set(verb.morph.get("Tense"))
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    for a in aux:
        tenses |= {f"aux{t}" for t in a.morph.get("Tense")}
        if a.lower_ in ("will", "shall") or (a.tag_ == "MD" and a.lower_ in ("will", "'ll")):
            return "future"
    if "Fut" in tenses or "auxFut" in tenses:
        return "future"
    if "Past" in tenses or "Imp" in tenses or "auxPast" in tenses or "auxImp" in tenses:
        return "past"
    if "Pres" in tenses and "Part" in verb.morph.get("VerbForm") and aux:
        return "past"  # passé composé / present perfect
    if "Pres" in tenses and "Fin" in verb.morph.get("VerbForm"):
        return "present"
    return "unknown"


def _make_event(
    article: Article,
    ref: SentenceRef,
    m: Mention,
    places: list[Span],
    group_no: int,
    tx: Timex | None,
    cas: object | None,
) -> Event:
    trig = m.trigger
    t_start = ref.offset + trig.token.idx
    event_id = Event.make_id(article.article_id, t_start, trig.event_type)
    if group_no:
        event_id = Event.make_id(article.article_id, f"{t_start}:{group_no}", trig.event_type)
    location = places[0] if places else None
    confidence = 0.45 + (0.15 if trig.kind != "noun" else 0.05)
    confidence += 0.1 if m.actor is not None else 0.0
    confidence += 0.1 if (m.target is not None or location is not None) else 0.0
    confidence += 0.1 if tx is not None else 0.0
    ev = Event(
        event_id=event_id,
        article_id=article.article_id,
        source=article.source,
        lang=article.lang or "",
        published=article.published,
        sentence_index=ref.index,
        sentence=ref.span.text,
        char_start=ref.start,
        char_end=ref.end,
        trigger=trig.token.text,
        action_lemma=trig.lemma,
        event_type=trig.event_type,
        event_mode=m.mode,
        cameo_root=trig.cameo,
        actor=_text(m.actor),
        target=_text(m.target),
        location=_text(location),
        modality=m.modality,
        confidence=round(min(confidence, 0.95), 2),
        trigger_start=t_start,
        trigger_end=t_start + len(trig.token.text),
        paragraph_index=ref.paragraph,
    )
    ev.extras["tense"] = _tense(trig.predicate)
    if places[1:]:
        ev.extras["other_places"] = "; ".join(p.text for p in places[1:])
    if m.place_anaphor and not places:
        ev.extras["place_anaphor"] = m.place_anaphor
    if m.actor is not None:
        ev.extras["actor_start"] = str(ref.offset + m.actor.start_char)
        ev.extras["actor_head"] = m.actor.root.lemma_
        ev.extras["actor_morph"] = str(m.actor.root.morph)
        ev.extras["actor_pos"] = m.actor.root.pos_
    if m.target is not None:
        ev.extras["target_start"] = str(ref.offset + m.target.start_char)
        ev.extras["target_head"] = m.target.root.lemma_
    if tx is not None:
        ev.date_text = tx.text
        ev.date_value = tx.value
        ev.date_start, ev.date_end = tx.date_start, tx.date_end
        ev.extras["timex_start"] = str(tx.start)
        ev.extras["timex_anchor"] = tx.anchor
    if cas:
        ev.fatalities = cas.fatalities  # type: ignore[attr-defined]
        ev.injured = cas.injured  # type: ignore[attr-defined]
        ev.casualty_qualifier = cas.qualifier  # type: ignore[attr-defined]
    return ev


def extract_speakers(article: Article, paragraphs: Sequence[Paragraph]) -> list[Speaker]:
    """Subjects of reporting verbs and "selon X" / "according to X" sources."""
    lex = langdata.load(article.lang or "fr", "triggers")
    out: list[Speaker] = []
    for ref in sentences(paragraphs):
        for tok in ref.span:
            head: Token | None = None
            if tok.lemma_.lower() in lex.REPORTING_VERBS and tok.pos_ in ("VERB", "AUX"):
                head = syntax.subject(tok)
            elif tok.dep_ in ("obl:mod", "obl", "nmod", "pobj") and (
                syntax.prep_of(tok) in lex.SOURCE_PREPS
            ):
                head = tok
            if head is None or head.pos_ == "PRON" or head.ent_type_ in PLACE_LABELS:
                continue
            span = syntax.np_span(head)
            out.append(
                Speaker(span.text, ref.offset + span.start_char, head.lemma_, str(head.morph))
            )
    return out
