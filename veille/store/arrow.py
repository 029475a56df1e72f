"""Arrow types of the shared tables, for ``veille export`` and the Spark job alike."""

from __future__ import annotations

from typing import Any

from .rows import TABLES

# rows.TABLES column type → Arrow type (the name of a pyarrow factory).
ARROW_TYPES = {"text": "string", "int": "int64", "real": "float64", "bool": "bool_", "date": "date32"}

# Exported beside the analysis tables: near-duplicates linked to their canonical article.
DUPLICATES = [
    ("id", "text"),
    ("canonical_id", "text"),
    ("similarity", "real"),
    ("source", "text"),
    ("url", "text"),
    ("title", "text"),
    ("published", "date"),
]
EXPORT_TABLES: dict[str, list[tuple[str, str]]] = {**TABLES, "duplicates": DUPLICATES}


def arrow_type(kind: str) -> Any:
    """The pyarrow type of a TABLES column type ("text", "int", "real", "bool", "date")."""
    import pyarrow as pa

    return getattr(pa, ARROW_TYPES[kind])()


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of one table of :data:`EXPORT_TABLES` (TABLES plus duplicates)."""
    import pyarrow as pa

    return pa.schema([(name, arrow_type(kind)) for name, kind in EXPORT_TABLES[table]])
