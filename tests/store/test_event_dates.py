"""Event dates in the store: their precision kept, the migration that adds it, charts within the articles' span."""

from __future__ import annotations

import sqlite3
from datetime import date

from store_samples import make_en, make_fr

from veille.model import Article
from veille.store import open_store, schema
from veille.store.export import plover_events


def _dated(analysis, day, precision):
    event = analysis.events[0].model_copy(update={"date": day, "date_precision": precision})
    return analysis.model_copy(update={"events": [event]})


def _another(analysis, published):
    """The same analysis as another article, published on another day."""
    a = analysis.article
    article = Article.from_text(a.text + " Fin.", language=a.language, published=published)
    return analysis.model_copy(update={"article": article})


def test_precision_round_trips_through_the_store(tmp_path):
    with open_store(tmp_path / "v.db") as s:
        s.save(_dated(make_fr(), date(2009, 1, 1), "year"))
        s.save(_dated(make_en(), date(2021, 3, 1), "month"))
        by_type = {e["type"]: e for e in s.events()}
        assert (by_type["CONSULT"]["date"], by_type["CONSULT"]["date_precision"]) == ("2009-01-01", "year")
        assert (by_type["THREATEN"]["date"], by_type["THREATEN"]["date_precision"]) == ("2021-03-01", "month")
        article = s.get_article(make_fr().article.id)
        assert article["events"][0]["date_precision"] == "year"
        plover = {e["event"]: e for e in plover_events(s)}
        assert (plover["CONSULT"]["date"], plover["CONSULT"]["date_precision"]) == ("2009-01-01", "year")


def test_event_records_carry_their_sentence(store, fr_analysis):
    text = fr_analysis.article.text
    for record in store.events() + store.get_article(fr_analysis.article.id)["events"]:
        sentence = record["sentence"]
        if record.get("article_id", fr_analysis.article.id) == fr_analysis.article.id:
            assert sentence["text"] == text[sentence["start"]:sentence["end"]]
        assert record["trigger"]["text"] in sentence["text"]


def test_migration_adds_the_precision_to_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    before = [name for name, _ in schema.MIGRATIONS].index("0008_events_date_precision")
    for number, (_, sql) in enumerate(schema.MIGRATIONS[:before], start=1):
        for statement in schema._statements(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("INSERT INTO articles (id, text_length, text, published) VALUES ('a', 5, 'Hello', '2020-01-02')")
    conn.execute("INSERT INTO events (id, article_id, type, trigger_text, trigger_start, trigger_end, date, "
                 "sentence_start, sentence_end) VALUES ('e0', 'a', 'CONSULT', 'Hello', 0, 5, '2020-01-01', 0, 5)")
    conn.close()
    with open_store(path) as s:
        [event] = s.events()
        assert event["date"] == "2020-01-01" and event["date_precision"] is None
        assert event["sentence"]["text"] == "Hello"
        assert s.save(make_fr()) == "new"


def test_chart_months_stay_within_the_articles_publication_span(tmp_path):
    fr, en = make_fr(), make_en()  # published 2021-11-15 and 2021-11-20
    with open_store(tmp_path / "v.db") as s:
        s.save(_dated(fr, date(1844, 1, 1), "year"))
        s.save(_dated(en, date(2047, 6, 1), "month"))
        months = {r["month"] for r in s.stats()["events_by_type_month"]}
        assert months == {"2021-11"}
        # a dated event inside the span is charted at its own month
        s.save(_dated(_another(fr, date(2021, 9, 1)), date(2021, 10, 3), "day"))
        months = {r["month"] for r in s.stats()["events_by_type_month"]}
        assert months == {"2021-10", "2021-11"}


def test_a_year_is_charted_at_its_article_not_in_january(tmp_path):
    fr = make_fr()
    with open_store(tmp_path / "v.db") as s:
        s.save(_dated(_another(fr, date(2021, 1, 10)), date(2021, 1, 1), "day"))
        s.save(_dated(make_en(), date(2021, 1, 1), "year"))
        rows = {r["type"]: r["month"] for r in s.stats()["events_by_type_month"]}
        assert rows == {"CONSULT": "2021-01", "THREATEN": "2021-11"}
