"""Named armed groups of many conflicts resolve to their canonical names, and each one-country group
tells the article's country (Pakistan's Taliban are not Afghanistan's)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.events.runner import text_article




@pytest.mark.parametrize("text, actor1, country", [
    ("Anti-balaka militiamen attacked Muslim civilians in a village, killing 15.", "Anti-Balaka",
     "Central African Republic"),
    ("Pakistani Taliban fighters attacked a police station, killing three officers.",
     "TTP: Tehreek-i-Taliban Pakistan", "Pakistan"),
    # an article of 2024: the Taliban are Afghanistan's state forces since August 2021 (session 15)
    ("Taliban fighters killed four policemen at a checkpoint on Thursday.", "Military Forces of Afghanistan",
     "Afghanistan"),
    ("Ambazonian separatists killed two soldiers on Monday, the army said.", "Ambazonian Separatists",
     "Cameroon"),
    ("New People's Army rebels ambushed an army patrol, killing two soldiers.", "NPA: New People's Army",
     "Philippines"),
    ("FDLR fighters attacked a village, killing six civilians.",
     "FDLR: Democratic Forces for the Liberation of Rwanda", "Democratic Republic of Congo"),
    ("Mai-Mai fighters attacked a village, killing six civilians.", "Mai-Mai Militia",
     "Democratic Republic of Congo"),
    ("Oromo Liberation Army fighters killed five policemen on Sunday.", "OLA: Oromo Liberation Army", "Ethiopia"),
])
def test_named_groups_and_their_country(runner, text, actor1, country):
    doc = runner.doc(text_article("t", text, date(2024, 3, 15)))
    assert doc.events, text
    event = doc.events[0]
    assert event.actor1.name == actor1
    assert event.actor2 is not None and country in event.actor2.name
