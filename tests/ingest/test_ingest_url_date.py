"""The URL dates an article neither the input nor its header dates (and fixes a January year slip)."""

from __future__ import annotations

from datetime import date

from sitrep.ingest import article_from_text

BODY = "Police said a man was shot on Friday near the park. He died later at a hospital."


def test_url_dates_an_undated_article():
    a = article_from_text("u1", BODY, url="https://example.com/news/2016/01/08/man-shot-near-park")
    assert (a.published, a.origin["published"]) == (date(2016, 1, 8), "url")


def test_a_given_date_wins_over_the_url():
    a = article_from_text("u2", BODY, url="https://example.com/2016/01/08/x", published="2016-01-09")
    assert (a.published, a.origin["published"]) == (date(2016, 1, 9), "corpus")


def test_a_dateline_with_last_year_in_january_takes_the_url_year():
    text = f"Jan. 8, 2015\n\n{BODY}"
    a = article_from_text("u3", text, url="https://example.com/2016/01/08/man-shot")
    assert a.published == date(2016, 1, 8)


def test_no_url_no_date():
    a = article_from_text("u4", BODY)
    assert a.published is None
