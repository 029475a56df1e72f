"""``veille query quotes|events|entities|articles``: read a database built by ``veille ingest``."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from .. import settings
from .analyze import parse_date
from .options import check_lang_filter
from .app import app, console, write_line
from .render import event_date, evidence

query_app = typer.Typer(help="Query a veille database: quotes, events, entities, articles.", no_args_is_help=True)
app.add_typer(query_app, name="query")


class OutFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


DB = typer.Option(settings.get("default_db"), "--db", help="SQLite database written by veille ingest.")
FORMAT = typer.Option(OutFormat.table, "--format", "-f", help="Output format.")
LIMIT = typer.Option(20, "--limit", "-n", min=1, help="Most records to print.")
OFFSET = typer.Option(0, "--offset", min=0, help="Records to skip (paging).")
SINCE = typer.Option(None, "--since", help="From this date (YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Up to this date (YYYY-MM-DD), inclusive.")

# Columns of the table format per kind: (header, record key).
_COLUMNS = {
    "quotes": [("date", "published"), ("speaker", "speaker_name"), ("kind", "kind"), ("quote", "text"),
               ("article", "article_title")],
    "events": [("date", "when"), ("type", "type"), ("mode", "mode"), ("source", "source_names"),
               ("target", "target_names"), ("evidence", "evidence")],
    "entities": [("entity", "name"), ("type", "type"), ("country", "country"), ("mentions", "mentions"),
                 ("articles", "articles"), ("id", "id")],
    "articles": [("date", "published"), ("lang", "language"), ("title", "title"), ("source", "source"),
                 ("id", "id")],
}


def _open(db: str):
    from ..store import open_store

    return open_store(db, readonly=True)


def _cell(value: Any, width: int = 0) -> str | Text:
    if value is None:
        return ""
    if isinstance(value, Text):
        return value
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    elif isinstance(value, dict):
        value = value.get("text", json.dumps(value, ensure_ascii=False))
    text = str(value)
    return text if not width or len(text) <= width else text[: width - 1] + "…"


def emit(kind: str, records: list[dict], fmt: OutFormat) -> None:
    """Print records in the chosen format (shared with ``make run`` through the CLI)."""
    if fmt is OutFormat.json:
        write_line(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt is OutFormat.jsonl:
        for record in records:
            write_line(json.dumps(record, ensure_ascii=False))
    elif fmt is OutFormat.csv:
        if not records:
            return
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                             for k, v in record.items()})
    else:
        if not records:
            console.print(f"no {kind} found")
            return
        table = Table(*[h for h, _ in _COLUMNS[kind]], title=f"{kind.capitalize()} ({len(records)})",
                      title_justify="left")
        for record in records:
            record = _shown(record) if kind == "events" else {**record, "when": record.get("published")}
            table.add_row(*[_cell(record.get(key), 160 if key == "text" else 60) for _, key in _COLUMNS[kind]])
        console.print(table)


def _shown(event: dict) -> dict:
    """An event record with what its table row shows: the date as precise as the text gives it (else
    the article's), and its sentence with the trigger in bold."""
    when = event_date(event.get("date"), event.get("date_precision")) or event.get("published")
    sentence, trigger = event.get("sentence") or {}, event.get("trigger") or {}
    shown = ""
    if sentence.get("text") is not None and trigger:
        s = sentence["start"]
        shown = evidence(sentence["text"], 0, len(sentence["text"]), trigger["start"] - s, trigger["end"] - s)
    return {**event, "when": when, "evidence": shown}


@query_app.command("quotes")
def quotes(
    speaker: str | None = typer.Option(None, "--speaker", help="Who said it (any language's name, id)."),
    about: str | None = typer.Option(None, "--about", help="An entity named inside the quote."),
    text: str | None = typer.Option(None, "--text", help="Words in the quote (full-text search)."),
    since: str | None = SINCE, until: str | None = UNTIL,
    lang: str | None = typer.Option(None, "--lang", help="Article language code."),
    db: str = DB, fmt: OutFormat = FORMAT, limit: int = LIMIT, offset: int = OFFSET,
) -> None:
    """Quotes with their speakers, newest first."""
    lang = check_lang_filter(lang)
    with _open(db) as store:
        records = store.quotes(speaker=speaker, about=about, text=text, since=parse_date(since),
                               until=parse_date(until), lang=lang, limit=limit, offset=offset)
    emit("quotes", records, fmt)


@query_app.command("events")
def events(
    type_: str | None = typer.Option(None, "--type", help="PLOVER event type (e.g. CONSULT)."),
    actor: str | None = typer.Option(None, "--actor", help="An entity on either side."),
    source: str | None = typer.Option(None, "--source", help="The entity acting."),
    target: str | None = typer.Option(None, "--target", help="The entity acted upon."),
    since: str | None = SINCE, until: str | None = UNTIL,
    db: str = DB, fmt: OutFormat = FORMAT, limit: int = LIMIT, offset: int = OFFSET,
) -> None:
    """PLOVER events, newest first."""
    with _open(db) as store:
        records = store.events(type=type_, actor=actor, source=source, target=target, since=parse_date(since),
                               until=parse_date(until), limit=limit, offset=offset)
    emit("events", records, fmt)


@query_app.command("entities")
def entities(
    name: str | None = typer.Option(None, "--name", help="A name in any language, or an entity id."),
    type_: str | None = typer.Option(None, "--type", help="PERSON, ORG, GPE, LOC, NORP, EVENT or OTHER."),
    generic: bool = typer.Option(False, "--generic", help="Also list generic actors (police, students…)."),
    db: str = DB, fmt: OutFormat = FORMAT, limit: int = LIMIT, offset: int = OFFSET,
) -> None:
    """Entities by number of mentions."""
    with _open(db) as store:
        records = store.entities(name=name, type=type_, limit=limit, offset=offset, generic=generic)
    emit("entities", records, fmt)


@query_app.command("articles")
def articles(
    entity: str | None = typer.Option(None, "--entity", help="Articles naming this entity."),
    text: str | None = typer.Option(None, "--text", help="Words in the title or text (full-text search)."),
    speaker: str | None = typer.Option(None, "--speaker", help="Articles quoting this person or body."),
    event_type: str | None = typer.Option(None, "--event-type", help="Articles with an event of this type."),
    source: str | None = typer.Option(None, "--source", help="… whose actor is this entity."),
    target: str | None = typer.Option(None, "--target", help="… aimed at this entity."),
    since: str | None = SINCE, until: str | None = UNTIL,
    lang: str | None = typer.Option(None, "--lang", help="Language code."),
    db: str = DB, fmt: OutFormat = FORMAT, limit: int = LIMIT, offset: int = OFFSET,
) -> None:
    """Stored articles, newest first (the filters of ``veille alert add``)."""
    lang = check_lang_filter(lang)
    with _open(db) as store:
        records = store.articles(entity=entity, text=text, speaker=speaker, event_type=event_type, source=source,
                                 target=target, since=parse_date(since), until=parse_date(until),
                                 lang=lang, limit=limit, offset=offset)
    emit("articles", records, fmt)


@query_app.command("stats")
def stats(db: str = DB, fmt: OutFormat = FORMAT) -> None:
    """Counts: articles, languages, entities, quotes, and events by type."""
    with _open(db) as store:
        figures = store.stats()
    if fmt is not OutFormat.table:
        write_line(json.dumps(figures, ensure_ascii=False, indent=None if fmt is OutFormat.jsonl else 2))
        return
    overview = Table("figure", "count", title="Database", title_justify="left")
    for key in ("articles", "duplicates", "entities", "mentions", "quotes", "events"):
        overview.add_row(key, str(figures[key]))
    for lang, count in figures["languages"].items():
        overview.add_row(f"  language {lang}", str(count))
    console.print(overview)
    by_type = Table("event type", "count", title="Events by type", title_justify="left")
    for type_, count in figures["events_by_type"].items():
        by_type.add_row(type_, str(count))
    console.print(by_type)
