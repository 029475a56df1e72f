"""Event sides read through the coreference layer: titles, pronouns and relative pronouns."""

from __future__ import annotations


def test_a_definite_title_is_the_diplomat_named_before(code):
    c = code("Le diplomate français Paul Mercier est arrivé lundi à Berne. Le diplomate a dénoncé la Russie.", "fr")
    assert "Paul Mercier" in c.words(c.one("ACCUSE").source)


def test_a_new_title_stays_someone_new(code):
    c = code("Le diplomate Paul Mercier est arrivé lundi à Berne. Un diplomate a dénoncé la Russie.", "fr")
    assert "Paul Mercier" not in c.words(c.one("ACCUSE").source)


def test_a_pronoun_skips_the_person_of_the_other_gender(code):
    c = code("La ministre Claire Vasseur a rencontré Marc Lefort. Elle a accusé la Turquie de mentir.", "fr")
    assert c.words(c.one("ACCUSE").source) == {"Claire Vasseur"}


def test_the_source_of_a_relative_clause_is_its_antecedent(code):
    c = code("Le ministre Jean Dubois, qui a accusé la Turquie de mentir, est arrivé à Paris.", "fr")
    assert "Jean Dubois" in c.words(c.one("ACCUSE").source)
    c = code("Reporters met the envoy Mark Stone, who criticized Iran.", "en")
    assert "Mark Stone" in c.words(c.one("ACCUSE").source)
