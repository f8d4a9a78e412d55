"""Write and pipeline endpoints: ingest articles; extract events or toponyms without storing."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from sitrep.api import work
from sitrep.api.auth import check_pipeline, check_write
from sitrep.api.errors import ApiError
from sitrep.api.schemas import ArticleIn, ErrorOut, ToponymOut, WriteOut
from sitrep.api.state import AppState, app_state

__all__ = ["router"]

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 409, 413, 415, 422, 500)
}
router = APIRouter(prefix="/api", responses=_ERRORS)
State = Annotated[AppState, Depends(app_state)]
Articles = Annotated[Any, Body(description="one article or a list (EVENTS.md 'Articles in')")]
Auth = Annotated[str | None, Header(description="Bearer <token>")]


async def write_guard(state: State, authorization: Auth = None) -> None:
    """Runs before the body is validated, so a read-only server answers 403 to any write."""
    check_write(state.settings, authorization)


async def pipeline_guard(state: State, authorization: Auth = None) -> None:
    check_pipeline(state.settings, authorization)


async def json_only(content_type: Annotated[str | None, Header()] = None) -> None:
    """415 unless the body is declared JSON."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind != "application/json" and not kind.endswith("+json"):
        raise ApiError(415, "unsupported_media_type", "send the articles as JSON (Content-Type: application/json)",
                       {"content_type": content_type})


def _items(state: AppState, body: Any) -> list[ArticleIn]:
    """Validate one article or a list, naming each problem by its place in the body; then the
    batch limits (count first, so an over-long list is refused before it is validated)."""
    from pydantic import ValidationError

    raw = body if isinstance(body, list) else [body]
    work.check_count(state, len(raw))
    items, problems = [], []
    for i, obj in enumerate(raw):
        where = ["body", str(i)] if isinstance(body, list) else ["body"]
        try:
            items.append(ArticleIn.model_validate(obj))
        except ValidationError as exc:
            problems += [{"loc": where + [str(p) for p in e["loc"]], "msg": e["msg"], "type": e["type"]}
                         for e in exc.errors()]
    if problems:
        first = problems[0]
        raise ApiError(422, "invalid_request", f"the request is not valid ({'.'.join(first['loc'])}: {first['msg']})",
                       problems)
    if not items:
        raise ApiError(422, "invalid_request", "the request holds no article")
    work.check_batch(state, items)
    return items


def _body_schema() -> dict[str, Any]:
    one = ArticleIn.model_json_schema()
    schema = {"anyOf": [one, {"type": "array", "items": one}]}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


@router.post("/articles", response_model=None, status_code=201, responses={201: {"model": WriteOut}},
             dependencies=[Depends(write_guard), Depends(json_only)], openapi_extra=_body_schema())
async def post_articles(state: State, body: Articles) -> JSONResponse:
    """Ingest articles (needs the write token): extract, merge, store; the events touched."""
    items = _items(state, body)
    articles = await run_in_threadpool(work.to_articles, items)
    out = await run_in_threadpool(work.ingest, state, articles)
    return JSONResponse(out, status_code=201 if out["created"] else 200)


@router.post("/extract", dependencies=[Depends(pipeline_guard), Depends(json_only)], openapi_extra=_body_schema())
async def post_extract(state: State, body: Articles) -> dict[str, Any]:
    """Events of the posted articles, merged across them; nothing is stored."""
    items = _items(state, body)
    articles = await run_in_threadpool(work.to_articles, items)
    return {"events": await run_in_threadpool(work.extract, state, articles)}


@router.post("/geoparse", responses={200: {"model": dict[str, list[ToponymOut]]}},
             dependencies=[Depends(pipeline_guard), Depends(json_only)], openapi_extra=_body_schema())
async def post_geoparse(state: State, body: Articles, places_only: bool = False) -> dict[str, Any]:
    """Place mentions of the posted articles, resolved where the gazetteer can; each has a ``kind``:
    ``place``, or ``demonym`` ("Iraqi", resolved to its country; left out with ``?places_only=true``)."""
    items = _items(state, body)
    articles = await run_in_threadpool(work.to_articles, items)
    return {"toponyms": await run_in_threadpool(work.geoparse, state, articles, not places_only)}
