"""PLOVER conventions and English constructions of the event coder, one sentence each."""

from __future__ import annotations

from veille.events import triggers
from veille.events.component import events_data


def test_announced_refusal_is_a_rejection(code):
    c = code("Syria said it will not accept any more refugees.", "en")
    e = c.one("REJECT")
    assert not e.negated and "Syria" in c.words(e.source)
    assert c.events("AGREE") == []


def test_lifting_a_curfew_is_a_concession_to_the_place(code):
    c = code("Serbia lifted a night curfew in Montenegro on Sunday.", "en")
    e = c.one("CONCEDE")
    assert "Serbia" in c.words(e.source) and "Montenegro" in c.words(e.target)
    assert c.events("COERCE") == []


def test_halting_attacks_is_a_retreat(code):
    c = code("The rebels halted their attacks on the capital.", "en")
    assert c.one("RETREAT").mode == "ceasefire"
    assert c.events("ASSAULT") == []


def test_protest_recipient_comes_from_its_demand(code):
    c = code("Thousands of students staged demonstrations to demand the resignation of President Suharto.", "en")
    e = c.one("PROTEST")
    assert "President Suharto" in c.words(e.target) or "Suharto" in c.words(e.target)


def test_of_phrase_of_an_invasion_is_its_target(code):
    c = code("Israel today mounted its invasion of South Lebanon.", "en")
    e = c.one("ASSAULT")
    assert "Israel" in c.words(e.source) and "South Lebanon" in c.words(e.target)


def test_stative_participle_names_the_actor(code):
    c = code("Israel is opposed to French mediation in the talks.", "en")
    e = c.one("REJECT")
    assert "Israel" in c.words(e.source) and "Israel" not in c.words(e.target)


def test_coordinated_modifiers_are_two_actors(code):
    c = code("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.", "en")
    e = c.one("AGREE")
    assert {"Hungarian", "Romanian officials"} <= c.words(e.source) | c.words(e.target)


def test_mobilized_forces_are_not_the_recipient(code):
    c = code("Britain mobilized army reservists for a possible war against Iraq on Tuesday.", "en")
    e = c.one("MOBILIZE")
    assert "Britain" in c.words(e.source) and c.words(e.target) == {"Iraq"}


def test_intention_covers_a_chain_of_infinitives(code):
    c = code("Norway is willing to send material to help defend Saudi Arabia.", "en")
    assert c.events("AID") == []
    assert any("Saudi Arabia" in c.words(e.target) for e in c.events("AGREE"))


def test_demonstrators_blocking_roads_protest(code):
    c = code("Young demonstrators blocked roads leading to the city centre on Sunday.", "en")
    assert c.one("PROTEST").mode == "obstruct"
    assert c.events("COERCE") == []


def test_signing_a_treaty_is_support(code):
    c = code("Czechia and China signed an agreement today to increase trade.", "en")
    e = c.one("SUPPORT")
    assert {"Czechia", "China"} <= c.words(e.source) | c.words(e.target)


def test_summoning_an_ambassador_is_an_accusation(code):
    c = code("Nigeria's foreign minister summoned Niger's ambassador on Tuesday.", "en")
    assert c.one("ACCUSE").mode == "disapprove"
    assert c.events("CONSULT") == []


def test_withdrawing_inspectors_is_a_sanction(code):
    c = code("The United Nations withdrew its weapons inspectors from Iraq.", "en")
    e = c.one("SANCTION")
    assert e.mode == "withdraw" and "Iraq" in c.words(e.target)


def test_recipient_after_a_stranded_preposition(code):
    c = code("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a residence.", "en")
    e = c.one("AID")
    assert "Peru" in c.words(e.source) and any("Panamanian" in w for w in c.words(e.target))


def test_place_inside_the_object_phrase(code):
    c = code("Red Cross officials suspended aid deliveries in Baghdad on Wednesday.", "en")
    e = c.one("SANCTION")
    assert "Baghdad" in c.words(e.target)


def test_cameo_patterns_stay_with_their_verb(en_nlp):
    table = triggers.lexicon(events_data("en"))
    broke = [t for t in table[("break", "VERB")] if t.obj == "deadlock"]
    assert broke and broke[0].type == "AGREE"
    assert not [t for t in table.get(("beat", "VERB"), []) if t.obj == "deadlock"]
    # A pattern CAMEO codes as no event blocks its verb's default: seizing an opportunity is no seizure.
    seize = [t for t in table[("seize", "VERB")] if t.obj == "opportunity"]
    assert seize and seize[0].type == ""


def test_narrow_record_beats_a_default(en_nlp):
    table = triggers.lexicon(events_data("en"))
    entries = table[("block", "VERB")]
    assert entries[0].specificity >= entries[-1].specificity
    assert any(t.obj == "road" and t.type == "PROTEST" for t in entries)


def test_verbs_of_thought_and_elections_code_nothing(code):
    assert code("The coach said he thinks the team has learned a lot from the match.", "en").analysis.events == []
    c = code("Two Labour candidates were defeated in the election on Sunday.", "en")
    assert c.events("ASSAULT") == []


def test_a_light_verb_keeps_its_objects_event(code):
    c = code("The army took part in joint exercises with Egypt.", "en")
    assert c.events("COERCE") == []


def test_a_protests_demand_is_not_a_separate_event(code):
    c = code("Islamic fundamentalists continued their hunger strike to demand the resignation of President Ben Bella.", "en")
    e = c.one("PROTEST")
    assert any("Ben Bella" in w for w in c.words(e.target))
    assert c.events("REQUEST") == []


def test_a_demands_clause_names_its_recipient(code):
    c = code("The rebels insisted on their demands that the Burundi government grant the majority more rights.", "en")
    e = c.one("REQUEST")
    assert any("government" in w for w in c.words(e.target))


def test_the_government_of_a_named_person_is_that_person(code):
    c = code("The military government of President Prosper Avril arrested political opponents on Saturday.", "en")
    e = c.one("COERCE")
    assert "Prosper Avril" in c.words(e.source)


def test_their_forces_in_a_report_are_the_reporters(code):
    c = code("Bosnian Serbs said on Tuesday their forces had completed their withdrawal from Gorazde.", "en")
    assert any("Bosnian Serbs" in c.words(e.source) for e in c.events("RETREAT"))


def test_a_name_after_a_comma_in_the_next_clause_is_not_the_object(code):
    c = code("The government arrested political opponents, a spokeswoman for the U.S. embassy said.", "en")
    e = c.one("COERCE")
    assert not any("spokeswoman" in w for w in c.words(e.target))


def test_cancelling_a_meeting_is_a_rejection_and_denying_entry_too(code):
    c = code("The French minister cancelled a planned visit to Haiti on Sunday.", "en")
    assert c.one("REJECT").mode == "meet"
    c = code("Hungary denied entry to the Ghanaian delegation.", "en")
    assert "Hungary" in c.words(c.one("REJECT").source)


def test_a_complaint_targets_the_accused_not_the_addressee(code):
    c = code("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.", "en")
    e = c.one("ACCUSE")
    assert "Israeli" in c.words(e.target) and "United Nations" not in c.words(e.target)


def test_a_protest_in_words_is_an_accusation(code):
    c = code("The opposition party protested that the government had rigged the election.", "en")
    assert c.one("ACCUSE").mode == "disapprove"
    assert c.events("PROTEST") == []
    c = code("Thousands of students protested in the capital on Sunday.", "en")
    assert c.one("PROTEST").mode == "demo"


def test_refusal_reaches_the_clause_of_what_is_refused(code):
    c = code("The UNITA militarist wing refused to allow United Nations planes to land in Angola.", "en")
    e = c.one("REJECT")
    assert "United Nations" in c.words(e.target)


def test_what_is_given_is_not_the_recipient(code):
    c = code("The United States is providing aerial photographs and military intelligence to Macedonia.", "en")
    assert "Macedonia" in c.words(c.one("AID").target)
    c = code("France contributed 4,000 troops to Liberia on Monday.", "en")
    e = c.one("AID")
    assert c.words(e.target) == {"Liberia"}


def test_a_protest_against_someones_acts_targets_them(code):
    c = code("Salaheddine Sidhoum staged a hunger strike on Sunday in protest against the human rights "
             "violations by Algerian security forces.", "en")
    e = c.one("PROTEST")
    assert "Salaheddine Sidhoum" in c.words(e.source) and "Algerian security forces" in c.words(e.target)


def test_a_conditioned_hypothetical_conflict_is_a_threat(code):
    c = code("The European Community may halt its mediation efforts in Serbia if the talks fail.", "en")
    e = c.one("THREATEN")
    assert "European Community" in c.words(e.source)
    assert code("Russia could sanction Lithuania.", "en").analysis.events == []


def test_receiving_observers_is_a_retreat_giving_access(code):
    c = code("Kyrgyz Prime Minister Nikolai Tanaev received a mission of observers from the OSCE.", "en")
    assert c.one("RETREAT").mode == "access"


def test_an_act_on_a_deed_targets_its_doer(code):
    c = code("Serbian military police have launched an investigation into alleged crimes committed by Croatian "
             "extremists against Serb civilians.", "en")
    e = c.one("ACCUSE")
    assert e.mode == "investigate" and "Croatian extremists" in c.words(e.target)


def test_mobilising_is_a_move_of_armed_forces(code):
    assert code("Saudi Arabia has mobilized pressure groups in the United States.", "en").events("MOBILIZE") == []
    c = code("Russia deployed 3,000 troops along the border with Ukraine.", "en")
    assert "Russia" in c.words(c.one("MOBILIZE").source)


def test_a_word_inside_a_name_is_no_act(code):
    c = code("The Asia-Pacific Economic Cooperation forum has agreed to set up an energy research center in Tokyo.", "en")
    assert c.events("COOPERATE") == []
    assert c.events("AGREE")
