"""The FastAPI application: JSON API under /api, web pages at /, assets from the package."""

from __future__ import annotations

import importlib.util
import logging
import threading
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import VeilleError
from . import analyze, routes, views, web
from .cache import AnswerCache, Fingerprint, file_fingerprint
from .deps import StoreFactory, StorePool
from .params import BadParam

log = logging.getLogger(__name__)


def create_app(store_factory: StoreFactory, fingerprint: Fingerprint | None = None,
               warm: bool = False) -> FastAPI:
    """An app reading through stores made by ``store_factory`` (one per worker thread).

    ``fingerprint`` (a callable that changes whenever the data does) turns on the cache
    of corpus-wide aggregates; without it every request is answered from the store.
    ``warm`` computes the unfiltered views in the background at start-up.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm:
            threading.Thread(target=lambda: views.warm(app.state.stores.get(), app.state.cache),
                             name="veille-warm", daemon=True).start()
        yield
        app.state.stores.close_all()

    app = FastAPI(
        title="veille",
        version=__version__,
        description="Read-only access to a veille database: articles, entities, quotes, PLOVER events.",
        lifespan=lifespan,
        docs_url=None,  # served below from the installed swagger-ui-py files, not from a CDN
        redoc_url=None,
    )
    app.state.stores = StorePool(store_factory)
    app.state.cache = AnswerCache(fingerprint)
    app.add_middleware(GZipMiddleware, minimum_size=2000)
    app.include_router(routes.router)
    app.include_router(analyze.router)
    app.include_router(web.router)
    static = resources.files(__package__) / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _add_docs(app)
    _add_error_handlers(app)
    return app


def app_for_db(db: str | Path, warm: bool = False) -> FastAPI:
    """The app over a database file, checked now so a bad path fails before serving."""
    from .db import open_readonly

    open_readonly(db).close()
    return create_app(lambda: open_readonly(db), fingerprint=file_fingerprint(db), warm=warm)


def _swagger_assets() -> Path | None:
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "static"
    return folder if (folder / "swagger-ui-bundle.js").exists() else None


def _add_docs(app: FastAPI) -> None:
    """OpenAPI docs at /docs with Swagger UI's files from the swagger-ui-py package (works offline)."""
    assets = _swagger_assets()
    if assets is None:
        log.warning("swagger-ui-py is not installed: /docs is unavailable (/openapi.json still is)")
        return
    app.mount("/docs-assets", StaticFiles(directory=str(assets)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="veille API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js", swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadParam)
    async def bad_param(request: Request, exc: BadParam):
        if _wants_html(request):
            return web.error_page(request, 422, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        # One readable line instead of pydantic's nested list, e.g. "with_text: Input should be a valid boolean".
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")) or "request"
        message = f"{where}: {first.get('msg')}"
        if _wants_html(request):
            return web.error_page(request, 422, message)
        return JSONResponse({"detail": message}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if _wants_html(request):
            return web.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)

    @app.exception_handler(VeilleError)
    async def veille_error(request: Request, exc: VeilleError):
        log.error("request %s failed: %s", request.url.path, exc)
        if _wants_html(request):
            return web.error_page(request, 503, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=503)
