"""``veille serve``: the HTTP API and web interface over a database."""

from __future__ import annotations

import typer

from .. import settings
from ..errors import VeilleError
from .app import app, console_err, fail


@app.command()
def serve(
    db: str = typer.Option(settings.get("default_db"), "--db", help="veille database to serve (read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; 127.0.0.1 keeps it on this machine."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
) -> None:
    """Serve the JSON API (/api, docs at /docs) and the web interface (/) over a database."""
    try:
        from ..api import app_for_db

        web_app = app_for_db(db, warm=True)  # a missing or foreign database fails here, before binding
    except VeilleError as exc:
        fail(str(exc))
    import uvicorn

    console_err.print(f"veille: serving {db} at http://{host}:{port}/ (Ctrl+C to stop)", markup=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
