"""Write and pipeline endpoints: ingest articles; extract events or toponyms without storing."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from sitrep.api import work
from sitrep.api.auth import check_pipeline, check_write
from sitrep.api.schemas import ArticleIn, ErrorOut, ToponymOut, WriteOut
from sitrep.api.state import AppState, app_state

__all__ = ["router"]

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 409, 413, 422)
}
router = APIRouter(prefix="/api", responses=_ERRORS)
State = Annotated[AppState, Depends(app_state)]
Articles = Annotated[ArticleIn | list[ArticleIn], Body(description="one article or a list (EVENTS.md 'Articles in')")]
Auth = Annotated[str | None, Header(description="Bearer <token>")]


def _items(body: ArticleIn | list[ArticleIn]) -> list[ArticleIn]:
    return body if isinstance(body, list) else [body]


@router.post("/articles", response_model=None, status_code=201, responses={201: {"model": WriteOut}})
async def post_articles(state: State, body: Articles, authorization: Auth = None) -> JSONResponse:
    """Ingest articles (needs the write token): extract, merge, store; the events touched."""
    check_write(state.settings, authorization)
    items = _items(body)
    work.check_batch(state, items)
    articles = await run_in_threadpool(work.to_articles, items)
    out = await run_in_threadpool(work.ingest, state, articles)
    return JSONResponse(out, status_code=201 if out["created"] else 200)


@router.post("/extract")
async def post_extract(state: State, body: Articles, authorization: Auth = None) -> dict[str, Any]:
    """Events of the posted articles, merged across them; nothing is stored."""
    check_pipeline(state.settings, authorization)
    items = _items(body)
    work.check_batch(state, items)
    articles = await run_in_threadpool(work.to_articles, items)
    return {"events": await run_in_threadpool(work.extract, state, articles)}


@router.post("/geoparse", responses={200: {"model": dict[str, list[ToponymOut]]}})
async def post_geoparse(state: State, body: Articles, authorization: Auth = None) -> dict[str, Any]:
    """Place mentions of the posted articles, resolved where the gazetteer can."""
    check_pipeline(state.settings, authorization)
    items = _items(body)
    work.check_batch(state, items)
    articles = await run_in_threadpool(work.to_articles, items)
    return {"toponyms": await run_in_threadpool(work.geoparse, state, articles)}
