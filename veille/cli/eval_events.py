"""``veille eval events``: PLOVER event coding against gold records."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import fail, write_line
from .evaluate import eval_app


@eval_app.command("events")
def eval_events(
    dataset: str = typer.Option(
        "plover", "--dataset", "-d",
        help="'plover' (PLOVER gold records in ../shared), a GSR .jsonl file, or a gold folder (gold/events-fr).",
    ),
    all_events: bool = typer.Option(
        False, "--all-events", help="On one-event-per-sentence gold (PLOVER), score every event, not the main one."
    ),
    shared: str = typer.Option(
        None, "--shared", help="Folder holding the developer data (default: ../shared next to the project or cwd)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: bool = typer.Option(
        False, "--errors", help="List false positives by the rules that fired for them, and misses by what stopped them."
    ),
) -> None:
    """Type accuracy and (type, source, target) triple precision/recall/F1."""
    from ..evaluation.events import evaluate, load_dataset

    try:
        docs = load_dataset(dataset, Path(shared) if shared else None)
    except (OSError, ValueError, KeyError) as exc:
        fail(str(exc), 2)
    if not docs:
        fail(f"{dataset}: no gold documents", 2)
    if errors:
        _print_errors(docs, as_json)
        return
    result = evaluate(docs, all_events=all_events).as_dict()
    result["dataset"] = dataset
    if as_json:
        write_line(json.dumps(result))
        return
    t = result["triples"]
    write_line(f"dataset        {dataset}")
    write_line(f"documents      {result['docs']}   gold events {result['gold_events']}")
    write_line(f"type accuracy  {result['type_accuracy']:.3f}")
    write_line(f"triples        P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}"
               f"   (tp {t['tp']}, fp {t['fp']}, fn {t['fn']})")


def _print_errors(docs, as_json: bool) -> None:
    from ..evaluation.events import rule_errors

    found = rule_errors(docs).as_dict()
    if as_json:
        write_line(json.dumps(found, ensure_ascii=False))
        return
    for title, key in (("false positives by rule", "false_positives"), ("misses by rule", "misses")):
        write_line(title)
        for name, count in found[key].items():
            write_line(f"  {count:4d}  {name:32} e.g. {'; '.join(found['examples'][name][:2])}")
