"""Session 8b: the time of an incident a follow-up story recalls (``sitrep.time.recalled``)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sitrep.time.recalled import (
    RECALLED_MAX_DAYS,
    RECALLED_MIN_DAYS,
    count_back,
    court_stage_cue,
    recalled_date,
)
from sitrep.types import Article, Doc, TimeRef

PUB = date(2019, 10, 16)


def _doc(text: str, title: str | None = None, published: date | None = PUB) -> Doc:
    return Doc(Article("a", text, "h", title=title, published=published))


def _at_pub(reason: str = "no date in the evidence; the 2 days up to publication, mid-point") -> TimeRef:
    return TimeRef(0, 0, "", PUB - timedelta(days=1), 2, PUB - timedelta(days=2), PUB, reason=reason)


def test_a_count_since_the_incident_counts_back_from_publication():
    text = "Nobody has been charged in the three weeks since the market bombing in the town."
    t = count_back(text, PUB)
    assert t is not None and t.value == PUB - timedelta(days=21) and t.precision == 2
    assert t.earliest <= t.value <= t.latest and text[t.start:t.end] == t.text


def test_more_than_a_month_lies_before_the_month():
    t = count_back("It has been more than a month since the killing of the two herders.", PUB)
    assert t is not None and t.latest == PUB - timedelta(days=30) and t.precision == 3


def test_a_count_after_an_incident_is_not_a_count_from_publication():
    assert count_back("Two weeks after the ambush near the river, the army withdrew.", PUB) is None
    assert count_back("He died two weeks since his birthday party.", PUB) is None
    assert count_back("It is the third in the two months since the last shooting at the club.", PUB) is None


def test_court_stage_headline_cues():
    def cue(text: str, title: str | None = None) -> str | None:
        return court_stage_cue(Article("a", text, "h", title=title))

    assert cue("Militia commander sentenced for village massacre\n\nBody.") == "sentenced"
    assert cue("Body.", title="Jury weighs verdict in checkpoint shooting") is not None
    assert cue("Family pleads for justice after son is shot\n\nBody.") is None
    assert cue("Gunmen kill five at a checkpoint\n\nBody.") is None


def test_an_undated_court_story_gets_an_undated_window_before_publication():
    doc = _doc("Former police officer sentenced in killing of protester\n\nThe judge read the sentence.")
    t = recalled_date(doc, _at_pub())
    assert t.precision == 3
    assert t.earliest == PUB - timedelta(days=RECALLED_MAX_DAYS)
    assert t.latest == PUB - timedelta(days=RECALLED_MIN_DAYS)
    assert "follow-up story" in t.reason and t.value != PUB


def test_a_story_that_counts_back_takes_the_count_over_the_window():
    doc = _doc("No arrests yet in the mosque attack\n\nIn the six weeks since the mosque attack, police have "
               "questioned dozens.")
    t = recalled_date(doc, _at_pub())
    assert t.value == PUB - timedelta(weeks=6) and t.precision == 2


def test_an_incident_day_or_a_fresh_report_is_kept():
    fresh = _doc("Gunmen kill five at a checkpoint\n\nGunmen killed five soldiers at a checkpoint.")
    assert recalled_date(fresh, _at_pub()) == _at_pub()
    court = _doc("Man sentenced in shooting\n\nHe was shot on Monday near the market.")
    day = PUB - timedelta(days=200)
    old = TimeRef(0, 0, "", day, 1, day, day, reason="explicit date")
    assert recalled_date(court, old) == old
    assert recalled_date(_doc("Man sentenced in shooting", published=None), _at_pub()) == _at_pub()


@given(st.integers(min_value=1, max_value=12), st.sampled_from(["days", "weeks", "months"]),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_a_count_back_lies_before_publication_and_holds_its_value(n, unit, pub):
    t = count_back(f"Residents are afraid in the {n} {unit} since the shooting.", pub)
    assert t is not None and t.earliest <= t.value <= t.latest <= pub and t.value < pub
