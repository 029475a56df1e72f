"""The clause facts quotes and events share: passive voice and negation, in both parse styles."""

import sys
import types

import pytest

from veille.nlp import syntax


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX"))


@pytest.mark.parametrize("lang, text, lemma, passive", [
    ("fr", "Le maire a été arrêté mardi par la police.", "arrêter", True),
    ("fr", "Le maire a arrêté de fumer l'an dernier.", "arrêter", False),
    ("fr", "« Nous verrons », a-t-il conclu devant la presse.", "conclure", False),
    ("en", "Three protesters were detained by the police on Sunday.", "detain", True),
    ("en", "The police detained three protesters on Sunday.", "detain", False),
])
def test_passive(request, lang, text, lemma, passive):
    nlp = request.getfixturevalue(f"{lang}_nlp")
    assert syntax.is_passive(_verb(nlp, text, lemma)) is passive


@pytest.mark.parametrize("lang, text, lemma, negated", [
    ("fr", "La ministre n'a pas annoncé de nouvelles aides.", "annoncer", True),
    ("fr", "La ministre n'a pas jugé utile d'annoncer de nouvelles aides.", "annoncer", True),
    ("fr", "Aucun responsable n'a confirmé la rencontre.", "confirmer", True),
    ("fr", "La ministre a annoncé de nouvelles aides.", "annoncer", False),
    ("en", "The minister did not announce new measures.", "announce", True),
    ("en", "No official confirmed the meeting.", "confirm", True),
    ("en", "The minister announced new measures.", "announce", False),
])
def test_negation(request, lang, text, lemma, negated):
    nlp = request.getfixturevalue(f"{lang}_nlp")
    assert syntax.is_negated(_verb(nlp, text, lemma)) is negated


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
