"""The one assembly point: a spaCy pipeline per language with veille's components.

The CLI, the API and the Spark job all call :func:`build_nlp` and :func:`analyze`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language

from .. import settings
from ..model import Analysis, Article
from . import extensions, langid, registry

log = logging.getLogger(__name__)

# Components every pipeline gets, in order; each is registered by its stage's package.
VEILLE_COMPONENTS = ("veille_entities", "veille_quotes", "veille_events")

# Texts longer than this are parsed in pieces cut at paragraph breaks (spaCy's parser and
# tagger need memory in proportion to the text they see at once), then joined into one Doc
# whose character offsets are those of the whole text; veille's stages then run on it.
PIECE_CHARS = 100_000


def _import_factories() -> None:
    # Importing a stage registers its factory with spaCy.
    from .. import entities, events, quotes  # noqa: F401


def load_spacy(lang: str) -> Language:
    """The bare spaCy pipeline for a language: the installed model, else a blank tokenizer."""
    name = registry.pipeline_name(lang)
    if name:
        try:
            return spacy.load(name)
        except OSError:
            log.warning("spaCy pipeline %s for %r is not installed; tokenizer only", name, lang)
    try:
        return spacy.blank(lang)
    except Exception:  # spaCy has no language class for it
        return spacy.blank("xx")


@lru_cache(maxsize=None)
def build_nlp(lang: str) -> Language:
    """spaCy pipeline for ``lang`` with veille's stages added; loaded once per process."""
    extensions.register()
    _import_factories()
    nlp = load_spacy(lang)
    if not nlp.has_pipe("senter") and not nlp.has_pipe("parser"):
        nlp.add_pipe("sentencizer")
    if nlp.has_pipe("parser"):
        nlp.add_pipe("veille_paragraphs", before="parser")
    for component in VEILLE_COMPONENTS:
        nlp.add_pipe(component)
    # Long articles go through parse_long(), never whole through the statistical pipes.
    nlp.max_length = max(nlp.max_length, settings.get("max_article_bytes") + 1)
    return nlp


def pieces(text: str, size: int | None = None) -> list[str]:
    """``text`` cut after paragraph breaks (else line breaks, else spaces) into parts of at most
    about ``size`` characters; joined again they are exactly ``text``."""
    size = size or PIECE_CHARS
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + size // 2, end)
            if cut != -1:
                cut += len(sep)
                break
        cut = end if cut == -1 else cut
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def parse_long(nlp: Language, text: str):
    """One Doc for a long text: statistical pipes piece by piece, veille's stages on the whole."""
    from spacy.tokens import Doc

    own = [name for name in VEILLE_COMPONENTS if nlp.has_pipe(name)]
    parts = []
    with nlp.select_pipes(disable=own):
        # One piece at a time: nlp.pipe's default batch would hold every piece's parser and
        # tagger state at once (memory in proportion to the whole text, GiBs for a 10 MB one).
        for part in nlp.pipe(pieces(text), batch_size=1):
            part.tensor = numpy.zeros((0,), dtype="float32")  # no veille stage reads it
            parts.append(part)
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    if doc.text != text:  # cannot happen when pieces() joins back to the text; checked all the same
        raise ValueError("long text pieces did not join back to the text")
    return doc


def _run_veille(nlp: Language, doc):
    for name in VEILLE_COMPONENTS:
        if nlp.has_pipe(name):
            doc = nlp.get_pipe(name)(doc)
    return doc


def to_analysis(doc, article: Article) -> Analysis:
    return Analysis(
        article=article,
        entities=doc._.entities or [],
        quotes=doc._.quotes or [],
        events=doc._.events or [],
    )


def resolve_language(article: Article, lang: str | None) -> Article:
    """The article with its language set: ``lang`` if forced, else as given, else detected."""
    if lang and lang != "auto":
        return article if lang == article.language else article.model_copy(
            update={"language": lang, "language_confidence": None})
    if article.language and article.language_confidence is not None:
        return article
    code, confidence = langid.detect_with_confidence(article.text, article.title)
    if article.language:  # given by the source: kept; the confidence is the detector's for it
        confidence = confidence if code == article.language else None
        return article.model_copy(update={"language_confidence": confidence})
    return article.model_copy(update={"language": code or "xx", "language_confidence": confidence})


def analyze(
    articles: Iterable[Article], lang: str | None = None, batch_size: int | None = None
) -> Iterator[Analysis]:
    """Analyse articles in input order, batching each language through ``nlp.pipe``."""
    batch_size = batch_size or settings.get("batch_size")
    chunk: list[Article] = []
    for article in articles:
        chunk.append(resolve_language(article, lang))
        if len(chunk) >= batch_size * 4:
            yield from _analyze_chunk(chunk, batch_size)
            chunk = []
    if chunk:
        yield from _analyze_chunk(chunk, batch_size)


def _analyze_chunk(chunk: list[Article], batch_size: int) -> Iterator[Analysis]:
    results: dict[int, Analysis] = {}
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(chunk):
        by_lang.setdefault(article.language or "xx", []).append(i)
    for code, indexes in by_lang.items():
        nlp = build_nlp(code)
        docs = []
        short = [i for i in indexes if len(chunk[i].text) <= PIECE_CHARS]
        for i in short:
            doc = nlp.make_doc(chunk[i].text)
            _set_published(doc, chunk[i])
            docs.append(doc)
        for i, doc in zip(short, nlp.pipe(docs, batch_size=batch_size)):
            results[i] = to_analysis(doc, chunk[i])
        for i in indexes:
            if i not in results:
                doc = parse_long(nlp, chunk[i].text)
                _set_published(doc, chunk[i])
                results[i] = to_analysis(_run_veille(nlp, doc), chunk[i])
    for i in range(len(chunk)):
        yield results[i]


def _set_published(doc, article: Article) -> None:
    doc._.published = article.published.isoformat() if article.published else None


def analyze_one(article: Article, lang: str | None = None) -> Analysis:
    return next(analyze([article], lang))
