"""Session 17 smoke: 53 short articles of our own from conflicts the dev sets and the s16 smoke
lack (Cameroon, Chad, Central African Republic, South Sudan, Libya, Iraq, Iran/Israel, India,
the Philippines, Thailand, Indonesia, Armenia, Ecuador, Brazil, Peru, Georgia, Serbia,
Mozambique, Nigeria, Burundi, Ethiopia, Somalia, Yemen, Lebanon, the West Bank, Syria, Sudan,
Haiti, Burkina Faso, Benin), 23 of the 25 sub-event types and five articles with no event. The
expected records (type, sub-type, actors, town, country, day, toll) were written before the first
run; "note" marks three expectations corrected afterwards (two type slips, one project
convention). Floors on every field, one below the counts of the session's final code, so a
regression anywhere fails."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SCORE = Path(__file__).resolve().parent / "s17_smoke" / "score.py"
_spec = importlib.util.spec_from_file_location("s17_smoke_score", _SCORE)
s17 = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = s17  # its dataclasses look their module up
_spec.loader.exec_module(s17)

# Blind (code before this round, expectations as written): type 42, sub 43, actor1 40, actor2 35,
# location 40, country 47, date 45, fatalities 45 of 48, 14 extras. After this round's fixes:
# 44, 43, 42, 39, 40, 47, 45, 45; 11 extras. After typing round 10 and places round 8 (helpers 91,
# 92): 46, 46, 43, 42, 46, 48, 45, 45; 9 extras. After round 3 (helpers 93, 94: dates, tolls,
# places): 46, 46, 43, 42, 47, 48, 48, 48; 8 extras. Floors one below.
FLOORS = {
    "type": 45, "sub": 45, "actor1": 42, "actor2": 41,
    "location": 46, "country": 47, "date": 47, "fatalities": 47,
}
MAX_EXTRAS = 9


@pytest.fixture(scope="module")
def scored():
    from sitrep.events.runner import EventRunner
    from sitrep.settings import Settings

    return s17.score(EventRunner(), Settings().min_confidence)


def test_every_field_stays_above_its_floor(scored):
    t = s17.totals(scored)
    assert t["expected"] == 48
    for field, floor in FLOORS.items():
        assert t[field] >= floor, (field, t[field])
    assert t["extras"] <= MAX_EXTRAS


def test_articles_with_no_event_stay_quiet_but_for_the_denial(scored):
    quiet = {s.article: len(s.got) for s in scored if not s.expected}
    assert len(quiet) == 5
    # a denial of reports of a clash is still coded, with the claim "denied" (known weakness)
    assert sum(quiet.values()) <= 1, quiet


def test_the_scorer_reads_places_without_accents_or_case():
    assert s17.field_ok("location", {"location": "Mirebalais"}, {"location": "MIREBALAIS"})
    assert s17.field_ok("location", {"location": "Gatumba"}, {"location": "Gatumbá"})
    assert not s17.field_ok("location", {"location": "Wad Madani"}, {"location": "Wad Medani"})
    assert s17.field_ok("country", {"country": "Democratic Republic of Congo"}, {"country_code": "CD"})
    assert not s17.field_ok("date", {"date": "2024-01-02"}, {})
