"""Session 14, end to end: reports of one event by two outlets, extracted and merged, in places the
gazetteer knows only down to the region; and two different events of one day kept apart."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.runner import LocalExecutor, extract_articles
from sitrep.settings import Settings
from sitrep.types import Article


def _article(article_id: str, text: str, published: date) -> Article:
    import hashlib

    return Article(article_id, text, hashlib.sha1(text.encode()).hexdigest(), published=published)


@pytest.fixture(scope="module")
def merged():
    arts = [
        # one abduction in a village no gazetteer lists, placed by both outlets only at its state
        _article("out-a", "Armed bandits abducted 61 worshippers from a mosque in Tudun Yargoje, a village in "
                 "Nigeria's Zamfara state, on Tuesday night, a local official said.", date(2025, 2, 12)),
        _article("out-b", "GUSAU, Nigeria - Dozens of worshippers were kidnapped late on Tuesday when gunmen on "
                 "motorbikes stormed a mosque in the village of Tudun Yargoje, residents told reporters on "
                 "Wednesday.", date(2025, 2, 12)),
        # one massacre with the same large toll, placed at a region by one report and nowhere finer than
        # the country by the other
        _article("toll-a", "Militants killed 52 civilians in an attack on a cattle market in Burkina Faso's "
                 "Boucle du Mouhoun region on Friday, security sources said.", date(2025, 3, 16)),
        _article("toll-b", "At least 52 people were killed on Friday when jihadists opened fire on traders at a "
                 "livestock market in western Burkina Faso, according to a local official.", date(2025, 3, 17)),
        # a different attack the same day elsewhere: stays apart
        _article("other", "Gunmen killed seven soldiers in an ambush on an army patrol near Djibo, in "
                 "northern Burkina Faso, on Friday, a military source said.", date(2025, 3, 16)),
    ]
    return extract_articles(arts, Settings(), LocalExecutor())


def _with(events, article_id):
    return [e for e in events if any(s.article_id == article_id for s in e.sources)]


def test_two_outlets_naming_one_unlisted_village_give_one_event(merged):
    got = _with(merged, "out-a")
    assert got and any({"out-a", "out-b"} <= {s.article_id for s in e.sources} for e in got)
    assert all(e.sub_event_type == "Abduction/forced disappearance" for e in got)


def test_the_same_large_toll_joins_a_regional_and_a_national_report(merged):
    got = _with(merged, "toll-a")
    assert len(got) == 1 and {s.article_id for s in got[0].sources} == {"toll-a", "toll-b"}
    assert got[0].fatalities == 52


def test_a_different_attack_of_the_same_day_stays_apart(merged):
    other = _with(merged, "other")
    assert other and all({s.article_id for s in e.sources} == {"other"} for e in other)
