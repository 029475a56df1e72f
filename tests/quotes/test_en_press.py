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
