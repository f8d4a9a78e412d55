"""Year cues of undated articles (URL, copyright line, full dates) and what they date; a month
named for a recalled event narrowed to the one day the article dates in it."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.time import find_times
from sitrep.time.eventdate import event_date
from sitrep.time.yearcue import YearHint, year_hint
from sitrep.types import Article, Doc, Sentence


@pytest.mark.parametrize(
    "text, url, expected",
    [
        ("A man was shot.", "http://example.com/2031/04/man-shot/", YearHint(2031, 4, "url")),
        ("Story copyright 2030 The Example Wire. All rights reserved.", None, YearHint(2030, None, "copyright")),
        ("(©2031 Example Media, a division of Example Inc.)", None, YearHint(2031, None, "copyright")),
        ("Copyright © 2029 Example Daily | 12 Main St.", None, YearHint(2029, None, "copyright")),
        ("He was sentenced on May 16, 2026, and freed in July.", None, YearHint(2026, None, "full date")),
        ("Police said a man was shot Tuesday in the 1900 block.", None, None),
        ("Call 555-2031 with tips.", "http://example.com/news/story/31142579/", None),
    ],
)
def test_year_hint_forms(text: str, url: str | None, expected: YearHint | None) -> None:
    assert year_hint(text, url) == expected


def test_url_wins_over_copyright_and_reason_names_the_source() -> None:
    hint = year_hint("Copyright 2029 Example Media.", "https://example.com/2031/01/slug")
    assert hint == YearHint(2031, 1, "url")
    assert hint.reason == "year 2031-01 from the article's url"


def test_block_numbers_are_not_years() -> None:
    times = find_times("He was shot Tuesday, Dec. 22, in the 1900 block of Elm Avenue.", None)
    assert [t.text for t in times] == ["Tuesday, Dec. 22"]
    assert times[0].value is None


def test_day_and_month_take_the_hint_year_at_week_precision() -> None:
    text = "A man was shot and killed on Dec. 22 near the park."
    (t,) = find_times(text, None, None, YearHint(2030, None, "copyright"))
    assert (t.value, t.precision) == (date(2030, 12, 22), 2)
    assert t.earliest < t.value < t.latest
    assert "copyright" in t.reason


def test_weekday_picks_the_neighbouring_year_it_falls_in() -> None:
    # Dec. 22 is a Tuesday in 2015 and a Thursday in 2016: a footer copyright lags a year behind
    (t,) = find_times("He was shot Tuesday, Dec. 22, downtown.", None, None, YearHint(2016, None, "copyright"))
    assert t.value == date(2015, 12, 22)


def test_day_after_the_url_month_is_in_the_year_before() -> None:
    (t,) = find_times("The shooting on Dec. 28 left one man dead.", None, None, YearHint(2031, 1, "url"))
    assert t.value == date(2030, 12, 28)


def test_hint_is_ignored_when_the_publication_date_is_known() -> None:
    (t,) = find_times("He was shot on Dec. 22.", date(2031, 1, 3), None, YearHint(2020, None, "copyright"))
    assert (t.value, t.precision) == (date(2030, 12, 22), 1)


def _doc(text: str, published: date | None = None, url: str | None = None, times: bool = True) -> Doc:
    sents = tuple(Sentence(i, i + len(s), s) for i, s in _sentences(text))
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest(), url=url, published=published)
    found = find_times(text, published, sents, year_hint(text, url)) if times else None
    return Doc(article, sentences=sents, times=found)


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for part in text.split(". "):
        out.append((start, part))
        start += len(part) + 2
    return out


def test_undated_event_gets_the_url_month_or_only_year_bounds() -> None:
    doc = _doc("A man was shot outside a bar. Police have no suspect", url="http://x.com/2031/03/bar-shooting")
    t = event_date(doc, [(0, 29)])
    assert (t.value, t.precision, t.earliest, t.latest) == (date(2031, 3, 16), 3, date(2031, 3, 1), date(2031, 3, 31))
    doc = _doc("A man was shot outside a bar. Copyright 2031 Example Wire")
    t = event_date(doc, [(0, 29)])
    assert (t.value, t.earliest, t.latest) == (None, date(2031, 1, 1), date(2031, 12, 31))
    assert "copyright" in t.reason
    doc = _doc("A man was shot outside a bar. Nobody was arrested")
    t = event_date(doc, [(0, 29)])
    assert (t.value, t.earliest) == (None, None) and "no year cue" in t.reason


def test_recalled_month_is_narrowed_to_the_one_day_dated_in_it() -> None:
    text = "An officer sued over the December shooting. The teen was shot on Dec. 26 at his home"
    doc = _doc(text, published=date(2031, 2, 8))
    t = event_date(doc, [(0, 43)])
    assert (t.value, t.precision) == (date(2030, 12, 26), 1)
    assert "narrowed" in t.reason
    two = "An officer sued over the December shooting. Shots on Dec. 26 and Dec. 27 hit the home"
    t = event_date(_doc(two, published=date(2031, 2, 8)), [(0, 43)])
    assert t.precision == 3 and "narrowed" not in t.reason


def test_event_date_computes_times_with_the_hint_when_the_stage_did_not_run() -> None:
    doc = _doc("He was shot on Dec. 22. Story copyright 2030 Example Wire", times=False)
    t = event_date(doc, [(0, 23)])
    assert (t.value, t.precision) == (date(2030, 12, 22), 2)


@given(st.integers(1995, 2090), st.integers(1, 12), st.integers(1, 28))
def test_hinted_days_keep_day_and_month(year: int, month: int, day: int) -> None:
    name = date(2001, month, 1).strftime("%B")
    text = f"A man was shot on {name} {day} downtown."
    (t,) = find_times(text, None, None, YearHint(year, None, "copyright"))
    assert (t.value.month, t.value.day, t.value.year) == (month, day, year)
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize(
    "sentence, needle, expected",
    [
        ("Police arrested a suspect Friday in a December 2030 homicide.", "December 2030", "incident"),
        ("Police arrested a suspect Friday in a December 2030 homicide.", "Friday", "follow-up"),
        ("The man was shot on Dec. 2 and died Friday.", "Dec. 2", "incident"),
        ("The man was shot on Dec. 2 and died Friday.", "Friday", "follow-up"),
        ("Officials discussed last month's shooting at length.", "last month", "incident"),
        ("A man was fatally shot Thursday night, police said.", "Thursday night", "incident"),
        ("The motive remained unclear Friday, police said.", "Friday", "follow-up"),
        ("The council met on Monday to discuss the budget.", "Monday", "neutral"),
    ],
)
def test_attachment_of_a_date(sentence: str, needle: str, expected: str) -> None:
    from sitrep.time.attach import FOLLOW_UP, INCIDENT, NEUTRAL, attachment

    t = next(t for t in find_times(sentence, date(2031, 1, 8)) if t.text == needle)
    assert attachment(sentence, t) == {"incident": INCIDENT, "neutral": NEUTRAL, "follow-up": FOLLOW_UP}[expected]


def test_event_date_prefers_the_incidents_date_over_the_follow_ups() -> None:
    text = "Police arrested a suspect Friday in a December 2030 homicide. The victim was shot on December 12, 2030"
    doc = _doc(text, published=date(2031, 1, 25))
    t = event_date(doc, [(0, 60)])
    assert (t.value, t.precision) == (date(2030, 12, 12), 1)
    died = "The man was shot on Jan. 2 and died Friday"
    t = event_date(_doc(died, published=date(2031, 1, 25)), [(0, len(died))])
    assert t.value == date(2031, 1, 2)


def test_first_evidence_sentence_dates_the_event_unless_a_later_one_dates_the_incident() -> None:
    text = ("Fighters last week launched a blitz on the town. Then on Sunday, photos of the attack were "
            "posted online. Police said Monday that a man was shot on Saturday")
    doc = _doc(text, published=date(2031, 6, 16))  # a Monday
    first, second, third = [(s.start, s.end) for s in doc.sentences]
    t = event_date(doc, [first, second])
    assert t.text == "last week" and t.precision == 2
    t = event_date(doc, [first, third])
    assert (t.text, t.value) == ("Saturday", date(2031, 6, 14))
