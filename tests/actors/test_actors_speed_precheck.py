"""The fast paths of the actor dictionary give what the slow ones give.

The token pre-check (sitrep.actors.precheck) lets a pattern skip a text that cannot hold its
words; these tests check that it never skips a text the pattern matches, that an article's gate
is sound for its sentences, and that the cheap record builders keep every field.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.actors.countries import countries, country_by_form
from sitrep.actors.dictionary import OPEN, ActorDictionary, Gate, Mention, _shift, default_dictionary, placed, plain
from sitrep.actors.precheck import FOLDS_TO_ASCII, WordIndex, runs, tokens, whole_runs
from sitrep.types import Actor


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return default_dictionary()


def _vocabulary() -> list[str]:
    d = default_dictionary()
    aliases = [al for a in d._named.values() for al in a["aliases"]]
    forms = [f for c in countries() for f in c.forms]
    fillers = ["the", "a", "attacked", "said", "in", "of", "suspected to be", "killed", "Muslim", "led"]
    return sorted(set(aliases[::3] + forms[::4] + list(d._generic)[::2] + list(d._identities) + fillers))


VOCAB = _vocabulary()
SEPARATORS = [" ", " ", " ", ", ", "-", "'", "’", "’s ", ". ", "\n", "\t", "_", "", "2"]
SEPARATORS += ["é", "\u017f", "\u212a", "\u0130"]  # a letter; three that IGNORECASE folds to ASCII


def _folded_letters(word: str) -> str:
    """The word with letters that re.IGNORECASE still matches to s, k and i (ſ, Kelvin sign, ı)."""
    return word.replace("s", "\u017f").replace("k", "\u212a").replace("i", "\u0131")


CASES = [str, str, str.lower, str.upper, str.title, _folded_letters]


@st.composite
def texts(draw) -> str:
    """Text made of the dictionary's own words, cased and glued in many ways (some glue makes
    words run together, some is one of the characters that IGNORECASE folds to ASCII)."""
    n = draw(st.integers(1, 12))
    out = []
    for _ in range(n):
        out.append(draw(st.sampled_from(CASES))(draw(st.sampled_from(VOCAB))))
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


def outcome(fn, *args):
    """The result of ``fn(*args)`` or the type of the exception it raises: the dictionary's
    lookups by ``str.lower`` fail on words matched through ſ, ı or the Kelvin sign (a known bug,
    slow path and fast path alike), and the fast path must fail the same way."""
    try:
        return fn(*args)
    except KeyError as exc:
        return type(exc)


def _patterns(d: ActorDictionary) -> dict[str, list[re.Pattern[str]]]:
    return {
        "named_cs": [d._named_cs],
        "named_ci": [d._named_ci],
        "identity": [d._identity_after, d._identity, d._identity_plural, d._identity_suspected],
        "qualified": [d._qualified],
        "bare": [d._bare],
    }


@settings(max_examples=400, deadline=None)
@given(texts())
def test_a_closed_gate_means_no_match(text):
    d = default_dictionary()
    gate = d.gate(tokens(text))
    for family, patterns in _patterns(d).items():
        if not getattr(gate, family):
            assert not any(rx.search(text) for rx in patterns), (family, text)


@settings(max_examples=300, deadline=None)
@given(texts(), st.sampled_from([None, "Iraq", "Nigeria", "United States"]), st.integers(0, 500))
def test_gated_mentions_equal_ungated(text, country, offset):
    d = default_dictionary()
    gated = outcome(d._mentions, text, offset, country, d.gate(tokens(text)))
    assert gated == outcome(d._mentions, text, offset, country, OPEN)


@settings(max_examples=300, deadline=None)
@given(texts(), texts(), texts(), st.sampled_from([None, "Iraq"]))
def test_the_article_gate_holds_for_its_whole_sentences(before, sentence, after, country):
    article = before + sentence + after
    start = len(before)
    d = default_dictionary()
    if whole_runs(article, sentence, start):
        gate = d.article_gate(tokens(article))
        gated = outcome(d._mentions, sentence, start, country, gate)
        assert gated == outcome(d._mentions, sentence, start, country, OPEN)


@settings(max_examples=200, deadline=None)
@given(texts())
def test_countries_and_homes_are_the_same_with_the_precheck(text):
    d = default_dictionary()
    found = tokens(text)
    ref = plain(text)  # the reference scan reads the folding letters as ASCII too (dictionary.plain)
    named = (country_by_form(m.group(1)) for m in d._country_forms.finditer(ref))
    assert d.countries_in(text, found) == Counter(c.name for c in named if c is not None)
    by_iso = {c.iso2: c.name for c in countries()}

    def slow_homes():
        homes = (d._named[m.actor.name].get("home") for m in d._find_named(ref, None, OPEN))
        return Counter(by_iso[h] for h in homes if h in by_iso)

    assert outcome(d.home_countries, text, found) == outcome(slow_homes)


def test_folds_to_ascii_is_every_such_character():
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1) if letter.match(chr(c))}
    assert found == set(FOLDS_TO_ASCII)


def test_tokens_keep_case_and_lower_case():
    found = tokens("ISIS fighters, al-Shabaab’s men")
    assert found >= {"ISIS", "isis", "al", "Shabaab", "shabaab", "s", "men"}
    assert tokens("\u212a is a Kelvin sign") is None
    assert tokens("") == frozenset()


def test_runs_of_a_word():
    assert runs("al-Shabaab") == ("al", "Shabaab")
    assert runs("al-Shabaab", folded=True) == ("al", "shabaab")
    assert runs("Cartel Jalisco Nueva Generación", folded=True) == ("cartel", "jalisco", "nueva")
    assert runs("U.S.") == ("U", "S")


def test_word_index_needs_every_run():
    index = WordIndex.of(["Boko Haram", "ISWAP"])
    assert index.may_occur(frozenset({"Boko", "Haram", "killed"}))
    assert not index.may_occur(frozenset({"Boko", "killed"}))
    assert not index.may_occur(frozenset({"iswap"}))  # case-sensitive words keep their case
    assert WordIndex.of(["iswap"], folded=True).may_occur(frozenset({"iswap"}))
    assert index.may_occur(None)
    assert WordIndex.of(["--"]).may_occur(frozenset())  # a word with no run: no pre-check


@pytest.mark.parametrize(
    ("article", "part", "start", "whole"),
    [
        ("Gunmen fled. Police came.", "Police came.", 13, True),
        ("Gunmen fled. Police came.", "Gunmen fled.", 0, True),
        ("Gunmen fled. Police came.", "olice came.", 14, False),  # cuts "Police"
        ("Gunmen fled. Police came.", "Gunmen fl", 0, False),  # cuts "fled"
        ("Gunmen fled. Police came.", "Soldiers", 13, False),  # not the article's text there
        ("Gunmen fled.", "Gunmen fled.", -1, False),
    ],
)
def test_whole_runs(article, part, start, whole):
    assert whole_runs(article, part, start) is whole


def test_placed_keeps_every_other_field():
    values = {"name": "Boko Haram", "inter": 2, "start": 1, "end": 5, "text": "Boko", "reason": "why"}
    assert set(values) == {f.name for f in dataclasses.fields(Actor)}, "a new Actor field: update placed()"
    moved = placed(Actor(**values), 10, 14, "BOKO")
    assert dataclasses.asdict(moved) == {**values, "start": 10, "end": 14, "text": "BOKO"}


def test_shift_keeps_every_mention_field():
    actor = Actor("Civilians (Iraq)", 7, 2, 11, "villagers", "generic")
    values = {"actor": actor, "kind": "civilian", "noun": "villagers", "definite": True, "anaphoric": True,
              "qualified": True}
    fields = {f.name for f in dataclasses.fields(Mention)}
    assert set(values) == fields, "a new Mention field: update _shift()"
    text = "  villagers fled"
    shifted = _shift(Mention(**values), text, 100)
    assert shifted == Mention(**{**values, "actor": placed(actor, 102, 111, "villagers")})
    assert _shift(Mention(**values), text, 0) == Mention(**values)


def test_mentions_are_a_fresh_list_each_time(d):
    first = d.mentions("Gunmen killed three villagers.", 0, "Nigeria")
    first.clear()
    assert [m.actor.name for m in d.mentions("Gunmen killed three villagers.", 0, "Nigeria")] == [
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ]


def test_a_gate_given_by_the_caller_is_used(d):
    closed = Gate(False, False, False, False, False)
    text = "Militants attacked a police post near Maiduguri."
    assert d._mentions(text, 0, "Nigeria", closed) == ()
    assert len(d.mentions(text, 7, "Nigeria", closed)) == 0  # the caller vouches for the gate
    assert len(d.mentions(text, 8, "Nigeria")) == 2


def test_the_bundled_dictionary_is_fully_prechecked(d):
    indexes = [d._runs_cs, d._runs_ci, d._runs_identity, d._runs_country, d._runs_noun, d._runs_bare]
    assert all(i.by_first is not None for i in indexes), "a word that cannot be pre-checked slows every text"
