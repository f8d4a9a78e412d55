"""Session 15 speed paths of the date attachment: the prefix-tree word patterns match exactly what
the flat longest-first alternations matched (same spans, same groups, at every position)."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.time import attach, finder, stamps
from sitrep.time.finder import _Keys, find_times
from sitrep.time.lexicon import key_implies, lexicon

_CUES = lexicon()["incident_cues"]
_LINKS = attach._LINKS


def _flat_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The three patterns as they were built before (flat alternations, longest word first)."""
    alt = attach._alternation
    noun_after = re.compile(rf"(?:['’]s)?\s+(?:(?!{_LINKS}\b)\w+\s+)?(?:{alt(_CUES['incident_nouns'])})\b", re.IGNORECASE)
    verbs = re.compile(rf"\b(?:(?P<v>{alt(_CUES['violent_verbs'])})|(?P<f>{alt(_CUES['follow_up_verbs'])}))\b", re.IGNORECASE)
    status = re.compile(rf"\b(?:{alt(_CUES['status_before'])})\s*$", re.IGNORECASE)
    return noun_after, verbs, status


def _words() -> list[str]:
    out = sorted({w for key in ("incident_nouns", "violent_verbs", "follow_up_verbs", "status_before") for w in _CUES[key]})
    return out + [w[:-1] for w in out if len(w) > 3] + [w + "s" for w in out[:20]] + [w.upper() for w in out[:10]]


PIECES = _words() + [" ", "  ", "\n", "'s", "’s", ",", ".", "on", "the", "Tuesday", "of", "with", "x", "İ", "ſ", "K"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map(lambda ws: " ".join(ws))
texts_glued = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def _all(rx: re.Pattern[str], text: str) -> list:
    found = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
    at = [(i, m.span(), m.groupdict()) for i in range(len(text) + 1) if (m := rx.match(text, i)) is not None]
    searched = [(i, m.span()) for i in range(len(text) + 1) if (m := rx.search(text, i)) is not None]
    return [found, at, searched]


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, texts_glued))
def test_tree_patterns_match_as_the_flat_ones(text):
    noun_after, verbs = attach._patterns()
    flat_noun, flat_verbs, flat_status = _flat_patterns()
    assert _all(noun_after, text) == _all(flat_noun, text)
    assert _all(verbs, text) == _all(flat_verbs, text)
    assert _all(attach._status_before(), text) == _all(flat_status, text)


def test_tree_patterns_on_written_clauses():
    noun_after, verbs = attach._patterns()
    _, flat_verbs, _ = _flat_patterns()
    for clause in ("gunmen opened  fire on", "was Shot dead on", "police said Friday", "was killed and",
                   "the suspect was arrested", "he was shooting at"):
        assert [m.span() for m in verbs.finditer(clause)] == [m.span() for m in flat_verbs.finditer(clause)]
    assert verbs.search("gunmen opened  fire on").group("v") == "opened  fire"
    assert verbs.search("police said Friday").group("f") == "said"
    assert noun_after.match("Tuesday's deadly shooting", len("Tuesday")) is not None


# ---- keys implied by keys --------------------------------------------------------------------------


def test_key_implies_prefixes_suffixes_and_repeats():
    assert key_implies(r"\d{4}-\d", r"\d{4}")
    assert key_implies(r"(?:jan|feb)[a-z]*\.?\s+\d{1,2}\s*-\s*\d", r"(?:jan|feb)[a-z]*\.?\s+\d")
    assert key_implies(r"(?:last|next)\s+(?:may|june)", r"may|june")
    assert key_implies(r"\d\s*-\s*\d{1,2}\s+(?:jan|feb)", r"\d\s+(?:jan|feb)")
    assert not key_implies(r"\d{4}", r"\d{4}-\d")
    assert not key_implies(r"\d?-\d", r"\d-\d")  # an optional item holds nothing
    assert not key_implies(r"(?:jan|feb)x", r"jan")  # one alternative is not the alternation
    assert not key_implies(r"ab", r"b?")
    assert not key_implies(r"(a)b", r"a")  # captures are left alone


_KEY_PIECES = ["Jan", "jan.", "January", "may", "May 5", "June", "12", "2019", "2019-05", "3rd", "of", "to", "-",
               "–", "and", "last", "next", "March", "Sept. 4", "4 to 6 Dec", "day", "ago", " ", "\n", "İ", "ſ"]
key_texts = st.lists(st.sampled_from(_KEY_PIECES), max_size=10).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(key_texts, st.lists(st.sampled_from(_KEY_PIECES), max_size=8).map("".join)))
def test_key_verdicts_equal_the_plain_searches(text):
    keys = _Keys(text)
    for spec in lexicon().patterns:
        if spec.key is not None:
            assert keys.allow(spec) == (spec.key.search(text) is not None), spec.name
            for need in spec.key_needs:
                assert spec.key.search(text) is None or need.key.search(text) is not None


def test_the_long_keys_lean_on_shorter_ones():
    needs = {s.name: {n.key.pattern for n in s.key_needs} for s in lexicon().patterns if s.key_needs}
    assert {r"\d{4}"} in needs.values()
    assert len(needs) >= 4


# ---- stamp words ----------------------------------------------------------------------------------


_STAMP_PIECES = ["Posted", "POSTED", "posted", "Updated", "UPDATE", "update", "Published", "published", "Modified",
                 "DOB", "D.O.B", "dob", "poſted", "publıshed", "PUBLİSHED", ":", " ", "-", ".", "5:16 AM", "10 p.m.",
                 "on", "said", ",", "\n", "Sunday"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STAMP_PIECES), max_size=8).map(" ".join))
def test_stamp_gate_equals_the_plain_search(line):
    assert stamps._stamp_before(line) == (stamps._STAMP.search(line) is not None)


def test_stamp_gate_on_written_lines():
    assert stamps._stamp_before("Posted: ")
    assert stamps._stamp_before("poſted: ")  # a long s is an s to the case-insensitive pattern
    assert not stamps._stamp_before("the photo was posted on ")
    assert not stamps._stamp_before("police said on ")


# ---- tense cues -------------------------------------------------------------------------------------


def _flat_tense(tense: str) -> re.Pattern[str]:
    words = [re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in lexicon()["tense_cues"][tense]]
    return re.compile("|".join(rf"\b{w}\b" if w[0].isalpha() else rf"{w}\b" for w in words), re.IGNORECASE)


_TENSE_PIECES = sorted({w for ws in lexicon()["tense_cues"].values() for w in ws}) + [
    "plans", "plan", "as", "soon", "to", "WILL", "Was", "’ll", "'LL", "we", "x", " ", "  ", "\n", ",", "-", "İ", "ſ"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_TENSE_PIECES), max_size=10).map(" ".join),
                 st.lists(st.sampled_from(_TENSE_PIECES), max_size=8).map("".join)))
def test_tense_trees_match_as_the_flat_regexes(text):
    for tense in ("future", "past"):
        tree = finder._tense_regex(tense)
        assert tree.pattern.startswith(r"\b(?:")
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in _flat_tense(tense).finditer(text)]


def test_tense_tree_gives_up_on_cues_that_begin_others():
    assert finder._tense_tree(["as", "as soon as"]) is None
    assert finder._tense_tree(["will", "'ll"]) is not None
    assert finder.is_future("officials said the talks will resume") and not finder.is_future("he said it was")


def _posted_day_plain(text, times, published):
    first = next((t.value for t in sorted(times, key=lambda t: t.start)
                  if t.value is not None and t.precision == 1 and stamps._FULL_DATE.search(t.text)
                  and stamps._POSTED.search(stamps._line_before(text, t))), None)
    return first if first is not None and published is not None and first < published else None


_POSTED_PIECES = ["Posted:", "POSTED", "Published", "poſted:", "published :", "posted on", "Updated:",
                  "Sunday, May 12, 2013", "5:16 AM", "Jan. 6, 2017", "07/19/98", "on Friday", "\n", " ", "-"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_POSTED_PIECES), max_size=8).map(" ".join),
       st.sampled_from([None, date(2013, 5, 14), date(2017, 1, 1)]))
def test_posted_day_gate_equals_the_plain_scan(text, published):
    times = find_times(text, published or date(2017, 1, 1))
    assert stamps.posted_day(text, times, published) == _posted_day_plain(text, times, published)


def test_posted_day_still_reads_a_stamp():
    text = "Posted: Sunday, May 12, 2013 5:16 AM\nGunmen attacked a bar on Saturday."
    times = find_times(text, date(2013, 5, 14))
    assert stamps.posted_day(text, times, date(2013, 5, 14)) == date(2013, 5, 12)
    assert stamps.posted_day(text.replace("Posted", "Noted"), times, date(2013, 5, 14)) is None
