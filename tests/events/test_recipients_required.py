"""A dyadic act needs the party it is done to; speech acts may stand without an addressee."""

from __future__ import annotations


def test_agreement_with_nobody_on_the_other_side_is_not_coded(code):
    c = code("Le ministre Paul Durand a accepté de prendre les mesures nécessaires.", "fr")
    assert c.events("AGREE") == []
    c = code("The minister Anna Berg agreed to take the necessary steps.", "en")
    assert c.events("AGREE") == []


def test_agreement_with_a_named_party_stays(code):
    c = code("Le Mali a signé un accord avec l'Algérie.", "fr")
    assert c.analysis.events
    c = code("Norway agreed to a ceasefire with Sweden.", "en")
    assert c.analysis.events


def test_a_denunciation_needs_no_addressee(code):
    c = code("Le syndicat CGT a dénoncé une réforme injuste.", "fr")
    e = c.one("ACCUSE")
    assert e.target == [] and e.source
    c = code("The union Unite rejected the plan on Monday.", "en")
    e = c.one("REJECT")
    assert e.target == []


def test_the_object_a_trigger_requires_carries_the_recipient(code):
    c = code("Les rebelles ont pris le contrôle de la ville de Goma.", "fr")
    assert any(e.mode == "seize" for e in c.events("COERCE"))


def test_a_measure_used_as_an_instrument_is_done_to_the_patient(code):
    c = code("Four officials were targeted with new sanctions by Canada.", "en")
    assert c.events("ASSAULT") == []
    e = c.one("SANCTION") if c.events("SANCTION") else c.one("COERCE")
    assert "Canada" in c.words(e.source) and any("officials" in w for w in c.words(e.target))


def test_support_brought_to_someone_hangs_on_the_light_verb(code):
    c = code("Le Japon a apporté son soutien au Sénégal.", "fr")
    e = c.one("SUPPORT")
    assert "Japon" in c.words(e.source) and "Sénégal" in c.words(e.target)


def test_a_thing_is_no_recipient_of_an_arrest_or_an_agreement(code):
    c = code("The minister Anna Berg agreed to the new timetable.", "en")
    assert c.events("AGREE") == []
    c = code("Le ministre Paul Durand a accepté le nouveau calendrier.", "fr")
    assert c.events("AGREE") == []


def test_a_city_attacked_stays_a_recipient(code):
    c = code("Les rebelles ont attaqué la ville.", "fr")
    assert c.events("ASSAULT")
