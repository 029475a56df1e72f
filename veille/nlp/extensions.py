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
