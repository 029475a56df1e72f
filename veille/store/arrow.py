"""Arrow types of the shared tables, for ``veille export`` and the Spark job alike."""

from __future__ import annotations

from typing import Any

from .rows import TABLES

# rows.TABLES column type → Arrow type name (pyarrow factory).
ARROW_TYPES = {"text": "string", "int": "int64", "real": "float64", "bool": "bool_", "date": "date32"}


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of one table of :data:`veille.store.rows.TABLES`."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, ARROW_TYPES[kind])()) for name, kind in TABLES[table]])
