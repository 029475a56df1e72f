"""English quotes through the full pipeline: one test per construction."""

from __future__ import annotations

from .helpers import name, quotes


def test_direct_quote_said_after(en_nlp):
    text = '"We will not back down from this fight," said Justin Trudeau on Monday.'
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "direct" and q.text == "We will not back down from this fight,"
    assert q.cue == "say" and "Trudeau" in name(who)


def test_direct_quote_speaker_before(en_nlp):
    text = 'Angela Merkel told reporters: "European cooperation remains our best protection."'
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "direct" and "Merkel" in name(who)


def test_indirect_said_that(en_nlp):
    text = "Finance Minister Bill Morneau said that the deficit would shrink faster than expected next year."
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "indirect" and q.text.startswith("that the deficit")
    assert "Morneau" in name(who)


def test_indirect_content_before_cue(en_nlp):
    text = "A man shot his neighbour after a long dispute over a fence, police said Saturday."
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "indirect" and q.text.startswith("A man shot his neighbour")
    assert q.speaker_text == "police"


def test_according_to(en_nlp):
    text = "According to the World Health Organization, the outbreak has already spread to four countries."
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "indirect" and q.text.startswith("the outbreak")
    assert "World Health Organization" in name(who)


def test_mixed_quote(en_nlp):
    text = 'The mayor warned that the new budget would be "a disaster for every family in this city."'
    [(q, who)] = quotes(en_nlp, text)
    assert q.kind == "mixed" and '"a disaster for every family in this city."' in q.text


def test_pronoun_speaker_resolves_to_the_last_person(en_nlp):
    text = (
        "Kevin Vickers is considering a run for the Liberal leadership in New Brunswick.\n\n"
        '"It is a long haul and I need to talk with my family first," he said in an interview.'
    )
    found = quotes(en_nlp, text)
    direct = [who for q, who in found if q.kind == "direct"]
    assert direct and "Vickers" in name(direct[0])


def test_continued_quote_takes_the_previous_speaker(en_nlp):
    text = (
        '"The numbers are worse than anything we have seen before," Smith said.\n\n'
        '"We need to act now, before the winter comes and the shelters are full."'
    )
    found = quotes(en_nlp, text)
    assert len(found) == 2
    assert found[0][0].speaker is not None and found[1][0].speaker == found[0][0].speaker


def test_as_clause_vouches_for_its_host_clause(en_nlp):
    # "as X said": the side clause says who reported the clause it hangs on.
    [(q, who)] = quotes(en_nlp, "As Mary Jones pointed out, the old bridge has been closed for two years.")
    assert q.text == "the old bridge has been closed for two years" and "Jones" in name(who)


def test_as_clause_with_its_own_object_is_no_report(en_nlp):
    # "as he said goodbye": the verb has its own object, so nothing else is vouched for.
    assert quotes(en_nlp, "The old man waved at the crowd as he said goodbye to his neighbours.") == []


def test_as_clause_with_a_complement_tells_when(en_nlp):
    # "as X agreed to more talks": "as" means "while"; nothing X said is vouched for.
    text = "Oil prices rose sharply in Asia as the two governments agreed to more talks on the pipeline."
    assert quotes(en_nlp, text) == []


def test_participle_with_agent_reports_what_the_agent_said(en_nlp):
    # "X, accused by Y of …": Y is who accuses, the gerund clause what Y said about X.
    text = "The strike goes on. The mayor, accused by the opposition of hiding the city's debts, resigned on Friday."
    [(q, _who)] = quotes(en_nlp, text)
    assert q.text == "of hiding the city's debts" and q.speaker_text == "the opposition"
