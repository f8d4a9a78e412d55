"""The FastAPI application: ``create_app(store, settings)``; no module-level state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.api.settings import ApiSettings

if TYPE_CHECKING:  # pragma: no cover
    from fastapi import FastAPI

    from sitrep.store import Store

__all__ = ["create_app"]

API_DESCRIPTION = (
    "ACLED-style conflict events extracted from news articles. Filters are shared by "
    "/api/events, /api/stats and the dashboard. Every error has the shape "
    '{"error": {"code", "message", "detail"}}. Writes need `Authorization: Bearer <token>`.'
)


def create_app(store: Store, settings: ApiSettings | None = None) -> FastAPI:
    """A web app serving ``store``: the JSON API under /api and the dashboard at /."""
    from fastapi import FastAPI

    from sitrep import __version__
    from sitrep.api import routes_read, routes_write
    from sitrep.api.errors import install_error_handlers
    from sitrep.api.state import AppState
    from sitrep.web import routes as web_routes

    settings = settings or ApiSettings()
    app = FastAPI(
        title="sitrep", version=__version__, description=API_DESCRIPTION,
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
    )
    app.state.sitrep = AppState(store=store, settings=settings)
    install_error_handlers(app)
    app.include_router(routes_read.router)
    app.include_router(routes_write.router)
    web_routes.install(app)
    _middleware(app, settings)
    return app


def _middleware(app: Any, settings: ApiSettings) -> None:
    """Innermost first: CORS (only if origins are given), the body limit, security headers."""
    from sitrep.api.limits import BodyLimit, SecurityHeaders, content_security_policy

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, csp=content_security_policy(settings.tile_origin))
