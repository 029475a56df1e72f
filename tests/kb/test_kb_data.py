"""The shipped knowledge base: each kind of entry, dated roles, transliterations (load time: bench/kb_load.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.kb import get_kb
from veille.kb.loader import ACRONYM, CAPITAL, DEMONYM


@pytest.fixture(scope="module")
def kb():
    return get_kb()


def keys(kb, name, kind=None):
    return {r.key for r in kb.lookup(name) if kind is None or r.kind == kind}


@pytest.mark.parametrize(
    "name, key",
    [("Biélorussie", "gpe:BLR"), ("Belarus", "gpe:BLR"), ("Беларусь", "gpe:BLR"), ("États-Unis", "gpe:USA"),
     ("Allemagne", "gpe:DEU"), ("Royaume-Uni", "gpe:GBR"), ("Côte d'Ivoire", "gpe:CIV")],
)
def test_country_names_in_several_languages(kb, name, key):
    assert key in keys(kb, name)


@pytest.mark.parametrize(
    "demonym, key",
    [("biélorusse", "gpe:BLR"), ("Belarusian", "gpe:BLR"), ("française", "gpe:FRA"), ("américains", "gpe:USA"),
     ("Russians", "gpe:RUS"), ("polonaise", "gpe:POL")],
)
def test_demonyms_all_forms(kb, demonym, key):
    assert key in keys(kb, demonym, DEMONYM)


def test_countries_have_iso3_and_coordinates(kb):
    blr = kb.entries["gpe:BLR"]
    assert (blr.name, blr.country, blr.type, blr.qid) == ("Belarus", "BLR", "GPE", "Q184")
    assert blr.lat and blr.lon
    assert len([k for k in kb.entries if k.startswith("gpe:")]) >= 240


def test_capitals_in_french_and_english_with_coordinates(kb):
    assert keys(kb, "Varsovie", CAPITAL) == keys(kb, "Warsaw", CAPITAL) == {"city:warsaw"}
    warsaw = kb.entries["city:warsaw"]
    assert warsaw.parent == "gpe:POL" and round(warsaw.lat) == 52


def test_at_least_60_igos_with_acronyms_in_both_languages(kb):
    igos = [e for e in kb.entries.values() if e.sector == "IGO" and e.type == "ORG"]
    assert len(igos) >= 60
    for fr, en, key in [("ONU", "UN", "org:un"), ("OTAN", "NATO", "org:nato"), ("UE", "EU", "org:eu"),
                        ("HCR", "UNHCR", "org:unhcr"), ("OIM", "IOM", "org:iom"), ("OMS", "WHO", "org:who"),
                        ("FMI", "IMF", "org:imf")]:
        assert keys(kb, fr, ACRONYM) == keys(kb, en, ACRONYM) == {key}


def test_sub_bodies_point_to_their_parent(kb):
    assert "org:osce-minsk-group" in keys(kb, "groupe de Minsk de l'OSCE")
    assert kb.entries["org:osce-minsk-group"].parent == "org:osce"


def test_at_least_50_institution_metonyms(kb):
    institutions = [e for e in kb.entries.values() if e.type == "ORG" and e.country and e.key.startswith("org:")
                    and e.sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP", "REL", "PTY")]
    assert len(institutions) >= 50
    for name, key, country in [("Élysée", "org:fra-presidency", "FRA"), ("Kremlin", "org:rus-presidency", "RUS"),
                               ("Maison-Blanche", "org:usa-presidency", "USA"),
                               ("White House", "org:usa-presidency", "USA"), ("Quai d'Orsay", "org:fra-foreign-ministry", "FRA"),
                               ("Downing Street", "org:gbr-pm-office", "GBR"), ("Pentagone", "org:usa-pentagon", "USA")]:
        assert key in keys(kb, name)
        assert kb.entries[key].country == country


def test_regions(kb):
    assert keys(kb, "Occident") == keys(kb, "the West") == {"region:wst"}


@pytest.mark.parametrize(
    "day, name",
    [("2012-03-01", "Nicolas Sarkozy"), ("2012-06-01", "François Hollande"), ("2021-11-15", "Emmanuel Macron"),
     ("2005-06-01", "Jacques Chirac")],
)
def test_french_president_by_date(kb, day, name):
    assert [e.name for e in kb.holders("president", "FRA", dt.date.fromisoformat(day))] == [name]


@pytest.mark.parametrize(
    "office, where, day, name",
    [("president", "RUS", "2010-01-01", "Dmitry Medvedev"), ("prime_minister", "RUS", "2010-01-01", "Vladimir Putin"),
     ("president", "RUS", "2021-11-15", "Vladimir Putin"), ("chancellor", "DEU", "2021-11-15", "Angela Merkel"),
     ("chancellor", "DEU", "2022-01-01", "Olaf Scholz"), ("president", "USA", "2021-02-01", "Joe Biden"),
     ("president", "USA", "2020-06-01", "Donald Trump"), ("foreign_minister", "RUS", "2003-01-01", "Igor Ivanov"),
     ("president", "UKR", "2019-06-01", "Volodymyr Zelensky"), ("prime_minister", "GBR", "2022-10-01", "Liz Truss"),
     ("secretary_general", "org:un", "2010-01-01", "Ban Ki-moon")],
)
def test_roles_by_date(kb, office, where, day, name):
    assert [e.name for e in kb.holders(office, where, dt.date.fromisoformat(day))] == [name]


def test_executive_office_per_country(kb):
    day = dt.date(2019, 1, 1)
    assert [e.name for e in kb.executive("DEU", day)] == ["Angela Merkel"]
    assert [e.name for e in kb.executive("RUS", day)] == ["Vladimir Putin"]
    assert [e.name for e in kb.executive("GBR", day)] == ["Theresa May"]


def test_people_roles_are_consistent(kb):
    people = [e for e in kb.entries.values() if e.type == "PERSON"]
    assert len(people) >= 150
    for person in people:
        for role in person.roles:
            assert role.start is not None, person.key
            assert role.end is None or role.start < role.end, person.key


def test_no_overlapping_holders_of_one_office():
    """Two people holding the same office in the same country on the same day is a data error."""
    kb = get_kb()
    for (office, where), holders in kb.roles.items():
        spans = sorted((h[2].start, h[2].end or dt.date.max, h[1].key) for h in holders)
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            # Putin was acting president from 1999-12-31 while still prime minister until May 2000.
            assert s2 >= e1 or k1 == k2, f"{office} {where}: {k1} until {e1} overlaps {k2} from {s2}"


@pytest.mark.parametrize(
    "name, key",
    [("Poutine", "person:vladimir-putin"), ("Putin", "person:vladimir-putin"), ("Путин", "person:vladimir-putin"),
     ("Loukachenko", "person:alexander-lukashenko"), ("Lukashenka", "person:alexander-lukashenko"),
     ("Lukashenko", "person:alexander-lukashenko"), ("Zelensky", "person:volodymyr-zelensky"),
     ("Zelenskyy", "person:volodymyr-zelensky"), ("Zelenski", "person:volodymyr-zelensky"),
     ("Zelenskiy", "person:volodymyr-zelensky"), ("Sergueï Lavrov", "person:sergey-lavrov"),
     ("Sergei Lavrov", "person:sergey-lavrov"), ("Mikhail Mishustin", "person:mikhail-mishustin")],
)
def test_transliteration_variants(kb, name, key):
    assert key in keys(kb, name)


def test_names_with_commas_are_kept_whole(kb):
    assert "org:unesco" in keys(kb, "United Nations Educational, Scientific and Cultural Organization")
    assert not keys(kb, "Foreign")
    assert not keys(kb, "la science et la culture")
