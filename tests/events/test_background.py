"""Background: a pluperfect relative clause recalls a party's past, it reports no news."""

from __future__ import annotations


def test_french_pluperfect_relative_is_background(code):
    c = code("Le ministre Paul Durand, qui avait rencontré le président Macky Sall, a annoncé sa démission.", "fr")
    assert c.events("CONSULT") == []


def test_english_pluperfect_relative_is_background(code):
    c = code("Senator Anna Berg, who had met President Lula in May, announced her resignation.", "en")
    assert c.events("CONSULT") == []


def test_present_perfect_relative_is_news(code):
    c = code("Senator Anna Berg, who has met President Lula on Monday, spoke to reporters.", "en")
    assert c.events("CONSULT")
