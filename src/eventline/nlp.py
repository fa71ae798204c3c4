"""spaCy pipelines per language: loaded once, run with ``nlp.pipe`` per paragraph.

Articles are split into paragraphs (non-empty lines) before parsing: parsing a whole
article as one text was seen merging sentences across lines. Each paragraph keeps its
character offset in the article text so every token maps back to the article.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from eventline import lang as langdata

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

K = TypeVar("K")


# Paragraphs longer than this are cut at sentence-like boundaries before parsing, so a
# single 1 MB "sentence" cannot exhaust memory (spaCy's own limit is 1M characters).
MAX_PARAGRAPH_CHARS = 20_000

_PARA_RE = re.compile(r"[^\n]+")
_CUT_RE = re.compile(r"(?<=[.!?;])\s+|\s{2,}")
# cheap estimates of the parser's work, counted before any parse
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_SENTENCE_RE = re.compile(r"[^\n]+?(?:[.!?;\u2026](?=\s)|$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on the work spent on one article; an article over a bound becomes a reject
    (0 disables a bound). Tokens are estimated before the parse (words and punctuation
    marks); the time budgets are checked between parsed paragraphs and between articles."""

    article_tokens: int = 100_000  # estimated tokens per article
    sentence_tokens: int = 2_000  # estimated tokens per sentence (or unpunctuated line)
    word_chars: int = 1_000  # characters without a space (spaCy's tokenizer is quadratic there)
    article_seconds: float = 120.0  # parse time per article
    batch_seconds: float = 1_800.0  # time per batch: later articles of the batch are rejected

    @classmethod
    def of(cls, values: dict[str, float] | None) -> Limits:
        """Limits from a mapping of field names (JSON flow parameters), others default."""
        given = {k: v for k, v in (values or {}).items() if v is not None}
        return cls(**{k: type(getattr(cls(), k))(v) for k, v in given.items()})


DEFAULT_LIMITS = Limits()


def over_limits(text: str, limits: Limits) -> tuple[str, str] | None:
    """``(reason, detail)`` when ``text`` exceeds a token bound of ``limits``, else None."""
    if limits.word_chars and (m := re.search(rf"\S{{{limits.word_chars + 1},}}", text)):
        longest = len(m.group(0))
        return "word_too_long", (
            f"{longest} characters without a space at {m.start()} (limit {limits.word_chars})"
        )
    total = 0
    for m in _SENTENCE_RE.finditer(text):
        n = len(_TOKEN_RE.findall(m.group(0)))
        if limits.sentence_tokens and n > limits.sentence_tokens:
            return "sentence_too_long", (
                f"~{n} tokens in one sentence at {m.start()} (limit {limits.sentence_tokens})"
            )
        total += n
        if limits.article_tokens and total > limits.article_tokens:
            return "too_many_tokens", f"over {limits.article_tokens} tokens in the article"
    return None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A parsed paragraph: ``doc`` tokens sit at ``offset + token.idx`` in the article."""

    index: int
    offset: int
    doc: Doc


class ModelNotAvailable(RuntimeError):
    """No spaCy model package is installed for a language."""


def model_candidates(lang: str, models: dict[str, str] | None = None) -> tuple[str, ...]:
    """Model package names to try for ``lang``, most preferred first: ``models[lang]``,
    else ``EVENTLINE_MODEL_<LANG>`` (e.g. EVENTLINE_MODEL_FR=fr_core_news_sm), else the
    language folder's ``MODELS`` (the first installed package wins)."""
    if models and models.get(lang):
        return (models[lang],)
    env = os.environ.get(f"EVENTLINE_MODEL_{lang.upper()}")
    if env:
        return (env,)
    try:
        return langdata.get(lang).models
    except KeyError:
        return ()


def load_model(lang: str, models: dict[str, str] | None = None) -> Language:
    """Load the first installed spaCy model for ``lang`` (import by package name)."""
    tried: list[str] = []
    for name in model_candidates(lang, models):
        try:
            module = importlib.import_module(name)
        except ImportError:
            tried.append(name)
            continue
        nlp = module.load()
        _keep_lexicon_words(nlp, lang)
        log.info("loaded spaCy model %s %s for %s", name, nlp.meta.get("version", "?"), lang)
        return nlp
    raise ModelNotAvailable(
        f"no spaCy model installed for {lang!r} (tried: {', '.join(tried) or 'none configured'})"
    )


def _keep_lexicon_words(nlp: Language, lang: str) -> None:
    """Hyphenated words of the trigger lexicon stay one token ("sit-in", "cease-fire"):
    the tokenizer would split them and the lexicon would never see them."""
    try:
        lex = langdata.get(lang).triggers
    except KeyError:
        return
    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "add_special_case"):
        return
    words = {k for table in (lex.NOUNS, lex.VERBS) for k in table if "-" in k and " " not in k}
    for w in sorted(words):
        for form in {w, w.capitalize(), w.upper(), f"{w}s", f"{w.capitalize()}s"}:
            tokenizer.add_special_case(form, [{"ORTH": form}])


def split_paragraphs(text: str, max_chars: int = MAX_PARAGRAPH_CHARS) -> list[tuple[int, str]]:
    """``(offset, paragraph)`` pairs: non-blank lines, long ones cut into bounded pieces."""
    out: list[tuple[int, str]] = []
    for m in _PARA_RE.finditer(text):
        para = m.group(0)
        if not para.strip():
            continue
        base = m.start()
        if len(para) <= max_chars:
            out.append((base, para))
            continue
        start = 0
        while start < len(para):
            end = min(start + max_chars, len(para))
            if end < len(para):
                cut = None
                for c in _CUT_RE.finditer(para, start + max_chars // 2, end):
                    cut = c.end()
                end = cut or end
            out.append((base + start, para[start:end]))
            start = end
    return out


_BOUNDED_BATCH = 8  # paragraphs parsed between two checks of the time budget


class Pipelines:
    """Lazily loaded spaCy pipelines, one per language, shared by every batch in a process."""

    def __init__(self, models: dict[str, str] | None = None, batch_size: int = 64) -> None:
        self.models = dict(models or {})
        self.batch_size = batch_size
        self._loaded: dict[str, Language] = {}

    def get(self, lang: str) -> Language:
        if lang not in self._loaded:
            self._loaded[lang] = load_model(lang, self.models)
        return self._loaded[lang]

    def model_name(self, lang: str) -> str:
        nlp = self.get(lang)
        return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"

    def parse_texts(self, lang: str, texts: Sequence[str]) -> Iterator[list[Paragraph]]:
        """Parse several texts of one language in one ``nlp.pipe`` stream."""
        nlp = self.get(lang)
        pieces: list[tuple[int, int, int, str]] = []  # (text no, para no, offset, text)
        for t_no, text in enumerate(texts):
            for p_no, (off, para) in enumerate(split_paragraphs(text)):
                pieces.append((t_no, p_no, off, para))
        result: list[list[Paragraph]] = [[] for _ in texts]
        docs = nlp.pipe((p[3] for p in pieces), batch_size=self.batch_size)
        for (t_no, p_no, off, _), doc in zip(pieces, docs, strict=True):
            result[t_no].append(Paragraph(p_no, off, doc))
        yield from result

    def pipe_pieces(self, lang: str, pieces: Iterable[tuple[str, K]]) -> Iterator[tuple[Doc, K]]:
        """Parse ``(text, key)`` pieces of one language in one ``nlp.pipe`` stream, in
        order, each doc with its key. The stream takes ``batch_size`` pieces at a time (a
        batch of a few paragraphs costs ~1.5x the CPU of one of 64: the whole batch of
        articles goes in one stream), so ``pieces`` is read that far ahead of the docs (a
        generator: the parse's time is charged here under cProfile)."""
        yield from self.get(lang).pipe(pieces, as_tuples=True, batch_size=self.batch_size)

    def parse_until(
        self,
        lang: str,
        text: str,
        deadline: float | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> list[Paragraph] | None:
        """The paragraphs of ``text``, or None when ``clock()`` passes ``deadline`` before
        they are all parsed (checked before each small group of paragraphs)."""
        nlp = self.get(lang)
        pieces = split_paragraphs(text)

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            for p_no, (off, para) in enumerate(pieces):
                if deadline is not None and clock() > deadline:
                    return
                yield para, (p_no, off)

        out = [
            Paragraph(p_no, off, doc)
            for doc, (p_no, off) in nlp.pipe(feed(), as_tuples=True, batch_size=_BOUNDED_BATCH)
        ]
        return out if len(out) == len(pieces) else None


_PIPELINES: dict[tuple[tuple[str, str], ...], Pipelines] = {}


def pipelines_for(models: dict[str, str] | None = None) -> Pipelines:
    """Process-wide spaCy pipelines for a model configuration (each model loaded once per
    process, shared by every batch that runs there)."""
    key = tuple(sorted((models or {}).items()))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipelines(models)
    return _PIPELINES[key]
