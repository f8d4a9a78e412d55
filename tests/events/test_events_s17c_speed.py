"""Shortcuts of helper 95 (session 17, round 3) give what the code they replaced gives.

``notes.date_phrase`` writes month names from a table instead of ``strftime("%B %Y")``;
``modality.is_aggregate`` reads an ASCII sentence with a case-sensitive pattern over its lower-cased
text instead of the case-insensitive one. Each is checked against the old expression on varied input.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.events import modality, notes
from sitrep.events.lexicon import load_modality


def _old_date_phrase(value: date | None, precision: int) -> str:
    if value is None:
        return "On an unknown date"
    if precision >= 3:
        return f"In {value:%B %Y}"
    day = f"{value.day} {value:%B %Y}"
    return f"Around {day}" if precision == 2 else f"On {day}"


@settings(max_examples=400, deadline=None)
@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)), st.integers(0, 5))
@example(date(2023, 9, 30), 3)
@example(date(999, 2, 1), 1)
def test_date_phrase_equals_strftime(value: date, precision: int) -> None:
    assert notes.date_phrase(value, precision) == _old_date_phrase(value, precision)


def test_date_phrase_unknown_and_each_month() -> None:
    assert notes.date_phrase(None, 1) == "On an unknown date"
    for month in range(1, 13):
        d = date(2021, month, 14)
        assert notes.date_phrase(d, 1) == _old_date_phrase(d, 1)
    assert notes.date_phrase(date(2022, 3, 5), 2) == "Around 5 March 2022"


def _old_is_aggregate(text: str) -> bool:
    return modality._markers().patterns["aggregate"].search(text) is not None


_SENTENCES = [
    "Since the 2021 coup, the junta's air strikes have killed hundreds in Sagaing region.",
    "SINCE THE COUP, MORE THAN 4,000 PEOPLE HAVE DIED, an advocacy group said.",
    "Gunmen killed six farmers near Djibo on Tuesday, residents said.",
    "It was the third attack on a convoy this month in Ituri province.",
    "It Was The Third Raid On The Market In Less Than a week.",
    "According to an AFP tally, more than 500 people have been killed in Cabo Delgado.",
    "A UN tally compiled from hospital records lists 31 dead in Port-au-Prince.",
    "Clashes spread across Kassala, Gedaref and Sennar states on Friday.",
    "Tens of thousands of civilians have been killed over the past two years in Darfur.",
    "The war has killed tens of thousands since February 2022.",
    "In recent weeks, drones struck Kherson twice.",
    "Pakistani troops killed three militants in North Waziristan.",
    "Ali Al-Shabaab fighters stormed a hotel in Mogadishu ſo far from the port.",
    "Since İdlib fell, shelling has not stopped.",
    "The Kelvin-sign \u212aILLED nobody so far in Sinaloa.",
    "the blast killed 12 in Quetta",
    "",
]

_WORDS = sorted(
    {w for f in load_modality()["markers"]["aggregate"] for w in re.findall(r"[a-z]+", f)}
    | {"2009", "21st", "Gaza", "Tigray", "killed", "ſ", "ı", "İ", "é", ",", "-", "’"}
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.booleans(), st.randoms(use_true_random=False))
def test_is_aggregate_equals_case_insensitive_pattern(words: list[str], upper: bool, rnd) -> None:
    text = " ".join(w.upper() if upper and rnd.random() < 0.5 else w.title() if rnd.random() < 0.3 else w for w in words)
    assert modality.is_aggregate(text) == _old_is_aggregate(text)


def test_is_aggregate_on_written_sentences() -> None:
    for text in _SENTENCES:
        assert modality.is_aggregate(text) == _old_is_aggregate(text), text
    assert modality.is_aggregate(_SENTENCES[1]) and not modality.is_aggregate(_SENTENCES[2])
    assert modality._aggregate_lowered() is not None  # the shortcut is in use with the shipped markers


def _old_body_start(passage: str) -> int:
    pos = 0
    head = re.match(r"\s*[^\n]+?(?<![.!?\"”])\s*\n\s*\n", passage)
    if head and passage[head.end():].strip():
        pos = head.end()
    for _ in range(2):
        m = notes._DATELINE.match(passage, pos) or notes._AGENCY_DATELINE.match(passage, pos)
        if not m:
            break
        pos = m.end()
    return pos


_PASSAGE_BITS = ["Gunmen kill 9 in Zamfara", "\n", "\n\n", " \n \n", "KHARTOUM, Sudan — ", "(AP) - ",
                 "Troops repelled an attack.", "“Drones hit Odesa”", "ſ", " ", "MOGADISHU — ", "x."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PASSAGE_BITS), max_size=8))
@example(["Gunmen kill 9 in Zamfara", "\n\n", "Troops repelled an attack."])
def test_body_start_equals_old(bits: list[str]) -> None:
    passage = "".join(bits)
    assert notes._body_start(passage) == _old_body_start(passage)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["convoy", "the", "attacked", "a", "gunmen", "ſ", "K", "İ", "market", "é"]), max_size=10))
def test_may_match_ascii_shortcut_keeps_answers(words: list[str]) -> None:
    passage = " ".join(words)
    for needles in (frozenset({"convoy", "market"}), frozenset({"gunmen"}), None):
        old = needles is None or any(c in passage for c in notes._CASE_ODD) or \
            notes._finder(needles).search(passage.lower()) is not None
        assert notes._may_match(needles, passage) == old
