"""Language-neutral helpers over spaCy dependency trees.

French spaCy models use Universal Dependencies labels (``nsubj:pass``, ``obl:agent``,
``case`` children on nouns); English ones use ClearNLP labels (``nsubjpass``, ``agent``,
``prep``/``pobj``). These helpers hide the difference so the extractor reads one API.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from eventline import lang as langdata
from eventline.columns import Columns, columns

SUBJ = frozenset({"nsubj", "csubj", "expl:subj"})
PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass", "csubjpass"})
OBJ = frozenset({"obj", "dobj"})
PASS_AUX = frozenset({"aux:pass", "auxpass"})
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "csubj"}
)
NP_CUT_DEPS = frozenset(
    {"acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "dep", "cc"}
)


# Tokens carry no language of their own here: the function words below are those of every
# supported language (lang/<code>/function_words.py), as they always were.


@langdata.derived
@cache
def rel_pronouns() -> frozenset[str]:
    """Lower-case relative pronouns ("qui", "which")."""
    return frozenset(
        w.lower()
        for code in langdata.SUPPORTED
        for w in langdata.get(code).function_words.RELATIVE_PRONOUNS
    )


@langdata.derived
@cache
def _infinitive_markers() -> frozenset[str]:
    """Lower-case markers of an infinitive complement ("de", "à", "to")."""
    return frozenset(
        w.lower()
        for code in langdata.SUPPORTED
        for w in langdata.get(code).function_words.INFINITIVE_MARKERS
    )


def prep_of(tok: Token) -> str | None:
    """The preposition introducing ``tok``'s phrase, lower-cased (multi-word kept)."""
    return _prep_at(columns(tok.doc), tok.i)


def _prep_at(cols: Columns, i: int) -> str | None:
    """:func:`prep_of` of token ``i``, read from the doc's columns."""
    dep = cols.dep
    if dep[i] == "pobj" and dep[cols.head[i]] in ("prep", "agent"):
        return cols.lower[cols.head[i]]
    # the first case child on the left
    c = next((c for c in cols.children[i] if c < i and dep[c] == "case"), None)
    if c is None:
        return None
    words = [cols.lower[c]] + [cols.lower[f] for f in cols.children[c] if dep[f] == "fixed"]
    return " ".join(words)


def governor(tok: Token) -> Token:
    """Syntactic governor of ``tok``, skipping an English preposition node."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return tok.head.head
    return tok.head


def pp_children(tok: Token) -> Iterator[tuple[str, Token]]:
    """``(preposition, noun head)`` of the prepositional phrases attached to ``tok``."""
    doc = tok.doc
    cols = columns(doc)
    for c in cols.children[tok.i]:
        if cols.dep[c] in ("prep", "agent"):
            for p in cols.children[c]:
                if cols.dep[p] == "pobj":
                    yield cols.lower[c], doc[p]
            # "according to", "next to": prep with a fixed second word
        else:
            prep = _prep_at(cols, c)
            if prep is not None:
                yield prep, doc[c]


def is_passive(verb: Token) -> bool:
    """A passive needs its auxiliary ("a été attaqué", "was attacked"); a subject merely
    labelled passive under "ont manifesté" is a parser slip, not a passive."""
    cols = columns(verb.doc)
    deps = [cols.dep[c] for c in cols.children[verb.i]]
    if any(d in PASS_AUX for d in deps):
        return True
    if "aux:tense" in deps:
        return False
    if any(d in PASS_SUBJ for d in deps):
        return True
    return _shared_passive(verb)


def _shared_passive(verb: Token) -> bool:
    """A bare participle coordinated with a passive shares its auxiliary and subject:
    "were dragged and beaten by", "ont été enlevés puis tués par"."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or "Part" not in verb.morph.get("VerbForm", []):
        return False
    if "Pres" in verb.morph.get("Tense", []) or verb.tag_ == "VBG":
        return False
    own = any(c.dep_.startswith(("aux", "nsubj", "expl")) or c.dep_ in OBJ for c in verb.children)
    return not own and is_passive(verb.head)


def subject(verb: Token) -> Token | None:
    """Active subject of ``verb``, inherited through control/coordination when absent."""
    seen = 0
    v: Token | None = verb
    doc = verb.doc
    cols = columns(doc)
    while v is not None and seen < 6:
        seen += 1
        for c in cols.children[v.i]:
            if cols.dep[c] in SUBJ or (cols.dep[c] in PASS_SUBJ and not is_passive(v)):
                if cols.lower[c] in rel_pronouns() and v.dep_ in ("acl:relcl", "relcl"):
                    return v.head
                return doc[c]
        if v.dep_ == "xcomp" and v.head.i != v.i:
            # object control: "accuser l'armée de mener des frappes", "urged X to end":
            # the object of the governing verb is the subject of its complement
            obj = _controller(v.head)
            if obj is not None and obj.i < v.i and _marked(v):
                return obj
        if v.dep_ in ("pcomp",) and v.head.dep_ == "prep" and v.head.head.dep_ == "acl":
            # "three men suspected of supplying fuel": the participle's noun is the subject
            return v.head.head.head
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            # "accused the army of shelling", "stopped them from marching"
            obj = _controller(v.head.head)
            if obj is not None and obj.i < v.i:
                return obj
        listed = _listed_act_controller(v)
        if listed is not None:
            return listed
        infinitive = _marked(v) or "Inf" in v.morph.get("VerbForm", [])
        if v.dep_ == "xcomp" and infinitive and v.head.i != v.i and is_passive(v.head):
            # raised to a passive: "the troops are expected to leave", "were ordered to
            # abandon", "sont censés quitter"
            raised = passive_subject(v.head)
            if raised is not None and raised.lower_ not in rel_pronouns():
                return raised
        if v.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acomp") and v.head.i != v.i:
            # a conjunct with its own passive subject does not share the active one
            if any(c.dep_ in PASS_SUBJ for c in v.children):
                return None
            v = v.head
            continue
        return None
    return None


def _listed_act_controller(v: Token) -> Token | None:
    """A gerund listed after the first act of "accused X of <gerund> …", which the parser
    hung as a conjunct on that act's last noun ("accused the militia of shelling the
    villages, looting and driving out farmers"): X, the controller of the first act."""
    gerund = "Prog" in v.morph.get("Aspect", []) or v.tag_ == "VBG"
    if not gerund or v.dep_ != "conj" or v.head.pos_ not in ("NOUN", "PROPN"):
        return None
    for a in v.ancestors:
        if a.dep_ == "pcomp" and a.head.dep_ == "prep":
            obj = _controller(a.head.head)
            return obj if obj is not None and obj.i < a.i else None
    return None


def _controller(verb: Token) -> Token | None:
    """The object that controls a complement's subject: a noun, or a personal pronoun
    ("nous a permis de", "accused it of"), never a relative or reflexive one."""
    obj = direct_object(verb) or next((c for c in verb.children if c.dep_ == "iobj"), None)
    if obj is None or obj.pos_ != "PRON":
        return obj
    if obj.lower_ in rel_pronouns() or "Yes" in obj.morph.get("Reflex", []):
        return None
    return obj if obj.morph.get("Person", []) else None


def _marked(v: Token) -> bool:
    """An infinitive complement introduced by a marker ("de", "à", "to")."""
    markers, cols = _infinitive_markers(), columns(v.doc)
    return any(
        cols.dep[c] in ("mark", "aux") and cols.lower[c] in markers for c in cols.children[v.i]
    )


def passive_subject(verb: Token) -> Token | None:
    cols = columns(verb.doc)
    for c in cols.children[verb.i]:
        if cols.dep[c] in PASS_SUBJ:
            if cols.lower[c] in rel_pronouns() and verb.dep_ in ("acl:relcl", "relcl"):
                return verb.head
            return verb.doc[c]
    if verb.dep_ == "conj" and is_passive(verb.head):
        return passive_subject(verb.head)
    return None


def direct_object(verb: Token) -> Token | None:
    cols = columns(verb.doc)
    c = next((c for c in cols.children[verb.i] if cols.dep[c] in OBJ), None)
    return verb.doc[c] if c is not None else None


def agent(verb: Token, agent_preps: frozenset[str]) -> Token | None:
    for c in verb.children:
        if c.dep_ == "obl:agent":
            return c
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    for prep, np in pp_children(verb):
        if prep in agent_preps and is_passive(verb):
            return np
    return None


def _word_hyphen(tok: Token) -> bool:
    """A hyphen inside one written word ("Al-Shabaab", "Mai-Mai"): part of the name."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and doc[tok.i - 1].is_alpha
        and doc[tok.i + 1].is_alpha
    )


def np_span(head: Token, *, cut: frozenset[int] = frozenset(), max_tokens: int = 14) -> Span:
    """The noun phrase headed by ``head``: its subtree minus clauses, punctuation edges
    and the subtrees listed in ``cut`` (token indexes of children to drop)."""
    keep: set[int] = set()

    def walk(t: Token) -> None:
        keep.add(t.i)
        for c in t.children:
            if c.i in cut or (
                c.dep_ in NP_CUT_DEPS
                and not _bare_participle(c)
                and not _word_hyphen(c)
                and not (c.dep_ == "cc" and t is not head and t.i < head.i and t.pos_ == "PROPN")
            ):
                continue  # a coordinated modifier keeps its "and": "ELN and FARC fighters"
            if (
                c.dep_ == "appos"
                and c.i > t.i
                and _comma_between(t, c)
                and not (t is head and _names_head(head, c))
            ):
                continue
            walk(c)

    walk(head)
    # contiguous block around the head
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = head.doc
    while lo < hi and (
        doc[lo].is_punct
        or doc[lo].dep_ in ("cc", "case", "mark", "advmod", "fixed")
        or doc[lo].pos_ in ("ADP", "ADV")
    ):
        lo += 1
    while hi > lo and doc[hi].is_punct and doc[hi].text not in (")",):
        hi -= 1
    if hi - lo + 1 > max_tokens:
        hi = min(hi, max(head.i, lo + max_tokens - 1))
        lo = max(lo, hi - max_tokens + 1)
    if doc[hi].text == ")" and "(" not in doc[lo:hi].text:
        hi -= 1
    return doc[lo : hi + 1]


def _bare_participle(tok: Token) -> bool:
    """A participle with no dependents right after its noun is an adjective ("des hommes
    armés", "displaced people"), not a clause."""
    return (
        tok.dep_ == "acl"
        and tok.i == tok.head.i + 1
        and not any(True for _ in tok.children)
        and tok.pos_ in ("VERB", "ADJ")
    )


def _names_head(head: Token, appos: Token) -> bool:
    """ "la cheffe de l'opposition, Svetlana X", "an activist, Giorgi Y": a proper name in
    apposition to a common noun names the person the description is about."""
    return head.pos_ == "NOUN" and appos.pos_ == "PROPN" and appos.i <= head.i + 12


def _comma_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text in (",", "(") for t in a.doc[lo:hi])


def clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (``tok`` itself for a verb)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" or t.head.i == t.i:
            return t
        t = t.head
    return t
