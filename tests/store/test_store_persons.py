"""Follow-ups through the real store: an event's named persons are indexed, so a report weeks later
naming the same victim in the same town joins the stored event, as it does in memory."""

from __future__ import annotations

import sqlalchemy as sa

from conftest import build_article, build_event
from sitrep.store.merging import StoreMerger
from sitrep.store.schema import event_persons
from sitrep.types import SourceRef

SHOOTING = "Dana Whitfield, 27, was shot dead outside a corner store on Friday night, police said."
HEARING = "The man charged with killing Dana Whitfield, 27, outside a corner store appeared in court."
UNNAMED = "The man charged in last month's killing outside a corner store appeared in court."


def _report(aid: str, eid: str, text: str, day: str):
    art = build_article(aid, text, published=None)
    ev = build_event(
        event_id=eid, event_date=day, date_earliest=day, date_latest=day,
        event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Unidentified Armed Group (United States)", actor2="Civilians (United States)", inter1=3, inter2=7,
        country="United States", admin1="Ohio", location="Dayton", latitude=39.759, longitude=-84.192,
        geonameid=4509884, fatalities=1, fatalities_low=1, fatalities_high=1,
        sources=(SourceRef(aid, f"Outlet {aid}", None, day, text, 0, len(text)),), notes=text, reasons={},
    )
    return art, ev


def _persons(store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(sa.select(event_persons.c.name, event_persons.c.event_id)))


def test_a_follow_up_naming_the_victim_joins_the_stored_event(store):
    merger = StoreMerger()
    art, ev = _report("a1", "ev_a1", SHOOTING, "2016-03-04")
    store.write_article(art, None, [ev], merger)
    assert _persons(store) == [("dana whitfield", "ev_a1")]
    art, ev = _report("a2", "ev_a2", HEARING, "2016-04-20")  # 47 days later: outside any date window
    res = store.write_article(art, None, [ev], merger)
    assert res.updated == ["ev_a1"] and store.count_events() == 1
    merged = store.get_event("ev_a2")
    assert merged.event_id == "ev_a1" and {s.article_id for s in merged.sources} == {"a1", "a2"}
    assert _persons(store) == [("dana whitfield", "ev_a1")]


def test_without_a_shared_name_the_date_window_holds(store):
    merger = StoreMerger()
    for aid, text, day in (("b1", SHOOTING, "2016-03-04"), ("b2", UNNAMED, "2016-04-20")):
        art, ev = _report(aid, f"ev_{aid}", text, day)
        store.write_article(art, None, [ev], merger)
    assert store.count_events() == 2
    assert _persons(store) == [("dana whitfield", "ev_b1")]
