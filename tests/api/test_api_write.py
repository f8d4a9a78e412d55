"""Writes: the token, request limits and validation; and the pipeline endpoints for real."""

from __future__ import annotations

import pytest
from api_cases import AUTH, TOKEN
from api_cases import client, make_client, ro_client, store  # noqa: F401 - fixtures

from sitrep.settings import Settings

ARTICLE = {
    "id": "post-1",
    "text": "Gunmen killed seven villagers in Konduga, Borno State, on Monday, police said.\n"
            "Residents said the attackers arrived on motorcycles and burned homes.",
    "source": "Post Wire",
    "published": "2021-03-03",
}


def test_read_only_server_refuses_every_write(ro_client) -> None:  # type: ignore[no-untyped-def]
    for body in (ARTICLE, {"not": "an article"}):
        resp = ro_client.post("/api/articles", json=body, headers=AUTH)
        assert resp.status_code == 403
        err = resp.json()["error"]
        assert err["code"] == "read_only" and "--token-env" in err["message"]
    assert ro_client.get("/api/meta").json()["writable"] is False


@pytest.mark.parametrize("headers, hint", [
    ({}, "Bearer"),
    ({"Authorization": "Bearer wrong-token-000"}, 'error="invalid_token"'),
    ({"Authorization": f"Basic {TOKEN}"}, "Bearer"),
    ({"Authorization": "Bearer "}, "Bearer"),
])
def test_writes_need_the_bearer_token(client, headers, hint) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/articles", json=ARTICLE, headers=headers)
    assert resp.status_code == 401 and resp.json()["error"]["code"] == "unauthorized"
    assert hint in resp.headers["www-authenticate"]
    assert client.get("/api/articles/post-1").status_code == 404  # nothing was written


def test_token_must_not_be_trivial() -> None:
    from sitrep.api.settings import ApiSettings
    from sitrep.errors import ConfigError

    with pytest.raises(ConfigError):
        ApiSettings(token="abc")


@pytest.mark.parametrize("body, where", [
    ({"text": "no id"}, ["body", "id"]),
    ({"id": "a", "text": "x", "html": "<p>x</p>"}, ["body"]),
    ({"id": "a"}, ["body"]),
    ({"id": "a", "text": "x", "colour": "red"}, ["body", "colour"]),
    ([ARTICLE, {"id": "b/../c", "text": "x"}], ["body", "1", "id"]),
    ({"id": "", "text": "x"}, ["body", "id"]),
    ("just a string", ["body"]),
])
def test_invalid_articles_are_422_with_their_place(client, body, where) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/articles", json=body, headers=AUTH)
    assert resp.status_code == 422
    err = resp.json()["error"]
    assert err["code"] == "invalid_request" and err["detail"][0]["loc"] == where


def test_empty_list_and_non_json(client) -> None:  # type: ignore[no-untyped-def]
    assert client.post("/api/articles", json=[], headers=AUTH).status_code == 422
    resp = client.post("/api/articles", content=b"id=a&text=b", headers={**AUTH, "Content-Type": "application/x-www-form-urlencoded"})
    assert resp.status_code == 415 and resp.json()["error"]["code"] == "unsupported_media_type"
    resp = client.post("/api/articles", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 422


def test_body_over_the_limit_is_413(make_client) -> None:  # type: ignore[no-untyped-def]
    small = make_client(token=TOKEN, max_body_bytes=2_000)
    big = {"id": "big", "text": "word " * 1_000}
    resp = small.post("/api/articles", json=big, headers=AUTH)
    assert resp.status_code == 413 and resp.json()["error"]["detail"] == {"max_bytes": 2_000}


def test_streamed_body_over_the_limit_is_413(make_client) -> None:  # type: ignore[no-untyped-def]
    small = make_client(token=TOKEN, max_body_bytes=2_000)

    def chunks():  # no Content-Length: the limit is enforced while reading
        yield b'{"id": "big", "text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}'

    resp = small.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "payload_too_large"


def test_too_many_or_too_long_articles_are_413(make_client) -> None:  # type: ignore[no-untyped-def]
    c = make_client(token=TOKEN, max_articles=2, pipeline=Settings(max_article_chars=50))
    many = [{"id": f"a{i}", "text": "short"} for i in range(3)]
    assert c.post("/api/articles", json=many, headers=AUTH).json()["error"]["detail"] == {"max_articles": 2}
    long = {"id": "long", "text": "x" * 51}
    resp = c.post("/api/extract", json=long)
    assert resp.status_code == 413 and resp.json()["error"]["detail"]["article_id"] == "long"


def test_same_id_twice_in_a_request_is_400(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/articles", json=[ARTICLE, ARTICLE], headers=AUTH)
    assert resp.status_code == 400 and "twice" in resp.json()["error"]["message"]


def test_stored_id_with_new_text_is_409(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/articles", json={"id": "ng-1", "text": "A different text altogether."}, headers=AUTH)
    assert resp.status_code == 409 and resp.json()["error"]["detail"] == {"article_id": "ng-1"}


def test_unreadable_article_is_400_naming_it(client) -> None:  # type: ignore[no-untyped-def]
    for bad in ({**ARTICLE, "published": "last Tuesday"}, {"id": "blank", "text": "   "}, {"id": "empty", "html": "<p></p>"}):
        resp = client.post("/api/extract", json=bad)
        assert resp.status_code == 400, resp.text
        err = resp.json()["error"]
        assert err["code"] == "bad_article" and err["detail"] == {"article_id": bad["id"]}


def test_pipeline_endpoints_can_be_closed(make_client) -> None:  # type: ignore[no-untyped-def]
    closed = make_client(token=TOKEN, open_pipeline=False)
    assert closed.post("/api/geoparse", json=ARTICLE).status_code == 401
    assert make_client(open_pipeline=False).post("/api/extract", json=ARTICLE).status_code == 403


# ---- the real pipeline ----------------------------------------------------------------------
def test_ingest_returns_created_events_then_nothing_new(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["summary"]["articles_new"] == 1 and body["created"]
    ev = body["created"][0]
    assert ev["sources"][0]["article_id"] == "post-1"
    assert client.get(f"/api/events/{ev['event_id']}").status_code == 200
    stored = client.get("/api/articles/post-1").json()
    assert stored["article"]["source"] == "Post Wire" and stored["spans"]
    again = client.post("/api/articles", json=[ARTICLE], headers=AUTH)
    assert again.status_code == 200 and again.json()["summary"]["articles_unchanged"] == 1
    assert again.json()["created"] == []


def test_extract_is_stateless(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/extract", json=[ARTICLE, {**ARTICLE, "id": "post-2", "source": "Other"}])
    assert resp.status_code == 200, resp.text
    events = resp.json()["events"]
    assert events and all(e["event_type"] for e in events)
    assert client.get("/api/articles/post-1").status_code == 404


def test_geoparse_returns_toponym_records(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/geoparse", json=ARTICLE)
    assert resp.status_code == 200, resp.text
    tops = resp.json()["toponyms"]
    keys = {"article_id", "start", "end", "text", "name", "geonameid", "latitude", "longitude", "country",
            "admin1", "feature_class"}
    assert tops and all(keys <= set(t) for t in tops)
    for t in tops:
        assert ARTICLE["text"][t["start"]:t["end"]] == t["text"]
    assert any(t["text"] == "Konduga" for t in tops)


def test_geoparse_reports_demonyms_apart_unless_places_only(client) -> None:  # type: ignore[no-untyped-def]
    article = {**ARTICLE, "id": "post-d", "text": "Nigerian troops returned to Konduga on Monday."}
    tops = client.post("/api/geoparse", json=article).json()["toponyms"]
    kinds = {t["text"]: t["kind"] for t in tops}
    assert kinds == {"Nigerian": "demonym", "Konduga": "place"}
    assert next(t for t in tops if t["kind"] == "demonym")["country"] == "Nigeria"
    only = client.post("/api/geoparse?places_only=true", json=article).json()["toponyms"]
    assert [t["kind"] for t in only] == ["place"]
