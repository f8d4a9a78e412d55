"""Quality floors on the development data (../shared), with a small tolerance. A change that
lowers a floor must say so. Run with ``pytest -m slow tests/events``."""

from __future__ import annotations

import pytest
from conftest import shared_path

pytestmark = pytest.mark.slow

# Measured 2026-11-21 (see the report); floors sit a few points below.
SEEDS_F1_FLOOR = 0.85
SEEDS_FIELD_FLOORS = {
    "acc_labels": 0.85,
    "acc_date": 0.85,
    "acc_fatalities": 0.85,
    "acc_actor1": 0.85,
    "acc_claim": 0.85,
}
CASE_ACCURACY_FLOOR = 0.72
CASE_EVENT_PRECISION_FLOOR = 0.93
ACLED_TYPE_FLOOR = 0.65  # on the first 400 notes


def test_seeds() -> None:
    from sitrep.eval.seeds import score_seeds

    root = shared_path("seeds").parent
    shared_path("gold", "seeds.events.jsonl")
    scores = score_seeds(root)
    assert scores["f1"] >= SEEDS_F1_FLOOR, scores
    for key, floor in SEEDS_FIELD_FLOORS.items():
        assert scores[key] >= floor, (key, scores)


def test_case2021() -> None:
    from sitrep.eval.case2021 import score_case2021

    root = shared_path("data", "case2021-dev", "snippets.tsv").parents[2]
    scores = score_case2021(root)
    assert scores["accuracy"] >= CASE_ACCURACY_FLOOR, scores
    assert scores["event_precision"] >= CASE_EVENT_PRECISION_FLOOR, scores
    # calibration: the most confident bucket is right more often than the least confident one
    assert scores["acc_conf_1.0"] > scores["acc_conf_0.6"], scores


def test_acled_notes() -> None:
    from sitrep.eval.acled import score_acled

    root = shared_path("data", "acled-nigeria-dev", "events.geojson").parents[2]
    scores = score_acled(root, limit=400)
    assert scores["acc_type"] >= ACLED_TYPE_FLOOR, scores


def _example_doc(name: str, published: str):
    """An example article of the repository through the default stages."""
    import hashlib
    from datetime import date
    from pathlib import Path

    from sitrep.events.runner import EventRunner
    from sitrep.types import Article

    text = (Path(__file__).resolve().parents[2] / "examples" / f"{name}.txt").read_text(encoding="utf-8")
    art = Article(name, text, hashlib.sha1(text.encode()).hexdigest(), published=date.fromisoformat(published))
    return EventRunner().doc(art)


def test_a_restated_toll_is_not_summed_and_no_event_is_dated_after_publication() -> None:
    doc = _example_doc("iraq-tikrit-claim", "2014-06-16")
    assert max(d.fatalities or 0 for d in doc.events) == 1700
    for name, pub in (("afghanistan-kabul", "2018-01-28"), ("iraq-hilla-convoy", "2014-06-24")):
        doc = _example_doc(name, pub)
        assert all(d.date.value is None or d.date.value <= doc.article.published for d in doc.events)


def test_the_dateline_is_not_the_event_place() -> None:
    doc = _example_doc("nigeria-chibok", "2014-04-22")
    assert doc.events and all(d.place is not None and d.place.name != "Maiduguri" for d in doc.events)


def test_seed_places_skip_reference_points() -> None:
    from sitrep.eval.seeds import predict_events

    events, _ = predict_events([shared_path("seeds")])
    places = {(e.sub_event_type, e.location) for e in events}
    assert ("Non-violent transfer of territory", "Hadithah") in places, places
    assert ("Air/drone strike", "Tal Afar") in places, places
    assert not any(loc == "Baghdad" and sub == "Armed clash" for sub, loc in places), places
