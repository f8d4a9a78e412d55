"""The Python API: inputs of every kind become articles; stored events come back as records and
DataFrames."""

from __future__ import annotations

import pytest
from report_samples import CODING, STORIES, all_events, article_of, build_store

import sitrep
from sitrep.api_python import as_articles, events_frame, query, records, store_events_frame, text_article
from sitrep.errors import ConfigError, InputError
from sitrep.query import EventQuery

TEXT = "Gunmen attacked a village near Maiduguri on Sunday and killed five farmers, police said.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pyapi") / "events.db"
    build_store(path).close()
    return path


# ---- inputs -------------------------------------------------------------------------------
def test_raw_text_gets_a_stable_id_and_clean_text():
    a, b = text_article(TEXT), text_article("  " + TEXT)
    assert a.id.startswith("text-") and a.id == b.id and a.text == TEXT.strip()
    assert (
        text_article(TEXT, "mine", source="Wire", published="2024-03-10").published.isoformat()
        == "2024-03-10"
    )


def test_every_kind_of_input_becomes_an_article(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(TEXT, encoding="utf-8")
    story = article_of(STORIES[0])
    items = [
        story,
        {"id": "corpus-1", "text": TEXT, "source": "Wire"},
        TEXT.replace("five", "six"),
        folder,
        str(folder / "one.txt"),
    ]
    got = list(as_articles(items))
    assert [a.id for a in got[:2]] == [story.id, "corpus-1"] and got[1].source == "Wire"
    assert got[2].id.startswith("text-") and "six farmers" in got[2].text
    assert [a.id for a in got[3:]] == ["one", "one"]
    single = list(as_articles(TEXT))  # one str is one text, not an iterable of characters
    assert len(single) == 1 and single[0].text == TEXT.strip()


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"id": "x", "body": "text"}, "unknown article fields"),
        ({"id": "x"}, "neither text nor html"),
        ("   ", "no text left"),
        (42, "cannot read a int"),
    ],
)
def test_bad_inputs_raise_input_error(bad, message):
    with pytest.raises(InputError, match=message):
        list(as_articles([bad]))


def test_a_missing_path_object_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(as_articles(tmp_path / "absent.txt"))


# ---- queries ------------------------------------------------------------------------------
def test_query_by_keywords_or_event_query(db):
    by_kw = query(db, country="Mali", since="2024-03-11")
    assert sorted(e.event_id for e in by_kw) == ["ev_kidal-seized", "ev_mopti-drone", "ev_unplaced-arrests"]
    assert [e.event_id for e in query(str(db), EventQuery(min_fatalities=10))] == [
        "ev_ambush-gwoza",
        "ev_mopti-drone",
    ]
    with sitrep.open_store(db) as store:
        assert len(query(store)) == len(CODING)
        assert records(store, claim_status="disputed")[0]["sources"][1]["source"] == "Sahel Daily"


def test_query_errors(db, tmp_path):
    with pytest.raises(ConfigError, match="no such database"):
        query(tmp_path / "absent.db")
    with pytest.raises(ConfigError, match="either"):
        query(db, EventQuery(), country="Mali")
    with pytest.raises(ConfigError, match="since"):
        query(db, since="yesterday")


def test_dataframe_of_stored_events(db):
    pd = pytest.importorskip("pandas")
    with sitrep.open_store(db) as store:
        frame = store_events_frame(store, country="Nigeria")
    assert list(frame.columns[:3]) == ["event_id", "event_date", "time_precision"]
    assert len(frame) == 4 and str(frame["fatalities"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["event_date"])
    assert frame.loc[frame.event_id == "ev_bama-retaken", "fatalities"].isna().all()
    assert int(frame["fatalities"].sum()) == 27


def test_dataframe_of_event_list():
    pytest.importorskip("pandas")
    frame = events_frame(all_events())
    assert len(frame) == len(CODING) and frame["sources"].map(len).max() == 2
    with pytest.raises(ConfigError, match="filters apply to a store"):
        events_frame(all_events(), country="Mali")
