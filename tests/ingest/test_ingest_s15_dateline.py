"""A dateline the page declares (JSON-LD ``dateline``, a "dateline" element) leads the lede as the
wire services print it when the body lacks it, so that the reporting town is read like any
printed dateline; a body that already opens with it, or a "dateline" that is only a date, is left
alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo.stage import dateline_span
from sitrep.ingest import iter_inputs
from sitrep.ingest.header import wire_dateline, with_dateline
from sitrep.types import Article

PAGES = Path(__file__).parent / "pages_s15"


def _article(name: str) -> Article:
    (art,) = [x for x in iter_inputs([PAGES / f"{name}.html"]) if isinstance(x, Article)]
    return art


@pytest.mark.parametrize(
    ("page", "opening"),
    [
        ("dateline_jsonld_kharkiv", "KHARKIV, Ukraine — A Russian guided bomb"),
        ("dateline_span_goma", "GOMA, Democratic Republic of Congo — At least nine people"),
    ],
)
def test_declared_dateline_leads_the_lede(page: str, opening: str) -> None:
    art = _article(page)
    assert opening in art.text and art.text.index(opening) < 100


def test_an_inserted_dateline_is_read_by_the_geoparser_as_a_dateline() -> None:
    text = _article("dateline_jsonld_kharkiv").text
    start, end = dateline_span(text)
    assert text[start:end] == "KHARKIV, Ukraine"


def test_body_that_opens_with_the_dateline_is_unchanged() -> None:
    art = _article("dateline_already_mogadishu")
    assert art.text.count("MOGADISHU") == 1 and "MOGADISHU, Somalia (AP) — A car bomb" in art.text


def test_a_dateline_element_holding_a_date_adds_nothing() -> None:
    art = _article("dateline_is_a_date")
    assert "MARCH" not in art.text and "March 4, 2024 —" not in art.text


@pytest.mark.parametrize(
    ("declared", "printed"),
    [
        ("Kharkiv, Ukraine", "KHARKIV, Ukraine —"),
        ("KYIV (Reuters)", "KYIV (Reuters) —"),
        ("Maiduguri, Nigeria (AFP)", "MAIDUGURI, Nigeria (AFP) —"),
        ("Port-au-Prince", "PORT-AU-PRINCE —"),
        ("N'Djamena, Chad", "N'DJAMENA, Chad —"),
        ("Cúcuta, Colombia", "CÚCUTA, Colombia —"),
        ("  Sanaa, Yemen — ", "SANAA, Yemen —"),
        ("Marawi, Philippines, June 3 (Reuters)", "MARAWI, Philippines, June 3 (Reuters) —"),
        ("Mayo, Sudan", "MAYO, Sudan —"),
        ("Augusta, Georgia", "AUGUSTA, Georgia —"),
    ],
)
def test_wire_dateline(declared: str, printed: str) -> None:
    assert wire_dateline(declared) == printed


@pytest.mark.parametrize(
    "declared",
    [
        "March 3, 2024",
        "3 March 2024",
        "Updated 10:42 GMT",
        "By Jane Roe",
        "",
        None,
        "x" * 90,
        "the capital",
        "12 Apr",
    ],
)
def test_no_wire_dateline_for_dates_bylines_and_prose(declared: str | None) -> None:
    assert wire_dateline(declared) is None


def test_with_dateline_skips_headline_byline_and_short_lines() -> None:
    text = "Clashes near the border\nBy Staff\nUpdated 2 hours ago\nTroops and rebels fought for hours near the crossing on Monday, officials said.\nMore."
    out = with_dateline(text, "Gao, Mali", "Clashes near the border")
    assert out.split("\n")[3].startswith("GAO, Mali — Troops and rebels")
    assert out.replace("GAO, Mali — ", "") == text


def test_with_dateline_leaves_a_text_already_opening_with_the_place() -> None:
    text = "Headline of the day\nGao, Mali: Troops and rebels fought for hours near the crossing on Monday, officials said."
    assert with_dateline(text, "GAO, Mali", None) == text


_TOWN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12).map(str.capitalize)
_COUNTRY = st.sampled_from(["Mali", "Ukraine", "Yemen", "Myanmar", "Somalia", "Colombia", "Sudan"])


@settings(max_examples=40, deadline=None)
@given(_TOWN, _COUNTRY)
def test_an_inserted_dateline_is_read_as_one_and_keeps_the_words(town: str, country: str) -> None:
    lede = "Gunmen attacked a village in the district overnight, killing several people, residents said."
    text = f"Attack on village\n{lede}"
    out = with_dateline(text, f"{town}, {country}", "Attack on village")
    span = dateline_span(out)
    assert span is not None and out[span[0] : span[1]] == f"{town.upper()}, {country}"
    assert out.endswith(lede) and out.startswith("Attack on village\n")


@pytest.mark.parametrize(
    "lede",
    [
        "KYIV, Ukraine — Russian drones struck energy sites across several regions overnight, officials said.",
        "ADEN (Reuters) - A car bomb killed a security commander in the port city on Friday, officials said.",
        "JUBA, South Sudan, May 3, 2024 — Clashes between rival groups killed 12 people, officials said.",
    ],
)
def test_a_body_with_another_printed_dateline_gets_no_second_one(lede: str) -> None:
    text = f"Headline here\n{lede}"
    assert with_dateline(text, "Kharkiv, Ukraine", "Headline here") == text


def test_without_a_lede_the_first_line_after_the_title_takes_the_dateline() -> None:
    text = "Clashes in the north\nFighting continued for a third day\nResidents fled"
    out = with_dateline(text, "Kidal, Mali", "Clashes in the north")
    assert out.split("\n")[1] == "KIDAL, Mali — Fighting continued for a third day"
    assert with_dateline("Only a title", "Kidal", "Only a title") == "Only a title"
