"""Inputs that must not fool the quote stage."""

from __future__ import annotations

import random

import pytest

from veille.model import Article
from veille.nlp import analyze_one


def test_scare_quotes_around_one_word_are_not_quotes(en_nlp, fr_nlp):
    assert en_nlp('The so-called "reform" was abandoned by the new government last spring.')._.quotes == []
    assert fr_nlp("La « réforme » a été abandonnée par le nouveau gouvernement au printemps.")._.quotes == []


def test_apostrophes_inside_quotes(en_nlp, fr_nlp):
    [q] = en_nlp("\"We don't know what's next, it's Canada's call,\" Freeland said.")._.quotes
    assert q.text == "We don't know what's next, it's Canada's call,"
    [q] = fr_nlp("« L’État n’a pas tenu ses promesses aujourd’hui » , a estimé le député.")._.quotes
    assert q.text == "L’État n’a pas tenu ses promesses aujourd’hui"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_unbalanced_marks_do_not_crash_or_run_to_the_end(lang, en_nlp, fr_nlp):
    nlp = en_nlp if lang == "en" else fr_nlp
    filler = "The committee met again on Tuesday to discuss the budget of the region.\n" * 60
    text = 'He said "this is not over.\n' + filler + "Il a dit « jamais.\n" + filler + 'End with a stray " mark.'
    doc = nlp(text)
    for q in doc._.quotes:
        assert q.end - q.start < 300


def test_long_article_without_quotes(en_nlp):
    rng = random.Random(4)
    words = "the council approved a new plan for roads schools and parks in the northern district".split()
    sentences = [" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(420)]
    text = "\n\n".join(" ".join(sentences[i : i + 6]) for i in range(0, 420, 6))
    assert len(text.split()) >= 5000
    assert en_nlp(text)._.quotes == []


def test_blank_pipeline_still_finds_direct_quotes():
    text = "«Мы не отступим перед угрозами наших противников», сказал министр во вторник."
    analysis = analyze_one(Article.from_text(text, language="ru"))
    [q] = analysis.quotes
    assert q.kind == "direct" and q.text.startswith("Мы не отступим")
    assert q.speaker is None


def test_quotes_are_model_objects_with_exact_offsets(reference_text):
    analysis = analyze_one(Article.from_text(reference_text, language="fr"))
    ids = {e.id for e in analysis.entities}
    for q in analysis.quotes:
        assert reference_text[q.start : q.end] == q.text
        assert q.speaker is None or q.speaker in ids
