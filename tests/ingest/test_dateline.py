import datetime as dt

import pytest

from veille.ingest.text import article_from_text, dateline_date


@pytest.mark.parametrize(
    "body,expected",
    [
        ("24 juin 2012. - Le Frère musulman Mohamed Morsi a été élu.", dt.date(2012, 6, 24)),
        ("Friday, August 21, 2015\n\nAccording to Yonhap…", dt.date(2015, 8, 21)),
        ("PARIS, 15 nov. 2021 (AFP) - Le président…", dt.date(2021, 11, 15)),
        ("\n\n2021-11-15\nText", dt.date(2021, 11, 15)),
    ],
)
def test_datelines_give_the_publication_date(body, expected):
    assert dateline_date(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "On 15 March 2003, the United States invaded Iraq.",
        "Le 15 mars 2003, les États-Unis ont envahi l'Irak.",
        "First line.\nSecond line.\nThird line.\n15 March 2003 - too far down",
        "Le président a parlé en 2012 devant 300 personnes.",
    ],
)
def test_dates_inside_sentences_are_not_datelines(body):
    assert dateline_date(body) is None


def test_given_date_wins_over_the_dateline():
    text = "Titre\n\n24 juin 2012. - Texte de l'article.\n"
    assert article_from_text(text, "a.txt").published == dt.date(2012, 6, 24)
    assert article_from_text(text, "a.txt", dt.date(2020, 1, 1)).published == dt.date(2020, 1, 1)
