"""Street blocks near an event: extraction, attachment, and the identity they give a merge."""

from __future__ import annotations

import dataclasses
import hashlib

from hypothesis import given
from hypothesis import strategies as st
from merge_helpers import CHICAGO, ev

from sitrep.merge import combine, score_pair
from sitrep.merge.addresses import ADDRESSES_KEY, addresses_in, addresses_of
from sitrep.merge.followups import follow_up_of
from sitrep.merge.persons import with_persons
from sitrep.types import Article


def _article(aid: str, text: str) -> Article:
    return Article(aid, text, hashlib.sha1(text.encode()).hexdigest())


def _with(event, text):
    return with_persons(event, _article(event.sources[0].article_id, text))


def test_addresses_and_blocks_share_one_key_per_hundred_block():
    text = (
        "Officers went to the 1500 block of Mechanicsville Turnpike. The shooting at 1517 N. "
        "Mechanicsville Tpke. left one hurt; a second scene was 3606 S. Westmoreland Road."
    )
    assert addresses_in(text) == ("1500 block of mechanicsville", "3600 block of westmoreland")


def test_numbers_without_a_street_are_no_addresses():
    text = "In 2016 police said 1,700 people had fled; 45 shots were fired at 12 Noon on Sunday."
    assert addresses_in(text) == ()


@given(
    st.integers(10, 99999),
    st.sampled_from(["Main", "Elm", "71st", "Martin Luther"]),
    st.sampled_from(["St", "Street", "Ave"]),
)
def test_every_address_key_names_its_hundred_block(number, street, kind):
    keys = addresses_in(f"A man was shot in the {number} block of {street} {kind} on Sunday.")
    assert keys == (f"{number // 100 * 100} block of {street.split()[0].lower()}",)


SCENE = "A man was shot in the 4100 block of West Madison Street on Sunday, police said."
OTHER = "A woman was wounded in a drive-by shooting on the South Side on Sunday, police said."


def test_blocks_are_attached_around_the_evidence_and_kept_by_a_merge():
    a = _with(ev("e1", "a", SCENE), SCENE)
    assert addresses_of(a) == {"4100 block of madison"}
    gunfire = "Gunfire hit 5200 W. Chicago Ave. late Sunday."
    b = _with(ev("e2", "b", gunfire), gunfire)
    assert addresses_of(combine(a, b)) == {"4100 block of madison", "5200 block of chicago"}


def test_a_shared_block_identifies_an_event_a_vague_place_alone_cannot():
    state_only = dict(place=("Illinois", 40.0, -89.0, "United States", "Illinois", None), geo_precision=3)
    a = _with(ev("e1", "a", SCENE), SCENE)
    text = "Police said the victim was found near 4150 W. Madison St. after the gunfire."
    b = _with(ev("e2", "b", text, **state_only), text)
    pair = score_pair(a, b)
    assert pair.mergeable and "same street block (4100 block of madison)" in pair.reason
    no_block = dataclasses.replace(b, reasons={})
    assert not score_pair(a, no_block).mergeable  # the same region and day alone identify nothing


def test_an_arrest_story_follows_up_the_shooting_on_its_block():
    shooting = _with(ev("e1", "a", SCENE, place=CHICAGO), SCENE)
    text = "Police arrested a man in connection with the shooting in the 4100 block of W. Madison St."
    arrest = _with(ev("e2", "b", text, day="2016-05-20", kind=("Strategic developments", "Arrests")), text)
    found = follow_up_of(arrest, [shooting])
    assert found is not None and "same street block" in found[1]
    other = _with(ev("e3", "c", OTHER), OTHER)
    assert follow_up_of(arrest, [other]) is None
    assert ADDRESSES_KEY not in other.reasons


def test_a_neighbourhood_and_its_city_centre_with_the_same_block_merge():
    riverview = ("Riverview", 42.42, -83.27, "United States", "Michigan", None)
    detroit = ("Detroit", 42.33, -83.05, "United States", "Michigan", 4990729)
    one = "A girl, 3, was killed in the 16800 block of Riverview St. on Sunday, police said."
    two = "Detroit officers found the toddler after gunfire at a home at 16850 Riverview Street."
    a = _with(ev("e1", "a", one, place=riverview, fatalities=1), one)
    b = _with(ev("e2", "b", two, place=detroit, fatalities=1), two)
    pair = score_pair(a, b)
    assert pair.mergeable and pair.score >= 0.7 and "km apart" in pair.reason
    bare = score_pair(dataclasses.replace(a, reasons={}), dataclasses.replace(b, reasons={}))
    assert bare.score < 0.7  # without the block, 20 km between the two points count against it
