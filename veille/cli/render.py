"""Readable rich tables of an analysis."""

from __future__ import annotations

from rich.table import Table

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
        table = Table("type", "mode", "source", "target", "trigger", title="Events", title_justify="left")
        for ev in analysis.events:
            table.add_row(
                ev.type + (" (negated)" if ev.negated else ""),
                ev.mode or "",
                ", ".join(names.get(i, i) for i in ev.source),
                ", ".join(names.get(i, i) for i in ev.target),
                ev.trigger.text,
            )
        console.print(table)
