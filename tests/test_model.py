import json

import pytest
from pydantic import ValidationError

from veille.model import Analysis, Article, Entity, Mention, Record, content_id


def test_article_id_is_a_stable_content_hash():
    a = Article.from_text("Le président a parlé.", source="a.txt")
    b = Article.from_text("Le président a parlé.", source="b.txt")
    c = Article.from_text("Le président a parlé !", source="a.txt")
    assert a.id == b.id == content_id("Le président a parlé.")
    assert a.id != c.id


def test_record_has_the_output_contract_keys_in_order():
    article = Article.from_text("Texte.", source="x.txt", language="fr")
    entity = Entity(id="person:x", name="X", type="PERSON", mentions=[Mention(text="X", start=0, end=1)])
    record = Analysis(article=article, entities=[entity]).to_record()
    assert list(record) == [
        "id", "source", "url", "title", "published", "language", "language_confidence", "text_length",
        "entities", "quotes", "events",
    ]
    assert record["text_length"] == len("Texte.")
    assert "text" not in record
    assert Analysis(article=article).to_record(with_text=True)["text"] == "Texte."
    json.dumps(record)  # serialisable as is
    Record.model_validate(record)


def test_entity_type_is_restricted_to_the_contract():
    with pytest.raises(ValidationError):
        Entity(id="x", name="X", type="PER")


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        Article(id="x", text="t", author="someone")


def test_published_schema_matches_docs_copy():
    from pathlib import Path

    docs = Path(__file__).resolve().parent.parent / "docs" / "schema.json"
    assert json.loads(docs.read_text()) == Record.model_json_schema()
