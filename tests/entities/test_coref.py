"""The coreference layer: titles, genders and relative pronouns, on invented sentences."""

from __future__ import annotations

import pytest

from veille.entities.coref import Coref, coref_data
from veille.entities.index import MentionIndex
from veille.nlp.pipeline import build_nlp


def _coref(text: str, lang: str):
    doc = build_nlp(lang)(text)
    return doc, Coref(doc, text, MentionIndex.of(doc._.entities or []), coref_data(lang))


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize("lang, text, word, person", [
    ("fr", "Le diplomate français Paul Mercier est arrivé lundi à Berne. Le diplomate a dénoncé la Russie.",
     "diplomate", "Paul Mercier"),
    ("en", "Senator Mark Stone met Julia Perez on Monday. The senator condemned the plan.", "senator", "Mark Stone"),
])
def test_a_definite_title_is_the_person_named_before_with_it(lang, text, word, person):
    doc, coref = _coref(text, lang)
    found = coref.titled_person(_token(doc, word, -1))
    assert found is not None and found.name == person


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Le diplomate Paul Mercier est arrivé lundi à Berne. Un diplomate a dénoncé la Russie.", "diplomate"),
    ("en", "Senator Mark Stone arrived on Monday. A senator condemned the plan.", "senator"),
])
def test_a_new_title_names_nobody_met_before(lang, text, word):
    doc, coref = _coref(text, lang)
    assert coref.titled_person(_token(doc, word, -1)) is None


def test_an_epithet_takes_the_last_person_of_its_gender():
    text = "La ministre Claire Vasseur a reçu Marc Lefort. La diplomate a dénoncé la Russie."
    doc, coref = _coref(text, "fr")
    assert coref.titled_person(_token(doc, "diplomate")).name == "Claire Vasseur"
    text = "La ministre Claire Vasseur a reçu Marc Lefort. Le diplomate a dénoncé la Russie."
    doc, coref = _coref(text, "fr")
    assert coref.titled_person(_token(doc, "diplomate")).name == "Marc Lefort"


@pytest.mark.parametrize("lang, text, pronoun, person", [
    ("fr", "Claire Vasseur a reçu Marc Lefort lundi. Elle a dénoncé la Russie.", "Elle", "Claire Vasseur"),
    ("fr", "Claire Vasseur a reçu Marc Lefort lundi. Il a dénoncé la Russie.", "Il", "Marc Lefort"),
    ("en", "Mary Jenkins met Tom Baker on Monday. She condemned the plan.", "She", "Mary Jenkins"),
    ("en", "Tom Baker met Mary Jenkins on Monday. He condemned the plan.", "He", "Tom Baker"),
])
def test_two_people_alternate_by_gender(lang, text, pronoun, person):
    doc, coref = _coref(text, lang)
    tok = _token(doc, pronoun)
    gender, _ = coref.pronoun_agreement(tok)
    assert coref.person_before(tok.idx, gender).name == person


@pytest.mark.parametrize("lang, text, antecedent", [
    ("fr", "Le ministre Jean Dubois, qui a accusé la Turquie de mentir, est arrivé à Paris.", "ministre"),
    ("en", "Paris welcomed the envoy Mark Stone, who criticized Iran.", "Stone"),
])
def test_a_relative_pronoun_stands_for_the_noun_its_clause_hangs_on(lang, text, antecedent):
    doc, coref = _coref(text, lang)
    rel = next(t for t in doc if t.lower_ in ("qui", "who"))
    assert coref.relative_antecedent(rel).text in (antecedent, "Mark", "Jean")


def test_a_misspelled_coreference_list_is_an_error(monkeypatch):
    import types, sys
    mod = types.ModuleType("veille.lang.zz.coref")
    mod.ROLE_NOUN = {"chief"}
    monkeypatch.setitem(sys.modules, "veille.lang.zz.coref", mod)
    coref_data.cache_clear()
    with pytest.raises(ValueError, match="ROLE_NOUN"):
        coref_data("zz")
    coref_data.cache_clear()
