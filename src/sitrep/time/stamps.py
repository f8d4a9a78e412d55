"""Dates that stamp the report, not an event: datelines, "Posted:" / "Updated:" lines, birth dates.

A page's own time stamps and a person's birth date name no event: "INDIANAPOLIS, Ind. (Jan. 8,
2015) -", "Posted: Sunday, May 12, 2013 5:16 AM", "Updated: Jan 6, 2017", "UPDATE 1:50PM FRIDAY:",
"(DOB 07/19/98)". A "Posted:" or "Published" stamp earlier than the publication date an input
gives says when the report first appeared: pages re-stamped by an update carry the update's day as
their date, and their "this morning" or "Sunday" was written on the posted day
(:func:`posted_day`). A web-archive capture bounds the publication day from above
(:func:`capture_day`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from sitrep.textutil import holds_any
from sitrep.types import TimeRef

__all__ = ["DATELINE_MAX_CHARS", "STAMP_CHARS", "capture_day", "in_dateline", "posted_day", "report_stamp"]

# A dateline's place name and opening parenthesis fit in this many characters from the line start
# ("INDIANAPOLIS, Ind. (" is 20; titles glued to the first line in scraped pages make it longer).
DATELINE_MAX_CHARS = 160
# Up to this many characters of the same line before a date are searched for the stamp word
# ("Posted: Sunday, May 12, 2013": the weekday is part of the date; a clock time may sit between).
STAMP_CHARS = 40
# A stamp word is capitalised ("Posted", "UPDATE", "DOB") or followed by a colon: prose such as
# "the photo was posted on June 14" dates an event.
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*[apAP]\.?[mM]\.?[\s:,]*)?"
_STAMP_WORDS = r"(?:Posted|POSTED|Updated?|UPDATED?|Published|PUBLISHED|Modified|DOB|D\.O\.B)\b"
_STAMP = re.compile(rf"(?:\b{_STAMP_WORDS}|\b(?i:posted|updated?|published)\s*:)[\s:.\-]*{_CLOCK}$")
_POSTED = re.compile(
    rf"(?:\b(?:Posted|POSTED|Published|PUBLISHED)\b|\b(?i:posted|published)\s*:)[\s:.\-]*{_CLOCK}$"
)
# Every posted stamp word lower-cased holds one of these (see ``_STAMP_LOWER``).
_POSTED_LOWER = re.compile(r"posted|published")
# A posted stamp is a written full date: a year or a numeric date.
_FULL_DATE = re.compile(r"\d{4}|\d/\d")


def in_dateline(text: str, t: TimeRef) -> bool:
    """A date in parentheses opening a line ("INDIANAPOLIS, Ind. (Jan. 8, 2015) -") dates the report."""
    line_start = text.rfind("\n", 0, t.start) + 1
    before, after = text[line_start:t.start], text[t.end:t.end + 4]
    opened = len(before) <= DATELINE_MAX_CHARS and before.rstrip().endswith("(")
    return opened and after.lstrip().startswith(")")


def _line_before(text: str, t: TimeRef) -> str:
    line_start = text.rfind("\n", 0, t.start) + 1
    return text[max(line_start, t.start - STAMP_CHARS):t.start]


def report_stamp(text: str, t: TimeRef) -> bool:
    """Whether ``t`` dates the report or a person, not an event: a dateline's date in parentheses,
    a page's posted / updated stamp, or a date of birth."""
    return in_dateline(text, t) or _stamp_before(_line_before(text, t))


# Every stamp word lower-cased holds one of these, and so does the lower-cased line before a date
# that ``_STAMP`` finds (a case-insensitive letter is the ASCII letter itself unless it is one of
# ``_CASE_ODD``); a case-sensitive search on it skips ahead to their first letters.
_STAMP_LOWER = re.compile(r"posted|update|published|modified|dob|d\.o\.b")
# Characters a case-insensitive pattern takes for an ASCII letter though ``str.lower()`` makes them
# no such letter (dotless and dotted i, long s; see sitrep.textutil.CASE_EXTRAS).
_CASE_ODD = "\u0130\u0131\u017f\u212a"


def _stamp_before(line: str) -> bool:
    """``_STAMP.search(line) is not None``, skipping the search when no stamp word can be in the line
    (speed: most lines before a date hold none)."""
    if not holds_any(line, _CASE_ODD) and _STAMP_LOWER.search(line.lower()) is None:
        return False
    return _STAMP.search(line) is not None


def posted_day(text: str, times: Iterable[TimeRef], published: date | None) -> date | None:
    """The article's first "Posted:" / "Published" stamp (a written full date) when it lies before
    ``published``, or None: the day the report first appeared when the given date is a later
    update's. Only the first stamp in text order is the article's own (pages list related stories
    and videos with their stamps further down)."""
    if published is None or (not holds_any(text, _CASE_ODD) and _POSTED_LOWER.search(text.lower()) is None):
        return None  # no stamp can be found, or none would be used (speed: most texts hold no stamp word)
    first = next((t.value for t in sorted(times, key=lambda t: t.start)
                  if t.value is not None and t.precision == 1 and _FULL_DATE.search(t.text)
                  and _POSTED.search(_line_before(text, t))), None)
    return first if first is not None and published is not None and first < published else None


_CAPTURE = re.compile(r"web\.archive\.org/web/(\d{4})(\d\d)(\d\d)\d*")


def capture_day(url: str | None) -> date | None:
    """The day a web-archive URL says the page was captured ("web.archive.org/web/20150718014713/..."):
    the page existed then, so it was published on or before that day."""
    m = _CAPTURE.search(url or "")
    if m is None:
        return None
    try:
        return date(*map(int, m.groups()))
    except ValueError:
        return None
