"""Session 15b speed paths of typing: cues opening with few letters scanned through a scout give the
plain pattern's matches; the rule pre-selection gives the same rules."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events import typing
from sitrep.events.lexicon import load_lexicon, word_keys
from sitrep.textutil import SkipScan, first_chars

PIECES = [
    "shot", "shot at", "shots", "shooting", "shoot", "opened fire", "fired on", "fire", "killed", "kill",
    "murder-suicide", "shot himself", "injured", "were injured", "wounded", "hit", "launched", "grenade",
    "a", "the", "was", "he", "they", "police", "in", "-", "'", "’", ",", ".", "\n", " ", "ß", "é", "9",
    "spent shells", "mass grave", "blamed", "stolen", "steal", "entered", "retaken", "ſ", "k",
]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def _seen(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_some_cues_are_scouted_and_most_are_not():
    scans = typing._cue_scans(load_lexicon())
    scouted = [c for c, s in scans.items() if isinstance(s, SkipScan)]
    assert scouted and len(scouted) < len(scans) / 2
    for cue in scouted:
        first = first_chars(scans[cue].pattern)
        assert scans[cue].scout is not None and len(first) - 2 <= typing.SCOUT_MAX_FIRST, cue
    assert typing._cue_scan(re.compile(r"(?<![\w-])(?:shot|fired)(?![\w])")).__class__ is SkipScan
    assert typing._cue_scan(re.compile(r"(?<![\w-])(?:a|b|c|d|e)(?![\w])")).__class__ is re.Pattern


@settings(max_examples=200, deadline=None)
@given(st.one_of(texts, glued))
def test_scouted_cues_give_the_plain_matches(text):
    lex = load_lexicon()
    folded = text.lower()
    for cue, scan in typing._cue_scans(lex).items():
        if isinstance(scan, SkipScan):
            assert _seen(scan.finditer(folded)) == _seen(lex.cues[cue].finditer(folded)), cue


@settings(max_examples=100, deadline=None)
@given(texts)
def test_rule_selection_is_the_plain_one(text):
    lex = load_lexicon()
    keys = word_keys(text.lower())
    partners = typing._partner_anchors(lex)
    got = typing._rules_for(lex, keys)
    picked = [r for i, r in enumerate(lex.rules)
              if (not typing._rule_anchors(lex)[i] or not typing._rule_anchors(lex)[i].isdisjoint(keys))
              and all(not a.isdisjoint(keys) for a in partners[i])]
    assert got == picked
