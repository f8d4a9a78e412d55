"""Rules that read one matched date expression: kind of pattern + its named groups -> Reading.

Each rule gets the groups of the match (lower-cased, ``None`` when absent) and a :class:`Cue`
(publication date, tense of the sentence, the previous reading in the text) and returns a
:class:`Reading` or ``None`` when the words do not make a date. Explicit calendar dates go through
dateparser (with ``RELATIVE_BASE`` = the publication date); relative expressions and the unit an
expression names are this module's own rules, because dateparser returns one datetime without its
granularity and "Monday" with the default preference can land after the publication day.
"""

from __future__ import annotations

import calendar as _cal
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from sitrep.time import calendar as cal
from sitrep.time.lexicon import lexicon
from sitrep.time.reading import Reading
from sitrep.time.yearcue import YearHint

__all__ = ["Cue", "RULES", "dateparser_day", "read"]

Groups = dict[str, str | None]

# Two-digit years below this pivot are 20xx ("06/24/14" is 2014), others 19xx.
TWO_DIGIT_YEAR_PIVOT = 50
NO_PUBLISHED = "relative to the publication date, which is unknown"


@dataclass(frozen=True, slots=True)
class Cue:
    """What a rule knows besides the words."""

    published: date | None
    future: bool = False  # the sentence speaks of what is to come ("will meet Monday")
    previous: Reading | None = None  # the last reading before this one in the text
    hint: YearHint | None = None  # the undated article's year cue (URL, copyright line, full dates)
    # holiday name -> (month, day) of the article's country (``sitrep.time.national``): its own
    # "Independence Day" instead of the lexicon's (the US's)
    days: Mapping[str, tuple[int, int]] = field(default_factory=dict)


def read(kind: str, g: Groups, cue: Cue) -> Reading | None:
    return RULES[kind](g, cue)


def _unknown(grain: str, why: str = NO_PUBLISHED) -> Reading:
    return Reading(grain, None, None, None, why)


def _span(grain: str, span: cal.Span, anchor: date, reason: str, mod: str | None = None) -> Reading:
    return Reading(grain, span[0], span[1], anchor, reason, mod=mod)


def _day(d: date, reason: str) -> Reading:
    return Reading("day", d, d, d, reason)


def _int_year(text: str) -> int:
    y = int(text)
    if len(text) <= 2:
        y += 2000 if y < TWO_DIGIT_YEAR_PIVOT else 1900
    return y


# ---- explicit calendar dates -------------------------------------------------------------------


@lru_cache(maxsize=4096)
def dateparser_day(text: str, base: date | None, order: str = "MDY") -> date | None:
    """dateparser on a span we found, relative to ``base`` (the publication date), default preference."""
    import dateparser

    settings: dict[str, object] = {"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    found = dateparser.parse(text, languages=["en"], settings=settings)
    return found.date() if found else None


def _month_day(g: Groups) -> tuple[int, int] | None:
    lex = lexicon()
    month = lex["months"].get((g.get("month") or "").rstrip("."))
    if month is None or g.get("day") is None:
        return None
    return month, int(g["day"])


def _valid(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= _cal.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def _with_year(month: int, day: int, g: Groups, cue: Cue) -> Reading | None:
    if g.get("year"):
        d = _valid(_int_year(g["year"]), month, day)
        return _day(d, "explicit date") if d else None
    if cue.published is None:
        if cue.hint is not None:
            return _hinted_day(month, day, g, cue.hint)
        return _unknown("day", "month and day without a year, and no publication date")
    year = cal.nearest_year(lambda y: date(y, month, min(day, 28)), cue.published, cue.future)
    d = _valid(year, month, day)
    return _day(d, f"month and day; year {year} nearest the publication date") if d else None


# A day and month whose year comes from the article's year cue (not from a publication date) is
# given this many days either side: ACLED precision 2, the year being a guess from the page.
HINTED_HALF_WINDOW = timedelta(days=3)


def _hinted_year(month: int, day: int, weekday: str | None, hint: YearHint) -> int:
    """The cue's year (the year before for a day after the URL's month: "Dec. 28" under /2016/01/);
    a weekday written with the day picks the cue's year or a neighbour where it falls on that day."""
    year = hint.year - 1 if hint.month and month > hint.month else hint.year
    target = lexicon()["weekdays"].get(weekday) if weekday else None
    if target is None:
        return year
    fits = [y for y in (year, year - 1, year + 1) if (d := _valid(y, month, day)) and d.weekday() == target]
    return fits[0] if fits else year


def _hinted_day(month: int, day: int, g: Groups, hint: YearHint) -> Reading | None:
    year = _hinted_year(month, day, g.get("weekday"), hint)
    d = _valid(year, month, day)
    if d is None:
        return None
    return Reading("day", d - HINTED_HALF_WINDOW, d + HINTED_HALF_WINDOW, d, f"month and day; {hint.reason}")


def date_rule(g: Groups, cue: Cue) -> Reading | None:
    """"June 13, 2021", "Jan. 27", "Tuesday, Jan. 27", "13 June 2021", "2014-06-15", "03.03.2024"
    (dotted: day first, as everywhere that writes dates so); "since March 3" runs to publication."""
    if g.get("mnum"):
        d = _valid(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return _since(_day(d, "dotted date, day first" if g.get("dot") else "ISO date"), g, cue) if d else None
    parsed = _parsed_month_day(g, cue)
    return _eve(_since(_with_year(*parsed, g, cue), g, cue), g) if parsed else None


def _since(found: Reading | None, g: Groups, cue: Cue) -> Reading | None:
    """"since Monday", "since March 3" in a sentence that does not look forward: the days from
    that day up to the publication day, valued on the first (what happened "since" began then).
    The named unit stays the day (its TimeML value is unchanged)."""
    pub = cue.published
    if not g.get("since") or found is None or not found.known or pub is None or cue.future:
        return found
    if found.latest >= pub:
        return found
    why = f"{found.reason}; since then: up to the publication day, valued on the first"
    return replace(found, latest=pub, reason=why, value=found.value or found.anchor)


def _parsed_month_day(g: Groups, cue: Cue) -> tuple[int, int] | None:
    ours = _month_day(g)
    if ours is None:
        return None
    if 1 <= ours[1] <= 31:
        return ours  # a month of the lexicon and a day number: dateparser would read the same (speed)
    text = f"{g['month']} {g['day']}"
    theirs = dateparser_day(text, cue.published)
    return (theirs.month, theirs.day) if theirs else ours


def range_rule(g: Groups, cue: Cue) -> Reading | None:
    """"June 5-7", "Jan. 27 to 29, 2015": the days of one month from the first to the second."""
    first = date_rule(g, cue)
    if first is None or not first.known or int(g["day2"]) <= first.anchor.day:
        return first
    last = _valid(first.anchor.year, first.anchor.month, int(g["day2"]))
    if last is None:
        return first
    # valued on the first day: ACLED codes a multi-day report from its first day (its Nigeria notes
    # "200 killed 5-6 April" are coded 5 April, then 6 April), and "the night of 3 to 4 March" began on the 3rd
    why = f"range of days, valued on the first; {first.reason}"
    return Reading("day", first.earliest, last, first.anchor, why, value=first.anchor)


def numeric_rule(g: Groups, cue: Cue) -> Reading | None:
    """"06/24/14", "1/27/2016": month first unless the first number cannot be a month, or unless
    month first would put a past event after the publication day and day first would not
    ("12/03/2024" in a report of 20 March 2024 is 12 March, the order of most of the world)."""
    if not g.get("year"):
        return _numeric_without_year(int(g["a"]), int(g["b"]), cue)
    a, b, year = int(g["a"]), int(g["b"]), _int_year(g["year"])
    order = "MDY" if a <= 12 else "DMY"
    ours = _valid(year, a, b) if order == "MDY" else _valid(year, b, a)
    if order == "MDY" and ours is not None and (_day_first_instead(ours, _valid(year, b, a), cue)
                                                or _day_first_nearer(ours, _valid(year, b, a), cue)):
        order, ours = "DMY", _valid(year, b, a)
    # A valid month and day: dateparser reads the same (checked on every day of several years, with
    # and without a publication date), so it is only asked about the odd ones ("1/00/14") (speed).
    d = ours or dateparser_day(f"{g['a']}/{g['b']}/{year}", cue.published, order)
    return _day(d, f"numeric date read {order}") if d else None


# "on 3/4" with no year (version 8 of the patterns): a past day near publication is meant, and
# the reading (month first or day first) that falls nearest before the publication day wins, when it
# is at most this many days before it; otherwise the text is too ambiguous to date.
NUMERIC_NO_YEAR_DAYS = 62


def _numeric_without_year(a: int, b: int, cue: Cue) -> Reading | None:
    pub = cue.published
    if pub is None or cue.future:
        return None
    found = []
    for order, (month, day) in (("MDY", (a, b)), ("DMY", (b, a))):
        for year in (pub.year, pub.year - 1):
            d = _valid(year, month, day)
            if d is not None and d <= pub:
                found.append(((pub - d).days, order, d))
                break
    if not found:
        return None
    days, order, d = min(found)
    if days > NUMERIC_NO_YEAR_DAYS:
        return None
    return _day(d, f"numeric date without a year read {order}: the reading nearest before publication")


def ordinal_day_rule(g: Groups, cue: Cue) -> Reading | None:
    """ "on the 9th", "the morning of the 9th" with no month (version 12 of the patterns): the
    nearest day of that number on or before publication (this month's, else the month before's);
    undated in a sentence about what is to come or without a publication date."""
    pub, day = cue.published, int(g["day"] or 0)
    if pub is None or cue.future:
        return None
    year, month = pub.year, pub.month
    for _ in range(3):  # the 31st: this month or one of the two before has one
        d = _valid(year, month, day)
        if d is not None and d <= pub:
            return _day(d, "a day of the month with no month: the nearest such day on or before publication")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


# Day first is taken when it falls within RECENT_DAYS before publication and month first at least
# STALE_DAYS before it ("11/12/2022" in a report of 13 December 2022 is 11 December): news reports
# the days just past, and most of the world writes the day first. Month first stays otherwise
# ("1/12/2016" in a report of 13 January is 12 January either way of reckoning: both are recent).
# A week and three weeks are a judgement, not fitted: TempEval-3, GVDB and GVA dev score the same
# with and without the rule (session 14).
RECENT_DAYS = 7
STALE_DAYS = 21


def _day_first_nearer(month_first: date, day_first: date | None, cue: Cue) -> bool:
    pub = cue.published
    if pub is None or cue.future or day_first is None or day_first > pub or month_first > pub:
        return False
    return (pub - day_first).days <= RECENT_DAYS and (pub - month_first).days >= STALE_DAYS


def _day_first_instead(month_first: date, day_first: date | None, cue: Cue) -> bool:
    pub = cue.published
    return pub is not None and not cue.future and day_first is not None and month_first > pub >= day_first


# ---- months, years, decades ---------------------------------------------------------------------


def _month_year(month: int, g: Groups, cue: Cue) -> tuple[int, str] | None:
    rel = lexicon()["relatives"].get(g.get("rel") or "")
    if g.get("year"):
        return int(g["year"]), "month and year"
    if cue.published is None:
        return None
    pub = cue.published
    if rel == -1:
        return (pub.year if month < pub.month else pub.year - 1), "last <month>: the latest before this one"
    if rel == 1:
        return (pub.year if month > pub.month else pub.year + 1), "next <month>: the first after this one"
    if rel == 0:
        return pub.year, "this <month>: the publication year"
    year = cal.nearest_year(lambda y: date(y, month, 15), pub, cue.future)
    return year, f"bare month; year {year} nearest the publication date"


def month_rule(g: Groups, cue: Cue) -> Reading | None:
    """"March", "late March 2019", "last February", "mid-November"."""
    month = lexicon()["months"].get((g.get("month") or "").rstrip("."))
    if month is None:
        return None
    found = _month_year(month, g, cue)
    if found is None:
        return _unknown("month")
    year, reason = found
    mod = _mod(g)
    return _span("month", cal.part_of(cal.month_bounds(year, month), mod), date(year, month, 1), reason, mod)


def _mod(g: Groups) -> str | None:
    return lexicon()["modifiers"].get(g.get("mod") or "")


def year_rule(g: Groups, cue: Cue) -> Reading | None:
    """"2014", "in 2014", "late 2019", "fiscal 1989" (a fiscal year is taken as the calendar year)."""
    year, mod = int(g["year"]), _mod(g)
    fiscal = "fiscal" in (g.get("t") or "") or "fy" in (g.get("t") or "")
    reason = "fiscal year taken as the calendar year" if fiscal else "year"
    return _span("year", cal.part_of(cal.year_bounds(year), mod), date(year, 1, 1), reason, mod)


def _spelled_number(words: str) -> int:
    lex = lexicon()
    values = {**lex["spelled_year_tens"], **lex["spelled_year_units"]}
    return sum(values.get(w, 0) for w in re.split(r"[\s-]+", words) if w != "and")


def spelled_year_rule(g: Groups, cue: Cue) -> Reading | None:
    """"nineteen ninety-six", "the year two thousand" (transcripts spell years out)."""
    text = g["spelled"]
    if text.startswith("two thousand"):
        year = 2000 + _spelled_number(text[len("two thousand"):])
    else:
        head, _, rest = text.replace("-", " ").partition(" ")
        year = 100 * lexicon()["spelled_year_tens"][head] + _spelled_number(rest)
    return _span("year", cal.year_bounds(year), date(year, 1, 1), "year spelled out")


def decade_rule(g: Groups, cue: Cue) -> Reading | None:
    start, mod = int(g["decade"]), _mod(g)
    return _span("decade", cal.part_of(cal.decade_bounds(start), mod), date(start, 1, 1), "decade", mod)


def century_rule(g: Groups, cue: Cue) -> Reading | None:
    ordinal = int(g["century"])
    if not 1 <= ordinal <= 21:
        return None
    span = cal.century_bounds(ordinal)
    return _span("century", cal.part_of(span, _mod(g)), span[0], "century", _mod(g))


# ---- days relative to the publication date ------------------------------------------------------


def _weekday_relative(g: Groups) -> str | None:
    """The relative word of a weekday; "past" followed by a modifier is a noun, not "this past"
    ("the neighborhood's gritty past early Sunday when a gunman opened fire")."""
    rel = g.get("rel")
    return None if rel is not None and rel.lower() == "past" and g.get("mod") else rel


def weekday_rule(g: Groups, cue: Cue) -> Reading | None:
    """"Monday", "last Friday", "early Sunday": bare weekdays are the latest such day on or before
    the publication day (the same day when it is that weekday), the next one in future sentences."""
    if cue.published is None:
        return _unknown("day")
    found = _weekday(g, cue, cue.published)
    return _eve(_since(found, g, cue), g)


def _eve(found: Reading | None, g: Groups) -> Reading | None:
    """"on the eve of Saturday's vote", "on the eve of the 20 December vote": the day before that
    weekday or date (the named day, the TimeML value, stays the day named)."""
    if not g.get("eve") or found is None or not found.known:
        return found
    day = found.anchor - timedelta(days=1)
    return Reading("day", day, day, found.anchor, f"the eve of: the day before; {found.reason}", value=day)


def _weekday(g: Groups, cue: Cue, pub: date) -> Reading:
    wd = lexicon()["weekdays"][g["weekday"]]
    rel = lexicon()["relatives"].get(_weekday_relative(g) or "")
    back = (pub.weekday() - wd) % 7
    if rel == -1:
        return _day(pub - timedelta(days=back or 7), "last <weekday>: the latest before the publication day")
    if rel == 1:
        ahead = (wd - pub.weekday()) % 7 or 7
        return _day(pub + timedelta(days=ahead), "next <weekday>: the first one after")
    if rel == 0:
        return _day(cal.week_bounds(pub)[0] + timedelta(days=wd), "this <weekday>: in the publication week")
    if cue.future and back:
        return _day(pub + timedelta(days=7 - back), "weekday in a future sentence: the next one")
    return _day(pub - timedelta(days=back), "weekday: the latest one on or before the publication day")


def deictic_rule(g: Groups, cue: Cue) -> Reading | None:
    """"today", "yesterday", "this morning", "last night"; "overnight" spans two days and is valued
    on the second: an overnight incident is dated by the morning it ends in (GVA dev main events
    dated "overnight": the registry names the second day 18 times, the first 10)."""
    if cue.published is None:
        return _unknown("day")
    offset = lexicon()["deictic_days"][g["deictic"]]
    if isinstance(offset, list):
        first, last = (cue.published + timedelta(days=o) for o in offset)
        why = f"{g['deictic']}: publication days {offset[0]:+d}..{offset[1]:+d}, valued on the last"
        return Reading("day", first, last, last, why, value=last)
    return _day(cue.published + timedelta(days=offset), f"{g['deictic']}: publication day {offset:+d}")


def anaphoric_day_rule(g: Groups, cue: Cue) -> Reading | None:
    """"the next day", "the day before", "that day": from the day dated just before in the text."""
    prev, offset = cue.previous, lexicon()["anaphoric_days"][g["anaday"]]
    if prev is None or prev.grain != "day" or not prev.known:
        return _unknown("day", "relative to a day the text has not dated before")
    d = prev.anchor + timedelta(days=offset)
    return Reading("day", d, d, d, f"{g['anaday']}: the day dated before {offset:+d}", anaphoric=True)


def _unit_span(unit: str, pub: date, offset: int) -> cal.Span:
    if unit == "week":
        return cal.week_bounds(_week_base(pub, offset) + timedelta(days=7 * offset))
    if unit == "month":
        d = cal.add_months(pub, offset)
        return cal.month_bounds(d.year, d.month)
    if unit == "year":
        return cal.year_bounds(pub.year + offset)
    start = pub.year - pub.year % 10 + 10 * offset
    return cal.decade_bounds(start)


def _week_base(pub: date, offset: int) -> date:
    """On a Sunday, "last week" is the week ending that day (news weeks start on Sunday)."""
    return pub + timedelta(days=1) if offset == -1 and pub.weekday() == 6 else pub


def _rolling(unit: str, pub: date) -> cal.Span:
    """"the past week": the days up to the publication day; "the past day" (24 hours): the day
    before it and the publication day."""
    back = {"day": 2, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit]
    return pub - timedelta(days=back - 1), pub


def _narrow(span: cal.Span, mod: str | None, pub: date, offset: int) -> cal.Span:
    """early/mid/late thirds; "earlier this month" = first day .. the day before publication."""
    if mod == "earlier" and offset == 0:
        return span[0], max(span[0], pub - timedelta(days=1))
    if mod == "later" and offset == 0:
        return min(span[1], pub + timedelta(days=1)), span[1]
    return cal.part_of(span, {"earlier": "early", "later": "late"}.get(mod or "", mod))


def period_rule(g: Groups, cue: Cue) -> Reading | None:
    """"last week", "this month", "earlier this month", "early next year", "the past week", "the past
    24 hours"."""
    unit = g["unit"] or "day"  # "the past 24 hours" names no unit word
    if cue.published is None:
        return _unknown(unit)
    word = g.get("rel") or g.get("rel2") or ("past" if "past" in (g.get("t") or "") else "this")
    pub, mod = cue.published, _mod(g)
    if word == "past":
        span = _rolling(unit, pub)
        return _span(unit, span, span[0], f"the past {unit}: the days up to the publication day", mod)
    offset = lexicon()["relatives"][word]
    span = _narrow(_unit_span(unit, pub, offset), mod, pub, offset)
    anchor = _unit_span(unit, pub, offset)[0]
    why = f"{word} {unit} relative to the publication date"
    if offset == 0 and not cue.future and span[0] <= pub < span[1]:
        span, why = (span[0], pub), f"{why}, up to the publication day (not a future sentence)"
    return _span(unit, span, anchor, why, mod)


# "this weekend" in a report of Monday or Tuesday that does not look forward is the weekend just past
# ("a mass shooting this weekend left two teens dead", published on a Monday); from Wednesday
# (weekday 2) on, or in a sentence about the future, it is the coming one.
THIS_WEEKEND_PAST_UNTIL = 2


def weekend_rule(g: Groups, cue: Cue) -> Reading | None:
    """"over the weekend", "last weekend": the latest Saturday-Sunday on or before publication;
    "this weekend" too early in the week and not in a future sentence (``THIS_WEEKEND_PAST_UNTIL``)."""
    if cue.published is None:
        return _unknown("weekend")
    pub, rel = cue.published, lexicon()["relatives"].get(g.get("rel") or "")
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    coming = saturday < pub - timedelta(days=1) and (cue.future or pub.weekday() >= THIS_WEEKEND_PAST_UNTIL)
    if rel == 1 or (rel == 0 and coming) or (rel is None and cue.future):
        saturday += timedelta(days=7)
        why = "the coming weekend"
    else:
        why = "the latest weekend on or before the publication day"
    return Reading("weekend", saturday, saturday + timedelta(days=1), saturday, why)


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return lexicon()["numbers"].get(text)


def _shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    months = {"month": 1, "year": 12, "decade": 120}[unit]
    return cal.add_months(d, months * n)


def _shift_base(direction: str, cue: Cue) -> tuple[date | None, str]:
    prev = cue.previous
    if direction in ("ago", "from now", "hence"):
        return cue.published, "the publication date"
    if prev is not None and prev.known and prev.grain == "day":
        return prev.anchor, "the date mentioned before"
    if direction in ("earlier", "before"):
        return cue.published, "the publication date (nothing dated before it)"
    return None, "nothing dated before it"


def shift_rule(g: Groups, cue: Cue) -> Reading | None:
    """"two days ago", "a year earlier", "three weeks later" (after a dated mention)."""
    if g.get("vague"):
        label = "FUTURE_REF" if g["dir"] in ("later", "after", "from now", "hence") else "PAST_REF"
        return Reading("ref", None, None, None, f"vague count of {g['unit']}: {label}", label=label)
    n, unit, direction = _number(g["num"]), lexicon()["units"][g["unit"]], g["dir"]
    if n is None:
        return None
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    quarter = _shifted_quarter(unit, sign * n, cue)
    if quarter is not None:
        return quarter
    base, why = _shift_base(direction, cue)
    if base is None:
        return _unknown(unit, f"{direction}: {why}")
    center = _shift(base, unit, sign * n)
    return _around(center, unit, f"{n} {unit}(s) {direction}, from {why}")


def _around(center: date, unit: str, reason: str) -> Reading:
    """The unit around the counted day; a week or month is valued on that day ("a week ago" on a
    Sunday is the Sunday before, not the middle of its calendar week)."""
    if unit == "day":
        return _day(center, reason)
    if unit == "week":
        return Reading("week", *cal.week_bounds(center), center, reason, value=center)
    if unit == "month":
        return Reading("month", *cal.month_bounds(center.year, center.month), center, reason, value=center)
    return _span("year", cal.year_bounds(center.year), center, reason)


def _shifted_quarter(unit: str, years: int, cue: Cue) -> Reading | None:
    """"a year earlier" right after a quarter names the same quarter of the year before."""
    prev = cue.previous
    if unit != "year" or prev is None or prev.grain != "quarter" or not prev.known:
        return None
    anchor = cal.add_months(prev.anchor, 12 * years)
    span = cal.quarter_bounds(anchor.year, cal.quarter_of(anchor))
    why = "the quarter mentioned before, shifted by years"
    return Reading("quarter", span[0], span[1], span[0], why, anaphoric=True)


# ---- quarters, halves, seasons, holidays ---------------------------------------------------------


def _quarter(year: int, q: int, reason: str) -> Reading:
    span = cal.quarter_bounds(year, q)
    return _span("quarter", span, span[0], reason)


def _last_quarter(pub: date) -> tuple[int, int]:
    q = cal.quarter_of(pub) - 1
    return (pub.year, q) if q else (pub.year - 1, 4)


def _quarter_year(g: Groups, cue: Cue) -> int | None:
    if g.get("year") or g.get("year2"):
        return int(g.get("year") or g["year2"])
    if cue.published is None:
        return None
    return cue.published.year - (1 if "last year" in (g.get("t") or "") else 0)


def quarter_rule(g: Groups, cue: Cue) -> Reading | None:
    """"the third quarter", "third-quarter", "the latest quarter", "the year-earlier quarter"."""
    if g.get("ord"):
        year = _quarter_year(g, cue)
        q = lexicon()["ordinals"][g["ord"]]
        return _quarter(year, q, "ordinal quarter of the year") if year else _unknown("quarter")
    if g.get("year"):
        return _quarter_in_year(int(g["year"]), cue)
    prev = cue.previous
    if prev is not None and prev.grain == "quarter" and prev.known and g.get("qrel") in (None, "same"):
        why = "the quarter mentioned before"
        return Reading("quarter", prev.earliest, prev.latest, prev.anchor, why, anaphoric=True)
    if cue.published is None:
        return _unknown("quarter")
    return _relative_quarter(g.get("qrel"), cue.published)


def _quarter_in_year(year: int, cue: Cue) -> Reading:
    """"the 1988 quarter": the quarter under discussion (or the latest complete one) of that year."""
    prev = cue.previous
    if prev is not None and prev.grain == "quarter" and prev.known:
        span = cal.quarter_bounds(year, cal.quarter_of(prev.anchor))
        why = "the quarter mentioned before, in the year named"
        return Reading("quarter", span[0], span[1], span[0], why, anaphoric=True)
    if cue.published is None:
        return _unknown("quarter")
    return _quarter(year, _last_quarter(cue.published)[1], "the latest complete quarter, in the year named")


def _relative_quarter(qrel: str | None, pub: date) -> Reading:
    if qrel == "current":
        return _quarter(pub.year, cal.quarter_of(pub), "the current quarter")
    year, q = _last_quarter(pub)
    if qrel in ("year-earlier", "year-ago", "prior-year"):
        return _quarter(year - 1, q, "the latest complete quarter, a year earlier")
    return _quarter(year, q, "the latest complete quarter before publication")


def half_rule(g: Groups, cue: Cue) -> Reading | None:
    year = int(g["year2"]) if g.get("year2") else (cue.published.year if cue.published else None)
    if year is None:
        return _unknown("half")
    span = cal.half_bounds(year, 1 if g["half"] == "first" else 2)
    return _span("half", span, span[0], "half of the year")


def yearago_rule(g: Groups, cue: Cue) -> Reading | None:
    """"year-earlier", "the year-ago period": the previous quarter a year back, else last year."""
    quarter = _shifted_quarter("year", -1, cue)
    if quarter is not None:
        return quarter
    if cue.published is None:
        return _unknown("year")
    year = cue.published.year - 1
    return _span("year", cal.year_bounds(year), date(year, 1, 1), "a year before publication")


def _season_year(code: str, g: Groups, cue: Cue) -> int | None:
    if g.get("year"):
        return int(g["year"])
    if cue.published is None:
        return None
    pub = cue.published
    rel = lexicon()["relatives"].get(g.get("rel") or "")
    this = pub.year + (1 if code == "WI" and pub.month == 12 else 0)
    if rel == -1:
        return this if cal.season_bounds(this, code)[1] < pub else this - 1
    if rel == 1:
        return this if cal.season_bounds(this, code)[0] > pub else this + 1
    return this


def season_rule(g: Groups, cue: Cue) -> Reading | None:
    """"last fall", "this summer", "the winter of 1994"."""
    code = lexicon()["seasons"][g["season"]]
    year = _season_year(code, g, cue)
    if year is None:
        return _unknown("season")
    span = cal.season_bounds(year, code)
    anchor = date(year, 1, 15) if code == "WI" else span[0]
    mod = _mod(g)
    return Reading("season", *cal.part_of(span, mod), anchor, f"season {code} of {year}", label=code, mod=mod)


def _holiday_days(spec: dict, year: int) -> list[date]:
    """The holiday's days in ``year``: one, two for a lunar feast that comes twice in that year
    (``holiday_second_dates``: Mawlid on 3 January and 23 December 2015), none outside its table."""
    first = _holiday_date(spec, year)
    second = lexicon()["holiday_second_dates"].get(spec.get("table", ""), {}).get(str(year))
    return [d for d in (first, second and date(year, int(second[:2]), int(second[3:]))) if d]


def _nearest_holiday_day(spec: dict, shift: int, cue: Cue) -> date | None:
    """The holiday's day nearest the publication date over three years (the future penalised as in
    ``calendar.nearest_year``), both days of a year that holds the feast twice included."""
    pub = cue.published
    assert pub is not None
    days = [d for y in (pub.year - 1, pub.year, pub.year + 1) for d in _holiday_days(spec, y)]
    return min(days, key=lambda d: cal.day_cost(d + timedelta(days=shift), pub, cue.future), default=None)


def _holiday_date(spec: dict, year: int) -> date | None:
    """The holiday's (first) day in ``year``; None for a lunar holiday outside its table's years."""
    if "table" in spec:
        day = lexicon()["holiday_dates"][spec["table"]].get(str(year))
        return None if day is None else date(year, int(day[:2]), int(day[3:]))
    if "easter" in spec:
        from dateutil.easter import easter

        return easter(year) + timedelta(days=spec["easter"])
    if "nth" in spec:
        return cal.nth_weekday(year, spec["month"], spec["weekday"], spec["nth"])
    return date(year, spec["month"], spec["day"])


def holiday_rule(g: Groups, cue: Cue) -> Reading | None:
    """"Christmas", "Thanksgiving Day 2015", "the morning after Christmas": the holiday's date in
    the nearest year (a day after or before it shifts by one)."""
    spec = lexicon()["holidays"][g["holiday"]]
    own = cue.days.get(g["holiday"])
    spec = spec if own is None else {"month": own[0], "day": own[1]}
    shift = -1 if g.get("heve") else {"after": 1, "before": -1}.get(g.get("hdir") or "", 0)
    length = 1 if shift or g.get("hfirst") else spec.get("length", 1)
    if g.get("year"):
        day = _holiday_date(spec, int(g["year"]))
        return _unknown("day", "holiday outside its table's years") if day is None else \
            _holiday_reading(day, shift, length, "holiday with its year")
    if cue.published is None:
        return _unknown("day", "holiday without a year, and no publication date")
    if "table" in spec:
        day = _nearest_holiday_day(spec, shift, cue)
        if day is None:
            return _unknown("day", "holiday outside its table's years")
        twice = day != _holiday_date(spec, day.year)
        why = f"holiday in {day.year}, the year nearest the publication date" + ("; its second day that year" if twice else "")
        return _holiday_reading(day, shift, length, why + ("; the article's country's own day" if own else ""))
    year = cal.nearest_year(lambda y: (_holiday_date(spec, y) or _FAR) + timedelta(days=shift), cue.published,
                            cue.future)
    day = _holiday_date(spec, year)
    if day is None:
        return _unknown("day", "holiday outside its table's years")
    why = f"holiday in {year}, the year nearest the publication date"
    return _holiday_reading(day, shift, length, why + ("; the article's country's own day" if own else ""))


def _holiday_reading(day: date, shift: int, length: int, reason: str) -> Reading:
    """One day, or a holiday season of ``length`` days ("during Ramadan") valued on its first day."""
    if length == 1:
        return _shifted_day(day, shift, reason)
    last = day + timedelta(days=length - 1)
    return Reading("month", day, last, day, f"{reason}; the {length} days from its first", value=day)


_FAR = date(1, 1, 2)  # a lunar holiday's missing year: never the nearest


def _shifted_day(d: date, shift: int, reason: str) -> Reading:
    if not shift:
        return _day(d, reason)
    return _day(d + timedelta(days=shift), f"{reason}; the day {'after' if shift > 0 else 'before'} it")


def ref_rule(g: Groups, cue: Cue) -> Reading | None:
    """"now", "recently", "the future": TimeML's PRESENT_REF / PAST_REF / FUTURE_REF."""
    label = lexicon()["refs"][g["ref"]]
    return Reading("ref", None, None, None, f"vague reference: {label}", label=label)


RULES: dict[str, Callable[[Groups, Cue], Reading | None]] = {
    "date": date_rule,
    "range": range_rule,
    "numeric": numeric_rule,
    "ordinal_day": ordinal_day_rule,
    "anaphoric_day": anaphoric_day_rule,
    "month": month_rule,
    "year": year_rule,
    "spelled_year": spelled_year_rule,
    "decade": decade_rule,
    "century": century_rule,
    "weekday": weekday_rule,
    "deictic": deictic_rule,
    "period": period_rule,
    "weekend": weekend_rule,
    "shift": shift_rule,
    "quarter": quarter_rule,
    "half": half_rule,
    "yearago": yearago_rule,
    "season": season_rule,
    "holiday": holiday_rule,
    "ref": ref_rule,
}
