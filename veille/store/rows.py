"""The tables veille writes, and an analysis flattened into their rows.

One definition serves the SQLite store, ``veille export`` and the Spark job, so a
local run and a cluster run produce the same columns and the same ids.
"""

from __future__ import annotations

import json
from typing import Any

from ..kb.names import is_described
from ..model import Analysis

# table → [(column, type)]; types are "text", "int", "real", "bool", "date".
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "text"),
        ("source", "text"),
        ("url", "text"),
        ("title", "text"),
        ("published", "date"),
        ("language", "text"),
        ("language_confidence", "real"),
        ("text_length", "int"),
        ("text", "text"),
    ],
    "entities": [
        ("id", "text"),
        ("name", "text"),
        ("type", "text"),
        ("kb_id", "text"),
        ("country", "text"),
        ("sector", "text"),
        ("lat", "real"),
        ("lon", "real"),
        ("generic", "bool"),
    ],
    "article_entities": [
        ("article_id", "text"),
        ("entity_id", "text"),
        ("role", "text"),
    ],
    "mentions": [
        ("article_id", "text"),
        ("entity_id", "text"),
        ("text", "text"),
        ("start", "int"),
        ("end", "int"),
    ],
    "quotes": [
        ("id", "text"),
        ("article_id", "text"),
        ("text", "text"),
        ("start", "int"),
        ("end", "int"),
        ("kind", "text"),
        ("speaker", "text"),
        ("speaker_text", "text"),
        ("speaker_start", "int"),
        ("speaker_end", "int"),
        ("cue", "text"),
    ],
    "events": [
        ("id", "text"),
        ("article_id", "text"),
        ("type", "text"),
        ("mode", "text"),
        ("quad", "text"),
        ("trigger_text", "text"),
        ("trigger_start", "int"),
        ("trigger_end", "int"),
        ("mentions", "text"),  # JSON list of {"text","start","end"}
        ("negated", "bool"),
        ("date", "date"),
        ("date_precision", "text"),  # "day", "month" or "year"
        ("location", "text"),
        ("sentence_start", "int"),
        ("sentence_end", "int"),
        ("confidence", "real"),
    ],
    "event_actors": [
        ("event_id", "text"),
        ("article_id", "text"),
        ("entity_id", "text"),
        ("role", "text"),  # "source" or "target"
    ],
}


def analysis_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Every row one analysed article contributes, table by table; ids are deterministic."""
    a = analysis.article
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    rows["articles"].append(
        {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "language": a.language,
            "language_confidence": a.language_confidence,
            "text_length": len(a.text),
            "text": a.text,
        }
    )
    for e in analysis.entities:
        rows["entities"].append(
            {"id": e.id, "name": e.name, "type": e.type, "kb_id": e.kb_id, "country": e.country,
             "sector": e.sector, "lat": e.lat, "lon": e.lon, "generic": is_described(e)}
        )
        rows["article_entities"].append({"article_id": a.id, "entity_id": e.id, "role": e.role})
        for m in e.mentions:
            rows["mentions"].append(
                {"article_id": a.id, "entity_id": e.id, "text": m.text, "start": m.start, "end": m.end}
            )
    for i, q in enumerate(analysis.quotes):
        row = q.model_dump()
        rows["quotes"].append({"id": f"{a.id}:q{i}", "article_id": a.id, **row})
    for i, ev in enumerate(analysis.events):
        event_id = ev.id or f"{a.id}:e{i}"
        rows["events"].append(
            {
                "id": event_id,
                "article_id": a.id,
                "type": ev.type,
                "mode": ev.mode,
                "quad": ev.quad,
                "trigger_text": ev.trigger.text,
                "trigger_start": ev.trigger.start,
                "trigger_end": ev.trigger.end,
                "mentions": json.dumps([m.model_dump() for m in ev.mentions], ensure_ascii=False),
                "negated": ev.negated,
                "date": ev.date.isoformat() if ev.date else None,
                "date_precision": ev.date_precision,
                "location": ev.location,
                "sentence_start": ev.sentence.start,
                "sentence_end": ev.sentence.end,
                "confidence": ev.confidence,
            }
        )
        for role, ids in (("source", ev.source), ("target", ev.target)):
            for entity_id in ids:
                rows["event_actors"].append(
                    {"event_id": event_id, "article_id": a.id, "entity_id": entity_id, "role": role}
                )
    return rows
