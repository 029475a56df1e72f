"""``veille export``: a database's tables as Parquet, CSV or JSONL files."""

from __future__ import annotations

from enum import Enum

import typer
from rich.table import Table

from .. import settings
from .app import app, console


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def export(
    to: str = typer.Option(..., "--to", help="Folder to write (created if missing)."),
    fmt: ExportFormat = typer.Option(ExportFormat.parquet, "--format", "-f", help="File format."),
    db: str = typer.Option(settings.get("default_db"), "--db", help="SQLite database written by veille ingest."),
    bom: bool = typer.Option(False, "--bom", help="CSV in UTF-8 with a byte-order mark (for Excel)."),
) -> None:
    """Write every table (articles, entities, mentions, quotes, events, …) to files, plus
    events.plover.jsonl in PLOVER's interchange fields."""
    from ..store import open_store
    from ..store.export import export as run_export

    with open_store(db, readonly=True) as store:
        written = run_export(store, to, fmt.value, bom=bom)
    table = Table("file", "rows", title=f"Exported to {to}", title_justify="left")
    for name, count in written.items():
        table.add_row(name, str(count))
    console.print(table)
