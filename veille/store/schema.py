"""The SQLite schema as numbered migrations, and the checks run before a file is touched.

A veille database carries ``PRAGMA application_id`` = :data:`APPLICATION_ID` and
``PRAGMA user_version`` = the number of migrations applied. A file that is not
SQLite, holds someone else's tables, or was written by a newer veille is refused
before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError

APPLICATION_ID = 0x7665696C  # "veil"

# Column types of rows.TABLES → SQLite declared types.
SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "real": "REAL", "bool": "INTEGER", "date": "TEXT"}

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO meta VALUES ('application', 'veille');

-- rid gives FTS5 a stable integer key (a plain rowid may change on VACUUM).
CREATE TABLE articles (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT, url TEXT, title TEXT, published TEXT, language TEXT,
    text_length INTEGER NOT NULL, text TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT, country TEXT,
    sector TEXT, lat REAL, lon REAL
);
CREATE INDEX entities_kb ON entities(kb_id);
-- Folded names (canonical name, every mention text, kb id) → entity, for name filters.
CREATE TABLE entity_names (
    folded TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (folded, entity_id)
) WITHOUT ROWID;

CREATE TABLE article_entities (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, role TEXT, PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, entity_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    qid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL,
    speaker TEXT, speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER, cue TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);

-- Event ids come from the events stage and are only unique within an article.
CREATE TABLE events (
    eid INTEGER PRIMARY KEY,
    id TEXT NOT NULL, article_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, quad TEXT,
    trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    mentions TEXT, negated INTEGER NOT NULL DEFAULT 0, date TEXT, location TEXT,
    sentence_start INTEGER, sentence_end INTEGER, confidence REAL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_id ON events(id);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL, article_id TEXT NOT NULL, entity_id TEXT NOT NULL, role TEXT NOT NULL
);
CREATE INDEX event_actors_event ON event_actors(article_id, event_id);
CREATE INDEX event_actors_entity ON event_actors(entity_id, role);

-- Near-duplicates (wire copies) are linked to the canonical article, not analysed again.
CREATE TABLE duplicates (
    id TEXT PRIMARY KEY, canonical_id TEXT NOT NULL, similarity REAL,
    source TEXT, url TEXT, title TEXT, published TEXT
);
CREATE INDEX duplicates_canonical ON duplicates(canonical_id);

-- MinHash signatures of stored articles, so near-duplicate detection spans runs.
CREATE TABLE signatures (article_id TEXT PRIMARY KEY, minhash BLOB NOT NULL);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='qid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.qid, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.qid, old.text);
END;
"""

# Texts an article had before it was replaced, so re-reading an old copy changes nothing.
_V2 = """
CREATE TABLE superseded (id TEXT PRIMARY KEY, replaced_by TEXT NOT NULL);
"""

# Events are found by (article, event id): ids repeat across articles, so an index on the id
# alone can lead the planner astray.
_V3 = """
DROP INDEX IF EXISTS events_id;
CREATE INDEX events_article_id ON events(article_id, id);
"""

# Generic actors (police, students, the government) are marked so top lists can leave them out.
_V_GENERIC = """
ALTER TABLE entities ADD COLUMN generic INTEGER NOT NULL DEFAULT 0;
"""

# The language detector's probability, kept with the language it chose.
_V_LANGUAGE_CONFIDENCE = """
ALTER TABLE articles ADD COLUMN language_confidence REAL;
"""

# Feeds that ``veille watch`` polls: validators for conditional GET, and the backoff of failing ones.
_V_WATCHED_FEEDS = """
CREATE TABLE IF NOT EXISTS watched_feeds (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, last_check TEXT, last_success TEXT,
    errors INTEGER NOT NULL DEFAULT 0, last_error TEXT, next_check TEXT
);
"""

# Saved searches over new articles and what each matched (one row per alert and article).
_V_ALERTS = """
CREATE TABLE IF NOT EXISTS alerts (
    name TEXT PRIMARY KEY, criteria TEXT NOT NULL, webhook TEXT,
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_rid INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS alert_hits (
    alert TEXT NOT NULL, article_id TEXT NOT NULL,
    found_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    delivered INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (alert, article_id)
);
CREATE INDEX IF NOT EXISTS alert_hits_found ON alert_hits(alert, found_at);
"""

# How much of an event's date the text gives (day, month, year); NULL for rows written before.
_V_EVENTS_DATE_PRECISION = """
ALTER TABLE events ADD COLUMN date_precision TEXT;
"""

# Index i holds migration number i + 1; never edit a released one, append a new one.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", _V1),
    ("0002_superseded", _V2),
    ("0003_events_article_id", _V3),
    ("0004_entities_generic", _V_GENERIC),
    ("0005_articles_language_confidence", _V_LANGUAGE_CONFIDENCE),
    ("0006_watched_feeds", _V_WATCHED_FEEDS),
    ("0007_alerts", _V_ALERTS),
    ("0008_events_date_precision", _V_EVENTS_DATE_PRECISION),
]
SCHEMA_VERSION = len(MIGRATIONS)


def check_file(path: Path) -> None:
    """Refuse, without writing, a file that is not an empty or veille SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database")
    if path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a SQLite database ({exc})") from None
    if app_id != APPLICATION_ID:
        if tables:
            raise StoreError(f"{path}: not a veille database (it holds other tables); left untouched")
        return
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: database schema version {version} is newer than this veille supports "
            f"({SCHEMA_VERSION}); upgrade veille. Left untouched"
        )


def _statements(sql: str):
    """SQL text → complete statements (trigger bodies keep their inner semicolons)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the database lacks; return the version.

    Each migration runs in its own IMMEDIATE transaction with its version bump, and the
    version is read again once the write lock is held, so two processes opening a new
    database at once apply each migration exactly once.
    """
    for number, (_name, sql) in enumerate(MIGRATIONS, start=1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                conn.execute("COMMIT")
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]
