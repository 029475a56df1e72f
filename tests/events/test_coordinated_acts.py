"""Coordinated acts with one complement written once are one happening."""

from __future__ import annotations


def test_french_coordinated_arrest_nouns_are_one_event(code):
    c = code("Des policiers ont procédé à l'interpellation et à l'arrestation du président Maurice Kamto.", "fr")
    e = c.one("COERCE")
    assert any("Kamto" in w for w in c.words(e.target)) and any("policiers" in w for w in c.words(e.source))


def test_english_coordinated_arrest_nouns_are_one_event(code):
    c = code("Police announced the detention and arrest of the opposition leader Paul Roux.", "en")
    e = c.one("COERCE")
    assert e.target and any("olice" in w for w in c.words(e.source))
