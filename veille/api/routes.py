"""The read-only JSON API: one endpoint per ``Store`` reader, same filters, same records."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse

from ..store.base import Store
from . import params as P
from . import views
from .cache import AnswerCache
from .deps import get_cache, get_store

router = APIRouter(prefix="/api", tags=["read"])


def _json(content: Any) -> JSONResponse:
    # Store answers are plain JSON types already: skip FastAPI's re-encoding of every row.
    return JSONResponse(content)

# Query parameters are taken as strings and validated by veille.api.params, so every
# bad value gets the same clear one-line 422 message.
Since = Query(None, description="earliest date, YYYY-MM-DD")
Until = Query(None, description="latest date, YYYY-MM-DD")
Limit = Query(None, description="page size (1 to api_max_page, default 50)")
Offset = Query(None, description="rows to skip")


@router.get("/stats", summary="Dashboard figures")
def stats(store: Store = Depends(get_store), cache: AnswerCache = Depends(get_cache)) -> dict[str, Any]:
    return _json(views.stats(store, cache))


@router.get("/articles", summary="Article summaries")
def articles(
    since: str | None = Since,
    until: str | None = Until,
    lang: str | None = Query(None, description="language code"),
    entity: str | None = Query(None, description="entity id or name mentioned"),
    limit: str | None = Limit,
    offset: str | None = Offset,
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    w = P.Window.parse(since, until)
    return _json(store.articles(
        since=w.since, until=w.until, lang=P.parse_lang(lang), entity=P.parse_text("entity", entity),
        limit=P.parse_limit(limit), offset=P.parse_offset(offset),
    ))


@router.get("/articles/{article_id}", summary="One article (output contract, text included)")
def article(article_id: str, with_text: bool = True, store: Store = Depends(get_store)) -> dict[str, Any]:
    found = store.get_article(P.parse_text("article_id", article_id) or "", with_text=with_text)
    if found is None:
        raise HTTPException(404, f"no article {article_id[:60]!r}")
    return _json(found)


@router.get("/entities", summary="Entities by mention count")
def entities(
    name: str | None = Query(None, description="id, canonical name or mention text"),
    type: str | None = Query(None, description="PERSON, ORG, GPE, LOC, NORP, EVENT, OTHER"),
    generic: bool = Query(False, description="also list generic actors (police, students…)"),
    limit: str | None = Limit,
    offset: str | None = Offset,
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    return _json(store.entities(
        name=P.parse_text("name", name), type=P.parse_entity_type(type),
        limit=P.parse_limit(limit), offset=P.parse_offset(offset), generic=generic,
    ))


@router.get("/entities/{entity_id}", summary="Entity profile")
def entity(entity_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    found = store.entity(P.parse_text("entity_id", entity_id) or "")
    if found is None:
        raise HTTPException(404, f"no entity {entity_id[:60]!r}")
    return _json(found)


@router.get("/quotes", summary="Quotes with speakers")
def quotes(
    speaker: str | None = Query(None, description="who said it: id, name or mention"),
    about: str | None = Query(None, description="an entity the quote mentions"),
    text: str | None = Query(None, description="words in the quote"),
    since: str | None = Since,
    until: str | None = Until,
    lang: str | None = Query(None, description="language code"),
    limit: str | None = Limit,
    offset: str | None = Offset,
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    w = P.Window.parse(since, until)
    return _json(store.quotes(
        speaker=P.parse_text("speaker", speaker), about=P.parse_text("about", about),
        text=P.parse_text("text", text), since=w.since, until=w.until, lang=P.parse_lang(lang),
        limit=P.parse_limit(limit), offset=P.parse_offset(offset),
    ))


@router.get("/events", summary="PLOVER events")
def events(
    type: str | None = Query(None, description="PLOVER event type, e.g. CONSULT"),
    actor: str | None = Query(None, description="source or target"),
    source: str | None = Query(None, description="who acted"),
    target: str | None = Query(None, description="who was acted upon"),
    since: str | None = Since,
    until: str | None = Until,
    limit: str | None = Limit,
    offset: str | None = Offset,
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    w = P.Window.parse(since, until)
    return _json(store.events(
        type=P.parse_event_type(type), actor=P.parse_text("actor", actor),
        source=P.parse_text("source", source), target=P.parse_text("target", target),
        since=w.since, until=w.until, limit=P.parse_limit(limit), offset=P.parse_offset(offset),
    ))


@router.get("/network", summary="Actors as nodes, event counts as edges")
def network(
    type: str | None = Query(None, description="PLOVER event type: only its actors and its edges"),
    entity_type: str | None = Query(None, description="only nodes of this entity type (PERSON, ORG…)"),
    since: str | None = Since,
    until: str | None = Until,
    limit: str | None = Query(None, description="most nodes returned (default 100)"),
    co_mentions: str | None = Query(None, description="also link actors only named together (slower)"),
    store: Store = Depends(get_store),
    cache: AnswerCache = Depends(get_cache),
) -> dict[str, list[dict[str, Any]]]:
    w = P.Window.parse(since, until)
    args = dict(type=P.parse_entity_type(entity_type, "entity_type"), event_type=P.parse_event_type(type),
                since=w.since, until=w.until, limit=P.parse_limit(limit, default=100),
                co_mentions=P.parse_bool("co_mentions", co_mentions))
    return _json(views.network(store, cache, **args))


@router.get("/locations", summary="Event locations with coordinates (for the map)")
def locations(
    type: str | None = Query(None, description="PLOVER event type"),
    since: str | None = Since,
    until: str | None = Until,
    store: Store = Depends(get_store),
    cache: AnswerCache = Depends(get_cache),
) -> list[dict[str, Any]]:
    w = P.Window.parse(since, until)
    args = dict(type=P.parse_event_type(type), since=w.since, until=w.until)
    return _json(views.locations(store, cache, **args))


@router.get("/search", summary="Full-text search over articles and quotes")
def search(
    q: str | None = Query(None, description="words to find (FTS5 syntax is not needed)"),
    limit: str | None = Limit,
    offset: str | None = Offset,
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    query = P.parse_text("q", q)
    if query is None:
        raise P.BadParam("q", "is required")
    return _json(store.search(query, limit=P.parse_limit(limit), offset=P.parse_offset(offset)))


@router.get("/trending", summary="Entities and event types rising above their usual level")
def trending(
    window: str | None = Query(None, description="days of the recent window (default 1)"),
    baseline: str | None = Query(None, description="days before the window giving the usual daily level (default 7)"),
    min_count: str | None = Query(None, description="fewest mentions in the window (default 3)"),
    until: str | None = Query(None, description="last day of the window, YYYY-MM-DD (default: latest stored)"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Items whose mentions in the window are at least 3× the daily mean of the baseline days
    (scaled to the window), or that were not mentioned before; each with the articles behind it."""
    return _json(P.Trend.parse(until, window, baseline, min_count).asked(store))
