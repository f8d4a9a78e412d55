"""Event places: a neighbourhood the gazetteer lacks, read as a namesake far from the city the
article names, gives way to that city (hand-built docs)."""

from geo_places import hand_place, named_doc, sentence_of
from sitrep.geo.eventplace import doc_country, event_place

CINCINNATI = hand_place("Cincinnati", 39.16, -84.46, "US", "Ohio", pop=311_000)
MADISONVILLE_KY = hand_place("Madisonville", 37.33, -87.50, "US", "Kentucky", pop=19_500)
NASHVILLE = hand_place("Nashville", 36.17, -86.78, "US", "Tennessee", pop=689_000)
BORDEAUX_FR = hand_place("Bordeaux", 44.84, -0.58, "FR", "Nouvelle-Aquitaine", pop=265_000)
WASHINGTON = hand_place("Washington", 38.90, -77.04, "US", "District of Columbia", pop=700_000, fcode="PPLC")
PONCA_CITY = hand_place("Ponca City", 36.71, -97.09, "US", "Oklahoma", pop=24_800)
BOWLING_GREEN = hand_place("Bowling Green", 36.99, -86.44, "US", "Kentucky", pop=60_000)


_doc, _span = named_doc, sentence_of


def test_a_far_namesake_of_a_neighbourhood_gives_way_to_the_city():
    text = ("A boy was fatally shot in Madisonville on Saturday.\nThe boy died in Madisonville, "
            "Cincinnati officers said.")
    doc = _doc(text, {"Madisonville": MADISONVILLE_KY, "Cincinnati": CINCINNATI})
    place, precision, reason = event_place(doc, _span(doc, "fatally shot"))
    assert (place.name, place.admin1, precision) == ("Cincinnati", "Ohio", 2)
    assert "Cincinnati" in reason


def test_a_place_abroad_beside_a_home_city_gives_way_to_it_and_does_not_make_the_country():
    text = ("A teen was found shot to death in Bordeaux on Tuesday.\nBordeaux residents gathered. "
            "Bordeaux is quiet, Nashville police said.")
    doc = _doc(text, {"Bordeaux": BORDEAUX_FR, "Nashville": NASHVILLE})
    place, _, _ = event_place(doc, _span(doc, "shot to death"))
    assert (place.name, place.country_code) == ("Nashville", "US")


def test_the_namesake_stays_when_its_state_is_named_too():
    text = ("A boy was fatally shot in Madisonville on Saturday.\nHe was flown from Bowling Green to "
            "Cincinnati.")
    doc = _doc(text, {"Madisonville": MADISONVILLE_KY, "Cincinnati": CINCINNATI, "Bowling Green": BOWLING_GREEN})
    place, precision, _ = event_place(doc, _span(doc, "fatally shot"))
    assert (place.name, place.admin1, precision) == ("Madisonville", "Kentucky", 1)


def test_a_town_with_its_own_police_is_a_town():
    text = "Madisonville police said a man was shot in Madisonville.\nHe was flown to Cincinnati."
    doc = _doc(text, {"Madisonville": MADISONVILLE_KY, "Cincinnati": CINCINNATI})
    place, _, _ = event_place(doc, _span(doc, "was shot"))
    assert (place.name, place.admin1) == ("Madisonville", "Kentucky")


def test_a_national_capital_shadows_no_town():
    text = "A man was shot in Ponca City on Friday.\nPonca City is small. Lawmakers in Washington debated gun laws."
    doc = _doc(text, {"Ponca City": PONCA_CITY, "Washington": WASHINGTON})
    place, _, _ = event_place(doc, _span(doc, "was shot"))
    assert (place.name, place.admin1) == ("Ponca City", "Oklahoma")


def test_doc_country_skips_what_it_is_told_to_skip():
    text = "Bordeaux. Bordeaux. Bordeaux. Nashville."
    doc = _doc(text, {"Bordeaux": BORDEAUX_FR, "Nashville": NASHVILLE})
    assert doc_country(doc).country_code == "FR"
    assert doc_country(doc, lambda d, t: t.text == "Bordeaux").country_code == "US"


def test_outside_the_state_naming_press_a_far_town_keeps_its_reading():
    mosul = hand_place("Mosul", 36.34, 43.13, "US", "Nineveh", pop=1_700_000)
    tikrit = hand_place("Tikrit", 34.61, 43.68, "US", "Salah ad Din", pop=40_000)
    text = "Fighters met in Mosul.\nFive soldiers were killed in Tikrit on Monday."
    us = _doc(text, {"Mosul": mosul, "Tikrit": tikrit})
    assert event_place(us, _span(us, "Five soldiers"))[0].name == "Mosul"  # a US-like pair: shadowed
    iq = _doc(text, {"Mosul": _abroad(mosul), "Tikrit": _abroad(tikrit)})
    assert event_place(iq, _span(iq, "Five soldiers"))[0].name == "Tikrit"


def _abroad(p):
    from dataclasses import replace

    return replace(p, country="Iraq", country_code="IQ")
