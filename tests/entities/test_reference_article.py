"""The reference article's acceptance list (issue: entities)."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.nlp import analyze_one


@pytest.fixture(scope="module")
def entities(reference_text):
    import datetime as dt

    article = Article.from_text(reference_text, published=dt.date(2021, 11, 15), language="fr")
    return {e.id: e for e in analyze_one(article).entities}


def texts(entity):
    return [m.text for m in entity.mentions]


def test_offsets_index_the_text(entities, reference_text):
    for entity in entities.values():
        for m in entity.mentions:
            assert reference_text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "eid, name",
    [
        ("person:emmanuel-macron", "Emmanuel Macron"),
        ("person:vladimir-putin", "Vladimir Putin"),
        ("person:alexander-lukashenko", "Alexander Lukashenko"),
        ("gpe:BLR", "Belarus"),
        ("gpe:POL", "Poland"),
        ("gpe:LTU", "Lithuania"),
        ("gpe:LVA", "Latvia"),
        ("gpe:ARM", "Armenia"),
        ("gpe:AZE", "Azerbaijan"),
        ("org:eu", "European Union"),
        ("org:unhcr", "UNHCR"),
        ("org:iom", "International Organization for Migration"),
        ("org:osce", "OSCE"),
    ],
)
def test_one_entity_each(entities, eid, name):
    assert eid in entities
    assert entities[eid].name == name
    same_name = [e for e in entities.values() if e.name == name]
    assert len(same_name) == 1


def test_putin_mentions(entities):
    assert {"Vladimir Poutine", "Poutine"} <= set(texts(entities["person:vladimir-putin"]))


def test_macron_titles_and_surname(entities):
    macron = texts(entities["person:emmanuel-macron"])
    assert "Macron" in macron
    assert "président français" in macron
    assert "Président de la République" in macron
    assert not any(e.type == "LOC" and e.name == "Macron" for e in entities.values())


def test_belarus_demonym_and_government_minsk(entities):
    belarus = texts(entities["gpe:BLR"])
    assert "biélorusse" in belarus
    assert belarus.count("Minsk") >= 3  # "Minsk a été accusée", "Minsk a déclaré", "Minsk ne limitera"


def test_minsk_group_is_not_belarus(entities, reference_text):
    start = reference_text.index("groupe de Minsk")
    minsk = start + len("groupe de ")
    for m in entities["gpe:BLR"].mentions:
        assert not (m.start <= minsk < m.end)
    assert "org:osce-minsk-group" in entities


def test_eu_names_merged(entities):
    assert {"Union européenne", "UE"} <= set(texts(entities["org:eu"]))


def test_armenia_without_article(entities):
    assert texts(entities["gpe:ARM"]) == ["Arménie"]


def test_unhcr_without_trailing_junk(entities):
    assert texts(entities["org:unhcr"]) == ["Haut-Commissariat des Nations unies pour les réfugiés"]


def test_both_presidents(entities):
    for eid in ("person:emmanuel-macron", "person:vladimir-putin"):
        assert any("deux présidents" in t for t in texts(entities[eid]))


def test_generic_actors(entities):
    migrants = [e for e in entities.values() if e.sector == "REF"]
    assert migrants and migrants[0].type == "NORP"
    guards = [e for e in entities.values() if e.sector in ("COP", "MIL") and e.country == "BLR"]
    assert guards, "les gardes-frontières de Biélorussie"
    assert entities["region:wst"].mentions[0].text == "Occident"
