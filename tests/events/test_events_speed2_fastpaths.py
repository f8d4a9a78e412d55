"""The fast paths of the events stage give what the slow paths they replace give.

Three shortcuts, each a necessary condition tested before work is done: word keys taken from a
memo of words already seen, claim patterns skipped when none of their lead words occurs, typing
rules dropped when one of their partner cues cannot match. Sentences are generated from the
lexicons' own words mixed with filler, so that cues do occur and the conditions are exercised.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events import claims, lexicon, typing

_FILLER = ["the", "Army", "x-said", "said's", "in", "town", "’", "-", ",", ".", "2019", "ſaid", "K", "é"]


def _lexicon_words() -> list[str]:
    lex_cues = lexicon._read("cues.json")["cues"]
    words = {w for frags in lex_cues.values() for f in frags for w in re.findall(r"[a-z]+", f)}
    return sorted(words)


def _claim_words() -> list[str]:
    data = claims._cues()
    return sorted({e for key in claims._PATTERN_LISTS.values() for e in data[key]})


_LEX_WORDS = _lexicon_words()
_CLAIM_WORDS = _claim_words()


def _sentences(words: list[str]):
    tokens = st.sampled_from(words + _FILLER)
    seps = st.sampled_from([" ", " ", " ", ", ", "-", "'s ", "’ ", "\n"])
    return st.lists(st.tuples(tokens, seps), min_size=1, max_size=25).map(
        lambda parts: "".join(t + s for t, s in parts).strip()
    )


def _slow_word_keys(folded: str) -> frozenset[str]:
    toks = lexicon._TOKEN.findall(folded)
    return frozenset(t[:n] for t in toks for n in range(lexicon.MIN_KEY_CHARS, lexicon.ANCHOR_CHARS + 1))


@settings(max_examples=200, deadline=None)
@given(_sentences(_LEX_WORDS))
def test_word_keys_equal_the_sliced_definition(text):
    folded = text.lower()
    assert lexicon.word_keys.__wrapped__(folded) == _slow_word_keys(folded)


def test_word_keys_memo_stays_bounded_and_right(monkeypatch):
    monkeypatch.setattr(lexicon, "MAX_MEMO_WORDS", 3)
    lexicon._TOKEN_KEYS.clear()
    first = "gunmen stormed the village and abducted eleven farmers"
    second = "troops retook the town"
    assert lexicon.word_keys.__wrapped__(first) == _slow_word_keys(first)
    assert lexicon.word_keys.__wrapped__(second) == _slow_word_keys(second)  # memo full: cleared first
    assert set(lexicon._TOKEN_KEYS) == set(second.split())
    lexicon._TOKEN_KEYS.clear()


def _unfiltered_cues(text: str) -> list:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(claims, "_folded_filters", lambda: {})
        return claims.find_cues(text, 7)


@settings(max_examples=200, deadline=None)
@given(_sentences(_CLAIM_WORDS))
def test_claim_cues_same_with_and_without_lead_word_filter(text):
    assert claims.find_cues(text, 7) == _unfiltered_cues(text)


def test_lead_word_filter_skips_a_pattern_whose_words_are_absent():
    scan = claims._Scanner("the convoy was hit near the bridge")
    assert scan("deny") == ()
    assert [m.group() for m in claims._Scanner("officials said it was hit")("report")] == ["said"]


def test_lead_word_filter_is_off_where_lower_casing_moves_offsets():
    text = "İstanbul police said nothing"  # 'İ' lower-cases to two characters
    scan = claims._Scanner(text)
    assert scan.words is None
    assert [m.group() for m in scan("report")] == ["said"]


def test_lead_words_are_whole_words_of_every_entry():
    for name, key in claims._PATTERN_LISTS.items():
        lead = claims._lead_words()[name]
        assert lead is not None, name
        for entry in claims._cues()[key]:
            assert re.match(r"\w+", entry.lower()).group() in lead


def _unfiltered_type(text: str):
    lex = lexicon.load_lexicon()
    with pytest.MonkeyPatch.context() as m:
        m.setitem(typing._PARTNERS, id(lex), tuple(() for _ in lex.rules))
        return typing.classify_sentence(text, places=())


@settings(max_examples=300, deadline=None)
@given(_sentences(_LEX_WORDS))
def test_typing_same_with_and_without_partner_filter(text):
    assert typing.classify_sentence(text, places=()) == _unfiltered_type(text)


@settings(max_examples=200, deadline=None)
@given(_sentences(_LEX_WORDS))
def test_a_rule_dropped_by_the_partner_filter_has_a_partner_that_finds_nothing(text):
    lex = lexicon.load_lexicon()
    folded = text.lower()
    if len(folded) != len(text):
        return
    keys = lexicon.word_keys(folded)
    kept = {id(r) for r in typing._rules_for(lex, keys)}
    matches = typing._Matches(text, lex, ())
    for rule, trigger_keys in zip(lex.rules, typing._rule_anchors(lex)):
        by_trigger = not trigger_keys or not trigger_keys.isdisjoint(keys)
        if by_trigger and id(rule) not in kept:
            assert any(not matches(c) for c in rule.all[1:]), rule


def test_partner_filter_drops_rules_only_for_missing_partner_words():
    lex = lexicon.load_lexicon()
    needs = typing._partner_anchors(lex)
    assert len(needs) == len(lex.rules)
    assert any(needs)  # some rules have partner cues with keys: the filter has work to do
    everything = frozenset().union(*(a for n in needs for a in n), *typing._rule_anchors(lex))
    assert len(typing._rules_for(lex, everything)) == len(lex.rules)
