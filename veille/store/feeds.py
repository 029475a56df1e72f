"""What ``veille watch`` remembers per feed: validators, last check and success, errors, backoff."""

from __future__ import annotations

import sqlite3
from typing import Any

_FEED_COLUMNS = ("url", "etag", "last_modified", "last_check", "last_success", "errors", "last_error",
                 "next_check")


class FeedsMixin:
    conn: sqlite3.Connection

    def feed_state(self, url: str) -> dict[str, Any] | None:
        """The stored state of one watched feed, or None for a feed never checked."""
        with self._lock:
            row = self.conn.execute("SELECT * FROM watched_feeds WHERE url = ?", (url,)).fetchone()
        return {k: row[k] for k in _FEED_COLUMNS} if row else None

    def watched_feeds(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self.conn.execute("SELECT * FROM watched_feeds ORDER BY url").fetchall()
        return [{k: r[k] for k in _FEED_COLUMNS} for r in rows]

    def feed_checked(self, url: str, checked_at: str, *, etag: str | None = None,
                     last_modified: str | None = None, error: str | None = None,
                     next_check: str | None = None) -> int:
        """Record one check of a feed: a success when ``error`` is None (the validators given replace
        the stored ones; None clears them so the next check reads the whole feed), else a failure,
        which keeps the validators. Return the feed's consecutive errors."""
        with self._lock, self._transaction() as cur:
            cur.execute("INSERT OR IGNORE INTO watched_feeds (url) VALUES (?)", (url,))
            if error is None:
                cur.execute(
                    "UPDATE watched_feeds SET etag = ?, last_modified = ?, "
                    "last_check = ?, last_success = ?, errors = 0, last_error = NULL, next_check = ? WHERE url = ?",
                    (etag, last_modified, checked_at, checked_at, next_check, url))
            else:
                cur.execute("UPDATE watched_feeds SET last_check = ?, errors = errors + 1, last_error = ?, "
                            "next_check = ? WHERE url = ?", (checked_at, error, next_check, url))
            return cur.execute("SELECT errors FROM watched_feeds WHERE url = ?", (url,)).fetchone()[0]

    def has_url(self, url: str) -> bool:
        """Whether an article (or a linked copy) from this URL is stored."""
        with self._lock:
            return any(self.conn.execute(f"SELECT 1 FROM {table} WHERE url = ? LIMIT 1", (url,)).fetchone()
                       for table in ("articles", "duplicates"))
