"""find_times / resolve on hand-written sentences with a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time import find_times, resolve
from sitrep.types import Sentence

MON = date(2014, 6, 23)  # a Monday
WED = date(2016, 1, 27)  # a Wednesday


def one(text: str, published: date | None = MON):
    found = find_times(text, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "precision"),
    [
        ("Gunmen attacked a checkpoint Monday, officials said.", "Monday", date(2014, 6, 23), 1),
        ("Rockets hit the airport on Saturday.", "Saturday", date(2014, 6, 21), 1),
        ("The town fell early Sunday after a long siege.", "early Sunday", date(2014, 6, 22), 1),
        ("Fighting spread over the weekend to two villages.", "the weekend", date(2014, 6, 21), 2),
        ("The convoy was ambushed last week near the border.", "last week", date(2014, 6, 19), 2),
        ("The rebels took the city earlier this month.", "earlier this month", date(2014, 6, 11), 3),
        ("Two soldiers died yesterday in a blast.", "yesterday", date(2014, 6, 22), 1),
        ("A bomb went off this morning in the market.", "this morning", date(2014, 6, 23), 1),
        ("The first clashes began two days ago.", "two days ago", date(2014, 6, 21), 1),
        ("Police said last month that the group had regrouped.", "last month", date(2014, 5, 16), 3),
        ("The militia was founded in 2009 by former officers.", "2009", date(2009, 7, 2), 3),
        ("A gunman opened fire on June 13, 2021, witnesses said.", "June 13, 2021", date(2021, 6, 13), 1),
        ("The raid took place on 13 June 2021 at dawn.", "13 June 2021", date(2021, 6, 13), 1),
        ("Residents fled on 2014-06-10 as the army withdrew.", "2014-06-10", date(2014, 6, 10), 1),
        ("The report is dated 6/10/14 and signed.", "6/10/14", date(2014, 6, 10), 1),
        ("He was detained last Friday at his home.", "last Friday", date(2014, 6, 20), 1),
        ("Protesters gathered tonight outside the ministry.", "tonight", date(2014, 6, 23), 1),
    ],
)
def test_expressions_against_a_monday(sentence, span, value, precision):
    t = one(sentence)
    assert t.text == span
    assert sentence[t.start:t.end] == span
    assert (t.value, t.precision) == (value, precision)
    assert t.reason


def test_overnight_spans_the_night_before_publication():
    t = one("Shelling killed four people overnight, residents said.")
    assert (t.earliest, t.latest, t.precision) == (date(2014, 6, 22), MON, 2)


def test_weekday_same_as_publication_day_is_that_day():
    t = one("The minister resigned Wednesday after the vote.", WED)
    assert t.value == WED


def test_weekday_in_a_future_sentence_is_the_next_one():
    t = one("The envoy will meet the governor Friday in the capital.", WED)
    assert t.value == date(2016, 1, 29)


def test_late_month_with_year_is_a_ten_day_window():
    t = one("In late March 2019, the group lost its last village.", MON)
    assert (t.earliest, t.latest) == (date(2019, 3, 21), date(2019, 3, 31))
    assert (t.value, t.precision) == (date(2019, 3, 26), 2)


def test_earlier_this_month_runs_to_the_day_before_publication():
    t = one("They seized the dam earlier this month.", MON)
    assert (t.earliest, t.latest) == (date(2014, 6, 1), date(2014, 6, 22))


def test_last_week_is_monday_to_sunday_of_the_previous_week():
    t = one("A car bomb struck last week.", WED)
    assert (t.earliest, t.latest) == (date(2016, 1, 18), date(2016, 1, 24))


def test_month_day_without_year_takes_the_nearest_year():
    assert one("The attack of Dec. 28 killed four.", date(2016, 1, 5)).value == date(2015, 12, 28)
    assert one("She was shot Tuesday, Jan. 27, at home.", WED).value == date(2016, 1, 27)


def test_weekday_with_date_is_one_expression():
    t = one("He was killed on Sunday, December 6th, near the park.", date(2015, 12, 9))
    assert t.text == "Sunday, December 6th"
    assert t.value == date(2015, 12, 6)


def test_past_event_recalled_in_passing_keeps_its_own_date():
    text = "Its rule ended in late March 2019; the coalition met again this week."
    found = find_times(text, date(2021, 6, 28))
    assert [t.text for t in found] == ["late March 2019", "this week"]
    assert found[0].value == date(2019, 3, 26)
    assert found[1].earliest == date(2021, 6, 28)


@pytest.mark.parametrize(
    "sentence",
    [
        "The town lies 113 kilometers (70 miles) from the border.",
        "Memorials to 9/11 stand in many towns.",
        "The hotline runs 24/7 for families.",
        "A 5-year-old was among the wounded.",
        "The group claimed to have killed 1,700 soldiers.",
        "The convoy was stopped on Route 66 by police.",
        "Washington sent 300 advisers to the region.",
        "In 2000 soldiers marched through the square.",
        "The death toll rose to 1800.",
        "A total of 1900 was reported by the ministry.",
        "Around 1800 Yazidis fled the mountain.",
        "Between 1800 and 2000 fighters joined.",
        "ISIL continues its bloody March across the desert.",
        "Talks may resume, officials said.",
        "Prices could fall sharply.",
    ],
)
def test_numbers_and_words_that_are_not_dates(sentence):
    assert find_times(sentence, MON) == ()


def test_no_publication_date_leaves_relative_expressions_unresolved():
    t = one("The base was overrun Monday.", None)
    assert t.value is None and t.precision == 3
    assert "unknown" in t.reason


def test_no_publication_date_still_reads_explicit_dates():
    t = one("The photo was posted on June 14, 2014.", None)
    assert t.value == date(2014, 6, 14) and t.precision == 1


def test_month_day_without_year_and_no_publication_date():
    t = one("The offensive began Jan. 27.", None)
    assert t.value is None and t.precision == 3 and t.reason


def test_two_days_later_leans_on_the_date_before():
    found = find_times("The siege began on June 10, 2014. Two days later the garrison fled.", None)
    assert [t.value for t in found] == [date(2014, 6, 10), date(2014, 6, 12)]


def test_later_with_nothing_dated_before_is_unknown():
    (t,) = find_times("Three days later the garrison fled.", MON)
    assert t.value is None and t.precision == 3


def test_sentences_limit_the_tense_window():
    text = "Officials will review it. Troops withdrew Sunday."
    sentences = (Sentence(0, 25, text[:25]), Sentence(26, len(text), text[26:]))
    (t,) = find_times(text, WED, sentences)
    assert t.value == date(2016, 1, 24)


def test_resolve_one_expression():
    t = resolve("last week", MON)
    assert (t.start, t.end, t.text) == (0, 9, "last week")
    assert t.precision == 2 and t.value == date(2014, 6, 19)
    assert resolve("in 2014", MON).value == date(2014, 7, 2)
    assert resolve("1990", MON).precision == 3  # a lone year needs no context word


def test_resolve_returns_none_for_non_dates_and_vague_references():
    assert resolve("70 miles", MON) is None
    assert resolve("now", MON) is None
    assert resolve("300 advisers", MON) is None


def test_all_caps_text_is_read():
    t = one("AURORA, Colo. - A DEPUTY WAS SHOT TUESDAY NIGHT.", WED)
    assert t.value == date(2016, 1, 26)


def test_holidays_and_seasons():
    assert one("The truce held through Christmas.", date(2015, 12, 28)).value == date(2015, 12, 25)
    assert one("They attacked on Thanksgiving Day.", date(2015, 11, 30)).value == date(2015, 11, 26)
    fall = one("The offensive stalled last fall.", date(1999, 4, 10))
    assert (fall.earliest, fall.latest) == (date(1998, 9, 1), date(1998, 11, 30))


def test_range_of_days_in_one_month():
    t = one("Clashes on June 5-7, 2014 left twelve dead.", MON)
    assert (t.text, t.earliest, t.latest, t.value, t.precision) == (
        "June 5-7, 2014", date(2014, 6, 5), date(2014, 6, 7), date(2014, 6, 5), 2)  # valued on the first day (session 14)


def test_the_next_day_follows_the_day_dated_before():
    found = find_times("The siege began Saturday. The next day, the garrison surrendered.", MON)
    assert [(t.text, t.value) for t in found] == [
        ("Saturday", date(2014, 6, 21)), ("The next day", date(2014, 6, 22))]
    (alone,) = find_times("The next day, the garrison surrendered.", MON)
    assert alone.value is None and alone.precision == 3


def test_spelled_out_years_from_transcripts():
    t = one("Back in nineteen ninety-six the town was quiet.", MON)
    assert (t.text, t.earliest, t.latest) == ("nineteen ninety-six", date(1996, 1, 1), date(1996, 12, 31))


def test_vague_counts_name_no_date():
    assert find_times("The group formed several years ago.", MON) == ()
