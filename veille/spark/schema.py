"""Spark schemas of the output tables, from the definitions the store and export use.

The type mapping is the one ``veille export --format parquet`` uses (:mod:`veille.store.arrow`:
text→string, int→int64, real→float64, bool→bool, date→date32), so both write the same columns.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..store.arrow import EXPORT_TABLES

# Hive-style partition columns added to every per-article table: <table>/part_date=…/part_lang=…/
PARTITION_COLUMNS = ("part_date", "part_lang")
# Tables that hold one article's rows, partitioned by its date and language.
PARTITIONED = ("articles", "article_entities", "mentions", "quotes", "events", "event_actors")
# Tables the Spark job adds to the export's: faults, and MinHash signatures for `import-parquet`.
EXTRA_TABLES: dict[str, list[tuple[str, str]]] = {
    "errors": [("source", "text"), ("record_id", "text"), ("reason", "text")],
    "signatures": [("article_id", "text"), ("minhash", "bytes")],
}


def columns(table: str) -> list[tuple[str, str]]:
    return EXPORT_TABLES[table] if table in EXPORT_TABLES else EXTRA_TABLES[table]


def spark_schema(table: str):
    from pyspark.sql import types as T

    kinds = {"text": T.StringType(), "int": T.LongType(), "real": T.DoubleType(),
             "bool": T.BooleanType(), "date": T.DateType(), "bytes": T.BinaryType()}
    fields = [T.StructField(name, kinds[kind], True) for name, kind in columns(table)]
    if table in PARTITIONED:
        fields += [T.StructField(name, T.StringType(), True) for name in PARTITION_COLUMNS]
    return T.StructType(fields)


def corpus_schema():
    """Every record read, as one DataFrame: articles (kind "article") with what the corpus-wide
    steps need and the pickled article for the analysis, or read faults (kind "error")."""
    from pyspark.sql import types as T

    text = T.StringType()
    return T.StructType([
        T.StructField("kind", text, False), T.StructField("id", text), T.StructField("order", T.ArrayType(T.LongType())),
        T.StructField("identity", text), T.StructField("source", text), T.StructField("url", text),
        T.StructField("title", text), T.StructField("published", T.DateType()), T.StructField("minhash", T.BinaryType()),
        T.StructField("hashes", T.ArrayType(T.LongType())), T.StructField("bands", T.ArrayType(text)),
        T.StructField("payload", T.BinaryType()), T.StructField("error", spark_schema("errors")),
    ])


# The analysis output as one DataFrame: a row per item, the item's payload in the struct column
# named after its table (entities carry their input order; stats say which worker did what).
# Built straight from the analysing Python function, so no other Python step reads it again.
UNION_KIND, UNION_TABLE, ORDER, STATS = "kind", "tbl", "order", "stat"


def union_schema():
    from pyspark.sql import types as T

    fields = [T.StructField(UNION_KIND, T.StringType(), False), T.StructField(UNION_TABLE, T.StringType(), False)]
    for table in PARTITIONED:
        fields.append(T.StructField(table, spark_schema(table), True))
    entity = spark_schema("entities").add(ORDER, T.ArrayType(T.LongType()), True)
    fields.append(T.StructField("entities", entity, True))
    fields.append(T.StructField("errors", spark_schema("errors"), True))
    stat = T.StructType([T.StructField(n, T.LongType(), True) for n in ("pid", "loads", "rss_kib")])
    fields.append(T.StructField(STATS, stat, True))
    return T.StructType(fields)


def union_slots() -> dict[str, int]:
    """Position of each payload column in a union row."""
    names = [*PARTITIONED, "entities", "errors", STATS]
    return {name: i + 2 for i, name in enumerate(names)}


def values(table: str, row: dict[str, Any]) -> tuple:
    """A row dict as a tuple in column order, ISO dates turned into ``datetime.date``."""
    out = []
    for name, kind in columns(table):
        value = row.get(name)
        if kind == "date" and isinstance(value, str):
            value = date.fromisoformat(value)
        elif kind == "real" and value is not None:
            value = float(value)
        out.append(value)
    return tuple(out)
