"""One JSON error shape for the whole API, whatever fails and wherever."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from api_cases import AUTH, TOKEN
from api_cases import client, make_client, ro_client, store  # noqa: F401 - fixtures

# (method, path, request kwargs, status); `client` has a token and limits of 2 KB / 3 articles
BAD_REQUESTS = [
    ("get", "/api/nowhere", {}, 404),
    ("get", "/nowhere/at/all", {}, 404),
    ("get", "/static/missing.js", {}, 404),
    ("get", "/api/events/ev_unknown", {}, 404),
    ("get", "/api/articles/unknown", {}, 404),
    ("delete", "/api/events", {}, 405),
    ("put", "/api/articles", {"json": {}}, 405),
    ("get", "/api/events", {"params": {"since": "soon"}}, 400),
    ("get", "/api/events", {"params": {"cursor": "zzz"}}, 400),
    ("get", "/api/events", {"params": {"limit": "lots"}}, 422),
    ("get", "/api/articles", {"params": {"offset": "-3"}}, 422),
    ("get", "/api/stats", {"params": {"bbox": "a,b,c,d"}}, 400),
    ("post", "/api/articles", {"json": {"id": "x", "text": "y"}}, 401),
    ("post", "/api/articles", {"json": {"id": "x"}, "headers": AUTH}, 422),
    ("post", "/api/articles", {"content": b"{", "headers": {**AUTH, "Content-Type": "application/json"}}, 422),
    ("post", "/api/articles", {"content": b"x", "headers": {**AUTH, "Content-Type": "text/plain"}}, 415),
    ("post", "/api/articles", {"json": {"id": "x", "text": "y" * 3000}, "headers": AUTH}, 413),
    ("post", "/api/articles", {"json": [{"id": f"a{i}", "text": "y"} for i in range(4)], "headers": AUTH}, 413),
    ("post", "/api/articles", {"json": {"id": "ng-1", "text": "A wholly different text for a stored id."}, "headers": AUTH}, 409),
    ("post", "/api/extract", {"json": {"id": "x", "text": "y", "html": "z"}}, 422),
    ("post", "/api/geoparse", {"json": [{"id": "x", "text": "y"}, {"id": "x", "text": "y"}]}, 400),
]


def assert_error_shape(resp, status: int) -> dict:  # type: ignore[no-untyped-def,type-arg]
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"code", "message", "detail"}
    assert isinstance(err["code"], str) and err["code"].replace("_", "").isalpha()
    assert isinstance(err["message"], str) and len(err["message"]) > 5
    return err


@pytest.mark.parametrize("method, path, kwargs, status", BAD_REQUESTS)
def test_every_error_has_one_shape(make_client, method, path, kwargs, status) -> None:  # type: ignore[no-untyped-def]
    client = make_client(token=TOKEN, max_body_bytes=2_000, max_articles=3)
    assert_error_shape(client.request(method.upper(), path, **kwargs), status)


def test_read_only_403_has_the_shape(ro_client) -> None:  # type: ignore[no-untyped-def]
    assert assert_error_shape(ro_client.post("/api/articles", json={}), 403)["code"] == "read_only"


def test_unexpected_failure_is_500_in_the_shape_without_internals(client, store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.begin() as conn:  # break the database under the running app
        conn.execute(sa.text("DROP TABLE event_revisions"))
    err = assert_error_shape(client.get("/api/events/ev_ng-1"), 500)
    assert err["code"] == "internal_error" and "event_revisions" not in err["message"]


def test_codes_are_distinct_per_kind(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(token=TOKEN, max_body_bytes=2_000, max_articles=3)
    codes = {}
    for method, path, kwargs, status in BAD_REQUESTS:
        codes.setdefault(status, set()).add(client.request(method.upper(), path, **kwargs).json()["error"]["code"])
    assert codes[404] == {"not_found"} and codes[405] == {"method_not_allowed"}
    assert codes[413] == {"payload_too_large"} and codes[415] == {"unsupported_media_type"}
    assert codes[422] == {"invalid_request"} and codes[401] == {"unauthorized"} and codes[409] == {"conflict"}
