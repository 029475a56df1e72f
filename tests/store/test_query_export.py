"""``veille query`` and ``veille export`` on a store of hand-built analyses."""

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from store_samples import MACRON, PUTIN
from typer.testing import CliRunner

from veille.cli import app
from veille.store import TABLES, arrow_schema

runner = CliRunner()


@pytest.fixture()
def db(store):
    return str(store.path)


def query(*args):
    result = runner.invoke(app, ["query", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_speaker_putin_finds_french_and_english_quotes(db, fr_analysis, en_analysis):
    for name in ("Putin", "Poutine"):
        records = json.loads(query("quotes", "--speaker", name, "--db", db, "--format", "json"))
        assert {r["language"] for r in records} == {"fr", "en"}
        assert {r["article_id"] for r in records} == {fr_analysis.article.id, en_analysis.article.id}


def test_quote_filters_and_formats(db):
    lines = query("quotes", "--about", "France", "--db", db, "--format", "jsonl").splitlines()
    assert [json.loads(x)["text"] for x in lines] == ["La France veut la paix"]
    rows = list(csv.DictReader(io.StringIO(query("quotes", "--db", db, "--format", "csv", "--limit", "2"))))
    assert len(rows) == 2 and "speaker_name" in rows[0]
    table = query("quotes", "--text", "paix", "--db", db)
    assert "Quotes (1)" in table and "Macron" in table and "paix" in table
    records = json.loads(query("quotes", "--since", "2021-11-16", "--db", db, "-f", "json"))
    assert {r["language"] for r in records} == {"en"}
    records = json.loads(query("quotes", "--lang", "fr", "--until", "2021-11-15", "--db", db, "-f", "json"))
    assert len(records) == 2


def test_event_and_entity_queries(db):
    records = json.loads(query("events", "--source", "Macron", "--db", db, "-f", "json"))
    assert [r["type"] for r in records] == ["CONSULT"] and records[0]["target"] == [PUTIN]
    records = json.loads(query("events", "--target", "Ukraine", "--type", "threaten", "--db", db, "-f", "json"))
    assert records[0]["source_names"] == ["Vladimir Poutine"]
    assert "CONSULT" in query("events", "--actor", "Putin", "--db", db)


def test_events_table_shows_the_sentence_and_json_carries_it(db, fr_analysis):
    table = query("events", "--type", "CONSULT", "--db", db)
    assert "evidence" in table
    sentence = fr_analysis.events[0].sentence
    words = fr_analysis.article.text[sentence.start:sentence.end].split()
    assert all(w in table for w in words[:4])  # the sentence's first words, whatever the wrapping
    [record] = json.loads(query("events", "--type", "CONSULT", "--db", db, "-f", "json"))
    assert record["sentence"]["text"] == fr_analysis.article.text[sentence.start:sentence.end]
    records = json.loads(query("entities", "--type", "PERSON", "--db", db, "-f", "json"))
    assert [r["id"] for r in records] == [PUTIN, MACRON]
    assert json.loads(query("entities", "--name", "macron", "--db", db, "-f", "json"))[0]["id"] == MACRON
    stats = json.loads(query("stats", "--db", db, "-f", "json"))
    assert stats["events_by_type"] == {"CONSULT": 1, "THREATEN": 1}
    assert "Events by type" in query("stats", "--db", db)


def test_bad_query_input(tmp_path, db):
    result = runner.invoke(app, ["query", "quotes", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code != 0
    assert runner.invoke(app, ["query", "quotes", "--db", db, "--since", "yesterday"]).exit_code == 2
    assert runner.invoke(app, ["query", "quotes", "--db", db, "--format", "xml"]).exit_code == 2


def test_export_parquet_types_come_from_tables(db, tmp_path, store):
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", "--db", db, "--to", str(out), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    counts = store.counts()
    for table in TABLES:
        data = pq.read_table(out / f"{table}.parquet")
        assert data.schema == arrow_schema(table), table
        assert data.num_rows == counts[table], table
    events = pq.read_table(out / "events.parquet").to_pylist()
    assert {e["negated"] for e in events} == {False}
    assert str(pq.read_table(out / "articles.parquet").schema.field("published").type) == "date32[day]"
    schema = json.loads((out / "schema.json").read_text())
    assert {"name": "negated", "type": "bool", "arrow": "bool"} in schema["events"]
    assert [c["name"] for c in schema["duplicates"]][:2] == ["id", "canonical_id"]


def test_export_csv_and_jsonl(db, tmp_path, store):
    runner.invoke(app, ["export", "--db", db, "--to", str(tmp_path / "c"), "--format", "csv"])
    with open(tmp_path / "c" / "quotes.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == [c for c, _ in TABLES["quotes"]] and len(rows) == 3
    runner.invoke(app, ["export", "--db", db, "--to", str(tmp_path / "j"), "--format", "jsonl"])
    lines = (tmp_path / "j" / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == store.counts()["mentions"]


def test_plover_events(db, tmp_path, fr_analysis):
    runner.invoke(app, ["export", "--db", db, "--to", str(tmp_path / "p"), "--format", "jsonl"])
    records = [json.loads(x) for x in (tmp_path / "p" / "events.plover.jsonl").read_text().splitlines()]
    consult = next(r for r in records if r["event"] == "CONSULT")
    for key in ("id", "date", "actor", "recipient", "event", "mode", "event_text", "event_loc", "text"):
        assert key in consult
    assert consult["actor"][0]["code"] == MACRON and consult["actor"][0]["actorText"] == "Emmanuel Macron"
    assert consult["recipient"][0]["code"] == PUTIN
    assert consult["date"] == "2021-11-15" and consult["mode"] == "phone" and consult["event_text"] == "appelé"
    assert consult["text"].startswith("Emmanuel Macron a appelé Vladimir Poutine")


def test_export_flat_csv_views_have_plain_names_and_optional_bom(db, tmp_path, store):
    result = runner.invoke(app, ["export", "--db", db, "--to", str(tmp_path / "f"), "--format", "csv", "--bom"])
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "f" / "quotes.flat.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "f" / "quotes.flat.csv", encoding="utf-8-sig", newline="") as f:
        quotes = list(csv.DictReader(f))
    assert len(quotes) == 3 and list(quotes[0])[:3] == ["published", "speaker", "quote"]
    assert any(q["speaker"] and ":" not in q["speaker"] for q in quotes)  # a name, not an entity id
    with open(tmp_path / "f" / "events.flat.csv", encoding="utf-8-sig", newline="") as f:
        events = list(csv.DictReader(f))
    assert len(events) == store.counts()["events"]
    for row in events:
        assert not any(cell.lstrip().startswith(("{", "[")) for cell in row.values())
    assert any(row["source_names"] or row["target_names"] for row in events)
    runner.invoke(app, ["export", "--db", db, "--to", str(tmp_path / "n"), "--format", "csv"])
    assert not (tmp_path / "n" / "quotes.flat.csv").read_bytes().startswith(b"\xef\xbb\xbf")
