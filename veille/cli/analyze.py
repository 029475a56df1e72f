"""``veille analyze`` and ``veille schema``."""

from __future__ import annotations

import json
from datetime import date
from enum import Enum

import typer

from ..errors import VeilleError
from ..ingest import Failure, read_paths
from ..model import Analysis
from ..nlp import analyze as run_analysis
from .app import app, fail, warn, write_line
from .options import check_lang
from .render import print_table


def use_kb_files(paths: list[str]) -> None:
    """Load user knowledge-base files before any analysis; a bad file is a one-line error."""
    from ..kb import use_files

    try:
        use_files(paths)
    except VeilleError as exc:
        fail(str(exc))


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files or folders of articles in any format veille ingests, or '-' for stdin."),
    lang: str = typer.Option("auto", "--lang", help="Language code, or 'auto' to detect per article."),
    date_: str | None = typer.Option(
        None, "--date", help="Publication date (YYYY-MM-DD) for articles that carry none."
    ),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="Output format."),
    with_text: bool = typer.Option(False, "--with-text", help="Include each article's text."),
    kb_files: list[str] = typer.Option(
        [], "--kb", help="Knowledge-base file (YAML/JSON/CSV) adding or overriding entries; repeatable."
    ),
) -> None:
    """Analyse articles and print entities, quotes and events; nothing is stored."""
    code = check_lang(lang)
    if kb_files:
        use_kb_files(kb_files)
    published = parse_date(date_)
    failures = 0
    articles = []
    for item in read_paths(paths, published):
        if isinstance(item, Failure):
            warn(item.source, item.reason)
            failures += 1
        else:
            articles.append(item)
    try:
        analyses = run_analysis(articles, lang=code)
        emitted = _emit(analyses, fmt, with_text)
    except VeilleError as exc:
        fail(str(exc))
    if failures or emitted == 0:
        raise typer.Exit(1)


def _emit(analyses, fmt: Format, with_text: bool) -> int:
    count = 0
    if fmt is Format.jsonl:
        for analysis in analyses:
            write_line(json.dumps(analysis.to_record(with_text), ensure_ascii=False))
            count += 1
    elif fmt is Format.json:
        records = [a.to_record(with_text) for a in analyses]
        count = len(records)
        if count:
            payload = records[0] if count == 1 else records
            write_line(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for analysis in analyses:
            print_table(analysis)
            count += 1
    return count


@app.command()
def schema() -> None:
    """Print the JSON Schema of veille's output records."""
    from ..model import Record

    write_line(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2))


__all__ = ["analyze", "schema", "Analysis"]
