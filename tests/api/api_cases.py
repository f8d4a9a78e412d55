"""Hand-made events (our own words, several countries), a store of them and clients on it.

A plain module, not a conftest.py: test modules import the fixtures they use, so that no
`conftest` module of this folder shadows the root one for other folders' tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitrep.types import Article, Event, SourceRef

TOKEN = "test-token-1234567890"


@dataclass(frozen=True)
class Case:
    """One article and the event coded from one of its sentences."""

    article_id: str
    text: str
    evidence: str
    day: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str | None
    country: str
    admin1: str | None
    location: str
    lat: float | None
    lon: float | None
    fatalities: int | None
    claim_status: str = "reported"
    source: str = "Test Wire"


CASES = (
    Case("ng-1", "Maiduguri, 3 March.\nGunmen attacked a market near Maiduguri and killed 12 traders.\nPolice said patrols were increased.",
         "Gunmen attacked a market near Maiduguri and killed 12 traders.", "2021-03-02", "Violence against civilians", "Attack",
         "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Nigeria", "Borno", "Maiduguri", 11.85, 13.16, 12),
    Case("ml-1", "Bamako.\nSoldiers clashed with militants outside Gao on Friday, the army said.\nFour soldiers died.",
         "Soldiers clashed with militants outside Gao on Friday, the army said.", "2021-03-05", "Battles", "Armed clash",
         "Military Forces of Mali", "JNIM", "Mali", "Gao", "Gao", 16.27, -0.04, 4),
    Case("ye-1", "Aden.\nAn air strike hit a depot in Marib province, local officials said.\nNo casualties were reported.",
         "An air strike hit a depot in Marib province, local officials said.", "2021-03-07", "Explosions/Remote violence",
         "Air/drone strike", "Military Forces of Saudi Arabia", None, "Yemen", "Marib", "Marib", 15.46, 45.32, 0),
    Case("co-1", "Bogota.\nA rebel group said it killed three police officers near Cali; the police denied any deaths.",
         "A rebel group said it killed three police officers near Cali; the police denied any deaths.", "2021-03-09",
         "Battles", "Armed clash", "ELN", "Police Forces of Colombia", "Colombia", "Valle del Cauca", "Cali", 3.45, -76.53, 3,
         "disputed"),
    Case("ua-1", "Kyiv.\nHundreds of people marched peacefully in Kharkiv against price rises.",
         "Hundreds of people marched peacefully in Kharkiv against price rises.", "2021-03-09", "Protests", "Peaceful protest",
         "Protesters (Ukraine)", None, "Ukraine", "Kharkiv", "Kharkiv", 49.99, 36.23, None),
    Case("sy-1", "Beirut.\nShelling struck villages in Idlib overnight, killing seven people, a monitor said.",
         "Shelling struck villages in Idlib overnight, killing seven people, a monitor said.", "2021-03-11",
         "Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)",
         "Syria", "Idlib", "Idlib", 35.93, 36.63, 7),
    Case("xx-1", "Somewhere.\nArmed men seized a lorry on a road in an unnamed district.",
         "Armed men seized a lorry on a road in an unnamed district.", "2021-03-12", "Strategic developments",
         "Looting/property destruction", "Unidentified Armed Group (Nigeria)", None, "Nigeria", None, "", None, None, None),
)


def make_article(article_id: str, text: str, source: str | None = "Test Wire") -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id=article_id, text=text, content_hash=digest, source=source, published=None)


def make_event(case: Case, event_id: str | None = None) -> Event:
    start = case.text.index(case.evidence)
    src = SourceRef(case.article_id, case.source, None, None, case.evidence, start, start + len(case.evidence))
    return Event(
        event_id=event_id or f"ev_{case.article_id}", event_date=case.day, time_precision=1,
        event_type=case.event_type, sub_event_type=case.sub_event_type, actor1=case.actor1, actor2=case.actor2,
        inter1=1, inter2=None, country=case.country, admin1=case.admin1, location=case.location,
        latitude=case.lat, longitude=case.lon, geo_precision=1, geonameid=None, fatalities=case.fatalities,
        fatalities_low=case.fatalities, fatalities_high=case.fatalities, claim_status=case.claim_status,
        claimed_by=None, sources=(src,), notes=f"{case.sub_event_type} in {case.location or case.country}.",
        date_earliest=case.day, date_latest=case.day,
    )


def fill(store, cases=CASES) -> None:  # type: ignore[no-untyped-def]
    for case in cases:
        store.write_article(make_article(case.article_id, case.text, case.source), None, [make_event(case)])


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    from sitrep.store import open_store

    st = open_store(tmp_path / "api.db")
    fill(st)
    yield st
    st.close()


def _client(store, **settings):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from sitrep.api.app import create_app
    from sitrep.api.settings import ApiSettings

    return TestClient(create_app(store, ApiSettings(**settings)), raise_server_exceptions=False)


@pytest.fixture
def client(store):  # type: ignore[no-untyped-def]
    return _client(store, token=TOKEN)


@pytest.fixture
def ro_client(store):  # type: ignore[no-untyped-def]
    return _client(store)


@pytest.fixture
def make_client(store):  # type: ignore[no-untyped-def]
    return lambda **settings: _client(store, **settings)


AUTH = {"Authorization": f"Bearer {TOKEN}"}
