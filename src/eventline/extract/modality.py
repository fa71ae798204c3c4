"""Modality of a trigger: asserted | claimed | negated | future | hypothetical.

``TRIGGER_RULES`` decide from the trigger alone. Otherwise the clause chain is read
upwards from the trigger's clause (at most ``MAX_CLIMB`` clauses): at each clause
``CLAUSE_RULES`` look at the clause itself, then ``GOVERNOR_RULES`` at the word it is the
complement of; the first rule that answers decides. A sentence that reports the event
without deciding makes it "claimed", else it is "asserted".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventline import syntax
from eventline.extract.mode import CROWD_CONTROL
from eventline.extract.sentences import span_text
from eventline.extract.tokens import every_language, inserted_report, morph_values
from eventline.extract.triggers import Trigger, alleged_act, written_sentence
from eventline.lang.base import LanguageData, Triggers
from eventline.ontology import VERBAL_TYPES

MAX_CLIMB = 6
DEFAULT_RULE = "default"  # no rule decided: the sentence is reported or asserted
# dependencies of a clause on the word that governs its modality
GOVERNED_DEPS = frozenset(
    {"xcomp", "ccomp", "acl", "obl:arg", "obl", "advcl", "nmod", "obj", "dobj"}
)
REPORTED_DEPS = frozenset({"xcomp", "ccomp", "obj", "dobj"})
HYPOTHETICAL_DEPS = frozenset({"xcomp", "ccomp", "acl", "obl:arg", "advcl"})
# dependencies through which the chain climbs to the governing clause
CLIMB_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "obl:arg"})
# a relative clause or a participle climbs to the clause of the noun it describes
DESCRIBING_DEPS = frozenset({"acl:relcl", "relcl", "acl"})
# dependencies of a light verb's nouns ("issued an appeal", "lancé un appel à la …")
REQUEST_OBJECT_DEPS = frozenset({"obj", "dobj", "obl:arg"})
QUOTED_RULE = "quoted"
# types of the words whose object is what is asked for, or also what is promised
REQUESTS = frozenset({"REQUEST"})
PROMISES = frozenset({"REQUEST", "AGREE"})  # no rule decided and the trigger sits in quoted speech


def _negative_determiners(lang: LanguageData) -> frozenset[str]:
    return lang.triggers.NEGATIVE_DETERMINERS


def negated(tok: Token, lex: Triggers) -> bool:
    """ "did not attack", "no attack took place"."""
    # the negative determiners of every language: the rules always applied them all
    dets = every_language(_negative_determiners)
    words = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lex.NEGATION_WORDS):
            return True
        if c.dep_ in ("det",) and c.lower_ in dets:
            return True
    # two-word negations ("ne … plus") need both words
    return any(" " in n and set(n.split()) <= words for n in lex.NEGATION_WORDS)


def future(tok: Token, lex: Triggers) -> bool:
    """A future verb or auxiliary: "will attack", "they shall meet"."""
    if "Fut" in morph_values(tok, "Tense"):
        return True
    return any(
        c.dep_.startswith("aux")
        and ("Fut" in morph_values(c, "Tense") or c.lower_ in lex.FUTURE_GOVERNORS)
        for c in tok.children
    )


def conditional(tok: Token, lex: Triggers | None = None) -> bool:
    """A conditional verb or auxiliary (UD ``Mood=Cnd``, or "would")."""
    words = lex.CONDITIONAL_AUXILIARIES if lex is not None else frozenset()
    endings = lex.CONDITIONAL_ENDINGS if lex is not None else ()
    if "Cnd" in morph_values(tok, "Mood") or (
        "Fin" in morph_values(tok, "VerbForm") and tok.lower_.endswith(endings)
    ):
        return True
    return any(
        c.dep_.startswith("aux")
        and ("Cnd" in morph_values(c, "Mood") or c.lower_ in words or c.lower_.endswith(endings))
        for c in tok.children
    )


def _markers(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("mark", "case", "aux")}


# --------------------------------------------------------------------------- trigger rules

TriggerRule = Callable[[Trigger, Triggers], str | None]


def _called(trig: Trigger, lex: Triggers) -> str | None:
    """A protest called for has not happened yet: "unions called a strike"."""
    return "future" if trig.kind == "call" else None


def _denied_responsibility(trig: Trigger, lex: Triggers) -> str | None:
    """A light verb of denial: "the group denied any responsibility for the blast"."""
    if trig.kind == "light" and trig.predicate.lemma_.lower() in lex.DENIAL_VERBS:
        return "negated"
    return None


def _no_event_noun(trig: Trigger, lex: Triggers) -> str | None:
    """An event noun denied by its determiner: "police made no arrests", "n'a procédé à
    aucune arrestation", "no attack was reported"."""
    if trig.noun is None or trig.kind not in ("light", "noun"):
        return None
    if syntax.clause_head(trig.noun).i == trig.noun.i:
        return None  # a verbless "No attack on the town." is its own clause
    dets = every_language(_negative_determiners)
    if any(c.dep_ == "det" and c.lower_ in dets for c in trig.noun.children):
        return "negated"
    return None


def _alleged_noun(trig: Trigger, lex: Triggers) -> str | None:
    """An act an accusation names is claimed: "accused the militia of looting", also a
    gerund of its list ("accused them of looting and burning houses")."""
    if trig.kind == "noun" and trig.noun is not None and alleged_act(trig.noun, lex):
        return "claimed"
    if trig.kind == "verb" and alleged_act(trig.predicate, lex):
        return "claimed"
    return None


def request_word(tok: Token, lex: Triggers, types: frozenset[str] = REQUESTS) -> bool:
    """A verb or noun of request, demand or appeal: "demanded", "urged", "calls for",
    "un appel à" (of promise too with ``PROMISES``: "a promis une aide")."""
    low = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        entry = lex.NOUNS.get(low)
    else:
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        entry = lex.PHRASAL.get((low, particle)) if particle is not None else None
        entry = entry or lex.VERBS.get(low)
    return entry is not None and entry[0] in types


def _beside_request(noun: Token, verb: Token, lex: Triggers) -> bool:
    """Another object of ``verb`` is a request noun."""
    return any(
        c.i != noun.i and c.dep_ in REQUEST_OBJECT_DEPS and request_word(c, lex)
        for c in verb.children
    )


def _requested_noun(trig: Trigger, lex: Triggers) -> str | None:
    """What a request asks for or a promise offers has not happened: "demanded the
    release of the hostages", "called for an end to the shelling", "un appel à la
    libération des otages", "a promis une aide pour le Soudan"."""
    if trig.kind not in ("noun", "light") or trig.noun is None:
        return None
    noun = trig.noun
    if trig.kind == "light":
        # "lancé un appel à la libération": the parser hung the content on the light verb
        return "hypothetical" if _beside_request(noun, trig.predicate, lex) else None
    for _ in range(3):  # "an end to the shelling": through a noun the request governs
        gov = syntax.governor(noun)
        if gov.i == noun.i:
            return None
        if request_word(gov, lex, PROMISES):
            return "hypothetical"
        if gov.pos_ not in ("NOUN", "ADP"):
            return None
        noun = gov
    return None


def _prospect_noun(trig: Trigger, lex: Triggers) -> str | None:
    """An event a threat, a risk or a fear names has not happened: "the threat of air
    strikes", "le risque d'affrontements"."""
    if trig.kind != "noun" or trig.noun is None:
        return None
    gov = syntax.governor(trig.noun)
    if gov.i != trig.noun.i and gov.pos_ == "NOUN" and gov.lemma_.lower() in lex.PROSPECT_NOUNS:
        return "hypothetical"
    return None


TRIGGER_RULES: tuple[TriggerRule, ...] = (
    _called,
    _denied_responsibility,
    _no_event_noun,
    _alleged_noun,
    _requested_noun,
    _prospect_noun,
)


# --------------------------------------------------------------------------- clause rules

# (clause verb, trigger, lexicon) → a modality, or None to go on
ClauseRule = Callable[[Token, Trigger, Triggers], str | None]


def _negated_clause(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """ "the army did not shell the town"."""
    return "negated" if negated(tok, lex) else None


def _conditional_clause(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """A conditional is hypothetical ("would attack"), but under a reporting verb it is
    a future in the past ("said reinforcements would be sent"), and where the past
    conditional reports hearsay it is claimed ("des armes auraient été saisies"), unless
    an "if" clause hangs on it."""
    if not conditional(tok, lex):
        return None
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in lex.REPORTING_VERBS:
        return "future"
    if (
        lex.REPORTIVE_CONDITIONAL
        and _past_conditional(tok, lex)
        and not any(
            _markers(c) & lex.CONDITIONAL_MARKERS for c in tok.children if c.dep_ == "advcl"
        )
    ):
        return "claimed"
    return "hypothetical"


def _modal_clause(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """A modal auxiliary makes the event possible, not told: "Kopp could be charged",
    "people who might be targeted" (but "may have been killed" tells it unsure)."""
    auxes = [c.lower_ for c in tok.children if c.dep_.startswith("aux")]
    if not set(auxes) & lex.MODAL_AUXILIARIES or set(auxes) & lex.PERFECT_AUXILIARIES:
        return None
    return "hypothetical"


def _past_conditional(tok: Token, lex: Triggers) -> bool:
    """A conditional auxiliary with a past participle ("aurait franchi", "auraient été
    tués"): hearsay about a past event, unlike "attaquerait" (would attack)."""
    return "Part" in morph_values(tok, "VerbForm") and any(
        c.dep_.startswith("aux")
        and ("Cnd" in morph_values(c, "Mood") or c.lower_.endswith(lex.CONDITIONAL_ENDINGS))
        for c in tok.children
    )


def _future_clause(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """ "unions will march on Thursday"."""
    return "future" if future(tok, lex) else None


def _conditional_marker(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """ "if the rebels attack"."""
    return "hypothetical" if _markers(tok) & lex.CONDITIONAL_MARKERS else None


def _cut_off(tok: Token) -> bool:
    """A clause the parser cut off as its own sentence, with no main clause under it:
    "Sit-in devant le ministère, pour dénoncer les arriérés." (not "Pour X, les écoles
    ont été fermées", where the main clause hangs under it)."""
    clauses = ("ccomp", "conj", "parataxis", "advcl", "xcomp")
    return tok.dep_ == "ROOT" and not any(
        c.dep_ in clauses and c.pos_ in ("VERB", "AUX") for c in tok.children
    )


def _purpose_clause(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """An aim is no fact: "they gathered in order to protest"; but "used tear gas to
    disperse them" says the means was used."""
    if (
        (tok.dep_ == "advcl" or _cut_off(tok))
        and trig.mode != CROWD_CONTROL
        and _markers(tok) & lex.PURPOSE_MARKERS
        and ("Inf" in morph_values(tok, "VerbForm") or tok.tag_ == "VB")
    ):
        return "hypothetical"
    return None


def _prevented(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """A prevented act did not happen: "stopped protesters led by X from marching",
    "empêché les manifestants de défiler"."""
    if tok.dep_ not in HYPOTHETICAL_DEPS | {"pcomp"}:
        return None
    for a in list(tok.ancestors)[:4]:
        if a.lemma_.lower() in lex.PREVENTION_GOVERNORS:
            return "hypothetical"
    return None


def _infinitive_after_governor(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """An infinitive right after an aim or threat verb the parser did not make its
    governor: "le groupe menace de frapper" parsed as a noun phrase, "vowed to strike"."""
    if "Inf" not in morph_values(tok, "VerbForm") and tok.tag_ != "VB":
        return None
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].pos_ in ("ADP", "PART", "SCONJ", "ADV"):
        i -= 1  # "de", "to", "not", "d'abord"
    if i < tok.sent.start or i == tok.i - 1:
        return None  # no marker between them: not a governed infinitive
    before = tok.doc[i]
    if before.i == _governor(tok).i:
        return None  # parsed as governed: the governor rules read it
    if before.pos_ == "VERB" and before.lemma_.lower() in lex.HYPOTHETICAL_GOVERNORS:
        return "hypothetical"
    return None


def _reported_adverb(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """ "gunmen reportedly stormed the village": a report."""
    if any(c.dep_ == "advmod" and c.lower_ in lex.REPORT_ADVERBS for c in tok.children):
        return "claimed"
    return None


def _report_subject(tok: Token, trig: Trigger, lex: Triggers) -> str | None:
    """A report or an estimate as subject tells a claim: "local reports put the number
    of victims at sixty", "des rapports décrivent des attaques"."""
    subj = syntax.subject(tok)
    if subj is not None and subj.i != trig.token.i and subj.lemma_.lower() in lex.REPORT_NOUNS:
        return "claimed"
    return None


CLAUSE_RULES: tuple[ClauseRule, ...] = (
    _negated_clause,
    _conditional_clause,
    _modal_clause,
    _future_clause,
    _conditional_marker,
    _purpose_clause,
    _prevented,
    _infinitive_after_governor,
    _reported_adverb,
    _report_subject,
)


# --------------------------------------------------------------------------- governor rules

# (clause verb, its governor, lexicon) → a modality, or None to go on
GovernorRule = Callable[[Token, Token, Triggers], str | None]


def _denied(tok: Token, head: Token, lex: Triggers) -> str | None:
    """ "the ministry denied that troops fired on the crowd"."""
    return "negated" if head.lemma_.lower() in lex.DENIAL_VERBS else None


def _reported(tok: Token, head: Token, lex: Triggers) -> str | None:
    """Reported speech is claimed, unless the report is negated ("did not say they
    attacked") or future ("will announce they attacked")."""
    if head.lemma_.lower() not in lex.REPORTING_VERBS or tok.dep_ not in REPORTED_DEPS:
        return None
    if negated(head, lex):
        return "negated"
    if future(head, lex):
        return "future"
    return "claimed"


def _accused_of(tok: Token, head: Token, lex: Triggers) -> str | None:
    """What someone is accused of is claimed: "accused it of shelling civilians",
    "accuse l'armée d'avoir tué"."""
    entry = lex.VERBS.get(head.lemma_.lower())
    if entry is None or entry[0] != "ACCUSE" or entry[1] != "allege":
        return None
    return "claimed" if tok.dep_ in HYPOTHETICAL_DEPS | {"pcomp", "obl"} else None


def _believed(tok: Token, head: Token, lex: Triggers) -> str | None:
    """What is believed or suspected is claimed: "the army is believed to have killed
    20 rebels", "the militia is suspected of carrying out the raid", "les rebelles sont
    soupçonnés d'avoir tué"."""
    if head.lemma_.lower() in lex.BELIEF_VERBS and tok.dep_ in REPORTED_DEPS | {"pcomp", "acl"}:
        return "claimed"
    return None


def _hypothetical_governor(tok: Token, head: Token, lex: Triggers) -> str | None:
    """An aim, a plan or a modal: "the group aims to seize the town"."""
    if head.lemma_.lower() in lex.HYPOTHETICAL_GOVERNORS and tok.dep_ in (
        HYPOTHETICAL_DEPS | DESCRIBING_DEPS | {"pcomp"}
    ):  # "pcomp": through a preposition, "as a way of reviving the protests"
        return "hypothetical"  # also "the way in which the hostages were freed"
    return None


def _requested(tok: Token, head: Token, lex: Triggers) -> str | None:
    """What someone is urged or called on to do has not happened: "urged both sides to
    end the fighting", "a appelé les rebelles à déposer les armes"."""
    deps = HYPOTHETICAL_DEPS | REPORTED_DEPS | {"pcomp", "obl"}
    return "hypothetical" if tok.dep_ in deps and request_word(head, lex) else None


def _implicative_governor(tok: Token, head: Token, lex: Triggers) -> str | None:
    """ "managed to free them", "ce qui a permis d'arrêter des suspects": a fact when the
    governor is past (the chain goes on), an aim otherwise ("to allow them to leave")."""
    if head.lemma_.lower() not in lex.IMPLICATIVE_GOVERNORS or tok.dep_ not in HYPOTHETICAL_DEPS:
        return None
    past = "Past" in morph_values(head, "Tense") or any(
        c.dep_.startswith("aux") for c in head.children
    )
    return None if past and "Inf" not in morph_values(head, "VerbForm") else "hypothetical"


def _future_governor(tok: Token, head: Token, lex: Triggers) -> str | None:
    """ "talks are expected to resume"."""
    if head.lemma_.lower() in lex.FUTURE_GOVERNORS and tok.dep_ == "xcomp":
        # "decided to maintain the sanctions" keeps what already holds
        return None if tok.lemma_.lower() in lex.CONTINUATION_VERBS else "future"
    return None


GOVERNOR_RULES: tuple[GovernorRule, ...] = (
    _denied,
    _reported,
    _accused_of,
    _believed,
    _hypothetical_governor,
    _requested,
    _implicative_governor,
    _future_governor,
)


# --------------------------------------------------------------------------- driver


def _governor(tok: Token) -> Token:
    """The word governing a clause, through an English preposition ("accused it of
    shelling", "stopped them from marching")."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        return tok.head.head
    return tok.head


def _chain_modality(trig: Trigger, lex: Triggers) -> tuple[str, str] | None:
    """The first answer of the clause and governor rules up the clause chain, and the
    name of the rule that gave it. Out of a relative clause or a participle describing a
    noun, only reports and denials still count ("the attackers, who invaded the village,
    abducted five people, residents said")."""
    tok = trig.predicate
    if trig.kind == "noun" and trig.noun is not None:
        tok = syntax.clause_head(trig.noun)
    clause_rules, governor_rules = CLAUSE_RULES, GOVERNOR_RULES
    for _ in range(MAX_CLIMB):
        for clause_rule in clause_rules:
            found = clause_rule(tok, trig, lex)
            if found is not None:
                return found, clause_rule.__name__
        head = _governor(tok)
        if tok.dep_ in GOVERNED_DEPS | DESCRIBING_DEPS | {"pcomp"}:
            for governor_rule in governor_rules:
                found = governor_rule(tok, head, lex)
                if found is not None:
                    return found, governor_rule.__name__
        if tok.dep_ in DESCRIBING_DEPS:
            tok = syntax.clause_head(head)
            clause_rules, governor_rules = REPORT_CLAUSE_RULES, REPORT_GOVERNOR_RULES
            if tok.lemma_.lower() in lex.REPORTING_VERBS:
                return "claimed", _reported.__name__  # "announced a toll of 11 killed"
            continue
        if tok.dep_ not in CLIMB_DEPS | {"pcomp"}:
            return None
        tok = head
    return None


# out of a relative clause only reports and denials count
REPORT_CLAUSE_RULES: tuple[ClauseRule, ...] = (_reported_adverb,)
REPORT_GOVERNOR_RULES: tuple[GovernorRule, ...] = (_denied, _reported)


def _reported_sentence(trig: Trigger, lex: Triggers) -> bool:
    """A source marker ("according to"), an inserted reporting clause ("four were killed,
    the army said", "…, a-t-il précisé"), a reporting light verb ("claimed the attack") or
    an event noun claimed or confirmed ("the attack was claimed by X")."""
    tok = trig.predicate
    written = span_text(written_sentence(tok.sent)).lower()
    if any(m in written for m in lex.SOURCE_MARKERS):
        return True
    for r in (tok, tok.sent.root):
        if any(
            c.dep_ == "parataxis" and c.lemma_.lower() in lex.REPORTING_VERBS for c in r.children
        ):
            return True
    sent = tok.sent
    after = sent.doc[max(sent.start, trig.token.i + 1) : sent.end]  # tokens after the trigger
    if any(inserted_report(t, lex) for t in after):
        return True
    lemma = tok.lemma_.lower()
    if trig.kind == "noun" and trig.noun is not None and trig.noun.dep_ not in syntax.SUBJ:
        # "confirmed the attack", "a assuré que la situation était calme après des combats"
        return lemma in lex.REPORTING_VERBS and lemma not in lex.LIGHT_ONLY
    return trig.kind == "light" and lemma in lex.REPORTING_VERBS and lemma not in lex.LIGHT_ONLY


def _own_speech_act(trig: Trigger) -> bool:
    """A speech act the quote itself performs: "« Je demande à la population… »", "we
    condemn this attack"."""
    if trig.event_type not in VERBAL_TYPES:
        return False
    subj = syntax.subject(trig.predicate)
    return subj is not None and "1" in morph_values(subj, "Person")


def explain(trig: Trigger, lex: Triggers, quoted: bool = False) -> tuple[str, str]:
    """The modality of ``trig`` and the name of the rule that decided it
    (``DEFAULT_RULE`` when the sentence alone decided: claimed or asserted;
    ``QUOTED_RULE`` when the trigger sits in quoted speech, ``quoted``)."""
    for rule in TRIGGER_RULES:
        found = rule(trig, lex)
        if found is not None:
            return found, rule.__name__
    chained = _chain_modality(trig, lex)
    if chained is not None:
        return chained
    if _reported_sentence(trig, lex):
        return "claimed", DEFAULT_RULE
    if quoted and not _own_speech_act(trig):
        return "claimed", QUOTED_RULE
    return "asserted", DEFAULT_RULE


def modality(trig: Trigger, lex: Triggers, quoted: bool = False) -> str:
    """asserted | claimed | negated | future | hypothetical, read up the clause chain
    (``quoted``: the trigger sits in quoted speech)."""
    return explain(trig, lex, quoted)[0]
