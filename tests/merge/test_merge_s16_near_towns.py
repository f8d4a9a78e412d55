"""Session 16 merge: two towns of one region a little beyond the pair's radius (a suburb and the
city an outlet names instead) are a vague place: identity evidence (close wording, names, persons)
joins them; a toll, a count of people shot or a group's claim does not."""

from __future__ import annotations

from merge_helpers import ev

from sitrep.merge import merge_events
from sitrep.merge.features import NEAR_TOWN_VALUE, Block, Signal, place_signal
from sitrep.merge.scoring import MERGE_THRESHOLD, score_pair

HOUSTON = ("Houston", 29.76, -95.36, "United States", "Texas", 4699066)
CYPRESS = ("Cypress", 29.97, -95.70, "United States", "Texas", 4683416)  # about 40 km
DJIBO = ("Djibo", 14.10, -1.63, "Burkina Faso", "Sahel", 2361177)
TONGOMAYEL = ("Tongomayel", 14.05, -1.25, "Burkina Faso", "Sahel", 0)  # about 41 km
KAYA = ("Kaya", 13.09, -1.08, "Burkina Faso", "Centre-Nord", 2359304)
CLASH = ("Battles", "Armed clash")
JNIM = "JNIM: Group for Support of Islam and Muslims"


def test_a_suburb_beyond_the_radius_is_a_vague_place_not_a_block():
    a = ev("a", "art1", "x", place=HOUSTON)
    b = ev("b", "art2", "x", place=CYPRESS)
    sig = place_signal(a, b)
    assert isinstance(sig, Signal) and sig.name == "area" and sig.value == NEAR_TOWN_VALUE
    # other regions, or beyond the widest radius, still block
    far = ev("c", "art3", "x", place=KAYA)
    assert isinstance(place_signal(ev("d", "art4", "x", place=DJIBO), far), Block)


def test_close_wording_joins_a_suburb_and_its_city():
    a = ev("a", "art1", "Two teenagers were killed and 19 people wounded when gunmen opened fire on a crowded "
           "house party in northwest Harris County late Saturday, deputies said.", place=CYPRESS, fatalities=2)
    b = ev("b", "art2", "Two teenagers were killed and 19 others wounded after gunmen opened fire on a crowded "
           "house party in northwest Harris County on Saturday night, the sheriff said.", place=HOUSTON, fatalities=2)
    pair = score_pair(a, b)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD, pair.reason
    assert len(merge_events([a, b])) == 1


def test_the_same_toll_alone_does_not_join_two_towns():
    a = ev("a", "art1", "A man was shot dead outside a bar in Cypress early Sunday.", place=CYPRESS, fatalities=1)
    b = ev("b", "art2", "Police found a woman fatally shot in her car on the east side.", place=HOUSTON, fatalities=1)
    assert not score_pair(a, b).mergeable
    assert len(merge_events([a, b])) == 2


def test_one_group_claiming_two_attacks_in_one_region_on_one_day_stays_two():
    a = ev("a", "art1", "Fighters attacked a gendarmerie post in Djibo on Sunday, killing 7 gendarmes.",
           place=DJIBO, fatalities=7, kind=CLASH, actors=(JNIM, "Military Forces of Burkina Faso"))
    b = ev("b", "art2", "JNIM claimed an ambush on an army convoy near Tongomayel on Sunday that killed 5 soldiers.",
           place=TONGOMAYEL, fatalities=5, kind=CLASH, actors=(JNIM, "Military Forces of Burkina Faso"),
           claim="claimed", claimed_by=JNIM)
    pair = score_pair(a, b)
    assert not pair.mergeable, pair.reason
    assert len(merge_events([a, b])) == 2
