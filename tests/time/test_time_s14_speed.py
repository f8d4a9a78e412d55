"""The anchored fast scan (tried only in the run of letters, spaces, apostrophes and hyphens before
a year, weekday or month) finds what the scan of every word start finds, in the same order."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.time import lexicon as lx
from sitrep.time.finder import find_matches

ANCHORED = [s for s in lx.lexicon().patterns if s.anchor is not None]
PIECES = ["in", "In", "IN", "early", "mid", "mid-", "late", "the", "end", "of", "beginning", "since", "Since",
          "as", "last", "next", "year's", "year’s", "this", "fiscal", "FY", "the eve of", "eve", "coming",
          "2019", "1998", "2020", "19201", "$2019", "2019%", "1,2019", "2021 soldiers", "12", "3rd",
          "Monday", "monday", "TUESDAY", "Friday night", "Sunday’s", "May", "may", "June", "mid-July",
          "quarter", "period", "ſince", "ın", "é", ",", ".", ";", "(", ")", "-", "’", "'", "\n", "_", "x2019"]
SEPARATORS = [" ", "", "  ", "\n", ", ", "-"]
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=14).map(
    lambda pairs: "".join(p + s for p, s in pairs))


def _scan(spec: lx.PatternSpec, text: str) -> list:
    return [(m.span(lx.SPAN_GROUP), m.groupdict()) for m in lx.fast_scan(spec, text)]


def test_time_s14_anchored_specs() -> None:
    names = {s.name for s in ANCHORED}
    assert {"year_bare", "weekday", "month_bare", "season", "period"} <= names
    # a day number or a comma may stand before the year: no anchored scan for such patterns
    assert "date_mdy" not in names


@settings(max_examples=500, deadline=None)
@given(texts)
def test_time_s14_anchored_scan_equals_full_scan(text: str) -> None:
    for spec in ANCHORED:
        assert _scan(spec, text) == _scan(dataclasses.replace(spec, anchor=None), text), spec.name


def test_time_s14_anchored_scan_examples() -> None:
    year = next(s for s in ANCHORED if s.name == "year_bare")
    text = "Fighting resumed in early 2019; by the end of 2020, and again since mid-2021 (not 12019)."
    got = [text[a:b] for (a, b), _ in _scan(year, text)]
    assert got == _full(year, text)
    assert any("2019" in g for g in got) and any("2021" in g for g in got) and not any("12019" in g for g in got)
    assert [m.text for m in find_matches("Troops withdrew on Monday night, days after clashes in May 2023.")]


def _full(spec: lx.PatternSpec, text: str) -> list[str]:
    return [text[a:b] for (a, b), _ in _scan(dataclasses.replace(spec, anchor=None), text)]


def test_time_s14_prefix_check() -> None:
    import re
    import re._parser as sre_parse

    def check(pattern: str) -> bool:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
        return lx._prefix_only(parsed, parsed.state.groupdict["y"])

    assert check(r"(?:in\s+)?(?:mid[\s-]+)?(?P<y>\d\d)")
    assert check(r"(?:last\s+year['’]s\s+)?(?P<y>\d\d)")
    assert not check(r"(?:on\s+\d+\s+)?(?P<y>\d\d)")  # a digit before the group
    assert not check(r"(?:x,\s+)?(?P<y>\d\d)")  # a comma before it
    assert not check(r"(?:a|(?P<y>\d\d))")  # the group under a branch
    assert not check(r"(?:.)?(?P<y>\d\d)")  # any character
