"""The storage interface every backend implements (SQLite is the embedded default).

Readers get plain dicts shaped like the output contract, so the CLI, the API and
exports print them as they are. Every list method takes ``limit`` and ``offset``;
dates are ``datetime.date`` or ISO strings; name filters (``speaker``, ``about``,
``actor``, ``source``, ``target``, ``name``) match an entity id, a canonical name or
any stored mention text, accent- and case-insensitively.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Literal

from ..model import Analysis

SaveStatus = Literal["new", "unchanged", "replaced"]


class Store(ABC):
    # -- writing ------------------------------------------------------------------
    @abstractmethod
    def save(self, analysis: Analysis) -> SaveStatus:
        """Write one article and all its rows in one transaction.

        Same content hash already stored → "unchanged"; same source/url with new text →
        the old article's rows are replaced ("replaced"); else "new".
        """

    @abstractmethod
    def close(self) -> None: ...

    # -- reading ------------------------------------------------------------------
    @abstractmethod
    def get_article(self, article_id: str, with_text: bool = True) -> dict[str, Any] | None:
        """One article as the output contract record (``text`` included by default)."""

    @abstractmethod
    def articles(self, *, since=None, until=None, lang=None, entity=None, limit=50, offset=0) -> list[dict]:
        """Article summaries: id, source, url, title, published, language, text_length."""

    @abstractmethod
    def quotes(self, *, speaker=None, about=None, text=None, since=None, until=None, lang=None,
               limit=50, offset=0) -> list[dict]:
        """Quotes (contract fields) plus article_id, article_title, published, language, speaker_name."""

    @abstractmethod
    def events(self, *, type=None, actor=None, source=None, target=None, since=None, until=None,
               limit=50, offset=0) -> list[dict]:
        """Events (contract fields) plus article_id, published, source_names, target_names."""

    @abstractmethod
    def entities(self, *, name=None, type=None, limit=50, offset=0, generic=False) -> list[dict]:
        """Entities by mention count: id, name, type, kb_id, country, sector, generic, mentions, articles.
        Generic actors (police, students) are left out unless ``generic`` or a ``name`` is given."""

    @abstractmethod
    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """Profile: entity fields, mentions_by_date [{date, count}], co_occurring [{id, name, type, count}],
        quotes_by, quotes_about, events_as_source, events_as_target, events_by_quad [{date, quad, count}]."""

    @abstractmethod
    def network(self, *, type=None, since=None, until=None, limit=200, event_type=None,
                co_mentions=True) -> dict[str, list[dict]]:
        """{"nodes": [{id, name, type, mentions}], "edges": [{source, target, count, cooperation, conflict}]}.
        ``type`` filters nodes by entity type; ``event_type`` keeps only actors and edges of that event
        type; ``co_mentions=False`` leaves out edges of actors only named together (no event)."""

    @abstractmethod
    def search(self, q: str, *, limit=50, offset=0) -> list[dict]:
        """Full-text hits: {kind: "article"|"quote", id, article_id, title, snippet}."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Dashboard figures: articles, languages, entities, quotes, events, events_by_type,
        events_by_type_month, top_entities, latest_quotes."""
