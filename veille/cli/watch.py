"""``veille watch``: follow feeds, storing what is new in each cycle."""

from __future__ import annotations

import re
import time

import typer

from .. import settings
from ..ingest import Failure
from .analyze import use_kb_files
from .app import app, console, console_err, fail, warn
from .ingest import StopOnInterrupt, feed_list, open_for_ingest
from .options import check_lang

_PERIOD = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|min|h|d)?", re.I)
_UNIT = {"s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def parse_period(value: str) -> float:
    """``30s``, ``10m``, ``2h``, ``1d`` or plain seconds → seconds (raise ValueError)."""
    match = _PERIOD.fullmatch(value.strip())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"--every: {value!r} is not a period (e.g. 30s, 10m, 1h)")
    return float(match.group(1)) * _UNIT[(match.group(2) or "s").lower()]


@app.command()
def watch(
    feeds: str = typer.Argument(..., help="Feed list (a file or a URL): one URL a line, or OPML; or one feed URL."),
    every: str = typer.Option("10m", "--every", help="Time between two cycles: 30s, 10m, 1h…"),
    once: bool = typer.Option(False, "--once", help="One cycle, then exit."),
    db: str = typer.Option(settings.get("default_db"), "--db", help="SQLite database (created if missing)."),
    lang: str = typer.Option("auto", "--lang", help="Language code, or 'auto' to detect per article."),
    batch_size: int = typer.Option(settings.get("batch_size"), "--batch-size", min=1,
                                   help="Articles per spaCy batch (and per write burst)."),
    kb_files: list[str] = typer.Option(
        [], "--kb", help="Knowledge-base file (YAML/JSON/CSV) adding or overriding entries; repeatable."
    ),
) -> None:
    """Poll feeds forever (or --once): store and analyse new entries, one line per cycle.

    Unchanged feeds cost a conditional request; stored entries are not fetched again; failing feeds wait longer and longer. Ctrl-C stops after the article in hand.
    """
    from ..ingest.watch import Watcher, describe, utc_now

    settings.DEFAULTS["batch_size"] = batch_size
    try:
        period = parse_period(every)
    except ValueError as exc:
        fail(str(exc))
    code = check_lang(lang)
    urls = feed_list(feeds)
    if not urls:
        fail(f"{feeds}: lists no feed URL")
    if kb_files:
        use_kb_files(kb_files)
    store = open_for_ingest(db, kb_files)
    try:
        with StopOnInterrupt() as stop:
            watcher = Watcher(store, urls, period, lang=code, stop=stop, on_item=_report_failure)
            try:
                _loop(watcher, period, once, stop, describe, utc_now)
            finally:
                watcher.close()
    finally:
        store.close()
    if stop():
        console_err.print("veille: interrupted: what was stored is kept; run the same command again to resume "
                          "(stored entries are not fetched again)", markup=False)
        raise typer.Exit(130)


def _loop(watcher, period: float, once: bool, stop, describe, utc_now) -> None:
    while True:
        started = time.monotonic()
        when = utc_now()
        cycle = watcher.cycle()
        for check in cycle.checks:
            if check.status == "failed":
                warn(check.url, check.reason)
        console.print(describe(cycle, when), markup=False, highlight=False)
        _alerts(watcher.store)
        if once or stop():
            return
        while time.monotonic() - started < period and not stop():
            time.sleep(min(0.5, period))
        if stop():
            return


def _alerts(store) -> None:
    """Run the alerts over what the cycle stored: one line per new hit, then the webhooks."""
    from ..alerts import check, deliver_webhooks

    for hit in check(store):
        a = hit.article
        console.print(f"alert {hit.alert}: {a['title'] or a['id']} ({a['url'] or a['source']})",
                      markup=False, highlight=False)
    delivered, failed = deliver_webhooks(store)
    if failed:
        warn("webhooks", f"{failed} hits not delivered (tried again next cycle)")


def _report_failure(status: str, item) -> None:
    if isinstance(item, Failure) and item.kind != "no text":
        warn(item.source, item.reason)
