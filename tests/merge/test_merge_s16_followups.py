"""Session 16 merge: a follow-up story dated days after the attack it tells (an arrest, a funeral,
"last week"), at the same town with the same toll, joins the first reports; two attacks on one
town, on one day or a week apart, stay two; the same massacre told by two outlets with different
tolls and claimants becomes one record."""

from __future__ import annotations

from merge_helpers import ev

from sitrep.merge import InMemoryIndex, blocking_query, merge_events
from sitrep.merge.features import (
    IDENTIFIED_FOLLOW_UP_DAYS,
    Block,
    date_signal,
    identified_follow_up,
    is_follow_up,
)
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import MERGE_THRESHOLD, score_pair

RULES = load_rules()
TULSA = ("Tulsa", 36.15, -95.99, "United States", "Oklahoma", 4553433)
BROKEN_ARROW = ("Broken Arrow", 36.05, -95.79, "United States", "Oklahoma", 4530801)
MOPTI = ("Mopti", 14.49, -4.19, "Mali", "Mopti", 2453348)
BENI = ("Beni", 0.49, 29.47, "Democratic Republic of the Congo", "North Kivu", 218680)
KHAN_YUNIS = ("Khan Yunis", 31.34, 34.30, "Palestine", "Gaza Strip", 281133)
CULIACAN = ("Culiacan", 24.80, -107.39, "Mexico", "Sinaloa", 4012176)
AIRSTRIKE = ("Explosions/Remote violence", "Air/drone strike")


def test_arrest_story_a_week_later_joins_the_shooting_with_the_same_toll():
    first = ev("a", "art1", "Three people were found shot dead in a Tulsa apartment on Sunday.",
               day="2019-03-03", place=TULSA, fatalities=3)
    later = ev("b", "art2", "A 31-year-old man was charged Friday with killing three people at a Tulsa apartment.",
               day="2019-03-10", place=TULSA, fatalities=3)
    assert isinstance(date_signal(first, later), Block)  # beyond the day tolerance
    assert identified_follow_up(first, later, RULES) is not None
    pair = score_pair(first, later)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD, pair.reason
    assert "a follow-up" in pair.reason
    merged = merge_events([first, later])
    assert len(merged) == 1 and len(merged[0].sources) == 2


def test_funeral_story_in_sinaloa_joins_the_attack_reported_days_before():
    attack = ev("a", "art1", "Gunmen killed four men at a car wash in Culiacan on Tuesday night.",
                day="2021-06-08", place=CULIACAN, fatalities=4,
                actors=("Unidentified Armed Group (Mexico)", "Civilians (Mexico)"))
    funeral = ev("b", "art2", "Hundreds attended the funeral of the four men shot dead at a Culiacan car wash.",
                 day="2021-06-13", place=CULIACAN, fatalities=4,
                 actors=("Unidentified Armed Group (Mexico)", "Civilians (Mexico)"))
    assert len(merge_events([attack, funeral])) == 1


def test_without_a_follow_up_story_the_same_toll_a_week_apart_stays_two():
    # two air strikes on one town a week apart, three killed each: no story says it follows one up
    first = ev("a", "art1", "An Israeli air strike on a house in Khan Yunis killed three people on Monday.",
               day="2023-11-06", place=KHAN_YUNIS, kind=AIRSTRIKE, fatalities=3,
               actors=("Military Forces of Israel", "Civilians (Palestine)"))
    second = ev("b", "art2", "Three people were killed when a strike hit a car in Khan Yunis on Monday.",
                day="2023-11-13", place=KHAN_YUNIS, kind=AIRSTRIKE, fatalities=3,
                actors=("Military Forces of Israel", "Civilians (Palestine)"))
    assert not is_follow_up(second, RULES)
    assert identified_follow_up(first, second, RULES) is None
    assert not score_pair(first, second).mergeable
    assert len(merge_events([first, second])) == 2


def test_a_single_death_never_identifies_a_follow_up():
    first = ev("a", "art1", "A man was shot dead outside a Tulsa gas station on Saturday.",
               day="2019-05-04", place=TULSA, fatalities=1)
    later = ev("b", "art2", "Police arrested a suspect Thursday in the killing of a man in north Tulsa.",
               day="2019-05-09", place=TULSA, fatalities=1)
    assert is_follow_up(later, RULES)
    assert identified_follow_up(first, later, RULES) is None
    assert len(merge_events([first, later])) == 2


def test_different_tolls_or_another_town_or_too_late_stay_apart():
    first = ev("a", "art1", "Two teenagers were shot dead at a party in Tulsa on Saturday.",
               day="2019-07-06", place=TULSA, fatalities=2)
    other_toll = ev("b", "art2", "A man was charged in the killing of three people in Tulsa.",
                    day="2019-07-12", place=TULSA, fatalities=3)
    other_town = ev("c", "art3", "A suspect was arrested in the killing of two teenagers in Broken Arrow.",
                    day="2019-07-12", place=BROKEN_ARROW, fatalities=2)
    too_late = ev("d", "art4", "A man was sentenced for the killing of two teenagers in Tulsa.",
                  day="2019-07-06", window=("2019-08-01", "2019-08-01"), place=TULSA, fatalities=2)
    for later in (other_toll, other_town, too_late):
        assert identified_follow_up(first, later, RULES) is None, later.event_id
        assert not score_pair(first, later).mergeable, later.event_id


def test_the_follow_up_cue_must_be_in_the_later_report():
    # the earlier report carries the cue (a suspect already held); the later one is a second attack
    first = ev("a", "art1", "Police arrested a suspect after two people were shot dead in Mopti on Monday.",
               day="2022-02-07", place=MOPTI, fatalities=2,
               actors=("Unidentified Armed Group (Mali)", "Civilians (Mali)"))
    second = ev("b", "art2", "Gunmen on motorbikes killed two traders at the Mopti market on Sunday.",
                day="2022-02-13", place=MOPTI, fatalities=2,
                actors=("Unidentified Armed Group (Mali)", "Civilians (Mali)"))
    assert is_follow_up(first, RULES) and not is_follow_up(second, RULES)
    assert identified_follow_up(first, second, RULES) is None


def test_lookup_covers_the_follow_up_window_for_a_town_with_a_toll_only():
    town = ev("a", "art1", "x", day="2019-03-10", place=TULSA, fatalities=3)
    q = blocking_query(town)
    assert (q.last_day - q.first_day).days == 2 * IDENTIFIED_FOLLOW_UP_DAYS
    region = ev("b", "art2", "x", day="2019-03-10", place=("Oklahoma", 35.5, -97.5, "United States", "Oklahoma", None),
                geo_precision=3, fatalities=3)
    q2 = blocking_query(region)
    assert (q2.last_day - q2.first_day).days < 2 * IDENTIFIED_FOLLOW_UP_DAYS
    one_death = ev("c", "art3", "x", day="2019-03-10", place=TULSA, fatalities=1)
    q3 = blocking_query(one_death)
    assert (q3.last_day - q3.first_day).days < 2 * IDENTIFIED_FOLLOW_UP_DAYS
    # and the index hands the week-later arrest story the shooting as a candidate
    index = InMemoryIndex()
    first = ev("s", "art0", "Three people were found shot dead in Tulsa.", day="2019-03-03", place=TULSA, fatalities=3)
    index.put(first)
    assert [e.event_id for e in index.candidates(town)] == ["s"]


def test_two_attacks_on_one_town_the_same_day_by_different_actors_stay_two():
    adf = ev("a", "art1", "ADF rebels attacked the Mayangose neighbourhood of Beni on Tuesday, killing 11 civilians.",
             day="2020-01-14", place=BENI, fatalities=11,
             actors=("ADF: Allied Democratic Forces", "Civilians (Democratic Republic of the Congo)"))
    army = ev("b", "art2", "FARDC soldiers clashed with Mai-Mai fighters near Beni airport on Tuesday; two soldiers died.",
              day="2020-01-14", place=BENI, kind=("Battles", "Armed clash"), fatalities=2,
              actors=("Military Forces of the Democratic Republic of the Congo", "Mai-Mai Militia"))
    assert not score_pair(adf, army).mergeable or score_pair(adf, army).score < MERGE_THRESHOLD
    assert len(merge_events([adf, army])) == 2


def test_one_massacre_with_two_tolls_and_two_claimants_becomes_one_record():
    first = ev("a", "art1", "Gunmen killed at least 20 villagers in an attack on Ogossagou near Mopti on Saturday.",
               day="2020-02-15", place=MOPTI, fatalities=20, low=20, high=None,
               actors=("Unidentified Armed Group (Mali)", "Civilians (Mali)"), source="Outlet A")
    second = ev("b", "art2", "The death toll from the Ogossagou massacre has risen to 31, a local official said; "
                "a Dan Na Ambassagou spokesman denied the militia was involved.",
                day="2020-02-16", place=MOPTI, fatalities=31,
                actors=("Unidentified Armed Group (Mali)", "Civilians (Mali)"), source="Outlet B")
    merged = merge_events([first, second])
    assert len(merged) == 1
    assert {s.article_id for s in merged[0].sources} == {"art1", "art2"}
