"""A small answer cache for the corpus-wide aggregates (network, figures, map places).

Those queries scan the whole corpus; the server is read-mostly, so their answers are
kept until the database changes. "Changes" is read from the database files themselves
(size and modification time of the file and its WAL), so a concurrent ``veille ingest``
invalidates the cache on its next commit without any SQL here.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

Fingerprint = Callable[[], Hashable]


def file_fingerprint(db: str | Path) -> Fingerprint:
    paths = [str(db), f"{db}-wal"]

    def fingerprint() -> Hashable:
        out = []
        for p in paths:
            try:
                st = os.stat(p)
            except OSError:
                out.append(None)
                continue
            # An empty WAL holds no data: readers create one on open, and that is no change.
            out.append((st.st_size, st.st_mtime_ns) if st.st_size else None)
        return tuple(out)

    return fingerprint


class AnswerCache:
    """LRU of answers, dropped whole when the fingerprint changes; ``fingerprint=None`` disables it."""

    def __init__(self, fingerprint: Fingerprint | None, size: int = 128):
        self.fingerprint = fingerprint
        self.size = size
        self._lock = threading.Lock()
        self._seen: Hashable = None
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if self.fingerprint is None:
            return compute()
        now = self.fingerprint()
        with self._lock:
            if now != self._seen:
                self._answers.clear()
                self._seen = now
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
            # One computation per key at a time: requests arriving meanwhile wait for it
            # instead of running the same corpus-wide query side by side.
            flight = self._computing.setdefault((now, key), threading.Lock())
        with flight:
            with self._lock:
                if self._seen == now and key in self._answers:
                    return self._answers[key]
            try:
                answer = compute()
            finally:
                with self._lock:
                    self._computing.pop((now, key), None)
            with self._lock:
                if self._seen == now:
                    self._answers[key] = answer
                    while len(self._answers) > self.size:
                        self._answers.popitem(last=False)
        return answer
