"""A run says how many new articles carry no publication date (their weekdays cannot be placed)."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from sitrep.cli import app

STORY = "Gunmen killed five villagers in the town of Jos in central Nigeria on Monday, police said.\n"


def _run(folder, db):
    return CliRunner().invoke(app, ["run", str(folder), "--db", str(db)])


def test_undated_articles_are_counted_and_explained(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "jos.txt").write_text(STORY, encoding="utf-8")
    result = _run(tmp_path / "in", tmp_path / "a.db")
    assert result.exit_code == 0, result.output
    assert "1 new article(s) carry no publication date" in result.output
    assert "manifest.jsonl" in result.output


def test_a_dated_article_gives_no_note_and_its_event(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "jos.txt").write_text(STORY, encoding="utf-8")
    (folder / "manifest.jsonl").write_text(json.dumps({"id": "jos", "published": "2015-03-04"}) + "\n", encoding="utf-8")
    result = _run(folder, tmp_path / "b.db")
    assert result.exit_code == 0, result.output
    assert "no publication date" not in result.output
    with sqlite3.connect(tmp_path / "b.db") as con:
        dates = [r[0] for r in con.execute("select event_date from events")]
    assert [str(d)[:10] for d in dates] == ["2015-03-02"]  # the Monday before the Wednesday publication


def test_extract_explains_undated_articles_too(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "jos.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    assert "1 article(s) carry no publication date" in result.output and "manifest.jsonl" in result.output
    (tmp_path / "in" / "manifest.jsonl").write_text(json.dumps({"id": "jos", "published": "2015-03-04"}) + "\n",
                                                    encoding="utf-8")
    dated = CliRunner().invoke(app, ["extract", str(tmp_path / "in")])
    assert "no publication date" not in dated.output and '"event_date": "2015-03-02"' in dated.output
