"""Trigger words of a sentence: verbs, light-verb and idiom constructions, event nouns.

Each verb-like token goes through ``VERB_RULES`` in order; the first rule that finds
triggers wins for that token. Event nouns not taken by a verb rule come next
(``_noun_triggers``), and ``COORDINATION_DROPS`` then removes triggers that restate an
event already kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventline import syntax
from eventline.columns import Columns, columns
from eventline.enrich import actors
from eventline.extract.tokens import (
    ACTOR_LABELS,
    PLACE_LABELS,
    finite_present,
    guess_lemma,
    inserted_report,
    is_actorish,
    is_instrument,
    is_present_participle,
    is_violent_noun,
    noun_entry,
    noun_lemma,
    weapon_mode,
)
from eventline.lang.base import Entry, LanguageData, Triggers
from eventline.ontology import DESCRIBING_PARTICIPLE_TYPES, PARTNER_TYPES, RECIPIENT_TYPES

# sectors of armed actors: their "strike" is an attack
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "CRM"})
# sectors of security forces: their blocking a road is a restriction
FORCE_SECTORS = frozenset({"MIL", "COP"})
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
# a verb under a violent event through these is its consequence ("the strike that killed")
CONSEQUENCE_DEPS = frozenset({"acl:relcl", "relcl", "acl", "xcomp"})
# complements that close a verb idiom ("set ablaze"), the parser's labels for them
COMPLEMENT_DEPS = frozenset({"advmod", "oprd", "acomp", "ccomp", "xcomp"})
# a noun inside a prepositional phrase of another noun ("north of the town")
PP_NOUN_DEPS = frozenset({"pobj", "nmod"})


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
    clitics, cols = lang.triggers.REFLEXIVE_CLITICS, columns(tok.doc)
    dep, lower = cols.dep, cols.lower
    return any(
        dep[c].startswith("expl") or (lower[c] in clitics and dep[c] in ("obj", "iobj"))
        for c in cols.children[tok.i]
    )


def _phrasal_particle(tok: Token) -> str | None:
    cols = columns(tok.doc)
    return next((cols.lower[c] for c in cols.children[tok.i] if cols.dep[c] == "prt"), None)


def _verbish(cols: Columns, i: int) -> bool:
    """Token ``i`` may head a clause: a verb, or a mis-tagged participle heading one."""
    pos = cols.pos[i]
    if pos in ("VERB",):
        return True
    # mis-tagged participles still head clauses
    return pos in ("ADJ", "ADP", "NOUN", "AUX") and cols.dep[i] in (
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


def _light_objects(verb: Token, lang: LanguageData) -> list[Token]:
    """The nouns a light verb can name: its objects, the subject of its passive ("des
    sanctions ont été imposées"), and the complement of a series or of a day the parser
    took for the object ("a wave of strikes", "adopté lundi des sanctions")."""
    out = _event_nouns_under(verb)
    if syntax.is_passive(verb) and verb.lemma_.lower() not in lang.triggers.REPORTING_VERBS:
        psubj = syntax.passive_subject(verb)
        if psubj is not None:
            out.append(psubj)
    look = lang.triggers.SERIES_NOUNS
    for noun in list(out):
        if noun.lemma_.lower() in look or noun.lower_ in lang.dates.WEEKDAYS:
            out.extend(c for c in noun.children if c.dep_ in ("nmod", "prep", "pobj"))
            out.extend(np for _, np in syntax.pp_children(noun))
    return out


def _theme(tok: Token) -> Token | None:
    """The object, or the subject of a passive."""
    obj = syntax.direct_object(tok)
    if obj is not None:
        return obj
    return syntax.passive_subject(tok) if syntax.is_passive(tok) else None


def _themes(tok: Token) -> list[Token]:
    """The theme with its conjuncts, and the nouns of the verb's phrases ("made away
    with the cattle")."""
    theme = _theme(tok)
    out = [theme, *(c for c in theme.children if c.dep_ == "conj")] if theme is not None else []
    for _, np in syntax.pp_children(tok):
        out.append(np)
        out.extend(c for _, c in syntax.pp_children(np))
    return out


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


def _passive(tok: Token) -> bool:
    """A passive, also when the parser took its auxiliary for a copula: "les écoles ont
    été fermées" (the participle's own voice says so)."""
    return syntax.is_passive(tok) or "Pass" in tok.morph.get("Voice", [])


def _transitive_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs need an object or the passive: "they targeted the depot" (but "the plan
    targets growth" has no event without its object)."""
    return not (lemma in lang.triggers.TRANSITIVE_ONLY and obj is None and not _passive(tok))


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
    if syntax.is_passive(tok):
        # "the base that was abandoned overnight", "positions abandoned by the army"
        doers = [syntax.passive_subject(tok), syntax.agent(tok, lex.AGENT_PREPS)]
    else:
        doers = [syntax.subject(tok)]
    words = {t.lemma_.lower() for d in doers if d is not None for t in d.subtree}
    theme = doers[0] if syntax.is_passive(tok) else None
    if theme is not None:
        # a relative clause may hang off the last noun of a phrase: "a military post
        # north of the town that was abandoned"
        for noun in _noun_chain(theme):
            words |= {c.lemma_.lower() for c in (noun, *noun.children) if c.dep_ != "prep"}
    return bool(words & lex.MILITARY_WORDS)


def _noun_chain(tok: Token) -> list[Token]:
    """The nouns ``tok`` hangs off through prepositional phrases ("north of the town"
    → "north", then the post it is north of)."""
    out: list[Token] = []
    t = tok
    for _ in range(4):
        head = t.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head  # English: the preposition heads the phrase
        if head.i == t.i or head.pos_ not in ("NOUN", "PROPN") or t.dep_ not in PP_NOUN_DEPS:
            break
        out.append(head)
        t = head
    return out


def _meeting_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs need a meeting to take part in: "attended the summit"."""
    lex = lang.triggers
    if lemma not in lex.MEETING_ONLY:
        return True
    return any(
        (e := lex.NOUNS.get(n.lemma_.lower())) and e[0] == "CONSULT"
        for n in _pp_nouns(tok) + ([obj] if obj is not None else [])
    )


def _cause_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Dying and falling are violent deaths only with their violent cause: "died of his
    wounds", "tombés dans une embuscade" (not "died in hospital")."""
    lex = lang.triggers
    if lemma not in lex.CAUSE_ONLY:
        return True
    for _, np in syntax.pp_children(tok):
        for t in np.subtree:
            low = t.lemma_.lower()
            if low in lex.VIOLENT_CAUSES or low in lex.INSTRUMENTS or is_violent_noun(t, lang):
                return True
    return False


def _materiel_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs are seizures only of materiel: "weapons were recovered by the gang"
    (not "recovered the bodies")."""
    lex = lang.triggers
    if lemma not in lex.MATERIEL_ONLY:
        return True
    return any(noun_lemma(t, lang) in lex.MATERIEL_WORDS for t in _themes(tok))


def _place_object_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs are captures only of a place or a site: "retook the base" (not "resumed
    the talks")."""
    lex = lang.triggers
    if lemma not in lex.PLACE_OBJECT_ONLY:
        return True
    theme = _theme(tok)
    if theme is None:
        return False
    low = noun_lemma(theme, lang)
    return low in lex.SITE_NOUNS or low in lex.PLACE_NOUNS or theme.ent_type_ in PLACE_LABELS


def _instrument_subject_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs are attacks only when a weapon or an attack does them: "hit by a shell",
    "the strike that hit a block of flats" (not "the crisis hit the economy")."""
    lex = lang.triggers
    if lemma not in lex.INSTRUMENT_SUBJECT_ONLY:
        return True
    passive = syntax.is_passive(tok)
    doer = syntax.agent(tok, lex.AGENT_PREPS) if passive else syntax.subject(tok)
    return doer is not None and (is_instrument(doer, lex) or is_violent_noun(doer, lang))


def _intransitive_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs are events only without an object: "students demonstrated" (not "it
    demonstrates the regime's nature")."""
    # a weekday the parser took for an object is none: "ils ont marché samedi"
    return lemma not in lang.triggers.INTRANSITIVE_ONLY or obj is None or _date_word(obj, lang)


def _aid_not_information(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Giving details is a statement, not aid: "sans fournir de détails", "provided no
    figures"."""
    lex = lang.triggers
    entry = lex.VERBS.get(lemma)
    if entry is None or entry[0] != "AID":
        return True
    return not any(noun_lemma(t, lang) in lex.INFORMATION_NOUNS for t in _themes(tok))


def _no_victim(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """A killing or wounding verb with no one as its victim tells a toll of zero, not an
    event: "no one was hurt", "aucun soldat n'a été tué"."""
    data = lang.casualties
    if lemma not in data.KILLING_LEMMAS | data.WOUNDING_LEMMAS | data.DYING_LEMMAS:
        return True
    victim = syntax.passive_subject(tok) if _passive(tok) else obj
    if victim is None and lemma in data.DYING_LEMMAS:
        victim = syntax.subject(tok)
    if victim is None:
        return True
    dets = lang.triggers.NEGATIVE_DETERMINERS
    return victim.lower_ not in dets and not any(
        c.dep_ == "det" and c.lower_ in dets for c in victim.children
    )


# event types a market word never voids: an attack on a market, assets seized or frozen
MARKET_BLIND_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _no_market_deal(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """A deal of the market is no event: "the board rejected the bid", "the firm agreed
    to sell its stake", "lower rates allowed firms to invest" (a market word as subject,
    theme or object of a preposition, or a verb of trade it governs)."""
    lex = lang.triggers
    entry = lex.VERBS.get(lemma)
    if entry is None or entry[0] in MARKET_BLIND_TYPES or not lex.MARKET_NOUNS:
        return True
    args = [syntax.subject(tok), *_themes(tok), *_pp_nouns(tok)]
    if any(a is not None and noun_lemma(a, lang) in lex.MARKET_NOUNS for a in args):
        return False
    deals = [c for c in tok.children if c.dep_ in ("xcomp", "advcl")]
    return not any(
        guess_lemma(c, lang) in lex.TRADE_VERBS
        and not any(noun_lemma(t, lang) in lex.MATERIEL_WORDS for t in _themes(c))
        for c in deals
    )


def _not_refusing_comment(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Refusing to tell is no rejection: "declined to comment", "refused to give his
    name", "a refusé de s'exprimer"."""
    lex = lang.triggers
    entry = lex.VERBS.get(lemma)
    if entry is None or entry[0] != "REJECT":
        return True
    telling = lex.STATEMENT_VERBS | lex.COMMENT_VERBS
    for c in tok.children:
        if c.dep_ != "xcomp":
            continue
        if guess_lemma(c, lang) in telling:
            return False
        if any(noun_lemma(t, lang) in lex.INFORMATION_NOUNS for t in _themes(c)):
            return False
    return True


def _document_only(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Some verbs are events only with a document: "signed the accord" (not "signed his
    third win", "a signé un doublé")."""
    lex = lang.triggers
    if lemma not in lex.DOCUMENT_ONLY:
        return True
    theme = _theme(tok)
    if theme is None or theme.pos_ != "NOUN" or _date_word(theme, lang):
        return True  # "the two sides signed in the capital", "signed it", a named text
    # the document may hang under another word of the clause ("ont signé mercredi à
    # Vallon un accord": the parser took the day for the object)
    words = [*theme.subtree, *(t for t in tok.subtree if t.i > tok.i)]
    return any(noun_lemma(t, lang) in lex.DOCUMENT_NOUNS for t in words)


def _not_naming(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """A naming verb with a complement of its object names, it asks nothing: "called
    the plan a mistake", "called the talks productive"."""
    if lemma not in lang.triggers.NAMING_VERBS:
        return True
    return not any(c.dep_ == "oprd" for c in tok.children)


def _no_market_clause(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """An agreement or a call whose complement clause tells a deal of the market is no
    event: "the firm agreed to pay ten dollars for each share" (the market word deeper in
    the clause than ``_no_market_deal`` looks)."""
    lex = lang.triggers
    entry = lex.VERBS.get(lemma)
    if entry is None or entry[0] in MARKET_BLIND_TYPES or not lex.MARKET_NOUNS:
        return True
    for c in tok.children:
        if c.dep_ != "xcomp":
            continue
        words = {noun_lemma(t, lang) for t in c.subtree if t.pos_ == "NOUN"}
        if words & lex.MARKET_NOUNS and not words & lex.MATERIEL_WORDS:
            return False
    return True


def _armed_subject(verb: Token, lang: LanguageData) -> bool:
    """The subject of ``verb`` is armed: soldiers, rebels, a named armed group."""
    subj = syntax.subject(verb)
    if subj is None:
        return False
    if subj.lemma_.lower() in lang.triggers.MILITARY_WORDS:
        return True
    return actors.describe(subj.text, lang.code).sector in ARMED_SECTORS or _armed(subj, lang)


def _not_striving(tok: Token, lemma: str, obj: Token | None, lang: LanguageData) -> bool:
    """Fighting to keep or win something is striving, no attack: "the family fought to
    keep the boy", "elle se bat pour garder son poste" (not "rebels fought to retake
    the town", nor a fight for a place)."""
    lex = lang.triggers
    if lemma not in lex.STRIVING_VERBS:
        return True
    aims = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    if not aims or _armed_subject(tok, lang):
        return True
    for aim in aims:
        theme = _theme(aim)
        if theme is not None and (
            noun_lemma(theme, lang) in lex.SITE_NOUNS | lex.PLACE_NOUNS
            or theme.ent_type_ in PLACE_LABELS
        ):
            return True
    return False


VERB_CONSTRAINTS: tuple[VerbConstraint, ...] = (
    _transitive_only,
    _actor_object_only,
    _military_subject_only,
    _meeting_only,
    _cause_only,
    _materiel_only,
    _place_object_only,
    _instrument_subject_only,
    _intransitive_only,
    _aid_not_information,
    _no_victim,
    _no_market_deal,
    _not_refusing_comment,
    _document_only,
    _not_naming,
    _no_market_clause,
    _not_striving,
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


def _undergone_attack(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """An attack its victim underwent: "the patrol suffered an ambush", "the convoy came
    under fire", "le poste a essuyé des tirs" (the subject is the victim)."""
    lex = scan.lang.triggers
    if lemma in lex.UNDERGO_VERBS:
        objects = _event_nouns_under(tok)
        # "suffered heavy losses in an ambush": the attack may hang off the object
        nouns = objects + _pp_nouns(tok) + [n for o in objects for n in _pp_nouns(o)]
    elif _verb_entry(tok, lemma, scan.lang) is None:  # "killed under fire" stays a killing
        nouns = [np for p, np in syntax.pp_children(tok) if p in lex.UNDERGO_PREPS]
    else:
        return []
    for noun in nouns:
        nlemma = noun_lemma(noun, scan.lang)
        found = noun_entry(noun, scan.lang)
        entry = found[1] if found is not None else lex.UNDERGONE_NOUNS.get(nlemma)
        if entry is not None and entry[0] == "ASSAULT" and noun.i not in scan.used:
            return [_trigger(noun, tok, noun, entry, f"{lemma} {nlemma}", "light")]
    return []


def _light_verb(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A light verb and its event noun: "launched an offensive" (the noun carries the
    type, or the verb-noun pair does: "sent reinforcements")."""
    lex = scan.lang.triggers
    if lemma not in lex.LIGHT_VERBS:
        return []
    out: list[Trigger] = []
    seen: set[int] = set()
    for noun in _light_objects(tok, scan.lang):
        nlemma = noun_lemma(noun, scan.lang)
        found = noun_entry(noun, scan.lang)
        entry = lex.VERB_OBJECT.get((lemma, nlemma))
        if entry is None and found is not None:
            entry = _civil_reading(noun, found[0], found[1], scan.lang, syntax.subject(tok))
        if entry and noun.i not in scan.used and noun.i not in seen:
            out.append(_trigger(noun, tok, noun, entry, f"{lemma} {nlemma}", "light"))
            seen.add(noun.i)
    return out


def _verb_object_idiom(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A verb-object idiom: "opened fire", "stones were thrown"; the idiom's noun is part
    of the action, not its target."""
    table = scan.lang.triggers.VERB_OBJECT
    theme = _theme(tok)
    if theme is not None and (lemma, theme.lemma_.lower()) in table:
        key = f"{lemma} {theme.lemma_.lower()}"
        return [_trigger(tok, tok, theme, table[(lemma, theme.lemma_.lower())], key, "idiom")]
    for c in tok.children:
        # a complement closing the idiom: "houses were set ablaze", "set the hut ablaze"
        if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("ADJ", "ADV"):
            entry = table.get((lemma, c.lemma_.lower()))
            if entry is not None:
                return [_trigger(tok, tok, None, entry, f"{lemma} {c.lemma_.lower()}", "idiom")]
    return []


def _weapon_use(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A weapon used, fired or dropped is an attack with that weapon's mode: "police used
    tear gas", "ont lancé une vague de missiles" (the weapon is no target)."""
    if lemma not in scan.lang.triggers.USE_VERBS:
        return []
    theme = _theme(tok)
    if theme is None or theme.i in scan.used:
        return []
    mode = weapon_mode(theme, scan.lang)
    if mode is None:
        return []
    entry: Entry = ("ASSAULT", mode, "18")
    return [_trigger(tok, tok, theme, entry, f"{lemma} {theme.lemma_.lower()}", "idiom")]


def _forced_flight(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """People forced to flee or driven from their homes are displaced: "forced families
    to flee", "drove farmers from their land", "ont contraint des milliers de personnes
    à quitter leurs maisons" (not "forced the government to resign", "drove the truck
    from the depot")."""
    lex = scan.lang.triggers
    entry = lex.FORCED_FLIGHT.get(lemma)
    if entry is None:
        return []
    people = _theme(tok)
    if people is None or not _crowd(people, scan.lang):
        return []
    # the parser may hang the flight or the homes on the people ("milliers de personnes
    # à quitter", "les paysans de leurs terres")
    heads = [tok, people, *(c for c in people.children if c.dep_ in PP_NOUN_DEPS)]
    fled = any(
        c.dep_ in ("xcomp", "advcl", "ccomp", "acl", "obl:arg")
        and lex.FLIGHT_VERBS & {_verb_key(c, scan.lang), guess_lemma(c, scan.lang)}
        for h in heads
        for c in h.children
    )
    homes = any(
        noun_lemma(np, scan.lang) in lex.HOME_NOUNS
        for h in (tok, people)
        for np in [*(n for _, n in syntax.pp_children(h)), *h.children]
        if np.dep_ in PP_NOUN_DEPS | {"obl", "obl:arg"}
    )
    if not (fled or homes):
        return []
    return [_trigger(tok, tok, None, entry, lemma, "verb")]


def _prep_noun_idiom(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A verb and a phrase naming the act: "were set upon" style idioms such as "ont été
    pris à partie", "a pris d'assaut la caserne", "sont entrés en grève"."""
    table = scan.lang.triggers.PREP_NOUNS
    for p, np in syntax.pp_children(tok):
        entry = table.get((p, np.lemma_.lower())) or table.get((p, np.lower_))
        if entry is not None and np.i not in scan.used:
            key = f"{lemma} {p} {np.lemma_.lower()}"
            return [_trigger(tok, tok, np, entry, key, "idiom")]
    return []


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


def describes_noun(tok: Token) -> Token | None:
    """The noun a participle describes ("les corps des policiers tués", "tués ou
    blessés"), None for a clause."""
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ == "amod" and tok.i < tok.head.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # an attribute: "suspected militants", "des présumés complices"
    if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
        return describes_noun(tok.head)
    return None


def _only_predicate(tok: Token) -> bool:
    """``tok`` is the only verb of its sentence (no finite verb or auxiliary elsewhere)."""
    return not any(t.pos_ in ("VERB", "AUX") and t.i != tok.i for t in tok.sent)


def _participle_event(tok: Token, noun: Token, entry: Entry, lang: LanguageData) -> bool:
    """A violent participle on counted victims or with its own agent names the event:
    "a toll of eleven soldiers killed", "pupils abducted by gunmen"; people doing a
    protest do it: "supporters marching on the assembly"."""
    if noun.dep_ == "ROOT" and noun_entry(noun, lang) is None and _only_predicate(tok):
        return True  # a verbless report: "Trois journalistes interpellés mercredi à X."
    if entry[0] == "PROTEST" and is_present_participle(tok) and _crowd(noun, lang):
        return True  # "teachers marching on the ministry", "des paysans manifestant contre X"
    if entry[0] != "ASSAULT":
        return False
    counted = (
        any(
            c.dep_ == "nummod" or c.lemma_.lower() in lang.triggers.QUANTITY_NOUNS
            for c in noun.children
        )
        or noun.lemma_.lower() in lang.triggers.QUANTITY_NOUNS
    )
    return counted or syntax.agent(tok, lang.triggers.AGENT_PREPS) is not None


def _crowd(noun: Token, lang: LanguageData) -> bool:
    """People, or a plural of them: "supporters", "des paysans"."""
    return _people(noun, lang) or (noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number", []))


def _force_reading(tok: Token, lemma: str, entry: Entry, lang: LanguageData) -> Entry:
    """A verb done by police or soldiers may have another reading: "riot police blocked
    the avenue" restricts, "farmers blocked the avenue" protest."""
    forced = lang.triggers.FORCE_READINGS.get(lemma)
    if forced is None:
        return entry
    lex = lang.triggers
    doer = syntax.agent(tok, lex.AGENT_PREPS) if _passive(tok) else syntax.subject(tok)
    if doer is None:
        return entry
    for t in doer.subtree:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lemma_.lower() in lex.MILITARY_WORDS:
            return forced
        if actors.describe(t.text, lang.code).sector in FORCE_SECTORS:
            return forced
    return entry


def _economic_reading(tok: Token, lemma: str, entry: Entry, lang: LanguageData) -> Entry:
    """A verb whose theme is an economy may have another reading: "the Treasury is
    targeting two banks" sanctions (not "gunmen targeted a bank")."""
    lex = lang.triggers
    economic = lex.ECONOMIC_READINGS.get(lemma)
    theme = _theme(tok)
    if economic is None or theme is None:
        return entry
    doer = syntax.subject(tok) if not _passive(tok) else syntax.agent(tok, lex.AGENT_PREPS)
    if doer is not None and (
        _armed(doer, lang) or any(t.lower_ in lex.ARMED_PERSONS for t in doer.subtree)
    ):
        return entry
    themes = [theme, *(c for c in theme.children if c.dep_ == "conj")]
    if any(noun_lemma(t, lang) in lex.ECONOMIC_NOUNS for t in themes):
        return economic
    return entry


def _plain_verb(tok: Token, lemma: str, scan: _Scan) -> list[Trigger]:
    """A verb of the lexicon in a construction that makes an event: "rebels attacked",
    but not a participle describing a noun ("resolutions calling for…", "the bodies of
    the officers killed") nor an attribution inserted after the event ("…, the minister
    deplored")."""
    lang = scan.lang
    entry = _verb_entry(tok, lemma, lang)
    if entry is None:
        return []
    obj = syntax.direct_object(tok)
    if not all(ok(tok, lemma, obj, lang) for ok in VERB_CONSTRAINTS):
        return []
    entry = _economic_reading(tok, lemma, _force_reading(tok, lemma, entry, lang), lang)
    noun = describes_noun(tok)
    if noun is not None and not _participle_event(tok, noun, entry, lang):
        return []
    if _descriptive_participle(tok, entry[0]):
        return []
    if lemma in lang.triggers.REPORTING_VERBS and inserted_report(tok, lang.triggers):
        return []
    return [_trigger(tok, tok, None, entry, lemma, "verb")]


VERB_RULES: tuple[VerbRule, ...] = (
    _responsibility_claim,
    _protest_call,
    _undergone_attack,
    _light_verb,
    _verb_object_idiom,
    _prep_noun_idiom,
    _weapon_use,
    _forced_flight,
    _plain_verb,
)


# --------------------------------------------------------------------------- nouns

# (event noun, language) → the noun carries what makes it one specific event
NounArgument = Callable[[Token, LanguageData], bool]


def _arg_phrase(tok: Token, lang: LanguageData) -> bool:
    """A target, an agent, both parties or an instrument: "attack on the base", "clashes
    between the army and rebels", "a march of teachers", "drone strike"."""
    lex = lang.triggers
    for p, np in syntax.pp_children(tok):
        if p in lex.TARGET_PREPS or p in lex.AGENT_PREPS or p in lex.PARTY_PREPS:
            return True
        if p in lex.NOMINAL_AGENT_PREPS and (
            np.pos_ == "PROPN" or np.ent_type_ in ACTOR_LABELS or _people(np, lang)
        ):
            return True
        if np.lemma_.lower() in lex.INSTRUMENTS:
            return True
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.INSTRUMENTS for c in tok.children
    )


def _people(tok: Token, lang: LanguageData) -> bool:
    """A person or group noun that is no place ("of teachers")."""
    return tok.ent_type_ not in PLACE_LABELS and tok.pos_ != "PRON" and is_actorish(tok, lang)


def _arg_possessor(tok: Token, lang: LanguageData) -> bool:
    """A possessor naming who did it, no date: "Korvex's offensive", "the minister's
    visit" (not "Tuesday's march", "its attacks")."""
    return any(
        c.dep_ in ("poss", "nmod:poss")
        and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and _people(c, lang)))
        and c.ent_type_ not in ("DATE", "TIME")
        and c.lower_ not in lang.dates.WEEKDAYS
        for c in tok.children
    )


def _arg_party(tok: Token, lang: LanguageData) -> bool:
    """The other party of an exchange, named: "talks with the junta", "a visit to
    Kestria", "un accord avec les rebelles" (not "talks with a view to…")."""
    found = noun_entry(tok, lang)
    if found is None or found[1][0] not in RECIPIENT_TYPES | PARTNER_TYPES:
        return False
    lex = lang.triggers
    preps = lex.PARTNER_PREPS | lex.RECIPIENT_PREPS | lex.DIRECTION_PREPS
    return any(
        p in preps
        and (np.pos_ == "PROPN" or np.ent_type_ in ACTOR_LABELS | PLACE_LABELS or _people(np, lang))
        for p, np in syntax.pp_children(tok)
    )


def _arg_patient(tok: Token, lang: LanguageData) -> bool:
    """The patient of a patient noun: "the release of two hostages", "la destruction des
    dépôts" (not a place: "the looting of the town" is located, not specific)."""
    lex = lang.triggers
    if noun_lemma(tok, lang) not in lex.PATIENT_NOUNS:
        return False
    return any(
        p in lex.NOMINAL_AGENT_PREPS and np.ent_type_ not in PLACE_LABELS
        for p, np in syntax.pp_children(tok)
    )


def _happened_clause(tok: Token, lang: LanguageData) -> bool:
    """A relative clause or participle that tells the event: "the strike that hit a block
    of flats", "fighting that lasted until noon", "the march, attended by thousands"."""
    lex = lang.triggers
    for c in tok.children:
        if c.dep_ in RELATIVE_DEPS and not finite_present(c, lang):
            lemma = guess_lemma(c, lang)
            if _verb_key(c, lang) in lex.OCCURRENCE_VERBS or lemma in lex.OCCURRENCE_VERBS:
                return True
            if lemma in lex.VERBS:
                return True
        if c.dep_ == "acl" and (
            syntax.agent(c, lex.AGENT_PREPS) is not None
            or any(p in lex.TARGET_PREPS for p, _ in syntax.pp_children(c))
        ):
            return True
    return False


def _carried_on(tok: Token, lang: LanguageData) -> bool:
    """A verb that keeps the event going or says it took place: "continued its
    operations", "investigations are continuing", "the tragedy took place at dawn", "the
    village witnessed a massacre"."""
    lex = lang.triggers
    head = tok.head
    key = _verb_key(head, lang)
    if tok.dep_ in syntax.OBJ and (
        head.lemma_.lower() in lex.CONTINUATION_VERBS
        or key in lex.OCCURRENCE_VERBS
        or head.lemma_.lower() in lex.OCCURRENCE_VERBS  # the key names the object itself
    ):
        return True
    if tok.dep_ in syntax.SUBJ | syntax.PASS_SUBJ:
        return head.lemma_.lower() in lex.CONTINUATION_VERBS or key in lex.OCCURRENCE_VERBS
    return False


def _claimed(tok: Token, lang: LanguageData) -> bool:
    """The subject or object of a claim or denial: "confirmed the incident", "l'attaque a
    été revendiquée" (not of a condemnation)."""
    lex = lang.triggers
    if tok.dep_ not in syntax.OBJ | syntax.PASS_SUBJ:
        return False
    head = tok.head.lemma_.lower()
    return (head in lex.REPORTING_VERBS and head not in lex.LIGHT_ONLY) or head in (
        lex.DENIAL_VERBS
    )


# the links climbed from an act up to the accusation naming it: lists, prepositions and
# their gerunds ("accused it of shelling villages, looting and burning houses")
ALLEGED_PATH_DEPS = frozenset({"conj", "pobj", "prep", "pcomp", "obl", "obl:arg", "nmod"})


def _accusation(tok: Token, lex: Triggers) -> bool:
    entry = lex.VERBS.get(tok.lemma_.lower())
    return entry is not None and entry[0] == "ACCUSE" and entry[1] == "allege"


def alleged_act(noun: Token, lex: Triggers) -> bool:
    """An act an accusation names, alone, in a list or deeper in its phrase: "accused
    the militia of looting, arson and rape", "accused it of using mortars against
    villages, looting and driving out farmers", "accusés de pillages"."""
    t = noun
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return False
        if t.i != noun.i and t.dep_ in syntax.OBJ and _accusation(head, lex):
            return True  # the phrase hung on the accused ("accused the militia of looting")
        if t.dep_ not in ALLEGED_PATH_DEPS:
            return False
        if _accusation(head, lex):
            # a noun right under the verb is its own complement, not an act ("accuse le
            # chef de l'armée"): the act comes through a preposition
            return not (t.i == noun.i and t.dep_ == "nmod")
        t = head
    return False


def _arg_alleged(tok: Token, lang: LanguageData) -> bool:
    """See ``alleged_act``."""
    return alleged_act(tok, lang.triggers)


def _existential(tok: Token, lang: LanguageData) -> bool:
    """An event said to exist: "there was heavy fighting in the north", "il y a eu de
    violents combats" (not "il faut des sanctions")."""
    head = tok.head
    if tok.dep_ not in ("attr", "obj", "dobj", "nsubj") or head.i == tok.i:
        return False
    if head.lemma_.lower() not in lang.triggers.EXISTENTIAL_VERBS:
        return False
    return any(c.dep_ in ("expl", "expl:subj") for c in head.children)


NOUN_ARGUMENTS: tuple[NounArgument, ...] = (
    _arg_phrase,
    _arg_possessor,
    _arg_party,
    _arg_patient,
    _happened_clause,
    _carried_on,
    _claimed,
    _arg_alleged,
    _existential,
)


def _verb_key(verb: Token, lang: LanguageData) -> str:
    """A verb's lemma, or "lemma object" for the idioms of the word lists ("take place")."""
    lemma = verb.lemma_.lower()
    obj = syntax.direct_object(verb)
    return f"{lemma} {obj.lemma_.lower()}" if obj is not None else lemma


def _agent_named(tok: Token, lang: LanguageData) -> bool:
    """An event noun naming who did it: "in response to the offensives of the army"."""
    lex = lang.triggers
    return any(
        p in lex.AGENT_PREPS
        or (p in lex.NOMINAL_AGENT_PREPS and (np.pos_ == "PROPN" or np.ent_type_ in ACTOR_LABELS))
        for p, np in syntax.pp_children(tok)
        if np.ent_type_ not in PLACE_LABELS
    )


def _date_word(tok: Token, lang: LanguageData) -> bool:
    """A day or month the parser took for a head ("ont résonné vendredi des rafales")."""
    low = tok.lower_
    return low in lang.dates.WEEKDAYS or low in lang.dates.MONTHS or tok.ent_type_ == "DATE"


TERMINAL_PUNCT = frozenset(".!?…")
CLOSERS = "\"'»”’)]"


def _last_words(span: Span, n: int) -> list[Token]:
    """The last ``n`` tokens of ``span`` that are not spaces, in text order."""
    doc = span.doc
    out: list[Token] = []
    for i in range(span.end - 1, span.start - 1, -1):
        if not doc[i].is_space:
            out.append(doc[i])
            if len(out) == n:
                break
    return out[::-1]


def _ends_sentence(span: Span) -> bool:
    """``span`` ends with terminal punctuation (maybe before a closing quote)."""
    toks = _last_words(span, 2)
    if not toks:
        return True
    last = toks[-1].text.rstrip(CLOSERS) or (toks[-2].text if len(toks) > 1 else ".")
    return last[-1] in TERMINAL_PUNCT


def written_sentence(sent: Span) -> Span:
    """The sentence as written, across the cuts a parser made inside it (a fragment
    before a cut has no terminal punctuation): "Une frappe a touché un marché | à X,
    faisant huit morts, | selon des élus." is one sentence."""
    doc = sent.doc
    first = sent
    while first.start > 0 and not _ends_sentence(doc[first.start - 1].sent):
        first = doc[first.start - 1].sent
    last = sent
    while last.end < len(doc) and not _ends_sentence(last):
        last = doc[last.end].sent
    return doc[first.start : last.end]


def _verbless(sent: Span) -> bool:
    """A report with no verb at all ("Protests in the capital against the reform.")."""
    return not any(p in ("VERB", "AUX") for p in columns(sent.doc).pos[sent.start : sent.end])


def _noun_is_event(tok: Token, lemma: str, lang: LanguageData) -> bool:
    """A bare event noun counts when it names a specific event: it has an argument, or
    (for strong nouns) it is a clause argument, or it heads a verbless report."""
    has_arg = any(arg(tok, lang) for arg in NOUN_ARGUMENTS)
    series = syntax.governor(tok)
    if series.lemma_.lower() in lang.triggers.SERIES_NOUNS:
        # "several rounds of gunfire from a helicopter": the series carries the phrases
        has_arg = has_arg or any(arg(series, lang) for arg in NOUN_ARGUMENTS)
    # "drone attack" (a compound) is fine; "the toll of the attacks" is a reference, but
    # "l'instauration d'un couvre-feu" names the curfew
    head = tok.head
    transparent = _date_word(head, lang) or head.lemma_.lower() in lang.triggers.SERIES_NOUNS
    if tok.dep_ in ("amod", "nmod") and head.pos_ == "NOUN" and not transparent:
        return head.lemma_.lower() in lang.triggers.LIGHT_NOUNS or (
            has_arg and (_happened_clause(tok, lang) or _agent_named(tok, lang))
        )
    if tok.dep_ == "ROOT" and _verbless(tok.sent):
        return True
    series_root = series.i != tok.i and series.dep_ == "ROOT"
    if series_root and series.lemma_.lower() in lang.triggers.SERIES_NOUNS:
        return True  # a heading: "Nuit d'émeutes à X : ...", "A night of rioting."
    if lemma in lang.triggers.WEAK_NOUNS:
        return has_arg
    return has_arg or tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "ROOT")


def _armed(tok: Token, lang: LanguageData) -> bool:
    """Something armed around an event noun: a weapon, an armed doer or a target that is
    a group or a place ("a drone strike", "an army strike", "a strike on the depot")."""
    lex = lang.triggers
    if any(weapon_mode(c, lang) is not None for c in tok.subtree if c.i != tok.i):
        return True
    for t in tok.subtree:
        if t.i != tok.i and t.pos_ in ("NOUN", "PROPN"):
            if t.lemma_.lower() in lex.MILITARY_WORDS:
                return True
            if actors.describe(t.text, lang.code).sector in ARMED_SECTORS:
                return True
    return any(p in lex.TARGET_PREPS for p, _ in syntax.pp_children(tok))


def _civil_reading(
    tok: Token, lemma: str, entry: Entry, lang: LanguageData, doer: Token | None = None
) -> Entry:
    """An event noun with a civil reading keeps it when nothing armed is around and
    people do it: "the nurses' strike", "a strike by judges over pay", and through a
    light verb, its subject: "the unions held a strike" (not "the army carried out a
    strike")."""
    civil = lang.triggers.CIVIL_READINGS.get(lemma)
    if civil is None or _armed(tok, lang) or (doer is not None and _armed(doer, lang)):
        return entry
    doers = [
        c for c in tok.children if c.dep_ in ("poss", "nmod:poss", "compound", "nmod", "amod")
    ] + [np for _, np in syntax.pp_children(tok)]
    if doer is not None:
        doers.append(doer)
    if any(_people(d, lang) for d in doers) or tok.head.pos_ in ("NOUN", "PROPN"):
        return civil
    return entry


def _prep_noun(tok: Token, lang: LanguageData) -> Entry | None:
    """A state named by a phrase outside any verb, on people: "judges on strike", "le
    président, en visite à X" (not "fusils d'assaut")."""
    p = syntax.prep_of(tok)
    if p is None:
        return None
    table = lang.triggers.PREP_NOUNS
    return table.get((p, tok.lemma_.lower())) or table.get((p, tok.lower_))


def _mistagged_heading(tok: Token, lang: LanguageData) -> bool:
    """An event noun heading a verbless report that the tagger read as a verb or an
    adjective: "Sit-in by nurses at the hospital.", "Sit-in devant le ministère."."""
    lemma = noun_lemma(tok, lang)
    lex = lang.triggers
    return tok.dep_ == "ROOT" and lemma in lex.NOUNS and lemma not in lex.VERBS


def _noun_triggers(sent: Span, lang: LanguageData, used: Set[int]) -> list[Trigger]:
    """Event nouns of the sentence that no verb rule took."""
    out: list[Trigger] = []
    doc, cols = sent.doc, columns(sent.doc)
    for i in range(sent.start, sent.end):
        if i in used:
            continue
        if cols.pos[i] not in ("NOUN", "PROPN") and (
            cols.dep[i] != "ROOT" or not _mistagged_heading(doc[i], lang)  # a ROOT's test
        ):
            continue
        tok = doc[i]
        state = _prep_noun(tok, lang)
        if state is not None and (tok.head.i == tok.i or _people(tok.head, lang)):
            out.append(_trigger(tok, syntax.clause_head(tok), tok, state, tok.lemma_, "noun"))
            continue
        found = noun_entry(tok, lang)
        if found is None or not _noun_is_event(tok, found[0], lang):
            continue
        entry = _civil_reading(tok, found[0], found[1], lang)
        out.append(_trigger(tok, syntax.clause_head(tok), tok, entry, found[0], "noun"))
    return out


def toll_trigger(sent: Span, lang: LanguageData, found: Sequence[Trigger]) -> Trigger | None:
    """A sentence stating a toll and naming no attack names the attack by its toll: "on
    dénombre au moins cinq morts", "reports put the death toll at 100", "the number of
    dead ran into the hundreds" (not "two children were among the victims")."""
    if any(t.event_type == "ASSAULT" for t in found):
        return None
    lex = lang.triggers
    doc, cols = sent.doc, columns(sent.doc)
    for i in range(sent.start, sent.end):
        if cols.pos[i] not in ("NOUN", "ADJ", "PROPN", "VERB"):
            continue
        tok = doc[i]
        compound = noun_entry(tok, lang)
        if compound is not None and " " in compound[0] and compound[1][0] == "ASSAULT":
            is_toll = True  # "death toll", "pertes en vies humaines"
        elif tok.lower_ in lex.CASUALTY_NOUNS:
            counted = any(_count(c, lang) for c in tok.children)
            of_number = tok.head.lemma_.lower() in lex.QUANTITY_NOUNS and any(
                _count(t, lang) for t in sent if t.i != tok.head.i
            )
            is_toll = counted or of_number
        else:
            is_toll = False
        if is_toll and not _in_subordinate(tok):
            entry: Entry = ("ASSAULT", None, "18")
            return _trigger(tok, syntax.clause_head(tok), tok, entry, tok.lemma_.lower(), "noun")
    return None


def _count(tok: Token, lang: LanguageData) -> bool:
    """A number or a quantity word ("five", "dozens")."""
    nouns = lang.triggers.QUANTITY_NOUNS
    return tok.pos_ == "NUM" or tok.lower_ in nouns or tok.lemma_.lower() in nouns


def _in_subordinate(tok: Token) -> bool:
    """Inside a relative, adverbial or participle clause ("the violence that left two
    dead")."""
    return any(a.dep_ in RELATIVE_DEPS | {"acl", "advcl"} for a in [tok, *tok.ancestors])


# --------------------------------------------------------------------------- no event

# (trigger, language) → the trigger names no event of its own
NonEvent = Callable[[Trigger, LanguageData], bool]


def _determiners(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "predet")}


def _kind_of_event(trig: Trigger, lang: LanguageData) -> bool:
    """A kind, not an event: "such sanctions are unprecedented"."""
    noun = trig.noun if trig.kind in ("noun", "light") else None
    return noun is not None and bool(_determiners(noun) & lang.triggers.GENERIC_DETERMINERS)


def _told_before(trig: Trigger, lang: LanguageData) -> bool:
    """A demonstrative event noun points back to an event already told ("this attack is
    the deadliest"); it is a mention only when claimed or denied ("this attack was claimed
    by X")."""
    if trig.kind != "noun" or trig.noun is None:
        return False
    demonstratives = {w.lower() for w in lang.function_words.DEMONSTRATIVES}
    if not _determiners(trig.noun) & demonstratives:
        return False
    targeting = trig.noun.dep_ in syntax.SUBJ and (
        guess_lemma(trig.noun.head, lang) in lang.triggers.TRANSITIVE_ONLY
    )
    return not (_claimed(trig.noun, lang) or targeting)


def _trend(trig: Trigger, lang: LanguageData) -> bool:
    """An event noun as subject of a trend verb: "protests surged in 2019"."""
    noun = trig.noun
    if trig.kind != "noun" or noun is None or noun.dep_ not in syntax.SUBJ | syntax.PASS_SUBJ:
        return False
    return noun.head.lemma_.lower() in lang.triggers.TREND_VERBS


def _clauses_up(tok: Token) -> list[Token]:
    """The clause of ``tok`` and the clauses it is coordinated with or part of."""
    out = [tok]
    t = tok
    for _ in range(6):
        if t.dep_ not in ("conj", "xcomp", "advcl", "ccomp", "acl", *RELATIVE_DEPS):
            break
        t = t.head
        out.append(t)
    return out


def _habit(trig: Trigger, lang: LanguageData) -> bool:
    """A habit, not an event: "the regime frequently launches air strikes"."""
    lex = lang.triggers
    return any(
        c.dep_ == "advmod" and c.lower_ in lex.FREQUENCY_ADVERBS
        for clause in _clauses_up(syntax.clause_head(trig.predicate))
        for c in clause.children
    )


def _state_since(trig: Trigger, lang: LanguageData) -> bool:
    """A state reaching now, not an event: "rebels have been fighting the army for two
    years", "les shebab combattent depuis 2007" (a toll "killed since 2015" is told in the
    perfect and stays)."""
    preps = lang.triggers.DURATION_PREPS
    for clause in _clauses_up(syntax.clause_head(trig.predicate)):
        if not _present_clause(clause, lang):
            continue
        if any(p in preps for p, _ in syntax.pp_children(clause)):
            return True
    return False


def _present_clause(tok: Token, lang: LanguageData) -> bool:
    """A verb or a copular predicate in the simple present."""
    if finite_present(tok, lang):
        return True
    return any(c.dep_ == "cop" and finite_present(c, lang) for c in tok.children)


def _descriptive_relative(trig: Trigger, lang: LanguageData) -> bool:
    """A relative clause in the simple present describes, it tells no event: "those who
    oppose the government", "l'armée, laquelle répond par des frappes"."""
    clause = syntax.clause_head(trig.predicate) if trig.kind == "noun" else trig.predicate
    return any(
        c.dep_ in RELATIVE_DEPS and finite_present(c, lang)
        for c in _clauses_up(clause)
        if c.pos_ in ("VERB", "AUX")
    )


def _where_it_happened(trig: Trigger, lang: LanguageData) -> bool:
    """A definite event noun in a relative clause or a question about where or when it
    happened points back: "the area where the air strikes occurred is still burning",
    "asked where the release took place"."""
    noun = trig.noun
    if trig.kind != "noun" or noun is None or noun.dep_ not in syntax.SUBJ | syntax.OBJ:
        return False
    verb = noun.head
    wh = any(
        set(c.morph.get("PronType", None)) & {"Rel", "Int"} or c.tag_ in ("WRB", "WDT")
        for c in verb.children
    )
    if verb.dep_ not in RELATIVE_DEPS and not wh:
        return False
    definite = {w.lower() for w in lang.function_words.DEFINITE_ARTICLES}
    definite |= {w.lower() for w in lang.function_words.DEMONSTRATIVES}
    key = _verb_key(verb, lang)
    return key in lang.triggers.OCCURRENCE_VERBS and bool(_determiners(noun) & definite)


def _time_adjunct(trig: Trigger, lang: LanguageData) -> bool:
    """A definite event noun in a time adjunct points back: "three days after the
    ambush", "hours after the bombing" (but "after heavy fighting that lasted all day"
    tells it)."""
    noun = trig.noun
    if trig.kind != "noun" or noun is None:
        return False
    if syntax.prep_of(noun) not in lang.triggers.TIME_PREPS:
        return False
    fw = lang.function_words
    pointing = {w.lower() for w in (*fw.DEFINITE_ARTICLES, *fw.DEMONSTRATIVES, *fw.POSSESSIVES)}
    return bool(_determiners(noun) & pointing) and not _happened_clause(noun, lang)


def _compared(trig: Trigger, lang: LanguageData) -> bool:
    """A comparison with other events, not an event: "one of the deadliest air strikes",
    "la plus meurtrière des attaques"."""
    noun = trig.noun
    if trig.kind != "noun" or noun is None:
        return False
    for c in noun.children:
        if c.dep_ != "amod":
            continue
        if "Sup" in c.morph.get("Degree", None):
            return True
        if any(a.lower_ in lang.triggers.SUPERLATIVE_ADVERBS for a in c.children):
            return True
    return False


def _generic_statement(trig: Trigger, lang: LanguageData) -> bool:
    """Events said common or rare are no event: "clashes between herders are common in
    the region", "les enlèvements sont devenus courants"."""
    noun = trig.noun
    if trig.kind != "noun" or noun is None or noun.dep_ not in syntax.SUBJ:
        return False
    head = noun.head
    preds = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "xcomp"))]
    generic = lang.triggers.GENERIC_ADJECTIVES
    return any(p.pos_ == "ADJ" and p.lemma_.lower() in generic for p in preds)


def _earlier_of_series(trig: Trigger, lang: LanguageData) -> bool:
    """The events of a series an event is ranked in are earlier ones, told in general:
    "the attack was the latest in a series of raids", "la dernière d'une série de
    raids"."""
    noun = trig.noun
    if trig.kind != "noun" or noun is None:
        return False
    series = syntax.governor(noun)
    if series.i == noun.i or series.lemma_.lower() not in lang.triggers.SERIES_NOUNS:
        return False
    rank = syntax.governor(series)
    return rank.i != series.i and (rank.pos_ == "ADJ" or "Ord" in rank.morph.get("NumType", []))


def _mishap(trig: Trigger, lang: LanguageData) -> bool:
    """Harm told with an accident or a disaster is no attack: "two drivers were hurt in
    a collision", "the flood killed ten" (unless a weapon, other than an aircraft, is
    named too)."""
    lex = lang.triggers
    if trig.event_type != "ASSAULT" or not lex.MISHAP_WORDS:
        return False
    sent, cols = trig.token.sent, columns(trig.token.doc)
    lemmas = {*cols.lemma[sent.start : sent.end], *cols.lower[sent.start : sent.end]}
    if not lemmas & lex.MISHAP_WORDS:
        return False
    weapons = {w for w, mode in lex.INSTRUMENTS.items() if mode != "aerial"}
    return not lemmas & (weapons | lex.ARMED_PERSONS)


def _rescue_work(trig: Trigger, lang: LanguageData) -> bool:
    """What rescue services do is no political event: "firefighters rescued the
    driver", "l'homme a été secouru par les pompiers" (a toll they carry away stays:
    "rescuers took three wounded to hospital")."""
    lex = lang.triggers
    if trig.kind not in ("verb", "light"):
        return False
    pred = trig.predicate
    doer = syntax.agent(pred, lex.AGENT_PREPS) if _passive(pred) else syntax.subject(pred)
    if doer is None:
        return False
    return any(t.lemma_.lower() in lex.RESCUE_WORKERS for t in doer.subtree)


def _doer(trig: Trigger, lang: LanguageData) -> Token | None:
    """Who or what does the event: the subject, the agent of a passive, the agent after
    an event noun ("l'incendie de la ferme par des émeutiers")."""
    lex = lang.triggers
    if trig.kind == "noun" and trig.noun is not None:
        return next((np for p, np in syntax.pp_children(trig.noun) if p in lex.AGENT_PREPS), None)
    pred = trig.predicate
    return syntax.agent(pred, lex.AGENT_PREPS) if _passive(pred) else syntax.subject(pred)


def _accidental_fire(trig: Trigger, lang: LanguageData) -> bool:
    """A fire no one set is a mishap, no attack: "un incendie s'est déclaré dans
    l'entrepôt", "the shop was destroyed by the flames" (not "an arson attack", "rioters
    set fire to the shop", "un incendie criminel")."""
    lex = lang.triggers
    if trig.event_type != "ASSAULT" or not lex.FIRE_WORDS:
        return False
    doer = _doer(trig, lang)
    doer_fire = doer is not None and doer.lemma_.lower() in lex.FIRE_WORDS
    if not doer_fire and (doer is not None or trig.mode != "primitive"):
        return False
    if not doer_fire and trig.lemma not in lex.FIRE_WORDS:
        return False
    lemmas = {t.lemma_.lower() for t in trig.token.sent} | {t.lower_ for t in trig.token.sent}
    if lemmas & (lex.ARSON_WORDS | set(lex.INSTRUMENTS) | lex.ARMED_PERSONS):
        return False
    return not _unrest_nearby(trig, lang)


# event types of a noun that, in a fire's sentence, tell it was set ("des incendies et
# des pillages", "fires and clashes")
UNREST_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _unrest_nearby(trig: Trigger, lang: LanguageData) -> bool:
    """Another noun of violence or unrest in the sentence of a fire."""
    fire = lang.triggers.FIRE_WORDS
    for t in trig.token.sent:
        if t.i == trig.token.i or t.pos_ != "NOUN" or noun_lemma(t, lang) in fire:
            continue
        found = noun_entry(t, lang)
        if found is not None and found[1][0] in UNREST_TYPES:
            return True
    return False


def _attack_words(lang: LanguageData) -> frozenset[str]:
    """Nouns and weapons that tell an attack (not the harm words of a toll)."""
    lex, cas = lang.triggers, lang.casualties
    harm = cas.KILLING_LEMMAS | cas.WOUNDING_LEMMAS | cas.DYING_LEMMAS | lex.FIRE_WORDS
    nouns = {w for w, e in lex.NOUNS.items() if e[0] == "ASSAULT"} - harm
    return frozenset(nouns | set(lex.INSTRUMENTS) | lex.ARMED_PERSONS | lex.MILITARY_WORDS)


def mishap_story(docs: Iterable[Doc], lang: LanguageData) -> bool:
    """The text tells a mishap (a fall, a crash, a fire) and no attack: no attack noun,
    weapon, armed person or military word anywhere in it."""
    lex = lang.triggers
    if not lex.MISHAP_CONTEXT_WORDS:
        return False
    words = {w for doc in docs for t in doc for w in (t.lemma_.lower(), t.lower_)}
    if not words & (lex.MISHAP_WORDS | lex.MISHAP_CONTEXT_WORDS):
        return False
    return not words & _attack_words(lang)


def _amenity_closed(trig: Trigger, lang: LanguageData) -> bool:
    """Closing a place of daily life, with no one named who closes it, is a notice, no
    restriction: "la bibliothèque sera fermée en juillet", "the pool is closed until
    Monday" (not "police closed the market")."""
    lex = lang.triggers
    if trig.event_type != "COERCE" or trig.mode != "restrict" or not lex.AMENITY_NOUNS:
        return False
    if trig.kind != "verb":
        return False
    pred = trig.predicate
    if _passive(pred):
        theme = syntax.passive_subject(pred)
        if syntax.agent(pred, lex.AGENT_PREPS) is not None:
            return False
    else:
        theme = syntax.direct_object(pred) or syntax.subject(pred)
        if syntax.direct_object(pred) is not None and syntax.subject(pred) is not None:
            return False
    return theme is not None and noun_lemma(theme, lang) in lex.AMENITY_NOUNS


def _required_by_a_thing(trig: Trigger, lang: LanguageData) -> bool:
    """A plan or a task that calls for something requires it, it asks nothing: "the plan
    calls for the firm to sell", "ce projet a demandé un long travail" (not "the mayor
    called for talks", "la résolution demande une trêve")."""
    lex = lang.triggers
    if trig.event_type != "REQUEST" or not lex.REQUIRING_NOUNS or trig.kind == "noun":
        return False
    subj = syntax.subject(trig.predicate)
    return subj is not None and noun_lemma(subj, lang) in lex.REQUIRING_NOUNS


NON_EVENTS: tuple[NonEvent, ...] = (
    _kind_of_event,
    _told_before,
    _trend,
    _habit,
    _state_since,
    _descriptive_relative,
    _where_it_happened,
    _compared,
    _time_adjunct,
    _generic_statement,
    _earlier_of_series,
    _mishap,
    _rescue_work,
    _accidental_fire,
    _amenity_closed,
    _required_by_a_thing,
)


def told_earlier(trig: Trigger, lang: LanguageData, seen: Set[str]) -> bool:
    """A definite event noun with nothing of its own, of a type the article already told,
    as subject or object of a verb that is no event: it points back ("l'embuscade de jeudi
    prouve la force des rebelles"). Claims, occurrences and events kept going stay
    mentions ("the attack was claimed by X", "l'enlèvement a eu lieu à l'aube")."""
    noun = trig.noun
    if trig.kind != "noun" or noun is None or trig.event_type not in seen:
        return False
    if noun.dep_ not in syntax.SUBJ | syntax.OBJ | syntax.PASS_SUBJ:
        return False
    definite = {w.lower() for w in lang.function_words.DEFINITE_ARTICLES}
    if not _determiners(noun) & definite:
        return False
    if guess_lemma(noun.head, lang) in lang.triggers.VERBS:
        return False
    return not any(arg(noun, lang) for arg in NOUN_ARGUMENTS)


def is_non_event(trig: Trigger, lang: LanguageData) -> bool:
    """The trigger names no event of its own (``NON_EVENTS``)."""
    return any(rule(trig, lang) for rule in NON_EVENTS)


# --------------------------------------------------------------------------- driver


def find_triggers(sent: Span, lang: LanguageData) -> list[Trigger]:
    """Triggers of ``sent`` in text order, one per event."""
    found: list[Trigger] = []
    used: set[int] = set()
    scan = _Scan(lang, used)
    doc, cols = sent.doc, columns(sent.doc)
    for i in range(sent.start, sent.end):
        if i in used or not _verbish(cols, i):
            continue
        tok = doc[i]
        lemma = guess_lemma(tok, lang)
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
    found = [t for t in found if not is_non_event(t, lang)]
    return drop_coordinated(sorted(found, key=lambda t: t.token.i), lang)


# --------------------------------------------------------------------------- one event, not two


@dataclass(frozen=True, slots=True)
class _Index:
    nouns: dict[int, Trigger]  # event noun token → its trigger
    verbs: dict[int, Trigger]  # predicate token → its verb trigger
    lang: LanguageData


# (trigger, triggers kept so far, index of all triggers) → drop it
CoordinationDrop = Callable[[Trigger, Sequence[Trigger], _Index], bool]


def _noun_names_verb_event(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "killed in an attack on the village": the noun names the verb's own event (an
    operation during which people were killed is an event of its own)."""
    if t.kind != "noun" or t.noun is None or t.lemma in idx.lang.triggers.OPERATION_NOUNS:
        return False
    gov = syntax.governor(t.noun)
    if gov.pos_ in ("ADV", "ADP") and gov.head.i != gov.i:
        gov = gov.head  # "lors d'attaques": the adverb is part of the preposition
    v = idx.verbs.get(gov.i)
    return v is not None and v.event_type == t.event_type and bool(syntax.prep_of(t.noun))


def _verb_of_event_subject(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "a missile strike killed four people", "the sanctions target twenty officials": the
    verb restates its subject event (a targeting verb whatever the event's type)."""
    if t.kind != "verb":
        return False
    subj = syntax.subject(t.predicate)
    if subj is None or subj.i not in idx.nouns:
        return False
    return idx.nouns[subj.i].event_type == t.event_type or (
        t.lemma in idx.lang.triggers.TRANSITIVE_ONLY
    )


def _coordinated_same_type(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "were killed and … wounded", "nineteen were killed, thirty are wounded": a verb
    coordinated with a kept trigger of the same type, with no object or target phrase of
    its own ("stormed the village and shot at the villagers" are two)."""
    if t.kind != "verb":
        return False
    tok = t.predicate
    same = any(
        k.event_type == t.event_type
        and (
            (tok.dep_ == "conj" and tok.head.i == k.predicate.i)
            or (k.predicate.dep_ in ("advcl", "parataxis") and k.predicate.head.i == tok.i)
        )
        for k in kept
    )
    targets = idx.lang.triggers.TARGET_PREPS
    own_target = any(p in targets for p, _ in syntax.pp_children(tok))
    return same and syntax.direct_object(tok) is None and not own_target


def _consequence_participle(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "…, killing four people", "the strike that killed four", "a riposte that made it
    possible to neutralise the attackers": a participle, relative clause or complement
    hanging off a violent event is its consequence, not a second event."""
    if t.kind != "verb" or t.event_type != "ASSAULT":
        return False
    pred = t.predicate
    if not (is_present_participle(pred) or pred.dep_ in CONSEQUENCE_DEPS or _relative(pred)):
        return False
    return any(
        k.event_type == "ASSAULT"
        and any(a.i in (k.predicate.i, k.token.i) and not _listed(pred, a) for a in pred.ancestors)
        for k in kept
    )


def _relative(tok: Token) -> bool:
    """A relative clause the parser hung on the verb: "touché par un missile, qui a
    détruit deux étages" (its subject is a relative pronoun)."""
    return any(c.dep_ in syntax.SUBJ and c.lower_ in syntax.rel_pronouns() for c in tok.children)


def _listed(tok: Token, ancestor: Token) -> bool:
    """``tok`` is a conjunct of ``ancestor`` only, another act of a list ("accused them of
    killing two men, looting and abducting women"), unless the list is itself a
    consequence ("…, killing four and wounding ten")."""
    t = tok
    while t.i != ancestor.i:
        if t.dep_ != "conj":
            return False
        t = t.head
    return not is_present_participle(ancestor) or ancestor.dep_ not in ("advcl", "conj")


def _toll_complement(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "the attack left twelve dead and several injured", "l'explosion a laissé trois
    personnes blessées": a wounding word completing the verb of an attack's toll is that
    attack's toll."""
    if t.kind != "verb" or t.event_type != "ASSAULT":
        return False
    tok = t.predicate
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # "a fait deux morts et trois blessés": the toll is the object
    toll = tok.dep_ in syntax.OBJ and tok.lower_ in idx.lang.triggers.CASUALTY_NOUNS
    if tok.dep_ not in COMPLEMENT_DEPS | {"acl"} and not toll:
        return False
    verb = tok.head.head if tok.dep_ == "acl" else tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = syntax.subject(verb)
    by_subject = subj is not None and subj.i in idx.nouns
    return any(
        k.event_type == "ASSAULT" and (k.predicate.i == verb.i or (by_subject and k.noun is subj))
        for k in kept
    )


def _elaborating_participle(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "ont pillé le dispensaire, emportant les médicaments", "detained the men, taking
    their phones": a subjectless present participle on a kept event of its type tells
    more of that event (a violent one: ``_consequence_participle``)."""
    pred = t.predicate
    if t.kind != "verb" or t.event_type == "ASSAULT":
        return False
    if pred.dep_ != "advcl" or not is_present_participle(pred):
        return False
    if any(c.dep_ in syntax.SUBJ for c in pred.children):
        return False
    return any(k.event_type == t.event_type and k.predicate.i == pred.head.i for k in kept)


def _aim_of_weapon(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "fired tear gas to disperse the crowd": the aim of a weapon used is that use (not
    the protest of those it was fired at: "fired tear gas at supporters marching on X")."""
    pred = t.predicate
    if pred.dep_ not in ("advcl", "xcomp") or t.kind != "verb":
        return False
    if t.event_type == "PROTEST" and is_present_participle(pred) and pred.i > 0:
        return not _crowd(pred.doc[pred.i - 1], idx.lang)  # a participle on the crowd
    return any(
        k.kind == "idiom" and k.event_type == "ASSAULT" and k.predicate.i == pred.head.i
        for k in kept
    )


def _casualty_of_attack(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "fifty were killed and thirty injured when a jet bombed the village": a killing
    with no object of its own is the attack of its own time clause with its own doer
    (the attack is kept)."""
    if t.kind != "verb" or t.event_type != "ASSAULT":
        return False
    data = idx.lang.casualties
    if t.lemma not in data.KILLING_LEMMAS | data.WOUNDING_LEMMAS | data.DYING_LEMMAS:
        return False  # "hit by a missile, which destroyed two floors": the hit is the attack
    if syntax.direct_object(t.predicate) is not None:
        return False
    pred = t.predicate
    heads = [pred, *(c for c in pred.children if c.dep_ == "conj")]
    clauses = [c for h in heads for c in h.children]
    for c in clauses:
        v = idx.verbs.get(c.i)
        if c.dep_ == "advcl" and v is not None and v.event_type == "ASSAULT":
            own_subject = any(s.dep_ in syntax.SUBJ for s in c.children)
            return own_subject and not is_present_participle(c)
    return False


def _target_of_attack(t: Trigger, kept: Sequence[Trigger], idx: _Index) -> bool:
    """ "an air strike on a gathering of opponents": an event noun that an attack targets
    is that attack's target, not a second event."""
    if t.kind != "noun" or t.noun is None:
        return False
    if syntax.prep_of(t.noun) not in idx.lang.triggers.TARGET_PREPS:
        return False
    gov = syntax.governor(t.noun)
    return any(k.event_type == "ASSAULT" and gov.i in (k.token.i, k.predicate.i) for k in kept)


COORDINATION_DROPS: tuple[CoordinationDrop, ...] = (
    _noun_names_verb_event,
    _verb_of_event_subject,
    _coordinated_same_type,
    _consequence_participle,
    _toll_complement,
    _elaborating_participle,
    _aim_of_weapon,
    _casualty_of_attack,
    _target_of_attack,
)


def drop_coordinated(triggers: list[Trigger], lang: LanguageData) -> list[Trigger]:
    """One event, not two: drop the triggers that restate a kept one (text order)."""
    idx = _Index(
        nouns={t.noun.i: t for t in triggers if t.noun is not None},
        verbs={t.predicate.i: t for t in triggers if t.kind in ("verb", "idiom")},
        lang=lang,
    )
    keep: list[Trigger] = []
    for t in triggers:
        if not any(drop(t, keep, idx) for drop in COORDINATION_DROPS):
            keep.append(t)
    return keep
