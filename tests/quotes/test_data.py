"""Per-language quote data: every list a language module declares is a known one."""

from __future__ import annotations

import types

import pytest

from veille.quotes.data import check_names, quote_data


def test_misspelled_list_name_is_an_error():
    module = types.ModuleType("veille.lang.xx.quotes")
    module.QUOTE_PAIRS = {"«": "»"}
    module.SPEECH_VERB = {"dire"}  # SPEECH_VERBS misspelled
    with pytest.raises(ValueError, match="unknown quote list SPEECH_VERB"):
        check_names(module)


def test_known_list_names_pass():
    module = types.ModuleType("veille.lang.xx.quotes")
    module.QUOTE_PAIRS = {"«": "»"}
    module.SPEECH_VERBS = {"dire"}
    module._private_helper = 1  # not a list of the module's contract
    check_names(module)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shipped_languages_declare_only_known_lists(lang):
    data = quote_data(lang)
    assert data.speech_verbs and data.pronouns


def test_phrase_cues_split_as_the_tokenizer_does():
    phrases = quote_data("fr").phrase_cues
    assert ("tirer", "la", "sonnette", "d'", "alarme") in phrases
    assert ("faire", "savoir") in phrases
