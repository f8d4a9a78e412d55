"""Every export format gives back the events it was given, field for field."""

from __future__ import annotations

import csv
import io
import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_samples import all_events

from sitrep.errors import ConfigError, InputError
from sitrep.export import FORMATS, format_for, read_events, write_events
from sitrep.export.acled_csv import acled_region, csv_columns, interaction_code, iso_numeric
from sitrep.types import EVENT_TYPES, Event, SourceRef

TEXT_FORMATS = ("jsonl", "csv", "geojson")


def _available(fmt: str) -> bool:
    if fmt != "parquet":
        return True
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def records(events):
    return [e.to_record() for e in events]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sample_events_round_trip(tmp_path, fmt):
    if not _available(fmt):
        pytest.skip("pyarrow is not installed")
    events = all_events()
    path = tmp_path / f"events.{fmt}"
    assert write_events(events, path, fmt) == len(events)
    assert records(read_events(path)) == records(events)


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_export_round_trips(tmp_path, fmt):
    if not _available(fmt):
        pytest.skip("pyarrow is not installed")
    path = tmp_path / f"none.{fmt}"
    assert write_events([], path) == 0
    assert read_events(path) == []


# ---- property test ------------------------------------------------------------------------
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
some_texts = texts.filter(bool)  # nullable text: None or non-empty (CSV reads an empty cell as None)
small_ints = st.integers(min_value=-(10**6), max_value=10**9)
coords = st.floats(min_value=-180, max_value=180, allow_nan=False)
days = st.dates().map(lambda d: d.isoformat())


@st.composite
def events(draw) -> Event:
    etype = draw(st.sampled_from(sorted(EVENT_TYPES)))
    src = st.builds(
        SourceRef,
        article_id=some_texts,
        source=st.none() | some_texts,
        url=st.none() | some_texts,
        published=st.none() | days,
        evidence=texts,
        start=small_ints,
        end=small_ints,
    )
    return Event(
        event_id=draw(some_texts),
        event_date=draw(days),
        time_precision=draw(st.sampled_from([1, 2, 3])),
        event_type=etype,
        sub_event_type=draw(st.sampled_from(EVENT_TYPES[etype])),
        actor1=draw(texts),
        actor2=draw(st.none() | some_texts),
        inter1=draw(st.none() | st.integers(1, 8)),
        inter2=draw(st.none() | st.integers(1, 8)),
        country=draw(texts),
        admin1=draw(st.none() | some_texts),
        location=draw(texts),
        latitude=draw(st.none() | coords),
        longitude=draw(st.none() | coords),
        geo_precision=draw(st.sampled_from([1, 2, 3])),
        geonameid=draw(st.none() | small_ints),
        fatalities=draw(st.none() | small_ints),
        fatalities_low=draw(st.none() | small_ints),
        fatalities_high=draw(st.none() | small_ints),
        claim_status=draw(st.sampled_from(["reported", "claimed", "disputed", "denied"])),
        claimed_by=draw(st.none() | some_texts),
        sources=tuple(draw(st.lists(src, max_size=3))),
        notes=draw(texts),
        confidence=draw(st.floats(0, 1)),
        corroboration=draw(st.integers(0, 50)),
        date_earliest=draw(st.none() | days),
        date_latest=draw(st.none() | days),
        reasons=draw(
            st.dictionaries(st.text(string.ascii_lowercase, min_size=1, max_size=8), texts, max_size=3)
        ),
    )


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(evs=st.lists(events(), max_size=4))
def test_any_events_round_trip(tmp_path, fmt, evs):
    if not _available(fmt):
        pytest.skip("pyarrow is not installed")
    path = tmp_path / f"prop.{fmt}"
    write_events(evs, path, fmt)
    assert records(read_events(path, fmt)) == records(evs)


# ---- CSV columns --------------------------------------------------------------------------
ACLED_ORDER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
    "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
    "tags timestamp"
).split()


def _csv_rows(events) -> list[dict[str, str]]:
    buf = io.StringIO()
    write_events(events, buf, "csv")
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def test_csv_starts_with_acled_columns_in_acled_order():
    cols = csv_columns()
    assert cols[: len(ACLED_ORDER)] == tuple(ACLED_ORDER)
    assert {"claim_status", "claimed_by", "sources", "fatalities_low", "geonameid"} <= set(
        cols[len(ACLED_ORDER) :]
    )
    assert "event_id" not in cols  # ACLED's event_id_cnty holds it


def test_csv_derives_acled_columns():
    rows = {r["event_id_cnty"]: r for r in _csv_rows(all_events())}
    gwoza, mopti, kano = rows["ev_ambush-gwoza"], rows["ev_mopti-drone"], rows["ev_protest-kano"]
    assert gwoza["year"] == "2024" and gwoza["iso"] == "566" and gwoza["interaction"] == "12"
    assert gwoza["region"] == "Western Africa" and rows["ev_mosul-ied"]["region"] == "Middle East"
    assert gwoza["source"] == "North Wire; Sahel Daily"
    assert gwoza["disorder_type"] == "Political violence" and gwoza["civilian_targeting"] == ""
    assert mopti["civilian_targeting"] == "Civilian targeting" and mopti["interaction"] == "17"
    assert kano["disorder_type"] == "Demonstrations" and kano["interaction"] == "60"
    assert rows["ev_unplaced-arrests"]["latitude"] == "" and rows["ev_unplaced-arrests"]["admin1"] == ""


def test_interaction_iso_and_region_helpers():
    assert (
        interaction_code(2, 1) == "12"
        and interaction_code(7, None) == "70"
        and interaction_code(None, 3) == ""
    )
    assert iso_numeric("Iraq") == 368 and iso_numeric("Russia") == 643 and iso_numeric("Atlantis") is None
    assert acled_region("Iraq") == "Middle East" and acled_region("Ivory Coast") == "Western Africa"
    assert acled_region("Kyrgyzstan") == "Caucasus and Central Asia" and acled_region("Atlantis") is None


# ---- GeoJSON ------------------------------------------------------------------------------
def test_geojson_points_and_null_geometry():
    buf = io.StringIO()
    write_events(all_events(), buf, "geojson")
    doc = json.loads(buf.getvalue())
    by_id = {f["id"]: f for f in doc["features"]}
    assert doc["type"] == "FeatureCollection" and len(by_id) == len(all_events())
    assert by_id["ev_mosul-ied"]["geometry"] == {"type": "Point", "coordinates": [43.1189, 36.335]}
    assert by_id["ev_unplaced-arrests"]["geometry"] is None
    assert by_id["ev_mosul-ied"]["properties"]["sources"][0]["article_id"] == "river-news-9"


# ---- errors -------------------------------------------------------------------------------
def test_parquet_without_pyarrow_says_how_to_install(tmp_path, monkeypatch):
    from sitrep.export.parquet import ParquetUnavailable

    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    with pytest.raises(ParquetUnavailable, match="sitrep\\[parquet\\]"):
        write_events(all_events(), tmp_path / "x.parquet")


def test_format_errors(tmp_path):
    with pytest.raises(ConfigError, match="suffix"):
        format_for(tmp_path / "events.txt")
    with pytest.raises(ConfigError, match="binary"):
        write_events(all_events(), io.StringIO(), "parquet")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing columns"):
        read_events(bad)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"event_id": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="broken.jsonl:1"):
        read_events(broken)
