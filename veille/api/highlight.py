"""An article's text cut into segments, each knowing which entity, quote and trigger covers it.

The article page renders each segment as escaped text inside the right marks, so
overlapping annotations (a name inside a quote, a trigger inside a quote) all show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    start: int
    entity: dict[str, Any] | None = None  # {id, name, type}
    quote: int | None = None  # index into the article's quotes
    speaker: bool = False  # part of a quote's speaker span
    triggers: list[int] = field(default_factory=list)  # indexes into the article's events

    @property
    def classes(self) -> str:
        names = []
        if self.quote is not None:
            names.append("q")
        if self.speaker:
            names.append("spk")
        if self.triggers:
            names.append("trig")
        if self.entity:
            names.append("ent ent-" + (self.entity.get("type") or "OTHER"))
        return " ".join(names)


def _valid(start: Any, end: Any, length: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def segments(record: dict[str, Any]) -> list[Segment]:
    """Segments covering ``record["text"]`` in order; spans out of range are ignored."""
    text = record.get("text") or ""
    n = len(text)
    # (start, end, layer, payload) for every annotation
    spans: list[tuple[int, int, str, Any]] = []
    for ent in record.get("entities") or []:
        info = {"id": ent.get("id"), "name": ent.get("name"), "type": ent.get("type")}
        for m in ent.get("mentions") or []:
            if _valid(m.get("start"), m.get("end"), n):
                spans.append((m["start"], m["end"], "entity", info))
    for i, q in enumerate(record.get("quotes") or []):
        if _valid(q.get("start"), q.get("end"), n):
            spans.append((q["start"], q["end"], "quote", i))
        if _valid(q.get("speaker_start"), q.get("speaker_end"), n):
            spans.append((q["speaker_start"], q["speaker_end"], "speaker", i))
    for i, ev in enumerate(record.get("events") or []):
        marks = [ev.get("trigger") or {}] + list(ev.get("mentions") or [])
        seen = set()
        for m in marks:
            key = (m.get("start"), m.get("end"))
            if key not in seen and _valid(*key, n):
                seen.add(key)
                spans.append((key[0], key[1], "trigger", i))
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[Segment] = []
    # Spans sorted by start let each piece find its covering spans with a short scan.
    spans.sort(key=lambda s: (s[0], -s[1]))
    active: list[tuple[int, int, str, Any]] = []
    k = 0
    for a, b in zip(cuts, cuts[1:]):
        while k < len(spans) and spans[k][0] <= a:
            active.append(spans[k])
            k += 1
        active = [s for s in active if s[1] > a]
        seg = Segment(text=text[a:b], start=a)
        for s, e, layer, payload in active:
            if not (s <= a and b <= e):
                continue
            if layer == "entity" and seg.entity is None:
                seg.entity = payload
            elif layer == "quote" and seg.quote is None:
                seg.quote = payload
            elif layer == "speaker":
                seg.speaker = True
            elif layer == "trigger" and payload not in seg.triggers:
                seg.triggers.append(payload)
        out.append(seg)
    return out
