"""``veille eval``: quality figures on gold data. Each stage adds its own subcommand."""

from __future__ import annotations

import typer

from .app import app

eval_app = typer.Typer(
    help="Measure veille against gold annotations (precision, recall, F1).", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")
