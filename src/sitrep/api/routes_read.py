"""Read endpoints: events (JSON, CSV, GeoJSON), one event, articles, statistics."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from sitrep.api.errors import ApiError
from sitrep.api.formats import events_csv, events_geojson, events_json
from sitrep.api.schemas import ErrorOut, EventDetailOut, EventsOut
from sitrep.api.state import AppState, app_state
from sitrep.errors import StoreError
from sitrep.query import SORT_KEYS, EventQuery

__all__ = ["router", "event_query"]

router = APIRouter(prefix="/api", responses={400: {"model": ErrorOut}, 422: {"model": ErrorOut}})
State = Annotated[AppState, Depends(app_state)]
Opt = str | None


async def event_query(
    since: Annotated[Opt, Query(description="first day, YYYY-MM-DD (inclusive)")] = None,
    until: Annotated[Opt, Query(description="last day, YYYY-MM-DD (inclusive)")] = None,
    country: Annotated[Opt, Query(description="country name, case-insensitive")] = None,
    admin1: Annotated[Opt, Query(description="first-level division, case-insensitive")] = None,
    event_type: Annotated[Opt, Query(description="ACLED event type")] = None,
    sub_event_type: Annotated[Opt, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[Opt, Query(description="substring of actor1 or actor2")] = None,
    bbox: Annotated[Opt, Query(description="west,south,east,north in degrees")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
    claim_status: Annotated[Literal["reported", "claimed", "disputed", "denied"] | None, Query()] = None,
    q: Annotated[Opt, Query(description="free text in notes or evidence")] = None,
) -> EventQuery:
    """The filters shared by /api/events and /api/stats (and the dashboard); async because it only
    parses strings, so FastAPI runs it without a thread hop."""
    return EventQuery.from_strings(
        since=since, until=until, country=country, admin1=admin1, event_type=event_type,
        sub_event_type=sub_event_type, actor=actor, bbox=bbox, min_fatalities=min_fatalities,
        claim_status=claim_status, text=q,
    )


Filters = Annotated[EventQuery, Depends(event_query)]


def _page(state: AppState, query: EventQuery, sort: str, order: str, limit: int | None, cursor: str | None) -> Any:
    limit = limit or state.settings.default_page
    if limit > state.settings.max_page:
        raise ApiError(400, "bad_request", f"limit {limit} is over the maximum of {state.settings.max_page}",
                       {"max_limit": state.settings.max_page})
    try:
        return state.store.query_events(query, sort=sort, descending=order == "desc", limit=limit, cursor=cursor)
    except StoreError as exc:  # the only StoreError a read raises for a request is a bad cursor
        raise ApiError(400, "bad_cursor", "the cursor is not one this server gave out", str(exc)) from exc


@router.get("/events", response_model=None, responses={200: {"model": EventsOut}})
def list_events(
    state: State,
    query: Filters,
    sort: Annotated[Literal[SORT_KEYS], Query()] = "event_date",  # type: ignore[valid-type]
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[Opt, Query(description="next_cursor of the previous page")] = None,
    format: Annotated[Literal["json", "csv", "geojson"], Query()] = "json",
) -> Response:
    """Events matching every given filter, one page at a time (keyset pagination)."""
    page = _page(state, query, sort, order, limit, cursor)
    if format == "csv":
        headers = {"X-Next-Cursor": page.next_cursor} if page.next_cursor else {}
        return Response(events_csv(page.events), media_type="text/csv; charset=utf-8", headers=headers)
    if format == "geojson":
        return JSONResponse(events_geojson(page.events, page.next_cursor), media_type="application/geo+json")
    return JSONResponse(events_json(page.events, page.next_cursor))


@router.get("/events/{event_id}", response_model=None,
            responses={200: {"model": EventDetailOut}, 308: {"description": "merged away: see Location"},
                       404: {"model": ErrorOut}})
def get_event(state: State, event_id: str, request: Request) -> Response:
    """One event with its sources, evidence spans and revision history."""
    current = state.store.resolve_id(event_id)
    if current is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    if current != event_id:
        url = request.url_for("get_event", event_id=current).path
        return RedirectResponse(url, status_code=308)
    event = state.store.get_event(current)
    if event is None:  # deleted between the two reads
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    history = [_jsonable(r) for r in state.store.event_history(current)]
    aliases = sorted({h["event_id"] for h in history} - {current})
    return JSONResponse({"event": event.to_record(), "history": history, "aliases": aliases})


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if isinstance(v, (str, int, float, bool, list, dict, type(None))) else str(v)) for k, v in row.items()}


@router.get("/stats")
def stats(state: State, query: Filters) -> dict[str, Any]:
    """Counts and fatalities by type, day, first-level division and claim status."""
    return state.store.stats(query)


@router.get("/articles")
def list_articles(
    state: State,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Stored articles (metadata only), by id."""
    rows = state.store.list_articles(limit=limit, offset=offset)
    total = state.store.count_articles()
    nxt = offset + len(rows) if offset + len(rows) < total else None
    return {"articles": [dataclasses.asdict(r) for r in rows], "total": total, "next_offset": nxt}


@router.get("/articles/{article_id}", responses={404: {"model": ErrorOut}})
def get_article(state: State, article_id: str) -> dict[str, Any]:
    """One article's cleaned text, with the spans that produced events."""
    stored = state.store.get_article(article_id)
    if stored is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    spans = [{"event_id": e, "start": s, "end": t} for e, s, t in stored.spans]
    return {"article": _article_out(stored), "spans": spans, "events": _event_summaries(state, spans)}


def _article_out(stored: Any) -> dict[str, Any]:
    out = dataclasses.asdict(stored.row)
    out["text"] = stored.article.text
    return out


def _event_summaries(state: AppState, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = ("event_id", "event_date", "event_type", "sub_event_type", "location", "country", "claim_status", "fatalities")
    out = []
    for event_id in dict.fromkeys(s["event_id"] for s in spans):
        ev = state.store.get_event(event_id)
        if ev is not None:
            rec = ev.to_record()
            out.append({k: rec[k] for k in keys})
    return out
