"""Opening a database for serving: read-only, and refused at start-up when unusable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from ..store.base import Store


def open_readonly(path: str | Path) -> Store:
    """A read-only store on ``path``; StoreError (one clear line) when it is missing or not veille's."""
    from ..store import open_store

    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such database (create one with 'veille ingest')")
    if not path.is_file():
        raise StoreError(f"{path}: not a database file")
    store = open_store(path, readonly=True)
    try:
        store.articles(limit=1)  # a file with no veille tables fails here, not on the first request
    except sqlite3.Error as exc:
        store.close()
        raise StoreError(f"{path}: not a veille database ({exc})") from None
    return store


def check_database(path: str | Path) -> None:
    """Raise StoreError unless ``path`` can be served; opens and closes it once."""
    open_readonly(path).close()
