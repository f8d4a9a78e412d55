"""Local zones for UTC stamps (session 18): the country table, summer time, zone labels."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from sitrep.time.lexicon import data_text
from sitrep.time.zones import country_zone, label_zone, parse_offset

UTC = timezone.utc


@pytest.mark.parametrize("code, instant, local", [
    ("SD", datetime(2024, 3, 14, 22, 30, tzinfo=UTC), datetime(2024, 3, 15, 0, 30)),
    ("ET", datetime(2024, 3, 14, 22, 30, tzinfo=UTC), datetime(2024, 3, 15, 1, 30)),
    ("MM", datetime(2024, 6, 2, 18, 0, tzinfo=UTC), datetime(2024, 6, 3, 0, 30)),
    ("AF", datetime(2024, 1, 5, 20, 0, tzinfo=UTC), datetime(2024, 1, 6, 0, 30)),
    ("CO", datetime(2024, 5, 1, 3, 0, tzinfo=UTC), datetime(2024, 4, 30, 22, 0)),
    ("UA", datetime(2024, 1, 10, 22, 30, tzinfo=UTC), datetime(2024, 1, 11, 0, 30)),  # winter: +2
    ("UA", datetime(2024, 7, 10, 21, 30, tzinfo=UTC), datetime(2024, 7, 11, 0, 30)),  # summer: +3
    ("UA", datetime(2024, 3, 31, 0, 59, tzinfo=UTC), datetime(2024, 3, 31, 2, 59)),  # before the switch
    ("UA", datetime(2024, 3, 31, 1, 0, tzinfo=UTC), datetime(2024, 3, 31, 4, 0)),
    ("HT", datetime(2024, 7, 4, 3, 0, tzinfo=UTC), datetime(2024, 7, 3, 23, 0)),  # US summer time: -4
    ("HT", datetime(2024, 12, 4, 3, 0, tzinfo=UTC), datetime(2024, 12, 3, 22, 0)),
    ("NP", datetime(2024, 12, 4, 18, 30, tzinfo=UTC), datetime(2024, 12, 5, 0, 15)),
])
def test_country_local_time(code, instant, local):
    assert country_zone(code).local(instant) == local


def test_unknown_country_has_no_zone():
    assert country_zone("XX") is None and country_zone(None) is None


@pytest.mark.parametrize("label, hours", [
    ("EAT", 3), ("PKT", 5), ("GMT+3", 3), ("UTC+05:30", 5.5), ("GMT-5", -5), ("MMT", 6.5), ("WAT", 1),
])
def test_zone_labels(label, hours):
    assert label_zone(label).offset == timedelta(hours=hours)


@pytest.mark.parametrize("label", ["GMT", "UTC", "BST", "CET", "IST", "AST", "FOO", "GMT+30"])
def test_newsroom_ambiguous_and_unknown_labels_are_no_local_zone(label):
    assert label_zone(label) is None


@pytest.mark.parametrize("text, minutes", [("+03:00", 180), ("-0530", -330), ("+3", 180), ("\u22125", -300)])
def test_parse_offset(text, minutes):
    assert parse_offset(text) == timedelta(minutes=minutes)


def test_table_covers_the_conflict_countries_and_documents_multi_zone_choices():
    table = json.loads(data_text("zones.json"))["countries"]
    for code in "AF CD CO ET HT IL IQ LB ML MM MX MZ NG PK PS SD SO SS SY UA YE BF NE CF CM LY".split():
        assert code in table, code
    for code in ("CD", "MX", "RU", "ID", "BR"):  # several zones: the choice is written down
        assert table[code].get("note"), code
