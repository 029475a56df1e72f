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
