"""The actor dictionary: aliases, country-qualified generics, identity militias, offsets."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.actors.countries import country_by_form, country_by_name
from sitrep.actors.dictionary import ActorDictionary, actor_country, default_dictionary, localize
from sitrep.types import Actor


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return default_dictionary()


def names(d: ActorDictionary, text: str, country: str | None = None) -> list[str]:
    return [a.name for a in d.find(text, 0, country)]


@pytest.mark.parametrize(
    "alias",
    [
        "ISIS",
        "ISIL",
        "Daesh",
        "Islamic State of Iraq and the Levant",
        "Islamic State of Iraq and Syria",
        "the Islamic State group",
    ],
)
def test_islamic_state_aliases(d, alias):
    assert set(names(d, f"Fighters loyal to {alias} advanced on the town.")) == {"Islamic State"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Al-Shabaab militants stormed a hotel in Mogadishu.", "Al Shabaab"),
        (
            "Boko Haram insurgents raided Konduga.",
            "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        ),
        ("JNIM claimed the ambush near Djibo.", "JNIM: Group for Support of Islam and Muslims"),
        ("M23 rebels seized Bunagana.", "M23: March 23 Movement"),
        ("The RSF shelled El Fasher.", "Rapid Support Forces"),
        ("Houthi rebels fired a missile at a ship.", "Houthi Movement"),
        ("ELN guerrillas blew up a pipeline in Arauca.", "ELN: National Liberation Army"),
        ("CJNG gunmen attacked a bar in Celaya.", "CJNG: Jalisco New Generation Cartel"),
        ("Kataib Hezbollah launched drones at a base.", "Kataib Hezbollah"),
    ],
)
def test_named_groups_across_conflicts(d, text, expected):
    assert names(d, text)[0] == expected


def test_a_named_group_absorbs_its_generic_noun(d):
    found = d.find("ISIS fighters paraded in Mosul.", 0, "Iraq")
    assert [(a.name, a.text) for a in found] == [("Islamic State", "ISIS fighters")]


def test_generic_noun_of_a_named_group_is_that_group(d):
    found = d.find("militants from the Islamic State attacked", 0, "Iraq")
    assert found[0].name == "Islamic State" and found[0].text == "militants"


def test_an_islamic_state_is_a_notion_not_the_group(d):
    assert names(d, "The movement dreams of an Islamic state in the Sahel.") == []


def test_a_splinter_group_is_another_group(d):
    assert "Al Qaeda" not in names(d, "an Al Qaeda splinter group attacked the town")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nigerian soldiers repelled the attack.", "Military Forces of Nigeria"),
        ("Sudan's army retook the bridge.", "Military Forces of Sudan"),
        ("Malian troops withdrew from Tessalit.", "Military Forces of Mali"),
        ("Congolese police dispersed the crowd.", "Police Forces of Democratic Republic of Congo"),
        ("U.S. troops left the base.", "Military Forces of the United States"),
        ("Russian forces shelled Kharkiv.", "Military Forces of Russia"),
        ("An Israeli airstrike hit a house in Rafah.", "Military Forces of Israel"),
        ("Myanmar's military bombed a school.", "Military Forces of Myanmar"),
        ("The Tatmadaw burned the village.", "Military Forces of Myanmar"),
    ],
)
def test_country_qualified_state_forces(d, text, expected):
    assert names(d, text, "Somalia")[0] == expected


@pytest.mark.parametrize(
    "text, country, expected, inter",
    [
        ("Fulani herdsmen attacked Agatu.", "Nigeria", "Fulani Ethnic Militia (Nigeria)", 4),
        ("Shiite militiamen claimed a victory.", "Iraq", "Shiite Militia (Iraq)", 4),
        (
            "Hema militia raided a camp.",
            "Democratic Republic of Congo",
            "Hema Ethnic Militia (Democratic Republic of Congo)",
            4,
        ),
        ("Dogon hunters' militia", "Mali", "Dogon Ethnic Militia (Mali)", 4),
    ],
)
def test_identity_militias(d, text, country, expected, inter):
    first = d.find(text, 0, country)[0]
    assert (first.name, first.inter) == (expected, inter)


@pytest.mark.parametrize(
    "noun, country, expected, inter",
    [
        ("gunmen", "Mexico", "Unidentified Armed Group (Mexico)", 3),
        ("villagers", "Burkina Faso", "Civilians (Burkina Faso)", 7),
        ("worshippers", "Nigeria", "Civilians (Nigeria)", 7),
        ("protesters", "Kenya", "Protesters (Kenya)", 6),
        ("rioters", "Haiti", "Rioters (Haiti)", 5),
        ("police", "Myanmar", "Police Forces of Myanmar", 1),
        ("soldiers", "Ukraine", "Military Forces of Ukraine", 1),
        ("recruits", "Iraq", "Civilians (Iraq)", 7),
        ("government", "Colombia", "Government of Colombia", 1),
    ],
)
def test_generic_nouns_resolve_with_the_country(d, noun, country, expected, inter):
    a = d.generic(noun, country)
    assert a is not None and (a.name, a.inter) == (expected, inter)
    assert noun in a.reason


def test_generic_without_country(d):
    assert d.generic("civilians", None).name == "Civilians"
    assert d.generic("police", None) is None  # "Police Forces of ..." needs a country
    assert d.generic("airstrikes", "Syria") is None  # a weapon is an actor only with its country
    assert d.generic("teacups", "Mali") is None


def test_adjectival_state_nouns_are_not_actors(d):
    assert names(d, "There is no military solution, and military assistance is limited.", "Iraq") == []


@pytest.mark.parametrize(
    "name, expected, inter",
    [
        ("Daesh", "Islamic State", 2),
        ("Military Forces of Iraq", "Military Forces of Iraq", 1),
        ("Civilians (Sudan)", "Civilians (Sudan)", 7),
        ("Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)", 3),
        ("Fulani Ethnic Militia (Nigeria)", "Fulani Ethnic Militia (Nigeria)", 4),
        ("Al Shabaab", "Al Shabaab", 2),
    ],
)
def test_canonical(d, name, expected, inter):
    a = d.canonical(name)
    assert a is not None and (a.name, a.inter) == (expected, inter)


def test_canonical_unknown(d):
    assert d.canonical("The Teacup Society") is None


def test_foreign_state_forces_are_external():
    us = Actor("Military Forces of the United States", 1)
    assert localize(us, "Iraq").inter == 8
    assert localize(us, "United States").inter == 1
    assert localize(Actor("Military Forces of Iraq", 1), "Iraq").inter == 1
    assert actor_country("Military Forces of the United States") == "United States"


def test_country_forms():
    assert country_by_form("Iraqi").name == "Iraq"
    assert country_by_form("DRC").name == "Democratic Republic of Congo"
    assert country_by_name("Syrian Arab Republic").name == "Syria"
    assert country_by_name("Peru").iso2 == "PE"  # not in the table: pycountry
    assert country_by_name("Atlantis") is None


def test_countries_in_counts_names_and_demonyms(d):
    counts = d.countries_in("Iraqi forces entered Iraq; a Syrian official said Syria agreed.")
    assert counts["Iraq"] == 2 and counts["Syria"] == 2


_PIECES = [
    "ISIS",
    "Iraqi police",
    "gunmen",
    "villagers",
    "Fulani herdsmen",
    "the army",
    "Hamas fighters",
    "attacked",
    "killed",
    "and",
    "in Gao",
    ",",
    "said",
    "Russian forces",
    "a military solution",
    "M23",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
    st.integers(0, 500),
    st.sampled_from(["Iraq", "Mali", None]),
)
def test_offsets_slice_the_text(pieces, offset, country):
    d = default_dictionary()
    text = " ".join(pieces)
    padded = "x" * offset + text
    found = d.find(text, offset, country)
    for a in found:
        assert padded[a.start : a.end] == a.text
    spans = [(a.start, a.end) for a in found]
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))  # ordered, never overlapping


def test_localize_reads_country_spellings():
    fardc = Actor("Military Forces of Democratic Republic of Congo", 1)
    assert localize(fardc, "Democratic Republic of the Congo").inter == 1
    assert localize(fardc, "DR Congo").inter == 1
    assert localize(fardc, "Rwanda").inter == 8
