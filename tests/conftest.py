"""Shared fixtures. Development data lives in ../shared beside the checkout (never in the repo)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"development data not found: {p} (set SITREP_SHARED to the shared/ folder)")
    return p


@pytest.fixture
def shared() -> Path:
    return shared_path()


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


def build_event(**overrides):
    """A hand-made, valid Event record (override any field)."""
    from sitrep.types import Event, SourceRef

    base = dict(
        event_id="ev_test0001", event_date="2019-04-11", time_precision=1,
        event_type="Protests", sub_event_type="Peaceful protest",
        actor1="Protesters (Sudan)", actor2=None, inter1=6, inter2=None,
        country="Sudan", admin1="Khartoum", location="Khartoum", latitude=15.55, longitude=32.53,
        geo_precision=1, geonameid=379252, fatalities=0, fatalities_low=0, fatalities_high=0,
        claim_status="reported", claimed_by=None,
        sources=(SourceRef("art1", "Example Wire", None, "2019-04-11", "Crowds gathered outside the army headquarters.", 0, 46),),
        notes="Crowds gathered outside the army headquarters in Khartoum.", confidence=0.8,
        corroboration=1, date_earliest="2019-04-11", date_latest="2019-04-11", reasons={"type": "test"},
    )
    base.update(overrides)
    return Event(**base)


def build_article(article_id="art1", text="Crowds gathered outside the army headquarters.", **meta):
    import hashlib

    from sitrep.types import Article

    return Article(id=article_id, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), **meta)


@pytest.fixture
def make_event():
    return build_event


@pytest.fixture
def make_article():
    return build_article


def _pg_url() -> str | None:
    return os.environ.get("SITREP_TEST_PG")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    """A fresh, real store: a SQLite file, and a new PostgreSQL database when a server is given."""
    from sitrep.store import open_store

    if request.param == "sqlite":
        s = open_store(tmp_path / "test.db")
        yield s
        s.close()
        return
    url = _pg_url()
    if not url and os.environ.get("CI"):
        pytest.fail("CI must run the PostgreSQL tests: scripts/services.sh did not start a server")
    if not url:
        pytest.skip("no PostgreSQL server: set SITREP_TEST_PG (scripts/services.sh starts one)")
    import uuid

    import sqlalchemy as sa

    name = "sitrep_test_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    s = open_store(url.rsplit("/", 1)[0] + "/" + name)
    yield s
    s.close()
    with admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def build_doc(*sentences: str):
    """A Doc whose text is the sentences joined by spaces, with its Sentence records."""
    from sitrep.types import Article, Doc, Sentence

    text, sents, pos = "", [], 0
    for s in sentences:
        sents.append(Sentence(pos, pos + len(s), s))
        text += s + " "
        pos = len(text)
    return Doc(Article("t", text, "h"), sentences=tuple(sents))


@pytest.fixture(scope="module")
def runner():
    """The default event pipeline, built once per test module (a module may define its own)."""
    from sitrep.events.runner import EventRunner

    return EventRunner()
