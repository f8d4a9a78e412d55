"""Session 15, end to end: a toll revised upward the next day joins the first report and its figure
is kept, a strike on the same city two days later stays apart, and a group's claim published a day
after the attack joins it."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from sitrep.runner import LocalExecutor, extract_articles
from sitrep.settings import Settings
from sitrep.types import Article


def _article(article_id: str, text: str, published: date) -> Article:
    return Article(article_id, text, hashlib.sha1(text.encode()).hexdigest(), published=published)


@pytest.fixture(scope="module")
def merged():
    arts = [
        _article(
            "first",
            "Russian missiles struck a shopping mall in Kharkiv on Thursday, killing 6 people and "
            "injuring more than 30, the regional governor said.",
            date(2024, 5, 10),
        ),
        _article(
            "revised",
            "KHARKIV, Ukraine - The death toll from Thursday's Russian missile attack on a "
            "shopping mall in Kharkiv has risen to 19, rescuers said on Friday.",
            date(2024, 5, 11),
        ),
        _article(
            "later",
            "A Russian drone hit a bus depot in Kharkiv on Saturday, killing 2 drivers, "
            "the city's military administration said.",
            date(2024, 5, 12),
        ),
        _article(
            "ambush",
            "Insurgents ambushed an army patrol near Palma in Mozambique's Cabo Delgado province on "
            "Sunday, killing 5 soldiers, a military source said.",
            date(2024, 8, 12),
        ),
        _article(
            "claim",
            "Islamic State Mozambique Province claimed responsibility on Monday for Sunday's ambush of "
            "soldiers near Palma, saying its fighters had killed five of them.",
            date(2024, 8, 13),
        ),
    ]
    return extract_articles(arts, Settings(), LocalExecutor())


def _with(events, article_id):
    return [e for e in events if any(s.article_id == article_id for s in e.sources)]


def test_a_revised_toll_joins_the_first_report_and_the_revision_is_kept(merged):
    got = _with(merged, "first")
    assert len(got) == 1 and {s.article_id for s in got[0].sources} == {"first", "revised"}
    assert got[0].fatalities == 19 and got[0].fatalities_low == 6
    assert got[0].corroboration == 2


def test_a_strike_on_the_same_city_two_days_later_stays_apart(merged):
    later = _with(merged, "later")
    assert later and all({s.article_id for s in e.sources} == {"later"} for e in later)


def test_a_claim_published_the_next_day_joins_the_attack(merged):
    got = _with(merged, "ambush")
    assert any({"ambush", "claim"} <= {s.article_id for s in e.sources} for e in got)
