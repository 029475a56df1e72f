"""Storage of analysed articles behind one interface; SQLite is the embedded default."""

from .rows import TABLES, analysis_rows

__all__ = ["TABLES", "analysis_rows"]
