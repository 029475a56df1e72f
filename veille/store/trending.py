"""What is rising: entities and event types mentioned far more in a recent window than usual.

"Usual" is the daily mean over the ``baseline`` days before the window; an item rises when
it has at least ``min_count`` mentions in the window and ``min_ratio`` times its usual level
over the window's length (or none at all before: "new").
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

# Per kind: what one mention is, its key and label, and what ties it to an article.
_KINDS = {
    "entities": ("SELECT m.entity_id AS key, en.name AS label, en.type AS type, a.id AS article_id, "
                 "substr(a.published, 1, 10) AS day FROM mentions m JOIN entities en ON en.id = m.entity_id "
                 "JOIN articles a ON a.id = m.article_id WHERE NOT en.generic "
                 "AND substr(a.published, 1, 10) > ? AND substr(a.published, 1, 10) <= ?"),
    "event_types": ("SELECT e.type AS key, e.type AS label, e.quad AS type, a.id AS article_id, "
                    "substr(a.published, 1, 10) AS day FROM events e JOIN articles a ON a.id = e.article_id "
                    "WHERE substr(a.published, 1, 10) > ? AND substr(a.published, 1, 10) <= ?"),
}
ARTICLES_SHOWN = 5


class TrendingMixin:
    conn: sqlite3.Connection

    def trending(self, *, until: date | None = None, window: int = 1, baseline: int = 7, min_count: int = 3,
                 min_ratio: float = 3.0, limit: int = 20) -> dict[str, Any]:
        """Rising entities and event types in the ``window`` days up to ``until`` (default: the
        latest publication date stored), each with its count, usual level, ratio and articles."""
        end = until or self._latest_day()
        start = end - timedelta(days=window)
        first = start - timedelta(days=baseline)
        answer: dict[str, Any] = {"until": end.isoformat(), "window": window, "baseline": baseline,
                                  "min_count": min_count, "min_ratio": min_ratio}
        for kind, sql in _KINDS.items():
            with self._lock:
                rows = self.conn.execute(sql, (first.isoformat(), end.isoformat())).fetchall()
            answer[kind] = _rising(rows, start.isoformat(), window, baseline, min_count, min_ratio)[:limit]
        self._add_titles(answer)
        return answer

    def _latest_day(self) -> date:
        today = date.today().isoformat()
        with self._lock:
            row = self.conn.execute("SELECT max(substr(published, 1, 10)) FROM articles WHERE published <= ?",
                                    (today + "\uffff",)).fetchone()
        try:
            return date.fromisoformat(row[0]) if row and row[0] else date.today()
        except ValueError:
            return date.today()

    def _add_titles(self, answer: dict[str, Any]) -> None:
        ids = {i for kind in _KINDS for item in answer[kind] for i in item["articles"]}
        with self._lock:
            found = {r[0]: dict(r) for r in self.conn.execute(
                f"SELECT id, title, url, published, language FROM articles WHERE id IN ({', '.join('?' * len(ids))})",
                sorted(ids))} if ids else {}
        for kind in _KINDS:
            for item in answer[kind]:
                item["articles"] = [found[i] for i in item["articles"] if i in found]


def _rising(rows, start: str, window: int, baseline: int, min_count: int, min_ratio: float) -> list[dict]:
    recent: dict[str, dict[str, Any]] = {}
    before: dict[str, int] = {}
    for r in rows:
        if r["day"] > start:
            item = recent.setdefault(r["key"], {"key": r["key"], "name": r["label"], "type": r["type"],
                                                "count": 0, "articles": []})
            item["count"] += 1
            if r["article_id"] not in item["articles"]:
                item["articles"].append(r["article_id"])
        else:
            before[r["key"]] = before.get(r["key"], 0) + 1
    out = []
    for key, item in recent.items():
        mean = before.get(key, 0) / baseline  # mentions per day before the window
        expected = mean * window
        ratio = item["count"] / expected if expected else None
        if item["count"] < min_count or (ratio is not None and ratio < min_ratio):
            continue
        item.update(daily_mean=round(mean, 3), ratio=round(ratio, 2) if ratio else None,
                    articles=item["articles"][-ARTICLES_SHOWN:])
        out.append(item)
    out.sort(key=lambda i: (i["ratio"] is not None, -(i["ratio"] or 0), -i["count"], i["name"] or ""))
    return out
