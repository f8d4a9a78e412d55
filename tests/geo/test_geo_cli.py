"""`sitrep gazetteer import` and `sitrep geoparse` end to end on the small dump fixture."""

import json
import pickle
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import _register_plugins, app
from sitrep.geo.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
FIELDS = {"article_id", "start", "end", "text", "name", "geonameid", "latitude", "longitude", "country", "admin1",
          "feature_class", "kind", "reason"}


def _app():
    if not any(getattr(c, "name", None) == "geoparse" for c in app.registered_commands):
        _register_plugins()
    return app


def test_import_then_geoparse_jsonl(tmp_path):
    runner = CliRunner()
    gaz = tmp_path / "iq.sqlite"
    res = runner.invoke(_app(), ["gazetteer", "import", str(FIXTURES / "IQ.txt"), "--alternate-names",
                                 str(FIXTURES / "alternateNames.txt"), "--out", str(gaz)])
    assert res.exit_code == 0, res.output
    art = tmp_path / "a1.txt"
    text = "Militants took a base near Tikrit, Iraq, and shelled Hilla."
    art.write_text(text, encoding="utf-8")
    res = runner.invoke(_app(), ["geoparse", str(art), "--format", "jsonl", "--gazetteer", str(gaz)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert {r["text"] for r in rows} == {"Tikrit", "Iraq", "Hilla"}
    for r in rows:
        assert set(r) == FIELDS and r["article_id"] == "a1"
        assert text[r["start"]:r["end"]] == r["text"]
    tikrit = next(r for r in rows if r["text"] == "Tikrit")
    assert (tikrit["geonameid"], tikrit["admin1"], tikrit["feature_class"]) == (90150, "Salah ad Din", "P")
    assert {r["country"] for r in rows} == {"Iraq"}  # the country's own row names itself too


def test_geoparse_prints_demonyms_as_their_own_kind(tmp_path):
    gaz = tmp_path / "iq.sqlite"
    CliRunner().invoke(_app(), ["gazetteer", "import", str(FIXTURES / "IQ.txt"), "--out", str(gaz)])
    art = tmp_path / "a2.txt"
    art.write_text("Iraqi troops shelled Hilla.", encoding="utf-8")
    res = CliRunner().invoke(_app(), ["geoparse", str(art), "--gazetteer", str(gaz)])
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert [(r["text"], r["kind"]) for r in rows] == [("Iraqi", "demonym"), ("Hilla", "place")]
    assert rows[0]["country"] == "Iraq" and rows[0]["reason"].startswith("demonym")
    res = CliRunner().invoke(_app(), ["geoparse", str(art), "--gazetteer", str(gaz), "--places-only"])
    assert [json.loads(line)["text"] for line in res.stdout.splitlines() if line.startswith("{")] == ["Hilla"]


def test_geoparse_reports_bad_inputs(tmp_path):
    gaz = tmp_path / "iq.sqlite"
    CliRunner().invoke(_app(), ["gazetteer", "import", str(FIXTURES / "IQ.txt"), "--out", str(gaz)])
    res = CliRunner().invoke(_app(), ["geoparse", str(tmp_path / "missing.txt"), "--gazetteer", str(gaz)])
    assert res.exit_code != 0


def test_gazetteer_pickles_as_its_path(tmp_path):
    from sitrep.geo.dump import import_dump

    path = import_dump(FIXTURES / "IQ.txt", tmp_path / "iq.sqlite")
    copy = pickle.loads(pickle.dumps(Gazetteer.load(path)))
    assert copy.candidates("Tikrit")[0].geonameid == 90150
