"""Exact and near-duplicate copies are marked, never dropped; fingerprints persist as plain ints."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.ingest import DuplicateIndex, article_from_text, fingerprint, mark_duplicates, similarity
from sitrep.ingest.dedup import NUM_PERM
from sitrep.types import Article

WIRE = (
    "Gunmen on motorcycles attacked a cattle market in the north-west of the country on Thursday, "
    "killing at least 23 traders and herders, a local government official said on Friday. The "
    "attackers arrived at midday, fired into the crowd and drove away hundreds of cows and sheep, "
    "witnesses said. Soldiers reached the market two hours later and found the bodies among the "
    "stalls. The state governor ordered an inquiry into how the gunmen were able to move through "
    "three military checkpoints, and promised to compensate families who lost relatives and "
    "livestock. Such raids have become common in the region, where armed gangs kidnap travellers "
    "for ransom and steal cattle, and where thousands of people have fled their villages this year. "
    "Community leaders said the market had been attacked twice before, in March and in June, and "
    "that traders had asked the authorities for a permanent police post. The police spokesman for "
    "the state said officers were working with the army and local vigilante groups to track the "
    "gang, and that two suspects had been detained at a roadblock on Thursday evening. Residents "
    "buried the dead on Friday morning in line with Muslim custom. Aid workers said food prices in "
    "the area had risen sharply because farmers were afraid to go to their fields, and that many "
    "displaced families were sheltering in schools in the state capital."
)


def _art(aid: str, text: str) -> Article:
    return Article(aid, text, hashlib.sha256(text.encode()).hexdigest())


def test_new_headline_and_changed_sentence_is_a_near_copy() -> None:
    # a 225-word article: Jaccard of 5-shingles 0.85, estimate 0.83 (a 120-word one falls to 0.73)
    copy = "Cattle market raid leaves 23 dead\n\n" + WIRE.replace(
        "Soldiers reached the market two hours later and found the bodies among the stalls.",
        "Troops arrived at the scene in the afternoon.",
    )
    a, b = mark_duplicates([_art("wire", WIRE), _art("paper", copy)], threshold=0.8)
    assert (a.duplicate_of, a.duplicate_kind) == (None, None)
    assert (b.duplicate_of, b.duplicate_kind) == ("wire", "near")


def test_exact_copy_and_unrelated_article() -> None:
    other = "Floods closed the main road to the capital after three days of heavy rain, officials said."
    arts = mark_duplicates([_art("a", WIRE), _art("b", other), _art("c", WIRE)], threshold=0.8)
    assert [(x.duplicate_of, x.duplicate_kind) for x in arts] == [(None, None), (None, None), ("a", "exact")]


def test_a_copy_of_a_copy_points_to_the_original_for_exact_copies() -> None:
    arts = mark_duplicates([_art("a", WIRE), _art("b", WIRE), _art("c", WIRE)], threshold=0.8)
    assert [x.duplicate_of for x in arts] == [None, "a", "a"]


def test_same_id_is_not_its_own_duplicate() -> None:
    index = DuplicateIndex()
    assert index.add(_art("a", WIRE)).duplicate_of is None
    assert index.add(_art("a", WIRE)).duplicate_of is None


def test_seeded_from_stored_fingerprints_after_a_json_round_trip() -> None:
    stored = json.loads(json.dumps({"id": "old", "hash": "h-old", "fp": fingerprint(WIRE)}))
    index = DuplicateIndex(0.8)
    index.seed(stored["id"], stored["hash"], tuple(stored["fp"]))
    near = index.add(_art("new", WIRE + " The inquiry is due to report next month."))
    assert (near.duplicate_of, near.duplicate_kind) == ("old", "near")
    exact = DuplicateIndex()
    exact.seed("old", hashlib.sha256(WIRE.encode()).hexdigest(), fingerprint(WIRE))
    assert exact.add(_art("new", WIRE)).duplicate_kind == "exact"


def test_fingerprint_shape_and_stability() -> None:
    fp = fingerprint(WIRE)
    assert len(fp) == NUM_PERM and all(isinstance(v, int) and 0 <= v < 2**31 for v in fp)
    assert fp == fingerprint(WIRE.upper())  # case-insensitive words
    assert fingerprint("") == () and similarity((), ()) == 0.0
    assert similarity(fp, fingerprint("A completely different text about the weather and crops.")) < 0.1


def test_threshold_decides_near_copies() -> None:
    half = WIRE[: len(WIRE) // 2]
    assert mark_duplicates([_art("a", WIRE), _art("b", half)], threshold=0.9)[1].duplicate_of is None
    assert mark_duplicates([_art("a", WIRE), _art("b", half)], threshold=0.3)[1].duplicate_of == "a"


_WORDS = st.lists(
    st.sampled_from(
        "army rebels town fired killed said officials market north river bridge two five".split()
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(_WORDS)
def test_an_article_is_an_exact_duplicate_of_itself(words: list[str]) -> None:
    text = " ".join(words)
    assert similarity(fingerprint(text), fingerprint(text)) == 1.0
    first, copy = mark_duplicates([_art("x", text), _art("y", text)], threshold=0.8)
    assert first.duplicate_of is None and (copy.duplicate_of, copy.duplicate_kind) == ("x", "exact")


def test_built_articles_with_the_same_clean_text_are_exact_copies() -> None:
    a = article_from_text("a", "Accessibility links\n\n" + WIRE)
    b = article_from_text("b", WIRE + "\nShare this article")
    assert a.content_hash == b.content_hash
    assert mark_duplicates([a, b], 0.8)[1].duplicate_kind == "exact"
