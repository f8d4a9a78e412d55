"""Conflict wire copy led by what followed a killing (a burial, an identification, a manhunt, an
arrest): the killing is still found, typed and dated to its own day (session 16c)."""

from datetime import date

from sitrep.events.runner import text_article

PUB = date(2021, 5, 20)  # a Thursday


def _events(runner, text):
    return runner.doc(text_article("t", text, published=PUB)).events


def test_funeral_led_story_reports_the_attack_on_its_day(runner):
    text = ("Mourners bury 12 villagers killed in Tillaberi attack\n"
            "Hundreds of mourners gathered on Sunday to bury 12 villagers killed when gunmen "
            "attacked Anzourou on Friday.")
    violent = [e for e in _events(runner, text) if e.event_type == "Violence against civilians"]
    assert violent and violent[0].date.value == date(2021, 5, 14)


def test_identification_led_story_reports_the_killing(runner):
    text = ("Slain journalist identified as Radio Kivu reporter\n"
            "The journalist shot dead in Beni on Tuesday was identified as a reporter for a local "
            "radio station.")
    events = _events(runner, text)
    assert [e.sub_event_type for e in events][:1] == ["Attack"]
    assert events[0].date.value == date(2021, 5, 18)


def test_manhunt_led_story_reports_the_shooting(runner):
    text = ("Police hunt gunmen who shot dead trader in Karachi\n"
            "Police were searching on Thursday for two gunmen who shot dead a trader in Karachi's "
            "Saddar area on Wednesday night.")
    events = _events(runner, text)
    assert any(e.sub_event_type == "Attack" and e.date.value == date(2021, 5, 19) for e in events)


def test_arrest_led_story_reports_bombing_and_arrest(runner):
    text = ("Militant leader arrested over Peshawar mosque bombing\n"
            "Security forces arrested a militant commander on Friday in connection with the "
            "bombing of a mosque in Peshawar.")
    subs = {e.sub_event_type for e in _events(runner, text)}
    assert {"Arrests", "Remote explosive/landmine/IED"} <= subs


def test_vigil_for_old_massacre_is_no_new_event(runner):
    text = ("Families hold vigil on anniversary of Bojaya massacre\n"
            "Families lit candles on Sunday to mark the anniversary of the 2002 massacre in Bojaya.")
    assert not any(e.date.value and e.date.value.year == 2021 and e.event_type != "Protests"
                   for e in _events(runner, text))
