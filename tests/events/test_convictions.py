"""Verdicts and exclusions: a penalty makes a conviction (SANCTION), excluding a course is a rejection."""

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


def test_ruling_out_a_course_is_a_rejection(code):
    c = code("Le ministre Paul Morel a exclu toute hausse des impôts.", "fr")
    assert c.events("SANCTION") == []
    assert "Paul Morel" in c.words(c.one("REJECT").source)


def test_excluding_a_member_is_a_sanction(code):
    c = code("Le gouvernement a exclu la Russie du conseil.", "fr")
    assert c.events("REJECT") == []
    assert "Russie" in c.words(c.one("SANCTION").target)
