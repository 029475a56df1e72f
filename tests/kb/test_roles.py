"""Entity roles in words: the office and its place in the reader's language."""

import pytest

from veille.kb.roles import role_label


@pytest.mark.parametrize("role, en, fr", [
    ("president:USA", "President of the United States", "président des États-Unis"),
    ("prime_minister:GBR", "Prime Minister of the United Kingdom", "Premier ministre du Royaume-Uni"),
    ("chancellor:DEU", "Chancellor of Germany", "chancelier de l'Allemagne"),
    ("president:FRA", "President of France", "président de la France"),
    ("prime_minister:JPN", "Prime Minister of Japan", "Premier ministre du Japon"),
    ("prime_minister:ISR", "Prime Minister of Israel", "Premier ministre d'Israël"),
    ("secretary_general:org:nato", "Secretary-General of NATO", "secrétaire général de l'OTAN"),
])
def test_role_in_english_and_french(role, en, fr):
    assert role_label(role, "en") == en
    assert role_label(role, "fr") == fr


def test_language_without_role_words_gets_the_english_label():
    assert role_label("chancellor:DEU", "de") == "Chancellor of Germany"


def test_unknown_place_and_no_place_stay_readable():
    assert role_label("president:XYZ") == "President (XYZ)"
    assert role_label("monarch") == "Monarch"
    assert role_label(None) is None and role_label("") is None
