"""``veille alert add|list|remove|test``: saved searches over new articles."""

from __future__ import annotations

import typer
from rich.table import Table

from .. import settings
from ..errors import VeilleError
from .app import app, console, fail
from .query import OutFormat, emit

alert_app = typer.Typer(help="Alerts: saved searches over new articles (Atom feed, webhook, watch output).",
                        no_args_is_help=True)
app.add_typer(alert_app, name="alert")
DB = typer.Option(settings.get("default_db"), "--db", help="SQLite database.")


def _store(db: str):
    from ..store import open_store

    try:
        return open_store(db)  # written to, or migrated so an older database gains the alert tables
    except VeilleError as exc:
        fail(str(exc))


def _known(store, name: str) -> dict:
    alert = store.alert(name)
    if alert is None:
        store.close()
        fail(f"no alert named {name!r} (veille alert list shows them)")
    return alert


@alert_app.command("add")
def add(
    name: str = typer.Argument(..., help="The alert's name (its Atom feed is /alerts/NAME.atom)."),
    speaker: str | None = typer.Option(None, "--speaker", help="Quoted person or body, in any language."),
    entity: str | None = typer.Option(None, "--entity", help="An entity the article names."),
    event_type: str | None = typer.Option(None, "--event-type", help="PLOVER event type (e.g. PROTEST)."),
    source: str | None = typer.Option(None, "--source", help="The actor of such an event."),
    target: str | None = typer.Option(None, "--target", help="Who such an event is aimed at."),
    lang: str | None = typer.Option(None, "--lang", help="Article language code."),
    text: str | None = typer.Option(None, "--text", help="Words in the title or text (all required)."),
    webhook: str | None = typer.Option(None, "--webhook", help="URL each hit is POSTed to as JSON."),
    db: str = DB,
) -> None:
    """Save an alert; it fires on articles stored from now on (by ingest or watch)."""
    from ..alerts import clean_criteria
    from ..ingest.http import is_url

    if not name.replace("-", "").replace("_", "").isalnum():
        fail(f"alert name {name!r}: use letters, digits, - and _")
    if webhook and not is_url(webhook):
        fail(f"--webhook: {webhook!r} is not an http(s) URL")
    try:
        criteria = clean_criteria({"speaker": speaker, "entity": entity, "event_type": event_type,
                                   "source": source, "target": target, "lang": lang, "text": text})
    except VeilleError as exc:
        fail(str(exc))
    with _store(db) as store:
        try:
            store.add_alert(name, criteria, webhook)
        except VeilleError as exc:
            fail(str(exc))
    console.print(f"alert {name} saved: " + ", ".join(f"{k}={v}" for k, v in criteria.items()), markup=False)


@alert_app.command("list")
def list_alerts(db: str = DB, fmt: OutFormat = typer.Option(OutFormat.table, "--format", "-f")) -> None:
    """Alerts with their criteria and number of hits."""
    with _store(db) as store:
        alerts = store.alerts()
    if fmt is not OutFormat.table:
        emit("alerts", alerts, fmt)
        return
    if not alerts:
        console.print("no alerts (add one with veille alert add)")
        return
    table = Table("alert", "criteria", "webhook", "hits", "last hit", title="Alerts", title_justify="left")
    for a in alerts:
        table.add_row(a["name"], ", ".join(f"{k}={v}" for k, v in a["criteria"].items()), a["webhook"] or "",
                      str(a["hits"]), a["last_hit"] or "")
    console.print(table)


@alert_app.command("remove")
def remove(name: str = typer.Argument(...), db: str = DB) -> None:
    """Delete an alert and its hits."""
    with _store(db) as store:
        if not store.remove_alert(name):
            fail(f"no alert named {name!r} (veille alert list shows them)")
    console.print(f"alert {name} removed", markup=False)


@alert_app.command("test")
def test(name: str = typer.Argument(...), db: str = DB,
         fmt: OutFormat = typer.Option(OutFormat.table, "--format", "-f"),
         limit: int = typer.Option(20, "--limit", "-n", min=1)) -> None:
    """The stored articles the alert matches, old ones included; nothing is recorded."""
    from ..alerts import matches

    with _store(db) as store:
        records = matches(store, _known(store, name)["criteria"], limit=limit)
    emit("articles", records, fmt)
