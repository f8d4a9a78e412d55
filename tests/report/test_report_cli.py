"""``sitrep report`` on a hand-made database, through a Typer app like sitrep's."""

from __future__ import annotations

import pytest
from report_samples import cli_app, sample_db
from typer.testing import CliRunner

from sitrep.report.cli import register


@pytest.fixture(scope="module")
def app():
    return cli_app(register)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return sample_db(tmp_path_factory, "cli")


def test_html_report_to_a_file(app, db, tmp_path):
    out = tmp_path / "week.html"
    res = CliRunner().invoke(
        app,
        [
            "report",
            "--db",
            str(db),
            "--since",
            "2024-03-11",
            "--until",
            "2024-03-17",
            "--format",
            "html",
            "--out",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count("data:image/png;base64,") == 3
    assert "(6 events)" in res.output


def test_markdown_on_stdout_for_one_division(app, db):
    # filters ignore case; the report names the area as the store spells it
    args = ["report", "--db", str(db), "--format", "md", "--country", "nigeria", "--admin1", "BORNO"]
    res = CliRunner().invoke(app, [*args, "--until", "2024-03-17"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("# Situation report: Borno, Nigeria, 2024-03-11 to 2024-03-17")
    assert "### Borno, Nigeria" in res.output and "Mali" not in res.output


def test_default_period_ends_on_the_latest_event(app, db):
    res = CliRunner().invoke(app, ["report", "--db", str(db), "--format", "md"])
    assert res.exit_code == 0 and "2024-03-10 to 2024-03-16" in res.output.splitlines()[0]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "2024-03-18", "--until", "2024-03-11"], "after until"),
        (["--since", "March"], "since"),
    ],
)
def test_bad_options_fail_with_one_line(app, db, args, message):
    res = CliRunner().invoke(app, ["report", "--db", str(db), *args])
    assert res.exit_code == 2 and "error:" in res.output and message in res.output


def test_missing_database_is_not_created(app, tmp_path):
    res = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "no such database" in res.output
    assert not (tmp_path / "none.db").exists()
