"""Places round 8 (session 17b): a town a distance is measured from is the event's place when the
sentence names no other town; a capital's dateline does not push a town of another province out of
the event's sentence; a name glued by a hyphen to a lower-case word is the start of a longer name."""

from __future__ import annotations

import re

import pytest

from sitrep.geo.detect import Mention, _glued_tail
from sitrep.geo.eventplace import event_place
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings
from sitrep.types import Article, Doc, Sentence


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _doc(text, gaz):
    sents = tuple(Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.\n]+[.]?", text) if m.group().strip())
    sents = tuple(Sentence(s.start + (len(s.text) - len(s.text.lstrip())), s.end, s.text.strip()) for s in sents)
    return Doc(Article("t", text, "h"), sentences=sents, toponyms=geoparse(text, gaz, sents))


def _place_of(text, needle, gaz):
    doc = _doc(text, gaz)
    i = text.index(needle)
    s = next(s for s in doc.sentences if s.start <= i < s.end)
    return event_place(doc, [(s.start, s.end)])


# ---- "N km <direction> of X" ----------------------------------------------------------------------

@pytest.mark.parametrize("text, needle, name, cc", [
    ("MOGADISHU — The U.S. military said its air strike hit militants in hills about 60 km south of "
     "Bosaso on Monday. U.S. Africa Command said no civilians were hurt. The U.S. has struck there before.",
     "air strike", "Bosaso", "SO"),
    ("KABUL — American drones struck a compound some 40 kilometres east of Jalalabad, a U.S. official "
     "said. The U.S. embassy gave no toll. Washington has kept up such strikes.",
     "drones", "Jalalabad", "AF"),
    ("Kenyan jets bombed a camp 30 miles north of Kismayo, the Kenyan army said. Kenya said the raid "
     "killed a dozen fighters. Nairobi gave no names.",
     "bombed", "Kismayo", "SO"),
])
def test_a_distance_is_measured_from_the_event_town(text, needle, name, cc, gazetteer):
    place, precision, reason = _place_of(text, needle, gazetteer)
    assert (place.name, place.country_code, precision) == (name, cc, 2), reason


def test_a_distance_reference_still_yields_to_the_town_named(gazetteer):
    text = "Militants overran Haditha, about 240 kilometres northwest of Baghdad, on Friday."
    place, _, _ = _place_of(text, "overran", gazetteer)
    assert place.name in ("Haditha", "Hadithah")  # GeoNames' spelling is kept for a close variant


# ---- a capital's dateline against a town of the sentence ----------------------------------------

@pytest.mark.parametrize("text, needle, name, cc", [
    ("TRIPOLI — Gunmen loyal to a rival government seized two journalists at a cafe in Misrata on "
     "Wednesday, colleagues said.", "seized", "Misratah", "LY"),  # GeoNames' spelling
    ("LIMA — Police fired tear gas at farmers blocking the highway near Juliaca on Tuesday, local "
     "radio said.", "tear gas", "Juliaca", "PE"),
    ("BOGOTA — Dissident rebels killed three soldiers in an ambush in Tame, in Arauca, on Sunday, "
     "the army said.", "ambush", "Tame", "CO"),
    ("KHARTOUM — Paramilitary fighters looted the market of Kosti on Friday, residents said.",
     "looted", "Kosti", "SD"),
])
def test_a_town_of_the_sentence_beats_the_capital_dateline(text, needle, name, cc, gazetteer):
    place, _, reason = _place_of(text, needle, gazetteer)
    assert (place.name, place.country_code) == (name, cc), reason


# ---- hyphens -------------------------------------------------------------------------------------

def _mention(text, word):
    i = text.index(word)
    return Mention(i, i + len(word), word, word.lower())


@pytest.mark.parametrize("text, word, glued", [
    ("Troops clashed with rebels in the village of Lao-angan in Las Navas.", "Lao", True),
    ("A Kano-based trader was abducted near Zaria.", "Kano", False),
    ("Russian troops shelled the Kherson-held bank of the river.", "Kherson", False),
    ("Fighting reached Tal-abyad overnight.", "Tal", True),
])
def test_a_name_glued_to_a_lower_case_word(text, word, glued):
    assert _glued_tail(text, _mention(text, word)) is glued


def test_hyphen_glued_village_gives_way_to_its_municipality(gazetteer):
    text = "Soldiers and communist rebels clashed in the village of Lao-angan in Las Navas, Northern Samar, on Sunday."
    names = [t.text for t in geoparse(text, gazetteer) if t.place is not None]
    assert "Lao" not in names and "Las Navas" in names


# ---- "near the <people> border" ------------------------------------------------------------------

def _placed(text, name, gaz):
    found = [t for t in geoparse(text, gaz) if t.text == name]
    return found[0].place if found else None


@pytest.mark.parametrize("text, name, cc", [
    ("Jihadists overran a military camp in Nara near the Mauritanian border on Sunday.", "Nara", "ML"),
    ("Smugglers clashed with soldiers near Tessalit, close to the Algerian border.", "Tessalit", "ML"),
])
def test_a_border_named_by_its_people_weighs_the_neighbours(text, name, cc, gazetteer):
    p = _placed(text, name, gazetteer)
    assert p is not None and p.country_code == cc


def test_border_countries_reads_the_demonym_before_border():
    from sitrep.geo.borders import border_countries, neighbours

    text = "Fighting flared near the Sudanese border, and a Chadian official spoke."
    i = text.index("Sudanese")
    j = text.index("Chadian")
    told = border_countries(text, [(i, i + 8, "SD"), (j, j + 7, "TD")])
    assert {"SD", "TD", "SS", "CF", "ET"} <= told  # Chad is Sudan's neighbour, not named as a border
    assert "NG" not in told  # Chad's neighbour: the Chadian demonym names no border
    assert all(cc in neighbours().get(other, ()) for cc, others in neighbours().items() for other in others
               if other in neighbours())  # the table is symmetric where both rows exist


# ---- gazetteer geo-30 rows -----------------------------------------------------------------------

@pytest.mark.parametrize("text, name, shown, cc", [
    ("Security forces killed two militants in Konna, in central Mali.", "Konna", "Konna", "ML"),
    ("Gunmen threw a grenade at a store in Cotabato City on Monday.", "Cotabato City", "Cotabato City", "PH"),
    ("Sudan's army said it had recaptured Wad Madani from the paramilitaries.", "Wad Madani", "Wad Madani", "SD"),
    ("Paramilitary fighters shelled Wad Medani overnight, Sudanese doctors said.", "Wad Medani", "Wad Madani", "SD"),
])
def test_session_17b_gazetteer_rows(text, name, shown, cc, gazetteer):
    p = _placed(text, name, gazetteer)
    assert p is not None and (p.name, p.country_code) == (shown, cc)
