"""The embedded store: one SQLite file, WAL mode, one transaction per article."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Analysis, Article
from .base import SaveStatus, Store
from .names import fold
from .alerts import AlertsMixin
from .feeds import FeedsMixin
from .reads import ReadMixin
from .trending import TrendingMixin
from .rows import TABLES, analysis_rows
from .schema import check_file, migrate

_RECORD_SOURCE = re.compile(r"#\d+$")
# Per-article tables, deleted together when an article is replaced.
_ARTICLE_TABLES = ("event_actors", "events", "quotes", "mentions", "article_entities", "signatures")


def _quoted(columns) -> str:
    return ", ".join(f'"{c}"' for c in columns)


# An analysis may list one entity id twice (two surface forms, one slug): the first row wins.
_INSERT = {
    table: f"INSERT {'OR IGNORE ' if table == 'article_entities' else ''}INTO {table} ({_quoted(c for c, _ in cols)}) VALUES ({', '.join('?' * len(cols))})"
    for table, cols in TABLES.items()
    if table != "entities"
}
_UPSERT_ENTITY = (
    "INSERT INTO entities (id, name, type, kb_id, country, sector, lat, lon, generic) VALUES (?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT(id) DO UPDATE SET kb_id = coalesce(entities.kb_id, excluded.kb_id), "
    "country = coalesce(entities.country, excluded.country), "
    "sector = coalesce(entities.sector, excluded.sector), "
    "lat = coalesce(entities.lat, excluded.lat), lon = coalesce(entities.lon, excluded.lon)"
)


class SQLiteStore(ReadMixin, FeedsMixin, AlertsMixin, TrendingMixin, Store):
    """A veille database file. Safe to share between threads (calls are serialised).

    Args:
        path (str | Path): the database file; created when missing.
        readonly (bool): open without creating or migrating (the API's read side).
    """

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        check_file(self.path)
        self._lock = threading.RLock()
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no such database")
                self.conn = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode = WAL")
                # NORMAL in WAL mode: a killed process never corrupts; only power loss may drop
                # the last commits.
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.execute("PRAGMA busy_timeout = 30000")
                migrate(self.conn)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open database ({exc})") from None
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = OFF")

    # -- writing ------------------------------------------------------------------
    def save(self, analysis: Analysis, signature: bytes | None = None) -> SaveStatus:
        a = analysis.article
        rows = analysis_rows(analysis)
        with self._lock, self._transaction() as cur:
            if self._known(cur, a.id):
                return "unchanged"
            old = self._previous_version(cur, a)
            for old_id in old:
                self._delete_article(cur, old_id)
                cur.execute("INSERT OR REPLACE INTO superseded VALUES (?, ?)", (old_id, a.id))
            cur.execute("DELETE FROM superseded WHERE id = ?", (a.id,))
            self._insert(cur, rows)
            if signature is not None:
                cur.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?)", (a.id, signature))
            return "replaced" if old else "new"

    def save_duplicate(self, article: Article, canonical_id: str, similarity: float) -> SaveStatus:
        """Link a near-duplicate to its canonical article instead of storing its analysis."""
        with self._lock, self._transaction() as cur:
            if self._known(cur, article.id):
                return "unchanged"
            cur.execute(
                "INSERT INTO duplicates VALUES (?,?,?,?,?,?,?)",
                (article.id, canonical_id, similarity, article.source, article.url, article.title,
                 article.published.isoformat() if article.published else None),
            )
            return "new"

    def has(self, article_id: str) -> bool:
        """Whether this exact text is known: stored, linked as a duplicate, or an older version
        of a stored article (so re-reading an old copy does not undo a replacement)."""
        with self._lock:
            return self._known(self.conn.cursor(), article_id)

    def previous_versions(self, article: Article) -> list[str]:
        """Ids of stored articles that ``article`` would replace (same URL, or same source)."""
        with self._lock:
            return [i for i in self._previous_version(self.conn.cursor(), article) if i != article.id]

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, MinHash signature) of every stored article."""
        with self._lock:
            rows = self.conn.execute("SELECT article_id, minhash FROM signatures").fetchall()
        for row in rows:
            yield row[0], row[1]

    def iter_table(self, table: str, columns: list[tuple[str, str]], batch: int = 5000) -> Iterator[list[dict]]:
        """All rows of a table, ``columns`` only, in batches (for exports)."""
        names = [c for c, _ in columns]
        with self._lock:
            order = "article_id, entity_id" if table == "article_entities" else "rowid"  # WITHOUT ROWID
            cur = self.conn.execute(f"SELECT {_quoted(names)} FROM {table} ORDER BY {order}")
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    return
                yield [dict(zip(names, row)) for row in rows]

    def iter_events_full(self) -> Iterator[tuple[dict, dict, list[dict], dict | None]]:
        """(event row, article row, actors with entity fields and their mention text, location entity)."""
        with self._lock:
            article_ids = [r[0] for r in self.conn.execute(
                "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id) "
                "ORDER BY a.rid")]
        for article_id in article_ids:
            with self._lock:
                article = dict(self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone())
                events = [dict(r) for r in self.conn.execute(
                    "SELECT * FROM events WHERE article_id = ? ORDER BY eid", (article_id,))]
                actors = [dict(r) for r in self.conn.execute(
                    "SELECT ea.event_id, ea.role, ea.entity_id, en.name, en.kb_id, en.country, en.sector, en.type "
                    "FROM event_actors ea LEFT JOIN entities en ON en.id = ea.entity_id "
                    "WHERE ea.article_id = ? ORDER BY ea.rowid", (article_id,))]
                mentions: dict[str, list[tuple[int, int, str]]] = {}
                for m in self.conn.execute(
                    'SELECT entity_id, start, "end", text FROM mentions WHERE article_id = ? ORDER BY start',
                    (article_id,)):
                    mentions.setdefault(m[0], []).append((m[1], m[2], m[3]))
                places = {r["id"]: dict(r) for r in self.conn.execute(
                    "SELECT id, name, kb_id, country, lat, lon FROM entities WHERE id IN "
                    "(SELECT location FROM events WHERE article_id = ?)", (article_id,))}
            for event in events:
                mine = [{**a, "mention": _actor_text(mentions.get(a["entity_id"], []), event, a["name"])}
                        for a in actors if a["event_id"] == event["id"]]
                location = places.get(event["location"]) if event["location"] else None
                yield event, article, mine, location

    def counts(self) -> dict[str, int]:
        """Row count of every table (articles, entities, …, duplicates)."""
        with self._lock:
            return {
                t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in (*TABLES, "duplicates")
            }

    def set_meta(self, key: str, value: str) -> None:
        """Record one fact about how the database was built (e.g. the user KB files)."""
        with self._lock, self._transaction() as cur:
            cur.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def integrity(self) -> str:
        with self._lock:
            return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if not self.readonly:
                try:
                    self.conn.execute("PRAGMA optimize")  # keeps the planner's statistics current
                except sqlite3.Error:
                    pass
            self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------
    class _Txn:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Cursor:
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn.cursor()

        def __exit__(self, exc_type, exc, tb) -> None:
            if exc_type is None:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"database write failed: {exc}") from exc

    def _transaction(self) -> "SQLiteStore._Txn":
        return SQLiteStore._Txn(self.conn)

    @staticmethod
    def _known(cur: sqlite3.Cursor, article_id: str) -> bool:
        return any(
            cur.execute(f"SELECT 1 FROM {table} WHERE id = ?", (article_id,)).fetchone() is not None
            for table in ("articles", "duplicates", "superseded")
        )

    @staticmethod
    def _previous_version(cur: sqlite3.Cursor, a: Article) -> list[str]:
        """Stored articles this one replaces: same URL; or, with no URL, the same one-article
        file. A record of a multi-record file (``dump.jsonl#12``) has no identity without a URL:
        records move when a dump is regenerated, so it never replaces anything."""
        if a.url:
            found = cur.execute("SELECT id FROM articles WHERE url = ?", (a.url,)).fetchall()
        elif a.source and a.source != "-" and not _RECORD_SOURCE.search(a.source):
            found = cur.execute(
                "SELECT id FROM articles WHERE source = ? AND url IS NULL", (a.source,)
            ).fetchall()
        else:
            found = []
        return [r[0] for r in found]

    @staticmethod
    def _delete_article(cur: sqlite3.Cursor, article_id: str) -> None:
        for table in _ARTICLE_TABLES:
            cur.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        cur.execute("DELETE FROM duplicates WHERE canonical_id = ?", (article_id,))
        cur.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    @staticmethod
    def _insert(cur: sqlite3.Cursor, rows: dict[str, list[dict[str, Any]]]) -> None:
        for table, records in rows.items():
            if not records:
                continue
            if table == "entities":
                cur.executemany(_UPSERT_ENTITY, [tuple(r.values()) for r in records])
                continue
            cur.executemany(_INSERT[table], [tuple(r.values()) for r in records])
        names = set()
        for r in rows["entities"]:
            names.add((fold(r["name"]), r["id"]))
            names.add((fold(r["id"]), r["id"]))
            if r["kb_id"]:
                names.add((fold(r["kb_id"]), r["id"]))
        for r in rows["mentions"]:
            names.add((fold(r["text"]), r["entity_id"]))
        cur.executemany("INSERT OR IGNORE INTO entity_names VALUES (?, ?)", sorted(names))


def _actor_text(mentions: list[tuple[int, int, str]], event: dict, name: str | None) -> str | None:
    """How the article names an actor at this event: a mention in the event's sentence,
    preferring one that shares a word with the entity's name ("Emmanuel Macron" over
    "président français"), then the longest; else the first mention in the article."""
    s, e = event["sentence_start"], event["sentence_end"]
    inside = [m for m in mentions if s is not None and e is not None and m[0] >= s and m[1] <= e]
    if not inside:
        return mentions[0][2] if mentions else None
    words = set(fold(name or "").split())
    return max(inside, key=lambda m: (bool(words & set(fold(m[2]).split())), m[1] - m[0], -m[0]))[2]


def open_store(path: str | Path, readonly: bool = False) -> SQLiteStore:
    """The store for ``path`` (``veille.db`` by default in the CLI)."""
    return SQLiteStore(path, readonly=readonly)
