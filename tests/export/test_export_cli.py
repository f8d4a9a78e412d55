"""``sitrep export`` with filters, every format, through a Typer app like sitrep's."""

from __future__ import annotations

import csv
import io
import json

import pytest
from report_samples import cli_app, sample_db
from typer.testing import CliRunner

from sitrep.export import read_events
from sitrep.export.cli import register


@pytest.fixture(scope="module")
def app():
    return cli_app(register)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return sample_db(tmp_path_factory, "export")


def _run(app, *args):
    return CliRunner().invoke(app, ["export", *args])


def test_jsonl_on_stdout_with_filters(app, db):
    res = _run(app, "--db", str(db), "--country", "Nigeria", "--since", "2024-03-11", "--min-fatalities", "1")
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["event_id"] for line in res.output.splitlines()] == ["ev_ambush-gwoza"]


def test_csv_on_stdout_uses_acled_header(app, db):
    res = _run(app, "--db", str(db), "--format", "csv", "--actor", "police")
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert res.exit_code == 0 and {r["event_id_cnty"] for r in rows} == {
        "ev_unplaced-arrests",
        "ev_mosul-ied",
    }
    assert res.output.startswith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "parquet"])
def test_every_format_to_a_file_reads_back(app, db, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"borno.{fmt}"
    res = _run(app, "--db", str(db), "--format", fmt, "--out", str(out), "--admin1", "borno")
    assert res.exit_code == 0, res.output
    assert sorted(e.event_id for e in read_events(out)) == [
        "ev_ambush-gwoza",
        "ev_bama-retaken",
        "ev_raid-maiduguri",
    ]


def test_bbox_and_text_filters(app, db):
    res = _run(app, "--db", str(db), "--bbox", "-10,10,5,20", "--text", "wedding")
    assert res.exit_code == 0 and [json.loads(x)["event_id"] for x in res.output.splitlines()] == [
        "ev_mopti-drone"
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "parquet"], "binary format"),
        (["--bbox", "1,2,3"], "bbox"),
        (["--since", "2024-03-20", "--until", "2024-03-01"], "after until"),
    ],
)
def test_bad_options_fail_with_one_line(app, db, args, message):
    res = _run(app, "--db", str(db), *args)
    assert res.exit_code == 2 and message in res.output


def test_missing_database_is_an_error(app, tmp_path):
    res = _run(app, "--db", str(tmp_path / "nope.db"))
    assert res.exit_code == 2 and "no such database" in res.output and not (tmp_path / "nope.db").exists()
