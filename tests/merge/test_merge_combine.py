"""The merged record: precision wins, tolls stay conservative, sources and outlets are counted right."""

from __future__ import annotations

import dataclasses

from merge_helpers import CHICAGO, ev

from sitrep.merge import combine, corroboration, diff

EVID = "Gunfire on a crowded street left several people dead, police said."


def test_most_precise_date_and_place_win_and_the_id_is_kept():
    base = ev(
        "old",
        "a",
        EVID,
        day="2016-05-04",
        precision=2,
        window=("2016-05-01", "2016-05-07"),
        place=("Illinois", 40.0, -89.0, "United States", "Illinois", None),
        geo_precision=3,
    )
    new = ev("new", "b", EVID, day="2016-05-03", place=CHICAGO)
    out = combine(base, new, {})
    assert out.event_id == "old"
    assert (out.event_date, out.time_precision, out.date_earliest) == ("2016-05-03", 1, "2016-05-03")
    assert (out.location, out.geo_precision) == ("Chicago", 1)
    assert "more precise date" in out.reasons["merge_date"]
    assert "more precise place" in out.reasons["merge_place"]


def test_equal_precision_keeps_the_earlier_report():
    base = ev("old", "a", EVID, day="2016-05-03")
    new = ev("new", "b", EVID, day="2016-05-04")
    assert combine(base, new, {}).event_date == "2016-05-03"


def test_a_day_the_evidence_names_beats_an_inferred_day_of_equal_precision():
    inferred = {"date": "no date in the evidence; publication day (the article reports same-day news)"}
    named = {"date": "in the evidence: weekday 'Sunday' before publication"}
    base = dataclasses.replace(ev("old", "a", EVID, day="2016-07-07"), reasons=inferred)
    new = dataclasses.replace(ev("new", "b", EVID, day="2015-11-09"), reasons=named)
    out = combine(base, new, {})
    assert (out.event_id, out.event_date, out.time_precision) == ("old", "2015-11-09", 1)
    assert "evidence names it" in out.reasons["merge_date"]
    assert combine(new, base, {}).event_date == "2015-11-09"
    coarse = dataclasses.replace(new, time_precision=2)
    assert combine(base, coarse, {}).event_date == "2016-07-07"  # precision still comes first


def test_a_growing_toll_is_updated_and_the_range_spans_the_reports():
    base = ev("old", "a", EVID, fatalities=15, low=15, high=None)
    new = ev("new", "b", EVID, fatalities=27)
    out = combine(base, new, {})
    assert (out.fatalities, out.fatalities_low, out.fatalities_high) == (27, 15, 27)
    assert out.claim_status == "reported"
    assert "27 kept" in out.reasons["merge_fatalities"]


def test_a_partys_claim_against_an_official_toll_is_disputed_and_the_official_kept():
    official = ev("old", "a", EVID, fatalities=40, claim="reported", claimed_by="Iraqi officials")
    claim = ev("new", "b", EVID, fatalities=1700, claim="claimed", claimed_by="Islamic State")
    out = combine(official, claim, {})
    assert out.claim_status == "disputed"
    assert (out.fatalities, out.fatalities_low, out.fatalities_high) == (40, 40, 1700)


def test_credible_tolls_far_apart_keep_the_lower_one():
    out = combine(ev("old", "a", EVID, fatalities=4), ev("new", "b", EVID, fatalities=60), {})
    assert out.fatalities == 4 and out.claim_status == "disputed"


def test_a_claim_that_cannot_be_confirmed_becomes_disputed():
    claim = ev("old", "a", EVID, fatalities=1700, claim="claimed", claimed_by="Islamic State")
    doubt = ev("new", "b", EVID, fatalities=1700, claim="disputed", claimed_by="Islamic State")
    out = combine(claim, doubt, {})
    assert out.claim_status == "disputed" and out.fatalities == 1700 and out.claimed_by == "Islamic State"


def test_unknown_toll_stays_unknown():
    out = combine(ev("old", "a", EVID), ev("new", "b", EVID), {})
    assert out.fatalities is None and out.fatalities_low is None


def test_one_source_per_article_and_copies_do_not_corroborate():
    base = ev("old", "orig", EVID, source="AP")
    copy = ev("new", "copy", EVID, source="Local Herald")
    other = ev("third", "own", EVID, source="Tribune")
    dup = {"copy": "orig"}
    once = combine(base, copy, dup)
    assert [s.article_id for s in once.sources] == ["orig", "copy"]
    assert once.corroboration == 1
    twice = combine(once, other, dup)
    assert twice.corroboration == 2
    again = combine(twice, ev("x", "own", EVID, source="Tribune"), dup)
    assert len(again.sources) == 3


def test_corroboration_counts_outlets_not_articles():
    a = ev("a", "a1", EVID, source="Tribune").sources[0]
    b = ev("b", "a2", EVID, source="tribune ").sources[0]
    c = ev("c", "a3", EVID, source=None).sources[0]
    d = ev("d", "a4", EVID, source=None).sources[0]
    assert corroboration((a, b), {}) == 1
    assert corroboration((a, b, c, d), {}) == 3
    # a copy whose original is not among the sources still counts once, as the original's text
    assert corroboration((c, d), {"a3": "zz", "a4": "zz"}) == 1


def test_independent_reports_raise_confidence_copies_do_not():
    base = ev("old", "orig", EVID, source="AP", confidence=0.6)
    assert (
        combine(base, ev("n", "copy", EVID, source="B", confidence=0.6), {"copy": "orig"}).confidence == 0.6
    )
    assert combine(base, ev("n", "own", EVID, source="B", confidence=0.6), {}).confidence > 0.6


def test_merge_reason_accumulates():
    out = combine(ev("old", "a", EVID), ev("n1", "b", EVID), {}, reason="0.91")
    out = combine(out, ev("n2", "c", EVID), {}, reason="0.85")
    assert out.reasons["merge"] == "+n1 (0.91); +n2 (0.85)"


def test_diff_lists_changed_fields_with_sources_as_article_ids():
    base = ev("old", "a", EVID, fatalities=15)
    out = combine(base, ev("new", "b", EVID, fatalities=27), {})
    changes = diff(base, out)
    assert changes["fatalities"] == (15, 27)
    assert changes["sources"] == (("a",), ("a", "b"))
    assert "event_id" not in changes and "reasons" not in changes
    created = diff(None, base)
    assert created["event_id"] == (None, "old")


def test_the_toll_that_fits_every_reports_range_is_kept():
    claim = ev("old", "a", EVID, fatalities=1700, claim="claimed", claimed_by="Islamic State")
    muddled = ev(
        "new", "b", EVID, fatalities=1, low=1, high=1700, claim="claimed", claimed_by="Islamic State"
    )
    out = combine(claim, muddled, {})
    assert (out.fatalities, out.claim_status) == (1700, "claimed")
    assert "fits the range" in out.reasons["merge_fatalities"]


def test_an_open_ended_toll_admits_a_later_higher_one():
    at_least = dataclasses.replace(ev("old", "a", EVID, fatalities=15, low=15), fatalities_high=None)
    out = combine(at_least, ev("new", "b", EVID, fatalities=27), {})
    assert (out.fatalities, out.fatalities_low, out.fatalities_high) == (27, 15, 27)
    assert "27 fits the range" in out.reasons["merge_fatalities"]
