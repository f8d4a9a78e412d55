"""A merged record's note follows its merged fields; a note written another way is kept."""

from __future__ import annotations

import dataclasses

from sitrep.events.notes import note_for_event
from sitrep.merge import combine
from sitrep.types import SourceRef
from conftest import build_event


def _report(art: str, actor1: str, inter1: int, toll: int):
    ev = build_event(
        event_id=f"ev_{art}", event_type="Battles", sub_event_type="Non-state actor overtakes territory",
        actor1=actor1, inter1=inter1, actor2="Military Forces of Mali", inter2=1, country="Mali", admin1="Tombouctou",
        location="Leré", latitude=15.72, longitude=-4.91, fatalities=toll, fatalities_low=toll, fatalities_high=toll,
        sources=(SourceRef(art, f"Outlet {art}", None, "2023-02-03", "Fighters seized the town of Leré.", 0, 33),),
    )
    return dataclasses.replace(ev, notes=note_for_event(ev))


def test_note_is_rewritten_from_the_merged_fields():
    first = _report("a1", "Unidentified Armed Group (Mali)", 3, 2)
    second = _report("a2", "JNIM: Group for Support of Islam and Muslims", 2, 5)
    merged = combine(first, second, {})
    assert merged.notes == note_for_event(merged)
    assert merged.actor1.startswith("JNIM") and merged.notes.startswith("On 11 April 2019, JNIM")
    # the first report's generic actor reads as its evidence describes it ("Fighters seized ...")
    assert first.notes.split(",")[1].strip().startswith("fighters took control")


def test_a_hand_written_note_is_kept():
    first = dataclasses.replace(_report("a1", "Unidentified Armed Group (Mali)", 3, 2), notes="Analyst's own wording.")
    merged = combine(first, _report("a2", "Unidentified Armed Group (Mali)", 3, 2), {})
    assert merged.notes == "Analyst's own wording."
