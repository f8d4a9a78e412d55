"""Contract tests of the read API on a store of hand-made events."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from api_cases import CASES, fill, make_article, make_event
from api_cases import client, make_client, store  # noqa: F401 - fixtures

from sitrep.api.formats import CSV_COLUMNS

EVENTS_MD_FIELDS = {
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "inter1",
    "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "geonameid", "fatalities",
    "fatalities_low", "fatalities_high", "claim_status", "claimed_by", "sources", "notes",
}
SOURCE_FIELDS = {"article_id", "source", "url", "published", "evidence", "start", "end"}


def ids(resp) -> list[str]:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200, resp.text
    return [e["event_id"] for e in resp.json()["events"]]


def test_events_are_events_md_records_newest_first(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/events").json()
    assert body["count"] == len(CASES) and body["next_cursor"] is None
    for rec in body["events"]:
        assert EVENTS_MD_FIELDS <= set(rec)
        assert all(SOURCE_FIELDS <= set(s) for s in rec["sources"])
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params, expected", [
    ({"country": "NIGERIA"}, {"ev_ng-1", "ev_xx-1"}),
    ({"admin1": "gao"}, {"ev_ml-1"}),
    ({"event_type": "Battles"}, {"ev_ml-1", "ev_co-1"}),
    ({"sub_event_type": "Air/drone strike"}, {"ev_ye-1"}),
    ({"actor": "police forces"}, {"ev_co-1"}),
    ({"since": "2021-03-09", "until": "2021-03-11"}, {"ev_co-1", "ev_ua-1", "ev_sy-1"}),
    ({"bbox": "30,30,40,52"}, {"ev_ua-1", "ev_sy-1"}),
    ({"bbox": "170,-90,-60,90"}, {"ev_co-1"}),  # across the antimeridian
    ({"min_fatalities": "5"}, {"ev_ng-1", "ev_sy-1"}),
    ({"min_fatalities": "0"}, {"ev_ng-1", "ev_ml-1", "ev_ye-1", "ev_co-1", "ev_sy-1"}),
    ({"claim_status": "disputed"}, {"ev_co-1"}),
    ({"q": "market"}, {"ev_ng-1"}),  # in the evidence
    ({"q": "peaceful protest in kharkiv"}, {"ev_ua-1"}),  # in the notes
    ({"country": "Nigeria", "event_type": "Violence against civilians"}, {"ev_ng-1"}),
    ({"country": "Atlantis"}, set()),
])
def test_each_filter(client, params, expected) -> None:  # type: ignore[no-untyped-def]
    assert set(ids(client.get("/api/events", params=params))) == expected


@pytest.mark.parametrize("params, status, code", [
    ({"since": "yesterday"}, 400, "bad_request"),
    ({"since": "2021-03-10", "until": "2021-03-01"}, 400, "bad_request"),
    ({"bbox": "1,2,3"}, 400, "bad_request"),
    ({"bbox": "0,0,500,10"}, 400, "bad_request"),
    ({"min_fatalities": "many"}, 422, "invalid_request"),
    ({"min_fatalities": "-1"}, 422, "invalid_request"),
    ({"claim_status": "rumoured"}, 422, "invalid_request"),
    ({"sort": "actor1"}, 422, "invalid_request"),
    ({"order": "up"}, 422, "invalid_request"),
    ({"format": "xml"}, 422, "invalid_request"),
    ({"limit": "0"}, 422, "invalid_request"),
    ({"limit": "5000"}, 400, "bad_request"),
    ({"cursor": "not-a-cursor"}, 400, "bad_cursor"),
])
def test_bad_parameters_are_clear_4xx(client, params, status, code) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/api/events", params=params)
    assert resp.status_code == status
    assert resp.json()["error"]["code"] == code


@pytest.mark.parametrize("sort", ["event_date", "fatalities", "confidence", "updated_at"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_cursor_pages_cover_everything_once(client, sort, order) -> None:  # type: ignore[no-untyped-def]
    whole = ids(client.get("/api/events", params={"sort": sort, "order": order, "limit": 100}))
    seen, cursor, pages = [], None, 0
    while True:
        body = client.get("/api/events", params={"sort": sort, "order": order, "limit": 2, "cursor": cursor}).json()
        seen += [e["event_id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == whole and len(set(seen)) == len(CASES)
    assert pages == (len(CASES) + 1) // 2


def test_csv_format(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/api/events", params={"format": "csv", "limit": 3})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(resp.text)))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 4
    assert resp.headers["x-next-cursor"]
    rest = client.get("/api/events", params={"format": "csv", "cursor": resp.headers["x-next-cursor"]})
    assert len(list(csv.reader(io.StringIO(rest.text)))) == 1 + len(CASES) - 3
    assert "x-next-cursor" not in rest.headers


def test_geojson_format(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/api/events", params={"format": "geojson"})
    assert resp.headers["content-type"].startswith("application/geo+json")
    body = resp.json()
    assert body["type"] == "FeatureCollection" and len(body["features"]) == len(CASES)
    by_id = {f["id"]: f for f in body["features"]}
    assert by_id["ev_ml-1"]["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}  # lon, lat
    assert by_id["ev_xx-1"]["geometry"] is None
    assert by_id["ev_co-1"]["properties"]["claim_status"] == "disputed"


def test_event_detail_has_sources_spans_and_history(client, store) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/events/ev_ng-1").json()
    rec = body["event"]
    src = rec["sources"][0]
    text = store.get_article("ng-1").article.text
    assert text[src["start"]:src["end"]] == src["evidence"]
    assert [h["action"] for h in body["history"]] == ["created"]
    assert body["aliases"] == []


def test_merged_away_id_redirects_to_its_event(client, store) -> None:  # type: ignore[no-untyped-def]
    from sitrep.store.merging import StoreMerger

    case = dataclasses.replace(CASES[0], article_id="ng-2", text="Second wire.\n" + CASES[0].text, source="Other Wire")
    store.write_article(make_article(case.article_id, case.text, case.source), None, [make_event(case)], StoreMerger())
    resp = client.get("/api/events/ev_ng-2", follow_redirects=False)
    assert resp.status_code == 308 and resp.headers["location"] == "/api/events/ev_ng-1"
    body = client.get("/api/events/ev_ng-2").json()  # followed
    assert body["event"]["event_id"] == "ev_ng-1"
    assert {s["article_id"] for s in body["event"]["sources"]} == {"ng-1", "ng-2"}
    assert [h["action"] for h in body["history"]] == ["created", "updated"]


def test_unknown_event_is_404(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/api/events/ev_nothing")
    assert resp.status_code == 404 and resp.json()["error"]["code"] == "not_found"


def test_articles_list_and_pagination(client) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/articles", params={"limit": 4}).json()
    assert first["total"] == len(CASES) and len(first["articles"]) == 4 and first["next_offset"] == 4
    rest = client.get("/api/articles", params={"limit": 4, "offset": 4}).json()
    assert rest["next_offset"] is None
    got = [a["id"] for a in first["articles"] + rest["articles"]]
    assert sorted(got) == sorted(c.article_id for c in CASES)
    assert "text" not in first["articles"][0]


def test_article_detail_has_text_and_event_spans(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/articles/ml-1").json()
    text = body["article"]["text"]
    [span] = body["spans"]
    assert span["event_id"] == "ev_ml-1"
    assert text[span["start"]:span["end"]].startswith("Soldiers clashed")
    assert body["events"][0]["sub_event_type"] == "Armed clash"
    assert client.get("/api/articles/none-such").status_code == 404


def test_stats_by_type_day_and_admin1(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/stats").json()
    assert body["events"] == len(CASES)
    assert body["fatalities"] == sum(c.fatalities or 0 for c in CASES)
    by_type = {(r["event_type"], r["sub_event_type"]): r["events"] for r in body["by_type"]}
    assert by_type[("Battles", "Armed clash")] == 2
    assert {r["event_date"] for r in body["by_day"]} == {c.day for c in CASES}
    assert {"country": "Mali", "admin1": "Gao", "events": 1, "fatalities": 4} in body["by_admin1"]
    nigeria = client.get("/api/stats", params={"country": "Nigeria"}).json()
    assert nigeria["events"] == 2
    assert client.get("/api/stats", params={"since": "nope"}).status_code == 400


def test_meta_basemap_and_openapi(client) -> None:  # type: ignore[no-untyped-def]
    meta = client.get("/api/meta").json()
    assert meta["writable"] is True and "Battles" in meta["event_types"]
    base = client.get("/api/basemap")
    assert base.headers["content-type"].startswith("application/geo+json")
    assert len(json.loads(base.content)["features"]) > 150
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/stats", "/api/extract", "/api/geoparse"):
        assert path in spec["paths"], path
    assert "requestBody" in spec["paths"]["/api/articles"]["post"]
    assert client.get("/docs").status_code == 404  # no page that would load assets from a CDN
    ref = client.get("/api/docs")
    assert ref.status_code == 200 and '<script type="module" src="/static/docs.js">' in ref.text
    assert "cdn" not in ref.text.lower()


def test_dashboard_and_security_headers(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert '<script type="module" src="/static/app.js">' in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("app.js", "map.js", "timeline.js", "eventpage.js", "dom.js", "api.js", "app.css"):
        assert client.get(f"/static/{asset}").status_code == 200, asset
    assert client.get("/static/../api/app.py").status_code == 404


def test_no_cors_by_default_and_opt_in(client, make_client) -> None:  # type: ignore[no-untyped-def]
    origin = {"Origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api/events", headers=origin).headers
    opened = make_client(cors_origins=("https://elsewhere.example",))
    assert opened.get("/api/events", headers=origin).headers["access-control-allow-origin"] == "https://elsewhere.example"


def test_tile_server_is_allowed_by_the_page_policy_only_when_configured(make_client) -> None:  # type: ignore[no-untyped-def]
    plain = make_client().get("/").headers["content-security-policy"]
    tiles = make_client(tile_url="https://tiles.example.org/{z}/{x}/{y}.png")
    assert "tiles.example.org" not in plain
    assert "img-src 'self' data: https://tiles.example.org" in tiles.get("/").headers["content-security-policy"]
    assert tiles.get("/api/meta").json()["tile_url"] == "https://tiles.example.org/{z}/{x}/{y}.png"


def test_empty_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from sitrep.api.app import create_app
    from sitrep.store import open_store

    with open_store(tmp_path / "empty.db") as st:
        c = TestClient(create_app(st))
        assert c.get("/api/events").json() == {"events": [], "count": 0, "next_cursor": None}
        assert c.get("/api/stats").json()["events"] == 0
        fill(st, CASES[:1])
        assert c.get("/api/events").json()["count"] == 1
