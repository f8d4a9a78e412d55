"""Corpora written by common tools map to text, title, published, url and source: news-please
(one .json per article, ``maintext``/``date_publish``), newspaper3k (``text``/``publish_date``),
Common Crawl News (``text``/``date``/``domain``), NewsAPI (``content``, ``publishedAt``, a
``source`` object), GDELT-style CSV (``SQLDATE``/``SOURCEURL``), tab-separated feed exports
(RFC-822 ``pubDate``), epoch timestamps and language names. A record without any text field is an
error naming the file, the line and the fields it has."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs, parse_published
from sitrep.ingest.build import _language_code
from sitrep.types import Article

CORPORA = Path(__file__).parent / "pages_s15" / "corpora"


def _split(paths: list[Path]) -> tuple[list[Article], list[InputError]]:
    items = list(iter_inputs(paths))
    return [x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, InputError)]


# file -> (title, published, url, source, words in the text)
EXPECT = {
    "newsplease_zamfara.json": (
        "Gunmen kill 11 farmers in Zamfara village",
        date(2024, 4, 18),
        "https://northwatch.example/zamfara-attack",
        "northwatch.example",
        "Tungan Kudaku",
    ),
    "ccnews_sample.jsonl": (
        "Protesters block Nairobi highway over fuel prices",
        date(2024, 7, 2),
        "https://eastafricadaily.example/news/fuel-protest",
        "eastafricadaily.example",
        "tear gas",
    ),
    "newsapi_dump.jsonl": (
        "Rockets hit base near Erbil airport",
        date(2024, 1, 24),
        "https://kurdmonitor.example/rockets-erbil",
        "Kurdistan Monitor",
        "Erbil airport",
    ),
    "gdelt_style.csv": (
        "Market blast in Quetta kills five",
        date(2024, 3, 8),
        "https://balochtimes.example/quetta-market-blast",
        None,
        "bicycle",
    ),
    "feed_export.tsv": (
        "Two police reservists killed in Mandera",
        date(2024, 8, 10),
        "https://frontier.example/mandera-checkpoint",
        None,
        "Mandera county",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_tool_corpora_map_to_article_fields(name: str) -> None:
    title, published, url, source, words = EXPECT[name]
    arts, errs = _split([CORPORA / name])
    assert not errs, errs
    (art,) = arts
    assert (art.title, art.published, art.url, art.source) == (title, published, url, source)
    assert words in art.text and art.text.startswith(title) and art.language == "en"


def test_records_without_id_take_one_from_their_url_stably() -> None:
    (a,), _ = _split([CORPORA / "newsplease_zamfara.json"])
    (b,), _ = _split([CORPORA / "newsplease_zamfara.json"])
    assert a.id == b.id and a.id.startswith("u") and len(a.id) == 17


def test_gdelt_event_id_is_the_id() -> None:
    (art,), _ = _split([CORPORA / "gdelt_style.csv"])
    assert art.id == "1158440032"


def test_newsapi_cut_mark_is_removed() -> None:
    (art,), _ = _split([CORPORA / "newsapi_dump.jsonl"])
    assert "chars]" not in art.text and art.text.endswith("Investigations are under way.")


def test_newspaper3k_export_reads_text_and_names_an_empty_record() -> None:
    arts, errs = _split([CORPORA / "newspaper3k_export.jsonl"])
    assert [a.title for a in arts] == ["Roadside bomb kills three soldiers near Kidal"]
    assert arts[0].published == date(2024, 2, 12)
    (err,) = errs
    assert err.source.endswith("newspaper3k_export.jsonl:2")


def test_epoch_compact_dates_and_language_names() -> None:
    arts, errs = _split([CORPORA / "epoch_and_names.jsonl"])
    assert not errs
    assert [(a.id, a.published, a.language) for a in arts] == [
        ("ep1", date(2024, 4, 18), "en"),
        ("ep2", date(2024, 2, 12), "en"),
        ("ep3", date(2024, 7, 2), "en"),
    ]
    assert arts[2].text.startswith("Police fired tear gas")  # a summary is the text when there is no other


def test_record_without_text_field_names_file_line_and_fields() -> None:
    arts, errs = _split([CORPORA / "no_text_field.jsonl"])
    assert [a.id for a in arts] == ["ok"]
    (err,) = errs
    assert err.source == f"{CORPORA / 'no_text_field.jsonl'}:2"
    assert err.problem.startswith("missing required field 'text'")
    assert "fields found: headline_text, keywords" in err.problem and "maintext" in err.problem


def test_json_list_file_locates_records_by_index(tmp_path: Path) -> None:
    recs = [
        {
            "url": "https://a.example/1",
            "maintext": "Troops clashed with rebels near Bunia on Sunday, killing four fighters, the army said.",
        },
        "not a record",
        {"url": "https://a.example/3", "title": "No body here"},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(recs), encoding="utf-8")
    arts, errs = _split([path])
    assert len(arts) == 1 and "Bunia" in arts[0].text
    assert [e.source for e in errs] == [f"{path}[2]", f"{path}[3]"]
    assert "not a JSON object" in errs[0].problem and "missing required field 'text'" in errs[1].problem


def test_json_file_that_is_no_corpus_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", "version": 3}', encoding="utf-8")
    _, (err,) = _split([path])
    assert err.problem.startswith("skipped: a JSON file with no article record")


def test_csv_with_url_column_but_no_id(tmp_path: Path) -> None:
    path = tmp_path / "scrape.csv"
    path.write_text(
        "link,headline,body\nhttps://x.example/a,Curfew in Jos,Authorities imposed a curfew in Jos after clashes between youths left three dead on Friday.\n",
        encoding="utf-8",
    )
    (art,), errs = _split([path])
    assert not errs and art.url == "https://x.example/a" and art.title == "Curfew in Jos"


def test_csv_without_id_or_url_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bare.csv"
    path.write_text(
        "title,maintext\nA,Some text about fighting in the north of the country today.\n", encoding="utf-8"
    )
    _, (err,) = _split([path])
    assert err.problem == "CSV has no 'id' column"


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (1713461400, date(2024, 4, 18)),
        ("1713461400", date(2024, 4, 18)),
        (1713461400000, date(2024, 4, 18)),
        ("20240418", date(2024, 4, 18)),
        (20240418, date(2024, 4, 18)),
        ("20240418173000", date(2024, 4, 18)),
        ("20240418T173000Z", date(2024, 4, 18)),
        ("Thu, 18 Apr 2024 17:30:00 GMT", date(2024, 4, 18)),
        ("2024-04-18 17:30:00", date(2024, 4, 18)),
    ],
)
def test_published_forms(value: object, day: date) -> None:
    assert parse_published(value) == day


@pytest.mark.parametrize("value", ["2024", "20241340", "123", True, "18/04"])
def test_published_non_dates_are_errors(value: object) -> None:
    with pytest.raises(ValueError):
        parse_published(value)


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)))
@example(datetime(2035, 3, 9))  # 2057011200000 ms: its first 8 digits read as 2057-01-12
def test_epoch_seconds_and_milliseconds_give_the_utc_day(moment: datetime) -> None:
    moment = moment.replace(tzinfo=UTC, microsecond=0)
    seconds = int(moment.timestamp())
    assert parse_published(seconds) == moment.date() == parse_published(str(seconds * 1000))
    assert parse_published(moment.strftime("%Y%m%d")) == moment.date()
    assert parse_published((moment + timedelta(hours=0)).isoformat()) == moment.date()


@pytest.mark.parametrize(
    ("value", "code"),
    [("English", "en"), ("eng", "en"), ("en-GB", "en"), ("French", "fr"), ("ara", "ar"), (None, None)],
)
def test_language_names_and_codes(value: str | None, code: str | None) -> None:
    assert _language_code(value) == code


def test_another_tools_unreadable_date_column_is_ignored_but_ours_is_an_error(tmp_path: Path) -> None:
    story = "Rebels attacked a convoy near Beni on Monday, killing six soldiers, the army said."
    path = tmp_path / "c.jsonl"
    lines = [
        {"id": "a", "text": story, "date": "Monday"},
        {"id": "b", "text": story + " More.", "published": "Monday"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    arts, errs = _split([path])
    assert [(a.id, a.published) for a in arts] == [("a", None)]
    assert [e.source for e in errs] == [f"{path}:2"] and "'published' is not a date" in errs[0].problem
