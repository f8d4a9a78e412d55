"""Drafts become EVENTS.md records; the evidence is a verbatim passage of the article."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from sitrep.records import draft_to_event, event_id_for, evidence_run
from sitrep.types import Actor, EventDraft, Evidence, Place, TimeRef
from conftest import build_article

TEXT = ("Gunmen attack convoy\n\nGunmen attacked a police convoy near Gao on Monday. Four officers died. "
        "Officials met later to discuss the budget. The convoy had left the city at dawn.")


def _draft(spans):
    ev = tuple(Evidence(s, e, TEXT[s:e]) for s, e in spans)
    return EventDraft(
        article_id="a", event_type="Battles", sub_event_type="Armed clash", evidence=ev,
        date=TimeRef(0, 0, "", date(2023, 3, 6), 1, date(2023, 3, 6), date(2023, 3, 6), "weekday"),
        place=Place("Gao", 16.27, -0.04, "Mali", "ML", "Gao", 2457163, "P", "PPLA", 87000), geo_precision=1,
        actor1=Actor("Unidentified Armed Group (Mali)", 3), actor2=Actor("Police Forces of Mali", 1),
        fatalities=4, fatalities_low=4, fatalities_high=4,
    )


def _sentence(text):
    i = TEXT.index(text)
    return i, i + len(text)


def test_adjacent_spans_join_and_distant_ones_do_not():
    head = _sentence("Gunmen attack convoy")
    s1 = _sentence("Gunmen attacked a police convoy near Gao on Monday.")
    s2 = _sentence("Four officers died.")
    s4 = _sentence("The convoy had left the city at dawn.")
    assert evidence_run(_draft([s1, s2]), TEXT) == (s1[0], s2[1])
    assert evidence_run(_draft([head, s1]), TEXT) == (head[0], s1[1])  # a blank line is white space only
    assert evidence_run(_draft([s1, s2, s4]), TEXT) == (s1[0], s2[1])


def test_record_fields_and_stable_id():
    art = build_article("a", TEXT, source="Example Wire", published=date(2023, 3, 7))
    s1 = _sentence("Gunmen attacked a police convoy near Gao on Monday.")
    ev = draft_to_event(_draft([s1]), art)
    assert ev.event_date == "2023-03-06" and ev.location == "Gao" and ev.country == "Mali"
    assert ev.sources[0].evidence == TEXT[s1[0]:s1[1]] and ev.sources[0].published == "2023-03-07"
    assert ev.event_id == event_id_for(_draft([s1])) == draft_to_event(_draft([s1]), art).event_id
    assert ev.event_id != event_id_for(_draft([_sentence("Four officers died.")]))


@given(st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 40)), min_size=1, max_size=5))
def test_property_evidence_is_a_verbatim_slice(raw):
    spans = [(s, min(len(TEXT), s + n)) for s, n in raw]
    art = build_article("a", TEXT)
    src = draft_to_event(_draft(spans), art).sources[0]
    assert TEXT[src.start:src.end] == src.evidence and src.start == min(s for s, _ in spans)
