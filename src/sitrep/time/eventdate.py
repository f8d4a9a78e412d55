"""The date of an event, from the dates written in (or just before) its evidence.

Rules, in order (the TimeRef's ``reason`` names the one used):

1. a date expression inside the evidence spans;
2. a date expression in the sentence just before the evidence, in the same paragraph;
3. the publication date. ACLED codes the reported date when a report gives none. When the
   article reports same-day news (a relative expression resolves to the publication day: "today",
   "this morning", "Monday" written on a Monday), that day at precision 1; otherwise the
   FALLBACK_DAYS_BEFORE days before publication and the publication day, at precision 2 with the
   mid-point (the day before publication) as value;
4. no publication date: the latest full date written in the article (with relative expressions
   unresolved, every dated TimeRef of such an article is one), half a month either side, at
   precision 3; with no full date either, a TimeRef with value None, precision 3 and the reason.

Among several expressions in one place, dates after the publication day (announced plans) give
way to earlier ones; then the most precise wins; then the earliest: the event reported in a
sentence usually precedes what followed it (arrests, statements) in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from sitrep.time.calendar import midpoint
from sitrep.time.finder import find_times
from sitrep.types import Doc, Sentence, TimeRef

__all__ = ["event_date", "FALLBACK_DAYS_BEFORE"]

_FULL_DATE = re.compile(r"\d{4}|\d/\d")

# An event reported without a date, in an article without same-day cues, happened on the
# publication day or in the days before it; this many days before are admitted, and the
# mid-point (the day before publication) is the value. Measured on GVDB dev articles with a
# publication date whose incident sentence has no date: the day before publication was right
# for 12, the publication day itself for 3 (of 33; the rest lie further back).
FALLBACK_DAYS_BEFORE = 2
# Without a publication date, every resolved TimeRef of the article is a full written date (the
# relative ones stay unresolved); the latest one bounds when the article was written, and an
# undated event is placed within this many days of it (a month: ACLED precision 3).
UNDATED_HALF_WINDOW_DAYS = 14
# A dateline's place name and opening parenthesis fit in this many characters from the line start
# ("INDIANAPOLIS, Ind. (" is 20; titles glued to the first line in scraped pages make it longer).
DATELINE_MAX_CHARS = 160
# Expressions admitting more days than this (a quarter, a year) do not date an event of an article
# with a publication date unless they contain that date; a month ("last month") still does.
COARSE_MAX_DAYS = 31


def _times(doc: Doc) -> tuple[TimeRef, ...]:
    if doc.times is not None:
        return doc.times
    return find_times(doc.article.text, doc.article.published, doc.sentences)


def _in_dateline(text: str, t: TimeRef) -> bool:
    """A date in parentheses opening a line ("INDIANAPOLIS, Ind. (Jan. 8, 2015) -") dates the report."""
    line_start = text.rfind("\n", 0, t.start) + 1
    before, after = text[line_start:t.start], text[t.end:t.end + 4]
    opened = len(before) <= DATELINE_MAX_CHARS and before.rstrip().endswith("(")
    return opened and after.lstrip().startswith(")")


def _background(t: TimeRef, published: date | None) -> bool:
    """A year or quarter named next to an event of a dated report is background ("killed in 2012")."""
    if published is None or t.earliest is None or t.latest is None:
        return False
    return (t.latest - t.earliest).days > COARSE_MAX_DAYS and not t.earliest <= published <= t.latest


def _best(times: Sequence[TimeRef], published: date | None) -> TimeRef | None:
    dated = [t for t in times if t.value is not None and not _background(t, published)]
    past = [t for t in dated if published is None or t.value <= published]
    pool = past or dated
    if not pool:
        return None
    return min(pool, key=lambda t: (t.precision, t.value, t.start))


def _inside(t: TimeRef, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= t.start and t.end <= e for s, e in spans)


def _sentence_before(doc: Doc, start: int) -> tuple[int, int] | None:
    sentences: Sequence[Sentence] = doc.sentences or ()
    before = [s for s in sentences if s.end <= start]
    if not before:
        return None
    prev = max(before, key=lambda s: s.end)
    if "\n" in doc.article.text[prev.end:start]:
        return None
    return prev.start, prev.end


def _same_day_news(times: Sequence[TimeRef], published: date) -> bool:
    """A relative expression naming the publication day ("today", "this morning", "Monday" on a
    Monday); a written full date equal to it is the article's own date line, not news."""
    return any(t.precision == 1 and t.value == published and not _FULL_DATE.search(t.text) for t in times)


def _fallback(doc: Doc, at: int, times: Sequence[TimeRef]) -> TimeRef:
    pub = doc.article.published
    if pub is None:
        return _undated(at, times)
    if _same_day_news(times, pub):
        return TimeRef(at, at, "", pub, 1, pub, pub,
                       reason="no date in the evidence; publication day (the article reports same-day news)")
    earliest = pub - timedelta(days=FALLBACK_DAYS_BEFORE)
    return TimeRef(at, at, "", midpoint(earliest, pub), 2, earliest, pub,
                   reason=f"no date in the evidence; the {FALLBACK_DAYS_BEFORE} days up to publication, "
                          "mid-point")


def _undated(at: int, times: Sequence[TimeRef]) -> TimeRef:
    """No publication date: the latest full date written in the article, at month precision."""
    full = [t.value for t in times if t.value is not None and t.precision == 1]
    if not full:
        why = "no date in the evidence, no publication date, no full date in the article"
        return TimeRef(at, at, "", None, 3, reason=why)
    ref, half = max(full), timedelta(days=UNDATED_HALF_WINDOW_DAYS)
    return TimeRef(at, at, "", ref, 3, ref - half, ref + half,
                   reason=f"no date in the evidence and no publication date; near {ref}, "
                          "the latest full date in the article")


def event_date(doc: Doc, spans: Sequence[tuple[int, int]]) -> TimeRef:
    """The date of an event stated in these evidence spans (see the module's rules).

    Always returns a TimeRef; its ``reason`` says which rule gave it.
    """
    spans = [(int(s), int(e)) for s, e in spans]
    pub = doc.article.published
    text = doc.article.text
    times = [t for t in _times(doc) if not _in_dateline(text, t)]
    found = _best([t for t in times if _inside(t, spans)], pub)
    if found is not None:
        return replace(found, reason=f"in the evidence: {found.reason}")
    first = min(s for s, _ in spans) if spans else 0
    before = _sentence_before(doc, first)
    found = _best([t for t in times if _inside(t, [before])], pub) if before else None
    if found is not None:
        return replace(found, reason=f"in the sentence before the evidence: {found.reason}")
    return _fallback(doc, first, times)
