"""Session 3 round 2 geoparsing rules: unknown towns in a stated US state, given names known by their
surname, businesses named after a person, names glued to a web address, capitalised agency cues,
capital and division bonuses, American register phrases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.geo.detect import detect, register_votes
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.resolve import BONUS_ADMIN1, BONUS_CAPITAL, MIN_DIVISION_POPULATION, prior
from sitrep.geo.stage import geoparse
from sitrep.types import Place


def _p(name, lat, lon, cc, admin1=None, fclass="P", fcode="PPL", pop=0):
    country = {"US": "United States", "SL": "Sierra Leone", "GD": "Grenada", "GE": "Georgia"}.get(cc)
    return Place(name, lat, lon, country, cc, admin1, None, fclass, fcode, pop)


WEST_VIRGINIA = _p("West Virginia", 38.5, -80.5, "US", "West Virginia", "A", "ADM1", 1_800_000)
PLACES = [
    (_p("United States", 39.76, -98.5, "US", None, "A", "PCLI", 327_000_000), ["U.S."]),
    (WEST_VIRGINIA, ["W. Va.", "W.Va."]),
    (_p("Indiana", 40.0, -86.25, "US", "Indiana", "A", "ADM1", 6_700_000), ["Ind."]),
    (_p("Greenwood", 47.67, -122.35, "US", "Washington", pop=12_378), []),
    (_p("Charleston", 38.35, -81.63, "US", "West Virginia", pop=46_536), []),
    (_p("Melvin", 31.2, -99.58, "US", "Texas", "P", "PPLL", 0), []),
    (_p("Houston", 29.76, -95.36, "US", "Texas", pop=2_314_157), []),
    (_p("Mama", 58.31, 112.9, "RU", "Irkutsk", pop=4_239), []),
    (_p("Syracuse", 43.05, -76.15, "US", "New York", pop=142_000), []),
    (_p("San Francisco", 37.77, -122.42, "US", "California", pop=864_816), []),
    (_p("Iran", 32.0, 53.0, "IR", None, "A", "PCLI", 80_000_000), []),
    (_p("Albany", 42.65, -73.76, "US", "New York", pop=101_228), []),
    (_p("Border", 50.0, 10.0, "DE", "Bavaria", pop=900), []),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_places(PLACES)


def _places(text: str, gaz) -> dict[str, Place | None]:
    return {t.text: t.place for t in geoparse(text, gaz)}


def test_geo_unknown_town_in_a_stated_state_is_placed_in_that_state(gaz):
    t = next(t for t in geoparse("He is held in a jail in Greenwood, W. Va., on a parole violation.", gaz)
             if t.text == "Greenwood")
    assert t.place is not None and t.place.admin1 == "West Virginia" and t.place.feature_class == "P"
    assert (t.place.latitude, t.place.longitude) == (WEST_VIRGINIA.latitude, WEST_VIRGINIA.longitude)
    assert t.place.name == "Greenwood" and t.place.geonameid is None
    assert "placed at its centre" in t.reason and t.confidence < 0.5


def test_geo_a_known_town_of_the_stated_state_is_kept(gaz):
    assert _places("A man was shot in Charleston, W. Va., on Sunday.", gaz)["Charleston"].population == 46_536


def test_geo_a_list_of_states_is_no_stated_state(gaz):
    places = _places("Voters in Indiana, W. Va. and Ohio went to the polls.", gaz)
    assert places["Indiana"].feature_code == "ADM1" and places["Indiana"].admin1 == "Indiana"


def test_geo_a_given_name_known_by_its_surname_is_no_town(gaz):
    text = ("Melvin Swift, a basketball player, was shot in Houston. Swift was recruited by several teams. "
            "A teammate recalled the passes he threw to Melvin.")
    assert "Melvin" not in _places(text, gaz)
    assert "Houston" in _places(text, gaz)


def test_geo_a_given_name_with_a_locative_stays_a_place(gaz):
    text = "Melvin Swift was recruited by several teams. Swift grew up in Melvin, a small town."
    assert "Melvin" in _places(text, gaz)


def test_geo_a_business_named_after_a_person_is_no_place(gaz):
    text = "A fight at Mama Nancy's Diner in Syracuse led to a chase. Police came to Mama Nancy's diner."
    places = _places(text, gaz)
    assert "Mama" not in places and "Syracuse" in places


def test_geo_a_name_glued_to_a_web_address_is_found(gaz):
    assert "San Francisco" in _places("Man shot dead | abc7news.comSan Francisco police said on Sunday.", gaz)


def test_geo_names_inside_words_stay_unmatched(gaz):
    assert "Iran" not in _places("Mr. Tehrani spoke in the Sirani hall.", gaz)


def test_geo_capitalised_police_after_a_town_is_an_agency_cue(gaz):
    text = "On Monday, Albany Police say, a tactical team entered the home."
    m = next(m for m in detect(text, gaz) if m.text == "Albany")
    assert "resident-after" in m.cues


def test_geo_a_word_written_lower_case_elsewhere_gets_no_agency_cue(gaz):
    text = "Officers of the Border Police patrolled the border on Sunday."
    assert all("resident-after" not in m.cues for m in detect(text, gaz) if m.text == "Border")


def test_geo_a_capital_known_by_an_old_name_gets_no_capital_bonus():
    freetown = _p("Freetown", 8.48, -13.23, "SL", "Western Area", fcode="PPLC", pop=802_639)
    assert prior(freetown, None, "freetown")[0] - prior(freetown, None, "st. george")[0] >= BONUS_CAPITAL


def test_geo_a_small_division_gets_no_division_bonus():
    parish = _p("Saint George", 12.05, -61.75, "GD", "Saint George", "A", "ADM1", MIN_DIVISION_POPULATION - 1)
    utah = _p("Saint George", 37.1, -113.58, "US", "Utah", pop=72_897)
    assert prior(utah, None, "st. george")[0] > prior(parish, None, "st. george")[0]
    big = _p("Kirkuk", 35.5, 44.4, "IQ", "Kirkuk", "A", "ADM1", MIN_DIVISION_POPULATION)
    small = _p("Kirkuk", 35.5, 44.4, "IQ", "Kirkuk", "A", "ADM1", MIN_DIVISION_POPULATION - 1)
    assert prior(big, None)[0] - prior(small, None)[0] == pytest.approx(BONUS_ADMIN1, abs=0.01)


@pytest.mark.parametrize("text", ["The fire broke out at 7:35 p.m. Sunday.",
                                  "The district attorney filed charges.",
                                  "Students of the middle school collected food."])
def test_geo_american_register_phrases_vote_for_the_us(text):
    assert "US" in register_votes(text)


def test_geo_a_clock_time_without_periods_votes_for_no_one():
    assert register_votes("The fire broke out at 7.35pm on Sunday.") == []


@given(st.text(alphabet="abcdeABCDE .com", max_size=40))
def test_geo_glued_matches_still_slice_the_text(text):
    gaz = Gazetteer.from_places([(_p("Abe", 1.0, 1.0, "US", pop=1_000), [])])
    from sitrep.geo.normalize import fold

    for s, e in gaz.word_matches(fold(text), text):
        assert fold(text[s:e]) == "abe"
        assert s == 0 or not text[s - 1].isalnum() or text.endswith((".com", ".net", ".org", ".tv"), 0, s)


def test_geo_a_capitals_name_is_not_its_countrys_towns_old_name():
    places = [
        (_p("United States", 39.76, -98.5, "US", None, "A", "PCLI", 327_000_000), []),
        (_p("Washington", 38.895, -77.036, "US", "District of Columbia", fcode="PPLC", pop=689_545), []),
        (_p("Watervliet", 42.73, -73.70, "US", "New York", pop=10_214), ["Washington"]),
        (_p("Albany", 42.65, -73.76, "US", "New York", pop=101_228), []),
        (_p("Troy", 42.73, -73.69, "US", "New York", pop=49_170), []),
        (_p("Kingston", 17.997, -76.793, "JM", "Kingston", fcode="PPLC", pop=937_700), []),
        (_p("Kingston upon Thames", 51.41, -0.30, "GB", "England", pop=43_013), ["Kingston"]),
    ]
    gaz = Gazetteer.from_places(places)
    text = "WASHINGTON — Lawmakers from Albany and Troy met on Tuesday."
    assert _places(text, gaz)["WASHINGTON"].feature_code == "PPLC"
    cands = {c.name for c in gaz.candidates("kingston")}
    assert cands == {"Kingston", "Kingston upon Thames"}
    from sitrep.geo.detect import Mention
    from sitrep.geo.resolve import _capital_names_kept

    kept = _capital_names_kept(gaz.candidates("kingston"), Mention(0, 8, "Kingston", "kingston"))
    assert {c.name for c in kept} == cands  # another country's town keeps its short name


def test_geo_a_surname_after_a_given_name_opening_a_sentence_is_no_place():
    gaz = Gazetteer.from_places([(_p("Sylvester", 31.53, -83.84, "US", "Georgia", pop=5_900), []),
                                 (_p("Atlanta", 33.75, -84.39, "US", "Georgia", pop=498_715), [])])
    text = 'The report was sent to Atlanta. "It is a baseline." Ron Sylvester, a spokesman, said more came.'
    places = _places(text, gaz)
    assert "Sylvester" not in places and "Atlanta" in places
    assert "Sylvester" in _places("Storms hit Sylvester on Monday.", gaz)


def test_geo_a_given_name_before_a_surname_is_a_person_whatever_the_cue():
    gaz = Gazetteer.from_places([(_p("Janet", 24.55, 9.48, "DZ", "Djanet", pop=14_000), ["Janet"]),
                                 (_p("Christopher", 37.97, -89.05, "US", "Illinois", pop=2_800), []),
                                 (_p("Norfolk", 42.03, -97.42, "US", "Nebraska", pop=24_366), [])])
    text = ("If so, Janet Johnson, a counselor at Norfolk High School, has advice. "
            "Her son, Christopher Sean Bowers, 19, agreed.")
    places = _places(text, gaz)
    assert "Janet" not in places and "Christopher" not in places and "Norfolk" in places
    assert "Christopher" in _places("The storm hit Christopher on Monday.", gaz)
