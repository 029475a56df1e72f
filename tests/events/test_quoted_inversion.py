"""After a closing quote and a comma the speaker follows the verb ("« … », a demandé la ministre X"):
he is who acts, never the target the parse's object reading would make him."""

from __future__ import annotations


def _inverted(cands) -> list:
    return [c for c in cands if "quoted_inversion" in (c.rules or ())]


def test_speaker_after_a_quote_is_the_doer(code, trace):
    text = "« Ceux qui veulent négocier doivent venir avec sincérité », a demandé la ministre Claire Dubois."
    cands = _inverted(trace(text, "fr"))
    assert cands and all(c.source and not c.target for c in cands)
    coded = code(text, "fr")
    assert not any("Dubois" in " ".join(coded.words(e.target)) for e in coded.analysis.events)


def test_a_named_subject_before_the_verb_is_kept(code, trace):
    text = "La ministre Claire Dubois a demandé aux rebelles de quitter la ville."
    assert _inverted(trace(text, "fr")) == []


def test_speaker_after_a_quote_in_english(trace):
    text = '"Those who want to talk must come in good faith," urged Minister Ana Silva.'
    cands = _inverted(trace(text, "en"))
    assert cands and all(any("silva" in s for s in c.source) for c in cands)
    assert not any("silva" in t for c in cands for t in c.target)
