"""``veille eval quotes``: quote extraction and speaker figures on a gold set."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from ..evaluation import quotes as qe
from .app import console, fail
from .evaluate import eval_app

ROOT = Path(__file__).resolve().parents[2]
# The developer data sits next to the repository (``../shared``) unless VEILLE_SHARED says where.
SHARED = Path(os.environ.get("VEILLE_SHARED") or ROOT.parent / "shared")
DATASETS = {
    "ggt": ("ggt-en-eval-v5 dev", SHARED / "data" / "ggt-en-eval-v5" / "gold_quotes_dev.jsonl", qe.load_ggt),
    "polnear": ("PolNeAR dev", SHARED / "data" / "polnear" / "data" / "dev", qe.load_polnear),
}


@eval_app.command("quotes")
def eval_quotes(
    dataset: str = typer.Option(
        ..., "--dataset", "-d", help="ggt, polnear, or a folder of veille gold .json files (e.g. gold/quotes-fr)."
    ),
    data: Path | None = typer.Option(None, "--data", help="Where the ggt/polnear data lies, if not in ../shared."),
    errors: Path | None = typer.Option(None, "--errors", help="Write missed and false quotes here (JSONL)."),
) -> None:
    """Precision, recall and F1 at 0.3 and 0.8 overlap, and speaker accuracy (SFU's method)."""
    if dataset in DATASETS:
        name, default, loader = DATASETS[dataset]
        path = data or default
        if not path.exists():
            fail(f"{dataset} gold data not found at {path}")
    else:
        name, path, loader = dataset, Path(dataset), qe.load_folder
        if not path.is_dir():
            fail(f"--dataset must be ggt, polnear or a folder of gold files; {dataset!r} is none of them")
    try:
        docs = loader(path)
    except qe.GoldError as exc:
        fail(str(exc))
    analyses = qe.analyse_gold(docs)
    results = qe.evaluate(docs, analyses)
    console.print(qe.report(name, docs, analyses, results), markup=False, highlight=False)
    if errors is not None:
        _write_errors(errors, docs, analyses)


def _write_errors(path: Path, docs, analyses) -> None:
    with path.open("w", encoding="utf-8") as out:
        for gold, analysis in zip(docs, analyses):
            scores = qe.Scores(qe.THRESHOLDS[0])
            found = qe.score_doc(gold, analysis, scores)
            text = gold.text
            for g in found["missed"]:
                s, e = g.ranges[0][0], g.ranges[-1][1]
                out.write(json.dumps({"doc": gold.id, "error": "missed", "text": text[s:e],
                                      "context": text[max(0, s - 120):s], "after": text[e:e + 80],
                                      "speaker": g.speaker_text, "reference": g.reference}, ensure_ascii=False) + "\n")
            for q in found["false"]:
                out.write(json.dumps({"doc": gold.id, "error": "false", "text": q.text, "kind": q.kind,
                                      "cue": q.cue, "speaker": q.speaker_text}, ensure_ascii=False) + "\n")
            # Matched quotes whose speaker is wrong.
            entities = {e.id: e for e in analysis.entities}
            remaining = list(analysis.quotes)
            for g in gold.quotes:
                g_set = qe._positions(g.ranges)
                best = max(remaining, key=lambda q: qe.overlap_score(g_set, set(range(q.start, q.end))), default=None)
                if best is None or qe.overlap_score(g_set, set(range(best.start, best.end))) <= qe.THRESHOLDS[0]:
                    continue
                remaining.remove(best)
                if not qe.speaker_correct(g, best, entities):
                    ent = entities.get(best.speaker)
                    out.write(json.dumps({"doc": gold.id, "error": "speaker", "text": best.text[:100],
                                          "gold": g.speaker_text, "reference": g.reference,
                                          "predicted": best.speaker_text, "entity": ent.name if ent else None,
                                          "cue": best.cue}, ensure_ascii=False) + "\n")
