"""Score veille on the whole-article gold in one process, split into a development and a held-back slice.

The reference scorer (``shared/tools/gold/gold_eval.py``) starts one ``veille analyze`` per publication date, so
every run reloads the pipelines; this script loads them once and scores with the same ``score.py``, which makes it
fit for a quick loop while a rule is written. Its figures equal the reference scorer's on the same gold; report the
reference scorer's line in notes.

Each language's files are sorted by name and the last third forms the *held* slice: read its misses only to
check a general rule, never to write one. Quote recall is also given per kind (direct / indirect / mixed).

usage: python bench/dev_gold.py [--gold DIR] [--lang fr|en] [--only PREFIX] [--verbose] [--slice dev|held] [--events]
       [--min-confidence X]   (the event coder's threshold for this run, e.g. 0 to see every confidence band)
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
from datetime import date
from pathlib import Path

from veille.ingest import Failure, read_paths
from veille.nlp import analyze, build_nlp

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KINDS = ("direct", "indirect", "mixed")
TOTALS = ("quote_tp", "quote_pred", "quote_gold", "event_req_tp", "event_match", "event_pred",
          "event_required", "entity_found", "entity_gold", "entity_norm_ok", "entity_norm_need")


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("gold_score", shared / "tools" / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def load_golds(gold_dir: Path, lang: str, only: str) -> list[dict]:
    golds = []
    for path in sorted(list(gold_dir.glob("*.json")) + list(gold_dir.glob("*/*.json"))):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if lang and gold.get("language") != lang:
            continue
        if only and not gold["doc"].startswith(only) and not path.name.startswith(only):
            continue
        gold["_path"] = str((gold_dir.parent / gold["source"]).resolve())
        golds.append(gold)
    return golds


def mark_slices(golds: list[dict]) -> None:
    """The last third of each language's files (by name) is the held slice."""
    by_lang: dict[str, list[dict]] = {}
    for gold in golds:
        by_lang.setdefault(gold.get("language", ""), []).append(gold)
    for group in by_lang.values():
        group.sort(key=lambda g: g["doc"])
        cut = len(group) - len(group) // 3
        for i, gold in enumerate(group):
            gold["_slice"] = "dev" if i < cut else "held"


def predict(golds: list[dict]) -> dict[str, dict]:
    by_date: dict[str, list[dict]] = {}
    for gold in golds:
        by_date.setdefault(gold.get("published") or "", []).append(gold)
    preds = {}
    for day, group in by_date.items():
        published = date.fromisoformat(day) if day else None
        articles = [a for a in read_paths([g["_path"] for g in group], published) if not isinstance(a, Failure)]
        for result in analyze(articles, lang="auto"):
            record = json.loads(json.dumps(result.to_record(False), ensure_ascii=False, default=str))
            preds[str(Path(str(record.get("source", ""))).resolve())] = record
    return preds


def f1(tp: int, npred: int, ngold: int, match: int | None = None) -> tuple[float, float, float]:
    p = (tp if match is None else match) / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def summary(name: str, results: list[dict]) -> str:
    tot = {k: sum(r[k] for r in results) for k in TOTALS}
    qf, qp, qr = f1(tot["quote_tp"], tot["quote_pred"], tot["quote_gold"])
    ef, ep, er = f1(tot["event_req_tp"], tot["event_pred"], tot["event_required"], tot["event_match"])
    entr = tot["entity_found"] / tot["entity_gold"] if tot["entity_gold"] else 1.0
    entn = tot["entity_norm_ok"] / tot["entity_norm_need"] if tot["entity_norm_need"] else 1.0
    kinds = []
    for kind in KINDS:
        found = sum(r["kinds"][kind][0] for r in results)
        total = sum(r["kinds"][kind][1] for r in results)
        if total:
            kinds.append("%s %d/%d" % (kind, found, total))
    return ("%-10s [%2d docs] quote F1 %.2f (P %.2f R %.2f) event F1 %.2f (P %.2f R %.2f) entity recall %.2f "
            "normalized %.2f | quote recall by kind: %s" % (
                name, len(results), qf, qp, qr, ef, ep, er, entr, entn, ", ".join(kinds)))


def score_one(score, gold: dict, pred: dict) -> dict:
    result = score(gold, pred)
    result["kinds"] = {}
    for kind in KINDS:
        part = copy.deepcopy(gold)
        part["quotes"] = [q for q in gold.get("quotes", []) if q.get("kind", "direct") == kind]
        result["kinds"][kind] = (score(part, pred)["quote_tp"], len(part["quotes"]))
    return result


BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def _matched(score, golds: list[dict], preds: dict[str, dict], keep) -> tuple[int, int]:
    """(matched, predicted) for the events ``keep`` selects, scored alone against each article's gold."""
    match = total = 0
    for gold in golds:
        pred = dict(preds.get(gold["_path"], {}))
        pred["events"] = [e for e in pred.get("events", []) if keep(e)]
        if pred["events"]:
            result = score(gold, pred)
            match += result["event_match"]
            total += result["event_pred"]
    return match, total


def event_tables(score, name: str, golds: list[dict], preds: dict[str, dict]) -> list[str]:
    """Event precision by PLOVER type (false positives first) and by confidence band."""
    types = sorted({e.get("type") for g in golds for e in preds.get(g["_path"], {}).get("events", [])})
    rows = []
    for type_ in types:
        match, total = _matched(score, golds, preds, lambda e, t=type_: e.get("type") == t)
        rows.append((total - match, type_, match, total))
    lines = ["%s events by type (false positives, matched/predicted):" % name]
    lines += ["    %-10s FP %3d  %3d/%-3d P %.2f" % (t, fp, m, n, m / n if n else 0.0)
              for fp, t, m, n in sorted(rows, reverse=True)]
    lines.append("%s events by confidence band:" % name)
    for lo, hi in BANDS:
        match, total = _matched(score, golds, preds, lambda e, lo=lo, hi=hi: lo <= float(e.get("confidence", 0)) < hi)
        if total:
            lines.append("    [%.1f, %.1f)  %3d/%-3d P %.2f" % (lo, min(hi, 1.0), match, total, match / total))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "dev-gold")
    parser.add_argument("--lang", default="")
    parser.add_argument("--only", default="")
    parser.add_argument("--slice", choices=("dev", "held"), default=None, help="Verbose output for one slice only.")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--events", action="store_true", help="Event precision by type and confidence band.")
    parser.add_argument("--min-confidence", type=float, default=None, help="The event coder's threshold.")
    args = parser.parse_args()
    score = load_scorer(args.gold.parent)
    golds = load_golds(args.gold, args.lang, args.only)
    mark_slices(golds)
    if args.min_confidence is not None:
        for lang in sorted({g.get("language") for g in golds if g.get("language")}):
            nlp = build_nlp(lang)
            if nlp.has_pipe("veille_events"):
                nlp.get_pipe("veille_events").min_confidence = args.min_confidence
    preds = predict(golds)
    results: dict[str, list[dict]] = {"dev": [], "held": []}
    for gold in golds:
        result = score_one(score, gold, preds.get(gold["_path"], {}))
        results[gold["_slice"]].append(result)
        if args.verbose and (args.slice in (None, gold["_slice"])):
            print("%-28s quotes P %.2f R %.2f | events P %.2f R %.2f | entities R %.2f" % (
                gold["doc"], result["quote_precision"], result["quote_recall"], result["event_precision"],
                result["event_recall"], result["entity_recall"]))
            for line in result["quote_errors"][:8]:
                print("    q: " + line)
            for line in result["event_missed"][:8]:
                print("    e: " + line)
    for name in ("dev", "held"):
        if results[name]:
            print(summary(name + " slice", results[name]))
    print(summary("all" + (" " + args.lang if args.lang else ""), results["dev"] + results["held"]))
    if args.events:
        for name in ("dev", "held"):
            chosen = [g for g in golds if g["_slice"] == name and args.slice in (None, name)]
            if chosen:
                print("\n".join(event_tables(score, name, chosen, preds)))


if __name__ == "__main__":
    main()
