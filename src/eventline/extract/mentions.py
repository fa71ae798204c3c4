"""The mentions of one sentence: each trigger read for roles, mode, modality, places,
date and casualties, then split into one mention per place group."""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass

from spacy.tokens import Span

from eventline import syntax
from eventline.extract.casualties import (
    Casualties,
    casualty_owner,
    extract_casualties,
    unowned_toll_trigger,
)
from eventline.extract.dates import Dating, anchor_date_of, attach_dates
from eventline.extract.modality import modality
from eventline.extract.mode import crowd_control, instrument_mode, mobilised_mode
from eventline.extract.places import (
    attach_places,
    dateline_tokens,
    group_places,
    place_anaphor,
)
from eventline.extract.roles import Roles, read_roles
from eventline.extract.sentences import SentenceMemo, SentenceRef, span_text
from eventline.extract.tokens import morph_pairs, subtree_ids
from eventline.extract.triggers import (
    Trigger,
    describes_noun,
    find_triggers,
    is_non_event,
    told_earlier,
    toll_trigger,
    written_sentence,
)
from eventline.lang.base import LanguageData, Triggers
from eventline.model import Article, Event, Mention, Morph, Timex
from eventline.temporal.tense import clause_tense


def _text(span: Span | None) -> str | None:
    text = span_text(span).strip() if span is not None else ""
    return text or None


def _confidence(trig: Trigger, roles: Roles, location: Span | None, dated: bool) -> float:
    confidence = 0.45 + (0.15 if trig.kind != "noun" else 0.05)
    confidence += 0.1 if roles.actor is not None else 0.0
    confidence += 0.1 if (roles.target is not None or location is not None) else 0.0
    confidence += 0.1 if dated else 0.0
    return round(min(confidence, 0.95), 2)


def _event_id(article: Article, trig_start: int, event_type: str, group_no: int) -> str:
    if group_no:
        return Event.make_id(article.article_id, f"{trig_start}:{group_no}", event_type)
    return Event.make_id(article.article_id, trig_start, event_type)


def _phrase(span: Span | None, offset: int) -> tuple[str | None, int | None, str | None, Morph]:
    """Raw text, article offset, head lemma and head morphology of a role's phrase."""
    if span is None:
        return None, None, None, ()
    return _text(span), offset + span.start_char, span.root.lemma_, morph_pairs(span.root)


@dataclass(frozen=True, slots=True)
class _Reading:
    """Everything read for one trigger, before its place groups split it."""

    trig: Trigger
    roles: Roles
    mode: str | None
    modality: str
    dating: Dating | None
    casualties: Casualties | None
    anaphor: str | None  # a place noun pointing back, when the trigger has no place


def _mention(
    article: Article,
    ref: SentenceRef,
    r: _Reading,
    places: list[Span],
    group_no: int,
    lang: LanguageData,
) -> Mention:
    """The mention of one trigger at one place group."""
    trig = r.trig
    t_start = ref.offset + trig.token.idx
    location = places[0] if places else None
    actor, actor_start, actor_head, actor_morph = _phrase(r.roles.actor, ref.offset)
    target, target_start, target_head, target_morph = _phrase(r.roles.target, ref.offset)
    cas = r.casualties if r.casualties else None
    return Mention(
        event_id=_event_id(article, t_start, trig.event_type, group_no),
        sentence_index=ref.index,
        sentence=span_text(ref.span),
        char_start=ref.start,
        char_end=ref.end,
        paragraph_index=ref.paragraph,
        trigger=trig.token.text,
        trigger_start=t_start,
        trigger_end=t_start + len(trig.token.text),
        action_lemma=trig.lemma,
        event_type=trig.event_type,
        event_mode=r.mode,
        cameo_root=trig.cameo,
        modality=r.modality,
        confidence=_confidence(trig, r.roles, location, r.dating is not None),
        actor=actor,
        actor_start=actor_start,
        actor_head=actor_head,
        actor_morph=actor_morph,
        target=target,
        target_start=target_start,
        target_head=target_head,
        target_morph=target_morph,
        location=_text(location),
        other_places=tuple(span_text(p) for p in places[1:]),
        place_anaphor=r.anaphor if not places else None,
        timex=r.dating.timex if r.dating is not None else None,
        date_via=r.dating.via if r.dating is not None else None,
        date_event=r.dating.event if r.dating is not None else None,
        tense=clause_tense(trig.predicate, lang.dates),
        fatalities=cas.fatalities if cas else None,
        injured=cas.injured if cas else None,
        casualty_qualifier=cas.qualifier if cas else None,
    )


_TRIGGERS: SentenceMemo[tuple[Trigger, ...]] = SentenceMemo()


def _triggers(sent: Span, lang: LanguageData) -> tuple[Trigger, ...]:
    """``find_triggers`` of ``sent``, read once: a cut-off tail reads its sentence's
    earlier parts again (``_tail_of_attack``)."""
    return _TRIGGERS.get(sent, lang, lambda: tuple(find_triggers(sent, lang)))


def _tail_of_attack(sent: Span, whole: Span, lang: LanguageData) -> bool:
    """``sent`` is a fragment the parser cut off a written sentence whose earlier part
    tells a violent event: "Attaque contre le poste | : 15 soldats tués, | selon X."."""
    if whole.start == sent.start:
        return False
    before = [s for s in sent.doc.sents if whole.start <= s.start < sent.start]
    return any(t.event_type == "ASSAULT" for s in before for t in _triggers(s, lang))


def _cut_off_toll(trig: Trigger) -> bool:
    """A participle on counted victims ("15 soldats tués"), the toll of an earlier attack."""
    return trig.kind == "verb" and describes_noun(trig.token) is not None


def _place_groups(places: list[Span], lex: Triggers) -> list[list[Span]]:
    """One mention per coordinated place, except for a stretch between two places:
    "ambushed between Xville and Yville", "entre X et Y" is one event."""
    if any(syntax.prep_of(p.root) in lex.PARTY_PREPS for p in places):
        return [sorted(places, key=lambda s: s.start)]
    return group_places(places)


def sentence_mentions(
    article: Article,
    ref: SentenceRef,
    timexes: Sequence[Timex],
    lang: LanguageData,
    told: Set[str] = frozenset(),
) -> list[Mention]:
    """The mentions of the sentence ``ref`` (``timexes``: the article's; ``told``: the
    event types of the article's earlier sentences)."""
    sent, lex = ref.span, lang.triggers
    sent_tx = ref.timexes(timexes)
    timex_tokens = ref.timex_tokens(sent_tx)
    found = [
        t
        for t in _triggers(sent, lang)
        if t.token.i not in timex_tokens and not told_earlier(t, lang, told)
    ]
    whole = written_sentence(sent)
    tail = _tail_of_attack(sent, whole, lang)
    if tail:
        # the toll the parser cut off an attack's sentence is the attack's (read there)
        found = [t for t in found if not _cut_off_toll(t)]
        cas = Casualties()
    else:
        cas = extract_casualties(sent.doc[sent.start : whole.end], lang.code)
    toll = toll_trigger(sent, lang, found) if not tail else None
    if toll is None and cas and casualty_owner(found, lang.casualties) is None:
        toll = unowned_toll_trigger(sent, lang)  # a toll no trigger owns is an event of its own
    if toll is not None and not is_non_event(toll, lang):
        found = sorted([*found, toll], key=lambda t: t.token.i)
    if not found:
        return []
    # roles are read on the trigger as found; crowd-control means then recode it; a
    # dateline ("XVILLE (Agency) -") is the article's place, never a role
    unroled = timex_tokens | dateline_tokens(sent, lang.code)
    roles = [read_roles(t, lang, unroled) for t in found]
    triggers = [crowd_control(t, lex) for t in found]
    places = attach_places(sent, triggers, roles, lang)
    dated = attach_dates(
        sent, ref.offset, sent_tx, triggers, lang, anchor_date_of(timexes, article.published)
    )
    owner = casualty_owner(triggers, lang.casualties) if cas else None
    out: list[Mention] = []
    for k, trig in enumerate(triggers):
        anaphor = (
            place_anaphor(trig, lex, lang.places.SETTLEMENT_WORDS) if not places.get(k) else None
        )
        reading = _Reading(
            trig,
            roles[k],
            mobilised_mode(trig, lang)
            or instrument_mode(trig, lex, subtree_ids(roles[k].actor_token)),
            modality(trig, lex, ref.quoted(ref.offset + trig.token.idx)),
            dated.get(k),
            cas if k == owner else None,
            anaphor.text if anaphor is not None else None,
        )
        for group_no, group in enumerate(_place_groups(places.get(k, []), lex) or [[]]):
            out.append(_mention(article, ref, reading, group, group_no, lang))
    return out
