"""The Spark job: inputs → articles → analyses → Parquet tables under one output folder.

    files (listed on the driver) ─► records (one task per file) ─► N partitions by record key
      ─► articles, exact duplicates (same text = same id) dropped ─► analysis (mapPartitions)
      ─► rows, kept once (persisted) and written table by table

Per-article tables are partitioned by ``part_date``/``part_lang`` and written with dynamic
partition overwrite: running the job again over the same inputs replaces the same partitions with
the same rows (ids are content hashes), so a retried or repeated run never duplicates anything.
``entities``, ``errors`` and ``duplicates`` describe the run's whole corpus and are replaced whole.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .. import settings
from ..store.rows import TABLES
from .schema import EXTRA_TABLES, PARTITION_COLUMNS, PARTITIONED, spark_schema

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
    from pyspark import StorageLevel

    from .dedup import dedup_entities, near_duplicates
    from .sources import list_inputs, read_file
    from .worker import ERROR, ROW, SIGNATURE, STAT, analyze_partition, convert

    spark = spark or session(options.master)
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
    sc = spark.sparkContext
    partitions = options.partitions or sc.defaultParallelism
    lang, batch_size, default_date = options.lang, options.batch_size, options.default_date
    with_signatures = options.near_duplicates

    files, failures = list_inputs(spark, options.inputs)
    listing_errors = sc.parallelize([(f.source, f.record_id, f.reason) for f in failures] or [], 1)
    records = (
        sc.parallelize(files, max(1, len(files)))
        .flatMap(read_file)
        .keyBy(lambda r: f"{r.source}#{r.record_id}")
        .partitionBy(partitions, stable_partition)
        .map(lambda kv: convert(kv[1], default_date))
    )
    # Same text → same id: keep one copy, the one from the smallest source, whatever the order.
    articles = (
        records.filter(lambda item: item[0] == "article")
        .map(lambda item: (item[1], item[2]))
        .reduceByKey(lambda a, b: a if (a.source or "") <= (b.source or "") else b, partitions, stable_partition)
        .mapPartitions(lambda kvs: (a for _, a in sorted(kvs, key=lambda kv: kv[0])))
    )
    output = (
        articles.mapPartitions(lambda part: analyze_partition(part, lang, batch_size, with_signatures))
        .union(records.filter(lambda item: item[0] == ERROR))
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    counts = output.map(lambda item: (item[0], item[1])).countByValue()
    stats = output.filter(lambda item: item[0] == STAT).map(lambda item: item[2]).reduceByKey(max)
    loads = stats.values().sum() if counts.get((STAT, ""), 0) else 0
    workers = stats.count()

    table_rows = {name: output.filter(lambda item, t=name: item[0] == ROW and item[1] == t).map(lambda item: item[2])
                  for name in TABLES}
    for name in PARTITIONED:
        _write(spark, table_rows[name], name, options.out, partitioned=counts.get((ROW, name), 0) > 0)
    entities = _write(spark, dedup_entities(table_rows["entities"], partitions), "entities", options.out)
    errors = output.filter(lambda item: item[0] == ERROR).map(lambda item: item[2]).union(listing_errors)
    _write(spark, errors, "errors", options.out)
    if options.near_duplicates:
        signatures = output.filter(lambda item: item[0] == SIGNATURE).map(lambda item: item[2])
        _write(spark, near_duplicates(signatures, partitions=partitions), "duplicates", options.out)
    rows = {name: counts.get((ROW, name), 0) for name in TABLES}
    rows["entities"] = entities
    output.unpersist()
    return JobResult(
        articles=rows["articles"],
        errors=counts.get((ERROR, ""), 0) + len(failures),
        rows=rows,
        workers=workers,
        pipeline_loads=int(loads),
        partitions=partitions,
    )


def _write(spark, rdd, table: str, out: str, partitioned: bool = False) -> int:
    """Write one table. A per-article table with no rows is written unpartitioned, as one empty
    file that keeps the schema, unless earlier runs left partitions there; that placeholder is
    removed when rows come."""
    df = spark.createDataFrame(rdd, spark_schema(table))
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
