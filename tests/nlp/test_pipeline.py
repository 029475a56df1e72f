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


def test_pieces_join_back_exactly_and_stay_small():
    from veille.nlp.pipeline import pieces

    text = ("Un paragraphe de nouvelles.\n\n" * 50) + ("x" * 300) + (" mot" * 100) + "\nfin"
    parts = pieces(text, size=120)
    assert "".join(parts) == text
    assert all(len(p) <= 120 for p in parts)
    assert parts[0].endswith("\n\n")  # cut after a paragraph break when there is one


def test_text_longer_than_spacy_max_length_is_analysed_with_exact_offsets(monkeypatch):
    from veille.model import Article
    from veille.nlp import pipeline

    monkeypatch.setattr(pipeline, "PIECE_CHARS", 2_000)
    para = ("Le ministre Jean Valcourt a déclaré mardi : « Nous ne céderons rien sur le port de Brest. »\n\n"
            "Selon lui, la réforme sera présentée au conseil des ministres la semaine prochaine.\n\n")
    text = para * 60  # about 11,000 characters: six pieces
    nlp = pipeline.build_nlp("fr")
    monkeypatch.setattr(nlp, "max_length", 5_000)  # the whole text would be refused at once
    analysis = pipeline.analyze_one(Article.from_text(text, source="long.txt", language="fr"))
    assert len(analysis.quotes) >= 50
    for quote in analysis.quotes:
        assert text[quote.start:quote.end] == quote.text
    for entity in analysis.entities:
        for mention in getattr(entity, "mentions", []):
            assert text[mention.start:mention.end] == mention.text
