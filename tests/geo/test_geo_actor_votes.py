"""Single-country armed groups vote for the document's country."""

import pytest

from geo_fixtures import tiny_gazetteer  # noqa: F401  (pytest fixture)

from sitrep.geo.actor_votes import actor_home_votes


@pytest.mark.parametrize("text, votes", [
    ("Boko Haram gunmen attacked Kwajafa village.", ["NG"]),
    ("boko haram fighters and ISWAP fighters clashed.", ["NG", "NG"]),  # two groups, one vote each
    ("Boko Haram struck again; Boko Haram denied it.", ["NG"]),  # one group votes once
    ("M23 rebels took the hill.", ["CD"]),
    ("The Taliban seized the district.", ["AF"]),
])
def test_groups_vote_for_their_home(text, votes):
    assert actor_home_votes(text) == votes


@pytest.mark.parametrize("text", [
    "Jasmine and jas were there.",  # a case-sensitive alias ("JAS") needs its own case
    "The anti-Taliban-era law passed.",  # glued into a longer word
    "Islamic State fighters attacked.",  # active in many countries: no home, no vote
    "Protesters marched in Paris.",
])
def test_no_vote_without_a_single_country_group(text):
    assert actor_home_votes(text) == []


def test_offsets_survive_characters_that_lengthen_when_lower_cased():
    assert actor_home_votes("İİİ Boko Haram gunmen") == ["NG"]


def test_the_vote_reaches_the_document_focus(tiny_gazetteer):
    from sitrep.geo.stage import geoparse_with_focus

    assert geoparse_with_focus("Boko Haram fighters struck at dawn.", tiny_gazetteer)[1].country == "NG"
    assert geoparse_with_focus("Fighters struck at dawn.", tiny_gazetteer)[1].country is None
