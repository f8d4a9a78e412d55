"""Session 14 speed: the case-insensitive count patterns run case-sensitively on the lower-cased
sentence (``counts._twins``) and find exactly what they found on the sentence itself. The proof is
per primitive test of each pattern (a literal, a class, a category, ``.``, a word boundary): on every
code point but ``_CASE_ODD``, the case-insensitive test of the character and the case-sensitive test
of its lower case agree, and lower-casing keeps the text's length; then the engine takes the same
steps on both texts. Hypothesis checks whole matches on sentences of the patterns' own words."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events import counts
from sitrep.events.counts import _CASE_ODD, _twins, _via_twin, folds

_ALL = "".join(chr(i) for i in range(0x110000) if chr(i) not in _CASE_ODD)


def _leaves(seq, out: dict) -> dict:
    for op, av in seq:
        if op is sre.SUBPATTERN:
            _leaves(av[3], out)
        elif op is sre.BRANCH:
            for b in av[1]:
                _leaves(b, out)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _leaves(av[2], out)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _leaves(av[1], out)
        elif op is sre.GROUPREF_EXISTS:
            _leaves(av[1], out)
            if av[2] is not None:
                _leaves(av[2], out)
        else:
            out[op, repr(av)] = av
    return out


def _single(op, av, flags: int) -> re.Pattern[str]:
    import re._compiler as sre_compile

    state = sre_parse.State()
    state.flags = re.UNICODE
    return sre_compile.compile(sre_parse.SubPattern(state, [(op, av)]), flags | re.UNICODE)


def _marks(rx: re.Pattern[str], text: str) -> str:
    return re.sub("[^\x00]", "1", rx.sub("\x00", text.replace("\x00", "1")))


def test_events_s14_lowering_keeps_length_and_word_characters() -> None:
    low = _ALL.lower()
    assert len(low) == len(_ALL)
    for cls in (r"\w", r"\s", r"\d", "."):
        assert _marks(re.compile(cls), _ALL) == _marks(re.compile(cls), low), cls


def test_events_s14_every_primitive_of_the_twins_agrees_on_every_code_point() -> None:
    twins = _twins()
    assert len(twins) == 6
    low = _ALL.lower()
    leaves: dict = {}
    for rx, _ in twins.values():
        _leaves(sre_parse.parse(rx.pattern, rx.flags), leaves)
    assert len(leaves) > 20
    for (op, _), av in leaves.items():
        if op is sre.AT:
            continue  # word boundaries: the \w test above; the other anchors read no character
        assert op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY), op
        plain, twin = _single(op, av, re.IGNORECASE), _single(op, av, 0)
        assert _marks(plain, _ALL) == _marks(twin, low), (op, av)


def test_events_s14_folds_refuses_what_would_differ() -> None:
    assert folds(r"\bkilled\s+[A-Za-z'-]+")
    assert not folds("[A-Z]+ killed")  # [A-Z] takes lower case too when case-insensitive
    assert not folds("Killed")
    assert not folds("(?-i:killed)")
    assert not folds(r"(a)\1")
    assert not folds("σ")  # final sigma
    assert not folds("[^A-Z]")


WORDS = ["killed", "Killed", "KILLED", "were", "Were", "two", "Two", "people", "People", "dead", "and",
         "three", "soldiers", "Soldiers", "police", "said", "at", "least", "At", "Least", "10", "4", "the",
         "The", "villagers", "bodies", "Bodies", "of", "death", "toll", "Toll", "rose", "to", "left",
         "Left", "wounded", "injured", "civilians", "gunmen", "shot", "dozens", "Dozens", "a", "man",
         "K", "ﬁve", "Émile", "ς", "’s", "“", "(", ")", ",", "-", "fatalities", "casualties", "students"]
SEPS = [" ", "  ", ", ", "\n", "-", "", ". "]
sentences = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=14).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=600, deadline=None)
@given(sentences)
def test_events_s14_twin_matches_equal_plain_matches(text: str) -> None:
    low = text.lower()
    for rx, twin in _twins().values():
        plain = [(m.span(), m.groups(), m.re) for m in rx.finditer(text)]
        fast = [(m.span(), m.groups(), m.re) for m in _via_twin(rx, twin, text, low)]
        assert fast == plain


def test_events_s14_sentence_counts_use_the_twins() -> None:
    found = counts._sentence_quantities("Gunmen killed 12 villagers and Three Soldiers were killed.", 0)
    assert [q.value for q in found] == [12, 3]
