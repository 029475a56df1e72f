"""A country's institution is named after it ("l'armée russe" → Russian army), invented sentences."""

from __future__ import annotations

import pytest

from veille.entities.actors import check_table
from veille.entities.sectors import country_word


def actor_names(nlp, text: str) -> dict[str, set[str]]:
    return {e.name: {m.text for m in e.mentions} for e in nlp(text)._.entities if e.sector}


@pytest.mark.parametrize("text, lang, name", [
    ("L'armée moldave a déployé des blindés près de la frontière.", "fr", "Moldovan army"),
    ("La police sénégalaise a dispersé la foule devant le stade.", "fr", "Senegalese police"),
    ("Les forces armées arméniennes ont riposté dans la nuit.", "fr", "Armenian armed forces"),
    ("The Ukrainian air force shot down two drones overnight.", "en", "Ukrainian air force"),
    ("The Syrian army shelled the town before dawn.", "en", "Syrian army"),
    # A group placed in a country ("in", "from", "au", "en") is that country's.
    ("Protesters in Kenya blocked the main roads.", "en", "Kenyan protesters"),
    ("Officials from Senegal arrived in Paris on Monday.", "en", "Senegalese officials"),
    ("Les manifestants au Kenya ont bloqué les routes.", "fr", "Kenyan protesters"),
    ("Les soldats en Moldavie ont été placés en alerte.", "fr", "Moldovan soldiers"),
])
def test_a_country_s_group_is_named_after_both(fr_nlp, en_nlp, text, lang, name):
    assert name in actor_names(fr_nlp if lang == "fr" else en_nlp, text)


def test_a_group_is_named_as_the_text_names_it(fr_nlp, en_nlp):
    found = actor_names(fr_nlp, "Des soldats moldaves patrouillent. L'armée moldave dément toute incursion.")
    assert found.keys() == {"Moldovan soldiers", "Moldovan army"}
    found = actor_names(fr_nlp, "Les manifestants ont rejoint les syndicats et l'opposition devant le tribunal.")
    assert {"protesters", "unions", "opposition", "court"} <= found.keys()
    found = actor_names(en_nlp, "The rebels fired first, one rebel was captured and the gunmen fled.")
    assert {"gunmen", "rebels"} <= found.keys() and found["rebels"] == {"rebel", "rebels"}


def test_country_word_keeps_the_country_readable():
    assert country_word("Russia", "Russian") == "Russian"
    assert country_word("United States", "American") == "United States"
    assert country_word("France", "French") == "France"


def test_a_misspelled_sector_in_the_actor_table_is_an_error():
    with pytest.raises(ValueError, match="MILL"):
        check_table({"MILL": ["armée"]}, "actors.json")
    with pytest.raises(ValueError, match="marine"):
        check_table({"MIL": ["armée"], "_labels": {"marine": "navy"}}, "actors.json")
    with pytest.raises(ValueError, match="soldats"):
        check_table({"MIL": ["armée", "soldats"], "_labels": {"armée": "army"}}, "actors.json")
    assert check_table({"MIL": ["army", "soldiers"], "_labels": {"army": "army"}}, "actors.json", english=True)


def test_turkey_is_the_country_in_english(en_nlp):
    assert "gpe:TUR" in {e.id for e in en_nlp("Turkey and Greece resumed talks.")._.entities}
    assert not en_nlp("We ate turkey on Thanksgiving.")._.entities
