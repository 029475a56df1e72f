"""The Spark job: inputs → articles → analyses → Parquet tables under one output folder.

    files (listed on the driver) ─► one task per file reads its records ─► N partitions (stable hash)
      ─► HTML extraction ─► one article per text, the newest text per URL ─► MinHash signatures
      ─► near-duplicate clusters (copies linked, not analysed) ─► analysis (mapPartitions, nlp.pipe)
      ─► rows, kept once (persisted) and written table by table; entities merged by id

Per-article tables are partitioned by ``part_date``/``part_lang`` and written with dynamic
partition overwrite: running the job again over the same inputs replaces the same partitions with
the same rows (ids are content hashes), so a retried or repeated run never duplicates anything.
``entities``, ``duplicates``, ``errors`` and ``signatures`` describe the run's corpus and are
replaced whole.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date

from .. import settings
from ..store.rows import TABLES
from .schema import (EXTRA_TABLES, PARTITION_COLUMNS, PARTITIONED, STATS, UNION_KIND, UNION_TABLE, spark_schema,
                     union_schema)

log = logging.getLogger(__name__)


@dataclass
class JobOptions:
    inputs: list[str]
    out: str
    master: str | None = None  # None: whatever spark-submit or the session was given
    partitions: int | None = None  # default: the session's default parallelism
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


_RECORD_SOURCE = re.compile(r"#\d+$")


def identity(article) -> str:
    """What a newer text replaces an older one under, as in the SQLite store: the URL; with no
    URL, a one-article file's path; a record of a multi-record file (``dump.jsonl#12``) without a
    URL replaces nothing, so it stands for itself."""
    if article.url:
        return "url:" + article.url
    if article.source and article.source != "-" and not _RECORD_SOURCE.search(article.source):
        return "source:" + article.source
    return "id:" + article.id


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
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from ..ingest.dedupe import signature
    from .dedup import dedup_entity_rows, near_duplicates
    from .sources import ARTICLE, ERROR, extract, list_inputs, read_file
    from .worker import ENTITY, ROW, STAT, analyze_partition, union_row

    spark = spark or session(options.master)
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
    sc = spark.sparkContext
    partitions = options.partitions or sc.defaultParallelism
    # The DataFrame shuffles before each write need no more tasks than the analysis has.
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    lang, batch_size, published = options.lang, options.batch_size, options.default_date

    files, failures = list_inputs(spark, options.inputs)
    # One task per file reads it; its records are then spread over the partitions.
    records = (
        sc.parallelize(list(enumerate(files)), max(1, len(files)))
        .flatMap(lambda f: read_file(f[0], f[1], published))
        .keyBy(lambda item: repr(item[2]))
        .partitionBy(partitions, stable_partition)
        .map(lambda kv: extract(kv[1], published))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    read_errors = records.filter(lambda item: item[0] == ERROR).map(lambda item: item[1])
    # As a sequential ingest would keep them: one copy of a text (the first read), and of two
    # texts under one identity (see `identity`) the last read, which replaced the other.
    articles = (
        records.filter(lambda item: item[0] == ARTICLE)
        .map(lambda item: (item[1].id, (item[1], item[2])))
        .reduceByKey(lambda a, b: a if a[1] <= b[1] else b, partitions, stable_partition)
        .map(lambda kv: (identity(kv[1][0]), kv[1]))
        .reduceByKey(lambda a, b: a if a[1] >= b[1] else b, partitions, stable_partition)
        .map(lambda kv: (kv[1][0].id, kv[1]))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    signatures = (articles.map(lambda kv: (kv[0], kv[1][1], signature(kv[1][0].text))).filter(lambda s: s[2] is not None)
                  .persist(StorageLevel.MEMORY_AND_DISK))
    copies = sc.emptyRDD()
    if options.near_duplicates:
        copies = near_duplicates(signatures, settings.get("near_duplicate_threshold"), partitions).persist()
    to_analyse = (
        articles.subtractByKey(copies.map(lambda c: (c[0], None)), partitions)
        .mapPartitions(lambda kvs: sorted((v for _, v in kvs), key=lambda v: v[1]))
    )
    # The analysis is the only Python step over its output: rows go straight into one DataFrame
    # cached by the JVM, and every table is a selection of it. (A Python step over a cached
    # Python RDD would run a second Python worker beside each analysing one, and pipelines would
    # be loaded in both.)
    items = to_analyse.mapPartitions(lambda part: analyze_partition(part, lang, batch_size)).map(union_row)
    output = spark.createDataFrame(items, union_schema(), verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)
    counts = {(r[UNION_KIND], r[UNION_TABLE]): r["count"] for r in output.groupBy(UNION_KIND, UNION_TABLE).count().collect()}
    per_worker = (output.where(F.col(UNION_KIND) == STAT).select(f"{STATS}.*").groupBy("pid")
                  .agg(F.max("loads").alias("loads"), F.max("rss_kib").alias("rss_kib")))
    workers, loads, peak_rss = per_worker.agg(F.count("*"), F.sum("loads"), F.max("rss_kib")).first()
    loads, peak_rss = int(loads or 0), int(peak_rss or 0) // 1024

    for name in PARTITIONED:
        rows = output.where(F.col(UNION_TABLE) == name).select(f"{name}.*")
        _write(spark, rows, name, options.out, partitioned=counts.get((ROW, name), 0) > 0)
    entity_rows = output.where(F.col(UNION_KIND) == ENTITY).select("entities.*")
    entities = _write(spark, dedup_entity_rows(entity_rows), "entities", options.out)
    errors = (
        spark.createDataFrame(read_errors.union(sc.parallelize(failures, 1)), spark_schema("errors"))
        .unionByName(output.where(F.col(UNION_KIND) == ERROR).select("errors.*"))
    )
    error_count = _write(spark, errors, "errors", options.out)
    described = articles.mapValues(lambda v: (v[0].source, v[0].url, v[0].title, v[0].published))
    duplicates = copies.map(lambda c: (c[0], (c[1], c[2]))).join(described, partitions).map(_duplicate_row)
    duplicate_count = _write(spark, duplicates, "duplicates", options.out)
    analysed = set(TABLES) - {"entities"}
    kept = signatures.map(lambda s: (s[0], s[2])).subtractByKey(copies.map(lambda c: (c[0], None)), partitions)
    _write(spark, kept, "signatures", options.out)
    rows = {name: counts.get((ROW, name), 0) for name in analysed}
    rows["entities"] = entities
    rows["duplicates"] = duplicate_count
    output.unpersist()
    for rdd in (articles, records, copies, signatures):
        rdd.unpersist()
    return JobResult(articles=rows["articles"], errors=error_count, rows=rows, workers=workers,
                     pipeline_loads=loads, worker_rss_mb=peak_rss, partitions=partitions)


def _duplicate_row(kv) -> tuple:
    article_id, ((canonical, similarity), described) = kv
    return (article_id, canonical, similarity, *described)


def _write(spark, rdd, table: str, out: str, partitioned: bool = False) -> int:
    """Write one table. A per-article table with no rows is written unpartitioned, as one empty
    file that keeps the schema, unless earlier runs left partitions there; that placeholder is
    removed when rows come."""
    df = rdd if hasattr(rdd, "write") else spark.createDataFrame(rdd, spark_schema(table))
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
    return spark.read.parquet(path).count()


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
