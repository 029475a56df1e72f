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


def test_detection_reports_its_confidence():
    from veille.model import Article
    from veille.nlp.pipeline import resolve_language

    article = Article.from_text("Le gouvernement a présenté mardi un projet de loi sur le logement social.",
                                source="a.txt")
    resolved = resolve_language(article, None)
    assert resolved.language == "fr" and 0.5 < resolved.language_confidence <= 1.0


def test_title_helps_a_short_text():
    from veille.nlp.langid import detect_with_confidence

    _, alone = detect_with_confidence("Roma, piove ancora")
    code, with_title = detect_with_confidence("Roma, piove ancora",
                                              title="Maltempo nel Lazio, chiuse le scuole per la pioggia")
    assert code == "it" and with_title >= alone
