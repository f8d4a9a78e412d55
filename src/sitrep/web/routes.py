"""Routes of the dashboard: the page at /, its static files, the basemap and the page's settings."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from sitrep.api.state import AppState, app_state
from sitrep.web import STATIC_DIR
from sitrep.web.basemap import load_basemap

__all__ = ["install", "router"]

router = APIRouter()
State = Annotated[AppState, Depends(app_state)]
# The page is small and changes with the package: revalidate it; the basemap never changes
# within a version, so browsers may keep it for a day.
BASEMAP_MAX_AGE_S = 86_400


@router.get("/", include_in_schema=False)
def dashboard() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})


@router.get("/api/docs", include_in_schema=False)
def api_reference() -> FileResponse:
    """A reference page drawn from /api/openapi.json by the package's own script (no CDN)."""
    return FileResponse(STATIC_DIR / "docs.html", headers={"Cache-Control": "no-cache"})


@router.get("/api/basemap", summary="Country outlines (GeoJSON) for the dashboard's offline map")
def basemap() -> Response:
    return Response(load_basemap(), media_type="application/geo+json",
                    headers={"Cache-Control": f"public, max-age={BASEMAP_MAX_AGE_S}"})


@router.get("/api/meta", summary="What the dashboard needs to know about this server")
def meta(state: State) -> dict[str, Any]:
    from sitrep import __version__
    from sitrep.query import SORT_KEYS
    from sitrep.types import EVENT_TYPES

    s = state.settings
    return {
        "version": __version__,
        "writable": s.writable,
        "tile_url": s.tile_url,
        "event_types": {k: list(v) for k, v in EVENT_TYPES.items()},
        "claim_statuses": ["reported", "claimed", "disputed", "denied"],
        "sort_keys": list(SORT_KEYS),
        "max_page": s.max_page,
    }


def install(app: FastAPI) -> None:
    """Add the dashboard's routes and static files to ``app``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
