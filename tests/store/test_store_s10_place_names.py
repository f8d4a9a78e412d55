"""One town name read as two places: the real store finds the far namesake report by its place name
(the same days), and the merge then needs identity evidence, as in memory."""

from __future__ import annotations

from conftest import build_article, build_event

from sitrep.merge import InMemoryIndex
from sitrep.store.merging import StoreMerger
from sitrep.types import SourceRef

PA = ("Pennsylvania", 40.148, -79.541, 5201639)  # Mount Pleasant, Pennsylvania
SC = ("South Carolina", 32.794, -79.863, 4588718)  # Mount Pleasant, South Carolina
FIRST = "Boy, 14, charged with killing 13-year-old friend James Ruiz in Mount Pleasant home"
SECOND = "A 14-year-old boy was charged with killing James Ruiz, 13, in a Mount Pleasant home, police said."
OTHER = "A woman was wounded by gunfire outside a Mount Pleasant bar, police said."


def _report(aid: str, text: str, where: tuple, day: str = "2016-03-21"):
    admin1, lat, lon, gid = where
    art = build_article(aid, text, published=None)
    ev = build_event(
        event_id=f"ev_{aid}", event_date=day, date_earliest=day, date_latest=day,
        event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Unidentified Armed Group (United States)", actor2="Civilians (United States)", inter1=3, inter2=7,
        country="United States", admin1=admin1, location="Mount Pleasant", latitude=lat, longitude=lon,
        geonameid=gid, fatalities=1, fatalities_low=1, fatalities_high=1,
        sources=(SourceRef(aid, f"Outlet {aid}", None, day, text, 0, len(text)),), notes=text, reasons={},
    )
    return art, ev


def test_the_index_finds_a_namesake_town_in_the_days_but_not_later():
    index = InMemoryIndex()
    _, pa = _report("a", FIRST, PA)
    index.put(pa)
    _, sc = _report("b", SECOND, SC)
    assert [e.event_id for e in index.candidates(sc)] == ["ev_a"]
    _, late = _report("c", SECOND, SC, day="2016-06-01")
    assert list(index.candidates(late)) == []


def test_the_store_keeps_a_stranger_apart_and_joins_a_namesake_report_with_the_same_names(store):
    merger = StoreMerger()
    for aid, text, where in (("a", FIRST, PA), ("c", OTHER, SC)):
        art, ev = _report(aid, text, where)
        store.write_article(art, None, [ev], merger)
    assert store.count_events() == 2  # same name, same day, nothing else in common
    art, ev = _report("b", SECOND, SC)
    store.write_article(art, None, [ev], merger)
    joined = store.get_event("ev_b")
    assert {s.article_id for s in joined.sources} >= {"a", "b"}
    assert joined.event_id == "ev_a"
