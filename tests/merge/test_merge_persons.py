"""Persons named with an age or in a victim's or suspect's role: extraction, attachment to events,
and follow-ups weeks apart."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from merge_helpers import CHICAGO, EVANSTON, SPRINGFIELD, ev

from sitrep.merge import InMemoryIndex, Merger, blocking_query, combine, merge_events, score_pair
from sitrep.merge.features import FOLLOW_UP_DAYS
from sitrep.merge.persons import PERSONS_KEY, persons_in, persons_of, shared_persons, with_persons
from sitrep.types import Article

SHOOTING = "Marcus Doyle, 24, was shot dead outside a laundromat on Sunday, police said."
HEARING = "A judge set bail for the man charged with killing Marcus Doyle, 24, outside a laundromat."
OTHER = "Tanya Reyes, 31, was wounded by a stray bullet while sitting on her porch, police said."


def _article(aid: str, text: str) -> Article:
    return Article(aid, text, hashlib.sha1(text.encode()).hexdigest())


def _with(event, text):
    return with_persons(event, _article(event.sources[0].article_id, text))


def test_names_given_with_an_age_are_persons():
    text = "Keisha Grant, 19, and 23-year-old Devon Miles were hit; Ray Ortiz (40) survived."
    assert persons_in(text) == ("Keisha Grant", "Devon Miles", "Ray Ortiz")


def test_an_age_after_a_suffix_or_a_photo_aside_still_counts_and_a_count_does_not():
    text = "Jon Burks (left), 30, of Detroit; Tiris Coleman Jr., 17; Bo Diddley, 1,000 fans came."
    assert persons_in(text) == ("Jon Burks", "Tiris Coleman")


def test_officials_spokespeople_places_and_names_without_age_or_role_are_not_persons():
    text = (
        "Police Chief Alan Burke, 52, spoke. Sgt. Dana Webb, 41, said more. Lena Cross, a police "
        "spokeswoman, added detail. Garfield Park, 12 shootings this year. Omar Haddad said nothing."
    )
    assert persons_in(text) == ()


def test_names_in_a_victims_or_suspects_role_are_persons():
    text = (
        "Police identified the victim as Jerry Dunn. Omar Haddad was arrested on Friday. "
        "Tiris Coleman Jr. was shot twice. Ann Cole, of Dayton, was charged with murder."
    )
    assert persons_in(text) == ("Jerry Dunn", "Omar Haddad", "Tiris Coleman", "Ann Cole")


def test_a_role_word_in_the_previous_sentence_does_not_make_a_person():
    assert persons_in("Two men were charged. Maple Grove residents held a vigil.") == ()


def test_title_case_headlines_and_places_are_not_persons():
    assert persons_in("Man Charged In Downtown Minneapolis Shooting") == ()
    text = "A man was shot in Broad Ripple. The victim said Broad Ripple was quiet. Broad Ripple died down."
    assert persons_in(text) == ()


PIECES = ["Keisha Grant, 19,", "said", "Chief Alan Burke, 52,", "the", "Ray Ortiz (40)", "Park", "Cole"]


@given(st.lists(st.sampled_from(PIECES)))
def test_every_person_found_is_written_in_the_text(words):
    text = " ".join(words)
    for name in persons_in(text):
        assert name in text


def test_persons_are_read_around_the_evidence_and_attached_once():
    e = ev("e1", "a", SHOOTING)
    got = _with(e, SHOOTING)
    assert persons_of(got) == {"marcus doyle"}
    assert got.reasons[PERSONS_KEY] == "persons named: Marcus Doyle"
    assert with_persons(got, _article("a", OTHER)) is got  # already attached: unchanged
    far = _with(e, SHOOTING + " " * 3000 + OTHER)
    assert persons_of(far) == {"marcus doyle"}  # a name far from the event is not its person


def test_persons_lines_of_the_previous_version_are_still_read():
    e = ev("e1", "a", SHOOTING)
    old = dataclasses.replace(e, reasons={PERSONS_KEY: "named with an age: Marcus Doyle, Tanya Reyes"})
    assert persons_of(old) == {"marcus doyle", "tanya reyes"}
    assert persons_of(combine(old, _with(ev("e2", "b", OTHER), OTHER))) == {"marcus doyle", "tanya reyes"}


def test_merged_records_keep_the_persons_of_both():
    a = _with(ev("e1", "a", SHOOTING), SHOOTING)
    b = _with(ev("e2", "b", OTHER), OTHER)
    assert persons_of(combine(a, b)) == {"marcus doyle", "tanya reyes"}


def _follow_up(days: int, place=CHICAGO, text=HEARING):
    day = (date(2016, 5, 1) + timedelta(days=days)).isoformat()
    return _with(ev("e2", "b", text, day=day, place=place), text)


def test_a_follow_up_weeks_later_naming_the_same_victim_in_the_same_town_merges():
    first = _with(ev("e1", "a", SHOOTING), SHOOTING)
    later = _follow_up(40)
    pair = score_pair(first, later)
    assert pair.mergeable and "same persons named (marcus doyle)" in pair.reason
    assert "follow-up" in pair.reason


def test_without_the_same_persons_the_date_window_holds():
    first = _with(ev("e1", "a", SHOOTING), SHOOTING)
    later = _follow_up(40, text=OTHER)
    assert not shared_persons(first, later)
    assert "days apart" in score_pair(first, later).blocked


def test_a_follow_up_elsewhere_or_too_late_stays_apart():
    first = _with(ev("e1", "a", SHOOTING), SHOOTING)
    assert "km apart" in score_pair(first, _follow_up(40, place=SPRINGFIELD)).blocked
    assert "days apart" in score_pair(first, _follow_up(FOLLOW_UP_DAYS + 5)).blocked
    assert not score_pair(first, _follow_up(40, place=EVANSTON)).blocked  # a suburb within the radius


def test_a_follow_up_placed_only_in_a_country_does_not_widen_the_window():
    first = _with(ev("e1", "a", SHOOTING), SHOOTING)
    coarse = ("United States", 39.8, -98.6, "United States", None, None)
    later = _with(ev("e2", "b", HEARING, day="2016-06-10", place=coarse, geo_precision=3), HEARING)
    assert "follow-up" in score_pair(first, later).blocked


def test_the_index_finds_a_follow_up_by_its_persons_outside_the_time_window():
    first = _with(ev("e1", "a", SHOOTING), SHOOTING)
    later = _follow_up(200)
    assert blocking_query(later).persons == ("marcus doyle",)
    index = InMemoryIndex()
    index.put(first)
    assert [e.event_id for e in index.candidates(later)] == ["e1"]
    unnamed = dataclasses.replace(later, reasons={})
    assert list(index.candidates(unnamed)) == []


def test_the_merger_reads_persons_from_the_article_it_is_given():
    index = InMemoryIndex()
    merger = Merger(index)
    index.apply(merger.add(ev("e1", "a", SHOOTING), _article("a", SHOOTING)))
    result = merger.add(ev("e2", "b", HEARING, day="2016-06-20"), _article("b", HEARING))
    assert result.action == "updated" and result.event.event_id == "e1"


def test_merge_events_attaches_persons_from_the_articles():
    events = [
        ev("e1", "a", SHOOTING),
        ev("e2", "b", HEARING, day="2016-07-01"),
        ev("e3", "c", OTHER, day="2016-08-15"),
    ]
    arts = {a.id: a for a in (_article("a", SHOOTING), _article("b", HEARING), _article("c", OTHER))}
    merged = merge_events(events, arts)
    assert sorted(len(e.sources) for e in merged) == [1, 2]
    assert len(merge_events(events)) == 3  # without the articles nobody is named: no follow-up merge
