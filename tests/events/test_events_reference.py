"""The issue's acceptance list on the reference article (needs ../shared)."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.model import Article
from veille.nlp.pipeline import analyze_one


@pytest.fixture(scope="module")
def coded(reference_text, fr_nlp):
    a = analyze_one(Article.from_text(reference_text, language="fr", published=dt.date(2021, 11, 20)))
    words = {e.id: {m.text for m in e.mentions} for e in a.entities}

    def names(ids):
        return set().union(*(words[i] for i in ids)) if ids else set()

    return a, names


def _of(analysis, type_):
    return [e for e in analysis.events if e.type == type_ and not e.negated]


def test_consult_by_phone(coded):
    a, names = coded
    (e,) = _of(a, "CONSULT")
    assert e.mode == "phone"
    assert {"Emmanuel Macron"} <= names(e.source) and "Vladimir Poutine" in names(e.target)


def test_accusation_against_minsk(coded):
    a, names = coded
    assert any("Minsk" in names(e.target) for e in _of(a, "ACCUSE"))


def test_belarus_denial(coded):
    a, names = coded
    assert any("Minsk" in names(e.source) for e in _of(a, "REJECT"))


def test_western_sanction_of_belarus(coded):
    a, names = coded
    (e,) = _of(a, "SANCTION")
    assert "Occident" in names(e.source) and "Minsk" in names(e.target)


def test_forced_expulsions(coded):
    a, names = coded
    (e,) = [x for x in _of(a, "COERCE") if x.mode == "deport"]
    assert {"Lituanie", "Pologne", "Lettonie"} <= names(e.source)
    assert any("migrants" in w for w in names(e.target))


def test_agreement_between_presidents(coded):
    a, names = coded
    (e,) = _of(a, "AGREE")
    assert {"Emmanuel Macron", "Vladimir Poutine"} <= names(e.source + e.target)


def test_no_duplicates(coded):
    a, _ = coded
    keys = [(e.type, tuple(sorted(e.source)), tuple(sorted(e.target))) for e in a.events]
    assert len(keys) == len(set(keys))
    assert len({e.id for e in a.events}) == len(a.events)
