"""An article without a title is shown by its first sentence in lists and exports, never by its hash."""

from __future__ import annotations

import csv

from store_samples import make_fr
from typer.testing import CliRunner

from veille.cli import app
from veille.store import open_store


def _untitled_store(tmp_path):
    analysis = make_fr()
    analysis = analysis.model_copy(update={"article": analysis.article.model_copy(update={"title": None})})
    store = open_store(tmp_path / "v.db")
    store.save(analysis)
    first = analysis.article.text.strip().split(". ")[0].split("\n")[0]
    return store, analysis.article.id, first


def test_quote_and_search_lists_carry_the_first_sentence(tmp_path):
    store, article_id, first = _untitled_store(tmp_path)
    try:
        quotes = store.quotes(limit=10)
        assert quotes and all(q["article_title"] is None for q in quotes)  # the record keeps what was stored
        assert all(q["article_headline"].startswith(first[:40]) for q in quotes)
        assert article_id not in {q["article_headline"] for q in quotes}
        hits = store.search("Poutine")
        assert hits and all(h["headline"].startswith(first[:40]) for h in hits)
    finally:
        store.close()


def test_flat_csv_title_column_is_the_first_sentence(tmp_path):
    store, article_id, first = _untitled_store(tmp_path)
    store.close()
    result = CliRunner().invoke(app, ["export", "--db", str(tmp_path / "v.db"), "--to", str(tmp_path / "f"),
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    for name in ("quotes.flat.csv", "events.flat.csv"):
        with open(tmp_path / "f" / name, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert rows and all(r["title"].startswith(first[:40]) and r["title"] != article_id for r in rows), name
