"""Session 17c event dates: a statement's day loses to the act's own day written just after it
("officials said on Thursday ... soldiers arrived at the crossing on Tuesday"), a past perfect's
month is the background of the reported event ("retook the town on Sunday ... had overrun it in
March"), and a prison named in a headline is a place, not a court stage ("Riot in Bogota prison")."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.events.runner import text_article
from sitrep.time.eventdate import ACT_BEFORE_STATEMENT_DAYS, event_date
from sitrep.time.recalled import court_stage_cue
from sitrep.types import Article

from test_time_gvdb_dates import make_doc, spans_of


@pytest.mark.parametrize("text, published, expected", [
    ("Russian forces have set up a new checkpoint near Vovchansk, the regional governor said on Thursday. "
     "Residents said soldiers and two tanks arrived at the crossing on Tuesday.",
     date(2024, 5, 17), date(2024, 5, 14)),
    ("The RSF has taken over a school in Um Rawaba as a barracks, aid workers said on Wednesday. "
     "Teachers said the fighters moved into the building on Monday.",
     date(2024, 2, 8), date(2024, 2, 5)),
    ("Colombian troops have occupied a hilltop camp in Cauca abandoned by dissidents, the army said Friday. "
     "Locals said the soldiers reached the camp on Wednesday morning.",
     date(2023, 11, 18), date(2023, 11, 15)),
])
def test_the_acts_day_beats_the_statements(text, published, expected):
    doc = make_doc(text, published)
    t = event_date(doc, spans_of(doc, text.split(". ")[0][:40]))
    assert t.value == expected, t.reason
    assert "a statement's" in t.reason


def test_a_second_statement_day_after_the_first_does_not_replace_it():
    text = ("Pakistani troops have set up a new post near Chaman, officials said on Thursday. "
            "The interior ministry confirmed the deployment on Wednesday.")
    doc = make_doc(text, date(2023, 3, 10))
    assert event_date(doc, spans_of(doc, "Pakistani troops")).value == date(2023, 3, 9)


def test_an_act_day_long_before_the_statement_is_another_event():
    text = ("Ethiopian forces have deployed to Bahir Dar, the regional government said on Monday. "
            "Residents said troops first arrived in the city on 2 May.")
    doc = make_doc(text, date(2023, 8, 15))
    assert (date(2023, 8, 14) - date(2023, 5, 2)).days > ACT_BEFORE_STATEMENT_DAYS
    assert event_date(doc, spans_of(doc, "Ethiopian forces")).value == date(2023, 8, 14)


@pytest.mark.parametrize("text, published, expected", [
    ("Malian troops retook the town of Lere from jihadists on Sunday, the army said. "
     "The militants had overrun the camp in March after a week of fighting.",
     date(2024, 6, 11), date(2024, 6, 9)),
    ("Government forces recaptured Mocimboa da Praia on Sunday. "
     "Insurgents had seized the port town in August last year.",
     date(2021, 8, 10), date(2021, 8, 8)),
])
def test_a_past_perfect_month_is_background_to_the_reported_event(text, published, expected):
    doc = make_doc(text, published)
    spans = [(s.start, s.end) for s in doc.sentences]
    t = event_date(doc, spans)
    assert t.value == expected, t.reason


def test_a_past_perfect_day_still_beats_a_follow_ups():
    text = "A man who had been shot in Cali on Monday died in hospital on Wednesday, police said."
    doc = make_doc(text, date(2022, 4, 8))
    assert event_date(doc, [(0, len(text))]).value == date(2022, 4, 4)


def _article(title: str) -> Article:
    return Article("a", title + "\nMore text follows here.", "h", title=title, published=date(2022, 1, 10))


@pytest.mark.parametrize("title", [
    "Riot in Bogota prison leaves 12 dead",
    "Gang battle at Tegucigalpa prison kills 46 women",
    "Inmates seize guards at Haitian prison",
])
def test_a_prison_as_a_place_is_no_court_stage(title):
    assert court_stage_cue(_article(title)) is None


@pytest.mark.parametrize("title, cue", [
    ("Cartel hitman gets 40 years in prison for Juarez massacre", "years in prison"),
    ("Former commander sent to prison over Kasai killings", "to prison"),
    ("Militia leader handed life in prison for Bunia attacks", "life in prison"),
])
def test_a_prison_sentence_is_still_a_court_stage(title, cue):
    assert court_stage_cue(_article(title)).lower() == cue


def test_a_prison_battle_keeps_its_weekday(runner):
    text = ("Inmates clash in Lima prison\n\nMembers of two rival gangs fought with knives and guns inside "
            "the Lurigancho prison on the outskirts of Lima on Monday, killing nine inmates, officials said.")
    doc = runner.doc(text_article("pe", text, date(2023, 5, 10)))
    days = {d.date.value for d in doc.events or () if d.fatalities}
    assert days == {date(2023, 5, 8)}
