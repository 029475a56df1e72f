"""A sentence-opening trigger the parser tags as a name because of its capital, invented sentences."""

from __future__ import annotations

from veille.events import triggers
from veille.nlp.pipeline import build_nlp


def test_dateline_opening_plural_noun_is_still_a_trigger(code):
    c = code("NAIROBI - Talks between Kenya and Uganda have made progress, officials said.", "en")
    consult = c.one("CONSULT")
    assert consult.trigger.text == "Talks"
    assert {"Kenya", "Uganda"} <= c.words(consult.source) | c.words(consult.target)


def test_opening_word_skips_the_dateline_and_a_determiner():
    nlp = build_nlp("fr")
    doc = nlp("LYON (AFP) - Les négociations ont repris.")
    # The parser may end a sentence after the agency: the dash then opens the next one.
    sent = next(s for s in doc.sents if "négociations" in s.text)
    assert triggers.opening_word(sent).lower_ == "négociations"
    doc = build_nlp("en")("Officials in Nairobi said nothing.")
    assert triggers.opening_word(next(doc.sents)).text == "Officials"


def test_a_name_at_the_opening_is_left_alone():
    nlp = build_nlp("en")
    coder = nlp.get_pipe("veille_events")
    doc = nlp("Kenya said on Monday that it would reopen the border.")
    assert triggers.openings(doc, coder.table, coder.noun_lemma) == []
    assert doc[0].pos_ == "PROPN"


def test_dateline_with_agency_and_glued_dash():
    # The tokenizer leaves the dash on the word; the agency in brackets is no part of the sentence.
    doc = build_nlp("en")("LAGOS (Reuters) -Talks held in Lagos among Ghana and Togo ended on Friday.")
    assert triggers.opening_word(next(doc.sents)).text == "-Talks"
