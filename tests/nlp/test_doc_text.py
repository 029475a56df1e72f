"""``doc_text``: the doc's text joined once and read again by later stages."""

from spacy.lang.en import English

from veille.nlp.extensions import doc_text


def test_doc_text_is_the_text_and_is_kept():
    nlp = English()
    doc = nlp("Talks resumed in Cairo.\nBoth sides  spoke.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # joined once


def test_doc_text_is_joined_again_when_the_tokens_no_longer_match():
    nlp = English()
    doc = nlp("Short text.")
    doc.user_data[("veille", "text")] = "a stale, longer text"
    assert doc_text(doc) == "Short text."
    assert doc_text(nlp("")) == ""
