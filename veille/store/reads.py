"""The read side of the SQLite store: every query the CLI, the API and exports use.

Results are plain dicts shaped like the output contract (see ``veille.store.base``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from typing import Any

from ..headline import HEAD_CHARS, headline
from .names import fold, kb_ids

# Quad classes count as cooperation or conflict whether the events stage writes words or CAMEO numbers.
_COOP = "(e.quad LIKE '%coop%' OR e.quad IN ('1', '2'))"
_CONFLICT = "(e.quad LIKE '%conf%' OR e.quad IN ('3', '4'))"
_WORD = re.compile(r"\w+", re.UNICODE)
# An event's evidence: its sentence cut from the article text (SQLite counts characters from 1).
# The date an event is charted at: its own when it is a day or a month inside the span of the articles'
# publication dates, else its article's. A chart of what the articles report then runs from the first
# article to the last, not from a year named in passing ("in 1844") to one announced ("by 2047"), and a
# year-precision date (stored as 1 January) piles nothing onto January.
_CHART_DATE = (
    "(CASE WHEN e.date IS NOT NULL AND coalesce(e.date_precision, 'day') != 'year' "
    "AND substr(e.date, 1, 7) >= (SELECT substr(min(published), 1, 7) FROM articles) "
    "AND substr(e.date, 1, 7) <= (SELECT substr(max(published), 1, 7) FROM articles) "
    "THEN e.date ELSE a.published END)")
_SENTENCE = ("substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text")


def _iso(value: date | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _marks(values) -> str:
    return ", ".join("?" * len(values))


def fts_query(q: str) -> str | None:
    """User words → an FTS5 query of quoted terms (all required), immune to FTS syntax."""
    words = _WORD.findall(q or "")
    return " ".join(f'"{w}"' for w in words) or None


class ReadMixin:
    conn: sqlite3.Connection

    # -- names --------------------------------------------------------------------
    def resolve(self, name: str) -> list[str]:
        """Entity ids a user-given name stands for: id, kb id, canonical name, mention text or
        surname, accent- and case-insensitively, plus what the knowledge base resolves it to."""
        folded = fold(name)
        if not folded:
            return []
        with self._lock:
            # An exact entity id (the API's entity pages pass one) needs no name matching.
            if self.conn.execute("SELECT 1 FROM entities WHERE id = ?", (name,)).fetchone():
                return [name]
            ids = {r[0] for r in self.conn.execute(
                "SELECT entity_id FROM entity_names WHERE folded = ? OR folded LIKE ? ESCAPE '\\'",
                (folded, "% " + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")),
            )}
            extra = kb_ids(name) | {name}
            ids |= {r[0] for r in self.conn.execute(
                f"SELECT id FROM entities WHERE id IN ({_marks(extra)}) OR kb_id IN ({_marks(extra)})",
                (*extra, *extra),
            )}
        return sorted(ids)

    # -- articles -----------------------------------------------------------------
    def get_article(self, article_id: str, with_text: bool = True) -> dict[str, Any] | None:
        with self._lock:
            row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                return None
            record = self._article_summary(row)
            if with_text:
                record["text"] = row["text"]
            record["entities"] = self._article_entities(article_id)
            record["quotes"] = [
                self._quote(r, extra=False)
                for r in self.conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY qid", (article_id,))
            ]
            events = self.conn.execute(
                f"SELECT e.*, a.published AS published, {_SENTENCE} FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE e.article_id = ? ORDER BY eid", (article_id,)).fetchall()
            record["events"] = [self._event(r, actors, extra=False) for r, actors in self._with_actors(events)]
            dup = self.conn.execute(
                "SELECT id, source, url, similarity FROM duplicates WHERE canonical_id = ?", (article_id,)
            ).fetchall()
            record["duplicates"] = [dict(r) for r in dup]
        return record

    def articles(self, *, since=None, until=None, lang=None, entity=None, text=None, speaker=None,
                 event_type=None, source=None, target=None, after_rid=None, upto_rid=None, limit=50,
                 offset=0) -> list[dict]:
        """Article summaries; ``speaker`` keeps articles quoting that entity, ``event_type`` /
        ``source`` / ``target`` those with one event of that type and those actors, ``after_rid``
        and ``upto_rid`` those stored after / up to that row (a saved search over new articles)."""
        where, args = self._date_where("a.published", since, until)
        if text:
            match = fts_query(text)
            if not match:
                return []
            where.append("a.rid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            args.append(match)
        if lang:
            where.append("a.language = ?")
            args.append(lang)
        for bound, op in ((after_rid, ">"), (upto_rid, "<=")):
            if bound is not None:
                where.append(f"a.rid {op} ?")
                args.append(bound)
        for name, sql in ((entity, "SELECT article_id FROM article_entities WHERE entity_id IN ({})"),
                          (speaker, "SELECT article_id FROM quotes WHERE speaker IN ({})")):
            if not name:
                continue
            ids = self.resolve(name)
            if not ids:
                return []
            where.append(f"a.id IN ({sql.format(_marks(ids))})")
            args += ids
        if event_type or source or target:
            clauses = self._event_clauses(event_type, None, source, target)
            if clauses is None:
                return []
            ewhere, eargs = clauses
            where.append(f"a.id IN (SELECT e.article_id FROM events e {self._where(ewhere)})")
            args += eargs
        sql = (f"SELECT a.* FROM articles a {self._where(where)} "
               "ORDER BY a.published DESC NULLS LAST, a.rid DESC LIMIT ? OFFSET ?")
        with self._lock:
            return [self._article_summary(r) for r in self.conn.execute(sql, (*args, limit, offset))]

    # -- quotes -------------------------------------------------------------------
    def quotes(self, *, speaker=None, about=None, text=None, since=None, until=None, lang=None,
               limit=50, offset=0) -> list[dict]:
        where, args = self._date_where("a.published", since, until)
        if lang:
            where.append("a.language = ?")
            args.append(lang)
        if speaker:
            ids = self.resolve(speaker)
            if not ids:
                return []
            where.append(f"q.speaker IN ({_marks(ids)})")
            args += ids
        if about:
            ids = self.resolve(about)
            if not ids:
                return []
            where.append(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id "
                f"AND m.entity_id IN ({_marks(ids)}) AND m.start >= q.start AND m.\"end\" <= q.\"end\")")
            args += ids
        if text:
            match = fts_query(text)
            if not match:
                return []
            where.append("q.qid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            args.append(match)
        sql = ("SELECT q.*, a.title AS article_title, a.published, a.language, e.name AS speaker_name, "
               f"substr(a.text, 1, {HEAD_CHARS}) AS article_head "
               "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker "
               f"{self._where(where)} ORDER BY a.published DESC NULLS LAST, a.rid DESC, q.start "
               "LIMIT ? OFFSET ?")
        with self._lock:
            return [self._quote(r) for r in self.conn.execute(sql, (*args, limit, offset))]

    # -- events -------------------------------------------------------------------
    def events(self, *, type=None, actor=None, source=None, target=None, since=None, until=None,
               limit=50, offset=0) -> list[dict]:
        where, args = self._date_where("coalesce(e.date, a.published)", since, until)
        clauses = self._event_clauses(type, actor, source, target)
        if clauses is None:
            return []
        where += clauses[0]
        args += clauses[1]
        sql = (f"SELECT e.*, a.published AS published, {_SENTENCE} FROM events e JOIN articles a ON a.id = e.article_id "
               f"{self._where(where)} ORDER BY coalesce(e.date, a.published) DESC NULLS LAST, a.rid DESC, "
               "e.eid LIMIT ? OFFSET ?")
        with self._lock:
            rows = self.conn.execute(sql, (*args, limit, offset)).fetchall()
            return [self._event(r, actors) for r, actors in self._with_actors(rows)]

    def _event_clauses(self, type, actor, source, target) -> tuple[list[str], list[Any]] | None:
        """WHERE clauses on events ``e`` of a type and with these actors (None: a name unknown)."""
        where, args = [], []
        if type:
            where.append("upper(e.type) = upper(?)")
            args.append(type)
        for name, role in ((actor, None), (source, "source"), (target, "target")):
            if not name:
                continue
            ids = self.resolve(name)
            if not ids:
                return None
            role_sql = " AND role = ?" if role else ""
            # An uncorrelated row-value IN: the actor's events are listed once, not per event row.
            where.append(
                "(e.article_id, e.id) IN (SELECT article_id, event_id FROM event_actors "
                f"WHERE entity_id IN ({_marks(ids)}){role_sql})")
            args += ids + ([role] if role else [])
        return where, args

    # -- entities -----------------------------------------------------------------
    def entities(self, *, name=None, type=None, limit=50, offset=0, generic=False) -> list[dict]:
        where, args = [], []
        if not generic and not name:  # a name asked for is shown even when generic
            where.append("NOT en.generic")
        if name:
            ids = self.resolve(name)
            if not ids:
                return []
            where.append(f"en.id IN ({_marks(ids)})")
            args += ids
        if type:
            where.append("en.type = upper(?)")
            args.append(type)
        sql = ("SELECT en.*, count(*) AS mentions, count(DISTINCT m.article_id) AS articles "
               f"FROM entities en JOIN mentions m ON m.entity_id = en.id {self._where(where)} "
               "GROUP BY en.id ORDER BY mentions DESC, articles DESC, en.name LIMIT ? OFFSET ?")
        with self._lock:
            return [self._entity(r) for r in self.conn.execute(sql, (*args, limit, offset))]

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self.conn.execute(
                "SELECT en.*, (SELECT count(*) FROM mentions WHERE entity_id = en.id) AS mentions, "
                "(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = en.id) AS articles "
                "FROM entities en WHERE en.id = ?", (entity_id,)).fetchone()
            if row is None:
                return None
            profile = self._entity(row)
            q = self.conn.execute
            profile["aliases"] = [r[0] for r in q(
                "SELECT text FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY count(*) DESC LIMIT 20",
                (entity_id,))]
            profile["mentions_by_date"] = [dict(r) for r in q(
                "SELECT a.published AS date, count(*) AS count FROM mentions m JOIN articles a "
                "ON a.id = m.article_id WHERE m.entity_id = ? GROUP BY a.published ORDER BY a.published",
                (entity_id,))]
            profile["co_occurring"] = [dict(r) for r in q(
                "SELECT en.id, en.name, en.type, count(*) AS count FROM article_entities x "
                "JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id != x.entity_id "
                "JOIN entities en ON en.id = y.entity_id WHERE x.entity_id = ? "
                "GROUP BY en.id ORDER BY count DESC, en.name LIMIT 20", (entity_id,))]
            profile["events_by_quad"] = [dict(r) for r in q(
                f"SELECT {_CHART_DATE} AS date, e.quad, count(DISTINCT e.eid) AS count "
                "FROM event_actors ea JOIN events e ON e.article_id = ea.article_id AND e.id = ea.event_id "
                "JOIN articles a ON a.id = e.article_id WHERE ea.entity_id = ? "
                "GROUP BY 1, 2 ORDER BY 1", (entity_id,))]
        profile["quotes_by"] = self.quotes(speaker=entity_id, limit=20)
        profile["quotes_about"] = self.quotes(about=entity_id, limit=20)
        profile["events_as_source"] = self.events(source=entity_id, limit=20)
        profile["events_as_target"] = self.events(target=entity_id, limit=20)
        return profile

    def network(self, *, type=None, since=None, until=None, limit=200, event_type=None,
                co_mentions=True, generic=False) -> dict[str, list[dict]]:
        """Top entities (by mentions) as nodes; edges = articles naming both, plus the
        cooperation and conflict events between them, in either direction. With
        ``event_type``, only actors of such events and only those events' edges; with
        ``co_mentions=False``, event edges only (the co-mention pass is the costly one)."""
        where, args = self._date_where("a.published", since, until)
        if not generic:
            where.append("NOT en.generic")
        if type:
            where.append("en.type = upper(?)")
            args.append(type)
        if event_type:
            where.append("en.id IN (SELECT ea.entity_id FROM event_actors ea JOIN events e ON "
                         "e.article_id = ea.article_id AND e.id = ea.event_id WHERE upper(e.type) = upper(?))")
            args.append(event_type)
        with self._lock:
            nodes = [dict(r) for r in self.conn.execute(
                "SELECT en.id, en.name, en.type, count(*) AS mentions FROM mentions m "
                "JOIN entities en ON en.id = m.entity_id "
                # the articles join only serves a date window; without one it doubles the cost
                + ("JOIN articles a ON a.id = m.article_id " if since or until else "")
                + f"{self._where(where)} GROUP BY en.id ORDER BY mentions DESC, en.name LIMIT ?",
                (*args, limit))]
            ids = [n["id"] for n in nodes]
            if not ids:
                return {"nodes": [], "edges": []}
            dwhere, dargs = self._date_where("a.published", since, until)
            date_sql = (" AND " + " AND ".join(dwhere)) if dwhere else ""
            edges = {}
            for r in [] if event_type or not co_mentions else self.conn.execute(
                "SELECT x.entity_id AS s, y.entity_id AS t, count(*) AS n FROM article_entities x "
                "JOIN article_entities y ON y.article_id = x.article_id AND x.entity_id < y.entity_id "
                f"JOIN articles a ON a.id = x.article_id WHERE x.entity_id IN ({_marks(ids)}) "
                f"AND y.entity_id IN ({_marks(ids)}){date_sql} GROUP BY s, t",
                (*ids, *ids, *dargs)):
                edges[(r["s"], r["t"])] = {"source": r["s"], "target": r["t"], "count": r["n"],
                                           "cooperation": 0, "conflict": 0}
            ewhere, eargs = self._date_where("coalesce(e.date, a.published)", since, until)
            if event_type:
                ewhere.append("upper(e.type) = upper(?)")
                eargs.append(event_type)
            edate_sql = (" AND " + " AND ".join(ewhere)) if ewhere else ""
            for r in self.conn.execute(
                f"SELECT s.entity_id AS s, t.entity_id AS t, sum({_COOP}) AS coop, "
                f"sum({_CONFLICT}) AS conf FROM events e JOIN articles a ON a.id = e.article_id "
                "JOIN event_actors s ON s.article_id = e.article_id AND s.event_id = e.id AND s.role = 'source' "
                "JOIN event_actors t ON t.article_id = e.article_id AND t.event_id = e.id AND t.role = 'target' "
                f"WHERE s.entity_id IN ({_marks(ids)}) AND t.entity_id IN ({_marks(ids)}) "
                f"AND s.entity_id != t.entity_id{edate_sql} GROUP BY s.entity_id, t.entity_id",
                (*ids, *ids, *eargs)):
                key = tuple(sorted((r["s"], r["t"])))
                edge = edges.setdefault(key, {"source": key[0], "target": key[1], "count": 0,
                                              "cooperation": 0, "conflict": 0})
                edge["cooperation"] += r["coop"] or 0
                edge["conflict"] += r["conf"] or 0
        ranked = sorted(edges.values(), key=lambda e: (-e["count"], -e["cooperation"] - e["conflict"]))
        return {"nodes": nodes, "edges": ranked[: limit * 5]}

    # -- search and figures -------------------------------------------------------
    def search(self, q: str, *, limit=50, offset=0) -> list[dict]:
        match = fts_query(q)
        if not match:
            return []
        sql = (
            "SELECT * FROM ("
            "SELECT 'article' AS kind, a.id AS id, a.id AS article_id, a.title AS title, "
            "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, articles_fts.rank AS rank, "
            f"substr(a.text, 1, {HEAD_CHARS}) AS head "
            "FROM articles_fts JOIN articles a ON a.rid = articles_fts.rowid WHERE articles_fts MATCH ? "
            "UNION ALL "
            "SELECT 'quote', q.id, q.article_id, a.title, snippet(quotes_fts, 0, '[', ']', '…', 16), "
            f"quotes_fts.rank, substr(a.text, 1, {HEAD_CHARS}) FROM quotes_fts JOIN quotes q ON q.qid = quotes_fts.rowid "
            "JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?"
            ") ORDER BY rank LIMIT ? OFFSET ?")
        with self._lock:
            rows = self.conn.execute(sql, (match, match, limit, offset)).fetchall()
        # "headline" is what to show for the article: its title, else its first sentence.
        return [{**{k: r[k] for k in ("kind", "id", "article_id", "title", "snippet")},
                 "headline": headline(r["title"], r["head"], r["article_id"])} for r in rows]

    def stats(self) -> dict[str, Any]:
        with self._lock:
            one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
            figures: dict[str, Any] = {
                "articles": one("SELECT count(*) FROM articles"),
                "duplicates": one("SELECT count(*) FROM duplicates"),
                "entities": one("SELECT count(DISTINCT entity_id) FROM mentions"),
                "mentions": one("SELECT count(*) FROM mentions"),
                "quotes": one("SELECT count(*) FROM quotes"),
                "events": one("SELECT count(*) FROM events"),
                "first_published": one("SELECT min(published) FROM articles"),
                "last_published": one("SELECT max(published) FROM articles"),
            }
            figures["languages"] = {r[0] or "unknown": r[1] for r in self.conn.execute(
                "SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC")}
            figures["events_by_type"] = {r[0]: r[1] for r in self.conn.execute(
                "SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1")}
            figures["events_by_type_month"] = [dict(r) for r in self.conn.execute(
                f"SELECT substr({_CHART_DATE}, 1, 7) AS month, e.type, count(*) AS count "
                "FROM events e JOIN articles a ON a.id = e.article_id GROUP BY 1, 2 ORDER BY 1, 2")]
        figures["top_entities"] = self.entities(limit=10)
        figures["latest_quotes"] = self.quotes(limit=10)
        return figures

    # -- row shaping --------------------------------------------------------------
    @staticmethod
    def _where(clauses: list[str]) -> str:
        return ("WHERE " + " AND ".join(clauses)) if clauses else ""

    @staticmethod
    def _date_where(column: str, since, until) -> tuple[list[str], list[Any]]:
        where, args = [], []
        if _iso(since):
            where.append(f"{column} >= ?")
            args.append(_iso(since))
        if _iso(until):
            # A date bound is inclusive of the whole day, whatever the stored precision.
            where.append(f"substr({column}, 1, 10) <= ?")
            args.append(_iso(until))
        return where, args

    @staticmethod
    def _article_summary(row: sqlite3.Row) -> dict[str, Any]:
        return {k: row[k] for k in ("id", "source", "url", "title", "published", "language", "language_confidence", "text_length")}

    @staticmethod
    def _entity(row: sqlite3.Row) -> dict[str, Any]:
        keys = ("id", "name", "type", "kb_id", "country", "sector", "lat", "lon", "mentions", "articles")
        record = {k: row[k] for k in keys}
        record["generic"] = bool(row["generic"])
        return record

    def _article_entities(self, article_id: str) -> list[dict[str, Any]]:
        mentions: dict[str, list[dict]] = {}
        for m in self.conn.execute(
            'SELECT entity_id, text, start, "end" FROM mentions WHERE article_id = ? ORDER BY start',
            (article_id,)):
            mentions.setdefault(m["entity_id"], []).append({"text": m["text"], "start": m["start"], "end": m["end"]})
        out = []
        for r in self.conn.execute(
            "SELECT en.*, ae.role FROM article_entities ae JOIN entities en ON en.id = ae.entity_id "
            "WHERE ae.article_id = ?", (article_id,)):
            keys = ("id", "name", "type", "kb_id", "country", "role", "sector", "lat", "lon")
            out.append({**{k: r[k] for k in keys}, "generic": bool(r["generic"]), "mentions": mentions.get(r["id"], [])})
        out.sort(key=lambda e: e["mentions"][0]["start"] if e["mentions"] else 1 << 62)
        return out

    @staticmethod
    def _quote(r: sqlite3.Row, extra: bool = True) -> dict[str, Any]:
        keys = ("text", "start", "end", "kind", "speaker", "speaker_text", "speaker_start", "speaker_end", "cue")
        record = {k: r[k] for k in keys}
        if extra:
            record = {"id": r["id"], "article_id": r["article_id"], **record,
                      "article_title": r["article_title"],
                      "article_headline": headline(r["article_title"], r["article_head"], r["article_id"]),
                      "published": r["published"],
                      "language": r["language"], "speaker_name": r["speaker_name"]}
        return record

    def _with_actors(self, rows: list[sqlite3.Row]):
        """Each event row with its actors [(role, entity id, name)] in stored order."""
        actors: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for article_id in {r["article_id"] for r in rows}:
            for a in self.conn.execute(
                "SELECT ea.event_id, ea.role, ea.entity_id, en.name FROM event_actors ea "
                "LEFT JOIN entities en ON en.id = ea.entity_id WHERE ea.article_id = ? ORDER BY ea.rowid",
                (article_id,)):
                actors.setdefault((article_id, a["event_id"]), []).append(
                    (a["role"], a["entity_id"], a["name"] or a["entity_id"]))
        return [(r, actors.get((r["article_id"], r["id"]), [])) for r in rows]

    @staticmethod
    def _event(r: sqlite3.Row, actors, extra: bool = True) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": r["id"], "type": r["type"], "mode": r["mode"], "quad": r["quad"],
            "source": [a[1] for a in actors if a[0] == "source"],
            "target": [a[1] for a in actors if a[0] == "target"],
            "trigger": {"text": r["trigger_text"], "start": r["trigger_start"], "end": r["trigger_end"]},
            "mentions": json.loads(r["mentions"]) if r["mentions"] else [],
            "negated": bool(r["negated"]), "date": r["date"], "date_precision": r["date_precision"],
            "location": r["location"],
            "sentence": {"start": r["sentence_start"], "end": r["sentence_end"], "text": r["sentence_text"]},
            "confidence": r["confidence"],
        }
        if extra:
            record["article_id"] = r["article_id"]
            record["published"] = r["published"]
            record["source_names"] = [a[2] for a in actors if a[0] == "source"]
            record["target_names"] = [a[2] for a in actors if a[0] == "target"]
        return record
