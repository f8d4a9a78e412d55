"""One-pass fast paths give what the per-word scans gave: organisation names and register phrases
found by one automaton pass, literal pre-checks by one pattern search, lower-case words found on
first use, and second-pass scores taken from the document's prior memo."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sitrep.geo import detect, sources, streets
from sitrep.geo.detect import Mention
from sitrep.geo.normalize import fold
from sitrep.geo.resolve import Focus, _Priors, _prior_reasons, _same_pass, _second_pass, colocation, prior

from geo_places import hand_place

ORG_PIECES = list(sources.org_names()[:6])
REGISTER_PIECES = [p for _, p in detect._register_phrases()[:8]]
PIECES = [*ORG_PIECES, *REGISTER_PIECES, "Sheriff's Office", "sheriffs", "departments", "Interstate", "I-",
          "CR", "Loop", "the", "of", "in", ",", ".", "-", "_", "x", "\n", "É", "İ", "£"]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)
glued_texts = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)  # phrases glued to words and each other
any_text = st.one_of(texts, glued_texts)


def _org_spans_by_find(folded: str) -> list[tuple[int, int]]:
    """Organisation spans as they were found: a ``str.find`` loop per name."""
    out = []
    for key in sources.org_names():
        i = folded.find(key)
        while i >= 0:
            out.append((i, i + len(key)))
            i = folded.find(key, i + 1)
    return out


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_org_spans_in_one_pass_equal_a_find_loop_per_name(text):
    folded = fold(text)
    assert sorted(detect._org_spans(folded)) == sorted(_org_spans_by_find(folded))


def test_org_spans_find_overlapping_and_repeated_names():
    name = sources.org_names()[0]
    folded = f"{name} and {name}{name}"
    assert sorted(detect._org_spans(folded)) == sorted(_org_spans_by_find(folded))
    assert len(detect._org_spans(folded)) >= 3


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_register_phrases_in_one_pass_equal_a_find_per_phrase(text):
    low = fold(text)
    want = [cc for cc, p in detect._register_phrases() if detect._has_phrase(low, p)]
    got = detect.register_votes(text, low)
    assert got[:len(want)] == want
    assert len(got) - len(want) == sum(1 for _, rx in detect._register_patterns() if rx.search(text))


def test_only_the_first_occurrence_of_a_register_phrase_counts():
    # the first "police department" is glued to a word: no vote, as with str.find, even though a
    # later one stands alone
    text = "Xpolice department and the police department"
    low = fold(text)
    assert detect._has_phrase(low, "police department") is False
    assert detect.register_votes(text).count("US") == [cc for cc, p in detect._register_phrases()
                                                        if detect._has_phrase(low, p)].count("US")


def test_an_automaton_over_no_phrase_finds_nothing():
    assert detect._phrase_automaton(["", ""]) is None
    assert detect._first_occurrences("any text", None) == {}


@settings(max_examples=300, deadline=None)
@given(any_text, st.lists(st.sampled_from(PIECES + ["", "a.b", "(", "*"]), max_size=6).map(tuple))
def test_literal_precheck_by_one_search_equals_a_substring_test_per_word(text, words):
    assert streets._holds_any(text, words) == any(w in text for w in words)


@settings(max_examples=200, deadline=None)
@given(any_text, st.sampled_from(["the", "of", "in", "sheriffs", "x", "departments", "The", "", "of-the"]))
def test_lower_words_found_on_first_use_equal_the_eager_set(text, word):
    assert (word in detect._LowerWords(text)) == (word in detect._lowercase_words(text))


# ---- second-pass scores from the prior memo --------------------------------------------------------

_p = hand_place


TOWNS = {
    "paris": [_p("Paris", 48.85, 2.35, "FR", "IDF", "PPLC", 2_100_000), _p("Paris", 36.3, -88.3, "US", "TN"),
              _p("Paris", 33.66, -95.55, "US", "TX", pop=25_000)],
    "henry": [_p("Henry County", 36.3, -88.3, "US", "TN", "ADM2", 0), _p("Henry", 41.1, -89.36, "US", "IL")],
    "ohio": [_p("Ohio", 40.25, -82.75, "US", "OH", "ADM1", 11_700_000)],
    "worthington": [_p("Worthington", 40.09, -83.02, "US", "OH", pop=14_000)],
}
KEYS = sorted(TOWNS)
ALL = [p for ps in TOWNS.values() for p in ps]


@settings(max_examples=200, deadline=None)
@given(st.data(), st.lists(st.tuples(st.sampled_from(KEYS), st.sampled_from([None, ("ADM2",), ("ADM1",)])),
                           min_size=1, max_size=8))
def test_second_pass_with_the_prior_memo_equals_scoring_afresh(data, keyed):
    mentions = [Mention(10 * i, 10 * i + len(k), k.title(), k, frozenset(), s) for i, (k, s) in enumerate(keyed)]
    cands = [list(TOWNS[k]) for k, _ in keyed]
    picks = [data.draw(st.tuples(st.sampled_from([None, *ALL]), st.sampled_from([0.5, 1.0, 3.0]))) for _ in mentions]
    focus = data.draw(st.sampled_from([Focus(None, None), Focus("US", "TN"), Focus("FR", None)]))
    containers = {0: TOWNS["ohio"][0]} if data.draw(st.booleans()) else {}
    coloc = colocation(mentions, cands)
    memo = _Priors()
    for m, cs in zip(mentions, cands):  # the first pass fills the memo before the second pass reads it
        for c in cs:
            memo(c, m.suffix, m.key)
    want = _second_pass(mentions, cands, picks, focus, containers, coloc)
    got = _second_pass(mentions, cands, picks, focus, containers, coloc, score_of=memo)
    assert got == want
    assert [(t.reason, t.confidence) for t in got] == [(t.reason, t.confidence) for t in want]


@given(st.sampled_from(ALL), st.sampled_from([None, ("ADM2",), ("ADM1",), ("PPL", "ADM2")]))
def test_prior_gives_its_reasons_from_the_shared_helper(place, suffix):
    assert prior(place, suffix, "paris")[1] == _prior_reasons(place, suffix)
    assert bool(_prior_reasons(place, suffix)) == bool(suffix and place.feature_code in suffix)


# ---- the repeated second pass skipped when its inputs say it would choose alike ---------------------

@settings(max_examples=300, deadline=None)
@given(st.data(), st.lists(st.sampled_from(KEYS), min_size=1, max_size=6))
def test_a_pass_judged_the_same_chooses_the_same(data, keys):
    mentions = [Mention(10 * i, 10 * i + len(k), k.title(), k, frozenset(), None) for i, k in enumerate(keys)]
    cands = [list(TOWNS[k]) for k in keys]
    pick = st.tuples(st.sampled_from([None, *ALL]), st.sampled_from([0.5, 1.0, 1.6, 3.0]))
    a = [data.draw(pick) for _ in mentions]
    b = [data.draw(st.sampled_from([p, (p[0], 2.0 * p[1]), (p[0], 0.5)])) for p in a]  # often alike, not always
    fa = data.draw(st.sampled_from([Focus(None, None), Focus("US", "TN")]))
    fb = data.draw(st.sampled_from([fa, Focus("FR", None)]))
    coloc = colocation(mentions, cands)
    assume(_same_pass((a, fa), (b, fb)))
    assert _second_pass(mentions, cands, a, fa, {}, coloc) == _second_pass(mentions, cands, b, fb, {}, coloc)


def test_same_pass_tells_margins_that_change_no_anchor_from_ones_that_do():
    paris_tn, worthington = TOWNS["paris"][1], TOWNS["worthington"][0]
    focus = Focus("US", None)
    assert _same_pass(([(paris_tn, 3.0), (worthington, 1.2)], focus), ([(paris_tn, 1.9), (worthington, 1.0)], focus))
    assert not _same_pass(([(paris_tn, 3.0), (worthington, 1.2)], focus), ([(paris_tn, 3.0), (worthington, 0.9)], focus))
    assert not _same_pass(([(paris_tn, 3.0)], focus), ([(paris_tn, 3.0)], Focus("FR", None)))
