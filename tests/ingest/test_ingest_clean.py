"""Page furniture and media-player debris go; the article's own lines stay, word for word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.ingest.clean import clean_text, furniture_kind, normalize_lines

PAGE = """Skip to main content
Accessibility links

Breaking News

Rebels shell market town in the north

A woman walks past a burnt-out lorry in the market square on Sunday.
A woman walks past a burnt-out lorry in the market square on Sunday.
(Jon Roe / AFP / Getty Images)

Rebel artillery hit the market of a northern town on Saturday, killing nine people.

Rebel artillery hit the market of a northern town on Saturday, killing nine people. Medics said dozens were hurt.
Rebels shell market town in the north
please wait

No media source currently available

0:00 0:02:11 0:00
Direct link
1:47 Raw video: smoke over the market
Share this article
Facebook | Twitter | Email
Follow @example_desk on Twitter for updates.
Copyright 2031 Example Broadcasting. All rights reserved.
This material may not be published, broadcast, rewritten, or redistributed.
"""


def test_furniture_debris_and_repeats_are_removed() -> None:
    out = clean_text(PAGE)
    assert out.text.split("\n") == [
        "Rebels shell market town in the north",
        "",
        "A woman walks past a burnt-out lorry in the market square on Sunday.",
        "",
        "Rebel artillery hit the market of a northern town on Saturday, killing nine people. Medics said dozens were hurt.",
    ]
    reasons = {reason for _, reason in out.removed}
    assert {
        "furniture:nav",
        "furniture:player",
        "furniture:credit",
        "furniture:social",
        "furniture:legal",
    } <= reasons
    assert "duplicate line" in reasons and "teaser repeated by the next paragraph" in reasons


def test_sentences_mentioning_furniture_words_are_kept() -> None:
    keep = [
        "Breaking news reached the village late on Monday, residents said.",
        "Police said they would share the footage with investigators.",
        "The ministry posted a statement on Twitter at 10:30 a.m. on Monday.",
        "Updated casualty figures released by the health ministry showed 14 dead.",
        "By Tuesday morning the fighting had spread to three districts.",
    ]
    assert [furniture_kind(line) for line in keep] == [None] * len(keep)
    assert clean_text("\n\n".join(keep)).text == "\n\n".join(keep)


def test_timestamps_and_bylines_standing_alone_are_furniture() -> None:
    for line in (
        "Posted at 5:12 PM, Mar 3, 2031",
        "and last updated 2031-03-03 17:12:09-05",
        "08:40 | 03/04/31",
        "Monday, March 3, 2031",
        "3 March 2031 17:12 GMT",
        "By Jane Roe and John Doe",
    ):
        assert furniture_kind(line) in ("timestamp", "byline"), line


def test_normalisation_spaces_breaks_and_invisible_characters() -> None:
    assert normalize_lines("a\u00a0\u00a0b\r\nc\u200bd\te  \rf\x07") == ["a b", "cd e", "f"]


def test_paragraphs_are_kept_and_blank_runs_collapsed() -> None:
    assert (
        clean_text("\n\nOne line.\n\n\n\nTwo line.\nThree line.\n\n").text
        == "One line.\n\nTwo line.\nThree line."
    )


_LINES = st.sampled_from(
    [
        "Accessibility links",
        "please wait",
        "",
        "Gunmen attacked a bus on Friday.",
        "Gunmen attacked a bus on Friday.",
        "The army said it repelled the assault near the border.",
        "0:00 0:01:02 0:00",
        "Officials gave no toll.",
    ]
) | st.text(alphabet=st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=14))
def test_cleaning_is_idempotent_and_keeps_no_furniture(lines: list[str]) -> None:
    once = clean_text("\n".join(lines)).text
    assert clean_text(once).text == once
    assert all(furniture_kind(line) is None for line in once.split("\n") if line)
    kept = [ln for ln in once.split("\n") if ln]
    assert len(kept) == len({ln.casefold() for ln in kept})
