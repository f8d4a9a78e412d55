"""The store on a real SQLite file (and a real PostgreSQL server when one is given)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import StoreError
from sitrep.query import EventQuery
from sitrep.types import EVENT_TYPES, SourceRef
from conftest import build_article, build_event


def _seeded(store, n=5):
    ids = []
    for i in range(n):
        art = build_article(f"a{i}", f"Report number {i} about shelling in the east.", source=f"Outlet {i % 2}")
        ev = build_event(
            event_id=f"ev_{i:04d}", event_date=f"2022-03-{10 + i:02d}", date_earliest=f"2022-03-{10 + i:02d}",
            date_latest=f"2022-03-{10 + i:02d}", event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Russia",
            country="Ukraine", admin1="Kharkiv" if i % 2 else "Donetsk", location="Kharkiv" if i % 2 else "Bakhmut",
            latitude=50.0 + i, longitude=36.2, fatalities=i, fatalities_low=i, fatalities_high=i,
            sources=(SourceRef(f"a{i}", f"Outlet {i % 2}", None, "2022-03-20", "shelling in the east", 24, 44),),
            notes=f"Shelling number {i}.",
        )
        store.write_article(art, (1, 2, 3), [ev])
        ids.append(ev.event_id)
    return ids


def test_round_trip_and_idempotent_write(store):
    art = build_article()
    ev = build_event()
    first = store.write_article(art, (5, 6), [ev])
    again = store.write_article(art, (5, 6), [ev])
    assert first.created == [ev.event_id] and again.created == []
    assert store.count_events() == 1 and store.count_articles() == 1
    assert store.get_event(ev.event_id) == ev
    assert store.get_event(ev.event_id).reasons == ev.reasons
    stored = store.get_article("art1")
    assert stored.article.text == art.text
    assert stored.spans == ((ev.event_id, 0, 46),)


def test_filters(store):
    _seeded(store)
    assert store.count_events(EventQuery(admin1="kharkiv")) == 2
    assert store.count_events(EventQuery(since=date(2022, 3, 12))) == 3
    assert store.count_events(EventQuery(until=date(2022, 3, 11))) == 2
    assert store.count_events(EventQuery(min_fatalities=3)) == 2
    assert store.count_events(EventQuery(bbox=(36.0, 50.5, 36.5, 52.5))) == 2
    assert store.count_events(EventQuery(actor="russia")) == 5
    assert store.count_events(EventQuery(text="number 3")) == 1
    assert store.count_events(EventQuery(text="SHELLING IN THE EAST")) == 5
    assert store.count_events(EventQuery(claim_status="disputed")) == 0
    assert store.count_events(EventQuery(country="Ukraine", event_type="explosions/remote violence")) == 5


def test_cursor_pagination_visits_every_event_once(store):
    ids = _seeded(store, 7)
    for sort in ("event_date", "fatalities", "confidence"):
        seen, cursor = [], None
        while True:
            page = store.query_events(sort=sort, limit=3, cursor=cursor)
            seen += [e.event_id for e in page.events]
            if not page.next_cursor:
                break
            cursor = page.next_cursor
        assert sorted(seen) == sorted(ids), sort
        assert len(seen) == len(set(seen))
    newest = store.query_events(limit=1).events[0]
    assert newest.event_date == "2022-03-16"


def test_bad_sort_and_cursor_are_clear_errors(store):
    with pytest.raises(StoreError, match="cannot sort by"):
        store.query_events(sort="notes")
    with pytest.raises(StoreError, match="cursor"):
        store.query_events(cursor="!!!not-a-cursor")


def test_stats(store):
    _seeded(store)
    s = store.stats()
    assert s["events"] == 5 and s["fatalities"] == 0 + 1 + 2 + 3 + 4
    assert {r["admin1"] for r in s["by_admin1"]} == {"Kharkiv", "Donetsk"}
    assert sum(r["events"] for r in s["by_day"]) == 5


def test_unopenable_database_names_the_input(tmp_path):
    from sitrep.store import open_store

    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not-a-db.db"):
        open_store(bad)


def test_inputs_are_upserted(store):
    store.record_input("x.html", "error", "broken")
    store.record_input("x.html", "error", "broken")
    assert len(store.inputs()) == 1
    store.clear_input("x.html")
    assert store.inputs() == []


_types = st.sampled_from([(t, s) for t, subs in EVENT_TYPES.items() for s in subs])
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ts=_types, fat=st.none() | st.integers(0, 10_000), notes=_text, lat=st.none() | st.floats(-90, 90),
       day=st.dates(date(1990, 1, 1), date(2030, 12, 31)), claimed_by=st.none() | _text)
def test_property_store_round_trip_loses_nothing(tmp_path_factory, ts, fat, notes, lat, day, claimed_by):
    from sitrep.store import open_store

    store = open_store(tmp_path_factory.mktemp("rt") / "rt.db")
    ev = build_event(event_type=ts[0], sub_event_type=ts[1], fatalities=fat, notes=notes, latitude=lat,
                     event_date=day.isoformat(), claimed_by=claimed_by)
    store.write_article(build_article(), None, [ev])
    assert store.get_event(ev.event_id) == ev
    assert store.get_event(ev.event_id).to_record() == ev.to_record()
    store.close()
