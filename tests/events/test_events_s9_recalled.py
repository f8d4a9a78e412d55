"""Follow-up stories recalling their incident (COURT veto lifted when the incident can be dated)
and headline-only rules."""

from datetime import date


from sitrep.events.runner import text_article
from sitrep.events.typing import classify_sentence




def _events(runner, text, published=date(2016, 6, 2)):
    return runner.doc(text_article("t", text, published=published)).events


def test_lifted_veto_reads_court_sentence():
    text = "Two brothers were charged in the March shooting deaths of three traders in Kano market."
    assert classify_sentence(text) is None
    typed = classify_sentence(text, lifted=frozenset({"COURT"}))
    assert typed is not None and typed.sub_event_type == "Attack"


def test_court_story_with_court_headline_gets_window_before_publication(runner):
    events = _events(runner, "Man, 19, pleads guilty in Fort Riley shooting")
    assert len(events) == 1
    d = events[0].date
    assert d.precision == 3 and d.latest < date(2016, 6, 2)
    assert "COURT/" in events[0].reasons["type"] and "vetoes lifted" in events[0].reasons["type"]


def test_court_story_dated_by_its_own_sentence(runner):
    text = ("Hearing set for suspects in Goma killings\n"
            "A hearing is scheduled for three men charged in the January shooting deaths of four "
            "women at a market in Goma.")
    events = _events(runner, text, published=date(2016, 4, 20))
    assert events and events[0].date.value.month == 1


def test_accident_follow_up_stays_without_event(runner):
    text = ("Father sentenced after son finds gun\n"
            "A father was sentenced Monday after his son accidentally shot his sister with a pistol "
            "left on a table.")
    assert _events(runner, text) == ()


def test_charge_story_without_date_anchor_stays_without_event(runner):
    assert _events(runner, "DA charges teen with manslaughter in Larose shooting") == ()


def test_story_with_fresh_event_keeps_court_sentences_out(runner):
    text = ("Gunmen kill five villagers in Zamfara\n"
            "Gunmen killed five villagers in Zamfara on Sunday, police said.\n"
            "A man was sentenced for the 2014 shooting of a farmer in the same district.")
    events = _events(runner, text)
    assert events and all("vetoes lifted" not in e.reasons["type"] for e in events)


def test_headline_rule_only_on_headline():
    text = "Crab Festival shooting in Williston"
    places = ((len("Crab Festival shooting in "), len(text)),)
    assert classify_sentence(text, places=places) is None
    assert classify_sentence(text, places=places, headline=True) is not None
