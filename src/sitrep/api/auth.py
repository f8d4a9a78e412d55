"""Bearer-token check for write requests."""

from __future__ import annotations

import hmac

from sitrep.api.errors import ApiError
from sitrep.api.settings import ApiSettings

__all__ = ["check_write", "check_pipeline"]

_READ_ONLY = (
    "this server is read-only: no write token is configured "
    "(start it with `sitrep serve --token-env NAME` and set the variable NAME)"
)


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def check_write(settings: ApiSettings, authorization: str | None) -> None:
    """Raise 403 on a read-only server, 401 when the bearer token is missing or wrong."""
    if settings.token is None:
        raise ApiError(403, "read_only", _READ_ONLY)
    given = _bearer(authorization)
    if given is None:
        raise ApiError(401, "unauthorized", "this request writes: send `Authorization: Bearer <token>`",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise ApiError(401, "unauthorized", "the bearer token is not valid",
                       headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def check_pipeline(settings: ApiSettings, authorization: str | None) -> None:
    """The stateless pipeline endpoints are open unless the operator closed them."""
    if not settings.open_pipeline:
        check_write(settings, authorization)
