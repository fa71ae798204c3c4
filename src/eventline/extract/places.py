"""Places of a sentence and the trigger each one locates.

Place spans are the sentence's place entities plus proper nouns a place preposition
introduces. Each place belongs to the nearest trigger above it in the tree; a place in
the actor's phrase ("residents of X protested") locates a deed only when nothing else
does, and a place inside the target of a statement or describing a person ("its
ambassador in X") locates nothing. A trigger's places are grouped: coordinated places
("in X and in Y") start new groups, one mention each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span, Token

from eventline import lang as langdata
from eventline import syntax
from eventline.columns import columns
from eventline.enrich import actors
from eventline.enrich import gazetteer as geo
from eventline.extract.roles import Roles
from eventline.extract.sentences import SentenceMemo, doc_text, sentences
from eventline.extract.tokens import ACTOR_LABELS, PLACE_LABELS, is_actorish
from eventline.extract.triggers import Trigger
from eventline.lang.base import LanguageData, Triggers
from eventline.model import Article, PlaceName
from eventline.nlp import Paragraph
from eventline.ontology import PLACE_TARGET_TYPES

BLOCKED = -1  # the place sits in a clause that belongs to no trigger
MAX_CLIMB = 15
# dependency labels of a place used as a participant, not as where something happens
PARTICIPANT_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "obj", "dobj", "iobj", "poss", "nmod:poss",
     "agent", "compound", "amod"}
)  # fmt: skip

# A dateline opens an article: "(Xville) ...", "XVILLE, (Agency) – ...", "Xville, 3 May
# (Agency) - ...". The place is the article's place, never an actor or a target.
_DATELINE = re.compile(
    r"^\s*(?:\((?P<paren>[^()\n]{2,40})\)\s+"
    r"|(?P<place>(?=[A-ZÀ-ÖØ-Þ])[^,()\n—–]{1,40}?)\s*(?:,[^()\n—–]{0,40}?)?\s*"
    r"(?:\([^()\n]{1,30}\)\s*)?[—–-]{1,2}\s)"
)


def dateline(text: str, lang: str) -> tuple[int, int, int] | None:
    """(start, end) of the place of a dateline opening ``text`` and the end of the whole
    dateline, when its place is one the gazetteer knows."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    group = "paren" if m.group("paren") else "place"
    start, end = m.span(group)
    name = text[start:end].strip()
    # a dateline writes its place in capitals ("XVILLE"), which is not an acronym
    if geo.resolve(name.title() if name.isupper() else name, lang) is None:
        return None
    return start, start + len(name), m.end()


def dateline_tokens(sent: Span, lang: str) -> frozenset[int]:
    """Indexes of the tokens of the dateline opening ``sent`` (a paragraph's first
    sentence), if any: they are the article's place, not an actor or a target."""
    if sent.start != 0:
        return frozenset()
    found = dateline(doc_text(sent.doc), lang)
    if found is None:
        return frozenset()
    return frozenset(t.i for t in sent if t.idx < found[2])


@langdata.derived
@cache
def _calendar_words() -> frozenset[str]:
    """Folded weekday and month names of every language."""
    return frozenset(
        geo.fold(w) for d in langdata.every() for w in (*d.dates.WEEKDAYS, *d.dates.MONTHS)
    )


def trim_place(span: Span, lang: LanguageData) -> Span | None:
    """A place span without the lower-case or calendar words a tagger may glue to it
    ("Xville mercredi matin" → "Xville"), or None when nothing is left."""
    calendar = _calendar_words()
    capitalised = lang.places.PLACE_NAMES_CAPITALISED
    start, end = span.start, span.end
    doc = span.doc
    while start < end and geo.fold(doc[start].text) in calendar:
        start += 1
    while end > start and (
        geo.fold(doc[end - 1].text) in calendar
        or (capitalised and doc[end - 1].is_alpha and doc[end - 1].is_lower)
        or doc[end - 1].is_punct
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _clock_place(span: Span, lang: LanguageData) -> bool:
    """ "10 h (heure de X)", "10 am X time": a time zone, not a place."""
    doc = span.doc
    before = doc[max(0, span.start - 4) : span.start].text.lower()
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    fw = lang.places
    return any(before.endswith(w) for w in fw.TIME_ZONE_BEFORE) or after in fw.TIME_ZONE_AFTER


def _route(span: Span, lang: LanguageData) -> bool:
    """Places joined by a hyphen name a route, a line or a train, not a place: "the
    Xville-Yville road", "un Xville-Yville" (a name the gazetteer knows whole stays one
    place: "Xa-Ville")."""
    text = span.text
    parts = text.split("-")
    if len(parts) < 2 or any(not p or not p[0].isupper() or " " in p for p in parts):
        return False
    if geo.resolve(text, lang.code) is not None:
        return False
    return all(geo.resolve(p, lang.code) is not None for p in parts)


def not_a_place(span: Span, lang: LanguageData) -> bool:
    """Words that are never places: codes with digits, weekdays, nationality or language
    words, lower-case phrases, clock times ("heure de X"), routes ("Xville-Yville")."""
    if geo.not_a_name(span.text) or _clock_place(span, lang) or _route(span, lang):
        return True
    return lang.places.PLACE_NAMES_CAPITALISED and not any(c.isupper() for c in span.text)


def _place_noun(tok: Token, lang: LanguageData) -> bool:
    """A noun naming a kind of place ("region", "village", "community")."""
    lemma = tok.lemma_.lower()
    return lemma in lang.triggers.PLACE_NOUNS or lemma in lang.places.SETTLEMENT_WORDS


def _place_modifier(tok: Token, lang: LanguageData) -> bool:
    """A place name used as a modifier ("the Ruritanian army") or a possessor ("X's
    war") qualifies a noun; it locates nothing (unless that noun is itself a place: "X
    region", "X's suburbs")."""
    head = tok.head
    if tok.dep_ in ("poss", "nmod:poss"):
        return head.pos_ == "NOUN" and not _place_noun(head, lang)
    return tok.dep_ in ("compound", "amod") and head.pos_ == "NOUN" and not _place_noun(head, lang)


def _is_unnamed_place(chunk: Span, prep: str | None, lang: LanguageData) -> bool:
    """A village the gazetteer lacks: "in Xville", "the village of Xville", "Xville
    Village"."""
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
            or (prep is not None and prep in lang.places.NEAR_PHRASES)  # "around Xville"
            or _settlement_name(chunk, lang)
        )
    )


def _settlement_name(chunk: Span, lang: LanguageData) -> bool:
    """A name whose own first or last word is a settlement word ("Xville Village")."""
    words = lang.places.SETTLEMENT_WORDS
    return len(chunk) > 1 and any(
        t.lower_ in words and t.text[:1].isupper() for t in (chunk[0], chunk[-1])
    )


def _misc_place(ent: Span, lang: LanguageData) -> bool:
    """A town the tagger typed as a miscellaneous name, after a preposition ("les
    positions en profondeur de Xville"): a known city of more than a few thousand."""
    if ent.label_ != "MISC" or syntax.prep_of(ent.root) is None:
        return False
    place = geo.resolve(ent.text, lang.code)
    return place is not None and place.kind == "city"


def _bounds_only(place: Span, lang: LanguageData) -> bool:
    """A place that only bounds another ("près de la frontière avec X", "near the border
    with X"): the event is not in X."""
    tok = place.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return syntax.governor(tok).lemma_.lower() in lang.places.BORDER_NOUNS


def _proper_noun_chunks(sent: Span, taken: set[int]) -> list[Span]:
    """Runs of proper nouns outside the entities."""
    out: list[Span] = []
    pos = columns(sent.doc).pos
    i = sent.start
    while i < sent.end:
        if pos[i] != "PROPN" or i in taken:
            i += 1
            continue
        j = i
        while j + 1 < sent.end and pos[j + 1] == "PROPN" and j + 1 not in taken:
            j += 1
        out.append(sent.doc[i : j + 1])
        i = j + 1
    return out


MAX_TOWN_WORDS = 4  # words of a town name before its bracketed admin hierarchy
MAX_BRACKET_TOKENS = 14
HYPHENS = ("-", "'", "’")  # joining the parts of a name ("Xa-Ville")


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.like_num


def _town_before(doc_i: int, sent: Span, lang: LanguageData) -> Span | None:
    """The name ending just before token ``doc_i``: capitalised words, hyphen-joined parts
    ("Xa-Ville"), and one trailing settlement or admin word ("Xville township")."""
    doc = sent.doc
    end = doc_i
    words = lang.places.SETTLEMENT_WORDS | lang.places.ADMIN_WORDS
    if end - 1 > sent.start and doc[end - 1].lower_ in words and _capitalised(doc[end - 2]):
        i = end - 2
    else:
        i = end - 1
    if i < sent.start or not _capitalised(doc[i]):
        return None
    start, n = i, 1
    while start - 1 >= sent.start and n < MAX_TOWN_WORDS:
        prev = doc[start - 1]
        if prev.text in HYPHENS and not prev.whitespace_ and start - 2 >= sent.start:
            if not _capitalised(doc[start - 2]) or doc[start - 2].whitespace_:
                break
            start -= 2
        elif _capitalised(prev) and not prev.is_sent_start:
            start -= 1
        else:
            break
        n += 1
    return doc[start:end]


def _bracket_pieces(inside: Span) -> list[Span] | None:
    """The comma-separated names of a bracket, each with a capital and no number, else
    None."""
    pieces: list[Span] = []
    start = inside.start
    for tok in [*inside, None]:
        if tok is None or tok.text == ",":
            end = tok.i if tok is not None else inside.end
            piece = inside.doc[start:end]
            if len(piece) == 0 or not any(_capitalised(t) for t in piece):
                return None
            if any(t.like_num or (t.is_punct and t.text not in HYPHENS) for t in piece):
                return None
            pieces.append(piece)
            if tok is not None:
                start = tok.i + 1
    return pieces


def admin_hierarchies(sent: Span, lang: LanguageData) -> list[tuple[Span, Span, list[Span]]]:
    """ "Xville (District, Region)", "près de Xville (Cercle, Région)": the town, the whole
    bracket and its names, when the gazetteer knows the bracket's widest (last) name. The
    town is the place; the bracket only tells which one (its country, its region)."""
    out: list[tuple[Span, Span, list[Span]]] = []
    doc = sent.doc
    if "(" not in doc_text(doc)[sent.start_char : sent.end_char]:
        return out  # no bracket in the sentence (without a walk over its tokens)
    lower = columns(doc).lower  # a bracket's lower case is itself
    for i in range(sent.start + 1, sent.end):
        if lower[i] != "(":
            continue
        tok = doc[i]
        window = doc[tok.i + 1 : min(sent.end, tok.i + MAX_BRACKET_TOKENS)]
        close = next((t for t in window if t.text in ("(", ")")), None)
        if close is None or close.text != ")" or close.i == tok.i + 1:
            continue
        pieces = _bracket_pieces(doc[tok.i + 1 : close.i])
        town = _town_before(tok.i, sent, lang)
        if pieces is None or town is None or geo.is_acronym(town.text):
            continue
        if not_a_place(town, lang) or actors.describe(town.text, lang.code).sector:
            continue
        widest = pieces[-1].text
        if geo.resolve(widest, lang.code) is None and geo.resolve_region(widest, lang.code) is None:
            continue
        out.append((town, doc[tok.i : close.i + 1], pieces))
    return out


def _misnamed_place(ent: Span, lang: LanguageData) -> bool:
    """A town the tagger typed as a person or an organisation after a place preposition
    ("clashed in Xville"): a name the gazetteer knows and that names no known actor."""
    if ent.label_ not in ACTOR_LABELS or ent.label_ == "NORP" or geo.is_acronym(ent.text):
        return False
    prep = syntax.prep_of(ent.root)
    if prep is None or prep not in lang.triggers.STRICT_LOCATION_PREPS:
        return False
    return geo.resolve(ent.text, lang.code) is not None and not _known_actor(ent.text, lang)


def _known_actor(text: str, lang: LanguageData) -> bool:
    """A name the actor tables know (an armed group, a party): never a place."""
    return actors.describe(text, lang.code).sector is not None


_PLACE_SPANS: SentenceMemo[tuple[Span, ...]] = SentenceMemo()


def place_spans(sent: Span, lang: LanguageData) -> list[Span]:
    """Place entities of the sentence, plus proper nouns the tagger missed that the
    gazetteer knows and that a place preposition introduces ("in Xville"), plus the towns
    of bracketed admin hierarchies and the names of their brackets (read once a sentence:
    attach_places and article_places both ask)."""
    return list(_PLACE_SPANS.get(sent, lang, lambda: tuple(_place_spans(sent, lang))))


def _place_spans(sent: Span, lang: LanguageData) -> list[Span]:
    lex = lang.triggers
    hierarchies = admin_hierarchies(sent, lang)
    claimed = {t.i for town, bracket, _ in hierarchies for t in (*town, *bracket)}
    spans = [
        e
        for e in sent.ents
        if (e.label_ in PLACE_LABELS or _misc_place(e, lang) or _misnamed_place(e, lang))
        and e.root.pos_ != "ADJ"
        and not _place_modifier(e.root, lang)
        and not any(t.i in claimed for t in e)
        and (geo.resolve(e.text, lang.code) is not None or not _known_actor(e.text, lang))
    ]
    spans += [town for town, _, _ in hierarchies]
    spans += [piece for _, _, pieces in hierarchies for piece in pieces]
    taken = {t.i for e in sent.ents for t in e} | claimed
    for chunk in _proper_noun_chunks(sent, taken):
        prep = syntax.prep_of(chunk.root)
        known = (
            prep is not None and prep in lex.LOCATION_PREPS and geo.resolve(chunk.text, lang.code)
        )
        if known or _is_unnamed_place(chunk, prep, lang):
            spans.append(chunk)
    skip = dateline_tokens(sent, lang.code)
    kept = []
    for span in spans:
        trimmed = trim_place(span, lang)
        if trimmed is None or not_a_place(trimmed, lang) or trimmed.root.i in skip:
            continue
        kept.append(trimmed)
    return sorted(kept, key=lambda s: s.start)


def _locative(span: Span, lang: LanguageData) -> bool:
    """A place named as where something is ("à X", "in X"), not as a participant (the
    subject, an object, a possessor: "X a annoncé", "X's army")."""
    lex = lang.triggers
    prep = syntax.prep_of(span.root)
    if prep is not None:
        return prep in lex.LOCATION_PREPS or prep in lex.DIRECTION_PREPS
    return span.root.dep_ not in PARTICIPANT_DEPS


def _dateline_place(paragraphs: Sequence[Paragraph], lang: str) -> PlaceName | None:
    if not paragraphs:
        return None
    first = paragraphs[0]
    found = dateline(doc_text(first.doc), lang)
    if found is None:
        return None
    start, end, _ = found
    off = first.offset
    text = doc_text(first.doc)[start:end]
    return PlaceName(text, off + start, off + end, 0, first.index, True, dateline=True)


def article_places(paragraphs: Sequence[Paragraph], lang: LanguageData) -> list[PlaceName]:
    """Every place an article names, in text order, its dateline first: what an event
    whose own clause names no place inherits (enrich.places)."""
    out: list[PlaceName] = []
    head = _dateline_place(paragraphs, lang.code)
    if head is not None:
        out.append(head)
    for ref in sentences(paragraphs):
        brackets = _bracket_tokens(ref.span, lang)
        for span in place_spans(ref.span, lang):
            start = ref.offset + span.start_char
            out.append(
                PlaceName(
                    span.text, start, start + len(span.text), ref.index, ref.paragraph,
                    span.start not in brackets and _locative(span, lang),
                )
            )  # fmt: skip
    return out


def extract_places(article: Article, paragraphs: Sequence[Paragraph]) -> list[PlaceName]:
    """The places ``article`` names (:func:`article_places`)."""
    return article_places(paragraphs, langdata.get(article.lang or langdata.DEFAULT))


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
    if verb.dep_ in ("acl:relcl", "relcl"):
        return True  # "the groups that fuelled the war in X": X locates their deed
    if verb.dep_ == "acl":
        return "Inf" in verb.morph.get("VerbForm", None) or any(
            c.dep_ == "mark" for c in verb.children
        )
    return False


def _owner(ent: Span, owners: dict[int, int], markers: frozenset[str] = frozenset()) -> int | None:
    """Index of the trigger whose clause contains ``ent`` (nearest ancestor trigger),
    ``BLOCKED`` inside another verb's subordinate clause ("to protest against the
    support of X" does not locate the main event) or inside the phrase of an earlier
    event ("after the vote in X": ``markers``)."""
    t = ent.root
    for _ in range(MAX_CLIMB):
        if t.i in owners:
            return owners[t.i]
        if t.pos_ == "VERB" and _subordinate_clause(t):
            return BLOCKED
        if _anchor_phrase(t, markers):
            return BLOCKED
        if _coordinated_predicate(t):
            return BLOCKED  # "X attacked Y and then withdrew to Z": Z is the withdrawal's
        t = t.head
    return None


def _coordinated_predicate(t: Token) -> bool:
    """A predicate coordinated with another one (a verb, or a noun or adjective with a
    copula: "they were freed and will be back in X") is its own clause."""
    if t.dep_ != "conj" or t.head.i == t.i:
        return False
    return t.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in t.children)


@langdata.derived
@cache
def _anchor_markers(code: str) -> frozenset[str]:
    """Words opening the phrase of another, anchoring event: "après", "in retaliation
    for" (the discourse tables the linker reads)."""
    d = langdata.get(code).discourse
    return frozenset(m.lower() for m in (*d.PREP_ORDER, *d.CAUSE_MARKERS))


def _anchor_phrase(t: Token, markers: frozenset[str]) -> bool:
    """A noun phrase naming another event the clause is ordered against or caused by
    ("après le vote en X", "in retaliation for the raid on X")."""
    if t.pos_ not in ("NOUN", "PROPN") or not markers:
        return False
    lead = " ".join(w.lower_ for w in t.doc[t.left_edge.i : t.i])
    return any(lead == m or lead.startswith(m + " ") for m in markers)


def _place_owner(
    place: Span, owners: dict[int, int], triggers: Sequence[Trigger], markers: frozenset[str]
) -> int | None:
    """The trigger ``place`` belongs to, if any: a place outside every trigger clause
    belongs to the sentence's only trigger, unless that trigger names another event the
    clause is ordered against ("X was calm again after the attack")."""
    k = _owner(place, owners, markers)
    if k == BLOCKED:
        return None
    if k is None:
        only = len(triggers) == 1 and not _anchor_phrase(triggers[0].token, markers)
        return 0 if only else None
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
    hierarchies = admin_hierarchies(sent, lang)
    brackets = _bracket_tokens(sent, lang, hierarchies)
    for place in place_spans(sent, lang):
        if place.start in brackets:
            continue  # a bracket's names only tell which town is meant
        k = _place_owner(place, owners, triggers, _anchor_markers(lang.code))
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
    for n, places in per_trigger.items():
        inside = [p for p in places if not _bounds_only(p, lang)]
        per_trigger[n] = _with_brackets(inside or places, hierarchies)
    for n, trig in enumerate(triggers):
        head = _participle_head(trig.predicate) or _object_event_head(trig.token)
        m = owners.get(head.i) if head is not None else None
        if n not in per_trigger and m is not None and m != n and m in per_trigger:
            per_trigger[n] = per_trigger[m]
    for n, trig in enumerate(triggers):
        m = next((k for k, t in enumerate(triggers) if _same_time(t, trig, lang)), None)
        if n not in per_trigger and m is not None and m in per_trigger:
            per_trigger[n] = per_trigger[m]
    return per_trigger


def _same_time(clause: Trigger, main: Trigger, lang: LanguageData) -> bool:
    """ "three were killed when gunmen raided Xville": ``clause`` is an adverbial clause of
    the same moment on ``main``'s verb; what it locates, the main deed shares."""
    verb = clause.predicate
    return (
        verb.dep_ == "advcl"
        and verb.head.i == main.predicate.i
        and verb.i != main.predicate.i
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in lang.places.SAME_TIME_MARKERS
            for c in verb.children
        )
    )


def _object_event_head(noun: Token) -> Token | None:
    """ "police dispersed a march in X": an event named as the object of another deed
    happened where that deed did."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("obj", "dobj") or noun.head.pos_ != "VERB":
        return None
    return noun.head


def _participle_head(verb: Token) -> Token | None:
    """ "rioted in X, torching two buses": the verb a following participle clause without
    a subject of its own hangs on; the clause shares that verb's place."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    participle = any(f in ("Part", "Ger") for f in verb.morph.get("VerbForm", []))
    if verb.dep_ != "advcl" or not participle or verb.i < verb.head.i:
        return None
    if any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in verb.children):
        return None
    return verb.head


def _bracket_tokens(
    sent: Span,
    lang: LanguageData,
    hierarchies: Sequence[tuple[Span, Span, list[Span]]] | None = None,
) -> frozenset[int]:
    """Indexes of the tokens inside the sentence's admin-hierarchy brackets."""
    found = admin_hierarchies(sent, lang) if hierarchies is None else hierarchies
    return frozenset(t.i for _, bracket, _ in found for t in bracket)


def _with_brackets(
    places: list[Span], hierarchies: Sequence[tuple[Span, Span, list[Span]]]
) -> list[Span]:
    """Each town followed by its bracket ("(District, Region)"), which tells the enricher
    which town it is."""
    out: list[Span] = []
    for p in places:
        out.append(p)
        out += [b for town, b, _ in hierarchies if town.start <= p.start < town.end]
    return out


def place_anaphor(
    trig: Trigger, lex: Triggers, settlements: frozenset[str] = frozenset()
) -> Span | None:
    """ "in the region", "to the area": a definite place noun that points back to a place
    named earlier in the article; a settlement hit by an attack ("they stormed the
    village") is where the attack was."""
    heads = [trig.predicate] + ([trig.noun] if trig.noun is not None else [])
    obj = syntax.direct_object(trig.predicate) if trig.event_type in PLACE_TARGET_TYPES else None
    if (
        obj is not None
        and obj.lemma_.lower() in settlements
        and any(c.dep_ == "det" for c in obj.children)
        and not any(c.dep_ in ("nmod", "amod", "compound", "prep") for c in obj.children)
    ):
        return syntax.np_span(obj)
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
        coordinated = root.dep_ == "conj" and bool(groups) and p.text[:1] != "("
        if not groups or coordinated:
            groups.append([p])
        else:
            groups[-1].append(p)
    return groups
