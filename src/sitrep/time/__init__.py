"""Dates: finding date expressions in news text and resolving them against the publication date.

``find_times(text, published, sentences)`` returns ACLED-style ``TimeRef``s (precision 1 day,
2 week, 3 month; mid-point values); ``resolve(expression, published)`` reads one expression;
``interpret`` gives the richer :class:`Reading` (with the calendar unit, for TimeML values via
``to_timeml``). ``sitrep.time.eventdate.event_date`` dates an event from its evidence spans; the
"times" stage lives in ``sitrep.time.stage``. ``sitrep.time.yearcue.year_hint`` reads an undated
article's year (URL, copyright line, full dates) for day and month written without a year;
``sitrep.time.attach.attachment`` tells an incident's date from a follow-up's;
``sitrep.time.stamps`` finds a page's own date stamps (and its first "Posted:" day). Vocabulary and
patterns: ``sitrep/data/time``.
"""

from __future__ import annotations

from sitrep.time.finder import find_times, interpret, resolve
from sitrep.time.reading import Reading, to_timeml, to_timeref

__all__ = ["Reading", "find_times", "interpret", "resolve", "to_timeml", "to_timeref"]
