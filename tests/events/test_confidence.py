"""What the default confidence threshold keeps: events with a named party, on invented sentences."""

from __future__ import annotations

import pytest

from veille.events import ontology


@pytest.mark.parametrize("text, lang, type_", [
    ("Les manifestants ont bloqué les routes pendant des heures.", "fr", "PROTEST"),
    ("Des combattants ont attaqué le village avant l'aube.", "fr", "ASSAULT"),
    ("Demonstrators blocked the main roads for hours.", "en", "PROTEST"),
    ("Gunmen attacked the village before dawn.", "en", "ASSAULT"),
])
def test_an_event_between_unnamed_groups_is_left_out(code, published, text, lang, type_):
    assert code(text, lang).events(type_), "the rules code it"
    assert published(text, lang).events(type_) == []


@pytest.mark.parametrize("text, lang, type_", [
    ("La police kényane a arrêté des manifestants devant le Parlement.", "fr", "COERCE"),
    ("Les partisans de Maurice Kamto ont manifesté devant la mairie.", "fr", "PROTEST"),
    ("Kenyan police arrested dozens of protesters outside parliament.", "en", "COERCE"),
    ("Boko Haram fighters attacked the village of Dalori before dawn.", "en", "ASSAULT"),
])
def test_a_named_party_keeps_the_event(published, text, lang, type_):
    assert published(text, lang).events(type_)


@pytest.mark.parametrize("alone, with_partner, lang, type_", [
    ("Vladimir Poutine a lancé une offensive mardi.", "Vladimir Poutine a lancé une offensive contre l'Ukraine mardi.",
     "fr", "ASSAULT"),
    ("Vladimir Putin launched an offensive on Tuesday.", "Vladimir Putin launched an offensive against Ukraine on Tuesday.",
     "en", "ASSAULT"),
    ("Angela Merkel held talks on Tuesday.", "Angela Merkel held talks with Emmanuel Macron on Tuesday.", "en", "CONSULT"),
])
def test_an_act_on_nobody_is_a_fragment(published, alone, with_partner, lang, type_):
    assert published(alone, lang).events(type_) == []
    assert published(with_partner, lang).events(type_)


def test_acts_that_need_a_counterpart_are_declared():
    assert ontology.needs_counterpart("CONSULT") and ontology.needs_counterpart("ASSAULT")
    assert not ontology.needs_counterpart("REJECT") and not ontology.needs_counterpart("ACCUSE")
    assert all(t in ontology.event_types() for t in ("CONSULT", "ASSAULT", "SANCTION"))
    assert ontology.stands_alone("ACCUSE", None) and ontology.stands_alone("RETREAT", "resign")
    assert not ontology.stands_alone("RETREAT", "withdraw") and not ontology.stands_alone("ASSAULT", None)


@pytest.mark.parametrize("text, lang", [
    ("Emmanuel Macron et Olaf Scholz se sont mis d'accord mardi.", "fr"),
    ("Emmanuel Macron and Olaf Scholz reached an agreement on Tuesday.", "en"),
])
def test_parties_agreeing_together_are_each_others_counterpart(published, text, lang):
    (agree,) = published(text, lang).events("AGREE")
    assert len(agree.source + agree.target) >= 2
