"""The web server's options: one frozen record, built by ``sitrep serve`` from its flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sitrep.errors import ConfigError
from sitrep.settings import Settings

__all__ = ["ApiSettings"]

# A request body larger than this is refused with 413 before it is read (1,000 articles of about
# 10 KB, the size of a long news story, fit under it with room for markup).
MAX_BODY_BYTES = 10_000_000
# Articles in one POST: ingesting runs the whole pipeline in the request, about 0.1-0.5 s per
# article on one core, so 100 keeps a request under a minute.
MAX_ARTICLES_PER_REQUEST = 100
# Events per page when the client gives no limit, and the most it may ask for.
DEFAULT_PAGE = 100
MAX_PAGE = 1000


@dataclass(frozen=True)
class ApiSettings:
    """What ``create_app`` needs besides the store.

    ``token`` is the bearer token that write requests must carry; None makes the server read-only.
    ``pipeline`` holds the extraction settings used by the write and pipeline endpoints.
    """

    token: str | None = None
    pipeline: Settings = field(default_factory=Settings)
    max_body_bytes: int = MAX_BODY_BYTES
    max_articles: int = MAX_ARTICLES_PER_REQUEST
    default_page: int = DEFAULT_PAGE
    max_page: int = MAX_PAGE
    cors_origins: tuple[str, ...] = ()  # empty: no CORS headers at all
    tile_url: str | None = None  # e.g. https://tile.example.org/{z}/{x}/{y}.png; None = outlines only
    open_pipeline: bool = True  # /api/extract and /api/geoparse without a token (they write nothing)

    def __post_init__(self) -> None:
        if self.token is not None and len(self.token) < 8:
            raise ConfigError("the API token must be at least 8 characters")
        if not (0 < self.default_page <= self.max_page):
            raise ConfigError(f"default page {self.default_page} must be between 1 and {self.max_page}")
        if self.tile_url is not None:
            _check_tile_url(self.tile_url)

    @property
    def writable(self) -> bool:
        return self.token is not None

    @property
    def tile_origin(self) -> str | None:
        """scheme://host[:port] of the tile server, for the page's content security policy."""
        if not self.tile_url:
            return None
        parts = urlsplit(self.tile_url)
        return f"{parts.scheme}://{parts.netloc}"


def _check_tile_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"tile URL {url!r} must be an http(s) URL")
    missing = [k for k in ("{z}", "{x}", "{y}") if k not in url]
    if missing:
        raise ConfigError(f"tile URL {url!r} lacks {', '.join(missing)}")
