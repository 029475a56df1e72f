"""The Spark job: inputs → articles → analyses → Parquet tables under one output folder.

    files (listed on the driver) ─► one task per file reads its records ─► N partitions (stable hash)
      ─► HTML extraction, MinHash signatures (Python) ─► one DataFrame of the corpus, cached
      ─► one article per text, the newest text per URL ─► near-duplicate clusters (copies linked,
      not analysed) ─► analysis (Python: mapPartitions, nlp.pipe) ─► one DataFrame of rows,
      cached ─► every table a selection of it; entities merged by id

Python runs only where veille's own code must (reading, extraction, analysis); the corpus-wide
steps in between are DataFrame operations the JVM runs, so each core holds one Python worker,
which loads the pipelines once.

Per-article tables are partitioned by ``part_date``/``part_lang`` and written with dynamic
partition overwrite: running the job again over the same inputs replaces the same partitions with
the same rows (ids are content hashes), so a retried or repeated run never duplicates anything.
``entities``, ``duplicates``, ``errors`` and ``signatures`` describe the run's corpus and are
replaced whole.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from .. import settings
from ..store.rows import TABLES
from .schema import (EXTRA_TABLES, PARTITION_COLUMNS, PARTITIONED, STATS, UNION_KIND, UNION_TABLE, columns,
                     corpus_schema, spark_schema, union_schema)

log = logging.getLogger(__name__)


@dataclass
class JobOptions:
    inputs: list[str]
    out: str
    master: str | None = None  # None: whatever spark-submit or the session was given
    partitions: int | None = None  # default: 4 per core of the session
    lang: str | None = None  # None/"auto": detect per article
    default_date: date | None = None
    batch_size: int = field(default_factory=lambda: settings.get("batch_size"))
    near_duplicates: bool = True


@dataclass
class JobResult:
    articles: int
    errors: int
    rows: dict[str, int]
    workers: int  # Python worker processes that analysed partitions
    pipeline_loads: int  # pipelines built over all those workers
    worker_rss_mb: int  # the largest peak memory of one Python worker
    partitions: int


def stable_partition(key: str) -> int:
    """A partitioner independent of Python's per-process string hash seed."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def session(master: str | None, app_name: str = "veille"):
    """A SparkSession with the settings the job relies on (``getOrCreate``: reuses a running one)."""
    from pyspark.sql import SparkSession

    if master and master.startswith("local"):
        # Local workers must run this interpreter (and its packages), not whatever python3 is on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    spark = (
        builder.config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run(options: JobOptions, spark=None) -> JobResult:
    """Run the job; ``spark`` is an existing session (tests, spark-submit) or one is made."""
    from pyspark.sql import functions as F

    from .dedup import first_copies, near_duplicates
    from .sources import ARTICLE

    spark = spark or session(options.master)
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
    # Several partitions per core: hash partitions differ in size, and with one per core the
    # cores that finish first would wait for the largest.
    partitions = options.partitions or 4 * spark.sparkContext.defaultParallelism
    # The DataFrame shuffles need no more tasks than the analysis has.
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    corpus, failures = _read_corpus(spark, options, partitions)
    articles = first_copies(corpus.where(F.col("kind") == ARTICLE).drop("kind", "error")).persist(_keep())
    signatures = articles.where(F.col("minhash").isNotNull())
    copies = spark.createDataFrame([], "id string, canonical_id string, similarity double")
    if options.near_duplicates:
        copies = near_duplicates(signatures, settings.get("near_duplicate_threshold")).persist(_keep())
    # A repartition to a number is kept as it is by adaptive execution, which merges the small
    # partitions of every other shuffle (corpus-wide steps move little data).
    to_analyse = (articles.join(copies.select("id"), "id", "left_anti")
                  .repartition(partitions, "id").sortWithinPartitions("order").select("payload", "order"))
    output = _analyse(spark, to_analyse, options)
    counts = {(r[UNION_KIND], r[UNION_TABLE]): r["count"] for r in output.groupBy(UNION_KIND, UNION_TABLE).count().collect()}
    workers, loads, peak_rss = _worker_stats(output)
    tables = _tables(spark, output, corpus, failures, copies, articles, signatures)
    written = _write_all(spark, tables, counts, options.out)
    rows = _row_counts(counts, written)
    for df in (output, copies, articles, corpus):
        df.unpersist()
    return JobResult(articles=rows["articles"], errors=written["errors"], rows=rows, workers=workers,
                     pipeline_loads=loads, worker_rss_mb=peak_rss, partitions=partitions)


def _keep():
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


def _read_corpus(spark, options: JobOptions, partitions: int):
    """The corpus rows (articles and read errors) and the inputs that could not be listed."""
    from .sources import corpus_row, extract, list_inputs, read_file

    sc, published = spark.sparkContext, options.default_date
    files, failures = list_inputs(spark, options.inputs)
    # One task per file reads it; its records are then spread over the partitions, where pages
    # are extracted and signed. From there on, only the analysis runs Python.
    records = (
        sc.parallelize(list(enumerate(files)), max(1, len(files)))
        .flatMap(lambda f: read_file(f[0], f[1], published))
        .keyBy(lambda item: repr(item[2]))
        .partitionBy(partitions, stable_partition)
        .map(lambda kv: corpus_row(extract(kv[1], published)))
    )
    return spark.createDataFrame(records, corpus_schema(), verifySchema=False).persist(_keep()), failures


def _analyse(spark, to_analyse, options: JobOptions):
    """The analysis is the only Python step over its output: rows go straight into one DataFrame
    cached by the JVM, and every table is a selection of it. (A Python step over a cached Python
    RDD would run a second Python worker beside each analysing one, and pipelines would be loaded
    in both.)"""
    from .worker import analyze_partition, union_row

    lang, batch_size = options.lang, options.batch_size
    items = (to_analyse.rdd.mapPartitions(lambda rows: analyze_partition(
        ((pickle.loads(payload), tuple(order)) for payload, order in rows), lang, batch_size)).map(union_row))
    return spark.createDataFrame(items, union_schema(), verifySchema=False).persist(_keep())


def _worker_stats(output) -> tuple[int, int, int]:
    """Workers used, pipeline loads over all of them, and the peak worker memory in MiB."""
    from pyspark.sql import functions as F

    from .worker import STAT

    per_worker = (output.where(F.col(UNION_KIND) == STAT).select(f"{STATS}.*").groupBy("pid")
                  .agg(F.max("loads").alias("loads"), F.max("rss_kib").alias("rss_kib")))
    workers, loads, peak_rss = per_worker.agg(F.count("*"), F.sum("loads"), F.max("rss_kib")).first()
    return workers, int(loads or 0), int(peak_rss or 0) // 1024


def _tables(spark, output, corpus, failures, copies, articles, signatures) -> dict:
    from pyspark.sql import functions as F

    from .dedup import dedup_entity_rows
    from .sources import ERROR
    from .worker import ENTITY
    from .worker import ERROR as FAILED

    tables = {name: output.where(F.col(UNION_TABLE) == name).select(f"{name}.*") for name in PARTITIONED}
    tables["entities"] = dedup_entity_rows(output.where(F.col(UNION_KIND) == ENTITY).select("entities.*"))
    tables["errors"] = (
        corpus.where(F.col("kind") == ERROR).select("error.*")
        .unionByName(output.where(F.col(UNION_KIND) == FAILED).select("errors.*"))
        .unionByName(spark.createDataFrame(failures, spark_schema("errors")))
    )
    tables["duplicates"] = copies.join(articles, "id").select(*(name for name, _ in columns("duplicates")))
    tables["signatures"] = signatures.join(copies, "id", "left_anti").select(F.col("id").alias("article_id"), "minhash")
    return tables


def _write_all(spark, tables: dict, counts: dict, out: str) -> dict[str, int]:
    """Each write is a small job of its own: submitted side by side, they share the cores instead
    of each waiting for the last one's stragglers."""
    from .worker import ROW

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(tables, pool.map(
            lambda item: _write(spark, item[1], item[0], out,
                                partitioned=item[0] in PARTITIONED and counts.get((ROW, item[0]), 0) > 0),
            tables.items())))


def _row_counts(counts: dict, written: dict[str, int]) -> dict[str, int]:
    from .worker import ROW

    rows = {name: counts.get((ROW, name), 0) for name in set(TABLES) - {"entities"}}
    rows["entities"] = written["entities"]
    rows["duplicates"] = written["duplicates"]
    return rows


COUNTED = ("entities", "errors", "duplicates")  # tables whose row count the job reports


def _write(spark, df, table: str, out: str, partitioned: bool = False) -> int:
    """Write one table. A per-article table with no rows is written unpartitioned, as one empty
    file that keeps the schema, unless earlier runs left partitions there; that placeholder is
    removed when rows come."""
    path = out.rstrip("/") + "/" + table
    if table in PARTITIONED and not partitioned:
        if _exists(spark, path):
            return 0
        df.drop(*PARTITION_COLUMNS).coalesce(1).write.mode("overwrite").parquet(path)
        return 0
    if partitioned:
        _drop_placeholder(spark, path)
        # Rows of one partition land in few files: repartition by the partition columns first.
        df.repartition(*PARTITION_COLUMNS).write.mode("overwrite").partitionBy(*PARTITION_COLUMNS).parquet(path)
        return 0
    df.write.mode("overwrite").parquet(path)
    return spark.read.parquet(path).count() if table in COUNTED else 0


def _filesystem(spark, path: str):
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    return hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), hpath


def _drop_placeholder(spark, path: str) -> None:
    fs, hpath = _filesystem(spark, path)
    if not fs.exists(hpath):
        return
    for status in fs.listStatus(hpath):
        if status.isFile() and status.getPath().getName().startswith("part-"):
            fs.delete(status.getPath(), False)


def _exists(spark, path: str) -> bool:
    fs, hpath = _filesystem(spark, path)
    return bool(fs.exists(hpath))


__all__ = ["JobOptions", "JobResult", "run", "session", "EXTRA_TABLES"]
