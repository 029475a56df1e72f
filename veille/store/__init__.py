"""Storage of analysed articles behind one interface; SQLite is the embedded default."""

from .arrow import EXPORT_TABLES, arrow_schema
from .base import Store
from .rows import TABLES, analysis_rows
from .sqlite import SQLiteStore, open_store

__all__ = ["EXPORT_TABLES", "TABLES", "Store", "SQLiteStore", "analysis_rows", "arrow_schema", "open_store"]
