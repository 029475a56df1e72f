"""Quote evaluation, computed as SFU's Gender Gap Tracker evaluation does.

Matching (SFU ``evaluate_quotes.py``): for each gold quote in turn, the still unmatched
predicted quote with the highest overlap score wins when that score is above the
threshold; the score is |gold ∩ predicted| / |gold| over character positions (asymmetric:
the gold span is the reference). Matched predictions leave the pool. Unmatched gold
quotes are false negatives, predictions left over are false positives; precision,
recall and F1 are micro-averaged over all articles. Speaker accuracy is over matched
quotes.

Speaker correctness. SFU compares speaker *spans* (any character overlap), which credits
a bare pronoun whatever it was resolved to. veille resolves speakers to entities, and
gold sets give the resolved name (GGT's ``reference``), so the headline figure is the
*resolved* accuracy: a match is right when the gold names nobody and veille gives no
speaker, or when the predicted entity's name or one of its mentions names the reference — equal after case and accent folding, or one's words contained
in the other's ("Nunes" / "Amanda Nunes"). The span-overlap figure SFU reports is
printed beside it.

Gold sets:
- ``ggt``: ``gold_quotes_dev.jsonl`` (one article per line, spans realigned to ``text``);
- ``polnear``: BRAT folders ``text/`` and ``attributions/`` (Content and Source spans;
  when an article has several annotation files the first is used);
- a folder of veille gold files (``*.json``: ``text``, ``language``, ``quotes`` with
  ``start``/``end``, ``speaker_start``/``speaker_end``, ``speaker_text``, ``reference``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..entities.normalize import fold
from ..model import Analysis, Article, Entity, Quote
from .scoring import PRF

THRESHOLDS = (0.3, 0.8)
_WORDS = re.compile(r"\w+")
# Words that say nothing about who a speaker is; ignored when comparing names.
_FILLER = {"the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "mr", "mrs", "ms", "dr"}


class GoldError(ValueError):
    """A gold set that cannot be read."""


@dataclass
class GoldQuote:
    ranges: list[tuple[int, int]]  # content; several ranges for a discontinuous span
    speaker: list[tuple[int, int]] = field(default_factory=list)
    speaker_text: str = ""
    reference: str = ""


@dataclass
class GoldDoc:
    id: str
    text: str
    language: str
    quotes: list[GoldQuote]
    published: str | None = None  # ISO date, when the gold set gives one


@dataclass
class Scores(PRF):
    threshold: float
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    speaker_span_ok: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.tp if self.tp else 0.0

    @property
    def speaker_span_accuracy(self) -> float:
        return self.speaker_span_ok / self.tp if self.tp else 0.0


# -- reading gold sets ---------------------------------------------------------------------


def load_ggt(path: Path) -> list[GoldDoc]:
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            quotes = []
            for q in row.get("quotations") or []:
                span = q.get("quote_span_aligned")
                # A gold quote whose span was lost scores 0 against everything: a miss, as in SFU's script.
                span = span if span and span[1] > span[0] else (0, 0)
                speaker = q.get("speaker_span_aligned")
                quotes.append(
                    GoldQuote(
                        ranges=[tuple(span)],
                        speaker=[tuple(speaker)] if speaker else [],
                        speaker_text=q.get("speaker") or "",
                        reference=q.get("reference") or "",
                    )
                )
            docs.append(GoldDoc(row["_id"], row["text"], "en", quotes))
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}:{n}: not a GGT gold line ({exc})") from None
    return docs


def _brat_ranges(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        s, e = part.split()
        out.append((int(s), int(e)))
    return out


def load_polnear(folder: Path) -> list[GoldDoc]:
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise GoldError(f"{folder} has no text/ and attributions/ folders (PolNeAR layout)")
    anns = sorted(ann_dir.glob("*.ann"))
    docs = []
    for path in sorted(text_dir.glob("*.txt")):
        stem = path.stem
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == stem]
        if not mine:
            continue
        text = path.read_text(encoding="utf-8")
        spans: dict[str, list[tuple[int, int]]] = {}
        kinds: dict[str, str] = {}
        relations = []
        for line in mine[0].read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("T") and len(cols) >= 2:
                label, _, where = cols[1].partition(" ")
                kinds[cols[0]] = label
                spans[cols[0]] = _brat_ranges(where)
            elif line.startswith("E") and len(cols) >= 2:
                relations.append(dict(arg.split(":", 1) for arg in cols[1].split()[1:] if ":" in arg))
        quotes = []
        for rel in relations:
            content = rel.get("Content")
            if content not in spans:
                continue
            source = rel.get("Source")
            src = spans.get(source, [])
            quotes.append(
                GoldQuote(
                    ranges=spans[content],
                    speaker=src,
                    speaker_text=" ".join(text[s:e] for s, e in src),
                    reference="",
                )
            )
        docs.append(GoldDoc(stem, text, "en", quotes))
    return docs


def load_folder(folder: Path) -> list[GoldDoc]:
    docs = []
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(f"{folder} holds no gold .json files")
    for path in files:
        try:
            row = json.loads(path.read_text(encoding="utf-8"))
            text = row["text"]
            quotes = [
                GoldQuote(
                    ranges=[(q["start"], q["end"])],
                    speaker=[(q["speaker_start"], q["speaker_end"])] if q.get("speaker_start") is not None else [],
                    speaker_text=q.get("speaker_text") or "",
                    reference=q.get("reference") or "",
                )
                for q in row["quotes"]
            ]
            docs.append(GoldDoc(row.get("id", path.stem), text, row.get("language", "fr"), quotes, row.get("published")))
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}: not a veille gold file ({exc})") from None
    return docs


# -- scoring -------------------------------------------------------------------------------


def _positions(ranges: Iterable[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in ranges:
        out.update(range(s, e))
    return out


def overlap_score(gold: set[int], pred: set[int]) -> float:
    """|gold ∩ pred| / |gold|, SFU's asymmetric overlap (gold is the reference)."""
    if not gold or not pred:
        return 0.0
    return len(gold & pred) / len(gold)


def _name_words(name: str) -> set[str]:
    return {w for w in _WORDS.findall(fold(name)) if w not in _FILLER}


def names_match(reference: str, candidates: Iterable[str]) -> bool:
    ref = _name_words(reference)
    if not ref:
        return False
    for cand in candidates:
        words = _name_words(cand)
        if words and (words <= ref or ref <= words):
            return True
    return False


def speaker_correct(gold: GoldQuote, pred: Quote, entities: dict[str, Entity]) -> bool:
    """Resolved-speaker correctness (see module docstring)."""
    if not gold.reference.strip() and not gold.speaker_text.strip():
        return pred.speaker is None
    entity = entities.get(pred.speaker) if pred.speaker else None
    candidates = []
    if entity is not None:
        candidates.append(entity.name)
        candidates.extend(m.text for m in entity.mentions)
    if not candidates:
        return False
    reference = gold.reference or gold.speaker_text
    if names_match(reference, candidates):
        return True
    # Gold without a resolved name (PolNeAR): the mention itself must overlap.
    return not gold.reference and speaker_span_overlaps(gold, pred)


def speaker_span_overlaps(gold: GoldQuote, pred: Quote) -> bool:
    """SFU's own criterion: the predicted speaker span shares a character with the gold one."""
    if pred.speaker_start is None or pred.speaker_end is None:
        return not gold.speaker and not gold.speaker_text.strip() and pred.speaker is None
    pred_set = set(range(pred.speaker_start, pred.speaker_end))
    return bool(pred_set & _positions(gold.speaker))


def score_doc(gold: GoldDoc, analysis: Analysis, scores: Scores) -> dict:
    """Adds one article's counts to ``scores``; returns its misses and false alarms."""
    entities = {e.id: e for e in analysis.entities}
    remaining = list(analysis.quotes)
    pred_sets = {id(q): set(range(q.start, q.end)) for q in remaining}
    missed = []
    for g in gold.quotes:
        g_set = _positions(g.ranges)
        best, best_score = None, 0.0
        for q in remaining:
            s = overlap_score(g_set, pred_sets[id(q)])
            if s > scores.threshold and s > best_score:
                best, best_score = q, s
        if best is None:
            scores.fn += 1
            missed.append(g)
            continue
        remaining = [q for q in remaining if q is not best]
        scores.tp += 1
        scores.speaker_ok += speaker_correct(g, best, entities)
        scores.speaker_span_ok += speaker_span_overlaps(g, best)
    scores.fp += len(remaining)
    return {"missed": missed, "false": remaining}


def evaluate(docs: list[GoldDoc], analyses: list[Analysis]) -> list[Scores]:
    results = []
    for threshold in THRESHOLDS:
        scores = Scores(threshold)
        for gold, analysis in zip(docs, analyses):
            score_doc(gold, analysis, scores)
        results.append(scores)
    return results


def analyse_gold(docs: list[GoldDoc]) -> list[Analysis]:
    """veille's analyses of the gold articles (each in its gold language)."""
    from ..nlp import analyze

    articles = [
        Article.from_text(d.text, language=d.language, source=d.id, published=d.published) for d in docs
    ]
    return list(analyze(articles))


def report(name: str, docs: list[GoldDoc], analyses: list[Analysis], results: list[Scores]) -> str:
    n_gold = sum(len(d.quotes) for d in docs)
    n_pred = sum(len(a.quotes) for a in analyses)
    lines = [f"{name}: {len(docs)} articles, {n_gold} gold quotes, {n_pred} predicted"]
    for s in results:
        lines.append(
            f"overlap {s.threshold}: precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"speaker accuracy {s.speaker_accuracy:.3f} (resolved name)  "
            f"{s.speaker_span_accuracy:.3f} (SFU span overlap)  [tp {s.tp} fp {s.fp} fn {s.fn}]"
        )
    return "\n".join(lines)
