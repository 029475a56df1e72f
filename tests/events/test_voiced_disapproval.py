"""Voicing disapproval ("a exprimé son scepticisme", "voiced anger at") is a reproach, invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang, source, target", [
    ("Le ministre Jean Castex a exprimé son scepticisme sur la réforme du gouvernement belge.", "fr",
     "Jean Castex", "gouvernement belge"),
    ("Emmanuel Macron a dit sa colère contre Vladimir Poutine.", "fr", "Emmanuel Macron", "Vladimir Poutine"),
    ("Angela Merkel voiced anger at Vladimir Putin on Monday.", "en", "Angela Merkel", "Vladimir Putin"),
])
def test_voiced_disapproval_is_an_accusation(code, text, lang, source, target):
    c = code(text, lang)
    accuse = c.one("ACCUSE")
    assert source in c.words(accuse.source) and target in c.words(accuse.target)


@pytest.mark.parametrize("text, lang", [
    ("Le ministre a exprimé sa gratitude aux sauveteurs.", "fr"),
    ("Angela Merkel expressed her thanks to the rescuers.", "en"),
])
def test_voicing_another_feeling_is_no_reproach(code, text, lang):
    assert code(text, lang).events("ACCUSE") == []
