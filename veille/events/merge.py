"""One record per happening: repeated mentions of an event in an article become one Event."""

from __future__ import annotations

import hashlib

from ..model import Event
from . import ontology


def _participants(event: Event) -> tuple:
    if ontology.is_symmetric(event.type):
        return (frozenset(event.source) | frozenset(event.target),)
    return (frozenset(event.source), frozenset(event.target))


def _same(a: Event, b: Event) -> bool:
    """Same type, polarity and actors; an event missing one side merges into a fuller one."""
    if a.type != b.type or a.negated != b.negated:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        # An arrest and a seizure are two happenings, even by the same actor; but in one sentence a
        # doerless mention about the same target elaborates the act ("une enquête visant douze
        # personnalités soupçonnées de crimes").
        return (bool(a.source) != bool(b.source) and bool(a.target) and set(a.target) == set(b.target)
                and a.sentence.start == b.sentence.start)
    if _participants(a) == _participants(b):
        return bool(a.source or a.target)
    if a.sentence.start == b.sentence.start and _one_act(a, b):
        return True

    if ontology.is_symmetric(a.type):
        pa, pb = _participants(a)[0], _participants(b)[0]
        # "Macron et Poutine ont discuté" and "Macron a parlé avec Poutine" are one consultation.
        return bool(pa & pb) and (pa <= pb or pb <= pa)
    if bool(a.source) != bool(b.source) and a.target and set(a.target) == set(b.target):
        return True  # "l'ancienne présidente arrêtée" (headline) and "la police a arrêté Park…"
    # "Magnette exclut…" (headline) and "le président du PS, Paul Magnette, a exclu…": one doer named
    # once alone and once with his party is the same doer.
    sa, sb = set(a.source), set(b.source)
    return bool(
        sa and sb and (sa <= sb or sb <= sa)
        and (not a.target or not b.target or set(a.target) == set(b.target))
        and (a.date is None or b.date is None or a.date == b.date)
    )


def _one_act(a: Event, b: Event) -> bool:
    """In one sentence, two mentions of the same type by the same doer, or one with no doer about a
    party of the other, report one act: "l'armée a attaqué… lors de cette offensive de l'armée"."""
    if set(a.source) & set(b.source):
        return True
    pa, pb = set(a.source) | set(a.target), set(b.source) | set(b.target)
    return (not a.source or not b.source) and bool(pa & pb)


def merge(events: list[Event]) -> list[Event]:
    """Fold each event into the first earlier one describing the same happening."""
    kept: list[Event] = []
    for event in events:
        for other in kept:
            if _same(other, event):
                _absorb(other, event)
                break
        else:
            kept.append(event)
    return kept


def _absorb(into: Event, other: Event) -> None:
    for side in ("source", "target"):
        values = getattr(into, side)
        values.extend(v for v in getattr(other, side) if v not in values)
    into.target[:] = [t for t in into.target if t not in into.source]
    into.mentions.extend(m for m in other.mentions if m not in into.mentions)
    into.mentions.sort(key=lambda m: m.start)
    into.mode = into.mode or other.mode
    if into.date is None and other.date is not None:
        into.date, into.date_precision = other.date, other.date_precision
    into.location = into.location or other.location
    into.confidence = min(0.99, max(into.confidence, other.confidence) + 0.05)


def event_id(article_key: str, event: Event) -> str:
    """Deterministic id: the article, the type and the first trigger's place in the text."""
    first = event.mentions[0] if event.mentions else event.trigger
    raw = f"{article_key}|{event.type}|{first.start}|{first.end}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
