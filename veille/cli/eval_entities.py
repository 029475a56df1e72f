"""``veille eval entities``: mention precision/recall/F1 of veille and bare spaCy on gold NER."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import fail, write_line
from .evaluate import eval_app

_ROOT = Path(__file__).resolve().parents[2]


def _shared() -> Path | None:
    path = _ROOT.parent / "shared"
    return path if path.is_dir() else None


@eval_app.command("entities")
def eval_entities(
    dataset: str = typer.Option(
        ..., "--dataset", "-d", help="winer-fr, gum-en, or a folder of BRAT (.txt+.ann) or .conllu files."
    ),
    limit: int = typer.Option(0, "--limit", help="Score only the first N documents (0: all)."),
    shared: Path | None = typer.Option(None, "--shared", help="The shared data folder (default: ../shared)."),
) -> None:
    """Score entity mentions per type (PER, LOC, ORG) for veille and bare spaCy side by side."""
    from ..evaluation.entities import evaluate, load_dataset, report

    try:
        docs, lang, title = load_dataset(dataset, shared or _shared())
    except FileNotFoundError as exc:
        fail(str(exc), code=2)
    docs = docs[:limit] if limit else docs
    write_line(report(evaluate(docs, lang), len(docs), title))
