"""Recipients PLOVER codes beyond a verb's direct object, and acts that are no events, in both languages."""

from __future__ import annotations


def test_own_object_is_no_target_en(code):
    c = code("Syria offered its troops to Lebanon.", "en")
    e = c.events("AGREE") + c.events("AID")
    assert e and "Lebanon" in c.words(e[0].target) and "troops" not in c.words(e[0].target)


def test_own_object_is_no_target_fr(code):
    c = code("La France envoie ses soldats au Mali.", "fr")
    e = c.analysis.events[0]
    assert c.words(e.target) == {"Mali"}


def test_owner_of_the_object_is_the_target_en(code):
    c = code("Albania denounced Serbia's suppression of the unrest.", "en")
    e = c.one("ACCUSE")
    assert "Serbia" in c.words(e.target)


def test_recipient_in_a_complement_en(code):
    c = code("Peru granted asylum to five Panamanian army officers.", "en")
    e = c.one("AID")
    assert c.words(e.target) and "Peru" in c.words(e.source)


def test_expelled_people_stay_the_target_fr(code):
    c = code("Le Royaume-Uni a expulsé 23 diplomates russes.", "fr")
    e = c.one("SANCTION")
    assert "Royaume-Uni" in c.words(e.source) and any("diplomates" in w for w in c.words(e.target))


def test_hyphenated_name_before_the_verb_is_its_subject_fr(code):
    c = code("La semaine dernière, le Royaume-Uni a déjà expulsé 23 diplomates russes.", "fr")
    assert "Royaume-Uni" in c.words(c.one("SANCTION").source)


def test_people_in_general_are_actors_fr(code):
    c = code("Plusieurs personnes organisatrices ont été arrêtées.", "fr")
    e = c.one("COERCE")
    assert any("personnes" in w for w in c.words(e.target))


def test_people_in_general_are_actors_en(code):
    c = code("Several members of the party were arrested.", "en")
    assert c.one("COERCE").target


def test_a_thing_that_kills_is_no_actor_fr(code):
    c = code("Le conflit a tué environ 310 000 personnes.", "fr")
    assert c.events("ASSAULT") == []


def test_a_thing_that_kills_is_no_actor_en(code):
    c = code("The earthquake killed 300 people.", "en")
    assert c.events("ASSAULT") == []


def test_resignation_has_no_recipient_fr(code):
    c = code("Manuel Valls a démissionné du poste de Premier ministre.", "fr")
    assert c.one("RETREAT").target == []


def test_framing_act_is_the_main_event_en(code):
    c = code("The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.", "en")
    best = max(c.analysis.events, key=lambda e: e.confidence)
    assert best.type == "REQUEST"


def test_threatened_party_is_who_must_comply_en(code):
    c = code("Iran threatened to launch an offensive unless Baghdad accepted its conditions.", "en")
    e = c.one("THREATEN")
    assert "Iran" in c.words(e.source) and "Baghdad" in c.words(e.target)
