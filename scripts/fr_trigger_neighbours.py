"""Propose French trigger words from the word vectors of the French spaCy model.

French has no CAMEO verb dictionary, so the French trigger lexicon
(``src/eventline/lang/fr/triggers.py``) grows by hand from failure kinds and by this
procedure, whose output is REVIEWED before anything enters the lexicon:

1. seeds: every verb (``VERBS``) and noun (``NOUNS``) of the French lexicon, with its
   PLOVER type;
2. for each seed, its own row of ``fr_core_news_md``'s vector table and the rows nearest
   to it (cosine, ``--top`` rows): the model's table is pruned, every word is stored on the
   row of its nearest kept vector, so the words sharing a row are neighbours already; every
   lower-case word form stored on those rows is a candidate;
3. candidates are kept when they look like a lemma of the seed's part of speech: the model
   tags them as a verb whose lemma is the word itself after "Ils vont …" (an infinitive),
   or as a noun whose lemma is the word itself after "Il y a eu un …";
4. candidates already in the lexicon (any table) are dropped; the rest are printed as TSV,
   one per line: word, part of speech, PLOVER type of the nearest seed, that seed, cosine,
   number of seeds that proposed the word.

Review: keep only words that name an event of the proposed PLOVER type in news about
conflict, protest and politics (drop near-synonyms of other types, inflected forms, rare
spellings, words whose event reading needs a context the rules do not check); give each
kept word its PLOVER mode and CAMEO root; write it in the table of its part of speech
in ``lang/fr/triggers.py``. Words that are events only in some constructions go to
the constraint lists there (``CAUSE_ONLY``, ``TRANSITIVE_ONLY``…), or are left out.

    python scripts/fr_trigger_neighbours.py --top 25 --min-cos 0.55 > /tmp/fr_candidates.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import spacy

from eventline import lang as langdata

MODEL = "fr_core_news_md"
VERB_ENDINGS = ("er", "ir", "re")
VERB_FRAME = "Ils vont {}"  # an infinitive after a modal
NOUN_FRAME = "Il y a eu un {}"  # a noun after an article


@dataclass
class Candidate:
    word: str
    pos: str
    event_type: str
    seed: str
    cos: float
    support: int = 1


def _rows_to_words(nlp: spacy.language.Language) -> dict[int, list[str]]:
    """Vector row → the lower-case alphabetic word forms stored on it."""
    out: dict[int, list[str]] = defaultdict(list)
    vectors = nlp.vocab.vectors
    for key, row in vectors.key2row.items():
        word = nlp.vocab.strings[key]
        if word.islower() and word.replace("-", "").isalpha() and len(word) > 3:
            out[int(row)].append(word)
    return out


def _is_lemma(nlp: spacy.language.Language, word: str, pos: str) -> bool:
    """The model reads ``word`` as a lemma of part of speech ``pos`` in a short frame."""
    frame = VERB_FRAME if pos == "VERB" else NOUN_FRAME
    doc = nlp(frame.format(word))
    tok = doc[-1]
    if pos == "VERB" and not word.endswith(VERB_ENDINGS):
        return False
    return tok.pos_ == pos and tok.lemma_.lower() == word


def _seeds(lex: langdata.base.Triggers) -> list[tuple[str, str, str]]:
    """(word, part of speech, PLOVER type) of the lexicon's single-word entries."""
    seeds = [(w, "VERB", e[0]) for w, e in lex.VERBS.items() if " " not in w]
    seeds += [(w, "NOUN", e[0]) for w, e in lex.NOUNS.items() if " " not in w]
    return seeds


def _known(lex: langdata.base.Triggers) -> set[str]:
    words = set(lex.VERBS) | set(lex.NOUNS) | set(lex.LIGHT_VERBS) | set(lex.REPORTING_VERBS)
    words |= {v for v, _ in lex.VERB_OBJECT} | {v for v, _ in lex.PHRASAL}
    return words


def propose(top: int, min_cos: float) -> list[Candidate]:
    """Candidates of every seed, best cosine first."""
    nlp = spacy.load(MODEL)
    lex = langdata.get("fr").triggers
    vectors = nlp.vocab.vectors
    table = vectors.data / np.maximum(np.linalg.norm(vectors.data, axis=1, keepdims=True), 1e-9)
    words_of = _rows_to_words(nlp)
    known = _known(lex)
    found: dict[tuple[str, str], Candidate] = {}
    checked: dict[tuple[str, str], bool] = {}
    for seed, pos, event_type in _seeds(lex):
        key = nlp.vocab.strings[seed]
        if key not in vectors.key2row:
            continue
        sims = table @ table[vectors.key2row[key]]
        for row in np.argsort(-sims)[: top + 1]:
            cos = float(sims[row])
            if cos < min_cos:
                break
            for word in words_of.get(int(row), []):
                if word in known or word == seed:
                    continue
                if (word, pos) not in checked:
                    checked[(word, pos)] = _is_lemma(nlp, word, pos)
                if not checked[(word, pos)]:
                    continue
                cand = found.get((word, pos))
                if cand is None:
                    found[(word, pos)] = Candidate(word, pos, event_type, seed, cos)
                else:
                    cand.support += 1
                    if cos > cand.cos:
                        cand.event_type, cand.seed, cand.cos = event_type, seed, cos
    return sorted(found.values(), key=lambda c: (-c.cos, c.word))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=25, help="nearest vector rows per seed")
    ap.add_argument("--min-cos", type=float, default=0.55, help="lowest cosine kept")
    args = ap.parse_args(argv)
    out = sys.stdout
    out.write("word\tpos\tplover\tseed\tcos\tsupport\n")
    for c in propose(args.top, args.min_cos):
        out.write(f"{c.word}\t{c.pos}\t{c.event_type}\t{c.seed}\t{c.cos:.3f}\t{c.support}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
