"""Mention-level NER scores of veille's entities and of bare spaCy on gold corpora.

Corpora:
- BRAT folders (``.txt`` + ``.ann``), e.g. French Wikinews WiNER: gold types
  Person/Location/Organization;
- GUM ``.conllu`` files (``Entity=`` column): named mentions only, i.e. the
  minimal span of a person/place/organization mention made of capitalised words with
  a proper noun among them.

Both systems come from the same spaCy run: bare spaCy is ``doc.ents``; veille is
the named mentions of ``doc._.entities`` (KB names, acronyms, capitals, surnames and
NER names; demonyms, titles and generic actors are not names and are left out).
Spans are compared exactly after dropping a leading elided article ("l'Irak" =
"Irak") or an English "the", since corpora disagree on including it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .scoring import prf

CLASSES = ("PER", "LOC", "ORG")
_BRAT_TYPES = {"Person": "PER", "Location": "LOC", "Organization": "ORG"}
_GUM_TYPES = {"person": "PER", "place": "LOC", "organization": "ORG"}
_VEILLE_TYPES = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
# Generic actors ("armée syrienne", "migrants") are descriptions, not names: WiNER marks only some
# national ones, and counting them lowers ORG F1 (0.717 against 0.732 without).
_NAMED_KINDS = {"name", "acronym", "capital", "surname", "ner", "repeat"}
# A leading article is dropped before comparing: the French elided one ("l'Irak" = "Irak") and the
# English "the" ("the White House" = "White House"); GUM's minimal spans leave "the" out, spaCy and
# KB names keep it, and which is right is a convention, not a boundary error.
_ELISION = re.compile(r"^(?:[lLdD]['’]|[Tt]he )")


@dataclass
class GoldDoc:
    name: str
    text: str
    spans: set[tuple[int, int, str]]
    published: dt.date | None = None


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set, pred: set) -> None:
        for _, _, c in gold & pred:
            self.tp[c] += 1
        for _, _, c in pred - gold:
            self.fp[c] += 1
        for _, _, c in gold - pred:
            self.fn[c] += 1

    def prf(self, cls: str | None = None) -> tuple[float, float, float]:
        pick = (lambda c: c[cls]) if cls else (lambda c: sum(c.values()))
        return prf(pick(self.tp), pick(self.fp), pick(self.fn))


def normalise(text: str, start: int, end: int, cls: str) -> tuple[int, int, str]:
    m = _ELISION.match(text[start:end])
    if m and end - start > m.end():
        start += m.end()
    return start, end, cls


# -- corpora -------------------------------------------------------------------------


def load_brat(folder: Path) -> list[GoldDoc]:
    docs = []
    for txt in sorted(folder.rglob("*.txt")):
        ann = txt.with_suffix(".ann")
        if not ann.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        spans = set()
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or not parts[0].startswith("T"):
                continue
            label, *offsets = parts[1].split()
            cls = _BRAT_TYPES.get(label)
            if cls is None or ";" in " ".join(offsets):
                continue  # other types, and discontinuous spans
            spans.add(normalise(text, int(offsets[0]), int(offsets[1]), cls))
        docs.append(GoldDoc(txt.stem, text, spans, _date_from_name(txt.stem)))
    return docs


def _date_from_name(stem: str) -> dt.date | None:
    m = re.match(r"(\d{4})_(\d{2})_(\d{2})", stem)
    return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None


def load_conllu(folder: Path) -> list[GoldDoc]:
    return [_read_conllu(path) for path in sorted(folder.rglob("*.conllu"))]


def _read_conllu(path: Path) -> GoldDoc:
    """Text rebuilt from the sentences (paragraphs as blank lines) and its named mentions."""
    parts: list[str] = []
    length = 0
    spans = set()
    published = None
    sentence: list[list[str]] = []
    open_: dict[str, list] = {}

    def flush() -> None:
        nonlocal length
        if not sentence:
            return
        if parts:
            parts.append(" ")
            length += 1
        offsets = []
        for cols in sentence:
            offsets.append((length, length + len(cols[1])))
            parts.append(cols[1])
            length += len(cols[1])
            if "SpaceAfter=No" not in cols[9] and cols is not sentence[-1]:
                parts.append(" ")
                length += 1
        _sentence_mentions(sentence, offsets, open_, spans)
        sentence.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::dateCreated"):
            try:
                published = dt.date.fromisoformat(line.split("=", 1)[1].strip())
            except ValueError:
                pass
        elif line.startswith("# newpar") and not line.startswith("# newpar_"):
            flush()
            if parts:
                parts.append("\n\n")
                length += 2
        elif line.startswith("#"):
            continue
        elif not line.strip():
            flush()
        else:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sentence.append(cols)
    flush()
    text = "".join(parts)
    return GoldDoc(path.stem, text, {normalise(text, s, e, c) for s, e, c in spans}, published)


def _entity_events(field_: str):
    """Openings ``("open", id, etype, minspan)`` and closings ``("close", id)`` of a GUM Entity field.

    ``(2-person-new-sssss-cf1-6,7-coref-Noam_Chomsky(3-place-…-United_States)`` opens 2 and
    opens-and-closes 3; ``2)1)`` closes 2 then 1.
    """
    i = 0
    while i < len(field_):
        ch = field_[i]
        if ch == "(":
            j = i + 1
            while j < len(field_) and field_[j] not in "()":
                j += 1
            item = field_[i + 1 : j].split("-")
            yield ("open", item[0], item[1] if len(item) > 1 else "", item[5] if len(item) > 5 else "")
            if j < len(field_) and field_[j] == ")":
                yield ("close", item[0])
                j += 1
            i = j
        elif ch.isdigit():
            j = i
            while j < len(field_) and field_[j].isdigit():
                j += 1
            if j < len(field_) and field_[j] == ")":
                yield ("close", field_[i:j])
            i = j + 1
        else:
            i += 1


def _sentence_mentions(sentence, offsets, open_, spans) -> None:
    for i, cols in enumerate(sentence):
        field_ = next((f[7:] for f in cols[9].split("|") if f.startswith("Entity=")), "")
        for event in _entity_events(field_):
            if event[0] == "open":
                open_.setdefault(event[1], []).append((i, event[2], event[3]))
                continue
            stack = open_.get(event[1])
            if not stack:
                continue
            start, etype, minspan = stack.pop()
            cls = _GUM_TYPES.get(etype)
            if cls is None or not minspan:
                continue
            idx = [start + int(x) - 1 for x in minspan.split(",") if x.isdigit()]
            idx = [j for j in idx if 0 <= j < len(sentence)]
            # Named mentions only: a contiguous minimal span of capitalised words with a proper
            # noun among them (GUM tags "United" in "United States" as a verb).
            words = [sentence[j] for j in idx]
            if (idx and idx == list(range(idx[0], idx[-1] + 1)) and all(w[1][:1].isupper() for w in words)
                    and any(w[3] == "PROPN" for w in words)):
                spans.add((offsets[idx[0]][0], offsets[idx[-1]][1], cls))


# -- scoring ---------------------------------------------------------------------------


def spacy_spans(doc, labels: dict[str, str]) -> set[tuple[int, int, str]]:
    out = set()
    for ent in doc.ents:
        cls = _VEILLE_TYPES.get(labels.get(ent.label_, ""))
        if cls:
            out.add(normalise(doc.text, ent.start_char, ent.end_char, cls))
    return out


def veille_spans(doc) -> set[tuple[int, int, str]]:
    from ..entities.component import MENTION_KINDS

    kinds = doc.user_data.get(MENTION_KINDS, {})
    out = set()
    for entity in doc._.entities or []:
        cls = _VEILLE_TYPES.get(entity.type)
        if not cls:
            continue
        for m in entity.mentions:
            # The entities stage records the kind of every mention it makes; one it did not record
            # was added by a later stage (a quote's speaker, "le porte-parole") and is no name.
            if kinds.get((m.start, m.end), "added") in _NAMED_KINDS:
                out.add(normalise(doc.text, m.start, m.end, cls))
    return out


def evaluate(docs: list[GoldDoc], lang: str, limit: int | None = None) -> dict[str, Scores]:
    from ..nlp import build_nlp
    from ..nlp.registry import language_data

    nlp = build_nlp(lang)
    labels = getattr(language_data(lang), "NER_LABELS", {})
    scores = {"veille": Scores(), "spacy": Scores()}
    docs = docs[:limit] if limit else docs
    made = []
    for gd in docs:
        doc = nlp.make_doc(gd.text)
        doc._.published = gd.published.isoformat() if gd.published else None
        made.append(doc)
    for gd, doc in zip(docs, nlp.pipe(made, batch_size=16)):
        scores["spacy"].add(gd.spans, spacy_spans(doc, labels))
        scores["veille"].add(gd.spans, veille_spans(doc))
    return scores


def report(scores: dict[str, Scores], n_docs: int, title: str) -> str:
    lines = [f"{title}: {n_docs} documents, {sum(scores['veille'].tp.values()) + sum(scores['veille'].fn.values())} gold mentions"]
    lines.append(f"{'type':8s} {'system':8s} {'P':>6s} {'R':>6s} {'F1':>6s}   {'gold':>5s}")
    for cls in CLASSES + (None,):
        for system in ("spacy", "veille"):
            s = scores[system]
            p, r, f = s.prf(cls)
            gold = (s.tp[cls] + s.fn[cls]) if cls else sum(s.tp.values()) + sum(s.fn.values())
            lines.append(f"{cls or 'overall':8s} {system:8s} {p:6.3f} {r:6.3f} {f:6.3f}   {gold:5d}")
    return "\n".join(lines)


def load_dataset(name: str, shared: Path | None) -> tuple[list[GoldDoc], str, str]:
    """``winer-fr``, ``gum-en`` or a folder of BRAT or conllu files: (docs, language, title)."""
    known = {
        "winer-fr": ("eval-corpus/wikinews-fr-winer", "fr"),
        "gum-en": ("eval-corpus/gum-wikinews-en/conllu", "en"),
    }
    if name in known:
        if shared is None:
            raise FileNotFoundError("../shared/ is not present; give a folder instead")
        folder, lang = shared / known[name][0], known[name][1]
    else:
        folder, lang = Path(name), ""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not a folder")
    docs = load_conllu(folder) if any(folder.rglob("*.conllu")) else load_brat(folder)
    if not docs:
        raise FileNotFoundError(f"{folder}: no BRAT (.txt + .ann) or .conllu documents")
    if not lang:
        from ..nlp import langid

        lang = langid.detect(" ".join(d.text[:500] for d in docs[:5])) or "en"
    return docs, lang, f"{name} ({lang})"
