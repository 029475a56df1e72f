"""``veille spark``: the analysis as an Apache Spark job, Parquet tables out.

pyspark is imported when the command runs, so the rest of the CLI works without it.
"""

from __future__ import annotations

import typer

from .analyze import parse_date
from .. import settings
from .app import app, fail, write_line
from .options import check_lang, check_lang_filter


@app.command("spark")
def spark_command(
    inputs: list[str] = typer.Argument(..., help="WARC/WARC.gz, JSONL, text/HTML files, folders or globs; any Hadoop URI."),
    out: str = typer.Option(..., "--out", help="Output folder of the Parquet tables (any Hadoop URI)."),
    master: str = typer.Option("local[*]", "--master", help="Spark master: local[N], spark://host:7077, yarn…"),
    partitions: int | None = typer.Option(None, "--partitions", min=1, help="Analysis partitions (default: 4 per core)."),
    lang: str = typer.Option("auto", "--lang", help="Language code, or 'auto' to detect per article."),
    date_: str | None = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for articles with none."),
    near_dups: bool = typer.Option(True, "--near-duplicates/--no-near-duplicates", help="Cluster near-duplicate texts."),
) -> None:
    """Analyse a corpus with Spark into Parquet tables (articles, entities, mentions, quotes, events…)."""
    code = check_lang(lang)
    default_date = parse_date(date_)
    try:
        import pyspark  # noqa: F401
    except ImportError:
        fail("pyspark is not installed (pip install pyspark)")
    from ..spark.job import JobOptions, run

    options = JobOptions(
        inputs=list(inputs), out=out, master=master, partitions=partitions,
        lang=code, default_date=default_date, near_duplicates=near_dups,
    )
    try:
        result = run(options)
    except Exception as exc:  # py4j errors are long Java traces: keep the first line
        if type(exc).__name__ in ("Py4JJavaError", "AnalysisException", "PySparkException"):
            fail(f"Spark job failed: {str(exc).strip().splitlines()[0]}")
        raise
    write_line(
        f"{result.articles} articles, {result.errors} errors, {result.rows['entities']} entities, "
        f"{result.rows['quotes']} quotes, {result.rows['events']} events → {out} "
        f"({result.partitions} partitions, {result.workers} Python workers, {result.pipeline_loads} pipeline loads, "
        f"peak worker memory {result.worker_rss_mb} MiB)"
    )
    if result.articles == 0:
        raise typer.Exit(1)


@app.command("import-parquet")
def import_parquet_command(
    folder: str = typer.Argument(..., help="Output folder of `veille spark` (local path)."),
    db: str = typer.Option(settings.get("default_db"), "--db", help="SQLite database (created if missing)."),
    since: str | None = typer.Option(None, "--since", help="Only articles published on or after (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Only articles published on or before (YYYY-MM-DD)."),
    lang: str | None = typer.Option(None, "--lang", help="Only articles in this language."),
) -> None:
    """Load a Spark output (or a slice of it) into the SQLite store, to browse it like an ingest."""
    from pathlib import Path

    from ..errors import VeilleError
    from ..spark.importer import import_parquet
    from ..store import open_store

    lang = check_lang_filter(lang)
    if not Path(folder).is_dir():
        fail(f"{folder}: no such folder")
    try:
        with open_store(db) as store:
            summary = import_parquet(folder, store, parse_date(since), parse_date(until), lang)
    except VeilleError as exc:
        fail(str(exc))
    parts = ", ".join(f"{n} {status}" for status, n in sorted(summary.counts.items())) or "nothing"
    write_line(f"{parts} → {db}")
