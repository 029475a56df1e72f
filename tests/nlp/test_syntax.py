"""The clause facts quotes and events share: passive voice and negation, in both parse styles."""

import sys
import types

import pytest

from veille.nlp import syntax
from veille.nlp.pipeline import load_spacy


@pytest.fixture(scope="module")
def fr():
    return load_spacy("fr")


@pytest.fixture(scope="module")
def en():
    return load_spacy("en")


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX"))


@pytest.mark.parametrize("text, lemma, passive", [
    ("Le maire a été arrêté mardi par la police.", "arrêter", True),
    ("Le maire a arrêté de fumer l'an dernier.", "arrêter", False),
    ("« Nous verrons », a-t-il conclu devant la presse.", "conclure", False),
])
def test_french_passive(fr, text, lemma, passive):
    assert syntax.is_passive(_verb(fr, text, lemma)) is passive


@pytest.mark.parametrize("text, lemma, passive", [
    ("Three protesters were detained by the police on Sunday.", "detain", True),
    ("The police detained three protesters on Sunday.", "detain", False),
])
def test_english_passive(en, text, lemma, passive):
    assert syntax.is_passive(_verb(en, text, lemma)) is passive


@pytest.mark.parametrize("text, lemma, negated", [
    ("La ministre n'a pas annoncé de nouvelles aides.", "annoncer", True),
    ("La ministre n'a pas jugé utile d'annoncer de nouvelles aides.", "annoncer", True),
    ("Aucun responsable n'a confirmé la rencontre.", "confirmer", True),
    ("La ministre a annoncé de nouvelles aides.", "annoncer", False),
])
def test_french_negation(fr, text, lemma, negated):
    assert syntax.is_negated(_verb(fr, text, lemma)) is negated


@pytest.mark.parametrize("text, lemma, negated", [
    ("The minister did not announce new measures.", "announce", True),
    ("No official confirmed the meeting.", "confirm", True),
    ("The minister announced new measures.", "announce", False),
])
def test_english_negation(en, text, lemma, negated):
    assert syntax.is_negated(_verb(en, text, lemma)) is negated


def test_a_misspelled_list_name_is_an_error(monkeypatch):
    module = types.ModuleType("veille.lang.xx.syntax")
    module.NEGATION = {"pas"}
    monkeypatch.setitem(sys.modules, "veille.lang.xx.syntax", module)
    syntax.syntax_data.cache_clear()
    try:
        with pytest.raises(ValueError, match="unknown syntax list NEGATION"):
            syntax.syntax_data("xx")
    finally:
        syntax.syntax_data.cache_clear()


def test_a_language_without_data_negates_nothing():
    assert syntax.syntax_data("zz") == syntax.SyntaxData()
