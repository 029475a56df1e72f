"""Executor-side code without Spark: reading, rows, fault isolation, MinHash bands, entity merge."""

from __future__ import annotations

import gzip
import subprocess
import sys
from datetime import date
from pathlib import Path

from veille.ingest.dedupe import signature
from veille.model import Analysis, Article, Entity, Event, Mention, SentenceSpan, Span
from veille.spark import minhash, worker
from veille.spark.sources import ARTICLE, ERROR, HTML, extract, read_file, readable
from veille.spark.warc import write_warc

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def fake_analyze(articles, lang=None, batch_size=None):
    for article in articles:
        if "BOOM" in article.text:
            raise RuntimeError("stage crashed")
        mention = Mention(text="X", start=0, end=1)
        people = [Entity(id="person:x", name="X", type="PERSON", mentions=[mention]),
                  Entity(id="person:x", name="x", type="PERSON", mentions=[mention])]
        trigger = Span(text="met", start=2, end=5)
        event = Event(type="CONSULT", source=["person:x"], trigger=trigger, date=date(2020, 1, 2),
                      sentence=SentenceSpan(start=0, end=5))
        yield Analysis(article=article, entities=people, events=[event])


def test_a_failing_article_becomes_an_error_and_the_batch_goes_on(monkeypatch):
    monkeypatch.setattr(worker, "analyze", fake_analyze)
    articles = [Article.from_text(f"X met Y number {i} " + ("BOOM" if i == 3 else ""), language="en",
                                  source=f"a.jsonl#{i}", published=date(2020, 1, 1)) for i in range(6)]
    out = list(worker.analyze_partition([(a, (0, i)) for i, a in enumerate(articles)], None, batch_size=2))
    errors = [item[2] for item in out if item[0] == worker.ERROR]
    assert len(errors) == 1 and errors[0][:2] == ("a.jsonl", "3")
    assert errors[0][2].startswith("analysis failed: RuntimeError: stage crashed")
    analysed = {item[2][0] for item in out if item[0] == worker.ROW and item[1] == "articles"}
    assert analysed == {a.id for i, a in enumerate(articles) if i != 3}
    assert out[-1][0] == worker.STAT


def test_rows_as_the_store_keeps_them(monkeypatch):
    monkeypatch.setattr(worker, "analyze", fake_analyze)
    article = Article.from_text("X met Y.", language="fr", published=date(2021, 11, 15))
    out = list(worker.analyze_partition([(article, (2, 7))], None, 4))
    by_table = {}
    for kind, table, payload in out:
        by_table.setdefault(table, []).append(payload)
    assert by_table["articles"][0][4] == date(2021, 11, 15)
    assert by_table["articles"][0][-2:] == ("2021-11-15", "fr")
    assert by_table["events"][0][10] == date(2020, 1, 2)
    assert by_table["event_actors"][0][-2:] == ("2021-11-15", "fr")
    assert len(by_table["article_entities"]) == 1  # one entity id listed twice: first row kept
    assert [order for _, order in by_table["entities"]] == [(2, 7, 0), (2, 7, 1)]


def test_read_file_kinds_and_faults(tmp_path):
    page = b"<html><body><article><p>" + b"The minister met the envoy in Paris on Monday. " * 20 + b"</p></article></body></html>"
    warc = tmp_path / "a.warc.gz"
    write_warc(str(warc), [("https://x/1", page, "text/html"), ("https://x/i", b"\x89PNG", "image/png")])
    items = list(read_file(4, str(warc)))
    assert [(k, order) for k, _, order in items] == [(HTML, (4, 1))]
    kind, article, order = extract(items[0], published=date(2020, 5, 6))
    assert kind == ARTICLE and "envoy" in article.text and article.source == f"{warc}#1"
    assert article.url == "https://x/1" and article.published == date(2020, 5, 6)
    jsonl = tmp_path / "a.jsonl.gz"
    jsonl.write_bytes(gzip.compress(b'{"text": "a b c"}\n{oops\n'))
    kinds = [(k, payload[1] if k == ERROR else order) for k, payload, order in read_file(0, str(jsonl))]
    assert kinds[0] == (ARTICLE, (0, 0)) and kinds[1][0] == ERROR
    missing = list(read_file(1, str(tmp_path / "none.txt")))
    assert missing[0][0] == ERROR and "cannot read" in missing[0][1][2]
    assert readable("d/CC-NEWS.warc.gz") and not readable("d/_SUCCESS") and not readable("d/a.png")


def test_bands_find_copies_only():
    base = (EXAMPLES / "en-wikinews-korea.txt").read_text(encoding="utf-8")
    a, b, c = (signature(t) for t in (base, base + "\nThe agency gave no further details.",
                                      (EXAMPLES / "en-wikinews-asylum.txt").read_text(encoding="utf-8")))
    assert minhash.similarity(a, b) >= 0.8 > minhash.similarity(a, c)
    assert set(minhash.band_keys(a)) & set(minhash.band_keys(b))
    assert not set(minhash.band_keys(a)) & set(minhash.band_keys(c))
    assert len(minhash.band_keys(a)) == minhash.BANDS


def test_cli_works_without_pyspark_loaded():
    code = "import sys, veille.cli; assert 'pyspark' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    out = subprocess.run([sys.executable, "-m", "veille", "spark", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "--partitions" in out.stdout


def test_spark_submit_entry_point_refuses_a_bad_date(capsys):
    from veille.spark.__main__ import main

    assert main(["in.warc.gz", "--out", "out", "--date", "someday"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_replacement_identity_follows_the_store():
    from veille.spark.sources import identity

    assert identity(Article.from_text("a", url="https://x/1", source="d.jsonl#3")) == "url:https://x/1"
    assert identity(Article.from_text("a", source="news/a.txt")) == "source:news/a.txt"
    record = Article.from_text("a", source="dump.jsonl#12")
    assert identity(record) == "id:" + record.id  # records without a URL replace nothing
