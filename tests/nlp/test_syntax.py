"""The clause facts quotes and events share: passive voice and negation, in both parse styles."""

import sys
import types

import pytest

from veille.nlp import syntax


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX"))


@pytest.mark.parametrize("check, lang, text, lemma, expected", [
    ("is_passive", "fr", "Le maire a été arrêté mardi par la police.", "arrêter", True),
    ("is_passive", "fr", "Le maire a arrêté de fumer l'an dernier.", "arrêter", False),
    ("is_passive", "fr", "« Nous verrons », a-t-il conclu devant la presse.", "conclure", False),
    ("is_passive", "en", "Three protesters were detained by the police on Sunday.", "detain", True),
    ("is_passive", "en", "The police detained three protesters on Sunday.", "detain", False),
    ("is_negated", "fr", "La ministre n'a pas annoncé de nouvelles aides.", "annoncer", True),
    ("is_negated", "fr", "La ministre n'a pas jugé utile d'annoncer de nouvelles aides.", "annoncer", True),
    ("is_negated", "fr", "Aucun responsable n'a confirmé la rencontre.", "confirmer", True),
    ("is_negated", "fr", "La ministre a annoncé de nouvelles aides.", "annoncer", False),
    ("is_negated", "en", "The minister did not announce new measures.", "announce", True),
    ("is_negated", "en", "No official confirmed the meeting.", "confirm", True),
    ("is_negated", "en", "The minister announced new measures.", "announce", False),
])
def test_clause_facts(request, check, lang, text, lemma, expected):
    nlp = request.getfixturevalue(f"{lang}_nlp")
    assert getattr(syntax, check)(_verb(nlp, text, lemma)) is expected


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


@pytest.mark.parametrize("lang, text", [
    ("fr", "PARIS (AFP) - Les négociations ont repris. Elles ont échoué.\nUn accord reste possible."),
    ("en", "Talks resumed on Monday. They failed.\nA deal is still possible."),
])
def test_sentence_starts_are_those_of_the_parse(request, lang, text):
    doc = request.getfixturevalue(f"{lang}_nlp")(text)
    assert syntax.sentence_starts(doc) == [s.start for s in doc.sents]
    assert len(syntax.sentence_starts(doc)) >= 3
