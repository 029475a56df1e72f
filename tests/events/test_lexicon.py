"""The per-language event lexicon and the rule order it declares."""

from __future__ import annotations

import types

import pytest

from veille.events import engine, rules  # noqa: F401 (registers the rules)
from veille.events.lexicon import EventLexicon, from_module, lexicon


def _module(**lists) -> types.ModuleType:
    mod = types.ModuleType("veille.lang.xx.events")
    for name, value in lists.items():
        setattr(mod, name, value)
    return mod


def test_both_languages_load_as_typed_lexicons():
    for lang in ("fr", "en"):
        lex = lexicon(lang)
        assert isinstance(lex, EventLexicon)
        assert lex.speech_verbs and isinstance(lex.speech_verbs, frozenset)
        assert lexicon(lang) is lex  # loaded once


def test_a_misspelled_list_name_is_an_error():
    with pytest.raises(ValueError, match="unknown event list SPEECH_VERB"):
        from_module(_module(SPEECH_VERB={"dire"}))


def test_a_list_left_out_is_empty():
    lex = from_module(_module(SPEECH_VERBS={"say"}))
    assert lex.speech_verbs == {"say"} and lex.treaty_nouns == frozenset()


def test_rule_order_is_checked_against_the_registered_rules():
    with pytest.raises(ValueError, match="unknown rule 'aimm'"):
        engine.compile_order((("vetoes", ("aimm",)),))
    with pytest.raises(ValueError, match="belongs to stage 'vetoes'"):
        engine.compile_order((("checks", ("aim",)),))
    with pytest.raises(ValueError, match="stages must come in the order"):
        engine.compile_order((("checks", ()), ("vetoes", ())))


def test_each_language_orders_every_rule_once():
    for lang in ("fr", "en"):
        names = [n for _, group in lexicon(lang).rule_order for n in group]
        assert len(names) == len(set(names))
        assert [n for n, _, _ in engine.compile_order(lexicon(lang).rule_order)] == names
