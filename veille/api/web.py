"""The web pages: server-rendered Jinja2 templates over the same store and validation as the API.

Jinja's autoescape is on for every template, so article text, titles, names and
quotes always reach the browser as text, never as markup.
"""

from __future__ import annotations

from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..headline import headline
from ..kb.roles import role_label
from ..store.base import Store
from . import drawing, i18n, views, worldmap
from . import params as P
from .cache import AnswerCache
from .deps import get_cache, get_store
from .highlight import segments

router = APIRouter(include_in_schema=False)

_env = Environment(
    loader=FileSystemLoader(str(resources.files(__package__) / "templates")),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=_env)

_env.globals["headline"] = headline
_env.globals["role_label"] = role_label

SEARCH_KINDS = ("all", "text", "quotes", "events", "entities")


def _lang(request: Request) -> str:
    return i18n.choose(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE),
                       request.headers.get("accept-language"))


def _url_with(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None drops one)."""
    query = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = str(value)
    return request.url.path + ("?" + urlencode(query) if query else "")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    code = _lang(request)
    context.update(
        request=request, t=i18n.Translator(code), ui_lang=code, ui_languages=i18n.languages(),
        url_with=lambda **c: _url_with(request, **c), event_types=P.EVENT_TYPES,
        entity_types=[t for t in P.ENTITY_TYPES], quad_colours=drawing.QUAD_COLOURS,
    )
    response = templates.TemplateResponse(request, name, context, status_code=status)
    asked = request.query_params.get("lang")
    if asked in i18n.languages():
        response.set_cookie(i18n.COOKIE, asked, max_age=365 * 86400, samesite="lax")
    return response


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, store: Store = Depends(get_store), cache: AnswerCache = Depends(get_cache)):
    stats = views.stats(store, cache)
    chart = drawing.stacked_bars(stats.get("events_by_type_month") or [], "month", "type")
    q = request.query_params
    rising = P.Trend.parse(q.get("until"), q.get("window"), q.get("baseline"), q.get("min_count")).asked(store)
    return render(request, "dashboard.html", stats=stats, chart=chart, rising=rising)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str | None = None, kind: str = "all", since: str | None = None,
           until: str | None = None, type: str | None = None, lang: str | None = None,
           offset: str | None = None, store: Store = Depends(get_store)):
    if kind not in SEARCH_KINDS:
        raise P.BadParam("kind", f"unknown kind {kind[:40]!r} (one of {', '.join(SEARCH_KINDS)})")
    query = P.parse_text("q", q)
    window = P.Window.parse(since, until)
    start = P.parse_offset(offset)
    page = 25
    results: dict[str, list[dict[str, Any]]] = {}
    if query or kind in ("quotes", "events", "entities"):
        if kind in ("all", "text") and query:
            results["text"] = store.search(query, limit=page, offset=start)
        if kind in ("all", "quotes"):
            # a name finds what that actor said; other words search inside quotes
            by_speaker = store.quotes(speaker=query, since=window.since, until=window.until, limit=page,
                                      offset=start) if query else []
            results["quotes"] = by_speaker or store.quotes(
                text=query, since=window.since, until=window.until, limit=page, offset=start)
        if kind in ("all", "events"):
            results["events"] = store.events(actor=query, type=P.parse_event_type(type) if kind == "events" else None,
                                             since=window.since, until=window.until, limit=page, offset=start)
        if kind in ("all", "entities"):
            results["entities"] = store.entities(
                name=query, type=P.parse_entity_type(type) if kind == "entities" else None, limit=page, offset=start)
    return render(request, "search.html", q=query or "", kind=kind, since=since or "", until=until or "",
                  type=type or "", results=results, offset=start, page=page, kinds=SEARCH_KINDS)


@router.get("/entity/{entity_id:path}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, store: Store = Depends(get_store)):
    profile = store.entity(P.parse_text("entity_id", entity_id) or "")
    if profile is None:
        return error_page(request, 404, f"no entity {entity_id[:60]!r}")
    mentions = drawing.stacked_bars(drawing.month_rows(profile.get("mentions_by_date") or []),
                                    "month", "kind", width=720, height=140,
                                    colours={"?": "#4c72b0"})
    quads = drawing.stacked_bars(drawing.month_rows(profile.get("events_by_quad") or []),
                                 "month", "quad", colours=drawing.QUAD_COLOURS, width=720, height=140)
    partners = _partners(profile)
    role, role_date = _latest_role(store, profile["id"])
    return render(request, "entity.html", e=profile, mentions_chart=mentions, quad_chart=quads,
                  partners=partners, role=role, role_date=role_date)


def _latest_role(store: Store, entity_id: str) -> tuple[str | None, str | None]:
    """The role the knowledge base gave this actor in the latest article naming it, with that date."""
    for summary in store.articles(entity=entity_id, limit=5):
        record = store.get_article(summary["id"], with_text=False) or {}
        for e in record.get("entities") or []:
            if e.get("id") == entity_id and e.get("role"):
                return e["role"], summary.get("published")
    return None, None


def _partners(profile: dict[str, Any]) -> list[dict[str, Any]]:
    """Who this actor acts on or is acted on by, with the event types between them."""
    found: dict[str, dict[str, Any]] = {}
    for key, ids_key, names_key in (("events_as_source", "target", "target_names"),
                                     ("events_as_target", "source", "source_names")):
        for ev in profile.get(key) or []:
            for pid, name in zip(ev.get(ids_key) or [], ev.get(names_key) or []):
                if pid == profile.get("id"):
                    continue
                p = found.setdefault(pid, {"id": pid, "name": name, "count": 0, "types": {}})
                p["count"] += 1
                p["types"][ev.get("type")] = p["types"].get(ev.get("type"), 0) + 1
    return sorted(found.values(), key=lambda p: (-p["count"], p["name"] or ""))


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str, store: Store = Depends(get_store)):
    record = store.get_article(P.parse_text("article_id", article_id) or "")
    if record is None:
        return error_page(request, 404, f"no article {article_id[:60]!r}")
    names = {e["id"]: e["name"] for e in record.get("entities") or []}
    return render(request, "article.html", a=record, segments=segments(record), names=names)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, since: str | None = None, until: str | None = None, type: str | None = None,
            entity_type: str | None = None, limit: str | None = None, co_mentions: str | None = None,
            store: Store = Depends(get_store), cache: AnswerCache = Depends(get_cache)):
    window = P.Window.parse(since, until)
    size = P.parse_limit(limit, default=40, maximum=150)
    args = dict(type=P.parse_entity_type(entity_type, "entity_type"), event_type=P.parse_event_type(type),
                since=window.since, until=window.until, limit=size,
                co_mentions=P.parse_bool("co_mentions", co_mentions))
    layout = views.network_layout(store, cache, **args)
    return render(request, "network.html", layout=layout, since=since or "", until=until or "",
                  type=type or "", entity_type=entity_type or "", limit=size, co_mentions=args["co_mentions"],
                  colours={"cooperation": drawing.COOPERATION, "conflict": drawing.CONFLICT,
                           "neutral": drawing.NEUTRAL},
                  node_colours=[(k, c) for k, c in drawing.TYPE_COLOURS.items()
                                if any((n.get("type") or "OTHER") == k for n in layout["nodes"])])


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, since: str | None = None, until: str | None = None, type: str | None = None,
             store: Store = Depends(get_store), cache: AnswerCache = Depends(get_cache)):
    window = P.Window.parse(since, until)
    args = dict(type=P.parse_event_type(type), since=window.since, until=window.until)
    places = [dict(p) for p in views.locations(store, cache, **args)]
    biggest = max((p["events"] for p in places), default=1)
    for p in places:
        p["x"], p["y"] = worldmap.project(p["lat"], p["lon"])
        p["r"] = round(3 + 12 * (p["events"] / biggest) ** 0.5, 1)
    # A second, paler layer: every located place the articles name (shown even before events exist).
    named = [dict(p) for p in views.named_places(store, cache)]
    most = max((p.get("mentions") or 1 for p in named), default=1)
    for p in named:
        p["x"], p["y"] = worldmap.project(p["lat"], p["lon"])
        p["r"] = round(2 + 8 * ((p.get("mentions") or 1) / most) ** 0.5, 1)
    return render(request, "map.html", places=places, named=named, since=since or "", until=until or "",
                  type=type or "", width=worldmap.WIDTH, height=worldmap.HEIGHT, graticule=worldmap.graticule())


@router.get("/map/world.svg")
def world_svg() -> Response:
    return Response(worldmap.base_svg(), media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, store: Store = Depends(get_store)):
    listed = [{**a, "recent": store.alert_hits(a["name"], limit=10)} for a in store.alerts()]
    return render(request, "alerts.html", alerts=listed)


@router.get("/alerts/{name}.atom")
def alert_feed(request: Request, name: str, store: Store = Depends(get_store)) -> Response:
    from ..alerts import atom_feed

    alert = store.alert(name)
    if alert is None:
        raise HTTPException(404, f"no alert {name[:60]!r}")
    body = atom_feed(alert, store.alert_hits(name, limit=100), str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
