"""geo.event_place on hand-built documents: reference points, datelines, a local report's town."""

from __future__ import annotations

import re

from sitrep.geo.eventplace import REFERENCE_BEFORE, event_place
from sitrep.types import Article, Doc, Place, Sentence, Toponym

NG = dict(country="Nigeria", country_code="NG")
US = dict(country="United States", country_code="US")
PLACES = {
    "Maiduguri": Place("Maiduguri", 11.85, 13.16, admin1="Borno", geonameid=1, feature_class="P", feature_code="PPLA", **NG),
    "Gwoza": Place("Gwoza", 11.08, 13.69, admin1="Borno", geonameid=2, feature_class="P", feature_code="PPL", **NG),
    "Nigeria": Place("Nigeria", 10.0, 8.0, geonameid=3, feature_class="A", feature_code="PCLI", **NG),
    "Borno": Place("Borno", 11.5, 13.0, admin1="Borno", geonameid=4, feature_class="A", feature_code="ADM1", **NG),
    "Dayton": Place("Dayton", 39.76, -84.19, admin1="Ohio", geonameid=5, feature_class="P", feature_code="PPL", **US),
    "Ohio": Place("Ohio", 40.2, -82.7, admin1="Ohio", geonameid=6, feature_class="A", feature_code="ADM1", **US),
    "Pimlico": Place("Pimlico", 51.49, -0.14, country="United Kingdom", country_code="GB", admin1="England", geonameid=8, feature_class="P", feature_code="PPLX"),
    "Kettering": Place("Kettering", 39.69, -84.17, admin1="Ohio", geonameid=7, feature_class="P", feature_code="PPL", **US),
}


def _doc(text: str) -> Doc:
    sents = tuple(
        Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.\n]+\.?", text) if m.group().strip()
    )
    sents = tuple(Sentence(s.start + len(s.text) - len(s.text.lstrip()), s.end, s.text.strip()) for s in sents)
    names = "|".join(sorted(PLACES, key=len, reverse=True))
    tops = tuple(
        Toponym(m.start(), m.end(), m.group(), PLACES[m.group().title()])
        for m in re.finditer(rf"\b(?i:{names})\b", text)
    )
    return Doc(Article("t", text, "h"), sentences=sents, toponyms=tops)


def _span(doc: Doc, needle: str) -> list[tuple[int, int]]:
    i = doc.article.text.index(needle)
    s = next(s for s in doc.sentences if s.start <= i < s.end)
    return [(s.start, s.end)]


def test_distance_and_direction_make_a_reference_point():
    for before in ("about 270 kilometers (about 168 miles) northwest of ", "40 km south of the ", "20 miles from "):
        assert REFERENCE_BEFORE.search(before), before
    assert not REFERENCE_BEFORE.search("fighting in ")
    doc = _doc("Troops withdrew from Gwoza, about 130 kilometers southeast of Maiduguri.")
    place, precision, _ = event_place(doc, _span(doc, "withdrew"))
    assert (place.name, precision) == ("Gwoza", 1)


def test_dateline_is_the_reporting_place_not_the_event_place():
    text = "MAIDUGURI, Nigeria — Gunmen attacked the town of Gwoza on Monday, killing nine villagers."
    doc = _doc(text)
    place, _, reason = event_place(doc, _span(doc, "Gunmen"))
    assert place.name == "Gwoza", reason


def test_dateline_is_a_last_resort_before_the_country():
    doc = _doc("MAIDUGURI, Nigeria — Gunmen killed nine villagers on Monday, residents said.")
    place, precision, reason = event_place(doc, _span(doc, "Gunmen"))
    assert (place.name, precision) == ("Maiduguri", 2) and "dateline" in reason


def test_a_local_report_names_its_town_in_a_later_paragraph():
    text = (
        "A man was shot and killed early Sunday, police said.\n"
        "Officers found the victim in a parked car.\n"
        "Dayton police asked witnesses to call the Dayton homicide unit."
    )
    doc = _doc(text)
    place, precision, reason = event_place(doc, _span(doc, "shot and killed"))
    assert (place.name, precision) == ("Dayton", 2), reason


def test_a_state_named_in_the_sentence_takes_the_reports_town_inside_it():
    text = "Two teens were wounded in a shooting in Ohio on Friday.\nKettering police said both would recover."
    doc = _doc(text)
    place, precision, _ = event_place(doc, _span(doc, "wounded"))
    assert (place.name, precision) == ("Kettering", 2)


def test_a_country_named_in_the_sentence_stays_the_country():
    text = "Militiamen say they killed 40 fighters in Nigeria.\nMaiduguri was calm. Gwoza too. Maiduguri again."
    doc = _doc(text)
    place, precision, _ = event_place(doc, _span(doc, "Militiamen"))
    assert (place.name, precision) == ("Nigeria", 3)


def test_a_report_about_many_towns_has_no_town_of_its_own():
    towns = ["Maiduguri", "Gwoza", "Dayton", "Kettering"] * 2
    text = "Nine villagers were killed on Monday.\n" + "\n".join(f"Officials in {t} met." for t in towns)
    doc = _doc(text)
    _, precision, reason = event_place(doc, _span(doc, "Nine villagers"))
    assert precision == 3, reason


def test_a_lone_foreign_reading_in_a_local_report_is_no_event_place():
    text = (
        "Two men were shot near Pimlico on Saturday night.\n"
        "Dayton police said the victims were taken to a Dayton hospital.\n"
        "Officers from Kettering and Dayton searched the area."
    )
    doc = _doc(text)
    place, _, reason = event_place(doc, _span(doc, "Two men"))
    assert place.country_code == "US" and place.name == "Dayton", reason
