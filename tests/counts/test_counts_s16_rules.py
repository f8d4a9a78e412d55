"""Session 16 toll rules: "the killing of N", "hacked N to death", "killed or wounded", a victim list
closed by "an unknown number of", an appositive, a casualty table's lines, a second source's figure."""

from __future__ import annotations

import pytest
from conftest import build_doc

from sitrep.events.counts import fatalities_for, find_quantities
from sitrep.types import Doc


def toll(*sentences: str) -> tuple[int | None, int | None, int | None, str]:
    doc = build_doc(*sentences)
    doc = Doc(doc.article, sentences=doc.sentences, quantities=find_quantities(doc.article.text, doc.sentences))
    return fatalities_for(doc, [(0, len(doc.article.text))])


@pytest.mark.parametrize("text, expected", [
    ("Residents blamed soldiers for the killing of at least 20 civilians in Moura.", 20),
    ("Witnesses described the massacre of 35 villagers in Solhan by gunmen.", 35),
    ("The killings of nine farmers near Djibo shocked the region.", 9),
])
def test_the_killing_of_n_counts_them(text, expected):
    assert toll(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Two men were charged with the killing of three people in Cali.",
    "Students protested over the killing of four classmates by police in Nairobi.",
    "An inquiry into the killing of six aid workers in Deir al-Balah was opened.",
    "The suspect was arrested on Sunday in connection with the murder of two guards.",
])
def test_the_killing_of_n_in_a_court_an_arrest_or_a_grievance_is_no_toll(text):
    assert not toll(text)[0]


@pytest.mark.parametrize("text, expected", [
    ("Suspected ADF rebels hacked 18 villagers to death in Lubero territory.", 18),
    ("A mob beat two alleged thieves to death in Port-au-Prince.", 2),
    ("Militiamen burned 11 people to death in their homes in Ituri.", 11),
])
def test_a_verb_victims_and_to_death(text, expected):
    assert toll(text)[0] == expected


def test_hacked_without_to_death_is_no_killing():
    assert not toll("Hackers hacked 30 accounts of officials in Kabul.")[0]


@pytest.mark.parametrize("text", [
    "More than 40 people were killed or wounded in the shelling of Kherson's central market.",
    "Some 25 soldiers were killed and wounded in the battle for Bakhmut, the commander said.",
    "Thirty civilians were killed or injured in the strike on Idlib.",
])
def test_killed_or_wounded_counts_no_deaths(text):
    assert not toll(text)[0]


def test_killed_and_then_a_count_of_wounded_still_counts_the_dead():
    assert toll("Twelve people were killed and 30 wounded in the Peshawar blast.")[0] == 12


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers and an unknown number of attackers were killed in the raid near Mopti.", 2),
    ("Three policemen and an undetermined number of gang members died in the firefight in Croix-des-Bouquets.", 3),
])
def test_an_unknown_number_closing_a_list_adds_nothing(text, expected):
    assert toll(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Three civilians, a woman and her two sons, were killed when a mortar hit their home in Hudur.", 3),
    ("Five aid workers, all of them Sudanese, were killed in the ambush near Nyala.", 5),
])
def test_an_appositive_names_the_counted_victims(text, expected):
    assert toll(text)[0] == expected


@pytest.mark.parametrize("sentences, expected", [
    (("Casualties in the strike on Sumy:\nKilled: 11\nWounded: 84",), 11),
    (("Dead – 3 | Injured – 12",), 3),
    (("Overnight attacks, regional summary.\nFatalities: 7\nInjured: 20",), 7),
])
def test_a_casualty_table_line(sentences, expected):
    assert toll(*sentences)[0] == expected


def test_a_table_line_of_wounded_alone_is_no_death():
    assert toll("Casualties in the strike:\nWounded: 84")[0] in (None, 0)


@pytest.mark.parametrize("text, value, high", [
    ("The health ministry said 20 people were killed in the strike on the Nuseirat school, while medics "
     "at Al-Awda hospital put the toll at 25.", 20, 25),
    ("Officials said 8 people died in the landslide of bodies at the market in Kalehe, but local groups "
     "put the death toll at 14.", 8, 14),
])
def test_a_second_sources_figure_is_the_high_end(text, value, high):
    v, _, h, _ = toll(text)
    assert (v, h) == (value, high)


def test_a_toll_put_by_the_only_source_is_the_toll():
    assert toll("Medics at Al-Awda hospital put the toll at 25.")[0] == 25
