"""A verdict with its penalty is a conviction (SANCTION), not a reproach (ACCUSE) nor an arrest."""

from __future__ import annotations


def test_condemned_to_prison_is_a_conviction(code):
    c = code("Le tribunal de Paris a condamné l'ancien ministre à deux ans de prison.", "fr")
    assert c.events("ACCUSE") == []
    e = c.one("SANCTION")
    assert any("tribunal" in w for w in c.words(e.source))


def test_condemning_an_attack_stays_a_reproach(code):
    c = code("Le gouvernement a condamné l'attaque de l'an dernier contre les soldats.", "fr")
    assert c.events("SANCTION") == []
    assert c.one("ACCUSE")


def test_sentenced_to_years_is_a_conviction(code):
    c = code("The court sentenced the former mayor to five years in prison.", "en")
    assert c.events("COERCE") == []
    assert c.one("SANCTION")
