"""The US state a local outlet's site name gives, from a scraped page title."""

from __future__ import annotations

import pytest

from sitrep.geo.site import site_part, site_state
from sitrep.geo.stage import article_hints
from sitrep.types import Article


@pytest.mark.parametrize(("title", "state"), [
    ("Victims identified - WTVM.com-Columbus, GA News Weather & Sports", "Georgia"),
    ("Victims identified - WALB.com, South Georgia News, Weather, Sports", "Georgia"),
    ("Teen dead after shooting at home - wistv.com - Columbia, South Carolina", "South Carolina"),
    ("Teen dies after being shot by pellet gun - WFSB 3 Connecticut", "Connecticut"),
    ("Man shot on porch - WSAZ News, Huntington, W.Va.", "West Virginia"),  # not "Virginia"
    ("Two hurt - KSLA News 12 Shreveport, Louisiana", "Louisiana"),
])
def test_the_site_name_gives_its_state(title, state):
    assert site_state(title) == state


@pytest.mark.parametrize("title", [
    "Springfield police investigating shooting of teenage girl",  # no site part
    "Shooting at a bowling alley - KMOV.com",  # a site naming no state
    "Teens hurt - Fox 5, Atlanta, GA and Memphis, TN",  # two states: no clue
    "Shooting in Gary - GAry Post",  # "GA" inside a word is no postal code
    None,
])
def test_no_state_or_several_states_give_none(title):
    assert site_state(title) is None


def test_the_site_part_starts_after_the_headline_and_is_short():
    assert site_part("A - B - C") == "B - C"
    assert site_part("Headline only") is None
    assert site_part("Headline - " + "x" * 200) is None


def test_article_hints_carry_the_site_state_unless_the_input_says_another_country():
    title = "Victims identified - WTVM.com-Columbus, GA News Weather & Sports"
    plain = Article("a", "text", "h", title=title)
    assert article_hints(plain) == {"site_country": "US", "site_admin1": "Georgia"}
    assert article_hints(Article("b", "text", "h", title=title, country="NG")) == {"country": "NG"}
    assert article_hints(Article("c", "text", "h")) is None


def test_the_site_state_settles_a_town_named_alike_in_two_states():
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.stage import geoparse
    from sitrep.types import Place

    def town(admin1, lat, lon, pop, gid):
        return Place("Albany", lat, lon, "United States", "US", admin1, gid, "P", "PPL", pop)

    gazetteer = Gazetteer.from_places([
        (town("New York", 42.65, -73.76, 97_000, 5106834), []),
        (town("Georgia", 31.58, -84.16, 75_000, 4179574), []),
        (Place("Georgia", 32.75, -83.5, "United States", "US", "Georgia", 4197000, "A", "ADM1", 10_000_000), []),
    ])
    text = "The Albany Police Department responded to a shooting just before noon."
    plain = geoparse(text, gazetteer, None)
    hinted = geoparse(text, gazetteer, None, {"site_country": "US", "site_admin1": "Georgia"})
    assert plain[0].place.admin1 == "New York"  # the larger namesake, with nothing else to go on
    assert hinted[0].place.admin1 == "Georgia"
    assert "Georgia, also named" in hinted[0].reason
