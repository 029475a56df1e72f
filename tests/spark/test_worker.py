"""Executor-side code without Spark: readers, rows, fault isolation, MinHash."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from veille.errors import InputError
from veille.ingest.files import read_text_file
from veille.model import Analysis, Article, Entity, Event, Mention, SentenceSpan, Span
from veille.spark import minhash, worker
from veille.spark.records import to_article
from veille.spark.sources import RawFailure, RawRecord, read_file, readable, suffix
from veille.spark.warc import RecordFailure, iter_warc, write_warc

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def fake_analyze(articles, lang=None, batch_size=None):
    for article in articles:
        if "BOOM" in article.text:
            raise RuntimeError("stage crashed")
        entity = Entity(id="person:x", name="X", type="PERSON", mentions=[Mention(text="X", start=0, end=1)])
        trigger = Span(text="met", start=2, end=5)
        event = Event(type="CONSULT", source=["person:x"], trigger=trigger, date=date(2020, 1, 2),
                      sentence=SentenceSpan(start=0, end=5))
        yield Analysis(article=article, entities=[entity], events=[event])


def test_a_failing_article_becomes_an_error_and_the_batch_goes_on(monkeypatch):
    monkeypatch.setattr(worker, "analyze", fake_analyze)
    articles = [Article.from_text(f"X met Y number {i} " + ("BOOM" if i == 3 else ""), language="en",
                                  source=f"s{i}", published=date(2020, 1, 1)) for i in range(6)]
    out = list(worker.analyze_partition(articles, None, batch_size=2))
    errors = [item[2] for item in out if item[0] == worker.ERROR]
    assert errors == [("s3", articles[3].id, errors[0][2])]
    assert errors[0][2].startswith("analysis failed: RuntimeError: stage crashed")
    analysed = {item[2][0] for item in out if item[0] == worker.ROW and item[1] == "articles"}
    assert analysed == {a.id for i, a in enumerate(articles) if i != 3}
    assert sum(item[0] == worker.SIGNATURE for item in out) == 5
    assert out[-1][0] == worker.STAT


def test_rows_carry_partition_values_and_dates(monkeypatch):
    monkeypatch.setattr(worker, "analyze", fake_analyze)
    article = Article.from_text("X met Y.", language="fr", published=date(2021, 11, 15))
    rows = [item for item in worker.analyze_partition([article], None, 4) if item[0] == worker.ROW]
    by_table = {t: [r for k, tt, r in rows if tt == t] for t in ("articles", "events", "entities", "event_actors")}
    assert by_table["articles"][0][4] == date(2021, 11, 15)
    assert by_table["articles"][0][-2:] == ("2021-11-15", "fr")
    assert by_table["events"][0][10] == date(2020, 1, 2)
    assert by_table["entities"][0] == ("person:x", "X", "PERSON", None, None, None, None, None)  # not partitioned
    assert by_table["event_actors"][0][-2:] == ("2021-11-15", "fr")


def test_text_record_reads_like_veille_analyze():
    path = EXAMPLES / "fr-wikinews-44337.txt"
    local = read_text_file(str(path), path)
    spark = to_article(RawRecord(str(path), "", "text", path.read_bytes()))
    assert spark == local


def test_json_record_fields_and_faults():
    line = json.dumps({"text": "Le président a parlé.", "title": "T", "date": "2012-06-23T10:00:00",
                       "lang": "fr", "url": "https://x"}).encode()
    article = to_article(RawRecord("f.jsonl", "line 1", "json", line))
    assert (article.title, article.published, article.language, article.url) == ("T", date(2012, 6, 23), "fr", "https://x")
    assert article.source == "f.jsonl#line 1"
    for bad in (b"{oops", b"[1, 2]", b'{"title": "x"}'):
        with pytest.raises(InputError):
            to_article(RawRecord("f.jsonl", "line 2", "json", bad))


def test_html_record_and_date_fallbacks():
    html = ("<html><head><title>Sommet</title></head><body><article><h1>Sommet</h1>"
            + "<p>Le président français a reçu son homologue allemand à Paris pour un long entretien.</p>" * 5
            + "</article></body></html>").encode()
    article = to_article(RawRecord("a.warc.gz", "<urn:1>", "html", html, url="https://x/1", date="2020-03-04T05:06:07Z"))
    assert "homologue allemand" in article.text and article.published == date(2020, 3, 4)
    text = to_article(RawRecord("a.txt", "", "text", b"Hello there.\n"), default_date=date(2001, 2, 3))
    assert text.published == date(2001, 2, 3)
    with pytest.raises(InputError):
        to_article(RawRecord("a.warc.gz", "<urn:2>", "html", b"\x89PNG\r\n\x1a\n\x00\x00"))


def test_warc_round_trip_and_damage(tmp_path):
    path = tmp_path / "a.warc.gz"
    pages = [("https://x/1", "Bonjour été".encode(), "text/plain; charset=utf-8"),
             ("https://x/2", b"<p>hi</p>", "text/html")]
    assert write_warc(str(path), pages) == 2
    records = list(iter_warc(io.BytesIO(path.read_bytes())))
    assert [(r.url, r.content_type, r.data) for r in records] == [
        ("https://x/1", "text/plain", "Bonjour été".encode()), ("https://x/2", "text/html", b"<p>hi</p>")]
    cut = list(iter_warc(io.BytesIO(path.read_bytes()[:-30])))
    assert isinstance(cut[-1], RecordFailure) and "truncated" in cut[-1].reason
    junk = list(iter_warc(io.BytesIO(path.read_bytes() + b"not a warc\r\n" * 4)))
    assert isinstance(junk[-1], RecordFailure) and "corrupt" in junk[-1].reason


def test_read_file_kinds(tmp_path):
    warc = tmp_path / "a.warc"
    write_warc(str(warc), [("https://x/1", b"text", "text/plain"), ("https://x/i", b"\x89PNG", "image/png")],
               compress=False)
    assert [r.kind for r in read_file(str(warc))] == ["text"]  # images are not articles, nor faults
    jsonl = tmp_path / "a.jsonl.gz"
    jsonl.write_bytes(gzip.compress(b'{"text": "a"}\n\n{"text": "b"}\n'))
    assert [r.record_id for r in read_file(str(jsonl))] == ["line 1", "line 3"]
    missing = list(read_file(str(tmp_path / "none.txt")))
    assert isinstance(missing[0], RawFailure)
    assert suffix("x/CC-NEWS-2020.warc.gz") == ".warc.gz" and suffix("x/a.HTML") == ".html"
    assert readable("d/a.txt") and not readable("d/_SUCCESS") and not readable("d/a.png")


def test_minhash_finds_near_duplicates_only():
    base = (EXAMPLES / "en-wikinews-korea.txt").read_text(encoding="utf-8")
    near = base + "\nThe agency gave no further details."
    other = (EXAMPLES / "en-wikinews-asylum.txt").read_text(encoding="utf-8")
    a, b, c = (minhash.signature(t) for t in (base, near, other))
    assert minhash.similarity(a, b) >= 0.8 > minhash.similarity(a, c)
    assert len(set(minhash.band_keys(a)) & set(minhash.band_keys(b))) >= 1
    assert not set(minhash.band_keys(a)) & set(minhash.band_keys(c))
    assert minhash.signature("   ") is None and minhash.signature(base) == a


def test_cli_works_without_pyspark_loaded():
    code = "import sys, veille.cli; assert 'pyspark' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    out = subprocess.run([sys.executable, "-m", "veille", "spark", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "--partitions" in out.stdout
