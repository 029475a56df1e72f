"""Quotation-mark scanning: conventions, apostrophes, nesting, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from veille.lang.en.quotes import QUOTE_PAIRS as EN
from veille.lang.fr.quotes import QUOTE_PAIRS as FR
from veille.quotes.marks import scan


def contents(text: str, pairs) -> list[str]:
    return [text[q.start : q.end] for q in scan(text, pairs)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il a dit « nous partirons demain » hier.", ["nous partirons demain"]),
        ("Il a dit «nous partirons demain» hier.", ["nous partirons demain"]),
        ("Il a dit “nous partirons demain” hier.", ["nous partirons demain"]),
        ('Il a dit "nous partirons demain" hier.', ["nous partirons demain"]),
        ("Er sagte „wir gehen morgen“ gestern.", ["wir gehen morgen"]),
        ("Il a dit ‹ nous partirons › hier.", ["nous partirons"]),
    ],
)
def test_mark_conventions(text, expected):
    assert contents(text, FR) == expected


def test_offsets_index_the_text():
    text = "« L’Élysée a parlé » , dit-il."
    [q] = scan(text, FR)
    assert text[q.start : q.end] == "L’Élysée a parlé"
    assert text[q.open_at] == "«" and text[q.close_at - 1] == "»"


def test_apostrophes_inside_quotes_fr():
    text = "« C’est l’heure d’agir, aujourd’hui » , a-t-il dit."
    assert contents(text, FR) == ["C’est l’heure d’agir, aujourd’hui"]


def test_apostrophes_inside_quotes_en():
    text = "She said \"I don't know, it's Bob’s car\" and ‘it’s over’ now."
    assert contents(text, EN) == ["I don't know, it's Bob’s car", "it’s over"]


def test_possessive_apostrophe_is_not_a_quote_mark():
    assert contents("The players’ union met the league’s chief.", EN) == []


def test_nested_quotes_return_the_outer_one():
    text = "« Il m’a dit “ jamais ” puis il est parti » , raconte-t-elle."
    assert contents(text, FR) == ["Il m’a dit “ jamais ” puis il est parti"]


def test_repeated_opening_mark_across_paragraphs():
    text = '"First paragraph of the quote.\n"Second paragraph ends it," he said.'
    assert contents(text, EN) == ["First paragraph of the quote.", "Second paragraph ends it,"]


def test_french_continuation_with_closing_guillemet():
    text = "« Premier paragraphe de la citation.\n» Second paragraphe qui la termine » , dit-il."
    assert contents(text, FR) == ["Premier paragraphe de la citation.", "Second paragraphe qui la termine"]


@pytest.mark.parametrize("pairs", [FR, EN])
def test_unbalanced_mark_never_runs_to_the_end(pairs):
    body = "Un paragraphe ordinaire sans citation.\n" * 200
    text = "Il a dit « sans fermer.\n" + body + 'Then "a stray mark.\n' + body
    found = scan(text, pairs)
    assert all(q.end - q.start < 200 for q in found)


def test_stray_mark_does_not_pair_with_the_next_paragraph():
    text = 'A "stray mark and then text.\nNew paragraph "closed here" ok.'
    assert contents(text, EN) == ["closed here"]


def test_straight_single_quotes_en():
    text = "'We will not give up,' the coach said. 'They have earned it,' she added."
    assert contents(text, EN) == ["We will not give up,", "They have earned it,"]


def test_elision_does_not_swallow_the_quotation_around_it():
    text = "\"In the '80s we all played outside,\" she said. It's the students' choice."
    assert contents(text, EN) == ["In the '80s we all played outside,"]


def test_elision_left_open_is_not_a_quotation_mark():
    text = "He grew up in the '90s, when 'grunge' ruled the radio.\nNobody asked."
    assert contents(text, EN) == ["grunge"]
