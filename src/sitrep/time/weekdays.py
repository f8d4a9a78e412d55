"""A weekday written in the week of a date the article writes out, read against that date.

A bare weekday ("early Sunday", "Saturday night", "Tuesday evening") is read against the day the
report was published: the latest such day on or before it. A story published or updated weeks
after the incident often keeps the first report's sentences, captions and photo lines ("five
people were shot ... on Saturday night" under a story of two arrests two months later) while it
also writes the incident's day out ("the party ... was being held on Nov. 12", "the Sept. 15, 2015
shooting death", "shot and killed three ... on July 17"). When that written day is the same
weekday, lies a week or more before the weekday's reading and dates an incident (an incident noun
or a violent verb governs it, or a clock time sits next to it: ``sitrep.time.attach``) or is
written with its weekday ("around 11 p.m. Monday, May 23"), the weekday names it: the sentence was
written in that day's week, not the publication's. A written day that dates nothing said ("On June
7, just a half-mile away ...", "a video posted July 10", "By September 15, ICE became aware") is as
often another event's or a fact of the background: on the GVA dev main events, admitting those too
re-dated 4 more events, all wrongly.

A weekday a follow-up verb governs ("was arrested Tuesday") is the follow-up's own, recent day
and stays as read. Page stamps and history (more than ``ANCHOR_MAX_DAYS`` back) never anchor a
weekday; two different written days of that weekday leave it as read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from sitrep.types import TimeRef

__all__ = ["ANCHOR_MAX_DAYS", "ANCHOR_MIN_DAYS", "weekday_anchor", "weekday_of"]

# A written day at least this many days before the weekday's reading is another week's: a day
# of the publication week is the weekday's own reading (then both agree already).
ANCHOR_MIN_DAYS = 7
# A written day further back than this is history (an anniversary, an earlier case), as for an
# event's lead date (``sitrep.events.assemble.LEAD_MAX_DAYS``).
ANCHOR_MAX_DAYS = 730
_WRITTEN = re.compile(r"\d")


@cache
def _weekday_pattern() -> re.Pattern[str]:
    from sitrep.time.lexicon import lexicon

    names = "|".join(sorted(lexicon()["weekdays"], key=len, reverse=True))
    return re.compile(rf"\b(?P<w>{names})\b", re.I)


@cache
def _month_pattern() -> re.Pattern[str]:
    from sitrep.time.lexicon import lexicon

    names = "|".join(sorted(lexicon()["months"], key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\b", re.I)


def weekday_of(t: TimeRef) -> int | None:
    """The weekday (0 Monday .. 6 Sunday) a bare weekday expression names ("early Sunday", "last
    Friday"), or None for any other expression (one with a month or a number is a written date)."""
    if t.precision != 1 or t.value is None or _WRITTEN.search(t.text) or _month_pattern().search(t.text):
        return None
    m = _weekday_pattern().search(t.text)
    if m is None:
        return None
    from sitrep.time.lexicon import lexicon

    return lexicon()["weekdays"][m.group("w").lower()]


def _anchors(found: TimeRef, wd: int, times: Sequence[TimeRef], text: str, pub: date | None) -> set[date]:
    from sitrep.time.attach import INCIDENT, attachment
    from sitrep.time.stamps import report_stamp

    out = set()
    for t in times:
        if t.precision != 1 or t.value is None or not _WRITTEN.search(t.text) or t.value.weekday() != wd:
            continue
        back = (found.value - t.value).days  # type: ignore[operator]
        if not ANCHOR_MIN_DAYS <= back <= ANCHOR_MAX_DAYS or (pub is not None and t.value > pub):
            continue
        if report_stamp(text, t):
            continue
        if _weekday_pattern().search(t.text) or attachment(text, t, clock=True) == INCIDENT:
            out.add(t.value)
    return out


def weekday_anchor(found: TimeRef, times: Sequence[TimeRef], text: str, pub: date | None) -> TimeRef:
    """``found`` re-read as the one written day of its weekday a week or more before it (module
    docstring); otherwise ``found`` unchanged."""
    from sitrep.time.attach import FOLLOW_UP, attachment

    wd = weekday_of(found)
    if wd is None or attachment(text, found) == FOLLOW_UP:
        return found  # "was arrested Tuesday" four months on: the arrest's own, recent day
    days = _anchors(found, wd, times, text, pub)
    if len(days) != 1:
        return found
    day = days.pop()
    back = (found.value - day).days  # type: ignore[operator]
    why = (f"{found.reason}; the article writes {day.isoformat()}, the same weekday {back} days earlier: "
           "the weekday was written in that week")
    return replace(found, value=day, earliest=day, latest=day, reason=why)
