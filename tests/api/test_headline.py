"""Article pages without a title show the first sentence, not the article hash."""

from veille.api.web import headline


def test_title_is_kept():
    assert headline("Floods in Lyon", "Some text. More.", "abc123") == "Floods in Lyon"


def test_first_sentence_when_no_title():
    text = "Die Stadt Graz hat am Montag neue Radwege eröffnet. Der Bürgermeister sprach von einem Anfang."
    assert headline(None, text, "abc123") == "Die Stadt Graz hat am Montag neue Radwege eröffnet."


def test_long_first_sentence_is_cut_at_a_word():
    text = "word " * 100
    out = headline("", text, "abc123")
    assert out.endswith(" …") and len(out) <= 125 and "wor …" not in out


def test_hash_only_without_text():
    assert headline(None, "", "abc123") == "abc123"
