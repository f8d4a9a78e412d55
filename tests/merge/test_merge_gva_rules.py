"""The GVA harness's second assignment rule: an article goes with the largest merged event citing it."""

from __future__ import annotations

from merge_helpers import ev

from sitrep.eval.gva import bcubed, largest_event_clusters
from sitrep.merge import combine


def test_an_article_goes_with_its_most_reported_event():
    shooting = combine(ev("e1", "a", "A man was shot on Main Street."), ev("e2", "b", "A man was shot on Main Street."))
    arrest = ev("e3", "b", "Police arrested a suspect.", kind=("Strategic developments", "Arrests"), start=200)
    lone = ev("e4", "c", "A woman was wounded on Elm Street.")
    got = largest_event_clusters([shooting, arrest, lone], ["a", "b", "c", "d"])
    assert got["a"] == got["b"] == "e1"
    assert got["c"] == "e4"
    assert got["d"] == ("alone", "d")
    gold = {"a": frozenset("ab"), "b": frozenset("ab"), "c": frozenset("c"), "d": frozenset("d")}
    assert bcubed(got, gold)["f1"] == 1.0


def test_the_registered_gva_evaluation_is_the_scorer():
    from sitrep.eval import evaluations
    from sitrep.eval.gva import score_gva

    assert evaluations()["gva"].fn is score_gva
