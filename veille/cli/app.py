"""The typer application shared by every command module."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import typer
import typer.rich_utils
from rich.console import Console

from .. import __version__

app = typer.Typer(
    name="veille",
    help="Offline multilingual news intelligence: entities, quotes and events from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# Piped output has no terminal to measure: tables get a sensible width rather than rich's 80
# columns (which cut option and entity names); COLUMNS still wins when set.
PIPE_WIDTH = 160


def _width() -> int | None:
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return None
    return PIPE_WIDTH


console = Console(soft_wrap=True, width=_width())
# typer draws --help with its own console: the same width when piped, so that option names
# ("--near-duplicates/--no-near-duplicates") are not cut; TERMINAL_WIDTH still wins when set.
if typer.rich_utils.MAX_WIDTH is None:
    typer.rich_utils.MAX_WIDTH = _width()
console_err = Console(stderr=True, soft_wrap=True, highlight=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"veille {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """veille: who said what, who did what to whom, where and when."""


def warn(source: str, reason: str) -> None:
    """One line on stderr naming the input and what is wrong with it."""
    console_err.print(f"veille: {source}: {reason}", markup=False)


def fail(message: str, code: int = 1) -> NoReturn:
    console_err.print(f"veille: error: {message}", markup=False)
    raise typer.Exit(code)


def write_line(text: str) -> None:
    sys.stdout.write(text + "\n")
