"""Requests and support need an addressee or beneficiary; a request may name the act it asks for."""

from __future__ import annotations


def test_request_for_information_is_speech(code):
    c = code("Le syndicat a demandé des explications.", "fr")
    assert c.events("REQUEST") == []


def test_asserting_is_no_support(code):
    c = code("Le maire soutient que la réforme est nécessaire.", "fr")
    assert c.events("SUPPORT") == []


def test_request_for_an_act_stands_without_addressee(code):
    c = code("Les manifestants réclament le retrait des troupes russes.", "fr")
    e = c.one("REQUEST")
    assert any("manifestants" in w for w in c.words(e.source))


def test_request_to_a_party_is_kept(code):
    c = code("Le parti a demandé au gouvernement de démissionner.", "fr")
    e = c.one("REQUEST")
    assert any("gouvernement" in w for w in c.words(e.target))
