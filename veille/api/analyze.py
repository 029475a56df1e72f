"""``POST /api/analyze``: text or HTML in, the output contract out, nothing stored."""

from __future__ import annotations

import json
import threading
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import settings
from ..model import Article
from ..nlp import analyze_one

router = APIRouter(prefix="/api", tags=["analyze"])

# One analysis at a time: spaCy pipelines are shared per process and not meant to be run
# from several threads at once; other requests keep being served meanwhile.
_NLP_LOCK = threading.Lock()


def _analyze_locked(article: Article, lang: str | None):
    with _NLP_LOCK:
        return analyze_one(article, lang)


class AnalyzeRequest(BaseModel):
    """Exactly one of ``text`` or ``html``; the rest describes the article."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="plain article text")
    html: str | None = Field(default=None, description="an HTML page; its main text is extracted")
    lang: str | None = Field(default=None, description="language code; detected when absent")
    title: str | None = None
    url: str | None = None
    published: date | None = None
    with_text: bool = Field(default=True, description="include the analysed text in the answer")


def html_to_text(html: str) -> str:
    """The main text of a page (boilerplate dropped), or '' when none is found."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False) or ""


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "/analyze",
    summary="Analyse one article without storing it",
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": AnalyzeRequest.model_json_schema()}}}},
)
async def analyze(request: Request) -> dict[str, Any]:
    limit = int(settings.get("api_max_body_bytes"))
    body = await read_limited(request, limit)
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(422, f"body: not a JSON object ({exc})") from None
    if not isinstance(payload, dict):
        raise HTTPException(422, "body: expected a JSON object with 'text' or 'html'")
    try:
        req = AnalyzeRequest.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise HTTPException(422, f"{where}: {first['msg']}") from None
    if (req.text is None) == (req.html is None):
        raise HTTPException(422, "body: give exactly one of 'text' or 'html'")
    text = req.text if req.text is not None else html_to_text(req.html or "")
    if not text.strip():
        raise HTTPException(422, "body: no article text found" if req.html is not None else "text: is empty")
    article = Article.from_text(text, title=req.title, url=req.url, published=req.published,
                                language=req.lang or None)
    # spaCy is CPU-bound: keep it off the event loop so other requests go on being served.
    analysis = await run_in_threadpool(_analyze_locked, article, req.lang)
    return analysis.to_record(with_text=req.with_text)
