"""Places round 9 (session 17c): a bare name the text elsewhere calls a province is the province; an
all-capital dateline followed by a country and no agency ("MOPTI, Mali —") is a place; a name a
distance is measured from, or one the words call a town or city, is the town rather than the division
of the same name."""

from __future__ import annotations

import re

import pytest

from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings
from sitrep.types import Sentence


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _toponyms(text, gaz):
    sents = tuple(Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text))
    return geoparse(text, gaz, sents)


def _at(text, needle, gaz, nth=0):
    """The toponym covering the ``nth`` occurrence of ``needle``."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return next((t for t in _toponyms(text, gaz) if t.start <= i < t.end), None)


# ---- a bare name the text elsewhere calls a province ----------------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("Bomb wounds soldiers in Narathiwat\n\nBANGKOK (wire) — A bomb hit an army patrol in Tak Bai district "
     "of Thailand's Narathiwat province on Sunday, wounding three rangers, police said.", "Narathiwat", "TH"),
    ("Gunmen kill villagers in Pattani\n\nBANGKOK (wire) — Gunmen shot dead two rubber tappers in "
     "Sai Buri district of Thailand's Pattani province on Friday, police said.", "Pattani", "TH"),
])
def test_a_headline_name_the_body_calls_a_province_is_the_province(text, name, cc, gazetteer):
    t = _at(text, name, gazetteer)
    assert t is not None and t.place is not None
    assert (t.place.name, t.place.country_code, t.place.feature_code) == (name, cc, "ADM1"), t.reason


def test_the_town_of_the_name_stays_the_town(gazetteer):
    text = ("Clashes near Narathiwat\n\nBANGKOK (wire) — Insurgents fired on a checkpoint in the town of "
            "Narathiwat on Sunday, wounding a ranger. Narathiwat province has seen years of violence.")
    t = _at(text, "Narathiwat", gazetteer, nth=1)
    assert t.place is not None and t.place.feature_class == "P", t.reason


def test_a_big_capital_named_like_its_state_stays_the_city(gazetteer):
    text = ("Protest in Kano\n\nABUJA (wire) — Hundreds of traders marched in Kano on Monday against new "
            "levies imposed by the Kano State government, witnesses said.")
    t = _at(text, "Kano", gazetteer, nth=1)
    assert t.place is not None and t.place.feature_class == "P", t.reason


# ---- an all-capital dateline with a country and no agency ----------------------------------------

@pytest.mark.parametrize("text, word, name, cc", [
    ("Army repels raid\n\nMOPTI, Mali — Soldiers repelled an attack on an army post on Thursday, killing "
     "several assailants, the army said.", "MOPTI", "Mopti", "ML"),
    ("Drone hits market\n\nKOSTI, Sudan — A drone struck a crowded market on Saturday, killing eight "
     "civilians, medics said.", "KOSTI", "Kosti", "SD"),
    ("Base attacked\n\nDORI, Burkina Faso — Jihadists attacked an army base on Sunday, killing 20 "
     "soldiers, security sources said.", "DORI", "Dori", "BF"),
    ("Gang raid\n\nBENI, Congo (AP) — Rebels armed with machetes killed at least 15 villagers overnight, "
     "local officials said.", "BENI", "Beni", "CD"),
])
def test_an_all_capital_dateline_is_a_place(text, word, name, cc, gazetteer):
    t = _at(text, word, gazetteer)
    assert t is not None and t.place is not None
    assert (t.place.name, t.place.country_code, t.place.feature_class) == (name, cc, "P"), t.reason


def test_a_short_acronym_in_running_text_is_still_no_place(gazetteer):
    text = "Talks stalled\n\nThe NATO summit, held in Vilnius, ended on Wednesday without a deal."
    assert _at(text, "NATO", gazetteer) is None


# ---- a point of reference is the town, not the division of its name -------------------------------

@pytest.mark.parametrize("text, word, cc", [
    ("Front line\n\nADEN (wire) — Houthi fighters shelled government positions 15 kilometres south of "
     "Hodeidah on Monday, killing two soldiers.", "Hodeidah", "YE"),
    ("Port hit\n\nSANAA (wire) — Air strikes hit fuel tanks in the city of Hodeidah on Friday, the "
     "rebel-run health ministry said.", "Hodeidah", "YE"),
    ("Ambush\n\nBAMAKO (wire) — Jihadists ambushed a military convoy about 30 miles north of Gao on "
     "Tuesday, killing five soldiers.", "Gao", "ML"),
    ("Shelling\n\nDAMASCUS (wire) — Fighters shelled a village 12 km west of Quneitra on Friday, a "
     "monitor said.", "Quneitra", "SY"),
])
def test_a_point_of_reference_is_the_town(text, word, cc, gazetteer):
    t = _at(text, word, gazetteer)
    assert t is not None and t.place is not None
    assert (t.place.country_code, t.place.feature_class) == (cc, "P"), t.reason


def test_the_division_named_so_stays_the_division(gazetteer):
    text = "Strikes\n\nSANAA (wire) — Air strikes hit three villages in Hodeidah province on Friday."
    t = _at(text, "Hodeidah", gazetteer)
    assert t.place is not None and t.place.feature_code == "ADM1", t.reason
