"""event_place choosing among the places of a local report: street corners, outlet names, towns
read in another state, "died after being shot in X", a dateline glued to a scraped title.

Documents are built by hand (toponyms with their resolved places), as the geoparser would give them.
"""

from __future__ import annotations

from sitrep.geo.eventplace import event_place
from sitrep.types import Doc, Place

from eventplace_docs import hand_doc, us_town

_town = us_town


MILWAUKEE = _town("Milwaukee", "Wisconsin", 43.04, -87.91)
KENOSHA = _town("Kenosha", "Wisconsin", 42.58, -87.82)
HAMPTON = _town("Hampton", "Virginia", 37.03, -76.35)
SHERIDAN = _town("Sheridan", "Wyoming", 44.80, -106.96)
ZION = _town("Zion", "Illinois", 42.45, -87.83)
LOS_ANGELES = _town("Los Angeles", "California", 34.05, -118.24)
IRWINDALE = _town("Irwindale", "California", 34.11, -117.94)
INDIANAPOLIS = _town("Indianapolis", "Indiana", 39.77, -86.16)
CARMEL = _town("Carmel", "Indiana", 39.98, -86.12)
INDIANA = Place("Indiana", 40.0, -86.25, "United States", "US", "Indiana", None, "A", "ADM1", 6_000_000)


_doc = hand_doc


def _first_sentence(doc: Doc) -> list[tuple[int, int]]:
    s = doc.sentences[0]
    return [(s.start, s.end)]


def test_street_corner_is_not_the_event_town() -> None:
    text = ("Two men were hurt in a shooting near 48th & Hampton on Tuesday. Milwaukee police said "
            "the Milwaukee men were taken to a hospital")
    doc = _doc(text, {"Hampton": (HAMPTON, 0.99), "Milwaukee": (MILWAUKEE, 0.99)})
    place, precision, reason = event_place(doc, _first_sentence(doc))
    assert place.name == "Milwaukee" and precision == 2, reason
    other = "A man was shot near Hampton and 48th on Friday. Milwaukee police said the Milwaukee man lived"
    corner = _doc(other, {"Hampton": (HAMPTON, 0.99), "Milwaukee": (MILWAUKEE, 0.99)})
    assert event_place(corner, _first_sentence(corner))[0].name == "Milwaukee"
    plain = _doc("A man was shot in Hampton on Tuesday", {"Hampton": (HAMPTON, 0.99)})
    assert event_place(plain, _first_sentence(plain))[0].name == "Hampton"


def test_doubtful_town_of_another_state_gives_way_to_the_reports_town() -> None:
    text = "A man was shot in Sheridan on Tuesday. Police in Milwaukee said the Milwaukee man died. Kenosha officers helped"
    names = {"Sheridan": (SHERIDAN, 0.61), "Milwaukee": (MILWAUKEE, 0.99), "Kenosha": (KENOSHA, 0.99)}
    place, _, reason = event_place(_doc(text, names), [(0, 37)])
    assert place.name == "Milwaukee", reason
    # even a sure reading gives way when the town lies far from every other place named, in a state
    # the article never names, and the others outnumber it: a local name read as a far small town
    sure = {**names, "Sheridan": (SHERIDAN, 0.99)}
    assert event_place(_doc(text, sure), [(0, 37)])[0].name == "Milwaukee"
    # a town of another state near the others: doubtful, it gives way; sure, it stands
    near = text.replace("Sheridan", "Zion")
    doubtful = {"Zion": (ZION, 0.61), "Milwaukee": (MILWAUKEE, 0.99), "Kenosha": (KENOSHA, 0.99)}
    assert event_place(_doc(near, doubtful), [(0, 33)])[0].name == "Milwaukee"
    assert event_place(_doc(near, {**doubtful, "Zion": (ZION, 0.99)}), [(0, 33)])[0].name == "Zion"
    alone = {"Sheridan": (SHERIDAN, 0.61), "Kenosha": (KENOSHA, 0.99)}  # one other name is no consensus
    assert event_place(_doc(text, alone), [(0, 37)])[0].name == "Sheridan"


def test_outlet_name_and_died_after_being_shot_in() -> None:
    text = ("Ana Diaz, 28 - The Homicide Report - Los Angeles TimesAna Diaz died Monday after being "
            "shot in Irwindale, according to records")
    doc = _doc(text, {"Los Angeles": (LOS_ANGELES, 1.0), "Irwindale": (IRWINDALE, 0.99)})
    place, precision, reason = event_place(doc, [(0, len(text))])
    assert (place.name, precision) == ("Irwindale", 1), reason


def test_glued_dateline_town_is_the_fallback_before_the_most_named_town() -> None:
    text = ("Man hurt in east side shooting | Fox 99INDIANAPOLIS, Ind. (Example) — A man was shot on "
            "the east side. Indianapolis police and Carmel officers responded. The Carmel unit left")
    doc = _doc(text, {"Ind.": (INDIANA, 0.99), "Indianapolis": (INDIANAPOLIS, 0.99), "Carmel": (CARMEL, 0.99)})
    place, precision, reason = event_place(doc, _first_sentence(doc))
    assert (place.name, precision) == ("Indianapolis", 2), reason
    assert "dateline" in reason


MARVIN = _town("Marvin", "North Carolina", 34.99, -80.81)
SOUTH_CAROLINA = Place("South Carolina", 34.0, -81.0, "United States", "US", "South Carolina", None, "A", "ADM1", 5_000_000)
CHARLESTON_COUNTY = Place("Charleston County", 32.8, -79.9, "United States", "US", "South Carolina", None, "A", "ADM2")


def test_towns_outside_the_datelines_state_are_not_the_fallback() -> None:
    text = ("Man killed in barbershop shooting | WXYZCHARLESTON, S.C. (WXYZ) — A man died Friday after a "
            "shooting at a barber shop. Marvin Lee, 40, of Charleston County was arrested. Marvin Lee denies it")
    doc = _doc(text, {"S.C.": (SOUTH_CAROLINA, 0.99), "Marvin": (MARVIN, 0.99),
                      "Charleston County": (CHARLESTON_COUNTY, 0.99)})
    place, precision, reason = event_place(doc, _first_sentence(doc))
    assert (place.name, precision) == ("South Carolina", 3), reason
    assert "dateline's region" in reason
