"""A wire dateline before the lede ("KYIV, Ukraine - Russian troops ...") is no modifier of the
first actor: the country of the dateline must not become the country of the forces named next."""

from datetime import date

import pytest

from sitrep.actors.dictionary import default_dictionary
from sitrep.events.runner import text_article

DATELINED = [
    ("KYIV, Ukraine - Russian troops shelled the village of Kupiansk on Tuesday, killing two civilians.",
     "Military Forces of Russia"),
    ("PORT-AU-PRINCE, Haiti \u2014 Kenyan police officers shot dead two gang members in the Delmas area on Tuesday.",
     "Police Forces of Kenya"),
    ("BAMAKO, Mali - Burkinabe soldiers crossed the border and clashed with JNIM fighters near Boulkessi on Monday.",
     "Military Forces of Burkina Faso"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINED)
def test_dateline_country_is_not_a_modifier(text, expected):
    names = [m.actor.name for m in default_dictionary().mentions(text, 0, None)]
    assert expected in names
    assert not any(n.endswith(("of Ukraine", "of Haiti", "of Mali")) for n in names[:1])


def test_hyphenated_modifiers_still_read():
    # a modifier word may hold a hyphen ("pro-government"), it only may not be a bare dash
    names = [m.actor.name for m in default_dictionary().mentions("Nigerian pro-government militias attacked the camp.", 0, None)]
    assert names, "the qualified mention must still be found"


def test_datelined_event_actor1(runner):
    art = text_article("dl", DATELINED[0][0], date(2024, 7, 10))
    events = list(runner.doc(art).events or ())
    assert events and events[0].actor1.name == "Military Forces of Russia"


@pytest.mark.parametrize("text, wrong", [
    ("A drone attack on a base in Jordan killed three American service members.", "Military Forces of Jordan"),
    ("Troops in Israel arrested two Palestinian policemen near Jenin.", "Police Forces of Israel"),
    ("The blast in Syria wounded several Turkish soldiers.", "Military Forces of Syria"),
])
def test_a_clause_verb_or_count_is_no_modifier(text, wrong):
    # a country named before a verb or a count does not own the forces named after them
    names = [m.actor.name for m in default_dictionary().mentions(text, 0, None)]
    assert wrong not in names
