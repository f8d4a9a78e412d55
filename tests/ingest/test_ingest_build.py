"""The public builders: metadata layers, origins, and their errors."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from ingest_story import STORY

from sitrep.ingest import article_from_html, article_from_text, parse_published


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2031-06-23", date(2031, 6, 23)),
        ("2031-06-23T05:56:19-04:00", date(2031, 6, 23)),
        ("Mon, 23 Jun 2031 05:56:19 GMT", date(2031, 6, 23)),
        ("June 23, 2031", date(2031, 6, 23)),
        (datetime(2031, 6, 23, 5, 56), date(2031, 6, 23)),
        (date(2031, 6, 23), date(2031, 6, 23)),
        (None, None),
        ("", None),
    ],
)
def test_parse_published(value, expected) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["last Tuesday", "2031-13-45", "the raid on June 23, 2031 left the market burnt out"]
)
def test_parse_published_refuses_non_dates(value: str) -> None:
    with pytest.raises(ValueError, match="'published' is not a date"):
        parse_published(value)


def test_given_metadata_wins_and_origin_is_recorded() -> None:
    text = "Checkpoint attack kills four\n\nKABUL (Reuters, May 2, 2031) — " + STORY
    art = article_from_text("k", text, source="Desk", origin="feed")
    assert (art.source, art.origin["source"]) == ("Desk", "feed")
    assert (art.published, art.origin["published"]) == (date(2031, 5, 2), "dateline")
    assert (art.title, art.origin["title"]) == ("Checkpoint attack kills four", "headline")
    assert (art.url, art.origin["url"]) == (None, "none")


def test_unknown_metadata_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unknown article metadata: author"):
        article_from_text("x", STORY, author="Jane Roe")


def test_nothing_left_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no text left"):
        article_from_text("x", "Advertisement\n\nShare this article\n")
    with pytest.raises(ValueError, match="no article text"):
        article_from_html("x", "<html><head><title>t</title></head><body></body></html>")


def test_language_code_is_normalised() -> None:
    assert article_from_text("x", STORY, language="en_GB").language == "en"
    assert article_from_text("x", STORY).language == "en"
