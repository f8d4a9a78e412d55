"""Session 14 speed gates give what the plain searches gave: a reference phrase before a toponym is
searched only when the text ends in a word such a phrase ends in, and a register pattern only when
the text holds the literal run every match of it holds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import detect, eventplace
from sitrep.geo.eventplace import _RELATIVE_BEFORE, REFERENCE_BEFORE, may_end_reference

WORDS = ["fled", "to", "into", "TO", "Into", "km", "kilometres", "north", "of", "OF", "from", "the", "The",
         "border", "borders", "with", "said", "in", "IN", "officials", "told", "reporters", "city", "west",
         "ın", "ſaid", "ınto", "oF", "x", "9", ",", ".", "(", ")", "away", "sources", "spokesman", "near"]
SEPARATORS = [" ", "  ", "\n", "\t", "\u00a0", "", ", "]
before_texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=10).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=400, deadline=None)
@given(before_texts)
def test_geo_s14_reference_gate_never_hides_a_match(before: str) -> None:
    plain = REFERENCE_BEFORE.search(before) is not None or _RELATIVE_BEFORE.search(before) is not None
    if plain:
        assert may_end_reference(before)


def test_geo_s14_reference_gate_cases() -> None:
    assert may_end_reference("some 40 km north of ")
    assert may_end_reference("residents who fled INTO ")
    assert may_end_reference("the rebels ſaid ın ")  # non-ASCII tail: always searched
    assert not may_end_reference("the rebels attacked ")
    assert not may_end_reference("officials said in")  # no closing whitespace: no phrase ends here
    assert not may_end_reference("")


def test_geo_s14_references_unchanged_on_varied_places() -> None:
    from sitrep.types import Toponym

    text = ("Gunmen attacked Kafanchan, 40 km east of Kaduna, and fighters who fled to Niger were seen "
            "near Diffa, officials said in Niamey; shelling hit Avdiivka north of Donetsk.")
    names = ["Kafanchan", "Kaduna", "Niger", "Diffa", "Niamey", "Avdiivka", "Donetsk"]
    toponyms = [Toponym(text=n, start=text.index(n), end=text.index(n) + len(n), place=None) for n in names]
    got = eventplace._references(text, toponyms)
    assert {names[i] for i in got} == {"Kaduna", "Niger", "Niamey", "Donetsk"}


PATTERNS = [r"\b\d{2,5} block of\b", r"(?<![\d/.-])911(?![\d/.-])", r"\((?!WHO\))[KW][A-Z]{2,3}\)",
            r"(?i)abc", r"a(?i:b)c", r"ab|cd", r"x*abc?d", r"\.\d+", r"(?:foo)+bar"]
PIECES = ["911", "9 11", "1911", "800 block of", "block", "of", "(WESH)", "(WHO)", "(KABC)", "abc", "ABC",
          "aBc", "abd", "cd", "xxabd", ".5", "foo", "bar", "foobar", " ", "/", "-", "é"]
texts = st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), texts)
def test_geo_s14_required_literal_is_in_every_match(pattern: str, text: str) -> None:
    literal = detect.required_literal(pattern)
    m = re.search(pattern, text)
    if m is not None:
        assert literal in m.group()


def test_geo_s14_required_literal_cases() -> None:
    assert detect.required_literal(r"\b\d{2,5} block of\b") == " block of"
    assert detect.required_literal(r"(?<![\d/.-])911(?![\d/.-])") == "911"
    assert detect.required_literal(r"(?i)block") == ""  # ignores case: no literal is certain
    assert detect.required_literal(r"ab|cd") == ""
    assert detect._register_literals() == tuple(
        detect.required_literal(rx.pattern) for _, rx in detect._register_patterns())


@settings(max_examples=200, deadline=None)
@given(texts)
def test_geo_s14_register_votes_as_plain_search(text: str) -> None:
    plain = [cc for cc, rx in detect._register_patterns() if rx.search(text)]
    phrases = detect.register_votes(text)
    assert phrases[len(phrases) - len(plain):] == plain
