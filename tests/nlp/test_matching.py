"""The fast matchers give the spaCy Matcher's matches, in its order, on the same patterns."""

import pytest
from spacy.matcher import Matcher

from veille.nlp.matching import AnchoredMatcher, TokenMatcher

TEXT = (
    "The Defence Minister said on Monday that the president of the republic would visit Paris.\n"
    "According to the minister, talks resumed. Officials said little; the Prime Minister declined to comment, "
    "and the president said nothing.\n"
    "\"We will act,\" the spokesman said."
)

TOKEN_PATTERNS = {
    "SAY": [[{"LEMMA": {"IN": ["say", "decline"]}, "POS": {"IN": ["VERB"]}}]],
    "NOUN": [[{"LOWER": {"IN": ["president", "talks"]}, "POS": "NOUN"}], [{"LEMMA": "minister"}]],
    "ANY_SAY": [[{"LOWER": "said"}]],
}

PHRASE_PATTERNS = {
    "PRES": [[{"LOWER": "president"}], [{"LOWER": "president"}, {"LOWER": "of"}, {"LOWER": "the"}, {"LOWER": "republic"}]],
    "TITLED": [[{"IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN", "ADJ"]}}, {"LOWER": {"IN": ["minister"]}}]],
    "OPT": [[{"LOWER": "the"}, {"POS": "ADJ", "OP": "?"}, {"LOWER": {"IN": ["minister", "spokesman"]}}]],
    "OPEN": [[{"LOWER": "according", "IS_SENT_START": True}, {"LOWER": "to"}]],
}


def _both(fast_class, nlp, patterns):
    fast, slow = fast_class(nlp.vocab), Matcher(nlp.vocab)
    for key, pats in patterns.items():
        fast.add(key, pats)
        slow.add(key, pats)
    return fast, slow


def test_token_matcher_gives_the_matcher_matches_in_order(en_nlp):
    doc = en_nlp(TEXT)
    fast, slow = _both(TokenMatcher, en_nlp, TOKEN_PATTERNS)
    found = fast(doc)
    assert found == slow(doc)
    assert {doc.vocab.strings[k] for k, _, _ in found} == set(TOKEN_PATTERNS)


def test_anchored_matcher_gives_the_matcher_matches(en_nlp):
    doc = en_nlp(TEXT)
    fast, slow = _both(AnchoredMatcher, en_nlp, PHRASE_PATTERNS)
    found = fast(doc)
    assert found == slow(doc)
    spans = {(doc.vocab.strings[k], doc[s:e].text) for k, s, e in found}
    assert ("PRES", "president of the republic") in spans
    assert ("TITLED", "Defence Minister") in spans
    assert ("OPEN", "According to") in spans


def test_token_matcher_refuses_longer_patterns(en_nlp):
    with pytest.raises(ValueError):
        TokenMatcher(en_nlp.vocab).add("X", [[{"LOWER": "a"}, {"LOWER": "b"}]])


def test_anchored_matcher_needs_an_anchor_word(en_nlp):
    with pytest.raises(ValueError):
        AnchoredMatcher(en_nlp.vocab).add("X", [[{"POS": "ADJ", "OP": "?"}, {"LOWER": "minister"}]])


def test_empty_doc_has_no_matches(en_nlp):
    doc = en_nlp.make_doc("")
    fast, _ = _both(TokenMatcher, en_nlp, TOKEN_PATTERNS)
    anchored, _ = _both(AnchoredMatcher, en_nlp, PHRASE_PATTERNS)
    assert fast(doc) == [] and anchored(doc) == []
