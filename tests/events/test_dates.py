"""Event dates: precision, weekdays, days without a year, and nothing after the article unless planned."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

import pytest

from veille.events.dates import date_words, from_module, is_planned, resolve

D = dt.date
WEDNESDAY = D(2026, 12, 2)


# -- a bare year is a year; a month with its year is a month ------------------------------------------

@pytest.mark.parametrize("lang, text", [("en", "In 2009"), ("en", "2009"), ("fr", "en 2009"), ("fr", "depuis 2009")])
def test_a_bare_year_is_a_year_not_a_day_of_it(lang, text):
    assert resolve(text, D(2015, 9, 25), lang) == (D(2009, 1, 1), "year")


@pytest.mark.parametrize("lang, text", [("en", "in March 2019"), ("fr", "en mars 2019")])
def test_a_month_with_its_year_is_a_month(lang, text):
    assert resolve(text, D(2019, 11, 10), lang) == (D(2019, 3, 1), "month")


@pytest.mark.parametrize("lang, text", [("en", "December 12, 2018"), ("fr", "le 12 décembre 2018")])
def test_a_full_date_is_a_day(lang, text):
    assert resolve(text, D(2019, 11, 10), lang) == (D(2018, 12, 12), "day")


def test_a_decade_is_no_year():
    assert resolve("the 1990s", D(2019, 11, 10), "en") is None


# -- weekdays: the most recent one not after publication, the same day counting ---------------------

@pytest.mark.parametrize("lang, text", [("en", "Wednesday"), ("fr", "mercredi")])
def test_the_weekday_of_publication_is_that_day(lang, text):
    assert resolve(text, WEDNESDAY, lang) == (WEDNESDAY, "day")


@pytest.mark.parametrize("lang, text", [("en", "Monday"), ("fr", "lundi soir")])
def test_a_weekday_is_the_last_one_before_publication(lang, text):
    assert resolve(text, WEDNESDAY, lang) == (D(2026, 11, 30), "day")


@pytest.mark.parametrize("lang, text", [("en", "last Wednesday"), ("fr", "mercredi dernier")])
def test_last_weekday_on_that_weekday_is_a_week_before(lang, text):
    assert resolve(text, WEDNESDAY, lang) == (D(2026, 11, 25), "day")


@pytest.mark.parametrize("lang, text", [("en", "next Friday"), ("fr", "vendredi prochain")])
def test_next_weekday_is_after_publication(lang, text):
    assert resolve(text, WEDNESDAY, lang) == (D(2026, 12, 4), "day")


@pytest.mark.parametrize("lang, text", [("en", "Friday"), ("fr", "vendredi")])
def test_a_planned_weekday_is_the_coming_one(lang, text):
    assert resolve(text, WEDNESDAY, lang, planned=True) == (D(2026, 12, 4), "day")
    assert resolve(text, WEDNESDAY, lang) == (D(2026, 11, 27), "day")


# -- days and months without a year: the nearest occurrence on the event's side ------------------------

@pytest.mark.parametrize("lang, text", [("en", "Dec. 12"), ("en", "12 December"), ("fr", "le 12 décembre"),
                                        ("fr", "12 déc.")])
def test_a_day_without_year_is_the_coming_one_when_planned_else_the_past_one(lang, text):
    november = D(2019, 11, 10)
    assert resolve(text, november, lang, planned=True) == (D(2019, 12, 12), "day")
    assert resolve(text, november, lang) == (D(2018, 12, 12), "day")


@pytest.mark.parametrize("lang, text", [("en", "Nov. 3"), ("fr", "le 3 novembre")])
def test_a_past_day_of_the_same_year_stays_in_that_year(lang, text):
    assert resolve(text, D(2019, 11, 10), lang) == (D(2019, 11, 3), "day")


@pytest.mark.parametrize("lang, text", [("en", "in March"), ("fr", "en mars")])
def test_a_month_without_year(lang, text):
    assert resolve(text, D(2019, 11, 10), lang) == (D(2019, 3, 1), "month")
    assert resolve(text, D(2019, 11, 10), lang, planned=True) == (D(2020, 3, 1), "month")


@pytest.mark.parametrize("lang, text", [("en", "last year"), ("fr", "l'an dernier"), ("fr", "l’année dernière")])
def test_last_year_is_a_year(lang, text):
    assert resolve(text, D(2019, 11, 10), lang) == (D(2018, 1, 1), "year")


@pytest.mark.parametrize("lang, text", [("en", "yesterday"), ("fr", "hier")])
def test_yesterday(lang, text):
    assert resolve(text, D(2019, 11, 10), lang) == (D(2019, 11, 9), "day")


def test_a_day_that_does_not_exist_gives_no_date():
    assert resolve("30 février 2019", D(2019, 11, 10), "fr") is None


def test_nothing_relative_without_a_publication_date():
    assert resolve("mercredi", None, "fr") is None
    assert resolve("Dec. 12", None, "en") is None
    assert resolve("in 2009", None, "en") == (D(2009, 1, 1), "year")


# -- nothing after the article unless announced as planned --------------------------------------------

@pytest.mark.parametrize("lang, text", [("en", "2047"), ("en", "in May 2047"), ("fr", "en 2047"),
                                        ("fr", "le 3 mars 2047")])
def test_a_later_date_is_kept_only_when_planned(lang, text):
    published = D(2019, 11, 10)
    assert resolve(text, published, lang) is None
    found = resolve(text, published, lang, planned=True)
    assert found is not None and found[0].year == 2047


def test_the_year_or_month_of_publication_is_not_after_it():
    assert resolve("in 2019", D(2019, 3, 1), "en") == (D(2019, 1, 1), "year")
    assert resolve("en novembre 2019", D(2019, 11, 10), "fr") == (D(2019, 11, 1), "month")


@pytest.mark.parametrize("lang, text, planned", [
    ("en", "The vote will be held next month.", True),
    ("en", "The talks are scheduled for Friday.", True),
    ("en", "The talks were held on Friday.", False),
    ("fr", "Le scrutin doit se tenir le 12 décembre.", True),
    ("fr", "Le sommet prévu la semaine prochaine.", True),
    ("fr", "Le sommet s'est tenu vendredi.", False),
])
def test_planned_cues_come_from_the_language_data(lang, text, planned):
    assert is_planned(text, date_words(lang)) is planned


def test_a_misspelled_date_list_is_an_error():
    module = ModuleType("veille.lang.zz.dates")
    module.MONTHZ = {"janvier": 1}
    with pytest.raises(ValueError, match="unknown date list MONTHZ"):
        from_module(module)


# -- through the pipeline: invented sentences in both languages ---------------------------------------

def _dated(coded, type_):
    event = coded.one(type_)
    return event.date, event.date_precision


def test_pipeline_year_precision_en(code):
    c = code("In 2009, the army arrested the opposition leader.", "en", "2015-09-25")
    assert _dated(c, "COERCE") == (D(2009, 1, 1), "year")


def test_pipeline_year_precision_fr(code):
    c = code("En 2009, l'armée a arrêté le chef de l'opposition.", "fr", "2015-09-25")
    assert _dated(c, "COERCE") == (D(2009, 1, 1), "year")


def test_pipeline_month_precision_en_fr(code):
    assert _dated(code("The army arrested the journalist in March 2019.", "en", "2019-11-10"),
                  "COERCE") == (D(2019, 3, 1), "month")
    assert _dated(code("L'armée a arrêté le journaliste en mars 2019.", "fr", "2019-11-10"),
                  "COERCE") == (D(2019, 3, 1), "month")


def test_pipeline_weekday_of_publication_en_fr(code):
    assert _dated(code("Police arrested Jean Dupont on Wednesday.", "en", "2026-12-02"), "COERCE") == (WEDNESDAY, "day")
    assert _dated(code("Mercredi, la police a arrêté Jean Dupont.", "fr", "2026-12-02"), "COERCE") == (WEDNESDAY, "day")


def test_pipeline_planned_day_is_the_coming_one_en(code):
    planned = code("The government will meet the rebels on Dec. 12.", "en", "2019-11-10")
    assert _dated(planned, "AGREE") == (D(2019, 12, 12), "day")
    scheduled = code("Putin is due to meet Macron in Paris on Dec. 12.", "en", "2019-11-10")
    assert _dated(scheduled, "CONSULT") == (D(2019, 12, 12), "day")
    past = code("The rebels attacked the town on Dec. 12.", "en", "2019-11-10")
    assert _dated(past, "ASSAULT") == (D(2018, 12, 12), "day")


def test_pipeline_planned_day_is_the_coming_one_fr(code):
    planned = code("Poutine rencontrera Macron à Paris le 12 décembre.", "fr", "2019-11-10")
    assert _dated(planned, "AGREE") == (D(2019, 12, 12), "day")
    near = code("Emmanuel Macron va rencontrer Vladimir Poutine vendredi prochain.", "fr", "2019-11-10")
    assert _dated(near, "AGREE") == (D(2019, 11, 15), "day")
    past = code("Les rebelles ont attaqué la ville le 12 décembre.", "fr", "2019-11-10")
    assert _dated(past, "ASSAULT") == (D(2018, 12, 12), "day")


def test_pipeline_later_year_only_when_planned_en(code):
    assert _dated(code("Rebels attacked the town in 2047.", "en", "2019-11-10"), "ASSAULT") == (None, None)
    assert _dated(code("Russia will sign a treaty with Ukraine in 2047.", "en", "2019-11-10"),
                  "AGREE") == (D(2047, 1, 1), "year")


def test_pipeline_later_year_only_when_planned_fr(code):
    assert _dated(code("Les rebelles ont attaqué la ville en 2047.", "fr", "2019-11-10"), "ASSAULT") == (None, None)
    signed = code("La Russie signera un traité avec l'Ukraine en 2047.", "fr", "2019-11-10")
    assert [(e.date, e.date_precision) for e in signed.analysis.events] == [(D(2047, 1, 1), "year")]


def test_pipeline_event_carries_its_sentence(code):
    c = code("Le gouvernement a démenti. La police a arrêté le militant Jean Dupont mercredi soir à Lyon.", "fr",
             "2026-12-02")
    event = c.one("COERCE")
    text = c.analysis.article.text
    assert event.sentence.text == text[event.sentence.start:event.sentence.end]
    assert event.sentence.text.startswith("La police a arrêté")


def test_pipeline_future_in_another_clause_does_not_plan_the_event(code):
    en = code("On Dec. 12, police arrested Jean Dupont, who will appear in court next week.", "en", "2019-11-10")
    assert _dated(en, "COERCE") == (D(2018, 12, 12), "day")
    fr = code("Le 12 décembre, la police a arrêté Jean Dupont, qui comparaîtra la semaine prochaine.", "fr", "2019-11-10")
    assert _dated(fr, "COERCE") == (D(2018, 12, 12), "day")
