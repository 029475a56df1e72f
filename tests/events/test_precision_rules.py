"""Vetoes and checks that keep non-events out: participles used as nouns, interceptions, purpose
clauses."""

from __future__ import annotations


def _fired(cands, rule: str) -> bool:
    return any(rule in (c.rules or ()) for c in cands)


def test_shooting_down_missiles_is_no_attack(code, trace):
    text = "L'armée de l'air ukrainienne a abattu douze missiles russes dans la nuit."
    assert code(text, "fr").events("ASSAULT") == []
    assert _fired(trace(text, "fr"), "interception_sense")


def test_a_date_read_as_an_object_does_not_hide_the_munitions(code):
    for text in ("La Moldavie a dit avoir abattu vendredi sept drones russes.",
                 "La Pologne a annoncé avoir abattu dimanche 14 missiles russes au-dessus de Lublin."):
        assert code(text, "fr").events("ASSAULT") == []


def test_shooting_down_drones_is_no_attack_in_english(code):
    assert code("Polish air defences shot down three drones over Lublin.", "en").events("ASSAULT") == []


def test_shooting_at_soldiers_is_still_an_attack(code):
    c = code("Les rebelles ont abattu deux soldats maliens près de Gao.", "fr")
    assert c.events("ASSAULT") or c.events("COERCE")


def test_purpose_clause_with_finite_verb_is_an_aim(code):
    c = code("L'opposition manifeste pour que le gouvernement libère les prisonniers politiques.", "fr")
    assert [e for e in c.analysis.events if e.trigger.text == "libère"] == []


def test_participle_with_a_determiner_is_a_noun(code, trace):
    text = "Le colonel Traoré était l'exécutant de cette opération contre le village."
    assert code(text, "fr").events("ASSAULT") == []
    assert _fired(trace(text, "fr"), "nominal_participle")


def test_a_verb_default_carrying_a_named_act_is_no_second_event(code):
    c = code("In 2018 the United States reimposed harsh sanctions on Iran.", "en")
    assert [e.type for e in c.analysis.events] == ["SANCTION"]
    assert c.words(c.one("SANCTION").source) == {"United States"}
