"""Which attack an arrest story follows up (two records, one incident for a registry)."""

from __future__ import annotations

import dataclasses

from merge_helpers import SPRINGFIELD, ev

from sitrep.eval.gva import follow_up_links
from sitrep.merge.followups import follow_up_of, is_violent
from sitrep.merge.persons import PERSONS_KEY

ARREST = ("Strategic developments", "Arrests")
SHOT = "A man was shot on the porch of a house late on Sunday, police said."
CHARGED = "Detectives arrested a neighbour and charged him over the porch killing."
DOYLE = {PERSONS_KEY: "named with an age: Marcus Doyle"}


def _named(event, reasons=DOYLE):
    return dataclasses.replace(event, reasons=dict(reasons))


def test_an_arrest_naming_the_victim_weeks_later_follows_up_the_attack():
    attack = _named(ev("a1", "a", SHOT))
    arrest = _named(ev("r1", "b", CHARGED, kind=ARREST, day="2016-06-20"))
    found = follow_up_of(arrest, [attack])
    assert found is not None and found[0] is attack
    assert "marcus doyle" in found[1]
    assert follow_up_of(attack, [arrest]) is None  # only non-violent reports follow up


def test_an_arrest_the_same_day_in_the_same_town_follows_up_without_names():
    attack = ev("a1", "a", SHOT)
    arrest = ev("r1", "b", CHARGED, kind=ARREST)
    found = follow_up_of(arrest, [attack])
    assert found is not None and "same place (Chicago) and day" in found[1]


def test_nothing_in_common_elsewhere_or_later_is_no_follow_up():
    attack = _named(ev("a1", "a", SHOT))
    unnamed = ev("r1", "b", CHARGED, kind=ARREST, day="2016-06-20")
    assert follow_up_of(unnamed, [attack]) is None
    elsewhere = _named(ev("r2", "b", CHARGED, kind=ARREST, day="2016-06-20", place=SPRINGFIELD))
    assert follow_up_of(elsewhere, [attack]) is None
    before = _named(ev("r3", "b", CHARGED, kind=ARREST, day="2016-04-01"))  # the arrest predates it
    assert follow_up_of(before, [attack]) is None


def test_the_gva_harness_links_the_arrest_record_to_the_attack_record():
    attack = _named(ev("a1", "a", SHOT))
    arrest = _named(ev("r1", "b", CHARGED, kind=ARREST, day="2016-06-20"))
    assert is_violent(attack) and not is_violent(arrest)
    assert follow_up_links([attack, arrest]) == {"r1": "a1"}


def test_an_arrest_record_sharing_an_article_with_the_attack_record_still_links_to_it():
    # article "b" tells both the arrest and the shooting; "c" only the arrest
    attack = _named(ev("a1", "a", SHOT))
    told = ev("a1b", "b", SHOT, start=400)
    attack = dataclasses.replace(attack, sources=attack.sources + told.sources)
    arrest = _named(ev("r1", "b", CHARGED, kind=ARREST, day="2016-06-20"))
    again = ev("r1c", "c", CHARGED, kind=ARREST, day="2016-06-20")
    arrest = dataclasses.replace(arrest, sources=arrest.sources + again.sources)
    assert follow_up_links([attack, arrest]) == {"r1": "a1"}
    # identity evidence is still required: no shared person, address or wording, another day
    unnamed = dataclasses.replace(arrest, reasons={})
    stranger = dataclasses.replace(attack, reasons={}, event_date="2016-05-20",
                                   date_earliest="2016-05-20", date_latest="2016-05-20")
    assert follow_up_links([stranger, unnamed]) == {}


def test_an_article_whose_lead_no_one_else_reports_joins_its_corroborated_recalled_event():
    from sitrep.eval.gva import corroborated_clusters

    lead = ev("a-lead", "a", CHARGED, kind=ARREST, day="2016-06-20", start=0)
    recalled = ev("a-old", "a", SHOT, start=300)
    other = ev("b-1", "b", SHOT)
    cluster = dataclasses.replace(other, sources=other.sources + recalled.sources)
    main_of = {"a": ("a", 0, len(CHARGED)), "b": ("b", 0, len(SHOT))}
    assigned = {"a": "a-lead", "b": "b-1"}
    assert corroborated_clusters([lead, cluster], assigned, main_of) == {"a": "b-1"}
    # a lead another article reports too keeps the article where it is
    assert corroborated_clusters([lead, cluster], {"a": "b-1", "b": "b-1"}, main_of) == {}
    # two corroborated events of the article: ambiguous, nothing moves
    third = ev("c-1", "c", SHOT, start=900, day="2016-05-02")
    twin = ev("a-twin", "a", SHOT, start=900, day="2016-05-02")
    cluster2 = dataclasses.replace(third, sources=third.sources + twin.sources)
    assert corroborated_clusters([lead, cluster, cluster2], assigned, main_of) == {}
