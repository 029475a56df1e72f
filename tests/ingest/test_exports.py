"""The public surface other packages (the API, the Spark job) import."""

import veille.ingest
import veille.store


def test_all_names_exist():
    for module in (veille.ingest, veille.store):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"


def test_executor_functions_are_importable():
    from veille.ingest import articles_from_bytes, articles_from_warc, html_responses  # noqa: F401
    from veille.store import EXPORT_TABLES, TABLES, arrow_schema

    assert set(TABLES) < set(EXPORT_TABLES)
    assert [f.name for f in arrow_schema("articles")] == [c for c, _ in TABLES["articles"]]
