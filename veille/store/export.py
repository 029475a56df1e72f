"""``veille export``: every table of a database as Parquet, CSV or JSONL, plus PLOVER events.

One file per table of :data:`veille.store.rows.TABLES` (same columns as the Spark
job writes) and ``duplicates``; Parquet types come from :mod:`veille.store.arrow`, and
``schema.json`` lists every table's columns with both types.
``events.plover.jsonl`` holds the events in the PLOVER interchange fields.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__
from ..headline import headline
from .arrow import ARROW_TYPES, EXPORT_TABLES, arrow_schema
from .sqlite import SQLiteStore

FORMATS = ("parquet", "csv", "jsonl")
_BATCH = 5000


def _typed(table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """SQLite values → the declared types (bools from 0/1, dates from ISO text)."""
    kinds = dict(EXPORT_TABLES[table])
    for row in rows:
        for column, kind in kinds.items():
            value = row[column]
            if value is None:
                continue
            if kind == "bool":
                row[column] = bool(value)
            elif kind == "date":
                try:
                    row[column] = date.fromisoformat(str(value)[:10])
                except ValueError:
                    row[column] = None
    return rows


def export(store: SQLiteStore, to: str | Path, fmt: str = "parquet", bom: bool = False) -> dict[str, int]:
    """Write every table into ``to``; return rows written per file name.

    With ``csv``, flat ``events.flat.csv`` and ``quotes.flat.csv`` views come too: one row per event or
    quote, names in plain columns, for spreadsheets (``bom``: UTF-8 with a byte-order mark, for Excel).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    out = Path(to)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for table in EXPORT_TABLES:
        path = out / f"{table}.{fmt}"
        batches = (_typed(table, rows) for rows in store.iter_table(table, EXPORT_TABLES[table], _BATCH))
        written[path.name] = {"parquet": _parquet, "csv": _csv, "jsonl": _jsonl}[fmt](table, batches, path)
    # The schema travels with the files: column, veille type and Arrow type per table.
    schema = {table: [{"name": c, "type": t, "arrow": ARROW_TYPES[t].rstrip("_")} for c, t in columns]
              for table, columns in EXPORT_TABLES.items()}
    (out / "schema.json").write_text(json.dumps(schema, indent=2) + "\n", encoding="utf-8")
    path = out / "events.plover.jsonl"
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for record in plover_events(store):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    written[path.name] = count
    if fmt == "csv":
        written.update(flat_csv(store, out, bom))
    return written


EVENT_COLUMNS = ("date", "date_precision", "event", "mode", "negated", "source_names", "target_names", "event_text", "sentence",
                 "confidence", "language", "title", "publication", "article_id", "id")
QUOTE_COLUMNS = ("published", "speaker", "quote", "kind", "cue", "language", "title", "article_id")


def flat_csv(store: SQLiteStore, out: Path, bom: bool = False) -> dict[str, int]:
    """events.flat.csv and quotes.flat.csv: no JSON in cells, several names joined by " ; "."""
    encoding = "utf-8-sig" if bom else "utf-8"
    written = {}
    with open(out / "events.flat.csv", "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(EVENT_COLUMNS)
        count = 0
        for e in plover_events(store):
            names = {role: " ; ".join(a["name"] or a["actorText"] or "" for a in e[role])
                     for role in ("actor", "recipient")}
            writer.writerow([e["date"], e["date_precision"], e["event"], e["mode"], e["negated"], names["actor"], names["recipient"],
                             e["event_text"], e["text"], e["confidence"], e["language"], e["headline"],
                             e["publication"], e["article_id"], e["id"]])
            count += 1
    written["events.flat.csv"] = count
    with open(out / "quotes.flat.csv", "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(QUOTE_COLUMNS)
        count, offset = 0, 0
        while page := store.quotes(limit=_BATCH, offset=offset):
            for q in page:
                writer.writerow([q.get("published"), q.get("speaker_name") or q.get("speaker_text"), q.get("text"),
                                 q.get("kind"), q.get("cue"), q.get("language"), q.get("article_headline"),
                                 q.get("article_id")])
            count += len(page)
            offset += len(page)
    written["quotes.flat.csv"] = count
    return written


def _parquet(table: str, batches: Iterator[list[dict]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for rows in batches:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    if count == 0:  # ParquetWriter with no batch still writes a valid empty file with the schema
        pq.write_table(schema.empty_table(), path)
    return count


def _csv(table: str, batches: Iterator[list[dict]], path: Path) -> int:
    columns = [c for c, _ in EXPORT_TABLES[table]]
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        for rows in batches:
            writer.writerows({k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()} for r in rows)
            count += len(rows)
    return count


def _jsonl(table: str, batches: Iterator[list[dict]], path: Path) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for rows in batches:
            for r in rows:
                f.write(json.dumps({k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()},
                                   ensure_ascii=False) + "\n")
            count += len(rows)
    return count


def plover_events(store: SQLiteStore) -> Iterator[dict[str, Any]]:
    """Events in the PLOVER interchange fields (actor/recipient lists, event, mode, event_text…)."""
    for event, article, actors, location in store.iter_events_full():
        def actor_list(role: str) -> list[dict]:
            return [{"actorText": a["mention"] or a["name"], "name": a["name"], "code": a["entity_id"],
                     "kb_id": a["kb_id"], "country": a["country"], "sector": a["sector"], "type": a["type"]}
                    for a in actors if a["role"] == role]

        text = article["text"]
        s, e = event["sentence_start"], event["sentence_end"]
        yield {
            "id": f"{article['id']}:{event['id']}",
            "date": event["date"] or article["published"],
            # The event's own precision, else the publication date's (a day).
            "date_precision": (event["date_precision"] or "day") if event["date"] else ("day" if article["published"] else None),
            "actor": actor_list("source"),
            "recipient": actor_list("target"),
            "event": event["type"],
            "mode": event["mode"],
            "context": None,
            "quad": event["quad"],
            "negated": bool(event["negated"]),
            "event_text": event["trigger_text"],
            "event_offsets": [event["trigger_start"], event["trigger_end"]],
            "event_loc": location,
            "text": text[s:e] if s is not None and e is not None else None,
            "confidence": event["confidence"],
            "language": article["language"],
            "article_id": article["id"],
            "publication": article["url"] or article["source"],
            "title": article["title"],
            # What a person reads for the article: its title, else its first sentence.
            "headline": headline(article["title"], text, article["id"]),
            "coder": f"veille {__version__}",
        }
