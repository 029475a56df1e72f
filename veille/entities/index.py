"""Who is mentioned where: the entities stage's mentions of one document, by character range.

The entities stage owns entity identity; later stages (quotes looking for a speaker, events
looking for an actor) read its mentions through one :class:`MentionIndex` instead of each
keeping its own sorted copy, and record the entities they add through it, so that an actor a
later stage names is found again by the next lookup.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from ..model import Entity

Row = tuple[int, int, Entity]


class MentionIndex:
    """Mention rows ``(start, end, entity)`` sorted by position; lookups by character offset."""

    def __init__(self, rows: Iterable[Row] = ()) -> None:
        self.rows: list[Row] = sorted(rows, key=lambda r: (r[0], r[1]))
        self.starts: list[int] = [r[0] for r in self.rows]
        # The longest mention bounds how far before ``start`` an overlapping one can begin.
        self._longest = max((r[1] - r[0] for r in self.rows), default=0)

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> "MentionIndex":
        return cls((m.start, m.end, e) for e in entities for m in e.mentions)

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, start: int, end: int, entity: Entity) -> None:
        """Insert one row in place: rebuilding the index for each new mention made long texts quadratic."""
        at = bisect.bisect_right(self.rows, (start, end), key=lambda r: (r[0], r[1]))
        self.rows.insert(at, (start, end, entity))
        self.starts.insert(at, start)
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int, limit: int | None = None) -> list[Row]:
        """Rows overlapping ``[start, end)``, leftmost first (at most ``limit``)."""
        out: list[Row] = []
        i = bisect.bisect_left(self.starts, start - self._longest)
        for k in range(i, len(self.rows)):
            row = self.rows[k]
            if row[0] >= end or (limit is not None and len(out) == limit):
                break
            if row[1] > start:
                out.append(row)
        return out

    def entities_overlapping(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention overlapping ``[start, end)``, each once, leftmost first."""
        found: list[Entity] = []
        for _, _, entity in self.overlapping(start, end):
            if entity not in found:
                found.append(entity)
        return found

    def first_from(self, pos: int) -> Row | None:
        """The first row starting at or after ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return self.rows[i] if i < len(self.rows) else None

    def before(self, pos: int) -> Iterator[Row]:
        """Rows starting before ``pos``, nearest first (lazily: callers stop early)."""
        i = bisect.bisect_left(self.starts, pos)
        return (self.rows[k] for k in range(i - 1, -1, -1))

    def after(self, pos: int) -> Iterator[Row]:
        """Rows starting after ``pos``, nearest first."""
        i = bisect.bisect_right(self.starts, pos)
        return (self.rows[k] for k in range(i, len(self.rows)))
