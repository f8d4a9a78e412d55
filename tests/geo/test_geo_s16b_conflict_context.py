"""Places round 6 (session 16b): a conflict report favours its countries' towns over namesakes
abroad, groups of several countries favour their theatres, a town name holding a given name is not
its first word's namesake abroad, and a dateline town is chosen with the article's other names.

The checklist (``s16b_conflict_context.tsv``, ``geo_s16b_checklist``) holds 40 short articles of our own
from 22 countries: 25 of them passed before this round, 40 after.
"""

from __future__ import annotations

import pytest
from geo_s16b_checklist import KINDS, outcomes, rows

from sitrep.geo.conflict_zones import (
    BONUS_CONFLICT_ZONE,
    BONUS_GROUP_COUNTRY,
    conflict_wording,
    favoured_countries,
    group_countries,
    local_news,
    named_groups,
)
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.normalize import fold
from sitrep.geo.stage import geoparse, geoparse_with_focus
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _place(text: str, name: str, gazetteer):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    return found[0].place if found else None


# ---- the checklist ------------------------------------------------------------------------------

# Floors per kind (all pass after round 6; before it: bare 13/19, group 6/9, given 1/5, dateline 5/7).
FLOORS = {"bare": 19, "group": 9, "given": 5, "dateline": 7}


def test_the_checklist_is_varied():
    rs = rows()
    assert {r.kind for r in rs} == set(KINDS)
    assert len({r.cc for r in rs}) >= 20 and len(rs) >= 40
    for r in rs:
        assert r.name in r.article
        if r.kind == "bare":  # no country, people or group word anywhere
            assert favoured_countries(r.article, fold(r.article)).keys() >= {r.cc}, r.article


@pytest.mark.slow
def test_checklist_floors(gazetteer):
    res = outcomes(gazetteer)
    for kind, floor in FLOORS.items():
        got = [o for o in res if o.row.kind == kind]
        misses = [f"{o.row.name}: {o.found}" for o in got if not o.passed]
        assert sum(o.passed for o in got) >= floor, (kind, misses)


# ---- conflict wording and local news -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Insurgents overran the town after a day of heavy fighting.",
    "Air strikes hit the market at dawn.",
    "Thousands were displaced by the shelling.",
    "Gunmen stormed the village before dawn.",
    "The ceasefire collapsed within hours.",
])
def test_conflict_wording(text):
    assert conflict_wording(fold(text))


@pytest.mark.parametrize("text", [
    "The city council approved a new budget for the library.",
    "A gunman opened fire outside a bar early Sunday.",  # one weak word only
    "The school board met on Tuesday to discuss bus routes.",
])
def test_no_conflict_wording(text):
    assert not conflict_wording(fold(text))


@pytest.mark.parametrize("text", [
    "Gunmen stormed a bar in Jericho, the Sheriff's Office said.",
    "Two gunmen stormed a store in Palmyra, Pa., police said.",
    "Gunmen stormed a home on the east side, the police department said.",
    "After the militia standoff the suspects fled down Interstate 70, troopers said.",
])
def test_local_news_signs_turn_the_favour_off(text):
    assert local_news(text, fold(text))
    assert favoured_countries(text, fold(text)) == {}


def test_a_text_that_names_its_people_needs_no_conflict_list():
    text = "Philippine security forces said the fighting around Marawi had eased."
    assert favoured_countries(text, fold(text), told={"PH"}) == {}
    assert BONUS_CONFLICT_ZONE < BONUS_GROUP_COUNTRY


# ---- groups of several countries ---------------------------------------------------------------

def test_group_table_names_actors_of_the_dictionary():
    import json
    from importlib import resources

    raw = json.loads(resources.files("sitrep").joinpath("data", "actors", "named.json").read_text(encoding="utf-8"))
    names = {a["name"] for a in raw["actors"]}
    table = group_countries()
    assert set(table) <= names
    assert all(len(ccs) >= 2 for ccs in table.values())
    assert {"Wagner Group", "Africa Corps", "Islamic State Sahel Province", "Al Shabaab", "Hezbollah",
            "Houthi Movement", "Islamic State West Africa Province"} <= set(table)


def test_the_longest_group_name_wins():
    text = "Islamic State West Africa Province fighters attacked the base."
    assert named_groups(text, fold(text)) == ["Islamic State West Africa Province"]
    text = "Wagner fighters and Hezbollah members were seen."
    assert set(named_groups(text, fold(text))) == {"Wagner Group", "Hezbollah"}


def test_a_group_gives_all_its_theatres():
    text = "JNIM fighters ambushed a convoy on Tuesday and attacked the escort."
    fav = favoured_countries(text, fold(text))
    assert {"ML", "BF", "NE"} <= fav.keys()
    assert fav["BJ"] == BONUS_GROUP_COUNTRY  # not in the conflict list: the group bonus only
    assert fav["ML"] == BONUS_GROUP_COUNTRY + BONUS_CONFLICT_ZONE  # ambushed, attacked: conflict words too


@pytest.mark.parametrize("text,name,cc", [
    ("Wagner mercenaries executed villagers in Moura on Sunday, witnesses said.", "Moura", "ML"),
    ("Al-Shabaab fighters attacked a police post in Mandera, killing two.", "Mandera", "KE"),
    ("Houthi forces fired drones at Eilat on Friday.", "Eilat", "IL"),
    ("ISWAP fighters overran a military base in Bosso on Sunday, the group claimed.", "Bosso", "NE"),
])
def test_groups_place_their_towns(gazetteer, text, name, cc):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == cc


# ---- bare names in conflict reports -----------------------------------------------------------

@pytest.mark.parametrize("text,name,cc", [
    ("Gunmen stormed Bor before dawn on Tuesday, residents said.", "Bor", "SS"),
    ("Insurgents fired mortars into Leer overnight.", "Leer", "SS"),
    ("Rival militias clashed in Derna, killing four.", "Derna", "LY"),
    ("Troops shelled the outskirts of Jericho on Monday.", "Jericho", "PS"),
])
def test_bare_conflict_names_stay_in_the_conflict(gazetteer, text, name, cc):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == cc


@pytest.mark.parametrize("text,name,wrong", [
    ("A fire destroyed a barn in Leer, the fire department said.", "Leer", "SS"),  # no conflict words
    ("Two gunmen stormed a store in Palmyra, Pa., police said.", "Palmyra", "SY"),
    ("The sheriff said troops of volunteers shelled out overtime in Jericho after the fair.", "Jericho", "PS"),
])
def test_local_or_peaceful_texts_keep_their_namesakes(gazetteer, text, name, wrong):
    p = _place(text, name, gazetteer)
    assert p is None or p.country_code != wrong


# ---- a town name holding a given name ---------------------------------------------------------

@pytest.mark.parametrize("text,first", [
    ("Militants attacked a police post in Darra Adam Khel on Monday.", "Darra"),
    ("Clashes broke out in Bor Hassan Agha between rival factions.", "Bor"),
    ("Soldiers killed two militants in Kalo Adam Gul village.", "Kalo"),
])
def test_first_word_of_a_longer_name_is_no_town(gazetteer, text, first):
    assert all(t.text != first for t in geoparse(text, gazetteer))


def test_a_town_before_a_person_stays(gazetteer):
    # a comma parts the town from the person's name: the town keeps its reading
    text = "Residents of Darra, Adam Smith said, heard the blast."
    assert any(t.text == "Darra" for t in geoparse(text, gazetteer))


# ---- datelines --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,cc", [
    ("LEON (Reuters) - Gunmen shot dead four men. Salamanca police said the attackers fled.", "MX"),
    ("LEON, Nicaragua (Reuters) - Police fired on students on Saturday.", "NI"),
    ("LEON, Spain (Reuters) - Farmers blocked roads on Monday.", "ES"),
])
def test_dateline_town_with_the_article(gazetteer, text, cc):
    _, focus = geoparse_with_focus(text, gazetteer)
    assert focus.country == cc


def test_hpakant_myanmar_is_placed(gazetteer):
    # "Myanmar" is its people's adjective too (a demonym, no mention): the name before it is still placed
    p = _place("A strike on Hpakant, Myanmar, killed four people on Monday.", "Hpakant", gazetteer)
    assert p is not None and p.country_code == "MM"
