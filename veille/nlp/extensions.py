"""The ``doc._`` attributes veille's components read and write."""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = {
    "published": None,  # ISO date of the article, set before the pipeline runs
    "entities": None,  # list[model.Entity], written by veille_entities
    "quotes": None,  # list[model.Quote], written by veille_quotes
    "events": None,  # list[model.Event], written by veille_events
}


def register() -> None:
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


_TEXT = ("veille", "text")  # user_data key of the doc's joined text


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once and kept with the doc: ``Doc.text`` joins every token's text
    again at each access, and several stages read it. (Not for pipes that run on the pieces of a long
    text: ``Doc.from_docs`` warns about user data it cannot place.)"""
    cached = doc.user_data.get(_TEXT)
    if cached is None or len(cached) != _length(doc):  # a doc rebuilt from another keeps its own
        cached = doc.text
        doc.user_data[_TEXT] = cached
    return cached


def _length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
