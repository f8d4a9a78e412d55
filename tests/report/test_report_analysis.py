"""What the report says, on hand-made events (no store, no charts)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from report_samples import CURRENT, PREVIOUS, all_events, event_for

from sitrep.errors import ConfigError
from sitrep.report import Period, report_from_events, resolve_period
from sitrep.report.analysis import (
    TOTAL,
    claim_statements,
    deadliest_statements,
    describe,
    headline_rows,
    new_actor_statements,
    place_of,
    region_paragraphs,
    summary_statement,
    territory_statements,
)


def _split():
    events = all_events()
    now = [e for e in events if CURRENT[0] <= e.event_date <= CURRENT[1]]
    before = [e for e in events if PREVIOUS[0] <= e.event_date <= PREVIOUS[1]]
    return now, before


def test_headline_rows_compare_with_previous_period():
    now, before = _split()
    rows = {r.event_type: r for r in headline_rows(now, before)}
    assert list(rows)[-1] == TOTAL
    assert (rows["Battles"].events, rows["Battles"].previous_events, rows["Battles"].fatalities) == (3, 0, 23)
    assert (
        rows["Violence against civilians"].events,
        rows["Violence against civilians"].previous_fatalities,
    ) == (0, 4)
    assert (
        rows[TOTAL].events,
        rows[TOTAL].previous_events,
        rows[TOTAL].fatalities,
        rows[TOTAL].previous_fatalities,
    ) == (6, 2, 37, 4)
    assert set(rows[TOTAL].event_ids) == {e.event_id for e in now}


def test_summary_says_how_much_of_the_toll_is_unconfirmed():
    now, before = _split()
    period = Period(date(2024, 3, 11), date(2024, 3, 17))
    text = summary_statement(headline_rows(now, before), period, "all areas", now).text
    assert (
        "6 events were recorded in all areas (up from 2 in the previous 7 days, 2024-03-04 to 2024-03-10)"
        in text
    )
    assert "with 37 reported fatalities (up from 4)" in text
    assert "23 of the fatalities rest on claimed, disputed or denied reports" in text


def test_territory_changes_name_the_winner_and_the_claim():
    now, _ = _split()
    got = territory_statements(now)
    assert [s.event_ids for s in got] == [("ev_bama-retaken",), ("ev_kidal-seized",)]
    assert "Military Forces of Nigeria regained control of Bama" in got[0].text
    assert (
        "took control of Kidal" in got[1].text and "claimed by Permanent Strategic Framework" in got[1].text
    )


def test_deadliest_are_ranked_and_limited():
    now, _ = _split()
    got = deadliest_statements(now)
    assert [s.event_ids[0] for s in got] == ["ev_ambush-gwoza", "ev_mopti-drone", "ev_mosul-ied"]
    assert "23 killed (reports range from 23 to 30)" in got[0].text and "disputed" in got[0].text
    many = [replace(event_for("mosul-ied"), event_id=f"ev_{i}", fatalities=i) for i in range(1, 9)]
    assert [s.event_ids[0] for s in deadliest_statements(many)] == ["ev_8", "ev_7", "ev_6", "ev_5", "ev_4"]


def test_new_actors_skip_civilians_and_actors_seen_before():
    now, before = _split()
    names = [s.text.split(" (")[0] for s in new_actor_statements(now, before)]
    assert "Permanent Strategic Framework" in names and "Islamic State West Africa Province" in names
    assert not any(n.startswith("Civilians") for n in names)
    seen_before = [replace(event_for("raid-maiduguri"), actor1="Military Forces of Mali", inter1=1)]
    assert "Military Forces of Mali" not in [
        s.text.split(" (")[0] for s in new_actor_statements(now, seen_before)
    ]


def test_unconfirmed_claims_list_claimed_and_disputed_only():
    now, _ = _split()
    got = claim_statements(now)
    assert [s.event_ids for s in got] == [("ev_ambush-gwoza",), ("ev_kidal-seized",)]
    assert "Status: disputed" in got[0].text and "2 sources" in got[0].text


def test_regions_deadliest_first_with_unknown_division_last():
    now, before = _split()
    regions = region_paragraphs(now, before)
    assert [r.title for r in regions] == [
        "Borno, Nigeria",
        "Mopti, Mali",
        "Nineveh, Iraq",
        "Kidal, Mali",
        "Mali (division unknown)",
    ]
    borno = regions[0].statements
    assert (
        "2 events (up from 1 in the previous period)" in borno[0].text
        and "Places: Bama, Gwoza." == borno[1].text
    )
    assert borno[2].event_ids == ("ev_ambush-gwoza",)
    assert len(regions[1].statements) == 2  # one event: no separate "deadliest" sentence


def test_every_statement_links_to_events_of_the_period():
    now, before = _split()
    report = report_from_events(now, before, Period(date(2024, 3, 11), date(2024, 3, 17)), charts=False)
    ids = {e.event_id for e in now}
    assert all(s.event_ids and set(s.event_ids) <= ids for s in report.statements())
    assert all(s.reason for s in report.statements())
    assert [report.labels[e.event_id] for e in report.events] == [f"E{i}" for i in range(1, len(now) + 1)]


def test_descriptions_and_places():
    assert describe(event_for("ambush-gwoza")).startswith(
        "armed clash between Islamic State West Africa Province and"
    )
    assert (
        describe(event_for("kidal-seized"))
        == "takeover of territory by Permanent Strategic Framework from Military Forces of Mali"
    )
    assert place_of(event_for("mosul-ied")) == "Mosul (Nineveh, Iraq)"
    assert place_of(event_for("unplaced-arrests")) == "Mali"


def test_resolve_period():
    d = date.fromisoformat
    assert resolve_period(d("2024-03-01"), d("2024-03-03"), None) == Period(d("2024-03-01"), d("2024-03-03"))
    assert resolve_period(None, None, d("2024-03-16")) == Period(d("2024-03-10"), d("2024-03-16"))
    assert resolve_period(None, d("2024-03-16"), None).since == d("2024-03-10")
    assert resolve_period(d("2024-03-01"), None, d("2024-03-16")).until == d("2024-03-16")
    assert Period(d("2024-03-11"), d("2024-03-17")).previous == Period(d("2024-03-04"), d("2024-03-10"))
    with pytest.raises(ConfigError, match="no events"):
        resolve_period(None, None, None)


def test_counts_take_the_noun_in_the_right_number():
    from sitrep.report.model import counted

    assert counted(1, "event") == "1 event"
    assert counted(0, "event") == "0 events"
    assert counted(12, "event") == "12 events"


def test_a_single_event_is_one_event_that_was_recorded():
    now, before = _split()
    period = Period(date(2024, 3, 11), date(2024, 3, 17))
    text = summary_statement(headline_rows(now[:1], before), period, "all areas", now[:1]).text
    assert "1 event was recorded in all areas" in text
