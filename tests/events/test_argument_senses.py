"""Trigger senses decided by the trigger's arguments: a warning that reports a conduct, a measure
upheld, a verb of aiming whose aimer is a measure, a promise of retaliation, a munition shot down."""

from __future__ import annotations


def test_a_warning_reporting_conduct_accuses(code):
    c = code("Sweden warned that Moscow was arming the separatists in the north.", "en")
    event = c.one("ACCUSE")
    assert "Sweden" in c.words(event.source) and "Moscow" in c.words(event.target)
    assert [e for e in c.analysis.events if e.type == "THREATEN" and e.trigger.text == "warned"] == []
    c = code("La Suède a averti que Moscou armait les séparatistes du nord.", "fr")
    assert any(e.trigger.text == "averti" for e in c.events("ACCUSE"))


def test_a_warning_of_what_will_happen_stays_a_threat(code):
    c = code("Sweden warned that Moscow would pay a heavy price for any attack.", "en")
    assert any(e.trigger.text == "warned" for e in c.events("THREATEN"))
    c = code("La Suède a averti que Moscou paiera cher toute attaque.", "fr")
    assert any(e.trigger.text == "averti" for e in c.events("THREATEN"))


def test_upholding_another_s_ban_supports_it(code):
    c = code("The appeals court upheld President Obama's travel ban on Monday.", "en")
    event = c.one("SUPPORT")
    assert event.trigger.text == "upheld" and "Obama" in " ".join(c.words(event.target))
    assert c.events("REJECT") == []


def test_upholding_its_own_ban_is_no_support(code):
    c = code("The government upheld its ban on rallies in the capital.", "en")
    assert all(e.trigger.text != "upheld" for e in c.events("SUPPORT"))


def test_sanctions_that_target_are_sanctions(code):
    c = code("The new sanctions target five Russian banks.", "en")
    assert c.events("ASSAULT") == []
    assert any(e.trigger.text == "target" for e in c.events("SANCTION"))
    c = code("Les nouvelles sanctions frappent dix banques russes.", "fr")
    assert c.events("ASSAULT") == []
    assert any(e.trigger.text == "frappent" for e in c.events("SANCTION"))


def test_a_party_targeting_after_sanctions_sanctions(code):
    c = code("Ten officials were sanctioned by Britain on Tuesday. The UK has also targeted two businessmen "
             "close to the Kremlin.", "en")
    assert all(e.trigger.text != "targeted" for e in c.events("ASSAULT"))
    assert any(e.trigger.text == "targeted" for e in c.events("SANCTION"))


def test_troops_that_target_attack(code):
    c = code("Britain imposed sanctions on ten officials. Russian troops targeted the city of Kharkiv.", "en")
    assert any(e.trigger.text == "targeted" for e in c.events("ASSAULT"))


def test_a_promised_retaliation_is_a_threat(code):
    c = code("Iran vowed retaliation against Israel.", "en")
    assert any(e.trigger.text == "vowed" for e in c.events("THREATEN")) and c.events("AGREE") == []
    c = code("L'Iran a promis des représailles contre Israël.", "fr")
    assert any(e.trigger.text == "promis" for e in c.events("THREATEN")) and c.events("AGREE") == []


def test_a_promised_cooperation_stays_an_agreement(code):
    c = code("Iran vowed cooperation with the inspectors.", "en")
    assert c.events("THREATEN") == []


def test_missiles_shot_down_past_a_time_adjunct_are_no_attack(code):
    c = code("L'Ukraine a annoncé avoir abattu jeudi à l'aube douze missiles russes visant Odessa.", "fr")
    assert all(e.trigger.text != "abattu" for e in c.events("ASSAULT"))


def test_refusing_to_close_the_door_is_no_rejection(code):
    c = code("Kinshasa a refusé de fermer toutes les portes de la discussion avec Kigali.", "fr")
    assert all(e.trigger.text != "refusé" for e in c.events("REJECT"))
    c = code("Kinshasa refused to close the door to talks with Kigali.", "en")
    assert all(e.trigger.text != "refused" for e in c.events("REJECT"))


def test_refusing_to_negotiate_stays_a_rejection(code):
    c = code("Kinshasa a refusé de négocier avec Kigali.", "fr")
    assert any(e.trigger.text == "refusé" for e in c.events("REJECT"))
    c = code("Kinshasa refused to negotiate with Kigali.", "en")
    assert any(e.trigger.text == "refused" for e in c.events("REJECT"))


def test_concluding_a_deal_is_agreeing(code):
    c = code("Le Soudan a conclu un accord avec l'Égypte sur le partage des eaux du Nil.", "fr")
    assert any(e.trigger.text == "conclu" for e in c.events("AGREE")) and c.events("SUPPORT") == []
    c = code("Sudan struck a deal with Egypt on sharing the waters of the Nile.", "en")
    assert any(e.trigger.text == "struck" for e in c.events("AGREE"))
    assert c.events("SUPPORT") == [] and c.events("ASSAULT") == []


def test_signing_a_deal_stays_support(code):
    c = code("Sudan signed a deal with Egypt on sharing the waters of the Nile.", "en")
    assert any(e.trigger.text == "signed" for e in c.events("SUPPORT"))


def test_an_adjunct_of_a_request_is_no_hypothesis(trace):
    """A participle or a finite clause hung on a verb of request reports its own act; only the
    infinitive complement is what is asked for."""
    found = trace("Le MRC, tout en condamnant les arrestations de ses dirigeants, demande à ses militants de "
                  "rester calmes.", "fr")
    assert [c.dropped for c in found if c.token.text == "condamnant"] != ["hypothetical"]
    found = trace("The party urged its supporters to stay calm, condemning the arrests of its leaders.", "en")
    assert [c.dropped for c in found if c.token.text == "condemning"] != ["hypothetical"]


def test_the_infinitive_asked_for_stays_a_hypothesis(trace):
    found = trace("Le MRC demande au gouvernement de libérer ses dirigeants.", "fr")
    assert [c.dropped for c in found if c.token.text == "libérer"] == ["hypothetical"]


def test_a_welcome_with_jeers_is_a_protest(code):
    c = code("Les délégués du syndicat ont accueilli le ministre Alain Berset à coups de sifflets jeudi "
             "à Zurich.", "fr")
    event = next(e for e in c.events("PROTEST") if e.trigger.text == "accueilli")
    assert "Alain Berset" in " ".join(c.words(event.target)) and c.events("CONSULT") == []
    c = code("Union delegates greeted Health Minister Alain Berset with boos in Zurich.", "en")
    assert any(e.trigger.text == "greeted" for e in c.events("PROTEST"))


def test_a_plain_welcome_stays_a_visit(code):
    c = code("Le président Macron a accueilli le ministre Alain Berset jeudi à Paris.", "fr")
    assert c.events("PROTEST") == [] and c.one("CONSULT")


def test_remarks_of_an_unnamed_office_holder_point_to_the_country(code):
    c = code("L'Union africaine a condamné les propos du président tunisien sur les migrants.", "fr")
    event = c.one("ACCUSE")
    assert "migrants" not in c.words(event.target) and c.words(event.target)
    c = code("The African Union condemned the remarks of the Tunisian president about migrants.", "en")
    event = c.one("ACCUSE")
    assert "migrants" not in c.words(event.target) and c.words(event.target)
