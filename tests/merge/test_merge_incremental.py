"""The incremental merger over the in-memory index: results to store, revisions, aliases."""

from __future__ import annotations

from merge_helpers import CHICAGO, EVANSTON, SPRINGFIELD, ev

from sitrep.merge import CandidateIndex, InMemoryIndex, Merger, blocking_query, merge_events

FIRST = "At least 15 people were killed when a car bomb went off near a market in the city centre."
SECOND = "The toll from the car bomb at the central market has risen to 27, hospital officials said."
PRICE = "Darnell Price, 19, was shot dead outside a corner shop on Kedzie Avenue, police said."
PRICE2 = "Police named the man shot dead outside the Kedzie Avenue shop as Darnell Price, 19."
CLASH = "Officers exchanged fire with a group of armed men in the 3100 block, leaving three dead."


def _run(events):
    index = InMemoryIndex()
    merger = Merger(index)
    results = []
    for e in events:
        results.append(merger.add(e))
        index.apply(results[-1])
    return index, results


def test_the_in_memory_index_implements_the_protocol():
    assert isinstance(InMemoryIndex(), CandidateIndex)


def test_a_growing_toll_leaves_a_revision_trail():
    kind = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    first = ev("e1", "a1", FIRST, kind=kind, fatalities=15, low=15, high=None, source="Wire")
    second = ev("e2", "a2", SECOND, kind=kind, fatalities=27, day="2016-05-02", source="Daily")
    index, (r1, r2) = _run([first, second])
    assert r1.action == "created" and r1.revision.changes["fatalities"] == (None, 15)
    assert r2.action == "updated" and r2.event.event_id == "e1"
    assert r2.revision.article_id == "a2" and r2.revision.event_id == "e1"
    assert r2.revision.changes["fatalities"] == (15, 27)
    assert r2.revision.changes["corroboration"] == (1, 2)
    assert r2.aliases == {"e2": "e1"} and index.resolve("e2") == "e1"
    assert len(index) == 1


def test_the_same_report_twice_changes_nothing():
    e = ev("e1", "a1", PRICE, fatalities=1)
    index, (_, again) = _run([e, e])
    assert again.action == "updated" and again.revision.changes == {}
    assert len(index.get("e1").sources) == 1


def test_a_report_that_bridges_two_stored_events_joins_them_under_the_oldest_id():
    attack = ev("old", "a1", PRICE, day="2016-05-01")
    clash = ev(
        "mid",
        "b1",
        CLASH,
        kind=("Battles", "Armed clash"),
        fatalities=3,
        day="2016-05-02",
        actors=("Police Forces of the United States", "Unidentified Armed Group (United States)"),
    )
    bridge = ev("new", "c1", PRICE2, fatalities=3, day="2016-05-01")
    index, results = _run([attack, clash, bridge])
    assert [r.action for r in results] == ["created", "created", "updated"]
    last = results[-1]
    assert last.event.event_id == "old" and last.absorbed == ("mid",)
    assert last.aliases == {"mid": "old", "new": "old"}
    assert {s.article_id for s in last.event.sources} == {"a1", "b1", "c1"}
    assert "joined stored events mid" in last.revision.reason
    assert len(index) == 1 and index.resolve("mid") == "old"


def test_candidates_come_oldest_first_and_only_from_near_time_and_place():
    index = InMemoryIndex()
    near = [ev(f"n{i}", f"n{i}", PRICE, day="2016-05-01", place=CHICAGO) for i in range(3)]
    far = [
        ev("far-place", "f1", PRICE, day="2016-05-01", place=SPRINGFIELD),
        ev("far-time", "f2", PRICE, day="2016-07-01", place=CHICAGO),
    ]
    for e in near + far + [ev("suburb", "s1", PRICE, day="2016-05-02", place=EVANSTON)]:
        index.put(e)
    found = [e.event_id for e in index.candidates(ev("q", "q", PRICE, day="2016-05-02"))]
    assert found == ["n0", "n1", "n2", "suburb"]


def test_area_level_events_are_found_by_point_queries_in_their_country():
    index = InMemoryIndex()
    index.put(
        ev(
            "vague",
            "v",
            PRICE,
            place=("Illinois", 40.0, -89.2, "United States", "Illinois", None),
            geo_precision=3,
        )
    )
    index.put(
        ev("abroad", "w", PRICE, place=("Ontario", 50.0, -85.0, "Canada", "Ontario", None), geo_precision=3)
    )
    assert [e.event_id for e in index.candidates(ev("q", "q", PRICE))] == ["vague"]


def test_blocking_query_widens_with_coarser_dates():
    day = blocking_query(ev("a", "a", PRICE, day="2016-05-10"))
    month = blocking_query(
        ev("b", "b", PRICE, day="2016-05-16", precision=3, window=("2016-05-01", "2016-05-31"))
    )
    assert (day.last_day - day.first_day).days < (month.last_day - month.first_day).days
    assert day.bbox is not None and day.country == "united states"


def test_merge_events_is_deterministic_and_ordered_by_creation():
    events = [
        ev("p1", "a1", PRICE, fatalities=1, source="Tribune"),
        ev("x", "a2", CLASH, place=SPRINGFIELD, fatalities=3),
        ev("p2", "a3", PRICE2, fatalities=1, source="Sun-Times"),
    ]
    once, twice = merge_events(events), merge_events(events)
    assert [e.to_record() for e in once] == [e.to_record() for e in twice]
    assert [e.event_id for e in once] == ["p1", "x"]
    assert once[0].corroboration == 2


def test_a_report_kept_apart_says_which_candidate_came_closest():
    near = ev("n1", "a1", PRICE, fatalities=3)
    other = ev("n2", "a2", CLASH, fatalities=0, place=EVANSTON)
    _, (_, kept) = _run([near, other])
    assert kept.action == "created"
    assert kept.event.reasons["merge"].startswith("kept apart: best candidate n1 scored")
