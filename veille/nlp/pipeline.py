"""The one assembly point: a spaCy pipeline per language with veille's components.

The CLI, the API and the Spark job all call :func:`build_nlp` and :func:`analyze`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from .. import settings
from ..model import Analysis, Article
from . import extensions, langid, registry

log = logging.getLogger(__name__)

# Components every pipeline gets, in order; each is registered by its stage's package.
VEILLE_COMPONENTS = ("veille_entities", "veille_quotes", "veille_events")


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
    return nlp


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
        code = lang
    else:
        code = article.language or langid.detect(article.text) or "xx"
    return article if code == article.language else article.model_copy(update={"language": code})


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
        for i in indexes:
            doc = nlp.make_doc(chunk[i].text)
            published = chunk[i].published
            doc._.published = published.isoformat() if published else None
            docs.append(doc)
        for i, doc in zip(indexes, nlp.pipe(docs, batch_size=batch_size)):
            results[i] = to_analysis(doc, chunk[i])
    for i in range(len(chunk)):
        yield results[i]


def analyze_one(article: Article, lang: str | None = None) -> Analysis:
    return next(analyze([article], lang))
