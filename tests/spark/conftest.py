"""Spark fixtures: one local[2] session per test session, a small WARC + JSONL corpus built from
the CC BY examples, one job run over it, and what ``veille analyze`` gives for the same articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.model import Analysis, Article
from veille.spark.warc import write_warc

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
WARC_DATE = "2020-01-01"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def analyze_cli(paths: list[Path], *extra: str) -> list[dict]:
    """Records of ``veille analyze --format jsonl --with-text`` over ``paths``."""
    result = CliRunner().invoke(app, ["analyze", *map(str, paths), "--format", "jsonl", "--with-text", *extra])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def to_analysis(record: dict) -> Analysis:
    fields = {k: record[k] for k in ("id", "source", "url", "title", "published", "language", "text")}
    return Analysis(article=Article(**fields), entities=record["entities"], quotes=record["quotes"],
                    events=record["events"])


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed (Spark needs a JRE: apt-get install default-jre-headless)")
    from veille.spark.job import session

    spark = session("local[2]", "veille-tests")
    spark.conf.set("spark.sql.shuffle.partitions", "4")
    yield spark
    spark.stop()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict:
    """English articles (plus a near-duplicate) in a WARC with a PNG record and a damaged tail;
    French ones as JSONL with a line that is not JSON and one without text."""
    root = tmp_path_factory.mktemp("spark-corpus")
    english = sorted(EXAMPLES.glob("en-*.txt"))
    french = sorted(EXAMPLES.glob("fr-*.txt"))
    near = root / "en-korea-copy.txt"
    korea = (EXAMPLES / "en-wikinews-korea.txt").read_text(encoding="utf-8")
    near.write_text(korea.rstrip() + "\nThe agency gave no further details.\n", encoding="utf-8")
    english.append(near)

    warc = root / "news.warc.gz"
    pages = [(f"https://news.example/{p.stem}", p.read_bytes(), "text/plain; charset=utf-8") for p in english]
    pages.insert(2, ("https://news.example/logo", PNG, "text/html"))
    pages.append(("https://news.example/logo.png", PNG, "image/png"))  # not an article, not a fault
    write_warc(str(warc), pages)
    data = warc.read_bytes()
    warc.write_bytes(data + data[:400] + b"garbage" * 10)  # a damaged gzip member at the end

    fr_records = analyze_cli(french)
    jsonl = root / "news.jsonl"
    lines = [json.dumps({k: r[k] for k in ("source", "url", "title", "published", "language", "text")},
                        ensure_ascii=False) for r in fr_records]
    lines[3:3] = ["{not json", json.dumps({"title": "no text here"})]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")

    local = analyze_cli(english, "--date", WARC_DATE) + fr_records
    return {"warc": warc, "jsonl": jsonl, "root": root, "local": [to_analysis(r) for r in local],
            "english": english, "french": french, "date": WARC_DATE}


@pytest.fixture(scope="session")
def job(spark, corpus, tmp_path_factory):
    from veille.spark import JobOptions, run

    out = tmp_path_factory.mktemp("spark-out") / "tables"
    options = JobOptions(inputs=[str(corpus["warc"]), str(corpus["jsonl"])], out=str(out), partitions=3)
    result = run(options, spark)
    return {"out": out, "result": result, "options": options}
