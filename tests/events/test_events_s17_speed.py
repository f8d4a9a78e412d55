"""Session-17 speed shortcuts in typing and modality give what the paths they replaced give.

Three shortcuts: ``classify_sentence`` tests a rule's trigger cue (and its other cues' word keys)
before trying the rule, inside its loop rather than in a filtered list made up front;
``typing._vocabulary_keys`` reads each distinct word once; ``modality._opener`` looks up the
background-clause openers of a sentence, found once, instead of scanning it on every call. The
references below are the replaced code, kept here; texts mix the lexicons' own words with filler.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.events import lexicon, modality, typing

_FILLER = ["the", "Army", "in", "town", "’", "-", ",", ".", "2019", "ſaid", "K", "é", "militants", "police"]


def _words(fragments) -> list[str]:
    return sorted({w for f in fragments for w in re.findall(r"[a-z]+", f)})


_CUE_WORDS = _words(f for frags in lexicon._read("cues.json")["cues"].values() for f in frags)
_OPENER_WORDS = _words(lexicon.load_modality()["markers"]["recalled"])


def _texts(words: list[str], max_size: int = 25):
    tokens = st.sampled_from(words + _FILLER)
    seps = st.sampled_from([" ", " ", " ", ", ", "-", "'s ", "’ ", "\n"])
    return st.lists(st.tuples(tokens, seps), min_size=1, max_size=max_size).map(
        lambda parts: "".join(t + s for t, s in parts).strip()
    )


# ----- modality._opener -----------------------------------------------------------------------


def _opener_reference(text: str, start: int):
    opener = None
    for hit in modality._markers().patterns["recalled"].finditer(text):
        if hit.end() > start:
            break
        opener = hit
    return opener


def _span(m):
    return None if m is None else (m.start(), m.end(), m.group())


@settings(max_examples=300, deadline=None)
@given(_texts(_OPENER_WORDS + _CUE_WORDS[:200]), st.lists(st.integers(0, 400), min_size=1, max_size=6))
@example("A day after gunmen stormed the hotel in Mogadishu, troops retook it", [0, 10, 22, 40, 80])
@example("Since the RSF seized El Fasher, shelling has killed dozens", [5, 17, 30])
def test_opener_is_the_last_opener_ending_before_start(text, starts):
    for start in starts:
        assert _span(modality._opener(text, start)) == _span(_opener_reference(text, start))


def test_opener_found_in_a_real_sentence_and_memo_bounded():
    text = "Two weeks after Houthi forces seized the port of Hodeidah, coalition jets struck the city"
    hit = modality._opener(text, text.index("struck"))
    assert hit is not None and hit.group().lower().endswith("after")
    assert modality._opener(text, 3) is None  # nothing ends before the third character
    # two openers: the later one before the trigger wins, the earlier one before it
    text = "Since the army left Goma, in the wake of the M23 advance, rebels shelled Sake"
    assert modality._opener(text, text.index("shelled")).group() == "in the wake of"
    assert modality._opener(text, text.index("army")).group() == "Since"
    for i in range(modality.MAX_OPENER_TEXTS * 3):
        modality._opener(f"Militants attacked post {i} a day after the raid", 40)
    assert len(modality._OPENERS) <= modality.MAX_OPENER_TEXTS


# ----- typing._vocabulary_keys ----------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(_texts(_CUE_WORDS))
@example("fighters of al-shabaab ambushed an amisom convoy near baidoa, killing four soldiers")
def test_vocabulary_keys_are_the_word_keys_in_the_anchor_vocabulary(text):
    lex = lexicon.load_lexicon()
    folded = text.lower()
    vocabulary = frozenset().union(*lex.anchors.values())
    assert typing._vocabulary_keys(lex, folded) == lexicon.word_keys(folded) & vocabulary


# ----- classify_sentence's rule loop -------------------------------------------------------------


def _classify_reference(text: str, context: str | None = None, headline: bool = False,
                        skip_types: frozenset[str] = frozenset()):
    """classify_sentence as written before the shortcuts: the filtered rule list, every rule tried."""
    lex = lexicon.load_lexicon()
    matches = typing._Matches(text, lex, None, None)
    if matches.keys is not None and lex.trigger_keys and lex.trigger_keys.isdisjoint(matches.keys):
        return None
    ctx = typing._LazyMatches(context, lex, lex.sentence_vetoes, None) if context else None
    best = background = None
    for rule in typing._rules_for(lex, matches.keys):
        if best is not None and rule.score <= best.score:
            break
        if (rule.headline and not headline) or (skip_types and typing._rule_type(rule) in skip_types):
            continue
        cand = typing._candidate(rule, matches, ctx, None)
        if cand is None:
            continue
        if not modality.SUBORDINATE.isdisjoint(cand.modality.flags):
            if background is None or cand.score > background.score:
                background = cand
        elif best is None or cand.score > best.score:
            best = cand
    return best or background


_SENTENCES = [
    "JNIM fighters ambushed a Malian army convoy near Boni, killing nine soldiers",
    "M23 rebels seized the town of Rubaya after heavy fighting with FARDC troops",
    "RSF shelling of El Fasher killed 14 civilians on Tuesday, local activists said",
    "Russian drones struck an energy facility in Kharkiv overnight",
    "Hundreds of protesters marched through Bogota to demand the release of detained leaders",
    "Gunmen abducted 20 passengers from a bus on the highway near Zamfara",
    "A car bomb exploded near a checkpoint in Mogadishu, wounding three people",
    "Police arrested five men in connection with the shooting of an officer in Port-au-Prince",
    "Taliban forces recaptured the district centre of Jaghatu from government troops",
    "A man accidentally shot himself while cleaning his rifle in Peshawar",
]


@settings(max_examples=200, deadline=None)
@given(_texts(_CUE_WORDS, 30), st.booleans())
def test_classify_sentence_equals_the_loop_it_replaced(text, headline):
    got = typing.classify_sentence(text, headline=headline)
    assert got == _classify_reference(text, headline=headline)


def test_classify_sentence_equals_the_loop_on_reports_from_many_conflicts():
    skips = (frozenset(), frozenset({"Strategic developments", "Protests"}), frozenset({"Battles"}))
    typed = 0
    for i, text in enumerate(_SENTENCES):
        context = _SENTENCES[i - 1] if i else None
        for skip in skips:
            got = typing.classify_sentence(text, context=context, skip_types=skip)
            assert got == _classify_reference(text, context=context, skip_types=skip)
            typed += got is not None
    assert typed >= len(_SENTENCES)  # the comparison is made on readings, not only on Nones
