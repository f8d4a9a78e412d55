"""Invariants under generated inputs: pagination partitions the result; CSV cells survive."""

from __future__ import annotations

import csv
import dataclasses
import io

from api_cases import CASES, make_event
from api_cases import client, store  # noqa: F401 - fixtures
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.api.formats import csv_safe, events_csv

FORMULA = ("=", "+", "-", "@", "\t", "\r")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 8), sort=st.sampled_from(["event_date", "fatalities", "confidence"]),
       order=st.sampled_from(["asc", "desc"]), country=st.sampled_from([None, "Nigeria", "Syria"]))
def test_pages_partition_the_filtered_result(client, limit, sort, order, country) -> None:  # type: ignore[no-untyped-def]
    params = {"sort": sort, "order": order, "country": country}
    whole = [e["event_id"] for e in client.get("/api/events", params={**params, "limit": 1000}).json()["events"]]
    seen, cursor = [], None
    for _ in range(len(CASES) + 1):
        body = client.get("/api/events", params={**params, "limit": limit, "cursor": cursor}).json()
        assert len(body["events"]) <= limit
        seen += [e["event_id"] for e in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == whole


@given(st.text(max_size=60))
def test_csv_cells_round_trip_and_never_start_a_formula(text: str) -> None:
    cell = csv_safe(text)
    assert not str(cell).startswith(FORMULA)
    assert cell == text or cell == "'" + text
    ev = make_event(CASES[0])
    out = events_csv([dataclasses.replace(ev, notes=text)])
    header, row = list(csv.reader(io.StringIO(out, newline="")))
    assert row[header.index("notes")] == cell


def test_fast_record_equals_the_contract_record() -> None:
    from sitrep.api.formats import event_record

    for case in CASES:
        ev = make_event(case)
        assert event_record(ev) == ev.to_record()
