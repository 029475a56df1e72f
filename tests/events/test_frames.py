"""Support verb + noun frames ("faire pression sur", "issued a warning to"), invented sentences."""

from __future__ import annotations

import pytest

from veille.events import triggers
from veille.events.lexicon import lexicon


@pytest.mark.parametrize("text, lang, type_, source, target", [
    ("Le ministre Paul Lenoir a fait pression sur le Maroc mardi.", "fr", "REQUEST", "Paul Lenoir", "Maroc"),
    ("La Suède a adressé un avertissement à la Russie.", "fr", "THREATEN", "Suède", "Russie"),
    ("Le Sénégal a présenté ses condoléances au Mali.", "fr", "SUPPORT", "Sénégal", "Mali"),
    ("Le Japon a présenté ses excuses à la Corée du Sud.", "fr", "SUPPORT", "Japon", "Corée du Sud"),
    ("Turkey put pressure on Sweden over the vote.", "en", "REQUEST", "Turkey", "Sweden"),
    ("France issued a warning to Russia on Friday.", "en", "THREATEN", "France", "Russia"),
    ("Spain offered condolences to Morocco.", "en", "SUPPORT", "Spain", "Morocco"),
])
def test_frame_codes_the_verb_with_its_subject_and_recipient(code, text, lang, type_, source, target):
    c = code(text, lang)
    event = c.one(type_)
    assert source in c.words(event.source) and target in c.words(event.target)
    # One record per happening: the noun, a trigger of its own for some frames, makes no second event.
    assert len(c.analysis.events) == 1, [(e.type, e.trigger.text) for e in c.analysis.events]


@pytest.mark.parametrize("text, lang", [
    ("Le Mali a fait pression.", "fr"),
    ("The minister put pressure.", "en"),
])
def test_frame_without_its_recipient_is_no_event(code, text, lang):
    assert code(text, lang).analysis.events == []


def test_frames_are_declared_records():
    for lang in ("fr", "en"):
        assert lexicon(lang).frames
        rows = triggers.frame_rows(lexicon(lang).frames)
        assert all(r["pos"] == "VERB" and (r.get("obj") or r.get("prep")) for r in rows)
    with pytest.raises(TypeError):
        triggers.frame_rows([{"verb": "faire", "noun": "pression", "type": "REQUEST", "prepz": "sur"}])


def test_fixed_phrase_frame_needs_its_phrase():
    rows = triggers.Frame(verb="mettre", noun="garde", type="THREATEN", case="en", preps="à").rows()
    assert rows == [{"lemma": "mettre", "pos": "VERB", "type": "THREATEN", "mode": None, "prep": "en garde à"}]


@pytest.mark.parametrize("text, type_, source, target", [
    ("Al-Shabaab staged a series of attacks on Kenyan police in Mandera.", "ASSAULT", "Al-Shabaab", "Kenyan police"),
    ("Students staged a protest against the government of Kenya.", "PROTEST", "Students", "Kenya"),
])
def test_verb_the_lemmatizer_cuts_short_keeps_its_frames(code, text, type_, source, target):
    # "staged" is lemmatized "stag": the declared repair reads it as "stage".
    c = code(text, "en")
    event = c.one(type_)
    assert event.trigger.text == "staged"
    assert source in c.words(event.source) and target in c.words(event.target)


@pytest.mark.parametrize("text", [
    "Le ministre a affirmé que le Soudan avait lancé une opération armée terrestre contre le Tchad.",
    "L'Éthiopie a lancé une opération aérienne contre l'Érythrée.",
])
def test_armed_operation_is_an_assault(code, text):
    c = code(text, "fr")
    assault = c.one("ASSAULT")
    assert assault.trigger.text == "opération"
    assert c.words(assault.source) & {"Soudan", "Éthiopie"}


def test_captives_are_people_released(code):
    c = code("The Taliban released 40 of the captives on Friday.", "en")
    release = c.one("RETREAT")
    assert "Taliban" in c.words(release.source) and c.words(release.target) & {"captives", "40"}


@pytest.mark.parametrize("text, lang, source, target", [
    ("Iran held naval drills near Oman.", "en", "Iran", "Oman"),
    ("Russian warships carried out a joint patrol near Japan.", "en", "Russian", "Japan"),
    ("La marine russe a effectué une patrouille près du Japon.", "fr", "marine russe", "Japon"),
    ("L'armée chinoise a mené des manœuvres contre Taïwan.", "fr", "armée chinoise", "Taïwan"),
])
def test_armed_exercise_is_a_mobilisation(code, text, lang, source, target):
    c = code(text, lang)
    event = c.one("MOBILIZE")
    assert any(source in w for w in c.words(event.source)) and target in c.words(event.target)


def test_games_held_are_no_exercise(code):
    assert code("Brazil held the Olympic games in Rio.", "en").events("MOBILIZE") == []


def test_measure_object_reads_through_to_its_complement():
    from veille.nlp.pipeline import build_nlp
    nlp = build_nlp("en")
    coder = nlp.get_pipe("veille_events")
    doc = nlp("China staged two days of war games.")
    found = triggers.choose(doc[1], "VERB", coder.table, coder.repairs, coder.lex.extent_nouns)
    assert found is not None and found.type == "MOBILIZE"
    assert triggers.choose(doc[1], "VERB", coder.table, coder.repairs) is None or \
        triggers.choose(doc[1], "VERB", coder.table, coder.repairs).type != "MOBILIZE"
