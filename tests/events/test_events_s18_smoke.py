"""Session 18 smoke: 41 short articles of our own in shapes the s16 and s17 fixtures lack: roundups
(two or three events of different days, places and types in one story, "Separately, ...",
"Elsewhere in the province, ..."), one event told over many sentences with its toll updated and
an older attack recalled, communiqué, UN/OCHA and transcript styles, headlines unlike their body,
and seven articles with no event (a verdict, talks to come, a threat, a vow, an analysis, an
anniversary, a trial). Conflicts: Sudan, DR Congo, Nigeria, Russia/Ukraine, Myanmar, Gaza,
Lebanon, Syria, Yemen, Pakistan, Afghanistan, India, Indonesia, Niger, Mali, Burkina Faso,
Somalia, Ethiopia, Kenya, Mozambique, Colombia, Mexico, Haiti, Ecuador.

The expectations were committed before the first run (commit 58ed02b); "note" marks the one
corrected afterwards (Minova: taken after the troops withdrew, a non-violent transfer).
Blind (code of HEAD dcaaf85): type 44, sub 42, actor1 44, actor2 41, location 34, country 48,
date 43, fatalities 43 of 49 (Minova then counted as a type miss), 21 extras. After this round's
typing and grouping fixes: 49, 48, 43, 43, 35, 48, 44, 44; 11 extras. Floors one below."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

_SCORE = Path(__file__).resolve().parent / "s18_smoke" / "score.py"
_spec = importlib.util.spec_from_file_location("s18_smoke_score", _SCORE)
s18 = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = s18  # its dataclasses look their module up
_spec.loader.exec_module(s18)

FLOORS = {
    "type": 48, "sub": 47, "actor1": 42, "actor2": 42,
    "location": 34, "country": 47, "date": 43, "fatalities": 43,
}
MAX_EXTRAS = 12


@pytest.fixture(scope="module")
def scored():
    from sitrep.events.runner import EventRunner
    from sitrep.settings import Settings

    return s18.score(EventRunner(), Settings().min_confidence)


def test_every_field_stays_above_its_floor(scored):
    t = s18.totals(scored)
    assert t["expected"] == 49
    for field, floor in FLOORS.items():
        assert t[field] >= floor, (field, t[field])
    assert t["extras"] <= MAX_EXTRAS


def test_roundups_give_one_draft_per_event(scored):
    roundups = [s for s in scored if len(s.expected) >= 2]
    assert len(roundups) >= 12
    wrong = {s.article: (len(s.expected), len(s.got)) for s in roundups if len(s.got) != len(s.expected)}
    assert len(wrong) <= 1, wrong


def test_no_event_articles_report_nothing_of_their_own_days(scored):
    published = {a["id"]: date.fromisoformat(a["published"]) for a in s18.articles()}
    quiet = [s for s in scored if not s.expected]
    assert len(quiet) == 7
    # recalled events keep their own old dates (a verdict's crimes, an anniversary's killings)
    recent = {
        s.article: g["date"]
        for s in quiet
        for g in s.got
        if g["date"] is None or (published[s.article] - date.fromisoformat(g["date"])).days <= 3
    }
    assert recent == {}
    assert sum(len(s.got) for s in quiet) <= 6
    silent = {s.article for s in quiet if not s.got}
    assert {"cd-doha-talks", "sahel-analysis"} <= silent


def test_the_shared_scorer_folds_places():
    assert s18.field_ok("location", {"location": "Tibu"}, {"location": "Tibú"})
    assert not s18.field_ok("location", {"location": "Gondar"}, {"location": "Gonder"})
    assert s18.field_ok("country", {"country": "Palestine"}, {"country_code": "PS"})
