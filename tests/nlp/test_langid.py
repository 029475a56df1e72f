import pytest

from veille.model import Article
from veille.nlp import detect
from veille.nlp.pipeline import resolve_language
from veille.nlp.registry import pipeline_name, supported_languages

SAMPLES = {
    "fr": "Le président français a eu une conversation téléphonique avec son homologue russe.",
    "en": "The French president held a phone call with his Russian counterpart on Monday.",
    "de": "Der französische Präsident hat am Montag mit seinem russischen Amtskollegen telefoniert.",
    "ru": "Президент Франции провёл телефонный разговор со своим российским коллегой.",
}


@pytest.mark.parametrize("lang,text", SAMPLES.items())
def test_detects_language(lang, text):
    assert detect(text) == lang


def test_too_little_text_has_no_language():
    assert detect("12 34 !!") is None


def test_forced_language_overrides_detection():
    article = Article.from_text(SAMPLES["en"])
    assert resolve_language(article, "fr").language == "fr"
    assert resolve_language(article, "auto").language == "en"


def test_registry_lists_french_and_english_pipelines():
    assert {"fr", "en"} <= set(supported_languages())
    assert pipeline_name("fr") == "fr_core_news_md"
    assert pipeline_name("de") is None
    assert pipeline_name("../etc") is None
