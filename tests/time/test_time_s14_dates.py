"""Session 14 dates: day ranges written day first, dotted dates, "since", "the eve of", counts back
in weeks, "this week" in a past sentence, numeric dates near publication, and an event's date when
the evidence names only an earlier year or a yearless day that would fall after publication."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.eventdate import event_date
from sitrep.time.finder import find_times
from sitrep.types import Doc

from test_time_gvdb_dates import make_doc  # the same sentences and times as the time stage


def only(text: str, published: date | None):
    found = [t for t in find_times(text, published) if t.value is not None]
    assert len(found) == 1, found
    return found[0]




def sentence_span(doc: Doc, needle: str) -> tuple[int, int]:
    s = next(s for s in doc.sentences if needle in s.text)
    return s.start, s.end


@pytest.mark.parametrize("text, published, first, last", [
    ("Rebels and the army fought for Rubaya on the night of 11 to 12 June, residents said.",
     date(2023, 6, 15), date(2023, 6, 11), date(2023, 6, 12)),
    ("On 3-4 March 2024, militants attacked a post near Djibo.", date(2024, 3, 11), date(2024, 3, 3),
     date(2024, 3, 4)),
    ("Between 5 and 7 January 2024, the two armies clashed in Wad Madani.", date(2024, 1, 12),
     date(2024, 1, 5), date(2024, 1, 7)),
    ("Fighting raged on 20th–22nd of August in the hills above Tal Afar.", date(2017, 8, 25),
     date(2017, 8, 20), date(2017, 8, 22)),
])
def test_day_first_ranges_are_valued_on_their_first_day(text, published, first, last):
    t = only(text, published)
    assert (t.value, t.earliest, t.latest, t.precision) == (first, first, last, 2)
    assert "valued on the first" in t.reason


def test_month_first_ranges_are_valued_on_their_first_day_too():
    t = only("Protests on June 5-7, 2014 left twelve dead.", date(2014, 6, 9))
    assert (t.value, t.earliest, t.latest) == (date(2014, 6, 5), date(2014, 6, 5), date(2014, 6, 7))


def test_a_lone_day_month_stays_a_day():
    t = only("Shelling on 4 March killed two.", date(2024, 3, 6))
    assert (t.value, t.precision) == (date(2024, 3, 4), 1)


@pytest.mark.parametrize("text, published, expected", [
    ("Shelling of Kurakhove on 03.03.2024 killed two civilians.", date(2024, 3, 5), date(2024, 3, 3)),
    ("Die Polizei meldete am 28.12.2022 einen Angriff in Hanau.", date(2023, 1, 2), date(2022, 12, 28)),
    ("A grenade hit the market on 7.11.2019, officials said.", date(2019, 11, 9), date(2019, 11, 7)),
])
def test_dotted_dates_are_day_first(text, published, expected):
    t = only(text, published)
    assert (t.value, t.precision) == (expected, 1) and "day first" in t.reason


@pytest.mark.parametrize("text", [
    "The ceasefire held at 3.5 percent of violations.",
    "Version 2.13.2020 of the app crashed.",   # a month of 13 is no date
    "Turnout rose from 12.04 to 15.20 per cent.",
])
def test_decimals_and_versions_are_no_dotted_dates(text):
    assert [t for t in find_times(text, date(2020, 5, 1)) if t.value is not None] == []


def test_since_a_weekday_runs_to_publication_valued_on_the_weekday():
    t = only("Gang violence in Port-au-Prince has killed 15 people since Monday.", date(2024, 3, 7))
    assert (t.value, t.earliest, t.latest, t.precision) == (date(2024, 3, 4), date(2024, 3, 4), date(2024, 3, 7), 2)


def test_since_a_written_day_runs_to_publication():
    t = only("Clashes since 2 May have displaced thousands in Khartoum.", date(2023, 5, 20))
    assert (t.value, t.earliest, t.latest, t.precision) == (date(2023, 5, 2), date(2023, 5, 2), date(2023, 5, 20), 3)


def test_since_in_a_future_sentence_is_left_alone():
    t = only("The curfew will be lifted on Monday.", date(2024, 3, 7))
    assert t.precision == 1 and t.value == date(2024, 3, 11)


@pytest.mark.parametrize("text, published, expected", [
    ("Gunmen killed a polling officer on the eve of Saturday's vote.", date(2023, 3, 19), date(2023, 3, 17)),
    ("A bomb went off in Maiduguri on the eve of Christmas.", date(2023, 12, 27), date(2023, 12, 24)),
])
def test_the_eve_of_a_day_is_the_day_before(text, published, expected):
    t = only(text, published)
    assert (t.value, t.precision) == (expected, 1)


def test_the_eve_keeps_the_named_weekday_for_timeml():
    from sitrep.time.finder import find_readings

    readings = [r for _, r in find_readings("Police fired on the eve of Friday's march.", date(2024, 5, 6))]
    assert readings and readings[0].anchor == date(2024, 5, 3) and readings[0].value == date(2024, 5, 2)


@pytest.mark.parametrize("text, published, value", [
    ("Fano fighters and troops clashed in Lalibela a week ago.", date(2023, 8, 20), date(2023, 8, 13)),
    ("Two weeks ago, militiamen burned the village of Dogon Dawa.", date(2023, 4, 30), date(2023, 4, 16)),
    ("About a month ago, jihadists raided a gold mine near Kidal.", date(2023, 6, 20), date(2023, 5, 20)),
])
def test_counts_back_in_weeks_and_months_are_valued_on_the_counted_day(text, published, value):
    t = only(text, published)
    assert t.value == value and t.precision in (2, 3) and t.earliest <= value <= t.latest


def test_this_week_in_a_past_sentence_ends_on_publication():
    t = only("Militias have killed 30 civilians in Cabo Delgado this week.", date(2023, 6, 9))
    assert (t.earliest, t.latest) == (date(2023, 6, 5), date(2023, 6, 9))


def test_this_week_in_a_future_sentence_keeps_the_whole_week():
    t = only("Envoys will meet in Doha this week.", date(2023, 6, 7))
    assert (t.earliest, t.latest) == (date(2023, 6, 5), date(2023, 6, 11))


@pytest.mark.parametrize("text, published, expected", [
    # day first lands in the days just past, month first a month back: day first
    ("Drones struck a car near Qamishli on 11/12/2022.", date(2022, 12, 13), date(2022, 12, 11)),
    # both readings are recent: month first stays (US style)
    ("A man was shot on 1/12/2016 in Flint.", date(2016, 1, 13), date(2016, 1, 12)),
    # day first is not recent: month first stays
    ("The attack on 3/4/2021 killed two.", date(2021, 4, 20), date(2021, 3, 4)),
])
def test_numeric_dates_near_publication(text, published, expected):
    assert only(text, published).value == expected


def test_a_yearless_incident_day_after_publication_is_last_years():
    doc = make_doc("A military court in Bunia on Tuesday sentenced three militiamen over an attack on a "
                   "displacement camp on March 3 in which 22 people were killed.", date(2024, 1, 10))
    t = event_date(doc, [(0, len(doc.article.text))])
    assert t.value == date(2023, 3, 3) and "the year before" in t.reason


def test_a_planned_day_after_publication_is_not_moved_back_a_year():
    doc = make_doc("Gunmen killed two guards in Kano ahead of the March 3 vote.", date(2024, 1, 10))
    t = event_date(doc, [(0, len(doc.article.text))])
    assert t.value is None or t.value.year == 2024


def test_a_yearless_day_just_after_publication_is_left_alone():
    doc = make_doc("The gunman was killed by police in the early hours of July 27.", date(2013, 7, 26))
    t = event_date(doc, [(0, len(doc.article.text))])
    assert t.value is None or t.value.year == 2013


@pytest.mark.parametrize("text, published, year", [
    ("The town was seized by the group in 2014, when hundreds of people were killed.", date(2023, 6, 13), 2014),
    (("Mourners gathered in Solhan on Wednesday to mark last year's massacre, in which gunmen killed "
      "160 villagers."), date(2022, 6, 8), 2021),
    ("In 2017, soldiers razed the village of Tula Toli and killed hundreds of Rohingya.", date(2022, 8, 25), 2017),
])
def test_a_one_sentence_event_dated_only_by_an_earlier_year_is_that_years(text, published, year):
    doc = make_doc(text, published)
    t = event_date(doc, [(0, len(doc.article.text))])
    assert t.precision == 3 and t.earliest == date(year, 1, 1) and t.latest == date(year, 12, 31)
    assert "recalled event" in t.reason


@pytest.mark.parametrize("text", [
    "The deputy, accused of killing his wife in 2012, was shot.",
    "The commander, who was convicted in 2019, was ambushed near Bunia.",
])
def test_a_year_in_an_aside_does_not_date_the_event(text):
    doc = make_doc(text, date(2023, 5, 3))
    t = event_date(doc, [(0, len(doc.article.text))])
    assert t.value is None or t.value.year == 2023


def test_an_event_of_several_sentences_is_not_dated_by_a_year_in_one_of_them():
    doc = make_doc("Gunmen opened fire on a bus near Bauchi. A passenger stolen from in 2019 was among the "
                   "dead, police said.", date(2023, 5, 3))
    spans = [sentence_span(doc, "Gunmen"), sentence_span(doc, "passenger")]
    t = event_date(doc, spans)
    assert t.value is not None and t.value.year == 2023
