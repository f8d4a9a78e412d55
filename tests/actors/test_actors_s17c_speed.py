"""Shortcuts of helper 95 (session 17, round 3) give what the code they replaced gives.

``precheck.whole_runs`` tests the two characters at each edge with ``str.isalnum`` instead of a
``\\w\\w`` match; ``precheck.tokens`` skips the search for the four case-folding letters in ASCII
text; ``dictionary.actor_country`` is memoised; the ISO2-to-name table is built once.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.actors import dictionary, precheck
from sitrep.actors.countries import countries

_CUT_RUN = re.compile(r"\w\w")
_FOLDS = re.compile(f"[{precheck.FOLDS_TO_ASCII}]")
_RUN = re.compile(r"\w+")


def _old_whole_runs(text: str, part: str, start: int) -> bool:
    end = start + len(part)
    return (
        start >= 0
        and text.startswith(part, start)
        and not (start > 0 and _CUT_RUN.match(text, start - 1, start + 1))
        and not (end < len(text) and _CUT_RUN.match(text, end - 1, end + 1))
    )


def _old_tokens(text: str) -> frozenset[str] | None:
    if _FOLDS.search(text):
        return None
    found = frozenset(_RUN.findall(text))
    return found.union(map(str.lower, found))


def test_is_word_is_re_word_on_every_code_point() -> None:
    word = re.compile(r"\w")
    odd = [c for c in map(chr, range(sys.maxunicode + 1)) if precheck._is_word(c) != bool(word.match(c))]
    assert odd == []


_ALPHABET = st.sampled_from(list("ab Z_9-’é ,.\n\tſİ") + ["\u212a", "\u0663", "\u00b2"])


@settings(max_examples=800, deadline=None)
@given(st.text(_ALPHABET, max_size=14), st.integers(-2, 16), st.integers(0, 6))
@example("Wagner fighters", 7, 8)
@example("al-Shabaab", 3, 7)
@example("abc", 3, 0)
def test_whole_runs_equals_pattern_version(text: str, start: int, length: int) -> None:
    part = text[max(start, 0) : max(start, 0) + length]
    assert precheck.whole_runs(text, part, start) == _old_whole_runs(text, part, start)
    assert precheck.whole_runs(text, "x", start) == _old_whole_runs(text, "x", start)


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=30))
@example("Boko Haram fighters raided Gwoza")
@example("aſſaılants İn Kherson")
def test_tokens_equals_old(text: str) -> None:
    assert precheck.tokens(text) == _old_tokens(text)


def test_actor_country_memo_matches_direct_reading() -> None:
    names = [
        "Military Forces of the United States", "Police Forces of Mexico", "Government of Sudan",
        "Civilians (Haiti)", "Unidentified Armed Group (Mozambique)", "Al Shabaab", "Protesters (Pakistan)",
        "Military Forces of Myanmar (2021-)", "Wagner Group", "",
    ]
    for name in names * 2:
        assert dictionary.actor_country(name) == dictionary.actor_country.__wrapped__(name), name
    assert dictionary.actor_country("Military Forces of the United States") == "United States"
    assert dictionary.actor_country("Civilians (Haiti)") == "Haiti"
    assert dictionary.actor_country("Wagner Group") is None


def test_name_by_iso_is_the_table() -> None:
    assert dictionary._name_by_iso() == {c.iso2: c.name for c in countries()}
    assert dictionary._name_by_iso()["NG"] == "Nigeria"
