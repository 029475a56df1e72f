"""Talks "between" or "among" parties name every side, invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang, sides", [
    ("Les pourparlers entre l'armée soudanaise et les Forces de soutien rapide ont échoué à Djeddah.", "fr",
     {"armée soudanaise", "Forces de soutien"}),
    ("Talks between the Sudanese army and the SPLM-N collapsed on Monday.", "en", {"Sudanese army", "SPLM-N"}),
    ("Talks held in Geneva among Iran, Britain, France and Germany ended on Friday.", "en",
     {"Iran", "Britain", "France", "Germany"}),
])
def test_every_party_of_joint_talks_is_a_side(code, text, lang, sides):
    talk = code(text, lang).one("CONSULT")
    words = code(text, lang).words(talk.source + talk.target)
    assert all(any(side in w for w in words) for side in sides), words
    assert len(talk.source) == 1 and talk.target


@pytest.mark.parametrize("text", [
    "Russian air strikes hit the town of Idlib on Monday.",
    "A drone strike on the convoy killed two commanders of the militia.",
])
def test_a_strike_named_by_its_weapon_is_an_attack(code, text):
    c = code(text, "en")
    assert c.events("PROTEST") == []
    assert c.events("ASSAULT")


def test_a_strike_by_workers_stays_a_protest(code):
    assert code("Dock workers began a strike in Antwerp on Monday.", "en").events("PROTEST")
