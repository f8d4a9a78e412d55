"""A dateline glued to a flattened page title becomes a line of its own (and reads as a dateline)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitrep.ingest import article_from_text
from sitrep.ingest.clean import GLUED_DATELINE_CHARS, normalize_lines

TITLE = "Two hurt in shooting outside bakery | Channel 9 News"
BODY = "Police said two men were wounded on Friday night. Nobody has been arrested."


def test_title_outlet_and_dateline_are_split():
    assert normalize_lines(f"{TITLE}TOLEDO, Ohio (WXYZ) -- {BODY}") == [TITLE, f"TOLEDO, Ohio (WXYZ) -- {BODY}"]
    assert normalize_lines(f"Man charged | KTV 12SAN MARCOS, Texas — {BODY}")[1].startswith("SAN MARCOS, Texas —")
    assert normalize_lines(f"Storm news | FOX43LANCASTER, Pa.–{BODY}")[1].startswith("LANCASTER, Pa.–")


def test_a_glued_dateline_without_a_state_needs_a_dash_or_a_stamp():
    assert normalize_lines(f"Man shot | FOX6Now.comMILWAUKEE — {BODY}") == ["Man shot | FOX6Now.com", f"MILWAUKEE — {BODY}"]
    lines = normalize_lines(f"Teen hurt | Fox 59INDIANAPOLIS (December 3, 2015) -- {BODY}")
    assert lines[1].startswith("INDIANAPOLIS (December 3, 2015)")
    for text in (f"{TITLE}TOLEDO police said {BODY}", f"{TITLE}TOLEDO (WXYZ) -- {BODY}"):
        assert normalize_lines(text) == [text]  # no dash or no stamp right after the capitals


def test_what_is_not_a_glued_dateline_stays():
    for text in (
        f"KHARTOUM, Sudan — {BODY}",  # a dateline at the start of its line
        f"The McDONALD, Pa. -- {BODY}",  # a surname's capitals
        f"Residents of DAYTON, Ohio said {BODY}",  # capitals after a space, no dash
        f"{TITLE}TOLEDO is calm. {BODY}",  # no state or country after a comma
    ):
        assert normalize_lines(text) == [text]


def test_only_the_article_opening_is_searched():
    far = "x" * GLUED_DATELINE_CHARS
    assert normalize_lines(f"{far}TOLEDO, Ohio -- {BODY}") == [f"{far}TOLEDO, Ohio -- {BODY}"]


def test_the_split_dateline_is_read_as_the_dateline():
    art = article_from_text("g1", f"{TITLE}TOLEDO, Ohio (WXYZ) -- {BODY}\n\n{BODY}")
    assert art.text.split("\n")[0] == TITLE
    assert "TOLEDO, Ohio" in art.text.split("\n")[1]


@given(st.text(alphabet="abcXYZ ,-(|59.", max_size=120))
def test_splitting_only_inserts_line_breaks(text):
    lines = normalize_lines(text)
    assert "".join(lines).replace(" ", "") == "".join(text.split()).replace(" ", "")
