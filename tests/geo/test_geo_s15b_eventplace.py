"""The event's place, session 15b: a capital speaking for its government ("Kyiv says", "as Moscow kept
up its attacks") is no place of the event; a hospital that is the target ("shelling hit the Saudi
hospital in El Fasher") leaves its town the event's place."""

from __future__ import annotations

import re

from sitrep.geo.eventplace import event_place
from sitrep.types import Article, Doc, Place, Sentence, Toponym

_COUNTRIES = {"UA": "Ukraine", "RU": "Russia", "IR": "Iran", "IQ": "Iraq", "SD": "Sudan", "ML": "Mali"}


def hand_place(name, lat, lon, cc, admin1, fcode="PPL", pop=10_000) -> Place:
    fclass = "P" if fcode.startswith("PPL") else "A"
    return Place(name, lat, lon, _COUNTRIES[cc], cc, admin1, None, fclass, fcode, pop)


KYIV = hand_place("Kyiv", 50.45, 30.52, "UA", "Kyiv City", fcode="PPLC", pop=2_900_000)
ODESA = hand_place("Odesa", 46.48, 30.73, "UA", "Odesa Oblast", pop=1_000_000)
MOSCOW = hand_place("Moscow", 55.75, 37.62, "RU", "Moscow", fcode="PPLC", pop=10_000_000)
KHARKIV = hand_place("Kharkiv", 49.98, 36.25, "UA", "Kharkiv Oblast", pop=1_400_000)
TEHRAN = hand_place("Tehran", 35.69, 51.42, "IR", "Tehran", fcode="PPLC", pop=7_000_000)
QAIM = hand_place("Al Qaim", 34.37, 41.09, "IQ", "Anbar", pop=75_000)
FASHER = hand_place("El Fasher", 13.63, 25.35, "SD", "North Darfur", pop=250_000)
SUDAN = hand_place("Sudan", 15.0, 30.0, "SD", None, fcode="PCLI", pop=41_000_000)
BAMAKO = hand_place("Bamako", 12.65, -8.0, "ML", "Bamako", fcode="PPLC", pop=1_300_000)
SEGOU = hand_place("Segou", 13.43, -6.26, "ML", "Segou", pop=130_000)


def _doc(text: str, places: dict[str, object]) -> Doc:
    tops = sorted(
        (Toponym(m.start(), m.end(), name, place, "hand", 0.9)
         for name, place in places.items() for m in re.finditer(re.escape(name), text)),
        key=lambda t: t.start,
    )
    sents = [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.\n]+[.\n]?", text) if m.group().strip()]
    return Doc(Article("a", text, "h"), sentences=tuple(sents), toponyms=tuple(tops))


def _where(text: str, places: dict[str, object]):
    place, _, _ = event_place(_doc(text, places), [(0, len(text))])
    return place


def test_a_capital_that_says_is_no_event_place():
    text = "Russian drones hit a power station in Odesa overnight, Kyiv says."
    assert _where(text, {"Odesa": ODESA, "Kyiv": KYIV}).name == "Odesa"


def test_a_capital_that_keeps_up_attacks_is_no_event_place():
    text = "Glide bombs struck a school in Kharkiv on Monday as Moscow kept up its attacks."
    assert _where(text, {"Kharkiv": KHARKIV, "Moscow": MOSCOW}).name == "Kharkiv"


def test_a_capital_that_denies_is_no_event_place():
    text = "Tehran denied any role in the drone strike near Al Qaim that killed two."
    assert _where(text, {"Tehran": TEHRAN, "Al Qaim": QAIM}).name == "Al Qaim"


def test_a_capital_after_a_preposition_is_still_a_place():
    """"officials in Bamako said" is where the speakers are; the event town stays, and a lone
    capital after a preposition is the place."""
    text = "A bomb exploded at a market in Bamako, police said."
    assert _where(text, {"Bamako": BAMAKO}).name == "Bamako"
    text = "Soldiers were killed in Segou, officials of Bamako said."
    assert _where(text, {"Segou": SEGOU, "Bamako": BAMAKO}).name == "Segou"


def test_a_hospital_under_attack_keeps_its_town():
    text = "Shelling hit the Saudi hospital in El Fasher, Sudan, killing nine patients."
    assert _where(text, {"El Fasher": FASHER, "Sudan": SUDAN}).name == "El Fasher"


def test_a_hospital_where_victims_were_taken_is_still_no_event_place():
    text = "Nine wounded were taken to a hospital in El Fasher after the attack in Sudan."
    assert _where(text, {"El Fasher": FASHER, "Sudan": SUDAN}).name == "Sudan"
