"""Stamps glued to the title of a flattened scraped page (one long first line)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.ingest.header import GLUED_HEADER_CHARS, find_header_meta


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Man shot downtown | Example TVMonday, December 15, 2031 SPRINGFIELD, Ill. --Police said", date(2031, 12, 15)),
        ("A man was found shot just after 7 p.m. (January 9, 2031 7:03 PM) Police found a man", date(2031, 1, 9)),
        ("Fire at a mill | Example News | 4 May 2031 RIVERTON (Example) — Crews fought", date(2031, 5, 4)),
        ("He was convicted on May 16, 2026 at 5:00 pm. He was freed.", None),  # prose, not a stamp
        ("He was convicted on May 16, 2026 in Springfield - the court said.", None),
        ("Officers said the Jan. 5, 2031 shooting was the third this month.", None),
    ],
)
def test_glued_stamps(line: str, expected: date | None) -> None:
    meta = find_header_meta([line])
    assert meta.published == expected
    if expected:
        assert (meta.published_origin, meta.reason) == ("byline", "timestamp glued to the title")


def test_glued_stamp_only_in_the_opening_characters() -> None:
    late = "x" * GLUED_HEADER_CHARS + " December 15, 2031 SPRINGFIELD, Ill. -- Police said"
    assert find_header_meta([late]).published is None


def test_a_stamp_line_wins_over_a_glued_stamp() -> None:
    lines = ["Headline | Example TVMonday, December 15, 2031 SPRINGFIELD, Ill. --Police", "Posted: Dec 16, 2031"]
    assert find_header_meta(lines).published == date(2031, 12, 16)
