"""The event's place: a hospital's town and a stray reading abroad are not where the event happened."""

from __future__ import annotations

import re

from geo_places import hand_place

from sitrep.geo.eventplace import event_place
from sitrep.types import Article, Doc, Sentence, Toponym

TREMONTON = hand_place("Tremonton", 41.71, -112.17, "US", "Utah")
SNOWVILLE = hand_place("Snowville", 41.97, -112.71, "US", "Utah", pop=170)
UTAH = hand_place("Utah", 39.25, -111.75, "US", "Utah", fcode="ADM1", pop=3_000_000)
NASHVILLE = hand_place("Nashville", 36.17, -86.78, "US", "Tennessee", pop=600_000)
BORDEAUX = hand_place("Bordeaux", 44.84, -0.58, "FR", "Nouvelle-Aquitaine", pop=250_000)
FRANCE = hand_place("France", 46.0, 2.0, "FR", None, fcode="PCLI", pop=67_000_000)
TENNESSEE = hand_place("Tennessee", 35.75, -86.25, "US", "Tennessee", fcode="ADM1", pop=6_000_000)


def _doc(text: str, places: dict[str, object]) -> Doc:
    """A document whose every occurrence of each name is a toponym of the given place."""
    tops = sorted(
        (Toponym(m.start(), m.end(), name, place, "hand", 0.9)
         for name, place in places.items() for m in re.finditer(re.escape(name), text)),
        key=lambda t: t.start,
    )
    sents = []
    for m in re.finditer(r"[^.\n]+[.\n]?", text):
        if m.group().strip():
            sents.append(Sentence(m.start(), m.end(), m.group()))
    return Doc(Article("a", text, "h"), sentences=tuple(sents), toponyms=tuple(tops))


def _span(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


def test_geo_gvaplace_hospital_town_is_not_the_event_place():
    text = ("A boy was shot in the foot in Snowville on Friday, Utah deputies said. "
            "The boy was taken to a hospital in Tremonton with a wound that was not life-threatening.")
    doc = _doc(text, {"Snowville": SNOWVILLE, "Tremonton": TREMONTON, "Utah": UTAH})
    place, _, why = event_place(doc, [_span(text, "The boy was taken to a hospital in Tremonton")])
    assert place is not None and place.name == "Snowville"
    assert "Tremonton" not in why


def test_geo_gvaplace_area_hospital_is_not_the_event_place():
    text = "The girl shot Sunday is in a Tremonton area hospital, deputies of Snowville said."
    doc = _doc(text, {"Snowville": SNOWVILLE, "Tremonton": TREMONTON})
    place, _, _ = event_place(doc, [(0, len(text))])
    assert place is not None and place.name == "Snowville"


def test_geo_gvaplace_town_of_the_event_stays():
    text = "A boy was shot in Tremonton on Friday, police said."
    doc = _doc(text, {"Tremonton": TREMONTON})
    place, precision, _ = event_place(doc, [(0, len(text))])
    assert place is TREMONTON and precision == 1


def test_geo_gvaplace_stray_reading_abroad_is_no_event_place():
    text = ("NASHVILLE, Tennessee - A teenager was found shot to death in Bordeaux on Tuesday. "
            "Nashville police said the Bordeaux shooting was the third in Nashville this week.")
    doc = _doc(text, {"NASHVILLE": NASHVILLE, "Nashville": NASHVILLE, "Bordeaux": BORDEAUX,
                      "Tennessee": TENNESSEE})
    place, _, _ = event_place(doc, [_span(text, "A teenager was found shot to death in Bordeaux on Tuesday.")])
    assert place is not None and place.country_code == "US"


def test_geo_gvaplace_place_abroad_stays_when_its_country_is_named():
    text = ("NASHVILLE, Tennessee - A Nashville man was shot dead in Bordeaux, France, on Tuesday. "
            "The Bordeaux police told Nashville relatives on Wednesday.")
    doc = _doc(text, {"NASHVILLE": NASHVILLE, "Nashville": NASHVILLE, "Bordeaux": BORDEAUX,
                      "France": FRANCE, "Tennessee": TENNESSEE})
    place, _, _ = event_place(doc, [_span(text, "A Nashville man was shot dead in Bordeaux, France, on Tuesday.")])
    assert place is BORDEAUX
