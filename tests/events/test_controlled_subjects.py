"""A participle of will or constraint passes its passive subject on to the act it governs, invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang, source, target", [
    ("Le gouvernement tchadien est disposé à coopérer avec les Nations unies.", "fr", "gouvernement tchadien", "Nations unies"),
    ("Le Niger est déterminé à négocier avec la France.", "fr", "Niger", "France"),
    ("Iran is determined to cooperate with France.", "en", "Iran", "France"),
])
def test_announced_willingness_is_an_agreement_of_the_passive_subject(code, text, lang, source, target):
    c = code(text, lang)
    agree = c.one("AGREE")
    assert source in c.words(agree.source) and target in c.words(agree.target)


@pytest.mark.parametrize("text, lang", [
    ("Le Mali a été contraint de retirer ses troupes du Niger.", "fr"),
    ("Kenya was forced to withdraw its troops from Somalia.", "en"),
])
def test_the_one_forced_to_act_does_it(code, text, lang):
    c = code(text, lang)
    retreat = c.one("RETREAT")
    assert c.words(retreat.source) & {"Mali", "Kenya"}
