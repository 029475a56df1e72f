"""A test database built through the real pipeline and the real SQLite store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from samples import annotated, xss_article, xss_quote  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# A few real articles in each language keep the session short but realistic.
EXAMPLE_FILES = ("en-wikinews-korea.txt", "en-wikinews-peres.txt", "fr-wikinews-44337.txt", "fr-wikinews-45070.txt")


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> Path:
    from veille.ingest import read_paths
    from veille.nlp import analyze
    from veille.store import open_store

    path = tmp_path_factory.mktemp("api") / "veille.db"
    articles = [a for a in read_paths([str(EXAMPLES / name) for name in EXAMPLE_FILES]) if hasattr(a, "text")]
    articles.append(xss_article())
    store = open_store(path)
    try:
        for analysis in analyze(articles):
            # Quotes and events come from hand-annotated records only, so the API's
            # assertions do not move when the analysis stages improve.
            analysis = analysis.model_copy(update={"quotes": [], "events": []})
            if analysis.article.source == "xss.txt":
                analysis = xss_quote(analysis)
            store.save(analysis)
        store.save(annotated())
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def app(db_path):
    from veille.api import app_for_db

    return app_for_db(db_path)


@pytest.fixture()
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c
