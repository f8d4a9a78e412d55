"""Pydantic models at the API's edge: request bodies (validated) and response shapes (documented).

Responses are built from the store's dataclasses and sent as they are; the response models only
describe them in ``/api/openapi.json``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["ArticleIn", "ErrorOut", "EventDetailOut", "EventsOut", "ToponymOut", "WriteOut"]

# Article ids become file-name-like keys in the store and in URLs.
MAX_ID_CHARS = 200


class ArticleIn(BaseModel):
    """One article, as in EVENTS.md "Articles in": ``text`` or ``html``, and optional metadata."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    id: str = Field(min_length=1, max_length=MAX_ID_CHARS, pattern=r"^[^/\\\x00-\x1f]+$")
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, description="ISO date or datetime")
    language: str | None = None
    country: str | None = Field(default=None, description="the country the source covers (name or ISO code): a hint")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of `text` or `html`")
        return self

    @property
    def body(self) -> str:
        return self.text if self.text is not None else self.html or ""

    def meta(self) -> dict[str, Any]:
        keys = ("title", "url", "source", "published", "language", "country")
        return {k: getattr(self, k) for k in keys if getattr(self, k) is not None}


class _ErrorBody(BaseModel):
    code: str
    message: str
    detail: Any = None


class ErrorOut(BaseModel):
    error: _ErrorBody


class EventsOut(BaseModel):
    events: list[dict[str, Any]] = Field(description="EVENTS.md records")
    count: int
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last")


class EventDetailOut(BaseModel):
    event: dict[str, Any]
    history: list[dict[str, Any]]
    aliases: list[str]


class ToponymOut(BaseModel):
    article_id: str
    start: int
    end: int
    text: str
    name: str | None
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    country: str | None
    admin1: str | None
    feature_class: str | None
    kind: Literal["place", "demonym"]
    reason: str


class WriteOut(BaseModel):
    articles: int
    created: list[dict[str, Any]]
    updated: list[dict[str, Any]]
    summary: dict[str, Any]
