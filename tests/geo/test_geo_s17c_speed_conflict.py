"""``conflict_zones`` finds its phrases with Aho-Corasick exactly as the regex alternation it replaced
(``(?<!\\w)(?:longest|...|shortest)(?!\\w)`` over the folded text, the oracle here)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import conflict_zones as cz
from sitrep.geo.normalize import fold

_KINDS = ("strong_words", "weak_words", "local_phrases")


def _oracle(phrases) -> re.Pattern:
    alts = sorted({re.escape(fold(p)) for p in phrases}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)")


def _pieces():
    z = cz._zones()
    words = sorted({fold(p) for k in _KINDS for p in z[k]})
    # phrases, their fragments and glue, so that texts hold overlapping and half-glued phrases
    frags = [w[: len(w) // 2] for w in words] + [w[len(w) // 2:] for w in words]
    return words + frags + [" ", " ", ", ", "-", "_", "é", "1", "\n", "s", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_pieces()), max_size=30), st.sampled_from(range(3)))
def test_phrases_equal_the_regex_findall(pieces, kind):
    folded = "".join(pieces)
    z = cz._zones()
    expected = _oracle(z[_KINDS[kind]]).findall(folded)
    assert cz._phrases_in(cz._phrase_automata()[kind], folded) == expected


def test_conflict_wording_and_local_news_on_written_sentences():
    war = fold("Militants stormed the village at dawn; soldiers said air strikes and shelling displaced "
               "hundreds near Kidal and in eastern Ukraine's Donetsk.").lower()
    assert cz.conflict_wording(war)
    calm = fold("The council met on Tuesday to discuss the budget for the new library in Medellin.").lower()
    assert not cz.conflict_wording(calm)
    text = "The county jail in Dayton, Ohio, held him; the sheriff said."
    assert cz.local_news(text, fold(text).lower())
    assert not cz.local_news("Gunmen killed three in Beni.", fold("Gunmen killed three in Beni.").lower())
