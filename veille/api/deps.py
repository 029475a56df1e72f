"""How a request gets its store: one per worker thread, opened on first use.

SQLite connections are cheap to open but are not shared across threads, and
FastAPI runs plain ``def`` endpoints in a thread pool; a thread-local store keeps
each request on its own connection without a global lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from fastapi import Request

from ..store.base import Store

StoreFactory = Callable[[], Store]


class StorePool:
    """Hands each thread its own store from ``factory``; ``close_all`` at shutdown."""

    def __init__(self, factory: StoreFactory):
        self.factory = factory
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self.factory()
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close_all(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            try:
                store.close()
            except Exception:  # closing at shutdown must not mask the real exit
                pass


def get_store(request: Request) -> Store:
    return request.app.state.stores.get()


def get_cache(request: Request):
    return request.app.state.cache
