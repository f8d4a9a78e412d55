"""Session 16 speed paths in the events stage give the readings of the plain code: each fast path is
checked against the reading it replaces."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events import counts
from sitrep.types import Sentence

PIECES = [
    "at least", "40", "1,700", "forty-two", "Five", "dozens of", "a dozen", "several", "one", "people",
    "soldiers", "civilians", "police officers", "a man", "the woman", "He", "were", "was", "killed",
    "wounded", "injured", "died", "dead", "shot", "fatally shot", "stabbed to death", "the death toll",
    "rose to", "bodies of", "left", "no one was hurt", "No one was killed", "the killing of", "including",
    "in 2014", "\u017foldiers", "k\u0131ll", "\u0130njured", "\u212ailled", ",", ".", "and", "in", "on Monday",
    "militiamen", "abducted", "arrested", "displaced", "another", "others",
]
sentence = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join)


def _plain(text: str, sentences) -> tuple:
    """find_quantities before the sentence memo: every sentence read where it stands."""
    out = []
    for s in sentences:
        out.extend(counts._sentence_quantities(s.text, s.start))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(sentence, st.integers(min_value=0, max_value=5000))
def test_a_sentence_reads_the_same_wherever_it_stands(text, base):
    shifted = [replace(q, start=q.start - base, end=q.end - base) for q in counts._sentence_quantities(text, base)]
    assert shifted == list(counts._quantities_at_zero(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=5), st.integers(min_value=0, max_value=40))
def test_memoised_find_quantities_equals_the_plain_reading(parts, lead):
    text, sentences = " " * lead, []
    for part in parts:
        sentences.append(Sentence(len(text), len(text) + len(part), part))
        text += part + " "
    assert counts.find_quantities(text, sentences) == _plain(text, sentences)
    assert counts.find_quantities(text, sentences) == _plain(text, sentences)  # again, from the memo


def test_the_same_sentence_at_two_offsets_keeps_each_offset():
    s = "Gunmen killed 12 villagers in Zamfara state."
    text = s + " " + s
    sentences = [Sentence(0, len(s), s), Sentence(len(s) + 1, 2 * len(s) + 1, s)]
    found = counts.find_quantities(text, sentences)
    assert [(q.value, text[q.start:q.end]) for q in found] == [(12, "12 villagers"), (12, "12 villagers")]
    assert found[1].start == found[0].start + len(s) + 1


# ----- notes: the description, target and means patterns are tried only where a literal shows ----

from sitrep.events import notes  # noqa: E402

NOTE_PIECES = [
    "Gunmen", "gunmen", "unknown", "armed men", "suicide bomber", "Militiamen", "the", "a", "crowded",
    "busy", "market", "Market", "checkpoint", "convoy", "police station", "stormed", "attacked", "struck",
    "with", "using", "drove", "a car bomb", "an ambulance packed with explosives", "drones", "Drone",
    "kamikaze", "roadside bombs", "landmine", "villagers", "protesters", "Rioters", "youths", "residents",
    "said", "according to", "killed", "12", "people", ",", ".", "\n\n", "in", "near", "(AP) —",
    "\u017fchool", "m\u0131litants", "\u0130", "\u212aabul", "vi\u0142lage", "sc\u0127ool",
]
passage = st.lists(st.sampled_from(NOTE_PIECES), max_size=24).map(" ".join)


def _ungated(monkeypatch, fn, *args):
    with monkeypatch.context() as mp:
        mp.setattr(notes, "_may_match", lambda needles, text: True)
        return fn(*args)


@settings(max_examples=400, deadline=None)
@given(passage, st.integers(min_value=0, max_value=6))
def test_gated_note_phrases_equal_ungated(text, body):
    import pytest

    mp = pytest.MonkeyPatch()
    try:
        body = min(body, len(text))
        for kind in notes._templates()["descriptions"]:
            assert notes._description(text, body, kind, "actor1") == _ungated(
                mp, notes._description, text, body, kind, "actor1")
        assert notes._target(text, body) == _ungated(mp, notes._target, text, body)
        assert notes._means(text, body) == _ungated(mp, notes._means, text, body)
    finally:
        mp.undo()


@settings(max_examples=300, deadline=None)
@given(passage)
def test_a_gate_says_no_only_where_the_pattern_finds_nothing(text):
    rxs = [(notes._description_rx(k), notes._description_needles(k)) for k in notes._templates()["descriptions"]]
    rxs += [(notes._cue_rx()[k], notes._needles(notes._cue_rx()[k])) for k in ("target", "means")]
    for rx, needles in rxs:
        if not notes._may_match(needles, text):
            assert rx.search(text) is None, rx.pattern[:60]


def test_note_gates_know_their_literals():
    assert "gunmen" in notes._needles(notes._description_rx("armed"))
    assert {"gunmen", "suicide"} <= notes._description_needles("armed")
    assert all(notes._description_needles(k) for k in notes._templates()["descriptions"])
    assert "convoy" in notes._needles(notes._cue_rx()["target"])
    assert "drone" in notes._needles(notes._cue_rx()["means"])
    means, target = (notes._needles(notes._cue_rx()[k]) for k in ("means", "target"))
    assert not notes._may_match(means, "Police said the suspect fled on foot.")
    assert notes._may_match(means, "A DRONE struck the depot.")
    assert notes._may_match(target, "They hit a \u017fchool")  # long s: always tried


def test_generic_kind_memo_reads_as_before():
    assert notes._generic_kind(None) is None
    kinds = notes._templates()["generic_actors"]
    kind, prefixes = next(iter(kinds.items()))
    assert notes._generic_kind(prefixes[0]) == kind
    assert notes._generic_kind(prefixes[0] + " (Mali)") == kind
    assert notes._generic_kind("Military Forces of Mali (2021-)") is None


# ----- patterns compiled when the stage is built, not in the first article needing them -------------


def test_prepare_compiles_the_lazy_patterns():
    from sitrep.events import assemble, stage
    from sitrep.geo import eventplace
    from sitrep.time import counted, recalled, weekdays

    builders = (recalled._court_cue, recalled._count_pattern, recalled._since_link, counted._count,
                weekdays._weekday_pattern, weekdays._month_pattern, assemble._last_period,
                eventplace._owner_pattern, eventplace._venue_head, notes._cue_rx)
    for build in builders:
        build.cache_clear()
    notes._description_rx.cache_clear()
    stage.prepare()
    assert all(build.cache_info().currsize == 1 for build in builders)
    assert notes._description_rx.cache_info().currsize == len(notes._templates()["descriptions"])


def test_people_at_end_reads_as_the_inline_pattern():
    import re

    inline = rf"(?i)\b(?:{counts._alt(counts._patterns().lex['singular_people'])})$"
    for subj in ("the man", "their son", "the convoy", "His Wife", "the old woman", "the manager", "her"):
        assert bool(counts._people_at_end().search(subj)) == bool(re.search(inline, subj)), subj
    assert counts._people_at_end().search("the man") and not counts._people_at_end().search("the convoy")


@settings(max_examples=300, deadline=None)
@given(passage)
def test_needle_finder_equals_substring_tests(text):
    low = text.lower()
    for needles in (notes._description_needles("armed"), notes._needles(notes._cue_rx()["means"])):
        assert (notes._finder(needles).search(low) is not None) == any(n in low for n in needles)
