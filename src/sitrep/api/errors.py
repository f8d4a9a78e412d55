"""One JSON error shape for the whole API: ``{"error": {"code", "message", "detail"}}``.

Every failure goes through :func:`error_response`: sitrep's own :class:`ApiError`, Starlette's
HTTP errors (unknown routes, wrong methods), FastAPI's validation errors, bad filter values
(:class:`~sitrep.errors.ConfigError`) and anything unexpected (500, with no internals leaked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.errors import ConfigError, InputError, PipelineError, StoreError

if TYPE_CHECKING:  # pragma: no cover
    from fastapi import FastAPI, Request
    from starlette.responses import JSONResponse

__all__ = ["ApiError", "error_body", "error_response", "install_error_handlers"]

# Codes for the HTTP statuses Starlette raises on its own.
_STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
}


class ApiError(Exception):
    """An error the API reports to its client as is."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers or {}


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "detail": detail}}


def error_response(status: int, code: str, message: str, detail: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    from starlette.responses import JSONResponse

    return JSONResponse(error_body(code, message, detail), status_code=status, headers=headers)


def _validation_detail(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """FastAPI's error list, trimmed to JSON-safe fields (no echo of the whole input)."""
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in errors
    ]


def install_error_handlers(app: FastAPI) -> None:
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    async def on_api_error(_req: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.detail, exc.headers)

    async def on_http(_req: Request, exc: HTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = "no such resource; see /api/openapi.json for the routes"
        return error_response(exc.status_code, code, message, None, dict(exc.headers or {}))

    async def on_validation(_req: Request, exc: RequestValidationError) -> JSONResponse:
        detail = _validation_detail(list(exc.errors()))
        where = ", ".join(".".join(d["loc"]) + ": " + d["msg"] for d in detail[:3])
        return error_response(422, "invalid_request", f"the request is not valid ({where})", detail)

    async def on_bad_value(_req: Request, exc: Exception) -> JSONResponse:
        return error_response(400, "bad_request", str(exc))

    async def on_unexpected(_req: Request, exc: Exception) -> JSONResponse:
        return error_response(500, "internal_error", f"the server failed: {type(exc).__name__}")

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    async def on_store(_req: Request, exc: StoreError) -> JSONResponse:
        return error_response(500, "store_error", "the event store failed", str(exc))

    async def on_pipeline(_req: Request, exc: PipelineError) -> JSONResponse:
        return error_response(500, "pipeline_error", "the extraction pipeline failed", str(exc))

    for cls in (ConfigError, InputError):
        app.add_exception_handler(cls, on_bad_value)
    app.add_exception_handler(StoreError, on_store)
    app.add_exception_handler(PipelineError, on_pipeline)
    app.add_exception_handler(Exception, on_unexpected)
