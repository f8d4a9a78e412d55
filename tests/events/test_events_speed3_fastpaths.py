"""The third round of event-extraction shortcuts gives what the slow paths it replaced give.

Three shortcuts: cue alternations written with fragments grouped by their first letter
(``lexicon.factor_alternation``), the word keys and cue matches of a sentence shared between its
pre-check, its reading as itself and as the next sentence's context (``typing._read``), its keys
kept to the lexicon's anchor vocabulary (``typing._vocabulary_keys``), and the count patterns gated
on each phrase's longest word instead of its first (``counts._key_words``). Texts are generated
from the lexicons' own words mixed with filler, so that cues do occur and the paths are exercised.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.events import counts, lexicon, modality, typing

_FILLER = [
    "the", "Army", "x-said", "said's", "in", "town", "’", "-", ",", ".", "2019", "ſaid", "K", "é", "İ",
]


def _cue_fragments() -> dict[str, list[str]]:
    data = lexicon._read("cues.json")
    found = dict(data["cues"])
    mod = lexicon.load_modality()
    found.update({f"modality {k}": v for k, v in mod["markers"].items()})
    found["also"] = mod["also_markers"]
    found["escalation"] = data["escalation"]["cues"]
    return found


_FRAGMENTS = _cue_fragments()
_LEX_WORDS = sorted({w for frags in _FRAGMENTS.values() for f in frags for w in re.findall(r"[a-z]+", f)})


def _texts(words: list[str]):
    tokens = st.sampled_from(words + _FILLER)
    seps = st.sampled_from([" ", " ", " ", ", ", "-", "'s ", "’ ", "\n"])
    return st.lists(st.tuples(tokens, seps), min_size=1, max_size=25).map(
        lambda parts: "".join(t + s for t, s in parts).strip()
    )


def _flat(fragments: list[str], fold: bool) -> re.Pattern[str]:
    """The alternation as it was written before factoring (the reference)."""
    ordered = sorted(fragments, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w])", re.IGNORECASE if fold else 0)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]


# ----- factored alternations ------------------------------------------------------------------


@functools.cache
def _pattern_pairs() -> list[tuple[bool, re.Pattern[str], re.Pattern[str]]]:
    """(ignore case, factored, flat) for every alternation of the lexicons, compiled once."""
    return [
        (fold, lexicon.compile_alternation(fragments, ignore_case=fold), _flat(fragments, fold))
        for fragments in _FRAGMENTS.values()
        for fold in (False, True)
    ]


@settings(max_examples=200, deadline=None)
@given(_texts(_LEX_WORDS))
def test_every_lexicon_alternation_matches_as_the_flat_one(text):
    for fold, factored, flat in _pattern_pairs():
        subject = text if fold else text.lower()
        assert _spans(factored, subject) == _spans(flat, subject)


# Fragments of every shape the factoring treats differently: plain words sharing first letters,
# a prefix of another, quantified first letters, leading groups (expanded in place), classes,
# escapes, top-level alternatives, and an optional tail that lets two fragments match at one spot.
_PIECES = [
    "ab", "abc", "a", "b", "ba", "a b", "ab c", "s?ab", "a*b", "(?:ab|a) c", "(?:a|b)?c", "[ab]c",
    r"\w+c", r"\d", "a|cb", "ab(?:c)?", "abc?", "(?:b|ab)", "A", "Ab", "é", "éa", " a", "-a",
    "(?:a|b)(?:c|a)",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8, unique=True),
    st.text(alphabet="abcAB é-1\n", max_size=30),
    st.booleans(),
)
@example(["a", "a b", "ab c", "ab"], "x a b ab c ab", False)
@example(["abc?", "ab", "(?:ab|a) c", "s?ab"], "ab a c sab abc", True)
def test_factoring_keeps_the_first_fragment_that_matches(fragments, text, fold):
    factored = lexicon.compile_alternation(fragments, ignore_case=fold)
    assert _spans(factored, text) == _spans(_flat(fragments, fold), text)


def test_factoring_groups_fragments_by_first_letter_in_order():
    assert lexicon.factor_alternation(["kills", "kill", "shot"]) == "kill(?:s|)|shot"
    # a fragment opening with a group is spelled out in place; a class stays where it was
    factored = lexicon.factor_alternation(["(?:was|were) hit", "[wx]on", "won"])
    assert factored == "w(?:as hit|ere hit)|[wx]on|won"


def test_factoring_leaves_non_ascii_heads_ungrouped_when_folding():
    assert lexicon.factor_alternation(["éa", "éb"], fold=True) == "éa|éb"
    assert lexicon.factor_alternation(["éa", "éb"]) == "é(?:a|b)"


def test_modality_markers_are_compiled_factored():
    markers = modality._markers().patterns
    some = next(iter(markers))
    expected = lexicon.compile_alternation(lexicon.load_modality()["markers"][some])
    assert markers[some].pattern == expected.pattern


# ----- cue matches shared with the next sentence's context ------------------------------------

_SENTENCES = [
    "A fire broke out at the chemical plant on Monday.",
    "An explosion then killed three workers at the site.",
    "Gunmen stormed the village and abducted eleven farmers, police said.",
    "Soldiers later freed them after a clash near the river.",
    "Two men were shot dead in a robbery at a petrol station.",
    "The army said it had recaptured the town from the rebels.",
]


def _all_readings(pairs) -> list:
    return [typing.classify_sentence(s, context=prev) for prev, s in pairs]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES) | _texts(_LEX_WORDS), min_size=2, max_size=6))
def test_typing_same_with_a_cold_or_a_shared_cache(sentences):
    pairs = list(zip([None, *sentences], sentences))
    typing._SHARED.clear()
    shared = _all_readings(pairs)
    cold = []
    for prev, s in pairs:
        typing._SHARED.clear()
        cold.append(typing.classify_sentence(s, context=prev))
    assert [repr(r) for r in shared] == [repr(r) for r in cold]


def test_context_vetoes_reuse_the_matches_of_the_sentence_before():
    typing._SHARED.clear()
    prev, s = _SENTENCES[0], _SENTENCES[1]
    typing.classify_sentence(prev)
    before = dict(typing._SHARED[prev].cues)
    assert before  # the sentence's own reading filled its cache
    typing.classify_sentence(s, context=prev)
    assert all(typing._SHARED[prev].cues[cue] is found for cue, found in before.items())


def test_place_cues_are_never_shared():
    typing._SHARED.clear()
    text = "Rebels seized the hills around Kidal."
    typing.classify_sentence(text, places=((31, 36),))
    assert not any("PLACE" in cue for cue in typing._SHARED[text].cues)
    # the same text with other places (or none, as a context) gets its own PLACE matches
    with_places = typing._Matches(text, lexicon.load_lexicon(), ((31, 36),))("PLACE")
    guessed = typing._Matches(text, lexicon.load_lexicon(), None)("PLACE")
    assert [(m.start(), m.end()) for m in with_places] == [(31, 36)]
    assert [m.group() for m in guessed] == ["Kidal"]


def test_shared_cache_stays_bounded_and_follows_the_lexicon(monkeypatch):
    monkeypatch.setattr(typing, "MAX_SHARED_SENTENCES", 2)
    typing._SHARED.clear()
    for s in _SENTENCES[:4]:
        typing.classify_sentence(s)
    assert len(typing._SHARED) <= 2 and _SENTENCES[3] in typing._SHARED  # cleared, then refilled
    lex = lexicon.load_lexicon()
    other = lexicon.Lexicon(lex.version, lex.cues, lex.rules, lex.cues_i, lex.anchors, lex.trigger_keys)
    assert typing._read(other, _SENTENCES[3]).cues == {}  # another lexicon: a fresh reading


@settings(max_examples=200, deadline=None)
@given(_texts(_LEX_WORDS))
def test_sentence_keys_are_the_word_keys_the_lexicon_is_anchored_on(text):
    lex = lexicon.load_lexicon()
    folded = text.lower()
    vocabulary = frozenset().union(*lex.anchors.values())
    assert typing._vocabulary_keys(lex, folded) == lexicon.word_keys.__wrapped__(folded) & vocabulary
    # the pre-check answers as it did with every key of the sentence
    slow = len(folded) != len(text) or not lex.trigger_keys.isdisjoint(lexicon.word_keys.__wrapped__(folded))
    typing._SHARED.clear()
    assert typing.could_type(text) == slow


def test_pre_check_of_an_empty_or_case_odd_text():
    typing._SHARED.clear()
    assert typing.could_type("") is False
    assert typing.could_type("İ") is True  # lower-casing moves offsets: no pre-check


def test_vocabulary_memo_stays_bounded(monkeypatch):
    monkeypatch.setattr(typing, "MAX_MEMO_WORDS", 3)
    lex = lexicon.load_lexicon()
    first = typing._vocabulary_keys(lex, "gunmen stormed the village and abducted eleven farmers")
    assert len(typing._VOCABULARY[id(lex)][2]) <= 3 + 8
    again = typing._vocabulary_keys(lex, "gunmen stormed the village and abducted eleven farmers")
    assert first == again and {"gunme", "storm", "abduc"} <= first and "the" not in first


# ----- count patterns gated on their phrases' key words ---------------------------------------


def _count_words() -> list[str]:
    lex = counts._patterns().lex
    phrases = lex["toll_phrases"] + lex["bodies_phrases"] + [v for vs in lex["verbs"].values() for v in vs]
    nums = list(lex["units"]) + list(lex["tens"]) + list(lex["vague"]) + ["12", "3", "1,200"]
    nouns = [n for ns in lex["nouns"].values() for n in ns]
    nouns += ["people", "civilians", "soldiers", "of", "to", "rose"]
    return phrases + nums + nouns


_COUNT_WORDS = _count_words()


@settings(max_examples=300, deadline=None)
@given(_texts(_COUNT_WORDS))
def test_quantities_same_with_and_without_the_key_word_gates(text):
    fast = counts._sentence_quantities(text, 0)
    gated = counts._gated

    def ungated(p, words, has_pred, odd):
        """The phrase-word gates open (they are speed only); the predicate and noun gates are the
        patterns' own conditions and stay."""
        opened = {id(rx): True for rx in (p.toll, p.bodies, p.verb, p.left)}
        return {**gated(p, words, has_pred, odd), **opened}

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(counts, "_gated", ungated)
        slow = counts._sentence_quantities(text, 0)
    assert fast == slow


def test_key_words_are_whole_words_of_their_phrases_and_skip_articles():
    lex = counts._patterns().lex
    keys = counts._phrase_words()
    for name, phrases in (("toll", lex["toll_phrases"]), ("bodies", lex["bodies_phrases"])):
        for ph in phrases:
            assert keys[name] & set(re.findall(r"\w+", ph.lower())), ph
        assert "the" not in keys[name]
    assert counts._key_words(["the death toll", "number of dead"]) == frozenset({"death", "number"})


def test_a_toll_sentence_still_gives_its_toll():
    found = counts._sentence_quantities("The death toll rose to 27 on Sunday.", 0)
    assert [(q.kind, q.value) for q in found] == [("killed", 27)]


@settings(max_examples=300, deadline=None)
@given(_texts(_COUNT_WORDS + ["no one", "nobody", "none", "injuries", "casualties", "killed", "hurt"]))
def test_zero_pre_check_is_the_substring_test(text):
    lowered = text.lower()
    needed = counts._zero_literals()
    assert needed is not None
    assert counts._may_say_zero(lowered) == any(lit in lowered for lit in needed)

