"""Embedded social-media posts: the words before "— Name (@handle) date" are the author's."""

from __future__ import annotations

from veille.quotes.posts import embedded_posts

from .helpers import name, quotes

POST = (
    "Paramedics say the delays are getting worse.\n"
    "For the past 10 years calls to 9-1-1 have increased each year and it is adding to an overburdened "
    "system. pic.twitter.com/HRlO8uT0x0 — Alicia Draus (@Alicia_Draus) January 15, 2019\n"
    "The union started a campaign last year."
)


def test_post_words_and_author():
    [post] = embedded_posts(POST)
    assert POST[post.start : post.end].startswith("For the past 10 years")
    assert POST[post.start : post.end].endswith("overburdened system.")
    assert POST[post.author_start : post.author_end] == "Alicia Draus"


def test_no_signature_no_post():
    assert embedded_posts("Contact the newsroom (@newsroom) any time — we answer in 2019 or later.") == []


def test_post_is_a_direct_quote_of_its_author(en_nlp):
    found = [(q, who) for q, who in quotes(en_nlp, POST) if "9-1-1" in q.text]
    assert len(found) == 1
    q, who = found[0]
    assert q.kind == "direct" and q.speaker_text == "Alicia Draus" and "Draus" in name(who)
