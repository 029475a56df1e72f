"""Reported claims: a conduct asserted in a speech verb's clause is the speaker's act, not the doer's."""

from __future__ import annotations


def test_french_asserted_support_of_an_armed_group_is_an_accusation(code):
    c = code("Bamako a affirmé mardi que Niamey finançait les rebelles du FLA.", "fr")
    assert c.events("AID") == [] and c.events("SUPPORT") == []
    e = c.one("ACCUSE")
    assert "Bamako" in c.words(e.source) and "Niamey" in c.words(e.target)


def test_english_asserted_hostile_conduct_is_an_accusation(code):
    c = code("Kenya said on Monday that Uganda was attacking its border posts.", "en")
    assert c.events("ASSAULT") == []
    e = c.one("ACCUSE")
    assert "Kenya" in c.words(e.source) and "Uganda" in c.words(e.target)


def test_asserted_friendly_conduct_is_no_event(code):
    c = code("Le ministre Paul Durand a assuré que la Belgique soutient le plan de paix.", "fr")
    assert c.events("SUPPORT") == [] and c.events("ACCUSE") == []
    c = code("The minister Anna Berg said that Norway supports the peace plan.", "en")
    assert c.events("SUPPORT") == [] and c.events("ACCUSE") == []


def test_reported_completed_act_stays_the_doers(code):
    c = code("Kenya said Uganda had arrested the opposition leader Peter Okello.", "en")
    e = c.one("COERCE")
    assert "Uganda" in c.words(e.source) and "Kenya" not in c.words(e.source)


def test_speakers_own_act_stays_an_event(code):
    c = code("L'armée malienne a affirmé qu'elle attaquait les positions des jihadistes.", "fr")
    assert c.events("ASSAULT") and c.events("ACCUSE") == []


def test_a_criticised_statement_points_to_its_author(code):
    c = code("Le Maroc a condamné les propos du président algérien Abdelmadjid Tebboune sur les réfugiés.", "fr")
    e = c.one("ACCUSE")
    assert "Maroc" in c.words(e.source) and any("Tebboune" in w for w in c.words(e.target))
    c = code("Norway rejected Sweden's proposal on fishing quotas.", "en")
    e = c.one("REJECT")
    assert "Norway" in c.words(e.source) and "Sweden" in c.words(e.target)


def test_rejected_measures_point_to_the_nation_that_imposed_them(code):
    c = code("Le gouvernement vénézuélien a rejeté les sanctions canadiennes contre le ministre Pedro Lara.", "fr")
    e = c.one("REJECT")
    assert any("Canad" in w or "canad" in w for w in c.words(e.target))


def test_a_participle_with_its_agent_names_the_critic_and_the_author(code):
    c = code("Le président Kaïs Saïed a tenu des propos dénoncés par Amnesty International.", "fr")
    e = c.one("ACCUSE")
    assert any("Amnesty" in w for w in c.words(e.source)) and any("Saïed" in w for w in c.words(e.target))
    c = code("President Kais Saied made remarks condemned by Amnesty International.", "en")
    e = c.one("ACCUSE")
    assert any("Amnesty" in w for w in c.words(e.source)) and any("Saied" in w for w in c.words(e.target))
