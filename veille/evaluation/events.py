"""Scoring PLOVER events against gold: bare type accuracy and (type, source, target) triple P/R/F1.

Two gold formats are read:

- PLOVER's gold-standard records (``PLOVER_GSR_CAMEO.jsonl``): one English sentence per record, one
  coded event, actors written as ``{"actorText", "code", "sector"}``. Old labels are renamed to
  PLOVER 2.0 (DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT).
- veille's own gold folders (``gold/events-fr/``): ``texts/<id>.txt`` plus ``events.jsonl``, one
  event per line: ``{"doc", "type", "mode", "source": [actor text…], "target": [...], "trigger",
  "trigger_start"}``; a document's line with ``"type": null`` only declares it (no events).

**Actor matching.** A gold actor is a piece of text. It is located in the document (every
case-insensitive occurrence; PLOVER's elided actors such as "Sierra Leonean ... refugees" by their
parts). A predicted entity *is* that gold actor when one of its mentions overlaps one of those
occurrences. Entities that match no gold actor keep their own id and so count as wrong actors.

**Triples.** Each event gives (type, source, target) for every source × target (a missing side is
None). For symmetric types (CONSULT, AGREE, COOPERATE), order carries no meaning, so the triple is
(type, {participants}) over every pair of participants — the same rule for gold (PLOVER's
``SRC/TAR`` compound actors) and predictions. Triples are compared as sets per document. Negated
events are not counted as happenings.

PLOVER's records code one event per sentence although sentences often report several ("agreed …
to cooperate"), so by default veille's most confident event per sentence is the one scored there
(``--all-events`` scores every event, and every extra one counts as a false positive).

**Type accuracy.** PLOVER: for each record, the type of veille's most confident event in the
sentence equals the gold type (no event = wrong). Folders: for each gold event, veille has an event
of the same type whose trigger overlaps the gold trigger.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..events import ontology
from ..model import Analysis, Article
from ..nlp.pipeline import analyze
from .scoring import PRF

PLOVER_GSR = Path("data") / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.jsonl"


@dataclass
class GoldEvent:
    type: str
    source: list[str]
    target: list[str]
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass
class GoldDoc:
    id: str
    text: str
    lang: str
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)


@dataclass
class Scores(PRF):
    docs: int = 0
    gold_events: int = 0
    type_hits: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def type_accuracy(self) -> float:
        return self.type_hits / self.gold_events if self.gold_events else 0.0

    def as_dict(self) -> dict:
        return {
            "docs": self.docs, "gold_events": self.gold_events,
            "type_accuracy": round(self.type_accuracy, 3),
            "triples": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                        "recall": round(self.recall, 3), "f1": round(self.f1, 3)},
        }


# --- reading gold ---------------------------------------------------------------------------


def _actors(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a["actorText"].strip() for a in value if isinstance(a, dict) and a.get("actorText", "").strip()]


def read_plover(path: Path) -> list[GoldDoc]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if "event" not in rec or "text" not in rec:
            continue
        event = GoldEvent(ontology.current_name(rec["event"]), _actors(rec.get("source")),
                          _actors(rec.get("target")))
        docs.append(GoldDoc(rec["id"], rec["text"], rec.get("language", "en"), None, [event]))
    return docs


def read_folder(path: Path) -> list[GoldDoc]:
    meta_path = path / "documents.jsonl"
    docs: dict[str, GoldDoc] = {}
    for line in meta_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            text = (path / "texts" / f"{m['id']}.txt").read_text(encoding="utf-8")
            docs[m["id"]] = GoldDoc(m["id"], text, m["lang"], m.get("published"))
    for line in (path / "events.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        e = json.loads(line)
        doc = docs[e["doc"]]
        start = e.get("trigger_start")
        end = start + len(e["trigger"]) if start is not None else None
        if start is not None and doc.text[start:end] != e["trigger"]:
            raise ValueError(f"{e['doc']}: trigger {e['trigger']!r} is not at {start}")
        doc.events.append(GoldEvent(e["type"], e.get("source", []), e.get("target", []), start, end))
    return list(docs.values())


def load_dataset(name: str, shared: Path | None = None) -> list[GoldDoc]:
    """``plover`` (PLOVER's gold records under ../shared), a GSR ``.jsonl`` file, or a gold folder."""
    if name == "plover":
        bases = [shared] if shared else [Path("..") / "shared", Path(__file__).resolve().parents[2].parent / "shared"]
        for base in bases:
            if (base / PLOVER_GSR).exists():
                return read_plover(base / PLOVER_GSR)
        raise FileNotFoundError(f"PLOVER gold records not found ({PLOVER_GSR} under {' or '.join(map(str, bases))})")
    path = Path(name)
    if path.is_file():
        return read_plover(path)
    if path.is_dir() and (path / "events.jsonl").exists():
        return read_folder(path)
    raise FileNotFoundError(f"{name}: not a PLOVER .jsonl file nor a folder with events.jsonl")


# --- matching -------------------------------------------------------------------------------


def _occurrences(text: str, actor: str) -> list[tuple[int, int]]:
    low = text.lower()
    parts = [actor] + [p.strip() for p in re.split(r"\.\.+|…", actor) if p.strip()]
    for part in parts:
        needle = re.sub(r"\s+", " ", part.lower())
        # Whole words only: "UE" must not be found inside "Turquie", nor "PT" inside "septembre".
        spans = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", low)]
        if spans:
            return spans
    return []


def _label(entity_mentions, gold_spans: dict[str, list[tuple[int, int]]], fallback: str) -> str:
    for actor, spans in gold_spans.items():
        for m in entity_mentions:
            if any(m.start < e and s < m.end for s, e in spans):
                return actor
    return fallback


def _triples(type_: str, source: Iterable, target: Iterable) -> set[tuple]:
    source, target = list(dict.fromkeys(source)), list(dict.fromkeys(target))
    if ontology.is_symmetric(type_):
        people = list(dict.fromkeys(source + target))
        if len(people) < 2:
            return {(type_, frozenset(people))}
        return {(type_, frozenset(pair)) for pair in combinations(people, 2)}
    return {(type_, s, t) for s in (source or [None]) for t in (target or [None])}


def score_doc(gold: GoldDoc, analysis: Analysis, scores: Scores, one_event: bool, all_events: bool = False) -> None:
    gold_spans = {}
    for event in gold.events:
        for actor in event.source + event.target:
            gold_spans.setdefault(actor, _occurrences(gold.text, actor))
    mentions = {e.id: e.mentions for e in analysis.entities}
    label = {eid: _label(ms, gold_spans, eid) for eid, ms in mentions.items()}
    predicted = [e for e in analysis.events if not e.negated]
    best = max(predicted, key=lambda e: e.confidence, default=None)
    if one_event and not all_events:
        predicted = [best] if best else []
    gold_set: set[tuple] = set()
    for event in gold.events:
        gold_set |= _triples(event.type, event.source, event.target)
    pred_set: set[tuple] = set()
    for event in predicted:
        pred_set |= _triples(event.type, [label.get(s, s) for s in event.source],
                             [label.get(t, t) for t in event.target])
    scores.docs += 1
    scores.gold_events += len(gold.events)
    scores.tp += len(gold_set & pred_set)
    scores.fp += len(pred_set - gold_set)
    scores.fn += len(gold_set - pred_set)
    if one_event:
        scores.type_hits += sum(best is not None and best.type == g.type for g in gold.events)
        return
    for g in gold.events:
        scores.type_hits += any(
            e.type == g.type and any(m.start < (g.trigger_end or 0) and (g.trigger_start or 0) < m.end
                                     for m in e.mentions)
            for e in predicted
        )


def evaluate(docs: list[GoldDoc], one_event: bool | None = None, all_events: bool = False) -> Scores:
    """Run veille over the gold documents and score it.

    ``one_event``: the gold codes one event per text (PLOVER's records); veille's most confident event
    is then the one compared, unless ``all_events`` asks for every event it found to be counted.
    """
    if one_event is None:
        one_event = all(len(d.events) == 1 and d.events[0].trigger_start is None for d in docs)
    articles = [
        Article.from_text(d.text, language=d.lang, published=d.published[:10] if d.published else None)
        for d in docs
    ]
    scores = Scores()
    for gold, analysis in zip(docs, analyze(articles)):
        score_doc(gold, analysis, scores, one_event, all_events)
    return scores


# --- errors by rule -------------------------------------------------------------------------


@dataclass
class RuleErrors:
    """False positives counted under each rule that fired for them (``(trigger only)`` when none
    did), misses under what stopped them: the veto rule of the candidate at the gold trigger, the
    rules of a candidate that came out wrong, or ``no trigger``."""

    false_positives: dict[str, int] = field(default_factory=dict)
    misses: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, table: dict[str, int], key: str, example: str) -> None:
        table[key] = table.get(key, 0) + 1
        found = self.examples.setdefault(key, [])
        if len(found) < 3:
            found.append(example)

    def as_dict(self) -> dict:
        order = lambda t: dict(sorted(t.items(), key=lambda kv: (-kv[1], kv[0])))  # noqa: E731
        return {"false_positives": order(self.false_positives), "misses": order(self.misses),
                "examples": self.examples}


def rule_errors(docs: list[GoldDoc], one_event: bool | None = None) -> RuleErrors:
    """Run veille over the gold documents and file each false positive and miss under a rule."""
    from ..nlp.pipeline import build_nlp

    if one_event is None:
        one_event = all(len(d.events) == 1 and d.events[0].trigger_start is None for d in docs)
    articles = [Article.from_text(d.text, language=d.lang, published=d.published[:10] if d.published else None)
                for d in docs]
    out = RuleErrors()
    for gold, analysis in zip(docs, analyze(articles)):
        nlp = build_nlp(analysis.article.language or gold.lang)
        coder = nlp.get_pipe("veille_events") if nlp.has_pipe("veille_events") else None
        candidates = coder.trace(nlp(gold.text)) if coder is not None else []
        _file_errors(gold, analysis, candidates, one_event, out)
    return out


def _file_errors(gold: GoldDoc, analysis: Analysis, candidates: list, one_event: bool, out: RuleErrors) -> None:
    gold_spans = {a: _occurrences(gold.text, a) for e in gold.events for a in e.source + e.target}
    label = {e.id: _label(e.mentions, gold_spans, e.id) for e in analysis.entities}
    predicted = [e for e in analysis.events if not e.negated]
    if one_event:
        predicted = sorted(predicted, key=lambda e: -e.confidence)[:1]
    gold_set = set().union(*(_triples(g.type, g.source, g.target) for g in gold.events)) if gold.events else set()
    found: set[tuple] = set()
    for event in predicted:
        triples = _triples(event.type, [label.get(s, s) for s in event.source], [label.get(t, t) for t in event.target])
        found |= triples
        if not triples & gold_set:
            for name in event.rules or ["(trigger only)"]:
                out.add(out.false_positives, name, f"{gold.id}: {event.type} [{event.trigger.text}]")
    for g in gold.events:
        if _triples(g.type, g.source, g.target) & found:
            continue
        out.add(out.misses, _miss_reason(g, candidates), f"{gold.id}: {g.type} {g.source}->{g.target}")


def _miss_reason(g: GoldEvent, candidates: list) -> str:
    if g.trigger_start is not None:
        at = [c for c in candidates if c.token.idx < (g.trigger_end or 0) and g.trigger_start < c.token.idx + len(c.token)]
    else:
        at = [c for c in candidates if c.trigger.type == g.type]
    if not at:
        return "no trigger"
    kept = [c for c in at if not c.dropped]
    if not kept:
        return "vetoed: " + at[0].rules[-1]
    return "wrong: " + (",".join(kept[0].rules) or "(trigger only)")
