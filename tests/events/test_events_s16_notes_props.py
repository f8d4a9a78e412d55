"""Notes never raise and never pass the cap (Hypothesis); a draft's note is its record's note; notes of
whole articles through the pipeline carry the evidence's words and the record's fields."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sitrep
from sitrep.events.notes import NOTE_MAX_CHARS, NoteFields, compose, note_for, note_for_event, note_parts
from sitrep.records import draft_to_event
from sitrep.types import EVENT_TYPES, Actor, Article, Claim, EventDraft, Evidence, Place, TimeRef

SUB_TYPES = [s for subs in EVENT_TYPES.values() for s in subs]
WORDS = ["gunmen", "a suicide bomber", "attacked", "a convoy", "killing", "12", "villagers", "were", "wounded",
         "with", "drones", "the market", "said", "residents", "stormed", "an army base", "\n\n", "—", "(AP)",
         "Five", "soldiers", "and", "one", "policeman", "protesters", "blocked", ".", ",", "KANO,", "Nigeria"]
names = st.one_of(st.sampled_from(["Unidentified Armed Group (Mali)", "Civilians (Sudan)", "Protesters (Kenya)",
                                   "Rioters (Nigeria)", "Military Forces of Ukraine", "Al Shabaab"]),
                  st.text(min_size=1, max_size=200))
passages = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(passage=passages, actor1=names, actor2=st.none() | names, sub=st.sampled_from(SUB_TYPES + ["Unknown"]),
       fatalities=st.none() | st.integers(0, 10**6), status=st.sampled_from(["reported", "claimed", "denied", "disputed"]),
       by=st.none() | st.text(max_size=80), where=st.text(max_size=120), precision=st.integers(1, 3))
def test_notes_never_raise_and_never_pass_the_cap(passage, actor1, actor2, sub, fatalities, status, by, where,
                                                   precision) -> None:
    f = NoteFields(date(2023, 7, 14), precision, where, actor1, actor2, sub, fatalities, status, by, passage)
    note = compose(f)
    assert 0 < len(note) <= NOTE_MAX_CHARS
    assert note.endswith(".")
    for lift in note_parts(f).lifts:
        assert passage[lift.start:lift.end] == lift.text


def _article(text: str) -> Article:
    return Article(id="a1", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                   published=date(2023, 9, 4))


def test_a_drafts_note_is_its_records_note() -> None:
    """The merge stage rewrites a note only when it equals note_for_event of the record: a draft's note
    must be exactly that, evidence passage included."""
    text = ("Bandits kill 9 in Zamfara\n\nGUSAU, Nigeria — Bandits on motorcycles raided a village in Maru on "
            "Sunday, killing nine farmers. Four others were wounded, police said.")
    spans = [(text.index("GUSAU"), text.index(" Four")), (text.index("Four"), len(text))]
    draft = EventDraft(
        article_id="a1", event_type="Violence against civilians", sub_event_type="Attack",
        evidence=tuple(Evidence(s, e, text[s:e]) for s, e in spans),
        date=TimeRef(0, 0, "", date(2023, 9, 3), 1), place=Place("Maru", 12.33, 6.4, "Nigeria", "NG", "Zamfara"),
        geo_precision=1, actor1=Actor("Unidentified Armed Group (Nigeria)", 3),
        actor2=Actor("Civilians (Nigeria)", 7), fatalities=9, claim=Claim("reported", None),
    )
    note = note_for(draft, text)
    assert note == note_for_event(draft_to_event(draft, _article(text)))
    assert note == ("On 3 September 2023, bandits attacked a village in Maru (Zamfara, Nigeria). "
                    "9 farmers were killed and 4 wounded.")
    assert note_for(draft) == note  # spans glued without the article text read the same
    headline_first = EventDraft(**{**{k: getattr(draft, k) for k in draft.__dataclass_fields__},
                                   "evidence": (Evidence(0, 25, text[:25]), *draft.evidence)})
    # a headline apart from its body (a dateline between) is the whole passage, as in the record
    assert note_for(headline_first, text) == note_for_event(draft_to_event(headline_first, _article(text)))


ARTICLES = [
    ("Militants storm police post in Pakistan's northwest\n\nPESHAWAR (test wire) — Militants stormed a police "
     "station in Lakki Marwat district on Tuesday night, killing four policemen and wounding six, police said. "
     "The Pakistani Taliban claimed responsibility for the attack."),
    ("Drone strike hits market in Sudan's El Obeid\n\nKHARTOUM (test daily) — A drone strike hit a crowded "
     "market in El Obeid in North Kordofan on Thursday, killing 14 people and wounding 30, local medics said."),
    ("Protesters block highway in Bolivia\n\nLA PAZ (test wire) — Hundreds of farmers blocked the main highway "
     "between La Paz and Oruro on Monday to protest fuel shortages, residents said. Police fired tear gas to "
     "clear the road."),
]


def test_notes_of_whole_articles_use_the_records_fields_and_the_evidence() -> None:
    events = sitrep.extract([{"id": f"t{i}", "text": t, "published": "2024-05-08"} for i, t in enumerate(ARTICLES)])
    assert events
    for ev in events:
        note = ev.notes
        assert len(note) <= NOTE_MAX_CHARS and note.endswith(".")
        assert note == note_for_event(ev)
        if ev.fatalities:
            figures = [int(x.replace(",", "")) for x in re.findall(r"\b\d[\d,]*(?= [a-z]+(?: [a-z]+)* (?:was|were) killed)", note)]
            assert sum(figures) == ev.fatalities or f"{ev.fatalities:,} people" in note, note
        if ev.location:
            assert ev.location in note
        for lift in note_parts(NoteFields(None, 1, "", ev.actor1, ev.actor2, ev.sub_event_type, ev.fatalities,
                                          ev.claim_status, ev.claimed_by, ev.sources[0].evidence)).lifts:
            assert ev.sources[0].evidence[lift.start:lift.end] == lift.text
    text = " ".join(ev.notes for ev in events)
    assert "wounded" in text and "test wire" not in text and "test daily" not in text
