"""The GVA evaluation: B-cubed scoring, and the merge logic on events built from the GVA registry.

The slow tests read ../shared/data/gva-dev. The synthetic one builds one event per article from
the incident's registry values (date, city, coordinates, deaths) and the article's own first
sentence about a shooting, then perturbs dates, places and tolls the way extraction errs: it
measures the merge logic alone, given near-correct extraction.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

import pytest
from conftest import shared_path
from merge_helpers import ev

from sitrep.eval.gva import bcubed, gold_clusters, main_event, predicted_clusters
from sitrep.merge import merge_events
from sitrep.types import Actor, EventDraft, Evidence, TimeRef


def test_bcubed_on_a_small_hand_made_case():
    gold = gold_clusters([{"article_ids": ["a", "b"]}, {"article_ids": ["c"]}])
    assert bcubed({"a": 1, "b": 1, "c": 2}, gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    singles = bcubed({"a": "a", "b": "b", "c": "c"}, gold)
    assert singles["precision"] == 1.0 and singles["recall"] == pytest.approx(2 / 3, abs=1e-4)
    lumped = bcubed({"a": 1, "b": 1, "c": 1}, gold)
    assert lumped["recall"] == 1.0 and lumped["precision"] == pytest.approx(5 / 9, abs=1e-4)


def test_an_article_in_two_incidents_is_gold_with_both():
    gold = gold_clusters([{"article_ids": ["a", "b"]}, {"article_ids": ["b", "c"]}])
    assert gold["b"] == frozenset("abc") and gold["a"] == frozenset("ab")


def _draft(conf: float, deaths: int | None) -> EventDraft:
    return EventDraft(
        "x",
        "Violence against civilians",
        "Attack",
        (Evidence(0, 4, "shot"),),
        TimeRef(0, 0, "", date(2016, 1, 1), 1),
        None,
        1,
        Actor("A", None),
        fatalities=deaths,
        confidence=conf,
    )


def test_main_event_prefers_confidence_then_deaths():
    a, b, c = _draft(0.5, 3), _draft(0.8, 0), _draft(0.8, 2)
    assert main_event([a, b, c]) is c
    assert main_event([]) is None


def test_articles_follow_their_main_event_into_the_merged_event():
    e1 = ev("e1", "a", "shot on Main Street", fatalities=1)
    e2 = ev("e2", "b", "shot on Main Street", fatalities=1)
    merged = merge_events([e1, e2])
    spans = {"a": ("a", 0, len("shot on Main Street")), "b": ("b", 0, len("shot on Main Street")), "c": None}
    pred = predicted_clusters(merged, spans)
    assert pred["a"] == pred["b"] == "e1" and pred["c"] == "c"


_TRIGGER = re.compile(r"\b(shot|shooting|gunfire|gunman|killed|wounded|shots)\b", re.I)


def _evidence(text: str) -> str | None:
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if _TRIGGER.search(sentence) and 40 < len(sentence) < 400:
            return sentence
    return None


def _synthetic(incidents: list[dict], articles: dict[str, dict], rng: random.Random) -> list:
    out = []
    for inc in incidents:
        for art in inc["article_ids"] if inc["date"] else ():
            text = _evidence(articles[art]["text"]) if art in articles else None
            if text is None:
                continue
            day, lat, lon, deaths = (
                date.fromisoformat(inc["date"]),
                inc["latitude"],
                inc["longitude"],
                inc["num_killed"],
            )
            if rng.random() < 0.2:  # a weekday resolved a day off
                day += timedelta(days=rng.choice([-1, 1]))
            if deaths and rng.random() < 0.15:  # an early report, before a victim died
                deaths -= 1
            if lat is not None and rng.random() < 0.1:  # a neighbourhood instead of the city
                lat, lon = lat + rng.uniform(-0.1, 0.1), lon + rng.uniform(-0.1, 0.1)
            place = (inc["city_or_county"], lat, lon, "United States", inc["state"], None)
            out.append(ev("ev_" + art, art, text, day=day.isoformat(), place=place, fatalities=deaths))
    return out


@pytest.mark.slow
def test_merge_logic_on_events_built_from_the_gva_registry():
    folder = shared_path("data", "gva-dev")
    incidents = [
        json.loads(x) for x in (folder / "incidents.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    articles = {
        r["id"]: r
        for r in map(json.loads, (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    }
    events = _synthetic(incidents, articles, random.Random(5))
    merged = merge_events(events)
    owner = {s.article_id: e.event_id for e in merged for s in e.sources}
    gold = gold_clusters(incidents)
    scores = bcubed({a: owner.get(a, a) for a in gold}, gold)
    # measured 2026-11-21: P 0.996, R 0.868, F1 0.928 (all singletons: F1 0.73); recall is capped by
    # articles with no sentence about a shooting and incidents without a date, left single here
    assert scores["precision"] >= 0.98
    assert scores["f1"] >= 0.90


@pytest.mark.slow
def test_the_registered_gva_evaluation_runs_on_a_slice():
    from sitrep.eval.gva import score_gva

    root = shared_path()
    scores = score_gva(root, limit=40)
    assert scores["articles"] >= 40
    assert 0.0 <= scores["recall"] <= 1.0 and 0.0 < scores["precision"] <= 1.0
    if scores["pipeline_ready"]:
        assert scores["events"] > 0
        # merging must not lose much precision on real pipeline output (measured: see the report)
        assert scores["precision"] >= 0.9
    else:  # without a pipeline every article is alone: exactly the baseline
        assert scores["f1"] == scores["singleton_f1"]
