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
