"""Event mentions from parsed sentences.

For each sentence the extractor finds trigger words from the language's lexicon
(``triggers``): verbs, event nouns and light-verb constructions. For each trigger it
reads the actor and target (``roles``), the mode (``mode``: instrument words), the
modality (``modality``: reported speech, negation, future, aims), the places it happened
at (``places``), the time expression that governs its clause (``dates``) and the
casualties of the sentence (``casualties``). A clause coordinating several places yields
one mention per place, as ACLED codes one event per location. ``enrich`` then turns the
mentions of a whole article into events.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.tokens import Token

from eventline import lang as langdata
from eventline import syntax
from eventline.columns import columns
from eventline.extract.mentions import sentence_mentions
from eventline.extract.sentences import MAX_SENTENCE_CHARS, sentences
from eventline.extract.tokens import PLACE_LABELS, morph_pairs
from eventline.extract.triggers import Trigger, find_triggers, mishap_story
from eventline.lang.base import LanguageData
from eventline.model import Article, Mention, Speaker, Timex
from eventline.nlp import Paragraph

__all__ = ["Trigger", "extract_article", "extract_speakers", "find_triggers"]

log = logging.getLogger(__name__)


def extract_article(
    article: Article,
    paragraphs: Sequence[Paragraph],
    timexes: Sequence[Timex] = (),
) -> list[Mention]:
    """Event mentions of ``article`` (raw roles and places; ``enrich`` resolves them)."""
    lang = langdata.get(article.lang or langdata.DEFAULT)
    mentions: list[Mention] = []
    for ref in sentences(paragraphs):
        if ref.end - ref.start > MAX_SENTENCE_CHARS:  # the length of ref.span.text
            log.debug("skip over-long sentence %d in %s", ref.index, article.source)
            continue
        # the types told so far: a definite noun of one of them may point back
        told = frozenset(m.event_type for m in mentions if m.modality != "hypothetical")
        mentions.extend(sentence_mentions(article, ref, timexes, lang, told))
    return drop_mishap_harm(mentions, paragraphs, lang)


def drop_mishap_harm(
    mentions: list[Mention], paragraphs: Sequence[Paragraph], lang: LanguageData
) -> list[Mention]:
    """In an article that tells a mishap and no attack (``mishap_story``), harm with no
    doer is the mishap's, no attack: "Elle est tombée d'un balcon. [...] Grièvement
    blessée, elle a été hospitalisée", "the car overturned [...] two passengers were
    hurt"."""
    if not mishap_story((p.doc for p in paragraphs), lang):
        return mentions
    cas = lang.casualties
    harm = cas.KILLING_LEMMAS | cas.WOUNDING_LEMMAS | cas.DYING_LEMMAS
    return [
        m
        for m in mentions
        if not (m.event_type == "ASSAULT" and m.actor is None and m.action_lemma.lower() in harm)
    ]


def extract_speakers(article: Article, paragraphs: Sequence[Paragraph]) -> list[Speaker]:
    """Subjects of reporting verbs and "according to X" sources."""
    lex = langdata.get(article.lang or langdata.DEFAULT).triggers
    out: list[Speaker] = []
    for ref in sentences(paragraphs):
        doc, sent = ref.span.doc, ref.span
        cols = columns(doc)
        for i in range(sent.start, sent.end):
            head: Token | None = None
            if cols.lemma[i] in lex.REPORTING_VERBS and cols.pos[i] in ("VERB", "AUX"):
                head = syntax.subject(doc[i])
            elif cols.dep[i] in ("obl:mod", "obl", "nmod", "pobj") and (
                syntax.prep_of(doc[i]) in lex.SOURCE_PREPS
            ):
                head = doc[i]
            if head is None or head.pos_ == "PRON" or head.ent_type_ in PLACE_LABELS:
                continue
            span = syntax.np_span(head)
            out.append(
                Speaker(span.text, ref.offset + span.start_char, head.lemma_, morph_pairs(head))
            )
    return out
