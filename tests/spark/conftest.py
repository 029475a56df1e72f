"""Spark fixtures: one local[2] session per test session, a small WARC + JSONL corpus built from
the CC BY examples, one job run over it, and ``veille ingest`` + ``veille export`` of the same
inputs as the single-machine reference."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.spark.warc import write_warc

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def page(text: str) -> bytes:
    """An example text as a news page: first line as title, paragraphs as <p>."""
    title, _, body = text.strip().partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><article><h1>{html.escape(title)}</h1>\n{paragraphs}</article></body></html>").encode("utf-8")


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code in (0, 1), result.output  # 1: some inputs failed, by design
    return result.stdout


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
    """English pages (one of them twice, lightly edited) in a WARC with a PNG served as HTML, an
    image record and a damaged tail; French articles as JSONL with a line that is not JSON and
    one without text."""
    root = tmp_path_factory.mktemp("spark-corpus")
    english = sorted(EXAMPLES.glob("en-*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in english]
    korea = (EXAMPLES / "en-wikinews-korea.txt").read_text(encoding="utf-8")
    pages = [(f"https://news.example/{p.stem}", page(t), "text/html; charset=utf-8") for p, t in zip(english, texts)]
    pages.insert(2, ("https://news.example/logo", PNG, "text/html"))
    pages.append(("https://news.example/logo.png", PNG, "image/png"))  # not an article, not a fault
    pages.append(("https://wire.example/korea", page(korea.rstrip() + "\nThe agency gave no further details.\n"),
                  "text/html; charset=utf-8"))
    warc = root / "news.warc.gz"
    write_warc(str(warc), pages)
    data = warc.read_bytes()
    warc.write_bytes(data + data[:400] + b"garbage" * 10)  # a damaged gzip member at the end

    lines = []
    for path in sorted(EXAMPLES.glob("fr-*.txt")):
        text = path.read_text(encoding="utf-8")
        lines.append(json.dumps({"text": text, "title": text.split("\n", 1)[0].strip(),
                                 "url": f"https://fr.example/{path.stem}", "date": "2012-07-01"}, ensure_ascii=False))
    lines[3:3] = ["{not json", json.dumps({"title": "no text here"})]
    jsonl = root / "news.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")

    local = root / "local"
    cli("ingest", str(warc), str(jsonl), "--db", str(root / "local.db"), "--quiet")
    cli("export", "--db", str(root / "local.db"), "--to", str(local), "--format", "parquet")
    return {"warc": warc, "jsonl": jsonl, "root": root, "local": local, "english": len(english),
            "french": len(lines) - 2}


@pytest.fixture(scope="session")
def job(spark, corpus, tmp_path_factory):
    from veille.spark import JobOptions, run

    out = tmp_path_factory.mktemp("spark-out") / "tables"
    options = JobOptions(inputs=[str(corpus["warc"]), str(corpus["jsonl"])], out=str(out), partitions=3)
    result = run(options, spark)
    return {"out": out, "result": result, "options": options}
