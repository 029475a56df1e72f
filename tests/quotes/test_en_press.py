"""English press constructions that real articles got wrong: one test per construction."""

from __future__ import annotations

from .helpers import name, quotes


def test_short_quote_set_off_for_its_cue(en_nlp):
    [(q, who)] = quotes(en_nlp, '"We must go," said Anna Berg.')
    assert q.kind == "direct" and q.text == "We must go," and "Berg" in name(who)


def test_one_word_answer_with_its_cue(en_nlp):
    [(q, who)] = quotes(en_nlp, 'Asked whether he would resign, Paul Novak said: "Never."')
    assert q.text.startswith("Never") and "Novak" in name(who)


def test_scare_quote_without_cue_stays_out(en_nlp):
    assert quotes(en_nlp, 'The so-called "peace dividend" was spent on roads and bridges.') == []


def test_single_quoted_statement(en_nlp):
    [(q, who)] = quotes(en_nlp, "'We will rebuild the bridge by spring,' Mayor Ines Kowalski said on Friday.")
    assert q.kind == "direct" and q.text.startswith("We will rebuild") and "Kowalski" in name(who)


def test_headline_reports_in_the_present(en_nlp):
    text = (
        "Health minister says clinics will open on Sundays\n"
        "Health Minister Clara Dunn said on Monday that the plan would cost 40 million dollars."
    )
    found = quotes(en_nlp, text)
    headline = [(q, who) for q, who in found if q.text.startswith("clinics will open")]
    assert headline and "Dunn" in name(headline[0][1])


def test_statement_before_a_paratactic_cue(en_nlp):
    text = "Water rates will rise by four percent next spring, utility chief Omar Haddad says."
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "indirect" and q.text.startswith("Water rates will rise") and "Haddad" in name(who)


def test_inverted_cue_coordinated_with_the_statement(en_nlp):
    text = "The troops will leave the valley by Friday, said a statement from the office of Governor Amina Bello."
    [(q, who)] = quotes(en_nlp, text)
    assert q.text.startswith("The troops will leave") and "Bello" in name(who)


def test_title_names_the_person_who_bears_it(en_nlp):
    text = (
        "Senator Mark Stone met Governor Julia Park in the capital on Friday.\n"
        "The senator said the new highway was too costly for the state.\n"
        "The governor said that the federal grant would cover most of it."
    )
    found = {("highway" in q.text, "grant" in q.text): who for q, who in quotes(en_nlp, text)}
    assert "Stone" in name(found[True, False]) and "Park" in name(found[False, True])


def test_pronoun_after_a_quoted_name_the_ner_did_not_type_as_a_person(en_nlp):
    text = (
        "Energy Minister Lena Sorensen spoke to reporters on Tuesday about the pipeline.\n"
        '"The talks were long and difficult. We agreed on the main points," Kazem Tabrizadi, '
        "the country's deputy trade minister, wrote on social media.\n"
        '"Both sides want a deal before winter. We will meet again in March," he added.'
    )
    [(q, who)] = [(q, who) for q, who in quotes(en_nlp, text) if "March" in q.text]
    assert "Tabrizadi" in name(who)


def test_vowed_object_is_what_was_promised(en_nlp):
    text = 'Mayor Ruth Okafor vowed "tough new limits" on short-term rentals across the whole city.'
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "mixed" and "short-term rentals" in q.text and "Okafor" in name(who)


def test_relative_pronoun_speaks_for_its_noun(en_nlp):
    text = "Donald Trump drew criticism from economist Anil Prasad, who said the tariffs would hurt consumers."
    [(q, who)] = quotes(en_nlp, text)
    assert q.text.startswith("the tariffs") and "Prasad" in name(who) and "Trump" not in name(who)


def test_role_in_a_setting_is_someone_new(en_nlp):
    text = (
        "Prime Minister Boris Johnson said the economy was growing.\n"
        '"Why should voters believe you this time?" the debate moderator asked.'
    )
    [(q, who)] = [(q, who) for q, who in quotes(en_nlp, text) if "believe" in q.text]
    assert "Johnson" not in name(who) and q.speaker_text == "the debate moderator"


def test_place_beside_the_speaker_is_not_the_speaker(en_nlp):
    text = "Police in the Kenyan capital Nairobi said the suspects had fled towards the border."
    [(q, who)] = quotes(en_nlp, text)
    assert who is not None and who.type not in ("GPE", "LOC") and "police" in name(who).lower()


def test_name_in_a_modifier_of_the_speaker_is_not_the_speaker(en_nlp):
    text = "Budget hawks in the Senate said the spending plan would add billions to the national debt."
    [(q, who)] = quotes(en_nlp, text)
    assert name(who) != "Senate" and q.speaker_text.startswith("Budget hawks")


def test_coordinated_speakers_after_the_statement(en_nlp):
    text = "Gunmen attacked a market in the north of the country, killing five people, police and a local official said."
    [(q, who)] = quotes(en_nlp, text)
    assert q.text.endswith("killing five people") and q.speaker_text == "police and a local official"


def test_title_with_a_modifier_needs_the_same_modifier(en_nlp):
    text = (
        "Senator Helen Marsh of Ohio opened the hearing on Monday.\n"
        "Paul Grant, who represents Texas, spoke at length about the bill.\n"
        "The Texas senator said there was no realistic prospect of a deal this year."
    )
    [(q, who)] = [(q, who) for q, who in quotes(en_nlp, text) if "prospect" in q.text]
    assert "Marsh" not in name(who)


def test_single_quoted_line_without_cue_stays_out(en_nlp):
    text = "The two met at a comic shop in 2015.\n'Not an alien, but a mutant'\nThey married a year later."
    assert quotes(en_nlp, text) == []


def test_short_quotation_in_a_link_title_stays_out(en_nlp):
    text = "READ MORE: 'Bad luck,' not poor planning, to blame for the delays: mayor\nThe city opened the bridge."
    assert [q for q, _ in quotes(en_nlp, text) if q.text.startswith("Bad luck")] == []


def test_court_ruling_reports_its_finding(en_nlp):
    text = "The appeals court ruled that the new voting map broke federal law."
    [(q, who)] = quotes(en_nlp, text)
    assert q.text.startswith("that the new voting map") and "court" in (q.speaker_text or "").lower()


def test_inverted_cue_reports_the_clause_before_its_comma(en_nlp):
    text = "The strike is not only about wages but about the whole pension system, says the union leader Maria Lopez."
    found = [(q, who) for q, who in quotes(en_nlp, text) if "pension system" in q.text]
    assert found and "Lopez" in name(found[0][1])


def test_gerund_behind_the_object_of_accuse_is_reported(en_nlp):
    text = ("Martin, who was a union leader in his youth, has accused the board's members of becoming "
            "'greedy' managers and of betraying their workers.")
    found = [(q, who) for q, who in quotes(en_nlp, text) if "betraying their workers" in q.text]
    assert found and found[0][0].cue == "accuse" and "Martin" in name(found[0][1])


def test_reporting_phrases_of_several_words(en_nlp):
    text = ("The mayor, Jane Holt, pointed out that the road budget had doubled in two years. "
            "Senator Mark Lee warned against a hasty vote on the transit bill next week.")
    found = quotes(en_nlp, text)
    by_cue = {q.cue: (q, who) for q, who in found}
    assert "point out" in by_cue and "Holt" in name(by_cue["point out"][1])
    assert "warn against" in by_cue and "hasty vote" in by_cue["warn against"][0].text


def test_judgement_of_an_object_with_its_attribute(en_nlp):
    found = quotes(en_nlp, "The regulator deemed the merger harmful to consumers in rural areas.")
    assert found and "merger harmful" in found[0][0].text and found[0][0].speaker_text == "The regulator"


def test_subject_and_verb_after_a_set_off_quotation_introduce_it(en_nlp):
    # "fume" is no reporting verb of the list: a subject and a verb closing the sentence right
    # after a quotation ending in a comma introduce it.
    text = ('Mary Cole met the striking teachers on Monday. "We will not give up on the wages of the '
            'teachers," she fumed.')
    found = [(q, who) for q, who in quotes(en_nlp, text) if q.text.startswith("We will not")]
    assert found and "Cole" in name(found[0][1])


def test_call_for_reports_what_is_called_for(en_nlp):
    text = "The harbour master Ian Doyle called for an inquiry into the handling of the oil spill."
    found = [(q, who) for q, who in quotes(en_nlp, text) if "inquiry into the handling" in q.text]
    assert found and found[0][0].cue == "call for" and "Doyle" in name(found[0][1])
    # a bare call with too few words reports nothing
    assert not quotes(en_nlp, "The hiker Ian Doyle called for help.")


def test_gerund_set_off_after_the_verb_is_not_what_was_said(en_nlp):
    text = ('Tom Brandt looked at his daughter. "I am so proud of you," he said, voice breaking with emotion.')
    found = quotes(en_nlp, text)
    assert any(q.text.startswith("I am so proud") for q, _ in found)
    assert not any("voice breaking" in q.text for q, _ in found)
    # a finite clause after the verb still is
    said = quotes(en_nlp, "Tom Brandt said the workers were striking for better pay.")
    assert any("striking for better pay" in q.text for q, _ in said)


def test_a_day_before_a_relative_pronoun_is_not_its_antecedent(en_nlp):
    text = ('Canada issued a new travel advisory Monday that warned of the "risk of arbitrary detention of '
            'foreign nationals" in the region.')
    for q, _ in quotes(en_nlp, text):
        assert q.speaker_text != "Monday"
