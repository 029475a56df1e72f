from veille.model import Article
from veille.nlp import analyze, analyze_one, build_nlp


def test_pipeline_has_veille_components(fr_nlp):
    assert fr_nlp.pipe_names[-3:] == ["veille_entities", "veille_quotes", "veille_events"]
    assert build_nlp("fr") is fr_nlp  # loaded once per process


def test_results_come_back_in_input_order_across_languages():
    texts = [
        "Angela Merkel a rencontré Emmanuel Macron à Berlin.",
        "Joe Biden met Olaf Scholz in Washington on Friday.",
        "Emmanuel Macron s'est rendu à Moscou.",
    ]
    analyses = list(analyze(Article.from_text(t) for t in texts))
    assert [a.article.text for a in analyses] == texts
    assert [a.article.language for a in analyses] == ["fr", "en", "fr"]


def test_language_without_pipeline_goes_through_tokenizer_only():
    text = "Der Bundeskanzler sagte: „Wir werden helfen.“ Danach reiste er nach Paris."
    analysis = analyze_one(Article.from_text(text))
    assert analysis.article.language == "de"
    assert analysis.article.text == text


def test_entity_offsets_index_the_article_text(reference_text):
    analysis = analyze_one(Article.from_text(reference_text))
    assert analysis.entities
    for entity in analysis.entities:
        for m in entity.mentions:
            assert reference_text[m.start : m.end] == m.text
