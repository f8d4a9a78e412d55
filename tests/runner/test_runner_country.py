"""The input's country hint: given per record or with `sitrep run --country`, checked, stored, used."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import article_from_text
from sitrep.ingest.build import parse_country

NOTE = "Protesters blocked the main road to demand the release of a kidnapped lecturer on 3 March 2015."


@pytest.mark.parametrize("given, code", [("Nigeria", "NG"), ("NG", "NG"), ("nga", "NG"), ("Iraq", "IQ"), ("DRC", "CD")])
def test_a_country_is_read_by_name_or_code(given, code):
    assert parse_country(given) == code


def test_an_unknown_country_is_refused_by_name():
    with pytest.raises(ValueError, match="not a known country: 'Atlantis'"):
        parse_country("Atlantis")


def test_the_hint_decides_the_actors_country_when_the_text_names_none():
    from sitrep.events.runner import EventRunner, best_draft

    runner = EventRunner()
    blind = best_draft(runner.doc(article_from_text("n1", NOTE)))
    told = best_draft(runner.doc(article_from_text("n2", NOTE, country="Nigeria")))
    assert blind.actor1.name == "Protesters"
    assert told.actor1.name == "Protesters (Nigeria)"


def test_the_text_still_wins_over_the_hint():
    from sitrep.events.runner import EventRunner, best_draft

    text = "Gunmen killed five villagers near Gao in northern Mali on 3 March 2015, Malian officials said."
    draft = best_draft(EventRunner().doc(article_from_text("m1", text, country="NG")))
    assert draft.place is not None and draft.place.country_code == "ML"


def test_run_applies_stores_and_checks_the_hint(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.jsonl").write_text(json.dumps({"id": "n", "text": NOTE}) + "\n", encoding="utf-8")
    bad = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "x.db"), "--country", "Atlantis"])
    assert bad.exit_code == 2 and "--country" in bad.output and "Atlantis" in bad.output
    assert not (tmp_path / "x.db").exists()  # refused before anything is opened
    ok = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "a.db"), "--country", "Nigeria"])
    assert ok.exit_code == 0, ok.output
    with sqlite3.connect(tmp_path / "a.db") as con:
        assert con.execute("select country from articles").fetchall() == [("NG",)]
        assert con.execute("select actor1 from events").fetchall() == [("Protesters (Nigeria)",)]


def test_a_record_gives_its_own_country(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rec = {"id": "n", "text": NOTE, "country": "Ghana"}
    (folder / "note.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    ok = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "a.db"), "--country", "Nigeria"])
    assert ok.exit_code == 0, ok.output
    with sqlite3.connect(tmp_path / "a.db") as con:
        assert con.execute("select country from articles").fetchall() == [("GH",)]
