"""An event needs its doer: without one it stands only for an act told in the passive or done to a named party."""

from __future__ import annotations


def test_support_with_no_supporter_is_dropped(code, trace):
    text = "Soutenir la Suisse est une priorité."
    assert code(text, "fr").events("SUPPORT") == []
    assert "no doer" in {x.dropped for x in trace(text, "fr") if x.type == "SUPPORT"}


def test_an_arrest_with_no_arrester_keeps_the_arrested(code):
    c = code("Paul Martin a été arrêté mardi soir à son domicile.", "fr")
    e = c.one("COERCE")
    assert e.source == [] and "Paul Martin" in c.words(e.target)


def test_a_passive_accusation_keeps_the_accused(code):
    c = code("The Interior Minister Laura Finch was accused of hiding the report.", "en")
    assert "Laura Finch" in c.words(c.one("ACCUSE").target)


def test_a_mobilisation_with_no_one_mobilising_is_dropped(trace):
    found = [x for x in trace("Une mobilisation massive contre le gouvernement est prévue mardi.", "fr")
             if x.type == "MOBILIZE"]
    assert found and all(x.dropped == "no doer" for x in found)
