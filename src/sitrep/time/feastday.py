"""A lunar feast's table day against the weekday the text writes for it.

The feast tables (``holiday_dates`` in ``lexicon.json``) hold one calendar's days, close to Saudi
Arabia's; countries that sight the moon themselves (Pakistan, India, Nigeria, Morocco, Indonesia)
often keep a feast a day or two later. "A suicide bomber struck a procession marking the Prophet's
birthday in Mastung on Friday" was Friday 29 September 2023 in Pakistan, two days after the table's
Wednesday. When the same sentence writes a weekday next to a lunar feast and that weekday falls
up to ``LUNAR_SLACK_DAYS`` after the table's day or ``LUNAR_EARLY_DAYS`` before it (a sighting
comes after the calculation, not before; the one day before covers the table's own rounding), the
written weekday's day is the feast's, and the reason says so. A fixed-date feast (Christmas, a national day) keeps
its day: a weekday that disagrees with it names another day ("the day after Christmas, Monday").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.time.lexicon import lexicon
from sitrep.time.reading import Reading

if TYPE_CHECKING:
    from sitrep.time.finder import Match

__all__ = ["FEAST_WEEKDAY_CHARS", "LUNAR_EARLY_DAYS", "LUNAR_SLACK_DAYS", "feast_weekdays"]

# Moon sighting puts a lunar feast up to two days after the table's calculated day (Pakistan's
# Mawlid 2023: 29 September against 27 September); more is another week's weekday.
LUNAR_SLACK_DAYS = 2
# ... and at most one day before it (observed days one off either way, see test_time_s17_feasts).
LUNAR_EARLY_DAYS = 1
# A weekday at most this many characters from the feast, in the same sentence, is the feast's
# ("the Prophet's birthday in Mastung, Balochistan, on Friday" has 37 between them).
FEAST_WEEKDAY_CHARS = 100
_BOUNDARY = re.compile(r"[.!?\n]")
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _lunar_day(m: Match, r: Reading) -> date | None:
    spec = lexicon()["holidays"].get(m.groups.get("holiday") or "")
    if m.kind != "holiday" or not spec or "table" not in spec or r.grain != "day" or r.earliest != r.latest:
        return None
    return r.earliest


def _weekday_near(text: str, feast: Match, readings: Sequence[tuple[Match, Reading]]) -> int | None:
    """The one weekday index written next to the feast in its sentence, else None."""
    found = set()
    for m, _ in readings:
        if m.kind != "weekday" or m.groups.get("rel") or not m.groups.get("weekday"):
            continue
        lo, hi = (m.end, feast.start) if m.end <= feast.start else (feast.end, m.start)
        if 0 <= hi - lo <= FEAST_WEEKDAY_CHARS and not _BOUNDARY.search(text, lo, hi):
            found.add(lexicon()["weekdays"].get(m.groups["weekday"]))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _moved(r: Reading, day: date, weekday: int) -> Reading | None:
    for k in range(-LUNAR_EARLY_DAYS, LUNAR_SLACK_DAYS + 1):
        d = day + timedelta(days=k)
        if k and d.weekday() == weekday and day.weekday() != weekday:
            side = "after" if k > 0 else "before"
            why = (f"{r.reason}; the text writes {_NAMES[weekday]} for it, {abs(k)} day{_plural(k)} {side} the table's "
                   f"{day.isoformat()}: the written weekday's day (the moon is sighted locally)")
            return replace(r, earliest=d, latest=d, anchor=d, reason=why, value=None)
    return None


def _plural(k: int) -> str:
    return "s" if abs(k) > 1 else ""


def feast_weekdays(text: str, readings: list[tuple[Match, Reading]]) -> list[tuple[Match, Reading]]:
    """The readings with each lunar feast moved to the weekday its sentence writes (module docstring)."""
    out = list(readings)
    for i, (m, r) in enumerate(readings):
        day = _lunar_day(m, r)
        weekday = _weekday_near(text, m, readings) if day else None
        if day and weekday is not None and (moved := _moved(r, day, weekday)):
            out[i] = (m, moved)
    return out
