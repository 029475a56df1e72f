"""Trigger senses gated on their arguments: a verb of attack whose instrument is a measure."""

from __future__ import annotations


def test_targeted_with_bans_is_no_attack(code):
    c = code("Five officials were targeted with travel bans by the European Union.", "en")
    assert c.events("ASSAULT") == []
    assert c.one("COERCE")


def test_targeted_with_missiles_is_an_attack(code):
    c = code("Russian forces targeted the city with missiles.", "en")
    assert c.one("ASSAULT")


def test_targeted_by_sanctions_is_no_attack(code):
    c = code("Cinq responsables ont été visés par des sanctions de l'Union européenne.", "fr")
    assert c.events("ASSAULT") == []



def test_a_thing_defended_is_no_support_also_as_a_participle(code):
    c = code("Le Sénégal a renforcé les frontières défendues par son armée.", "fr")
    assert c.events("SUPPORT") == []
    c = code("Canada praised the borders defended by its army.", "en")
    assert all(e.trigger.text != "defended" for e in c.events("SUPPORT"))
