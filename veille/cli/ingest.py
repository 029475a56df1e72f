"""``veille ingest``: analyse sources of any format and store the results."""

from __future__ import annotations

import hashlib
import json
import os
import signal
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .. import settings
from ..errors import InputError
from ..ingest import Failure, parse_fields, read_paths
from ..ingest.files import estimate_total, iter_files
from .analyze import parse_date, use_kb_files
from .app import app, console, console_err, fail, warn
from .evaluate import eval_app
from .options import check_lang

# Past this many, individual failures are summarised by reason only.
MAX_FAILURE_LINES = 50


class _Speed(ProgressColumn):
    """Articles per second since the start (results arrive in batches, so a windowed rate jumps)."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0
        return Text(f"{task.completed / elapsed:.1f} articles/s" if elapsed and task.completed else "… articles/s")


@app.command()
def ingest(
    sources: list[str] = typer.Argument(None, help="Files, folders, http(s) URLs or '-' (stdin): text, HTML, "
                                                    "JSON/JSONL, RSS/Atom, WARC, and .gz of any."),
    feeds: str | None = typer.Option(None, "--feeds", help="Feed list (a file or a URL): one URL a line, or OPML."),
    db: str = typer.Option(settings.get("default_db"), "--db", help="SQLite database (created if missing)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Analysis processes."),
    lang: str = typer.Option("auto", "--lang", help="Language code, or 'auto' to detect per article."),
    date_: str | None = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for articles without one."),
    field: list[str] = typer.Option([], "--field", help="JSON field name, e.g. --field text=body "
                                                        "--field date=meta.published (repeatable)."),
    dedupe: bool = typer.Option(True, "--dedupe/--no-dedupe", help="Link near-duplicate copies to one article."),
    max_bytes: int = typer.Option(settings.get("max_article_bytes"), "--max-article-bytes", min=1,
                                  help="Largest article text accepted, in bytes."),
    batch_size: int = typer.Option(settings.get("batch_size"), "--batch-size", min=1,
                                   help="Articles per spaCy batch (and per write burst) with one worker."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    kb_files: list[str] = typer.Option(
        [], "--kb", help="Knowledge-base file (YAML/JSON/CSV) adding or overriding entries; repeatable."
    ),
) -> None:
    """Analyse articles and store entities, quotes and events in a database.

    Ctrl-C stops after the article in hand; running the same command again resumes.
    """
    # Settings of this process and of the workers it forks.
    settings.DEFAULTS["max_article_bytes"] = max_bytes
    settings.DEFAULTS["batch_size"] = batch_size
    code = check_lang(lang)
    published = parse_date(date_)
    sources = list(sources or []) + feed_list(feeds)
    if not sources:
        raise typer.BadParameter("give files, URLs or --feeds FILE")
    try:
        fields = parse_fields(field)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None
    if kb_files:
        use_kb_files(kb_files)
    if not _anything_to_read(sources):
        fail("no articles found")
    store = open_for_ingest(db, kb_files)
    try:
        summary, stopped = _run(sources, store, published, fields, quiet=quiet, workers=workers,
                                lang=code, dedupe=dedupe)
        _print_summary(summary, store.path)
    finally:
        store.close()
    _exit_for(summary, stopped)


def _run(sources: list[str], store, published, fields, quiet: bool, **options):
    """Ingest under a progress bar that also lists the first failures; Ctrl-C stops cleanly."""
    from ..ingest.runner import ingest as run_ingest

    total = None if "-" in sources else estimate_total(sources)
    shown = 0

    def report(status: str, item) -> None:
        nonlocal shown
        if isinstance(item, Failure):
            shown += 1
            if shown <= MAX_FAILURE_LINES:
                progress.console.print(f"veille: {item.source}: {item.reason}", markup=False, highlight=False)
        progress.advance(task)

    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), _Speed(), TimeRemainingColumn(),
        console=console_err, disable=quiet or not console_err.is_terminal and not os.environ.get("VEILLE_PROGRESS"),
    )
    with progress, StopOnInterrupt() as stop:
        task = progress.add_task("ingest", total=total)
        summary = run_ingest(read_paths(sources, published, fields), store, on_item=report, stop=stop, **options)
    if shown > MAX_FAILURE_LINES:
        warn("…", f"{shown - MAX_FAILURE_LINES} more failures not listed")
    return summary, stop()


def _exit_for(summary, stopped: bool) -> None:
    if stopped:
        console_err.print(f"veille: interrupted: {summary.total - summary.failed} articles stored or skipped so far; "
                          "run the same command again to resume (stored articles are not analysed again)",
                          markup=False)
        raise typer.Exit(130)
    if summary.failed:
        raise typer.Exit(1)
    if summary.total == 0:
        fail("no articles found")


def _anything_to_read(sources: list[str]) -> bool:
    """Whether some input exists; otherwise each is reported and no database is created."""
    found = False
    for source, path, reason in iter_files(sources):
        if path is None and reason is not None:
            warn(source, reason)
        else:
            found = True
    return found


def open_for_ingest(db: str, kb_files: list[str]):
    """The store, with the user KB files it is built with recorded in its meta table."""
    from ..store import open_store

    store = open_store(db)
    if kb_files:
        recorded = [{"path": str(Path(p).resolve()),
                     "sha256": hashlib.sha256(Path(p).read_bytes()).hexdigest()} for p in kb_files]
        store.set_meta("user_kb", json.dumps(recorded))
    return store


class StopOnInterrupt:
    """While active, the first Ctrl-C asks the ingest to stop after the article in hand;
    a second one interrupts at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __call__(self) -> bool:
        return self.requested

    def _handle(self, signum, frame) -> None:
        self.requested = True
        signal.signal(signal.SIGINT, self._previous or signal.default_int_handler)
        console_err.print("veille: stopping after the article in hand (Ctrl-C again to quit now)", markup=False)

    def __enter__(self) -> "StopOnInterrupt":
        self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self._previous or signal.default_int_handler)


def feed_list(path: str | None) -> list[str]:
    if path is None:
        return []
    from ..ingest.urls import read_feed_list

    try:
        return read_feed_list(path)
    except ValueError as exc:
        fail(str(exc))


def _print_summary(summary, path) -> None:
    table = Table("result", "articles", title=f"Ingest into {path}", title_justify="left")
    for name in ("new", "unchanged", "replaced", "duplicates", "failed"):
        table.add_row(name, str(getattr(summary, name)))
    for reason, count in summary.reasons.most_common():
        table.add_row(f"  failed: {reason}", str(count))
    console.print(table)


@eval_app.command("extraction")
def eval_extraction(
    corpus: str = typer.Option("../shared/eval-corpus", "--corpus", help="The eval-corpus folder."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """HTML main-text extraction against reference bodies (token precision/recall/F1)."""
    import json
    from pathlib import Path

    from ..evaluation.extraction import evaluate

    if not Path(corpus).is_dir():
        fail(f"{corpus}: no such folder (the eval corpus lives in ../shared/eval-corpus)")
    results = evaluate(corpus)
    if not results:
        fail(f"{corpus}: holds none of html-readability, html-scrapinghub, html-trafilatura")
    if as_json:
        console.print_json(json.dumps(results))
        return
    table = Table("set", "pages", "no text", "precision", "recall", "F1", "snippets ok", "title ok", "date ok",
                  title="HTML extraction (token bag, mean per page)", title_justify="left")
    for r in results:
        table.add_row(r["set"], str(r["pages"]), str(r["no_text"]),
                      *["" if r[k] is None else f"{r[k]:.3f}" for k in ("precision", "recall", "f1",
                                                                         "snippet_accuracy", "title_accuracy",
                                                                         "date_accuracy")])
    console.print(table)
