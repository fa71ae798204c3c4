"""Trigger words of a sentence: verbs, light-verb and idiom constructions, event nouns.

Each verb-like token goes through ``VERB_RULES`` in order; the first rule that finds
triggers wins for that token. Event nouns not taken by a verb rule come next
(``_noun_triggers``), and ``COORDINATION_DROPS`` then removes triggers that restate an
event already kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventline import syntax
from eventline.enrich import actors
from eventline.extract.tokens import (
    ACTOR_LABELS,
    guess_lemma,
    is_present_participle,
    noun_lemma,
)
from eventline.lang.base import Entry, LanguageData
from eventline.ontology import DESCRIBING_PARTICIPLE_TYPES


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence, before roles are read."""

    token: Token  # the word shown as trigger (noun for nominal/light-verb events)
    predicate: Token  # the clause's verb (the light verb, or the verb itself)
    noun: Token | None  # the event noun, if any
    event_type: str
    mode: str | None
    cameo: str
    lemma: str
    kind: str  # verb | light | call | idiom | noun


def _trigger(
    token: Token, predicate: Token, noun: Token | None, entry: Entry, lemma: str, kind: str
) -> Trigger:
    event_type, mode, cameo = entry
    return Trigger(token, predicate, noun, event_type, mode, cameo, lemma, kind)


def in_foreign_pp(trig: Trigger) -> bool:
    """An event noun inside a prepositional phrase ("in retaliation for the attack")."""
    return trig.noun is not None and syntax.prep_of(trig.noun) is not None


# --------------------------------------------------------------------------- helpers


def _is_reflexive(tok: Token, lang: LanguageData) -> bool:
    clitics = lang.triggers.REFLEXIVE_CLITICS
    return any(
        c.dep_.startswith("expl") or (c.lower_ in clitics and c.dep_ in ("obj", "iobj"))
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


def _pp_nouns(tok: Token) -> list[Token]:
    return [np for _, np in syntax.pp_children(tok)]


def _responsibility_event(verb: Token, lang: LanguageData) -> Token | None:
    """ "claimed responsibility for the attack": the event noun inside the responsibility
    phrase."""
    lex = lang.triggers
    for noun in _event_nouns_under(verb):
        if noun.lemma_.lower() in lex.RESPONSIBILITY_NOUNS:
            for inner in _pp_nouns(noun):
                if inner.lemma_.lower() in lex.NOUNS:
                    return inner
    return None


def _descriptive_participle(tok: Token, event_type: str) -> bool:
    """A present participle right after a noun, with no subject, describes that noun."""
    if event_type not in DESCRIBING_PARTICIPLE_TYPES or tok.i == tok.sent.start:
        return False
    if not is_present_participle(tok) or any(c.dep_ in syntax.SUBJ for c in tok.children):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.pos_ in ("NOUN", "PROPN", "ADJ")


# --------------------------------------------------------------------------- verb constraints

# (verb, its lemma, its direct object, language) → the construction makes an event
VerbConstraint = Callable[[Token, str, Token | None, LanguageData], bool]


def _transitive_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs need an object or the passive: "they targeted the depot" (but "the plan
    targets growth" has no event without its object)."""
    return not (
        lemma in lang.triggers.TRANSITIVE_ONLY and obj is None and not syntax.is_passive(tok)
    )


def _actor_object_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs need a person or group as object: "received a delegation"."""
    if lemma not in lang.triggers.ACTOR_OBJECT_ONLY:
        return True
    return obj is not None and actors.is_actor_head(obj.lemma_.lower(), lang.code)


def _military_subject_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs need a military subject: "the troops left the town"."""
    lex = lang.triggers
    if lemma not in lex.MILITARY_SUBJECT_ONLY:
        return True
    subj = syntax.subject(tok) or syntax.passive_subject(tok)
    words = {t.lemma_.lower() for t in subj.subtree} if subj is not None else set()
    return bool(words & lex.MILITARY_WORDS)


def _meeting_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs need a meeting to take part in: "attended the summit"."""
    lex = lang.triggers
    if lemma not in lex.MEETING_ONLY:
        return True
    return any(
        (e := lex.NOUNS.get(n.lemma_.lower())) and e[0] == "CONSULT"
        for n in _pp_nouns(tok) + ([obj] if obj is not None else [])
    )


VERB_CONSTRAINTS: tuple[VerbConstraint, ...] = (
    _transitive_only,
    _actor_object_only,
    _military_subject_only,
    _meeting_only,
)


# --------------------------------------------------------------------------- verb rules


@dataclass(frozen=True, slots=True)
class _Scan:
    lang: LanguageData
    used: Set[int]  # tokens already part of a trigger of the sentence


# (verb-like token, its repaired lemma, scan state) → triggers found (empty: next rule)
VerbRule = Callable[[Token, str, _Scan], list[Trigger]]


def _responsibility_claim(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A claim or denial of responsibility names its event: "X claimed responsibility for
    the bombing" (trigger "bombing", predicate "claimed")."""
    inner = _responsibility_event(tok, scan.lang)
    if inner is None or inner.i in scan.used:
        return []
    entry = scan.lang.triggers.NOUNS[inner.lemma_.lower()]
    return [_trigger(inner, tok, inner, entry, inner.lemma_.lower(), "light")]


def _protest_call(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A call for a protest announces it: "unions called a strike"."""
    lex = scan.lang.triggers
    if lemma not in lex.CALL_VERBS:
        return []
    out: list[Trigger] = []
    seen: set[int] = set()
    for noun in _event_nouns_under(tok) + _pp_nouns(tok):
        entry = lex.NOUNS.get(noun.lemma_.lower())
        if entry and entry[0] == "PROTEST" and noun.i not in scan.used and noun.i not in seen:
            out.append(_trigger(noun, tok, noun, entry, noun.lemma_.lower(), "call"))
            seen.add(noun.i)
    return out


def _light_verb(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A light verb and its event noun: "launched an offensive" (the noun carries the
    type, or the verb-noun pair does: "sent reinforcements")."""
    lex = scan.lang.triggers
    if lemma not in lex.LIGHT_VERBS:
        return []
    out: list[Trigger] = []
    seen: set[int] = set()
    for noun in _event_nouns_under(tok):
        nlemma = noun_lemma(noun, scan.lang)
        entry = lex.VERB_OBJECT.get((lemma, nlemma)) or lex.NOUNS.get(nlemma)
        if entry and noun.i not in scan.used and noun.i not in seen:
            out.append(_trigger(noun, tok, noun, entry, f"{lemma} {nlemma}", "light"))
            seen.add(noun.i)
    return out


def _theme(tok: Token) -> Token | None:
    """The object, or the subject of a passive."""
    obj = syntax.direct_object(tok)
    if obj is not None:
        return obj
    return syntax.passive_subject(tok) if syntax.is_passive(tok) else None


def _verb_object_idiom(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A verb-object idiom: "opened fire", "stones were thrown"; the idiom's noun is part
    of the action, not its target."""
    theme = _theme(tok)
    if theme is None:
        return []
    entry = scan.lang.triggers.VERB_OBJECT.get((lemma, theme.lemma_.lower()))
    if entry is None:
        return []
    return [_trigger(tok, tok, theme, entry, f"{lemma} {theme.lemma_.lower()}", "idiom")]


def _verb_entry(tok: Token, lemma: str, lang: LanguageData) -> Entry | None:
    """The lexicon entry of a verb: phrasal ("crack down"), reflexive, then plain."""
    lex = lang.triggers
    entry: Entry | None = None
    particle = _phrasal_particle(tok)
    if particle is not None:
        entry = lex.PHRASAL.get((lemma, particle))
    if entry is None and _is_reflexive(tok, lang):
        entry = lex.PHRASAL.get((lemma, lex.REFLEXIVE_PARTICLE))
        if entry is None and lemma in lex.REFLEXIVE_BLOCK:
            return None
    if entry is None:
        entry = lex.VERBS.get(lemma)
    return entry


def _plain_verb(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A verb of the lexicon in a construction that makes an event: "rebels attacked",
    but not a participle describing a noun ("resolutions calling for…")."""
    entry = _verb_entry(tok, lemma, scan.lang)
    if entry is None:
        return []
    obj = syntax.direct_object(tok)
    if not all(ok(tok, lemma, obj, scan.lang) for ok in VERB_CONSTRAINTS):
        return []
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return []
    if _descriptive_participle(tok, entry[0]):
        return []
    return [_trigger(tok, tok, None, entry, lemma, "verb")]


VERB_RULES: tuple[VerbRule, ...] = (
    _responsibility_claim,
    _protest_call,
    _light_verb,
    _verb_object_idiom,
    _plain_verb,
)


# --------------------------------------------------------------------------- nouns


def _noun_has_argument(tok: Token, lang: LanguageData) -> bool:
    """A target, an agent or an instrument on the noun ("attack on the base", "drone
    strike"), or a verb that keeps it going ("continued its operations")."""
    lex = lang.triggers
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
            return True
    if any(c.dep_ in ("poss", "nmod:poss") and c.pos_ == "PROPN" for c in tok.children):
        return True
    if any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.INSTRUMENTS for c in tok.children
    ):
        return True
    return tok.dep_ in syntax.OBJ and tok.head.lemma_.lower() in lex.CONTINUATION_VERBS


def _noun_is_event(tok: Token, lemma: str, lang: LanguageData) -> bool:
    """A bare event noun counts when it names a specific event: it has an argument, or
    (for strong nouns) it is a clause argument."""
    # "drone attack" (a compound) is fine; "the toll of the attacks" is a reference
    if tok.dep_ in ("amod", "nmod") and tok.head.pos_ == "NOUN":
        return False
    has_arg = _noun_has_argument(tok, lang)
    if lemma in lang.triggers.WEAK_NOUNS:
        return has_arg
    return has_arg or tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "ROOT")


def _noun_triggers(sent: Span, lang: LanguageData, used: Set[int]) -> list[Trigger]:
    """Event nouns of the sentence that no verb rule took."""
    out: list[Trigger] = []
    for tok in sent:
        if tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        nlemma = noun_lemma(tok, lang)
        entry = lang.triggers.NOUNS.get(nlemma)
        if entry is None or not _noun_is_event(tok, nlemma, lang):
            continue
        out.append(_trigger(tok, syntax.clause_head(tok), tok, entry, nlemma, "noun"))
    return out


# --------------------------------------------------------------------------- driver


def find_triggers(sent: Span, lang: LanguageData) -> list[Trigger]:
    """Triggers of ``sent`` in text order, one per event."""
    found: list[Trigger] = []
    used: set[int] = set()
    scan = _Scan(lang, used)
    for tok in sent:
        if tok.i in used:
            continue
        lemma = guess_lemma(tok, lang)
        if not _verbish(tok):
            continue
        for rule in VERB_RULES:
            triggers = rule(tok, lemma, scan)
            if triggers:
                found.extend(triggers)
                for t in triggers:
                    used.add(t.predicate.i)
                    if t.noun is not None:
                        used.add(t.noun.i)
                break
    found.extend(_noun_triggers(sent, lang, used))
    return drop_coordinated(sorted(found, key=lambda t: t.token.i))


# --------------------------------------------------------------------------- one event, not two


@dataclass(frozen=True, slots=True)
class _Index:
    nouns: dict[int, Trigger]  # event noun token → its trigger
    verbs: dict[int, Trigger]  # predicate token → its verb trigger


# (trigger, triggers kept so far, index of all triggers) → drop it
CoordinationDrop = Callable[[Trigger, Sequence[Trigger], _Index], bool]


def _noun_names_verb_event(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "killed in an attack on the village": the noun names the verb's own event."""
    if t.kind != "noun" or t.noun is None:
        return False
    v = idx.verbs.get(syntax.governor(t.noun).i)
    return v is not None and v.event_type == t.event_type and bool(syntax.prep_of(t.noun))


def _verb_of_event_subject(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "a missile strike killed four people": the verb restates its subject event."""
    if t.kind != "verb":
        return False
    subj = syntax.subject(t.predicate)
    return subj is not None and subj.i in idx.nouns and idx.nouns[subj.i].event_type == t.event_type


def _coordinated_same_type(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "were killed and … wounded": a verb coordinated with a kept trigger of the same
    type, with no object of its own."""
    if t.kind != "verb":
        return False
    tok = t.predicate
    same = any(
        k.event_type == t.event_type and tok.dep_ == "conj" and tok.head.i == k.predicate.i
        for k in kept
    )
    return same and syntax.direct_object(tok) is None


def _consequence_participle(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "…, killing four people": a participle hanging off a violent event is its
    consequence, not a second event."""
    if t.kind != "verb" or t.event_type != "ASSAULT" or not is_present_participle(t.predicate):
        return False
    return any(
        k.event_type == "ASSAULT"
        and any(a.i in (k.predicate.i, k.token.i) for a in t.predicate.ancestors)
        for k in kept
    )


COORDINATION_DROPS: tuple[CoordinationDrop, ...] = (
    _noun_names_verb_event,
    _verb_of_event_subject,
    _coordinated_same_type,
    _consequence_participle,
)


def drop_coordinated(triggers: list[Trigger]) -> list[Trigger]:
    """One event, not two: drop the triggers that restate a kept one (text order)."""
    idx = _Index(
        nouns={t.noun.i: t for t in triggers if t.noun is not None},
        verbs={t.predicate.i: t for t in triggers if t.kind == "verb"},
    )
    keep: list[Trigger] = []
    for t in triggers:
        if not any(drop(t, keep, idx) for drop in COORDINATION_DROPS):
            keep.append(t)
    return keep
