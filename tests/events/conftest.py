"""Helpers for event tests: run the whole pipeline on a sentence and read events by mention text."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.model import Article
from veille.nlp.pipeline import analyze_one, build_nlp


class Coded:
    """An analysed text whose events can be read with actors as the words of their mentions."""

    def __init__(self, text: str, lang: str, published: str | None = "2021-11-20",
                 min_confidence: float | None = None) -> None:
        date = dt.date.fromisoformat(published) if published else None
        coder = build_nlp(lang).get_pipe("veille_events")
        default = coder.min_confidence
        if min_confidence is not None:
            coder.min_confidence = min_confidence
        try:
            self.analysis = analyze_one(Article.from_text(text, language=lang, published=date))
        finally:
            coder.min_confidence = default
        self.mentions = {e.id: {m.text for m in e.mentions} for e in self.analysis.entities}

    def words(self, ids: list[str]) -> set[str]:
        return set().union(*(self.mentions.get(i, {i}) for i in ids)) if ids else set()

    def events(self, type_: str) -> list:
        return [e for e in self.analysis.events if e.type == type_]

    def one(self, type_: str):
        found = self.events(type_)
        assert len(found) == 1, [(e.type, e.trigger.text) for e in self.analysis.events]
        return found[0]


@pytest.fixture(scope="session")
def trace(fr_nlp, en_nlp):
    """The candidates of a text after the rules, before the confidence threshold: vetoed ones carry
    ``dropped``, every one the ``rules`` that fired."""
    from veille.nlp.pipeline import build_nlp

    def run(text: str, lang: str) -> list:
        nlp = build_nlp(lang)
        return nlp.get_pipe("veille_events").trace(nlp(text))

    return run


@pytest.fixture(scope="session")
def code(fr_nlp, en_nlp):
    """The events the rules code, whatever their confidence: what the default threshold keeps is
    tested on its own (``test_confidence.py``), so a rule's test does not depend on the calibration."""
    def run(text: str, lang: str, published: str | None = "2021-11-20") -> Coded:
        return Coded(text, lang, published, min_confidence=0.0)

    return run


@pytest.fixture(scope="session")
def published(fr_nlp, en_nlp):
    """The events a user gets: the default confidence threshold applies."""
    def run(text: str, lang: str, day: str | None = "2021-11-20") -> Coded:
        return Coded(text, lang, day)

    return run
