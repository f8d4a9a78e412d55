"""Datelines, bylines and timestamps give a publication date and maybe an outlet; headlines a title."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.ingest.header import dateline_outlet, find_header_meta, guess_title, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("June 23, 2031", date(2031, 6, 23)),
        ("Jun. 3rd, 2031 at 4 pm", date(2031, 6, 3)),
        ("Sept 9 2030", date(2030, 9, 9)),
        ("23 June 2031", date(2031, 6, 23)),
        ("Tuesday 4th of March, 2031", date(2031, 3, 4)),
        ("2031-06-23T05:56:19-04:00", date(2031, 6, 23)),
        ("12:45 | 06/24/31", date(2031, 6, 24)),
        ("24/06/2031", date(2031, 6, 24)),
        ("updated 1/2/2031", date(2031, 1, 2)),
        ("June 23", None),
        ("call 555-1234", None),
        ("February 30, 2031", None),
        ("in 1850-01-01", None),
    ],
)
def test_parse_date_forms(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "line, outlet, when",
    [
        ("BAGHDAD, Iraq (CNN, June 23, 2031) — Militants advanced", "CNN", date(2031, 6, 23)),
        ("NAIROBI (AP) — Gunmen stormed", "Associated Press", None),
        ("KABUL, Afghanistan, March 2 (Reuters) - A bomb", "Reuters", None),
        ("Maiduguri, Nigeria (AFP) - Suspected jihadists", "Agence France-Presse", None),
        ("Goma (Reuters) Rebels seized", "Reuters", None),
        ("KHARTOUM (Example Wire) — Protesters", "Example Wire", None),
        ("MOSUL, Iraq, June 10, 2031 — Fighters", None, date(2031, 6, 10)),
        ("JAY COUNTY, Ind. (Nov. 18, 2031)— Deputies", None, date(2031, 11, 18)),
        ("UPDATE (6/20/31): Police have arrested", None, None),
        ("Investigators named Jon Roe (DOB 07/19/98) as", None, None),
        ("ISIS (the Islamic State) — said", None, None),
        ("Officials (who asked not to be named) said", None, None),
        ("The UN (United Nations) — the body", None, None),
    ],
)
def test_datelines(line: str, outlet: str | None, when: date | None) -> None:
    assert dateline_outlet(line) == (outlet, when)


def test_header_prefers_dateline_then_posted_then_plain_then_updated() -> None:
    lines = [
        "Headline here",
        "Updated 9:00 AM, Jun 25, 2031",
        "Posted at 5:56 AM, Jun 23, 2031",
        "KABUL (Reuters, June 22, 2031) — Text",
    ]
    meta = find_header_meta(lines)
    assert (meta.published, meta.published_origin, meta.source, meta.source_origin) == (
        date(2031, 6, 22),
        "dateline",
        "Reuters",
        "dateline",
    )
    meta = find_header_meta(lines[:3])
    assert (meta.published, meta.published_origin) == (date(2031, 6, 23), "byline")
    assert find_header_meta(lines[:2]).published == date(2031, 6, 25)
    assert find_header_meta(["Headline", "08:15 | 07/01/31", "Updated July 3, 2031"]).published == date(
        2031, 7, 1
    )


def test_byline_outlet() -> None:
    meta = find_header_meta(["Headline", "By Jane Roe, Associated Press", "Body text follows here."])
    assert (meta.source, meta.source_origin, meta.published) == ("Associated Press", "byline", None)
    assert find_header_meta(["By Jane Roe | Reuters | June 2, 2031"]).published == date(2031, 6, 2)
    assert find_header_meta(["By JANE ROEAssociated Press"]).source == "Associated Press"
    assert find_header_meta(["By Jane Roe, Staff Writer"]).source is None


def test_a_date_deep_in_the_body_is_not_the_publication_date() -> None:
    lines = (
        ["Headline"]
        + [f"Paragraph {i} of the story." for i in range(20)]
        + ["Posted at 5:56 AM, Jun 23, 2031"]
    )
    assert find_header_meta(lines).published is None


@pytest.mark.parametrize(
    "lines, title",
    [
        (["", "Rebels seize border town", "", "Body."], "Rebels seize border town"),
        (["Rebels seized the border town on Monday, officials said."], None),
        (["NAIROBI (AP) — Gunmen stormed a school"], None),
        (["Accessibility links", "Rebels seize town"], None),
        (["one"], None),
        (["Why did the ceasefire fail?"], "Why did the ceasefire fail?"),
    ],
)
def test_guess_title(lines: list[str], title: str | None) -> None:
    assert guess_title(lines) == title
