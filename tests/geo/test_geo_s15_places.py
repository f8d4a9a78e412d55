"""Places of today's conflicts (session 15): a checklist of 527 towns, camps and districts news names,
each in three news-style sentences (``geo_s15_checklist``), and the general causes of its misses:
Arabic articles written "al-" / "ez-" / "ash-" or dropped, Persian "-i-" / "-e-", news spellings that
GeoNames has only as an alternate, and towns the bundled gazetteer lacked."""

from __future__ import annotations

import pytest
from geo_s15_checklist import PATTERNS, outcomes, rows
from hypothesis import given
from hypothesis import strategies as st

from sitrep.geo import sources
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.normalize import name_key, name_keys, without_article
from sitrep.geo.resolve import _own_spelling
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _place(text: str, name: str, gazetteer):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    return found[0].place if found else None


# ---- the checklist ------------------------------------------------------------------------------

# Floors: 1619 of 1635 mentions and 531 of 545 places (every sentence) resolved within 50 km after
# places round 4 (1377 of 1581 and 430 of 527 at the start of session 11, 1555 and 510 after
# round 3); the misses left are bare names of small towns with a bigger namesake abroad and no
# country word ("Bor", "Leer", "Jericho").
MENTIONS_FLOOR = 1610
PLACES_FLOOR = 526


def test_the_checklist_covers_every_conflict_country():
    per_country: dict[str, int] = {}
    for r in rows():
        per_country[r.cc] = per_country.get(r.cc, 0) + 1
    assert len(per_country) >= 26 and sum(per_country.values()) >= 500
    assert min(n for cc, n in per_country.items() if cc not in ("IL", "RU", "LB")) >= 12


def test_checklist_places_resolve_within_50_km(gazetteer):
    res = outcomes(gazetteer)
    assert len(res) == len(rows()) * len(PATTERNS)
    assert sum(o.resolved for o in res) >= MENTIONS_FLOOR
    by_place: dict = {}
    for o in res:
        by_place.setdefault(o.row, []).append(o.resolved)
    assert sum(all(v) for v in by_place.values()) >= PLACES_FLOOR


# ---- name keys: Arabic articles and Persian linking vowels --------------------------------------

@pytest.mark.parametrize("name, key", [
    ("Jisr ash Shughur", "jisr al shughur"),
    ("Jisr ash Shughur", "jisr el shughur"),
    ("Ma`arrat an Nu`man", "maarrat al numan"),
    ("Deir ez-Zor", "deir al zor"),
    ("Al Fashir", "el fashir"),
    ("Mazar-e Sharif", "mazar i sharif"),
    ("Pul-i-Khumri", "pul e khumri"),
])
def test_article_and_linking_vowel_spellings_are_keys(name, key):
    assert key in name_keys(name)


@pytest.mark.parametrize("name", ["Saint-Germain-en-Laye", "New York", "At Home Village", "Rio de Janeiro", "Nan Hai"])
def test_names_without_an_arabic_article_get_no_article_keys(name):
    keys = name_keys(name)
    assert not any(k.startswith(("al ", "el ")) or " al " in k or " el " in k for k in keys)


def test_el_al_keeps_its_short_word():
    assert name_keys("El Al") == {"el al"}  # a word after the article this short is no town name


@pytest.mark.parametrize("key, bare", [
    ("al qamishli", "qamishli"), ("ar raqqah", "raqqah"), ("el fasher", "fasher"), ("as suwayda", "suwayda"),
    ("al bab", None), ("an najaf", "najaf"), ("as salt", None), ("at tarmiyah", "tarmiyah"), ("an bahri", None),
    ("los angeles", None),
])
def test_without_article(key, bare):
    assert without_article(key) == bare


@given(st.lists(st.sampled_from(["al", "el", "ash", "an", "i", "e", "shughur", "nahr", "sharif", "deir", "zor"]),
                min_size=1, max_size=5))
def test_every_spelling_has_as_many_words_as_the_name(words):
    name = " ".join(words)
    keys = name_keys(name)
    assert name_key(name) in keys
    assert all(len(k.split(" ")) == len(words) for k in keys)


def test_article_countries_are_country_codes():
    codes = sources.article_countries()
    assert {"SY", "IQ", "SD", "LY", "YE"} <= codes
    assert all(len(c) == 2 and c.isupper() for c in codes)


# ---- ranking: the news spelling of a transliterated name is the town's own -----------------------

@pytest.mark.parametrize("key, name, cc, same", [
    ("haditha", "Hadithah", "IQ", True),
    ("jowhar", "Jawhar", "SO", True),
    ("kupiansk", "Kupyansk", "UA", True),
    ("qamishli", "Al Qamishli", "SY", True),
    ("cookville", "Cookeville", "US", False),  # English-named countries: another town's spelling
    ("centerville", "Centreville", "US", False),
    ("cancun", "Changchun", "CN", False),  # three letters longer: another name
    ("soul", "Seoul", "KR", False),  # too short to tell
    ("federation", "Federacion", "AR", True),  # a variant, but never enough alone to make a word a place (below)
])
def test_own_spelling(key, name, cc, same):
    assert _own_spelling(key, name, cc) is same


def test_a_common_word_like_a_foreign_town_stays_a_word(gazetteer):
    text = "Gunmen killed a lawmaker of the Federation in Abuja on Monday, police said."
    assert all(t.text != "Federation" for t in geoparse(text, gazetteer))


def test_the_last_word_of_an_area_name_is_no_place(gazetteer):
    text = "Gunmen killed a ward chairman in Riyom Local Government Area, Plateau state, on Sunday."
    assert all(t.text != "Area" for t in geoparse(text, gazetteer))


@pytest.mark.parametrize("text, name, cc", [
    ("A car bomb exploded in Haditha, Iraq, on Thursday, police said.", "Haditha", "IQ"),
    ("Al-Shabaab fighters overran a base near Jowhar, Middle Shabelle, overnight.", "Jowhar", "SO"),
    ("Russian forces shelled Kupiansk, Ukraine, through the night.", "Kupiansk", "UA"),
])
def test_a_spelling_followed_by_its_country_or_division_is_placed(gazetteer, text, name, cc):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == cc


# ---- detection and resolution across conflicts -------------------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("Kurdish-led forces detained dozens of suspects in Deir ez-Zor on Wednesday.", "Deir ez-Zor", "SY"),
    ("Turkish drones struck a checkpoint outside Qamishli, a Kurdish official said.", "Qamishli", "SY"),
    ("Rebels shelled Jisr al-Shughur after government aircraft bombed their positions.", "Jisr al-Shughur", "SY"),
    ("The Taliban seized Mazar-i-Sharif, the largest city of the north, on Saturday.", "Mazar-i-Sharif", "AF"),
    ("Israeli forces raided Jenin before dawn, the Palestinian health ministry said.", "Jenin", "PS"),
    ("Al-Shabaab militants attacked an army post in Bulo Marer on Sunday.", "Bulo Marer", "SO"),
    ("Insurgents torched homes in Ancuabe district, Cabo Delgado, last week.", "Ancuabe", "MZ"),
    ("Gangs set fire to houses in Cité Soleil, residents of the capital said.", "Cité Soleil", "HT"),
    ("Cartel gunmen ambushed police officers near Chilapa on Tuesday.", "Chilapa", "MX"),
    ("Boko Haram fighters attacked a military base in Kolofata in Cameroon's Far North.", "Kolofata", "CM"),
])
def test_conflict_towns_resolve_in_their_country(gazetteer, text, name, cc):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == cc, p


def test_a_town_renamed_to_its_news_spelling_keeps_its_geonames_identity(gazetteer):
    jenin = [p for p in gazetteer.candidates("Jenin") if p.country_code == "PS"]
    assert jenin and jenin[0].name == "Jenin" and jenin[0].geonameid is not None
    assert gazetteer.candidates("Janin")  # the GeoNames spelling still finds it


def test_a_merged_town_without_a_population_takes_the_rows(gazetteer):
    makhmour = [p for p in gazetteer.candidates("Makhmour") if p.country_code == "IQ"]
    assert makhmour and makhmour[0].population > 0


@pytest.mark.parametrize("text, name", [
    ("Police in Cookville, Texas, said the fire started in a barn.", "Cookville"),
    ("Firefighters in Centerville, Ohio, were called to a house fire.", "Centerville"),
])
def test_us_towns_keep_their_own_spelling(gazetteer, text, name):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == "US" and name_key(p.name) == name_key(name)


@pytest.mark.parametrize("text, name, cc", [
    ("Israeli troops pulled out of Jenin refugee camp on Thursday after a two-day raid.", "Jenin", "PS"),
    ("Thousands fled to Zamzam camp after paramilitaries shelled the city's outskirts.", "Zamzam", "SD"),
    ("Aid workers said cholera had spread through Dadaab camps in recent weeks.", "Dadaab", "KE"),
])
def test_a_name_before_camp_is_a_place(gazetteer, text, name, cc):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == cc, p


def test_the_west_bank_town_is_never_its_polish_namesake(gazetteer):
    text = "Israeli troops pulled out of Jenin on Thursday, the army said in Tel Aviv."
    p = _place(text, "Jenin", gazetteer)
    assert p is None or p.country_code == "PS"
