"""Actor and target of a trigger, read from the dependency tree by ordered rule tables.

* ``TARGET_RULES`` are tried in order; the first that finds a token gives the target.
* ``TARGET_FILTERS`` then see that token in order; each keeps it, replaces it or drops it
  (a dropped target skips the remaining filters).
* ``TARGET_FALLBACKS`` are tried, in order, when the filters left no target.
* ``ACTOR_RULES`` are tried in order; the first that finds a token gives the actor. The
  agent rule on the event noun never takes the phrase the target rules took.
* Last, neither role may be a word of a time expression.

Rules and filters are small named functions of a :class:`RoleContext`; each docstring
gives an invented example.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventline import syntax
from eventline.enrich import actors
from eventline.extract.sentences import span_text
from eventline.extract.tokens import (
    PLACE_LABELS,
    guess_lemma,
    is_actorish,
    is_instrument,
    is_possessive,
    names_actor,
    weapon_owner,
)
from eventline.extract.triggers import Trigger, describes_noun
from eventline.lang.base import LanguageData, Triggers
from eventline.ontology import PARTNER_TYPES, PHYSICAL_TYPES, RECIPIENT_TYPES

NOUN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


@dataclass(frozen=True, slots=True)
class RoleContext:
    """What the role rules read: the trigger, the language, the sentence's date tokens."""

    trig: Trigger
    lang: LanguageData
    timex_tokens: frozenset[int] = frozenset()
    noun_target: Token | None = None  # the event noun's phrase the target rules took

    @property
    def lex(self) -> Triggers:
        return self.lang.triggers

    @property
    def verbal(self) -> bool:
        """The trigger is a clause (verb, light verb, idiom, call), not a bare noun."""
        return self.trig.kind != "noun"

    @property
    def passive(self) -> bool:
        return syntax.is_passive(self.trig.predicate)


@dataclass(frozen=True, slots=True)
class Roles:
    """The actor and target phrases of one trigger."""

    actor: Span | None
    target: Span | None
    actor_token: Token | None  # head of the actor phrase (its subtree is no instrument)


RoleRule = Callable[[RoleContext], Token | None]
TargetFilter = Callable[[RoleContext, Token], Token | None]


# --------------------------------------------------------------------------- helpers


def _claimant(noun: Token, lang: LanguageData) -> Token | None:
    """Who an event noun is claimed by or attributed to: "the attack was claimed by X",
    "shots attributed to the rebels"."""
    lex = lang.triggers
    head = noun.head
    hl = head.lemma_.lower()
    if noun.dep_ in syntax.PASS_SUBJ and hl in lex.REPORTING_VERBS and syntax.is_passive(head):
        ag = syntax.agent(head, lex.AGENT_PREPS)
        if ag is not None and is_actorish(ag, lang) and not is_instrument(ag, lex):
            return ag
    for c in noun.children:
        if c.dep_ == "acl" and guess_lemma(c, lang) in lex.ATTRIBUTION_VERBS:
            for p, np in syntax.pp_children(c):
                if p in lex.RECIPIENT_PREPS and is_actorish(np, lang):
                    return np
    return None


def _bare_place(tok: Token, lang: LanguageData) -> bool:
    """A settlement noun naming a place ("the village of X", "a village in Y region", a
    bare "the community"), as opposed to "a camp for displaced people" (people who live
    there: a target)."""
    lemma = tok.lemma_.lower()
    settlement = lemma in lang.places.SETTLEMENT_WORDS
    if not settlement and lemma not in lang.triggers.PLACE_NOUNS:
        return False
    phrases = [np for _, np in syntax.pp_children(tok)]
    if any(is_actorish(np, lang) and np.ent_type_ not in PLACE_LABELS for np in phrases):
        return False
    if settlement:
        return True
    return any(
        any(t.ent_type_ in PLACE_LABELS for t in (np, *np.children))
        or any(n.ent_type_ in PLACE_LABELS for _, n in syntax.pp_children(np))
        for np in phrases
    )


def _owned(tok: Token, lex: Triggers) -> bool:
    """ "its ambassador", "their troops": the actor's own people or things."""
    return any(
        c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in lex.POSSESSIVE_DETS
        for c in tok.children
    )


def place_cut(head: Token, lang: LanguageData | None = None) -> frozenset[int]:
    """Children of a target phrase that introduce a place (kept as location, not target);
    not people named by their place ("the camp of the displaced of X" stays whole)."""
    cut = set()
    for c in head.children:
        if lang is not None and c.ent_type_ not in PLACE_LABELS and is_actorish(c, lang):
            continue
        if any(t.ent_type_ in PLACE_LABELS for t in c.subtree) and c.dep_ not in ("flat:name",):
            if (
                c.ent_type_ in PLACE_LABELS
                and c.dep_ in ("nmod", "compound")
                and not syntax.prep_of(c)
            ):
                continue  # "the town of X" keeps its name
            if syntax.prep_of(c) is not None or c.dep_ == "prep":
                cut.add(c.i)
    return frozenset(cut)


def _has_recipient(ctx: RoleContext) -> bool:
    pred = ctx.trig.predicate
    return any(p in ctx.lex.RECIPIENT_PREPS for p, _ in syntax.pp_children(pred)) or any(
        c.dep_ in ("iobj", "dative") for c in pred.children
    )


def _recipient_of(ctx: RoleContext) -> Token | None:
    """The clause's indirect object (the last one), else its first recipient phrase."""
    pred = ctx.trig.predicate
    found: Token | None = None
    for c in pred.children:
        if c.dep_ in ("iobj", "dative"):
            found = c
    if found is not None:
        return found
    return next((np for p, np in syntax.pp_children(pred) if p in ctx.lex.RECIPIENT_PREPS), None)


def _target_pp(ctx: RoleContext, p: str, np: Token) -> bool:
    """A phrase of the event noun that names its target (see ``_noun_phrase_target``)."""
    trig, lex = ctx.trig, ctx.lex
    noun = trig.noun
    if p in lex.TARGET_PREPS and np.i not in ctx.timex_tokens:
        return True
    if (
        trig.kind == "noun"
        and noun is not None
        and noun.lemma_.lower() in lex.PATIENT_NOUNS
        and p in lex.NOMINAL_AGENT_PREPS
        and np.ent_type_ not in PLACE_LABELS
    ):
        return True
    if _patient_of(ctx, p) and np.ent_type_ not in PLACE_LABELS:
        return True
    return trig.event_type in RECIPIENT_TYPES and p in lex.RECIPIENT_PREPS


def _patient_of(ctx: RoleContext, p: str) -> bool:
    """The event noun's "of" phrase names its patient: "the bombing of the embassy"."""
    lex = ctx.lex
    return (
        ctx.trig.kind == "noun"
        and ctx.trig.event_type in lex.PATIENT_OF_TYPES
        and p in lex.NOMINAL_AGENT_PREPS
        and p not in lex.AGENT_PREPS
    )


def _agent_pp(ctx: RoleContext, p: str, np: Token) -> bool:
    """A phrase of the event noun that names its agent (see ``_noun_phrase_agent``)."""
    lex, noun = ctx.lex, ctx.trig.noun
    if p in lex.AGENT_PREPS:
        return True
    return (
        not _patient_of(ctx, p)
        and p in lex.NOMINAL_AGENT_PREPS
        and is_actorish(np, ctx.lang)
        and np.pos_ != "PRON"
        and np.ent_type_ not in PLACE_LABELS
        and not is_instrument(np, lex)
        and noun is not None
        and noun.lemma_.lower() not in lex.PATIENT_NOUNS
    )


def _verb_keys(ctx: RoleContext) -> set[str]:
    """The predicate's lemma and its "verb object" idiom ("perdre vie")."""
    pred = ctx.trig.predicate
    lemma = guess_lemma(pred, ctx.lang)
    keys = {lemma, pred.lower_}
    obj = syntax.direct_object(pred)
    if obj is not None:
        keys.add(f"{lemma} {obj.lemma_.lower()}")
    return keys


def _victim_subject(ctx: RoleContext) -> bool:
    """A verb whose subject is the victim: "three soldiers died", "ont perdu la vie",
    "sont tombés" (its auxiliary "être" taken for a passive's)."""
    return ctx.verbal and bool(_verb_keys(ctx) & ctx.lex.PATIENT_SUBJECT)


def _loss_verb(ctx: RoleContext) -> bool:
    """A verb whose subject lost the people it names: "the army lost six men"."""
    return ctx.verbal and bool(_verb_keys(ctx) & ctx.lex.LOSS_VERBS)


def _seized_materiel(ctx: RoleContext) -> bool:
    """A seizure of weapons: the weapons are what is taken, not an instrument."""
    return ctx.verbal and guess_lemma(ctx.trig.predicate, ctx.lang) in ctx.lex.MATERIEL_ONLY


def _noun_phrases(noun: Token) -> list[tuple[str, Token]]:
    """The phrases of an event noun and of the participle describing it: "the attack
    carried out by militants against the convoy" (not a relative clause's)."""
    out = list(syntax.pp_children(noun))
    holders = [noun, *(np for _, np in out)]  # "l'offensive de l'armée lancée contre X"
    for h in holders:
        for c in h.children:
            participle = c.dep_ in ("acl", "amod") and "Part" in c.morph.get("VerbForm", None)
            if participle and (h is noun or _agrees(c, noun)):
                out.extend(syntax.pp_children(c))
    return out


def _agrees(participle: Token, noun: Token) -> bool:
    """The participle's gender and number are the noun's (where the morphology tells)."""
    return all(
        participle.morph.get(f, None) == noun.morph.get(f, None)
        for f in ("Gender", "Number")
        if participle.morph.get(f, None) and noun.morph.get(f, None)
    )


def _first(rules: tuple[RoleRule, ...], ctx: RoleContext) -> tuple[Token | None, RoleRule | None]:
    """The first token a rule finds, and that rule."""
    for rule in rules:
        tok = rule(ctx)
        if tok is not None:
            return tok, rule
    return None, None


# --------------------------------------------------------------------------- target rules


def _passive_idiom_noun(ctx: RoleContext) -> Token | None:
    """An idiom's noun that names people, in the passive: "two diplomats were expelled"."""
    noun = ctx.trig.noun
    if not (ctx.verbal and ctx.passive and ctx.trig.kind == "idiom" and noun is not None):
        return None
    return noun if is_actorish(noun, ctx.lang) else None


def _blamed_party(ctx: RoleContext) -> Token | None:
    """Who an attribution blames, not what it blames on them: "l'armée l'attribue au
    Front X", "officials blamed the raid on the militia" (the parser often hangs the
    party on the event blamed); "blamed the militia for the raid" has it as object."""
    trig, lex = ctx.trig, ctx.lex
    pred = trig.predicate
    if not ctx.verbal or guess_lemma(pred, ctx.lang) not in lex.ATTRIBUTION_VERBS:
        return None
    blamed = syntax.direct_object(pred) or syntax.passive_subject(pred)
    holders = [pred] + ([blamed] if blamed is not None else [])
    return next(
        (
            np
            for h in holders
            for p, np in syntax.pp_children(h)
            if p in lex.RECIPIENT_PREPS | lex.TARGET_PREPS
            and np.i not in ctx.timex_tokens
            and is_actorish(np, ctx.lang)
        ),
        None,
    )


def _dying_subject(ctx: RoleContext) -> Token | None:
    """The subject of a verb whose subject is the victim: "the officer died of his
    wounds"."""
    if not _victim_subject(ctx):
        return None
    pred = ctx.trig.predicate
    return syntax.subject(pred) or syntax.passive_subject(pred)


def _passive_subject(ctx: RoleContext) -> Token | None:
    """The subject of a passive (even labelled active by the parser), unless a weapon
    used: "the convoy was ambushed", "weapons were seized"; what is mobilised is no
    target ("troops were deployed": the agentless passive names no actor either)."""
    if not (ctx.verbal and ctx.passive) or ctx.trig.event_type == "MOBILIZE":
        return None
    pred = ctx.trig.predicate
    psubj = syntax.passive_subject(pred)
    if psubj is None and any(c.dep_ in syntax.PASS_AUX for c in pred.children):
        # a passive's subject labelled active ("les écoles ont été fermées")
        psubj = next((c for c in pred.children if c.dep_ in syntax.SUBJ), None)
    if psubj is None and pred.dep_ == "xcomp":  # "viennent d'être libérés": the raiser's
        psubj = syntax.subject(pred.head)
    noun = ctx.trig.noun
    if psubj is None or (noun is not None and psubj.i == noun.i):
        return None
    if is_instrument(psubj, ctx.lex) and not _seized_materiel(ctx):
        return None
    return psubj


def _headline_subject(pred: Token) -> Token | None:
    """The subject of a headline passive, a past participle with no auxiliary and no
    object ("several shops torched", "deux bus incendiés"): what was done to."""
    if "Perf" not in pred.morph.get("Aspect", None) and "Past" not in pred.morph.get("Tense", None):
        return None
    if "Part" not in pred.morph.get("VerbForm", None) or syntax.direct_object(pred) is not None:
        return None
    if any(c.dep_.startswith("aux") for c in pred.children):
        return None
    return next((c for c in pred.children if c.dep_ in NOUN_SUBJECT_DEPS), None)


def _headline_passive(ctx: RoleContext) -> Token | None:
    """The subject of a headline passive: "Rioting in X; several shops torched"."""
    if not ctx.verbal or ctx.passive or ctx.trig.kind != "verb":
        return None
    subj = _headline_subject(ctx.trig.predicate)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _opponent(ctx: RoleContext) -> Token | None:
    """The other side of a fight told by an objectless verb: "soldiers clashed with
    militants", "l'armée s'est accrochée avec des rebelles" (no weapon: "with machetes")."""
    pred = ctx.trig.predicate
    if ctx.trig.kind != "verb" or ctx.trig.event_type != "ASSAULT" or ctx.passive:
        return None
    if syntax.direct_object(pred) is not None:
        return None
    return next(
        (
            np
            for p, np in syntax.pp_children(pred)
            if p in ctx.lex.OPPONENT_PREPS
            and np.i not in ctx.timex_tokens
            and is_actorish(np, ctx.lang)
            and np.ent_type_ not in PLACE_LABELS
            and not is_instrument(np, ctx.lex)
        ),
        None,
    )


def _loaded_weapon(tok: Token, lex: Triggers) -> bool:
    """A thing loaded with a weapon is one: "a truck packed with explosives", "un véhicule
    chargé d'explosifs"."""
    return any(
        c.dep_ in ("acl", "amod")
        and "Part" in c.morph.get("VerbForm", [])
        and any(is_instrument(np, lex) for _, np in syntax.pp_children(c))
        for c in tok.children
    )


def _active_object(ctx: RoleContext) -> Token | None:
    """The object of an active clause: "rebels attacked the barracks"; not a date parsed
    as object ("dispersed on Monday the students"), not a responsibility ("denied any
    responsibility"), not a weapon; an idiom's noun only when it names people ("expelled
    two diplomats")."""
    if not ctx.verbal or ctx.passive:
        return None
    trig, lex = ctx.trig, ctx.lex
    pred, noun, idiom = trig.predicate, trig.noun, trig.kind == "idiom"
    obj = syntax.direct_object(pred)
    if obj is None or obj.i in ctx.timex_tokens:
        obj = _past_date(ctx)
    if obj is not None and obj.lemma_.lower() in lex.RESPONSIBILITY_NOUNS:
        obj = None
    if idiom and noun is not None and is_actorish(noun, ctx.lang):
        obj = noun
    weapon = obj is not None and (is_instrument(obj, lex) or _loaded_weapon(obj, lex))
    if obj is None or (weapon and not _seized_materiel(ctx)):
        return None
    if noun is not None and obj.i == noun.i:
        return obj if idiom and is_actorish(obj, ctx.lang) else None
    return obj


def _unmarked_object(ctx: RoleContext) -> Token | None:
    """The object the parser hung elsewhere, right after an active verb that has none: a
    second verb sharing the first one's auxiliary ("ont mené une opération et arrêté six
    suspects", "suspects" hung on "mené" as object or oblique), or an indefinite article
    read as a preposition ("d'interpeller des suspects"); the noun's phrase starts just
    after the verb and has no other preposition."""
    trig, lex = ctx.trig, ctx.lex
    pred = trig.predicate
    if trig.kind != "verb" or ctx.passive or syntax.direct_object(pred) is not None:
        return None
    if guess_lemma(pred, ctx.lang) in lex.PATIENT_SUBJECT:
        return None  # "est mort trois jours après": no object
    articles = set(ctx.lang.function_words.INDEFINITE_ARTICLES)
    holders = [pred] + ([pred.head] if pred.dep_ == "conj" else [])
    for c in (c for h in holders for c in h.children):
        # the first verb's object ("mené … et arrêté six suspects") or a bare oblique
        nominal = c.dep_.startswith(("obl", "nmod", "npadvmod")) or (
            c.head != pred and c.dep_ in syntax.OBJ
        )
        if not nominal or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if min(t.i for t in c.subtree) != pred.i + 1 or c.i in ctx.timex_tokens:
            continue
        prep = syntax.prep_of(c)
        if prep is not None and prep not in articles:
            continue
        if c.ent_type_ in PLACE_LABELS or (is_instrument(c, lex) and not _seized_materiel(ctx)):
            return None
        return c
    return None


def _past_date(ctx: RoleContext) -> Token | None:
    """The object a date word after the verb hides: another object of the verb, the
    noun hung under the date ("a tué mardi des soldats", parsed "mardi des soldats"), or
    a noun after the verb left with no preposition ("a touché dimanche un marché")."""
    pred, dates = ctx.trig.predicate, ctx.timex_tokens
    other = next((c for c in pred.children if c.dep_ in syntax.OBJ and c.i not in dates), None)
    if other is not None:
        return other
    under = next(
        (
            c
            for d in pred.rights
            if d.i in dates
            for c in d.children
            if c.dep_ == "nmod"
            and c.pos_ in ("NOUN", "PROPN")
            and c.i not in dates
            and c.ent_type_ not in PLACE_LABELS
            and syntax.prep_of(c) in (None, *ctx.lex.NOMINAL_AGENT_PREPS)
        ),
        None,
    )
    if under is not None:
        return under
    return next(
        (
            c
            for c in pred.rights
            if any(pred.i < d < c.i for d in dates)  # the date came between
            and c.dep_.startswith("obl")
            and c.pos_ in ("NOUN", "PROPN")
            and c.i not in dates
            and c.ent_type_ not in PLACE_LABELS
            and syntax.prep_of(c) is None
            and not any(t.dep_ == "case" for t in c.children)
        ),
        None,
    )


def _idiom_recipient(ctx: RoleContext) -> Token | None:
    """What a violent idiom is done to, named after its noun: "set fire to two trucks",
    "a mis le feu à des véhicules", "laid siege to the barracks"."""
    trig = ctx.trig
    if not ctx.verbal or ctx.passive or trig.kind != "idiom" or trig.noun is None:
        return None
    if trig.event_type not in PHYSICAL_TYPES or is_actorish(trig.noun, ctx.lang):
        return None
    return next(
        (
            np
            for p, np in syntax.pp_children(trig.predicate)
            if p in ctx.lex.RECIPIENT_PREPS
            and np.i not in ctx.timex_tokens
            and not is_instrument(np, ctx.lex)
        ),
        None,
    )


def _noun_phrase_target(ctx: RoleContext) -> Token | None:
    """The first phrase of the event noun that names a target: "an attack on the base",
    "the arrest of three suspects", "the delivery of a system to Ruritania"."""
    noun = ctx.trig.noun
    if noun is None:
        return None
    if noun.dep_ in syntax.OBJ and guess_lemma(noun.head, ctx.lang) in ctx.lex.ATTRIBUTION_VERBS:
        return None  # "blamed the attack on X": X is who is blamed, not who was hit
    phrases = _noun_phrases(noun)
    # "une vague de missiles contre X", "a barrage of rockets on X": the weapons' phrase
    phrases += [
        pp
        for _, np in list(phrases)
        if noun.lemma_.lower() in ctx.lex.SERIES_NOUNS or is_instrument(np, ctx.lex)
        for pp in syntax.pp_children(np)
    ]
    return next((np for p, np in phrases if _target_pp(ctx, p, np)), None)


def _victim_of_event_subject(ctx: RoleContext) -> Token | None:
    """An event noun as subject: the verb's object is the victim ("the blast killed four
    people"); a toll leaves the target to what the noun's relative clause says it hit
    ("la frappe qui a touché un immeuble a fait dix morts")."""
    noun = ctx.trig.noun
    if ctx.trig.kind != "noun" or noun is None or noun.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    obj = syntax.direct_object(noun.head)
    if (obj is None or obj.i in ctx.timex_tokens) and noun.head == ctx.trig.predicate:
        obj = _past_date(ctx)  # "a touché dimanche un marché"
    if obj is None or is_instrument(obj, ctx.lex):
        return None
    if _toll(obj, ctx) and _relative_object(ctx) is not None:
        return None
    idiom = f"{noun.head.lemma_.lower()} {obj.lemma_.lower()}"
    return None if idiom in ctx.lex.OCCURRENCE_VERBS else obj  # "took place" has no victim


def _relative_object(ctx: RoleContext) -> Token | None:
    """What an event noun hit, told in its relative clause: "a strike that hit a
    school", "une attaque qui a visé l'école"."""
    noun = ctx.trig.noun
    if ctx.trig.kind != "noun" or noun is None or ctx.trig.event_type not in PHYSICAL_TYPES:
        return None
    for c in noun.children:
        if c.dep_ not in ("acl:relcl", "relcl") or syntax.is_passive(c):
            continue
        if guess_lemma(c, ctx.lang) not in ctx.lex.VERBS:
            continue  # "fighting that lasted until noon", "clashes that took place"
        subj = next((s for s in c.children if s.dep_ in NOUN_SUBJECT_DEPS), None)
        if subj is None or subj.lower_ not in syntax.rel_pronouns():
            continue
        obj = syntax.direct_object(c)
        if obj is not None and obj.i not in ctx.timex_tokens and not is_instrument(obj, ctx.lex):
            return obj
    return None


def _clause_phrase_target(ctx: RoleContext) -> Token | None:
    """A target phrase of the clause that is no place hit: "fired on the police"; a
    country a measure is taken against stands for its state ("sanctions on Ruritania")."""
    physical = ctx.trig.event_type in PHYSICAL_TYPES
    return next(
        (
            np
            for p, np in syntax.pp_children(ctx.trig.predicate)
            if p in ctx.lex.TARGET_PREPS
            and np.i not in ctx.timex_tokens
            and np != ctx.trig.noun  # "clerks on strike": the event itself
            and _first_listed(ctx.trig.noun) != np  # "fired on farmers, looting": another act's
            and (np.ent_type_ not in PLACE_LABELS or not physical)
        ),
        None,
    )


def _first_listed(tok: Token | None) -> Token | None:
    """The first conjunct of the list ``tok`` is in (``tok`` itself if none)."""
    while tok is not None and tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _recipient(ctx: RoleContext) -> Token | None:
    """The recipient of a gift, request or visit: "sent aid to the refugees"."""
    return _recipient_of(ctx) if ctx.trig.event_type in RECIPIENT_TYPES else None


def _participle_noun(ctx: RoleContext) -> Token | None:
    """The noun a past participle describes: "the bodies of two officers, dragged and
    beaten by unidentified men", "eleven soldiers killed"."""
    pred = ctx.trig.predicate
    if ctx.trig.kind != "verb" or "Part" not in pred.morph.get("VerbForm", None):
        return None
    if "Pres" in pred.morph.get("Tense", None) or pred.tag_ == "VBG":
        return None
    return describes_noun(pred)


def _parties(ctx: RoleContext) -> tuple[Token, Token] | None:
    """The two parties of an event noun or of a subjectless gerund: "clashes between the
    army and the rebels", "Fighting between the militia and the army in X"."""
    pred = ctx.trig.predicate
    noun = ctx.trig.noun if ctx.trig.kind == "noun" else None
    gerund = pred.tag_ == "VBG" or (
        "Part" in pred.morph.get("VerbForm", None) and "Pres" in pred.morph.get("Tense", None)
    )
    if ctx.trig.kind == "verb" and gerund and syntax.subject(pred) is None:
        noun = pred
    if noun is None:
        return None
    for p, np in syntax.pp_children(noun):
        if p in ctx.lex.PARTY_PREPS:
            other = next((c for c in np.children if c.dep_ == "conj"), None)
            if other is not None and is_actorish(np, ctx.lang) and is_actorish(other, ctx.lang):
                return np, other
    return None


def _second_party(ctx: RoleContext) -> Token | None:
    """The second party of a fight: "fighting between the army and the rebels"."""
    both = _parties(ctx)
    return both[1] if both is not None else None


TARGET_RULES: tuple[RoleRule, ...] = (
    _blamed_party,
    _dying_subject,
    _passive_idiom_noun,
    _passive_subject,
    _participle_noun,
    _headline_passive,
    _active_object,
    _unmarked_object,
    _opponent,
    _idiom_recipient,
    _noun_phrase_target,
    _victim_of_event_subject,
    _relative_object,
    _second_party,
    _clause_phrase_target,
    _recipient,
)


# --------------------------------------------------------------------------- target filters


def _given_not_recipient(ctx: RoleContext, target: Token) -> Token | None:
    """What is given is not the recipient: "provided $2 million in aid to Ruritania" (the
    target is Ruritania)."""
    if ctx.trig.event_type not in ("AID", "RETREAT") or not _has_recipient(ctx):
        return target
    recipient = _recipient(ctx)
    if recipient is None or not is_actorish(recipient, ctx.lang):
        return target  # "released at the end of an operation": no recipient
    return recipient


def _toll(tok: Token, ctx: RoleContext) -> bool:
    """A count of dead or hurt ("three deaths", "40"), not a count of people ("23 of
    them", "trois d'entre eux"); arrests count people ("arrested 23")."""
    if tok.lower_ in ctx.lex.CASUALTY_NOUNS:
        return True
    if tok.pos_ != "NUM" or ctx.trig.event_type == "COERCE":
        return False
    return not any(is_actorish(np, ctx.lang) for _, np in syntax.pp_children(tok))


def _casualty_toll(ctx: RoleContext, target: Token) -> Token | None:
    """A toll is not a target: "causing three deaths", "put the toll at 40"."""
    return None if _toll(target, ctx) else target


def _topic_owner(ctx: RoleContext, target: Token) -> Token | None:
    """A topic is not a recipient of a verbal event: "condemned the killings" has none;
    but "rejected the resolutions of the Council" names their owner."""
    if ctx.trig.event_type in PHYSICAL_TYPES or is_actorish(target, ctx.lang):
        return target
    return next(
        (
            np
            for p, np in syntax.pp_children(target)
            if p in ctx.lex.NOMINAL_AGENT_PREPS
            and is_actorish(np, ctx.lang)
            and np.ent_type_ not in PLACE_LABELS
        ),
        None,
    )


def _protest_without_people(ctx: RoleContext, target: Token) -> Token | None:
    """A protest targets people, not things: "rallied against a draft law"."""
    if ctx.trig.event_type == "PROTEST" and not is_actorish(target, ctx.lang):
        return None
    return target


def _way_blocked(ctx: RoleContext, target: Token) -> Token | None:
    """A way blocked is where, not whom: "troops barricaded the bridge" has no target,
    "police blocked the protesters" has one (the blocking verbs read as force)."""
    if ctx.trig.lemma in ctx.lex.FORCE_READINGS and not is_actorish(target, ctx.lang):
        return None
    return target


def _place_hit(ctx: RoleContext, target: Token) -> Token | None:
    """A place hit is the location: "shelled the village of X"."""
    if ctx.trig.event_type == "ASSAULT" and _bare_place(target, ctx.lang):
        return None
    return target


def _own_envoy(ctx: RoleContext, target: Token) -> Token | None:
    """The actor's own people in an idiom: "recalled its ambassador"."""
    if ctx.trig.kind == "idiom" and _owned(target, ctx.lex):
        return None
    return target


def _own_forces(ctx: RoleContext, target: Token) -> Token | None:
    """The forces a mobilisation sends are the actor's own, no target: "Ruritania will
    deploy a contingent of police", "l'armée a déployé des renforts"."""
    pred = ctx.trig.predicate
    if ctx.trig.event_type == "MOBILIZE" and target.head == pred and target.dep_ in syntax.OBJ:
        return None
    return target


TARGET_FILTERS: tuple[TargetFilter, ...] = (
    _given_not_recipient,
    _casualty_toll,
    _topic_owner,
    _protest_without_people,
    _way_blocked,
    _place_hit,
    _own_envoy,
    _own_forces,
)


# --------------------------------------------------------------------------- target fallbacks


def _partner(ctx: RoleContext) -> Token | None:
    """The other party named on what is given, promised or suspended: "suspended its
    cooperation with Ruritania", "aid for the province's farmers"."""
    trig, lex = ctx.trig, ctx.lex
    if trig.event_type not in PARTNER_TYPES or trig.kind == "idiom":
        return None
    thing = trig.noun if trig.noun is not None else syntax.direct_object(trig.predicate)
    if thing is None:
        return None
    holders = [thing] + [
        c for c in thing.children if c.dep_ in ("acl", "nmod", "prep") and c.pos_ != "PUNCT"
    ]
    for h in holders:
        for p, np in syntax.pp_children(h):
            if np.i in ctx.timex_tokens:
                continue
            if p in lex.PARTNER_PREPS and is_actorish(np, ctx.lang) and not is_instrument(np, lex):
                return np
    return None


def _aim_object(ctx: RoleContext) -> Token | None:
    """Who a weapon was used on, named in its aim: "used tear gas to disperse the
    crowd", "fired rockets to stop the convoy"."""
    trig = ctx.trig
    if trig.kind != "idiom" or trig.event_type != "ASSAULT" or trig.noun is None:
        return None
    for c in trig.predicate.children:
        if c.dep_ in ("advcl", "xcomp") and c.i > trig.predicate.i:
            obj = syntax.direct_object(c)
            if obj is not None and is_actorish(obj, ctx.lang):
                return obj
    return None


def _victims_of_clause(ctx: RoleContext) -> Token | None:
    """The victims the governing clause names, when the attack itself hit only a place:
    "ten civilians were killed when jets bombed the village", "trois soldats sont morts
    lorsque des rebelles ont attaqué le poste"."""
    trig, pred = ctx.trig, ctx.trig.predicate
    if not ctx.verbal or trig.event_type != "ASSAULT" or pred.dep_ != "advcl":
        return None
    clauses = [pred.head] + ([pred.head.head] if pred.head.dep_ == "conj" else [])
    for main in clauses:  # "were killed and 30 injured when…": the first conjunct's
        victim = _victim_of(main, ctx)
        if victim is not None:
            return victim
    return None


def _victim_of(main: Token, ctx: RoleContext) -> Token | None:
    """Who a clause says was killed or hurt: the subject of a passive of violence or of
    a victim's verb ("were killed", "died")."""
    lemma = guess_lemma(main, ctx.lang)
    entry = ctx.lex.VERBS.get(lemma)
    dying = lemma in ctx.lex.PATIENT_SUBJECT
    if not dying and (entry is None or entry[0] != "ASSAULT" or not syntax.is_passive(main)):
        return None
    victim = syntax.passive_subject(main) or (syntax.subject(main) if dying else None)
    if victim is None or not is_actorish(victim, ctx.lang) or victim.i in ctx.timex_tokens:
        return None
    return victim


TARGET_FALLBACKS: tuple[RoleRule, ...] = (
    _partner,
    _aim_object,
    _victims_of_clause,
    _second_party,  # "clashes between X and Y left ten dead": the toll was dropped
)


# --------------------------------------------------------------------------- actor rules


def _no_agent(ag: Token | None, ctx: RoleContext) -> Token | None:
    """An agent that is a weapon or an event ("hit by a shot") is nobody."""
    if ag is None or is_instrument(ag, ctx.lex) or ag.lemma_.lower() in ctx.lex.NOUNS:
        return None
    return ag


def _weapon_actor(weapon: Token, ctx: RoleContext) -> Token | None:
    """A weapon as agent or subject gives its owner ("the army's drones struck"), else
    itself when its words name whose it is ("hit by a Ruritanian missile": the raw text
    is kept, enrichment reads the user), else nobody ("a bomb hit the convoy")."""
    owner = weapon_owner(weapon, ctx.lang)
    if owner is not None:
        return owner
    user = actors.weapon_user(syntax.np_span(weapon).text, ctx.lang.code)
    return weapon if user is not None and user.country is not None else None


def _passive_agent(ctx: RoleContext) -> Token | None:
    """The agent of a passive: "the convoy was ambushed by gunmen"; a weapon gives its
    owner or user, an event nobody."""
    if not (ctx.verbal and ctx.passive):
        return None
    ag = syntax.agent(ctx.trig.predicate, ctx.lex.AGENT_PREPS)
    if ag is not None and is_instrument(ag, ctx.lex):
        return _weapon_actor(ag, ctx)
    return _no_agent(ag, ctx)


def _active_subject(ctx: RoleContext) -> Token | None:
    """The subject of an active clause: "rebels attacked"; a weapon as subject gives its
    owner ("the army's drones struck") or nothing ("a bomb hit the convoy"); the subject
    of a victim's verb ("died", "lost six men") is no actor."""
    if not ctx.verbal or ctx.passive or _victim_subject(ctx) or _loss_verb(ctx):
        return None
    if _participle_noun(ctx) is not None or _bare_participle(ctx.trig.predicate):
        return None  # "un gendarme blessé": a participle has no subject of its own
    subj = syntax.subject(ctx.trig.predicate)
    if (
        subj is not None
        and _headline_subject(subj.head) == subj
        and not is_actorish(subj, ctx.lang)  # "Les assaillants, arrivés à moto, ont…"
    ):
        return None  # "several shops torched": what was hit, of this clause and the next
    if subj is not None and is_instrument(subj, ctx.lex):
        return _weapon_actor(subj, ctx)
    return subj


def _bare_participle(pred: Token) -> bool:
    """A past participle with no auxiliary and no subject hung on another clause ("la
    présidence évoquait trois morts et un gendarme blessé"): it inherits no subject."""
    if "Part" not in pred.morph.get("VerbForm", None) or pred.tag_ == "VBG":
        return False
    if "Pres" in pred.morph.get("Tense", None) or pred.dep_ not in ("advcl", "acl", "amod"):
        return False
    return not any(c.dep_.startswith(("aux", "nsubj", "expl")) for c in pred.children)


def _noun_phrase_agent(ctx: RoleContext) -> Token | None:
    """The first agent phrase of the event noun: "an attack by the militia", "the
    offensive of the Ruritanian army" (not the phrase the target took)."""
    noun = ctx.trig.noun
    if noun is None:
        return None
    found = next(
        (
            np
            for p, np in _noun_phrases(noun)
            if (ctx.noun_target is None or np.i != ctx.noun_target.i) and _agent_pp(ctx, p, np)
        ),
        None,
    )
    return _no_agent(found, ctx)


def _first_party(ctx: RoleContext) -> Token | None:
    """The first party of a fight: "fighting between the army and the rebels"."""
    both = _parties(ctx)
    return both[0] if both is not None else None


def _people_in_event(ctx: RoleContext) -> Token | None:
    """The people noun a verbless event phrase hangs on: "Court clerks on strike in X",
    "les infirmiers en grève depuis lundi" (the strikers act), "the minister, on a visit
    to X, said" (the phrase of a state hung on the speaker)."""
    pred, noun = ctx.trig.predicate, ctx.trig.noun
    if noun is None or pred == noun:
        return None
    holder = syntax.governor(noun)
    if pred.pos_ not in ("NOUN", "PROPN") or holder != pred:
        if syntax.prep_of(noun) not in ctx.lex.STATE_PREPS:
            return None
        pred = holder
    if pred.pos_ not in ("NOUN", "PROPN") or pred == noun:
        return None
    if not is_actorish(pred, ctx.lang) or pred.ent_type_ in PLACE_LABELS:
        return None
    return pred


def _noun_possessor(ctx: RoleContext) -> Token | None:
    """A possessor of the event noun that is no pronoun: "Ruritania's offensive"."""
    noun = ctx.trig.noun
    if noun is None:
        return None
    return next(
        (c for c in noun.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ != "PRON"),
        None,
    )


def _weapon_of_noun(ctx: RoleContext) -> Token | None:
    """Whose weapon the event used: "a missile strike by the army's jets"."""
    noun = ctx.trig.noun
    if ctx.trig.kind != "noun" or noun is None:
        return None
    for _, np in syntax.pp_children(noun):
        if is_instrument(np, ctx.lex) or np.lemma_.lower() in ctx.lex.INSTRUMENTS:
            owner = weapon_owner(np, ctx.lang)
            if owner is not None:
                return owner
    return None


def _noun_claimant(ctx: RoleContext) -> Token | None:
    """Who claimed the event noun: "the attack was claimed by the group"."""
    noun = ctx.trig.noun
    if ctx.trig.kind != "noun" or noun is None:
        return None
    return _claimant(noun, ctx.lang)


def _actor_adjective(ctx: RoleContext) -> Token | None:
    """An adjective that names the actor: "a military air strike", "a Ruritanian raid"."""
    noun = ctx.trig.noun
    if ctx.trig.kind != "noun" or noun is None:
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound")
            and c.i < noun.i + 3
            and names_actor(c, ctx.lang)
            and c.lemma_.lower() not in ctx.lex.SITE_COMPOUNDS
        ),
        None,
    )


def _possessor_subject(ctx: RoleContext) -> Token | None:
    """The subject of the verb that carries on the event noun: "the army continued its
    operations", "stepped up its attacks"."""
    noun = ctx.trig.noun
    if ctx.trig.kind != "noun" or noun is None or noun.dep_ not in syntax.OBJ:
        return None
    if any(is_possessive(c) for c in noun.children) or (
        noun.head.lemma_.lower() in ctx.lex.CONTINUATION_VERBS
    ):
        return syntax.subject(noun.head)
    return None


def _event_phrase_agent(ctx: RoleContext) -> Token | None:
    """Who did the event a victim's clause names: "were killed in a strike carried out by
    the army", "tués dans une attaque des rebelles", "killed in a Ruritanian raid"."""
    pred = ctx.trig.predicate
    if not ctx.verbal or not (ctx.passive or _victim_subject(ctx)):
        return None
    lex = ctx.lex
    for _, np in syntax.pp_children(pred):
        if np.lemma_.lower() not in lex.NOUNS or np.i in ctx.timex_tokens:
            continue
        for p, ag in _noun_phrases(np):
            nominal = p in lex.NOMINAL_AGENT_PREPS and ag.pos_ != "PRON"
            if (p in lex.AGENT_PREPS or nominal) and _agentive(ag, ctx):
                return ag
        adj = next(
            (c for c in np.children if c.dep_ in ("amod", "compound") and c.i < np.i + 3),
            None,
        )
        if (
            adj is not None
            and names_actor(adj, ctx.lang)
            and adj.lemma_.lower() not in lex.SITE_COMPOUNDS
        ):
            return adj
    return None


def _named_group(tok: Token, lang: LanguageData) -> bool:
    """A name the tagger took for a place that is a known group or body ("une attaque de
    Boko Haram" tagged LOC): a party, never the place."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    info = actors.describe(ent.text, lang.code)
    return info.kind == "name" and info.sector is not None and info.sector != "GOV"


def _agentive(tok: Token, ctx: RoleContext) -> bool:
    """Someone who can act: no place, weapon or event."""
    return (
        is_actorish(tok, ctx.lang)
        and (tok.ent_type_ not in PLACE_LABELS or _named_group(tok, ctx.lang))
        and _no_agent(tok, ctx) is not None
    )


def _listed_noun_act(ctx: RoleContext) -> Token | None:
    """An event noun listed after the first act of "accused X of <gerund> …", which the
    parser hung on that act's noun ("accused the militia of shelling farms, looting and
    arson"): X, the subject of the first act."""
    noun, pred = ctx.trig.noun, ctx.trig.predicate
    if noun is None or noun.dep_ != "conj" or pred.dep_ != "pcomp":
        return None
    first = _first_listed(noun)
    if first is None or first is noun or pred not in first.ancestors:
        return None
    return syntax.subject(pred)


def _participle_agent(ctx: RoleContext) -> Token | None:
    """The agent of a participle describing a noun: "pupils abducted by gunmen"."""
    if _participle_noun(ctx) is None:
        return None
    ag = syntax.agent(ctx.trig.predicate, ctx.lex.AGENT_PREPS)
    return ag if ag is not None and not is_instrument(ag, ctx.lex) else None


ACTOR_RULES: tuple[RoleRule, ...] = (
    _passive_agent,
    _participle_agent,
    _active_subject,
    _first_party,
    _people_in_event,
    _noun_phrase_agent,
    _noun_possessor,
    _weapon_of_noun,
    _noun_claimant,
    _actor_adjective,
    _possessor_subject,
    _event_phrase_agent,
    _listed_noun_act,
)


# --------------------------------------------------------------------------- driver


def _not_a_date(ctx: RoleContext, tok: Token | None) -> Token | None:
    return None if tok is not None and tok.i in ctx.timex_tokens else tok


def _noun_before(tok: Token) -> Token | None:
    """The noun just before ``tok``, over one comma ("les otages, ceux que…")."""
    i = tok.i - 1
    if i >= tok.sent.start and tok.doc[i].is_punct:
        i -= 1
    if i < tok.sent.start:
        return None
    prev = tok.doc[i]
    while prev.dep_ == "conj" and not any(c.dep_ == "cc" for c in prev.children):
        prev = prev.head  # "nos frères, mes petits frères, qui…": one noun restated
    return prev if prev.pos_ in ("NOUN", "PROPN") and prev.ent_type_ not in PLACE_LABELS else None


def _antecedent(tok: Token | None) -> Token | None:
    """A pronoun role stands for the noun it restates: a relative pronoun for the noun its
    clause describes ("the depot, which militants seized control of", "les soldats, qui
    sont tombés"), a demonstrative after a comma for the noun before it ("the hostages,
    those held since May"); a relative with no antecedent is no role."""
    if tok is None or tok.pos_ != "PRON":
        return tok
    relative = tok.lower_ in syntax.rel_pronouns() or "Rel" in tok.morph.get("PronType", [])
    if relative:
        clause = next((a for a in tok.ancestors if a.dep_ in ("acl:relcl", "relcl")), None)
        if clause is not None and clause.head.pos_ in ("NOUN", "PROPN"):
            return clause.head
        return _noun_before(tok)
    dem = "Dem" in tok.morph.get("PronType", []) and tok.i > tok.sent.start
    if dem and tok.doc[tok.i - 1].is_punct:
        return _noun_before(tok) or tok
    return tok


def find_target(ctx: RoleContext) -> tuple[Token | None, Token | None]:
    """The target token (rules, filters, fallbacks), and the phrase of the event noun the
    rules took, which cannot also be the agent."""
    found, rule = _first(TARGET_RULES, ctx)
    target = found
    for keep in TARGET_FILTERS:
        if target is None:
            break
        target = keep(ctx, target)
    if target is None:
        target, _ = _first(TARGET_FALLBACKS, ctx)
    claimed = found if rule is _noun_phrase_target else None
    return _antecedent(_not_a_date(ctx, target)), claimed


def find_actor(ctx: RoleContext) -> Token | None:
    """The actor token."""
    actor, _ = _first(ACTOR_RULES, ctx)
    return _antecedent(_not_a_date(ctx, actor))


def _date_cut(head: Token, timex_tokens: frozenset[int]) -> frozenset[int]:
    """Children of a role's phrase that are time expressions ("Korva for weeks had
    urged…", "a touché lundi un dépôt", parsed as the noun's modifiers): not part of the
    role."""
    return frozenset(
        c.i
        for c in head.children
        if (c.i > head.i and any(t.i in timex_tokens for t in c.subtree))
        or all(t.i in timex_tokens for t in c.subtree)
    )


def _event_cut(head: Token, trig: Trigger) -> frozenset[int]:
    """Children of a role's phrase that hold the trigger ("les infirmiers en grève"):
    the event is no part of its actor."""
    return frozenset(
        c.i for c in head.children if any(t.i == trig.token.i or t == trig.noun for t in c.subtree)
    )


def _aim_cut(head: Token, lex: Triggers) -> frozenset[int]:
    """An agent named inside an event phrase keeps no aim the parser hung on it ("une
    attaque de X contre leur position"): what was hit is no part of who hit."""
    if head.dep_ in NOUN_SUBJECT_DEPS or head.dep_ == "nsubj":
        return frozenset()
    return frozenset(
        c.i for c in head.children if c.i > head.i and syntax.prep_of(c) in lex.TARGET_PREPS
    )


def _whole_name(span: Span | None, lang: LanguageData) -> Span | None:
    """A role phrase cut inside a group name the lexicon knows, made whole: "le Groupe de
    soutien à X et à Y" cut at its own "et", "the Front for X" cut before "in Y"."""
    if span is None:
        return None
    sent = span.sent
    text = span_text(sent).lower()
    start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
    best = end
    for name in lang.actors.KNOWN_GROUPS:
        at = text.find(name.lower(), start)
        stop = at + len(name)
        if 0 <= at < end < stop and not text[stop : stop + 1].isalnum():
            best = max(best, stop)
    if best == end:
        return span
    whole = span.doc.char_span(span.start_char, sent.start_char + best, alignment_mode="expand")
    return whole if whole is not None else span


def read_roles(trig: Trigger, lang: LanguageData, timex_tokens: frozenset[int]) -> Roles:
    """Actor and target phrases of ``trig``."""
    ctx = RoleContext(trig, lang, timex_tokens)
    target_tok, claimed = find_target(ctx)
    actor_tok = find_actor(replace(ctx, noun_target=claimed))
    actor = (
        syntax.np_span(
            actor_tok,
            cut=_date_cut(actor_tok, timex_tokens)
            | _event_cut(actor_tok, trig)
            | _aim_cut(actor_tok, lang.triggers),
        )
        if actor_tok is not None
        else None
    )
    target = (
        syntax.np_span(
            target_tok, cut=place_cut(target_tok, lang) | _date_cut(target_tok, timex_tokens)
        )
        if target_tok is not None
        else None
    )
    if actor_tok is not None and is_instrument(actor_tok, lang.triggers):
        actor_tok = None  # a weapon standing for its user still tells the mode
    return Roles(_whole_name(actor, lang), _whole_name(target, lang), actor_tok)
