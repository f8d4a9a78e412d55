"""The GVA evaluation's main-event date score: exact day and within-bounds, per half."""

from __future__ import annotations

from sitrep.eval.gva import half_of, main_date_scores
from sitrep.types import Event


def _event(day: str, earliest: str | None = None, latest: str | None = None) -> Event:
    return Event(
        event_id="e", event_date=day, time_precision=1 if earliest is None else 2,
        event_type="Violence against civilians", sub_event_type="Attack", actor1="Unidentified Armed Group",
        actor2=None, inter1=3, inter2=None, country="United States", admin1=None, location="Town",
        latitude=None, longitude=None, geo_precision=1, geonameid=None, fatalities=1, fatalities_low=1,
        fatalities_high=1, claim_status="reported", claimed_by=None, sources=(), notes="",
        date_earliest=earliest, date_latest=latest,
    )


def test_exact_and_within_bounds_over_single_incident_articles():
    incidents = [
        {"incident_id": "1", "date": "2016-03-27", "article_ids": ["a", "b", "shared"]},
        {"incident_id": "2", "date": "2016-06-07", "article_ids": ["c", "shared"]},
    ]
    mains = {
        "a": _event("2016-03-27"),  # right
        "b": _event("2016-03-28", "2016-03-26", "2016-03-28"),  # wrong day, within its bounds
        "c": _event("2016-06-01"),  # wrong
        "shared": _event("2016-03-27"),  # in two incidents: left out
    }
    scores = main_date_scores(mains, incidents)
    assert scores["main_date_n"] == 3.0
    assert scores["main_date_accuracy"] == round(1 / 3, 4)
    assert scores["main_date_within"] == round(2 / 3, 4)
    halves = {half_of("1"), half_of("2")}
    assert sum(scores[f"main_date_n_half{h}"] for h in halves) == 3.0
