"""The LGL error-analysis fixes: abbreviated title words, county centres, pair evidence, listed counties,
residence and agency cues, hyphenated place pairs, state qualifiers, capitals, water bodies, given names."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.geo import sources
from sitrep.geo.coherence import singled_out
from sitrep.geo.counties import county_centres, county_key, county_populations, county_rows
from sitrep.geo.admin1_table import admin1_rows, admin1_votes
from sitrep.geo.detect import detect
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.normalize import name_keys
from sitrep.geo.stage import geoparse
from sitrep.types import Place


def _p(name, lat, lon, cc, admin1=None, fclass="P", fcode="PPL", pop=0):
    country = {"US": "United States", "FR": "France", "SD": "Sudan", "GB": "United Kingdom"}.get(cc)
    return Place(name, lat, lon, country, cc, admin1, None, fclass, fcode, pop)


PLACES = [
    (_p("United States", 39.76, -98.5, "US", None, "A", "PCLI", 327_000_000), ["U.S."]),
    (_p("France", 46.0, 2.0, "FR", None, "A", "PCLI", 67_000_000), []),
    (_p("Tennessee", 35.75, -86.25, "US", "Tennessee", "A", "ADM1", 6_900_000), ["Tenn."]),
    (_p("Illinois", 40.0, -89.25, "US", "Illinois", "A", "ADM1", 12_800_000), ["Ill."]),
    (_p("Louisiana", 31.0, -92.0, "US", "Louisiana", "A", "ADM1", 4_600_000), ["La."]),
    (_p("Kentucky", 37.5, -85.0, "US", "Kentucky", "A", "ADM1", 4_500_000), ["Ky."]),
    (_p("Virginia", 37.5, -78.5, "US", "Virginia", "A", "ADM1", 8_600_000), ["Va."]),
    (_p("Washington", 47.5, -120.5, "US", "Washington", "A", "ADM1", 7_600_000), ["Wash."]),
    (_p("Red Sea", 19.7, 37.0, "SD", "Red Sea", "A", "ADM1", 1_400_000), []),
    (_p("Red Sea", 20.0, 38.5, None, None, "H", "SEA", 0), []),
    (_p("Washington", 38.89511, -77.03637, "US", "District of Columbia", fcode="PPLC", pop=689_545), []),
    (_p("Paris", 48.85341, 2.3488, "FR", "Ile-de-France", fcode="PPLC", pop=2_138_551), []),
    (_p("Paris", 36.302, -88.32671, "US", "Tennessee", pop=10_156), []),
    (_p("Paris", 39.61115, -87.69614, "US", "Illinois", pop=8_837), []),
    (_p("Henry County", 36.33, -88.3, "US", "Tennessee", "A", "ADM2"), []),
    (_p("Henry County", 41.35, -90.13, "US", "Illinois", "A", "ADM2"), []),
    (_p("Jackson County", 34.2, -83.6, "US", "Georgia", "A", "ADM2"), []),
    (_p("Barrow County", 34.0, -83.7, "US", "Georgia", "A", "ADM2"), []),
    (_p("Richmond", 37.74786, -84.29465, "US", "Kentucky", pop=33_326), []),
    (_p("Richmond", 37.55376, -77.46026, "US", "Virginia", pop=220_289), []),
    (_p("Louisville", 38.25424, -85.75941, "US", "Kentucky", pop=597_337), []),
    (_p("Louisville", 39.97776, -105.13193, "US", "Colorado", pop=20_801), []),
    (_p("Sulphur", 30.23659, -93.37738, "US", "Louisiana", pop=20_410), ["Sulpher"]),
    (_p("Elkhart", 31.62546, -95.57996, "US", "Texas", pop=1_371), []),
    (_p("Logan", 37.28, -93.14, "US", "Missouri", pop=1_000), []),
    (_p("Rogersville", 37.11727, -93.05574, "US", "Missouri", pop=3_073), []),
    (_p("Mount Pleasant", 40.96364, -91.55794, "US", "Iowa", pop=8_668), []),
    (_p("Saint Petersburg", 59.93863, 30.31413, "RU", "Saint Petersburg", pop=5_351_935), ["St. Petersburg"]),
    (_p("Saint Mary", 18.3, -76.9, "JM", "Saint Mary", pop=1_000), ["St. Mary"]),
    (_p("Surprise", 33.63059, -112.33322, "US", "Arizona", pop=141_664), []),
    (_p("Cincinnati", 39.12711, -84.51439, "US", "Ohio", pop=301_301), []),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_places(PLACES)


def _resolved(text: str, gaz) -> dict[str, Place | None]:
    return {t.text: t.place for t in geoparse(text, gaz)}


# ------------------------------------------------------------------ names and build sources


@pytest.mark.parametrize("name,other", [
    ("Mount Pleasant", "mt. pleasant"), ("Mount Pleasant", "mt pleasant"), ("St. Cloud", "saint cloud"),
    ("Fort Worth", "ft. worth"), ("Port St. Lucie", "port saint lucie"), ("Sainte Genevieve", "ste. genevieve"),
])
def test_abbreviated_title_words_get_every_spelling(name, other):
    assert other in name_keys(name)


def test_a_lone_title_word_is_not_respelled():
    assert name_keys("Mount") == {"mount"} and name_keys("Fort") == {"fort"}


@given(st.text(alphabet="abcdefgh .'", min_size=1, max_size=20))
def test_name_keys_always_hold_the_plain_key(name):
    from sitrep.geo.normalize import name_key

    key = name_key(name)
    assert (key in name_keys(name)) or not key


def test_county_centre_is_the_median_of_its_zip_codes():
    zips = [
        {"state": "KY", "county": "Madison County", "lat": "37.74", "long": "-84.29", "zip_code_type": "STANDARD"},
        {"state": "KY", "county": "Madison County", "lat": "37.58", "long": "-84.27", "zip_code_type": "PO BOX"},
        {"state": "KY", "county": "Madison County", "lat": "39.90", "long": "-80.00", "zip_code_type": "STANDARD"},
        {"state": "KY", "county": "Madison County", "lat": "10.0", "long": "10.0", "zip_code_type": "MILITARY"},
    ]
    lat, lon, n = county_centres(zips)[county_key("KY", "Madison County")]
    assert (lat, lon, n) == (37.74, -84.27, 3)  # the mis-filed third ZIP code does not drag it away
    rows = county_rows([{"state": "KY", "name": "Madison County"}, {"state": "KY", "name": "Nowhere County"}],
                       county_centres(zips))
    assert rows == [("KY", "Madison County", 37.74, -84.27, 0)]


def test_county_population_sums_the_towns_its_zip_codes_file():
    zips = [
        {"state": "IL", "county": "Cook County", "city": "Chicago", "zip_code_type": "STANDARD"},
        {"state": "IL", "county": "Cook County", "city": "Chicago", "zip_code_type": "STANDARD"},
        {"state": "IL", "county": "DuPage County", "city": "Chicago", "zip_code_type": "STANDARD"},
        {"state": "IL", "county": "Cook County", "city": "Evanston", "zip_code_type": "PO BOX"},
        {"state": "GA", "county": "Cook County", "city": "Adel", "zip_code_type": "STANDARD"},
        {"state": "GA", "county": "Cook County", "city": "Adel", "zip_code_type": "MILITARY"},
    ]
    towns = [
        {"countrycode": "US", "admin1code": "IL", "name": "Chicago", "population": 2_700_000},
        {"countrycode": "US", "admin1code": "IL", "name": "Evanston", "population": 75_000},
        {"countrycode": "US", "admin1code": "GA", "name": "Adel", "population": 5_300},
        {"countrycode": "US", "admin1code": "GA", "name": "Nowhere", "population": 900},
        {"countrycode": "CA", "admin1code": "IL", "name": "Chicago", "population": 1},
    ]
    pops = county_populations(towns, zips)
    # Chicago goes to the county most of its ZIP codes are filed under; a town no ZIP code names counts nowhere
    assert pops == {county_key("IL", "Cook County"): 2_775_000, county_key("GA", "Cook County"): 5_300}
    rows = county_rows([{"state": "GA", "name": "Cook County"}], {county_key("GA", "Cook County"): (31.1, -83.4, 1)},
                       pops)
    assert rows == [("GA", "Cook County", 31.1, -83.4, 5_300)]


def test_bundled_county_populations_rank_namesakes():
    pops = sources.us_county_populations()
    assert pops[("IL", "Cook County")] > 100 * pops[("GA", "Cook County")]
    assert pops[("TX", "Harris County")] > pops[("GA", "Harris County")]
    assert pops[("TN", "Shelby County")] > pops[("OH", "Shelby County")]


def test_county_keys_meet_across_spellings():
    assert county_key("GA", "DeKalb County") == county_key("ga", "Dekalb County")
    assert county_key("MO", "St. Louis County") == county_key("MO", "St Louis County")


def test_bundled_county_centres_lie_in_their_counties():
    from sitrep.geo.build import haversine_km

    centres = sources.us_county_centres()
    assert len(centres) > 3000
    for key, town in [(("IL", "Cook County"), (41.85, -87.65)), (("KY", "Madison County"), (37.748, -84.295)),
                      (("LA", "Rapides Parish"), (31.311, -92.445)), (("GA", "DeKalb County"), (33.774, -84.296))]:
        assert haversine_km(*centres[key], *town) < 40, key


def test_admin1_codes_take_the_majority_name_of_their_towns():
    coded = [
        {"countrycode": "IT", "name": "Milano", "latitude": 45.464, "longitude": 9.190, "admin1code": "09"},
        {"countrycode": "IT", "name": "Bergamo", "latitude": 45.695, "longitude": 9.670, "admin1code": "09"},
        {"countrycode": "IT", "name": "Lodi", "latitude": 45.314, "longitude": 9.503, "admin1code": "09"},
        {"countrycode": "IT", "name": "Roma", "latitude": 41.894, "longitude": 12.483, "admin1code": "07"},
        {"countrycode": "IT", "name": "Nowhere", "latitude": 1.0, "longitude": 1.0, "admin1code": "99"},
    ]
    named = [
        {"cc": "IT", "name": "Milano", "lat": "45.46427", "lon": "9.18951", "admin1": "Lombardy"},
        {"cc": "IT", "name": "Bergamo", "lat": "45.69601", "lon": "9.66721", "admin1": "Lombardy"},
        {"cc": "IT", "name": "Lodi", "lat": "45.31441", "lon": "9.50373", "admin1": "Lombardia"},
        {"cc": "IT", "name": "Roma", "lat": "41.89193", "lon": "12.48390", "admin1": "Latium"},
    ]
    votes = admin1_votes(coded, named)
    assert votes[("IT", "09")] == Counter({"Lombardy": 2, "Lombardia": 1})
    assert admin1_rows(votes) == [("IT", "07", "Latium", 1), ("IT", "09", "Lombardy", 2)]


@pytest.mark.parametrize("cc,code,name", [
    ("IT", "09", "Lombardy"), ("FR", "11", "Ile-de-France"), ("DE", "02", "Bavaria"), ("MX", "09", "Mexico City"),
    ("GB", "ENG", "England"), ("IN", "16", "Maharashtra"), ("CN", "01", "Anhui Sheng"), ("US", "KY", "Kentucky"),
])
def test_bundled_admin1_table_names_codes_of_several_systems(cc, code, name):
    """Numeric FIPS-style codes (IT, FR, DE, MX, IN, CN), letter codes (GB) and postal codes (US)."""
    assert sources.admin1_names()[(cc, code)] == name


def test_table_division_names_skip_everyday_words_and_town_names():
    from sitrep.geo.build import Entry, safe_division_names, table_admin1_names

    towns = [Entry(_p("Manchester", 53.48, -2.24, "GB", pop=395_515), {"Manchester"}, "ENG"),
             Entry(_p("Mandeville", 18.04, -77.5, "JM", pop=47_115), {"Mandeville"}, "04"),
             Entry(_p("Milano", 45.46, 9.19, "IT", pop=1_236_837), {"Milano"}, "09"),
             Entry(_p("Kandy", 7.29, 80.63, "LK", pop=111_701), {"Kandy"}, "29")]
    labels = table_admin1_names(towns, {})
    assert labels[("JM", "04")][0] == "Manchester" and labels[("IT", "09")][0] == "Lombardy"
    assert ("LK", "29") not in labels  # Sri Lanka's "Central": an everyday word, left unnamed
    safe = safe_division_names(labels, towns)
    assert ("IT", "09") in safe and ("JM", "04") not in safe  # Manchester is the English city


# ------------------------------------------------------------------ resolution


def test_pair_evidence_singles_out_the_town_next_to_the_county():
    paris = [p for p, _ in PLACES if p.name == "Paris"]
    henry = [p for p, _ in PLACES if p.name == "Henry County"]
    support = singled_out(["paris", "henry county"], [paris, henry], lambda i, c: 0.0)
    tn = next(i for i, p in enumerate(paris) if p.admin1 == "Tennessee")
    assert support == {("paris", tn): 1.0, ("henry county", 0): 1.0}
    assert singled_out(["paris"], [paris], lambda i, c: 0.0) == {}


def test_paris_with_henry_county_is_paris_tennessee(gaz):
    places = _resolved("All residents of Paris and Henry County will get a letter from the rescue squad.", gaz)
    assert places["Paris"].admin1 == "Tennessee" and places["Henry County"].admin1 == "Tennessee"


def test_a_state_naming_one_out_of_town_place_does_not_pull_the_rest(gaz):
    text = ("A Richmond man was charged. Richmond police said the Madison County jail holds him. "
            "Richmond officers also stopped a man of Sulpher, La., near the bypass.")
    places = _resolved(text, gaz)
    assert places["Sulpher"].admin1 == "Louisiana"
    assert places["Richmond"].admin1 != "Louisiana"


def test_a_name_placed_once_keeps_that_place(gaz):
    text = "Finalists include Louisville, Ky., and Denver. Indianapolis and Louisville were also cited."
    tops = [t for t in geoparse(text, gaz) if t.text == "Louisville"]
    assert len(tops) == 2 and {t.place.admin1 for t in tops} == {"Kentucky"}


def test_a_national_capital_outranks_a_division_of_the_same_name(gaz):
    assert _resolved("Lawmakers in Washington voted on Thursday.", gaz)["Washington"].feature_code == "PPLC"
    assert _resolved("Fires burned in Washington state on Thursday.", gaz)["Washington"].feature_code == "ADM1"


def test_a_name_that_says_sea_means_the_sea(gaz):
    assert _resolved("A cargo ship sank in the Red Sea on Monday.", gaz)["Red Sea"].feature_class == "H"


# ------------------------------------------------------------------ detection


def test_names_listed_before_counties_are_counties(gaz):
    mentions = detect("Growth has slowed in places like Jackson and Barrow counties this year.", gaz)
    assert [(m.text, m.key, m.suffix) for m in mentions] == [
        ("Jackson", "jackson county", ("ADM2",)), ("Barrow", "barrow county", ("ADM2",))]


def test_residence_and_agency_cues_keep_small_towns(gaz):
    text = ("A 24-year-old Elkhart man fled. William Lee Spafford, 24, of Elkhart was indicted. "
            "The Rogersville Police Department said Logan officers helped.")
    found = Counter(m.text for m in detect(text, gaz))
    assert found["Elkhart"] == 2 and found["Rogersville"] == 1


def test_speech_after_a_residence_is_still_a_place(gaz):
    text = "Mindy Miller of Elkhart, who has a son, said so. The investigation of Rogersville, who pleaded guilty."
    found = {m.text for m in detect(text, gaz)}
    assert "Elkhart" in found


def test_hyphen_joined_places_are_both_places(gaz):
    found = {m.text for m in detect("Students of Logan-Rogersville moved. The Paris-Henry County squad met.", gaz)}
    assert {"Logan", "Rogersville", "Paris", "Henry County"} <= found


def test_a_full_title_word_ending_a_sentence_is_no_title(gaz):
    text = "The university named an interim president. CINCINNATI The trustees met."
    assert "CINCINNATI" in {m.text for m in detect(text, gaz)}
    assert "Logan" not in {m.text for m in detect("He met Gov. Logan on Monday.", gaz)}


def test_a_state_after_a_comma_is_a_cue(gaz):
    mentions = {m.text: m for m in detect("New Haven, Conn., and Surprise, Ariz., were picked.", gaz)}
    assert "state-after" in mentions["Surprise"].cues


def test_party_affiliations_name_states(gaz):
    assert "Va." in {m.text for m in detect("Sen. Jim Webb, D-Va., called it a start.", gaz)}


def test_saints_institutions_are_not_places_but_saint_cities_are(gaz):
    found = {m.text for m in detect("Pupils of St. Mary's High School flew to St. Petersburg's airport.", gaz)}
    assert "St. Petersburg" in found and not any(f.startswith("St. Mary") for f in found)


def test_abbreviated_mount_matches_the_town(gaz):
    places = _resolved("But the Mt. Pleasant News reviewed documents filed in Mt. Pleasant on Monday.", gaz)
    assert places["Mt. Pleasant"].name == "Mount Pleasant"


def test_a_big_place_named_like_a_person_before_a_surname_is_the_person(gaz):
    text = "Seated is Virginia Alexander, a donor. Virginia passed the bill."
    assert [m.start for m in detect(text, gaz)] == [text.rindex("Virginia")]


def test_an_address_street_before_a_capitalised_word_is_a_street():
    from sitrep.geo.streets import street_spans

    text = "The council meets at City Hall, 1200 E. Broad St. Lanier said. FM 645 and CR 2202 were closed."
    assert [text[a:b] for a, b in street_spans(text)] == ["E. Broad St.", "FM 645", "CR 2202"]
    assert street_spans("He moved to South St. Paul last year.") == []  # a saint's town, no address


def test_common_words_need_a_locative_cue():
    gaz = Gazetteer.from_places([(_p("Lot", 50.77, 4.27, "BE", pop=8_000), []),
                                 (_p("Reading", 51.45625, -0.97113, "GB", pop=244_070), [])])
    assert [m.text for m in detect("Tammy Danner lives at Lot No. 7 near the park.", gaz)] == []
    assert [m.text for m in detect("The fire started in Reading on Monday.", gaz)] == ["Reading"]


def test_register_phrases_vote_for_a_country():
    from sitrep.geo.detect import register_votes

    text = "The Sheriff’s Office said the city council and the aldermen met. Sheriff's Office staff came too."
    assert Counter(register_votes(text)) == Counter({"US": 3})  # each distinct phrase votes once
    assert register_votes("Councillors of the borough council met.") == ["GB", "GB"]
    assert register_votes("The councillorship was vacant.") == []  # whole words only
