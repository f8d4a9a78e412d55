"""A live blog posted as HTML (to the HTTP API or the Python API) is split like a live blog read
from disk: one article per entry, ids ``<id>#<anchor or number>``."""

from __future__ import annotations

from pathlib import Path

from api_cases import AUTH
from api_cases import client, make_client, store  # noqa: F401 - fixtures

from sitrep.api_python import as_articles

PAGE = Path(__file__).resolve().parents[1] / "ingest" / "pages_s15" / "live_sudan_blocks.html"


def test_python_api_splits_a_posted_live_blog() -> None:
    arts = list(as_articles({"id": "sd-live", "html": PAGE.read_text(encoding="utf-8")}))
    assert len(arts) >= 2
    assert all(a.id.startswith("sd-live#") for a in arts)
    assert len({a.id for a in arts}) == len(arts)


def test_http_api_splits_a_posted_live_blog(client) -> None:  # type: ignore[no-untyped-def]
    body = {"id": "sd-live", "html": PAGE.read_text(encoding="utf-8")}
    resp = client.post("/api/articles", json=body, headers=AUTH)
    assert resp.status_code == 201, resp.text
    n = resp.json()["articles"]
    assert n >= 2
    again = client.post("/api/articles", json=body, headers=AUTH)  # re-posting is a no-op
    assert again.status_code in (200, 201) and again.json()["created"] == []
