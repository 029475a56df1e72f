"""The coding rules on invented sentences: each construction the rules read, and the record of
which rules fired."""

from __future__ import annotations

import pytest


def _dropped(candidates, type_):
    return {c.dropped for c in candidates if c.type == type_ and c.dropped}


# --- trigger senses checked against their arguments ---------------------------------------------

def test_an_impersonal_comment_is_no_attack(code, trace):
    text = "It's striking that the governor never answered the union's letter."
    assert code(text, "en").events("ASSAULT") == []
    assert "impersonal comment" in _dropped(trace(text, "en"), "ASSAULT")


def test_a_byline_is_no_aid(code):
    c = code("Norway and Sweden signed a trade agreement on Friday. Martha Klein contributed reporting from Geneva.", "en")
    assert c.events("AID") == []
    assert c.analysis.events  # the news itself is still coded


def test_showing_is_no_demonstration(code):
    c = code("The mayor's isolation, as demonstrated by the resignation of his deputy Paul Graves, "
             "worried the council.", "en")
    assert c.events("PROTEST") == []


def test_naming_something_is_no_phone_call(code, trace):
    text = "Prime Minister Johnson called the deficit 'the central question of this election'."
    assert code(text, "en").events("CONSULT") == []
    assert "naming" in _dropped(trace(text, "en"), "CONSULT")


def test_a_battle_to_win_votes_is_no_fight(code):
    c = code("The Green Party faces a long battle to win seats in the British parliament.", "en")
    assert c.events("ASSAULT") == [] and c.events("ACCUSE") == []


def test_firing_an_official_is_no_shooting(code):
    assert code("Governor Ellis fired the police chief on Monday.", "en").events("ASSAULT") == []


def test_living_somewhere_is_no_seizure(code):
    c = code("La ministre Claire Dubois occupe un logement social à Lyon depuis 2019.", "fr")
    assert c.events("COERCE") == []


def test_a_seizure_of_a_place_stays(code):
    c = code("Les rebelles ont occupé la ville de Goma en janvier.", "fr")
    assert c.one("COERCE").mode == "seize"


# --- roles -----------------------------------------------------------------------------------------

def test_whoever_is_under_arrest_is_the_target(code):
    c = code("Senator Diaz, who has been under house arrest since May, told reporters he was innocent.", "en")
    e = c.one("COERCE")
    assert e.source == [] and "Diaz" in " ".join(c.words(e.target))
    assert "state_of_arrest" in e.rules


def test_who_placed_someone_under_arrest_is_the_source(code):
    c = code("The army placed President Okafor under house arrest on Sunday.", "en")
    e = c.one("COERCE")
    assert "Okafor" in " ".join(c.words(e.target)) and "Okafor" not in " ".join(c.words(e.source))


def test_a_speaker_condemning_an_attack_blames_no_place(code):
    c = code("White House spokesman Josh Earnest condemned the attack in Washington.", "en")
    e = c.one("ACCUSE")
    assert "Earnest" in " ".join(c.words(e.source)) and e.target == []


def test_condemning_an_arrest_blames_the_arrester_not_the_arrested(code):
    c = code("Rached Ghannouchi a condamné l'arrestation des opposants par la police.", "fr")
    e = c.one("ACCUSE")
    assert "Ghannouchi" in " ".join(c.words(e.source))
    assert "opposants" not in " ".join(c.words(e.target))


def test_condemning_an_invasion_blames_its_doer(code):
    c = code("Londres a condamné l'invasion russe.", "fr")
    e = c.one("ACCUSE")
    assert "russe" in c.words(e.target) and "Londres" in c.words(e.source)


# --- rules fire in order and are recorded --------------------------------------------------------

@pytest.mark.parametrize("text, lang, rule", [
    ("President Macron spoke with Chancellor Scholz about Ukraine on Monday.", "en", "partner_participant"),
    ("The army placed President Okafor under house arrest on Sunday.", "en", "state_of_arrest"),
    ("Boko Haram has killed civilians in Borno since 2009.", "en", "people_in_required_object"),
])
def test_events_record_the_rules_that_fired(code, text, lang, rule):
    events = code(text, lang).analysis.events
    assert events
    assert all(isinstance(e.rules, list) for e in events)
    if rule:
        assert any(rule in e.rules for e in events)


def test_defending_a_cause_is_no_support(code, trace):
    text = "Le ministre Paul Roux a promis de défendre les frontières de la Pologne."
    assert "cause, not party" in _dropped(trace(text, "fr"), "SUPPORT")
    assert code("La ministre Anne Roy a défendu le préfet Jean Marc devant les députés.", "fr").events("SUPPORT")


def test_defending_sovereignty_is_no_aid(trace):
    assert "cause, not party" in _dropped(trace("Senator Clark vowed to defend the sovereignty of the United States.", "en"), "AID")
