"""Readable rich tables of an analysis."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from ..kb.roles import role_label
from ..model import Analysis
from .app import console


def print_table(analysis: Analysis) -> None:
    a = analysis.article
    console.rule(f"[bold]{a.title or a.source or a.id}[/] ({a.language}, {a.published or 'no date'})")
    names = {e.id: e.name for e in analysis.entities}
    if analysis.entities:
        with_roles = any(e.role for e in analysis.entities)
        columns = ("entity", "type", "country") + (("role",) if with_roles else ()) + ("mentions",)
        table = Table(*columns, title="Entities", title_justify="left")
        for e in sorted(analysis.entities, key=lambda e: -len(e.mentions)):
            role = (role_label(e.role) or "",) if with_roles else ()
            table.add_row(e.name, e.type, e.country or "", *role, str(len(e.mentions)))
        console.print(table)
    if analysis.quotes:
        table = Table("speaker", "kind", "quote", title="Quotes", title_justify="left")
        for q in analysis.quotes:
            speaker = names.get(q.speaker or "", q.speaker_text or "?")
            table.add_row(speaker, q.kind, q.text if len(q.text) < 160 else q.text[:157] + "…")
        console.print(table)
    if analysis.events:
        table = Table("type", "mode", "source", "target", "date", "evidence", title="Events", title_justify="left")
        for ev in analysis.events:
            table.add_row(
                ev.type + (" (negated)" if ev.negated else ""),
                ev.mode or "",
                ", ".join(names.get(i, i) for i in ev.source),
                ", ".join(names.get(i, i) for i in ev.target),
                event_date(ev.date.isoformat() if ev.date else None, ev.date_precision),
                evidence(a.text, ev.sentence.start, ev.sentence.end, ev.trigger.start, ev.trigger.end),
            )
        console.print(table)


def event_date(date: str | None, precision: str | None) -> str:
    """A date as precise as the text gives it: "2009", "2019-03", "2019-03-12"."""
    if not date:
        return ""
    return date[:4] if precision == "year" else date[:7] if precision == "month" else date


def evidence(text: str, start: int | None, end: int | None, trigger_start: int, trigger_end: int,
             width: int = 200) -> Text:
    """The sentence an event was read from, its trigger in bold, cut around the trigger when long."""
    if start is None or end is None:
        return Text("")
    sentence = text[start:end].replace("\n", " ")  # one line, same offsets
    i, j = trigger_start - start, trigger_end - start
    if not 0 <= i <= j <= len(sentence):
        return Text(sentence[:width])
    lo = max(0, min(i - width // 3, len(sentence) - width))
    hi = min(len(sentence), lo + width)
    out = Text(("…" if lo else "") + sentence[lo:hi] + ("…" if hi < len(sentence) else ""))
    shift = 1 if lo else 0
    out.stylize("bold", i - lo + shift, j - lo + shift)
    return out
