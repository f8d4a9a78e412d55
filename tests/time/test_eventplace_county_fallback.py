"""An event whose article names no town: the county the article names most, before the country."""

from __future__ import annotations

from eventplace_docs import hand_doc, us_town

from sitrep.geo.eventplace import event_place
from sitrep.types import Place

US = Place("United States", 39.76, -98.5, "United States", "US", None, None, "A", "PCLI", 327_000_000)
MILWAUKEE_CO = Place("Milwaukee County", 43.02, -87.97, "United States", "US", "Wisconsin", None, "A", "ADM2", 950_000)
SHEBOYGAN_CO = Place("Sheboygan County", 43.75, -87.85, "United States", "US", "Wisconsin", None, "A", "ADM2", 110_000)
BROOKFIELD = us_town("Brookfield", "Wisconsin", 43.06, -88.11)

TEXT = ("A baby girl was shot on the freeway on Saturday. The Milwaukee County Sheriff said the car was hit "
        "near Capitol Drive. Deputies of Milwaukee County and Sheboygan County searched. The Milwaukee County "
        "Sheriff asked for help")


def _doc(places):
    return hand_doc(TEXT, {"United States": (US, 0.9), **places})


def test_the_county_named_most_stands_for_a_report_without_a_town():
    doc = _doc({"Milwaukee County": (MILWAUKEE_CO, 0.9), "Sheboygan County": (SHEBOYGAN_CO, 0.9)})
    place, precision, reason = event_place(doc, [(0, 47)])
    assert (place.name, precision) == ("Milwaukee County", 3), reason
    assert "county" in reason


def test_a_town_of_the_article_still_comes_before_its_county():
    text_town = TEXT.replace("near Capitol Drive", "in Brookfield").replace("The Milwaukee County Sheriff asked",
                                                                            "Brookfield police asked")
    doc = hand_doc(text_town, {"Milwaukee County": (MILWAUKEE_CO, 0.9), "Brookfield": (BROOKFIELD, 0.99)})
    place, _, reason = event_place(doc, [(0, 47)])
    assert place.name == "Brookfield", reason


def test_without_a_county_the_country_remains():
    place, precision, _ = event_place(hand_doc(TEXT.replace("County", "office"), {}), [(0, 47)])
    assert place is None or (place.feature_code == "PCLI" and precision == 3)
