"""The date of an undated event of a live-blog entry (``sitrep.ingest.liveblog``).

A live-blog entry is posted minutes or hours after what it reports, not the days after an article
reports: the page's reporters post an entry as the news comes in. So an event an entry states without
a date of its own is dated by the entry, not by the article rule's "two days up to publication":

1. a date the entry writes elsewhere for an incident or with no verb ("overnight", "last night",
   "yesterday", "on Tuesday", "this morning"; read against the entry's own day, as every relative
   expression of an entry is) dates it when the entry dates nothing else: an entry is one short
   report, so its one date is its story's (one of two different days dates nothing: the rule
   below applies);
2. an entry posted in the small hours (before ``EARLY_POST_HOUR``, when ingest gives the entry's
   clock time under ``POSTED_TIME_KEY`` in ``Article.origin``) reports the night: the day before and
   the entry's day, precision 2, valued on the day before;
3. otherwise the entry's day, precision 1. A bare "earlier" ("Earlier, the governor said ...") is
   earlier that day in a live blog and changes nothing; "earlier this week" is an expression of its
   own and dates by rule 1.

Only an entry with a day of its own counts (its timestamp, a day heading above it, its JSON-LD
update): an entry that takes the page's date ("no date of its own" in ``origin["liveblog"]``) is
read like an article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from sitrep.time.attach import FOLLOW_UP, attachment
from sitrep.types import Article, TimeRef

__all__ = ["EARLY_POST_HOUR", "LIVEBLOG_KEY", "POSTED_TIME_KEY", "entry_date", "entry_day"]

LIVEBLOG_KEY = "liveblog"  # ``Article.origin`` key ingest sets on each live-blog entry
# The entry's local clock time as written ("06:15"), which ingest keeps for entries with a day of
# their own (``sitrep.ingest.liveblog.clock_of``).
POSTED_TIME_KEY = "liveblog_time"
_OWN_DAY_MISSING = "no date of its own"
# An entry posted before this hour reports the night before (raids and strikes are overnight news;
# a morning entry at 06:15 on "shells landed on a market" is about the evening or the night). Not
# calibrated: no live blog of the dev sets has gold dates; 07:00 is when the morning round-ups of
# the wire services' live pages (the fixtures of tests/ingest/pages_s15) start.
EARLY_POST_HOUR = 7
# An expression admitting more days than this is no day of the entry's story ("this month").
MAX_ENTRY_SPAN_DAYS = 2
_HOUR = re.compile(r"^\s*(\d{1,2})[:.h]\d{2}")


def entry_day(article: Article) -> date | None:
    """The entry's own day, or None for an article or an entry dated by its page."""
    why = article.origin.get(LIVEBLOG_KEY) if article.origin else None
    if not why or _OWN_DAY_MISSING in why:
        return None
    return article.published


def _posted_hour(article: Article) -> int | None:
    m = _HOUR.match(article.origin.get(POSTED_TIME_KEY, ""))
    return int(m.group(1)) if m and int(m.group(1)) < 24 else None


def _story_date(text: str, times: Sequence[TimeRef], day: date) -> TimeRef | None:
    """The one date the entry writes for its story (rule 1), or None."""
    own = [t for t in times if t.value is not None and t.value <= day and t.earliest is not None
           and t.latest is not None and (t.latest - t.earliest).days <= MAX_ENTRY_SPAN_DAYS
           and attachment(text, t) != FOLLOW_UP]
    if len({(t.value, t.earliest, t.latest) for t in own}) != 1:
        return None
    return min(own, key=lambda t: (t.precision, t.start))


def entry_date(article: Article, at: int, times: Sequence[TimeRef], day: date) -> TimeRef:
    """The date of an event stated at ``at`` without a date of its own, in a live-blog entry of
    ``day`` (see the module's rules); ``times`` are the entry's own, stamps left out."""
    found = _story_date(article.text, times, day)
    if found is not None:
        why = f"no date in the evidence; the one date the live-blog entry writes: {found.reason}"
        return TimeRef(at, at, "", found.value, found.precision, found.earliest, found.latest, reason=why)
    hour = _posted_hour(article)
    if hour is not None and hour < EARLY_POST_HOUR:
        before = day - timedelta(days=1)
        why = (f"no date in the evidence; a live-blog entry posted before {EARLY_POST_HOUR}:00 reports "
               "the night: the day before and the entry's day, the day before as value")
        return TimeRef(at, at, "", before, 2, before, day, reason=why)
    why = "no date in the evidence; the live-blog entry's day (an entry is posted within hours of its news)"
    return TimeRef(at, at, "", day, 1, day, day, reason=why)
