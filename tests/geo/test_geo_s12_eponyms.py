"""A place that names a group or an incident ("the abducted Chibok girls", "the Yobe killings") is no
event place; "X-based" gives way to another place of the sentence but stands alone."""

from __future__ import annotations

import re

import pytest

from sitrep.geo.eventplace import _eponym, event_place
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings
from sitrep.types import Article, Doc, Sentence, Toponym


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _doc(text: str, gaz) -> Doc:
    sents = tuple(Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\.", text))
    sents = tuple(Sentence(s.start + len(s.text) - len(s.text.lstrip()), s.end, s.text.strip()) for s in sents)
    return Doc(Article("t", text, "h"), sentences=sents, toponyms=geoparse(text, gaz, sents))


def _first(doc: Doc):
    s = doc.sentences[0]
    return event_place(doc, [(s.start, s.end)])


@pytest.mark.parametrize("text", [
    "A women's group took to the streets to demand release of the abducted Chibok girls.",
    "Residents protest the Chibok abduction, a year on.",
    "Parents rallied for the kidnapped Dapchi schoolgirls.",
])
def test_a_group_or_incident_named_after_a_place_does_not_place_the_event(gazetteer, text):
    doc = _doc(text, gazetteer)
    assert any(t.place is not None and t.place.feature_class in ("P", "A") for t in doc.toponyms)  # it is read
    place, precision, _ = _first(doc)
    assert precision == 3  # the country at most: the march may be anywhere


def test_the_march_town_is_found_beside_the_eponym(gazetteer):
    doc = _doc("Women marched in Kano to demand the release of the abducted Chibok girls.", gazetteer)
    assert _first(doc)[0].name == "Kano"


def test_a_man_from_the_town_still_places_it(gazetteer):
    doc = _doc("Gunmen shot dead a Chibok man on his farm.", gazetteer)
    assert _first(doc)[0].name == "Chibok"


def test_based_gives_way_to_another_place_but_stands_alone(gazetteer):
    doc = _doc("Gunmen killed two Lokoja-based missionaries at a village in Bassa near Jos.", gazetteer)
    assert _first(doc)[0].name != "Lokoja"
    alone = _doc("A Zaria-based Islamic scholar was shot dead by gunmen as he left his school.", gazetteer)
    assert _first(alone)[0].name == "Zaria"


@pytest.mark.parametrize("text, expected", [
    ("the abducted Chibok girls", True),
    ("The Chibok abduction", True),
    ("a Chibok girl was freed", False),
    ("in Chibok girls and boys fled", False),
    ("the Chibok market", False),
    ("charged in the Chibok killings", False),  # a follow-up about them happens where they did
])
def test_what_counts_as_an_eponym(text, expected):
    start = text.index("Chibok")
    t = Toponym(start, start + 6, "Chibok", None, "test", 1.0)
    assert _eponym(text, t) is expected


def _town_at(text: str, name: str) -> Toponym:
    from sitrep.types import Place

    start = text.index(name)
    place = Place(name, 1.0, 1.0, "Nigeria", "NG", feature_class="P", feature_code="PPL")
    return Toponym(start, start + len(name), name, place, "test", 1.0)


@pytest.mark.parametrize("text, name, precision", [
    ("Gunmen attacked Jakana town in Konduga local government area, killing 42.", "Konduga", 2),
    ("Fighters attacked Arbokko in Gwoza LGA.", "Gwoza", 2),
    ("A raid on a hideout around the Damboa axis.", "Damboa", 2),
    ("Gunmen attacked a vehicle along the Maiduguri-Damaturu highway.", "Maiduguri", 2),
    ("Gunmen attacked a vehicle along the Maiduguri-Damaturu highway.", "Damaturu", 2),
    ("Youths barricaded the Aba/Port Harcourt road.", "Port Harcourt", 2),
    ("Gunmen attacked a vehicle in Maiduguri on Monday.", "Maiduguri", 1),
    ("Police in Damaturu-based units said the road was closed.", "Damaturu", 1),
])
def test_a_town_that_names_its_area_or_a_road_is_only_near_the_event(text, name, precision):
    from sitrep.geo.eventplace import precision_of

    assert precision_of(text, _town_at(text, name)) == precision


def test_a_road_end_gives_way_to_the_town_on_the_road(gazetteer):
    doc = _doc("Gunmen ambushed a convoy on the Kano-Maiduguri highway at Potiskum, killing four.", gazetteer)
    assert _first(doc)[0].name == "Potiskum"
    alone = _doc("Gunmen ambushed a convoy on the Kano-Maiduguri highway, killing four.", gazetteer)
    assert _first(alone)[0].name in ("Kano", "Maiduguri") and _first(alone)[1] == 2
