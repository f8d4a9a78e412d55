"""Event places: small towns far from every other place named, misread local names (hand-built docs)."""

from dataclasses import replace

from geo_places import hand_place, named_doc, sentence_of
from sitrep.geo.eventplace import event_place

BIRMINGHAM = hand_place("Birmingham", 33.52, -86.80, "US", "Alabama", pop=200_000)
ENSLEY_FL = hand_place("Ensley", 30.52, -87.27, "US", "Florida", pop=20_000)
HOUSTON = hand_place("Houston", 29.76, -95.36, "US", "Texas", pop=2_000_000)
HAPPY_TX = hand_place("Happy", 34.74, -101.86, "US", "Texas", pop=700)
SILVER_CITY = hand_place("Silver City", 32.77, -108.28, "US", "New Mexico", pop=10_000)
EL_PASO = hand_place("El Paso", 31.76, -106.49, "US", "Texas", pop=680_000)
HILLTOP_MN = hand_place("Hilltop", 45.05, -93.25, "US", "Minnesota", pop=750)


_doc, _span = named_doc, sentence_of


def test_a_far_small_town_of_an_unnamed_state_gives_way_to_the_report_town():
    text = ("Birmingham police made an arrest on Monday.\nThe mayor of Birmingham spoke about the fatal "
            "shooting in Ensley on Saturday.")
    doc = _doc(text, {"Birmingham": BIRMINGHAM, "Ensley": ENSLEY_FL})
    place, precision, reason = event_place(doc, _span(doc, "shooting"))
    assert place.name == "Birmingham"
    assert "Ensley" not in reason


def test_the_same_town_near_the_others_stays_the_event_place():
    near = hand_place("Ensley", 33.51, -86.89, "US", "Alabama", pop=20_000)
    text = "Birmingham police made an arrest.\nThe mayor of Birmingham spoke about the shooting in Ensley."
    doc = _doc(text, {"Birmingham": BIRMINGHAM, "Ensley": near})
    place, precision, _ = event_place(doc, _span(doc, "shooting"))
    assert (place.name, place.admin1, precision) == ("Ensley", "Alabama", 1)


def test_a_town_named_more_often_than_the_other_state_is_kept():
    # a small town of New Mexico named three times, El Paso twice: the report is the town's
    text = ("Silver City police said a man was shot in Silver City on Sunday.\nHe was flown to El Paso. "
            "El Paso doctors treated him.\nSilver City officers are investigating.")
    doc = _doc(text, {"Silver City": SILVER_CITY, "El Paso": EL_PASO})
    place, _, _ = event_place(doc, _span(doc, "was shot"))
    assert place.name == "Silver City"


def test_a_venue_name_far_from_the_report_town_is_no_event_place_even_in_the_same_state():
    text = "Houston police said.\nA teen was shot at the Happy Village apartments in the night."
    doc = _doc(text, {"Houston": HOUSTON, "Happy": HAPPY_TX})
    place, precision, _ = event_place(doc, _span(doc, "was shot"))
    assert place.name == "Houston"
    assert precision == 2  # the town of the report, not of the event's sentence


def test_a_lone_town_is_kept():
    doc = _doc("Family, neighbours wait for answers after Hilltop fatal shootings.", {"Hilltop": HILLTOP_MN})
    place, precision, _ = event_place(doc, _span(doc, "shootings"))
    assert (place.name, precision) == ("Hilltop", 1)  # nothing in the text says it is misread


def test_a_landmark_far_from_the_towns_named_stays_the_event_place():
    refinery = replace(hand_place("Baiji refinery", 34.93, 43.49, "US", "Salah ad Din", pop=0),
                       feature_class="S", feature_code="OILR")
    text = "Houston was calm. Houston police said.\nMilitants attacked the refinery on Monday."
    doc = _doc(text, {"Houston": HOUSTON, "refinery": refinery})
    place, _, _ = event_place(doc, _span(doc, "attacked"))
    assert place.feature_code == "OILR"


BATON_ROUGE = hand_place("Baton Rouge", 30.45, -91.15, "US", "Louisiana", pop=230_000)
MARKSVILLE = hand_place("Marksville", 31.13, -92.07, "US", "Louisiana", pop=5_600)
PORT_ALLEN = hand_place("Port Allen", 30.45, -91.21, "US", "Louisiana", pop=5_000)


def test_a_wire_dateline_gives_way_to_the_town_the_story_is_about():
    text = ("BATON ROUGE, La. (AP) — Two marshals face charges in Marksville.\nThe Marksville case "
            "drew attention.\nA boy was killed by gunfire that night.")
    doc = _doc(text, {"BATON ROUGE": BATON_ROUGE, "Marksville": MARKSVILLE})
    place, precision, reason = event_place(doc, _span(doc, "was killed"))
    assert (place.name, precision) == ("Marksville", 2)
    assert "names most" in reason


def test_a_dateline_keeps_the_event_when_the_other_town_is_its_neighbour():
    text = ("BATON ROUGE, La. (AP) — Deputies searched Port Allen.\nThe Port Allen case drew attention.\n"
            "A boy was killed by gunfire that night.")
    doc = _doc(text, {"BATON ROUGE": BATON_ROUGE, "Port Allen": PORT_ALLEN})
    place, _, reason = event_place(doc, _span(doc, "was killed"))
    assert place.name == "Baton Rouge" and "dateline" in reason
