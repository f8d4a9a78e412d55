"""An incident dated by a count from another day of its sentence (``sitrep.time.counted``)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.counted import counted_incident
from sitrep.time.finder import find_times
from sitrep.types import Article, Doc


def dated(text: str, published: date, day_text: str):
    doc = Doc(Article("t", text, "h", published=published), times=find_times(text, published))
    when = next(t for t in doc.times if t.text == day_text)
    return counted_incident(doc, [(0, len(text))], when)


@pytest.mark.parametrize("text, published, day_text, expected", [
    (("Troops launched an offensive near Tillaberi on Monday, two days after jihadists killed 12 soldiers "
      "in an ambush."), date(2023, 6, 7), "Monday", date(2023, 6, 3)),
    ("The UN mission condemned the violence on Friday, a week after gunmen killed 20 villagers near Djugu.",
     date(2022, 2, 13), "Friday", date(2022, 2, 4)),
    ("Residents fled Kherson on 12 November, three days before Russian shelling hit the port.",
     date(2022, 11, 20), "12 November", date(2022, 11, 15)),
])
def test_the_count_dates_the_incident(text, published, day_text, expected):
    t = dated(text, published, day_text)
    assert t.value == expected and t.precision == 1 and "that day" in t.reason


@pytest.mark.parametrize("text, published, day_text", [
    # the count names no incident
    ("Troops deployed to Tillaberi on Monday, two days after the election.", date(2023, 6, 7), "Monday"),
    # the day itself is the violence's: "killed ... on Monday"
    ("Gunmen killed five farmers on Monday, two days after the attack on Kajuru.", date(2023, 6, 7), "Monday"),
    # a count in months is no day
    ("Talks resumed in Jeddah on Monday, a month after fighting erupted in Khartoum.", date(2023, 5, 16), "Monday"),
])
def test_no_count_no_change(text, published, day_text):
    doc = Doc(Article("t", text, "h", published=published), times=find_times(text, published))
    when = next(t for t in doc.times if t.text == day_text)
    assert counted_incident(doc, [(0, len(text))], when) == when
