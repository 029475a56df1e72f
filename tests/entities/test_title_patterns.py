"""Title patterns are matched as plain patterns: the same matches as their ``IN`` lists."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from veille.entities.titles import expand


def test_in_lists_become_one_pattern_per_word():
    pattern = [{"LOWER": {"IN": ["chief", "head", "chief"]}}, {"LOWER": "of"}, {"POS": {"IN": ["NOUN", "PROPN"]}, "OP": "?"}]
    out = expand(pattern)
    assert len(out) == 4  # duplicates dropped; two words × two tags
    assert {p[0]["LOWER"] for p in out} == {"chief", "head"}
    assert all(p[2]["OP"] == "?" for p in out)


def test_expanded_patterns_find_the_same_spans():
    vocab = spacy.blank("en").vocab
    words = ["The", "head", "of", "mission", "met", "the", "Chief", "of", "Staff", "and", "a", "chief", "."]
    pos = ["DET", "NOUN", "ADP", "NOUN", "VERB", "DET", "PROPN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "PUNCT"]
    doc = Doc(vocab, words=words, pos=pos)
    pattern = [{"LOWER": {"IN": ["chief", "head"]}}, {"LOWER": "of", "OP": "?"}, {"POS": {"IN": ["NOUN", "PROPN"]}, "OP": "?"}]
    plain, expanded = Matcher(vocab), Matcher(vocab)
    plain.add("t", [pattern])
    expanded.add("t", expand(pattern))
    assert sorted(plain(doc)) == sorted(expanded(doc))
