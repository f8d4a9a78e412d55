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


def test_a_lone_follow_up_goes_with_the_most_reported_of_its_recalled_shootings():
    from sitrep.eval.gva import corroborated_clusters

    shot = "A man was shot."
    big = combine(combine(ev("s1", "x", shot), ev("s2", "y", shot)), ev("s3", "f", shot, start=300))
    small = combine(ev("t1", "z", "A woman was shot."), ev("t2", "f", "A woman was shot.", start=600))
    lead = ev("h1", "f", "A judge set bail.", kind=("Strategic developments", "Arrests"))
    main_of = {"f": ("f", 0, len("A judge set bail.")), "x": None, "y": None, "z": None}
    assigned = {"f": "h1", "x": "s1", "y": "s1", "z": "t1"}
    assert corroborated_clusters([big, small, lead], assigned, main_of) == {"f": "s1"}
    tie = combine(ev("u1", "w", "A boy was shot."), ev("u2", "f", "A boy was shot.", start=900))
    tie = combine(tie, ev("u3", "v", "A boy was shot."))
    assert corroborated_clusters([big, tie, lead], assigned, main_of) == {}  # two equally reported: ambiguous


def test_an_article_whose_headline_span_was_folded_into_its_body_span_keeps_its_event():
    from sitrep.eval.gva import predicted_clusters

    head = ev("e1", "a", "Man shot on Main Street")
    body = ev("e2", "a", "A man was shot on Main Street on Sunday, police said.", start=30)
    merged = [combine(head, body)]
    assert [(s.start, s.end) for s in merged[0].sources] == [(30, 30 + len(body.sources[0].evidence))]
    assert predicted_clusters(merged, {"a": ("a", 0, len("Man shot on Main Street"))}) == {"a": "e1"}


def test_an_article_goes_where_its_main_event_id_resolves_not_to_the_widest_record():
    from sitrep.eval.gva import predicted_clusters
    from sitrep.merge import merged_index

    # article "s": its headline is its main event, restated by a body sentence; it also recalls a
    # bigger shooting elsewhere that three other outlets report
    day, rouge = "2016-07-28", ("Baton Rouge", 30.45, -91.15, "United States", "Louisiana", 4315588)
    other = ev("o-1", "o", "Officers were shot in a San Diego traffic stop on Thursday.", day=day)
    body = ev("s-body", "s", "Two officers were shot in Chicago on Thursday night.", start=40, day=day)
    head = ev("s-head", "s", "Chicago police shooting", day=day)
    recalled = [ev(f"b-{i}", f"b{i}", "Three officers were killed in Baton Rouge.", day="2016-07-17", place=rouge)
                for i in range(3)]
    recalled.append(ev("s-old", "s", "Three officers were killed in Baton Rouge.", start=400, day="2016-07-17",
                       place=rouge))
    index = merged_index([other, body, head, *recalled])
    merged = index.events()
    main_of = {"s": ("s", 0, len(head.sources[0].evidence))}
    assert not any((x.article_id, x.start) == ("s", 0) for e in merged for x in e.sources)  # folded into the body
    assert predicted_clusters(merged, main_of) == {"s": "b-0"}  # the widest record: wrong
    resolved = {"s": index.resolve("s-head")}
    assert predicted_clusters(merged, main_of, resolved) == {"s": resolved["s"]} != {"s": "b-0"}


def test_incidents_split_into_two_stable_halves_scored_apart():
    from sitrep.eval.gva import _by_half, half_of

    ids = [str(i) for i in range(400)]
    halves = [half_of(i) for i in ids]
    assert set(halves) == {0, 1} and 150 < sum(halves) < 250  # about half each
    assert [half_of(i) for i in ids] == halves  # stable
    a, b = next(i for i in ids if half_of(i) == 0), next(i for i in ids if half_of(i) == 1)
    incidents = [{"incident_id": a, "article_ids": ["x", "y"]}, {"incident_id": b, "article_ids": ["z"]}]
    gold = {"x": frozenset("xy"), "y": frozenset("xy"), "z": frozenset("z")}
    got = _by_half({"x": 1, "y": 1, "z": 1}, gold, incidents)  # z wrongly joined to x and y
    assert got["f1_half0"] == 1.0 and got["precision_half1"] == 1.0 and got["recall_half1"] == 1.0
