"""ACLED's dated actor names: government periods of state forces and renamed groups."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.actors.periods import dated_actor, period_of, periods
from sitrep.actors.roles import state_first
from sitrep.types import Actor

BOKO = "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad"


def named(name: str, on: date, as_of: date | None = None, inter: int = 1) -> str:
    out = dated_actor(Actor(name, inter, reason="test"), on, as_of)
    assert out is not None
    return out.name


@pytest.mark.parametrize(
    "name, on, as_of, want",
    [
        # a term still running on the coding day is open, one that had ended is closed
        ("Military Forces of Nigeria", date(2015, 3, 2), date(2016, 3, 31), "Military Forces of Nigeria (2010-2015)"),
        ("Military Forces of Nigeria", date(2015, 3, 2), date(2015, 3, 3), "Military Forces of Nigeria (2010-)"),
        ("Police Forces of Nigeria", date(2015, 6, 1), date(2016, 3, 31), "Police Forces of Nigeria (2015-)"),
        ("Military Forces of Nigeria", date(2015, 5, 29), None, "Military Forces of Nigeria (2015-)"),
        ("Military Forces of Nigeria", date(2015, 5, 28), None, "Military Forces of Nigeria (2010-)"),
        ("Military Forces of Iraq", date(2016, 10, 17), date(2024, 1, 1), "Military Forces of Iraq (2014-2018)"),
        ("Military Forces of Ukraine", date(2022, 3, 1), None, "Military Forces of Ukraine (2019-)"),
        ("Military Forces of Myanmar", date(2021, 3, 27), None, "Military Forces of Myanmar (2021-)"),
        ("Police Forces of Colombia", date(2019, 1, 17), date(2023, 1, 1), "Police Forces of Colombia (2018-2022)"),
        ("Military Forces of Mexico", date(2020, 6, 1), None, "Military Forces of Mexico (2018-)"),
        ("Government of Sudan", date(2023, 4, 15), None, "Government of Sudan (2019-)"),
        ("Military Forces of the United States", date(2019, 1, 1), date(2025, 3, 1), "Military Forces of the United States (2017-2021)"),
        ("Military Forces of Democratic Republic of Congo", date(2022, 5, 1), None, "Military Forces of Democratic Republic of Congo (2019-)"),
    ],
)
def test_state_forces_carry_their_government_period(name, on, as_of, want):
    assert named(name, on, as_of) == want


def test_unknown_countries_days_and_other_actors_are_left_alone():
    assert named("Military Forces of Atlantis", date(2015, 1, 1)) == "Military Forces of Atlantis"
    assert named("Civilians (Nigeria)", date(2015, 1, 1), inter=7) == "Civilians (Nigeria)"
    assert dated_actor(Actor("Military Forces of Mali", 1), None) == Actor("Military Forces of Mali", 1)
    assert dated_actor(None, date(2020, 1, 1)) is None
    # already dated: not dated twice
    assert named("Military Forces of Nigeria (2015-)", date(2016, 1, 1)) == "Military Forces of Nigeria (2015-)"


def test_boko_haram_went_by_wilayat_gharb_ifriqiyyah_after_the_is_pledge():
    assert named(BOKO, date(2015, 3, 20), inter=2) == BOKO
    assert named(BOKO, date(2015, 6, 5), inter=2) == "Boko Haram - Wilayat Gharb Ifriqiyyah"
    assert named(BOKO, date(2017, 1, 5), inter=2) == BOKO  # after the August 2016 split


def test_the_reason_names_the_head_of_government():
    out = dated_actor(Actor("Military Forces of Nigeria", 1, reason="alias"), date(2016, 1, 1))
    assert out is not None and "Buhari" in out.reason and out.reason.startswith("alias")


def test_periods_of_a_country_do_not_overlap():
    for country, terms in periods().items():
        for a, b in zip(terms, terms[1:]):
            assert a.end is not None and a.end <= b.start, country


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(periods())), st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)))
def test_a_day_falls_in_at_most_the_period_that_contains_it(country, day):
    found = period_of(country, day)
    if found is not None:
        assert found.start <= day and (found.end is None or day < found.end)
        label = found.label(day)
        assert label.startswith(str(found.start.year)) and label.endswith("-")  # still running that day


@pytest.mark.parametrize(
    "a1, a2, sub, first",
    [
        (Actor("Al Shabaab", 2), Actor("Military Forces of Somalia", 1), "Armed clash", "Military Forces of Somalia"),
        (Actor("ELN: National Liberation Army", 2), Actor("Police Forces of Colombia", 1), "Armed clash", "Police Forces of Colombia"),
        # taking ground: the taker stays actor1; two non-state sides keep their order
        (Actor("Islamic State", 2), Actor("Military Forces of Iraq", 1), "Non-state actor overtakes territory", "Islamic State"),
        (Actor("M23: March 23 Movement", 2), Actor("CODECO", 4), "Armed clash", "M23: March 23 Movement"),
    ],
)
def test_acled_lists_state_forces_first_in_a_battle(a1, a2, sub, first):
    got1, got2, why = state_first(a1, a2, "Battles", sub)
    assert got1.name == first and {got1.name, got2.name} == {a1.name, a2.name}
    assert bool(why) == (first != a1.name)
