"""Saved searches (alerts) and their hits: each article an alert matches is recorded once."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..errors import StoreError


class AlertsMixin:
    conn: sqlite3.Connection

    def add_alert(self, name: str, criteria: dict[str, str], webhook: str | None = None) -> None:
        """Save an alert; it matches articles stored from now on. A taken name is a StoreError."""
        with self._lock, self._transaction() as cur:
            if cur.execute("SELECT 1 FROM alerts WHERE name = ?", (name,)).fetchone():
                raise StoreError(f"alert {name!r} exists already (remove it first)")
            last = cur.execute("SELECT coalesce(max(rid), 0) FROM articles").fetchone()[0]
            cur.execute("INSERT INTO alerts (name, criteria, webhook, last_rid) VALUES (?, ?, ?, ?)",
                        (name, json.dumps(criteria, ensure_ascii=False, sort_keys=True), webhook, last))

    def remove_alert(self, name: str) -> bool:
        with self._lock, self._transaction() as cur:
            cur.execute("DELETE FROM alert_hits WHERE alert = ?", (name,))
            return cur.execute("DELETE FROM alerts WHERE name = ?", (name,)).rowcount > 0

    def alerts(self) -> list[dict[str, Any]]:
        """Every alert with its criteria and its number of hits (none in a database opened
        read-only before it had alert tables)."""
        if not self._has_alert_tables():
            return []
        with self._lock:
            rows = self.conn.execute(
                "SELECT al.*, (SELECT count(*) FROM alert_hits h WHERE h.alert = al.name) AS hits, "
                "(SELECT max(found_at) FROM alert_hits h WHERE h.alert = al.name) AS last_hit "
                "FROM alerts al ORDER BY al.name").fetchall()
        return [self._alert(r) for r in rows]

    def alert(self, name: str) -> dict[str, Any] | None:
        return next((a for a in self.alerts() if a["name"] == name), None)

    def record_hits(self, name: str, article_ids: list[str], upto_rid: int) -> list[str]:
        """Record the articles an alert matched among those up to ``upto_rid``, in one transaction
        with its new bookmark; return the ids not recorded before."""
        with self._lock, self._transaction() as cur:
            fresh = []
            for article_id in article_ids:
                cur.execute("INSERT OR IGNORE INTO alert_hits (alert, article_id) VALUES (?, ?)", (name, article_id))
                if cur.rowcount:
                    fresh.append(article_id)
            cur.execute("UPDATE alerts SET last_rid = max(last_rid, ?) WHERE name = ?", (upto_rid, name))
            return fresh

    def last_rid(self) -> int:
        with self._lock:
            return self.conn.execute("SELECT coalesce(max(rid), 0) FROM articles").fetchone()[0]

    def alert_hits(self, name: str, *, undelivered: bool = False, limit: int = 50) -> list[dict[str, Any]]:
        """An alert's hits, newest first, each with its article's summary."""
        where = "h.alert = ?" + (" AND NOT h.delivered" if undelivered else "")
        with self._lock:
            rows = self.conn.execute(
                "SELECT h.found_at, h.delivered, h.attempts, a.* FROM alert_hits h JOIN articles a "
                f"ON a.id = h.article_id WHERE {where} ORDER BY h.found_at DESC, a.rid DESC LIMIT ?",
                (name, limit)).fetchall()
        return [{**self._article_summary(r), "found_at": r["found_at"], "delivered": bool(r["delivered"]),
                 "attempts": r["attempts"], "snippet": r["text"][:300]} for r in rows]

    def hit_delivered(self, name: str, article_id: str, ok: bool) -> None:
        with self._lock, self._transaction() as cur:
            cur.execute("UPDATE alert_hits SET attempts = attempts + 1, delivered = ? WHERE alert = ? "
                        "AND article_id = ?", (int(ok), name, article_id))

    def _has_alert_tables(self) -> bool:
        with self._lock:
            return self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alerts'").fetchone() is not None

    @staticmethod
    def _alert(row: sqlite3.Row) -> dict[str, Any]:
        return {"name": row["name"], "criteria": json.loads(row["criteria"]), "webhook": row["webhook"],
                "created": row["created"], "hits": row["hits"], "last_hit": row["last_hit"],
                "last_rid": row["last_rid"]}
