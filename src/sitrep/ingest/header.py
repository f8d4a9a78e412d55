"""Metadata found in an article's own first lines: datelines, bylines, timestamps, headline.

Forms handled (all made-up examples)::

    KABUL, Afghanistan (Reuters, March 2, 2020) — ...     dateline: outlet and date
    NAIROBI (AP) — ...                                    dateline: outlet
    MOSUL, Iraq, June 10, 2014 — ...                      dateline: date
    Posted at 9:10 AM, Apr 8, 2022                        byline timestamp
    and last updated 2022-04-08 09:10:00-04               byline timestamp (an update: weaker)
    10:05 | 04/08/22                                      byline timestamp (US month/day/year)
    By Jane Doe, Associated Press                         byline: outlet
    Man shot downtown | Example TVMonday, May 4, 2020 SPRINGFIELD, Ill. --   stamp glued to a title
    ... gunshot wound (January 9, 2020 7:03 PM) Police found ...           stamp with a clock time

Scraped pages often flatten title, stamp and dateline into one line: a full date there counts only
when a clock time or a dateline follows it, and only within the first GLUED_HEADER_CHARS characters.
Dates further into the text (comments, "related stories" lists at the end, recalled events) are
never read as the publication date: comment dates are later than publication and recalled dates
earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitrep.ingest._data import outlets
from sitrep.ingest.clean import furniture_kind

__all__ = [
    "HeaderMeta",
    "dateline_outlet",
    "find_header_meta",
    "guess_title",
    "parse_date",
    "wire_dateline",
    "with_dateline",
]

# Datelines and bylines sit at the top: only the first lines are searched, so that a date quoted
# in the body ("the photo was posted on June 14, 2014") is never taken for the publication date.
# 12 non-empty lines cover headline, standfirst, caption, credit, byline and first paragraph.
HEADER_LINES = 12
# A stamp glued to the title of a flattened page sits in the article's first characters: a title
# (up to ~120 characters in GVDB's scraped pages), a site name, the stamp and the dateline fit in 300.
GLUED_HEADER_CHARS = 300
_CLOCK_OR_DATELINE_AFTER = re.compile(
    r"\s*(?:(?i:\d{1,2}:\d\d\s*[ap]\.?m\b)"  # a clock time, or a dateline: "SPRINGFIELD, Ill. --"
    r"|[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\(|--|[—–]|\s-\s))"
)
# A byline or timestamp line is short; longer lines are body text.
MAX_BYLINE_CHARS = 120
# Headlines: at most this many words and characters (the longest headline in the seeds has 14 words).
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
# Years outside this range are misreadings (phone numbers, ids), not publication dates.
MIN_YEAR, MAX_YEAR = 1980, 2100

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for m in names.split()
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_FORMS = (
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")),
    ("mdy", re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}),?\s+(\d{{4}})\b", re.I)),
    ("num", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")),
)
_PLACE = r"[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][\w.'’ -]{1,30}?){0,3}"
_DATELINE = re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<inner>[^()]{{1,60}})\)\s*(?P<dash>[-—–]+|:)?")
_DATELINE_DATE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*[A-Z][\w.'’ -]{{1,30}}?)*?),\s*"
    rf"(?P<when>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})\s*[-—–]+",
    re.I,
)
_POSTED = re.compile(r"^(?:first\s+)?(?:posted|published|date)\b", re.I)
_UPDATED = re.compile(r"^(?:and\s+)?(?:last\s+)?(?:updated?|modified)\b", re.I)
_BYLINE = re.compile(r"^By\s+[A-Z]")
_UPDATE = re.compile(r"\bupdated?\b", re.I)  # "UPDATE (6/20/16): ..." dates an update, not the story
# First words of a parenthesis that is an aside, not an outlet: "ISIS (the Islamic State) — ...".
_NOT_OUTLET = frozenset("the a an and or aka also formerly known see".split())


@dataclass(frozen=True, slots=True)
class HeaderMeta:
    """What the first lines say; each value with its origin ("dateline"/"byline") and a reason."""

    published: date | None = None
    published_origin: str | None = None
    source: str | None = None
    source_origin: str | None = None
    reason: str = ""


def parse_date(s: str) -> date | None:
    """The first complete date (day, month and year) written in ``s``, or None."""
    best: tuple[int, date] | None = None
    for form, rx in _DATE_FORMS:
        m = rx.search(s)
        d = _to_date(form, m.groups()) if m else None
        if d and (best is None or m.start() < best[0]):
            best = (m.start(), d)
    return best[1] if best else None


def _to_date(form: str, g: tuple[str, ...]) -> date | None:
    if form == "ymd":
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif form == "mdy":
        y, mo, d = int(g[2]), _month(g[0]), int(g[1])
    elif form == "dmy":
        y, mo, d = int(g[2]), _month(g[1]), int(g[0])
    else:  # numeric: US month/day/year, unless the first number cannot be a month
        a, b, y = int(g[0]), int(g[1]), int(g[2])
        y = y + (2000 if y < 70 else 1900) if len(g[2]) == 2 else y
        mo, d = (a, b) if a <= 12 else (b, a)
    return _valid(y, mo, d)


def _month(name: str) -> int:
    return _MONTHS.get(name.lower().rstrip(".")) or _MONTHS.get(name.lower()[:3], 0)


def _valid(y: int, mo: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def dateline_outlet(line: str) -> tuple[str | None, date | None]:
    """(outlet, date) of a dateline opening ``line``; either may be None."""
    m = _DATELINE.match(line)
    if m:
        outlet_text = m.group("inner").partition(",")[0].strip()
        strict = not (m.group("dash") and m.group("place").split(",")[0].isupper())
        outlet = _outlet_name(outlet_text, strict=strict)
        dated = outlet or (m.group("dash") and not _UPDATE.search(m.group("place")))
        return outlet, parse_date(m.group(0)) if dated else None
    m = _DATELINE_DATE.match(line)
    if m and m.group("place").split(",")[0].isupper():
        return None, parse_date(m.group("when"))
    return None, None


def _outlet_name(text: str, *, strict: bool) -> str | None:
    """Canonical name of a known outlet; an unknown short name only after an upper-case place."""
    known = outlets().get(text)
    if known or strict:
        return known
    words = text.split()
    if 1 <= len(words) <= 5 and words[0].lower() not in _NOT_OUTLET and not any(c.isdigit() for c in text):
        return text
    return None


def _byline_outlet(line: str) -> str | None:
    """A known outlet after the author's name: "By Jane Roe, Reuters", "By JANE ROEAssociated Press"."""
    for piece in re.split(r"\s*(?:[,|/•·]|\s[-—–]\s|\bfor\b|\bof\b)\s*", line[3:]):
        if name := outlets().get(piece.strip()):
            return name
    glued = [alias for alias in outlets() if len(alias) > 3 and line.endswith(alias)]
    return outlets()[max(glued, key=len)] if glued else None


def _date_candidate(line: str) -> tuple[int, date, str, str] | None:
    """(rank, date, origin, reason) for a line that dates the article; lower rank is stronger."""
    _, when = dateline_outlet(line)
    if when:
        return 0, when, "dateline", "date in the dateline"
    if len(line) > MAX_BYLINE_CHARS or not (when := parse_date(line)):
        return None
    if _POSTED.match(line):
        return 1, when, "byline", "posted/published timestamp"
    if _UPDATED.match(line):
        return 3, when, "byline", "last-updated timestamp"
    if furniture_kind(line) == "timestamp" or _BYLINE.match(line):
        return 2, when, "byline", "timestamp line"
    return None


def _glued_candidate(lines: list[str]) -> tuple[int, date, str, str] | None:
    """A full date in the opening characters followed by a clock time or a dateline (see above)."""
    opening = " ".join(lines)[:GLUED_HEADER_CHARS]
    for form, rx in _DATE_FORMS[1:3]:  # written month forms only: "5/4" could be a score or a ratio
        for m in rx.finditer(opening):
            when = _to_date(form, m.groups())
            after = opening[m.end():]
            if when and _CLOCK_OR_DATELINE_AFTER.match(after) and not after[:1].isdigit():
                return 2, when, "byline", "timestamp glued to the title"
    return None


def _source_candidate(line: str) -> tuple[str, str, str] | None:
    outlet, _ = dateline_outlet(line)
    if outlet:
        return outlet, "dateline", "outlet named in the dateline"
    if len(line) <= MAX_BYLINE_CHARS and _BYLINE.match(line) and (outlet := _byline_outlet(line)):
        return outlet, "byline", "outlet named in the byline"
    return None


def find_header_meta(lines: list[str]) -> HeaderMeta:
    """Publication date and outlet from the first non-empty lines (see the module docstring)."""
    head = [ln for ln in lines if ln][:HEADER_LINES]
    dates = [c for ln in head if (c := _date_candidate(ln))]
    if not dates and (glued := _glued_candidate(head[:1])):
        dates = [glued]
    sources = [c for ln in head if (c := _source_candidate(ln))]
    best = min(dates, key=lambda c: c[0]) if dates else None  # min() keeps the earliest of a rank
    src = sources[0] if sources else None
    reasons = [r for r in (best and best[3], src and src[2]) if r]
    return HeaderMeta(
        published=best[1] if best else None,
        published_origin=best[2] if best else None,
        source=src[0] if src else None,
        source_origin=src[1] if src else None,
        reason="; ".join(reasons),
    )


def guess_title(lines: list[str]) -> str | None:
    """The first non-empty line when it reads like a headline (short, no final stop, no dateline)."""
    first = next((ln for ln in lines if ln), None)
    if first is None or len(first) > MAX_TITLE_CHARS or len(first.split()) > MAX_TITLE_WORDS:
        return None
    if (
        len(first.split()) < 2
        or first[-1] in ".,;:"
        or not (first[0].isupper() or first[0].isdigit() or first[0] in "\"'“‘")
    ):
        return None
    if dateline_outlet(first) != (None, None) or furniture_kind(first):
        return None
    return first


# --- a dateline the page declares, put where the wire services print it -----------------------

# A declared dateline is at most this long ("KHARKIV, Ukraine, March 3 (Reuters)" has 35).
MAX_DECLARED_DATELINE_CHARS = 80
# The place of a dateline has at most this many words ("SAN JOSE DEL GUAVIARE" has 4).
MAX_DATELINE_PLACE_WORDS = 4
# The lede is the first line with at least this many words that ends a sentence; headlines,
# standfirst bullets, bylines and stamps are shorter or end without a stop. Only the first
# LEDE_LINES non-empty lines are searched (headline, kicker, standfirst, byline, stamp, lede).
MIN_LEDE_WORDS = 8
LEDE_LINES = 6
_PLACE_PART = re.compile(r"^[^\W\d_][^\W\d_.'’ -]*(?:[.'’ -]+[^\W\d_]+)*\.?$")
_LEDE_END = re.compile(r"[.!?][\"'”’)]?$")
_NOT_PLACE = frozenset("by updated posted published last first from with and the".split())


def wire_dateline(declared: str | None) -> str | None:
    """A declared dateline as the wire services print it: place in capitals, then a dash
    ("Kharkiv, Ukraine" -> "KHARKIV, Ukraine —"); None when it names no place (a date, a byline)."""
    raw = " ".join((declared or "").split()).strip(" -—–:|")
    if not raw or len(raw) > MAX_DECLARED_DATELINE_CHARS:
        return None
    place, comma, rest = raw.partition(",")
    place = place.strip()
    if "(" in place:  # "KYIV (Reuters)": the outlet glued to the place
        place, rest, comma = place.split("(", 1)[0].strip(), raw[len(place.split("(", 1)[0]):].strip(), ""
    words = place.split()
    if not _PLACE_PART.match(place) or len(words) > MAX_DATELINE_PLACE_WORDS:
        return None
    first = words[0].lower().rstrip(".")
    if first in _NOT_PLACE or first in _MONTHS or not words[0][0].isupper():
        return None
    tail = f", {rest.strip()}" if comma and rest.strip() else f" {rest.strip()}" if rest.strip() else ""
    return f"{place.upper()}{tail} —"


# A printed dateline of any place: capitals, maybe ", Country", then "(" or a dash ("KYIV, Ukraine —").
_PRINTED_DATELINE = re.compile(r"^[A-Z][A-Z'’.\- ]{2,}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:\(|—|–|--| - )")


def _opens_with(line: str, place: str) -> bool:
    """Whether a line opens with the place or with a dateline of its own."""
    if line[: len(place)].casefold() == place.casefold() or _PRINTED_DATELINE.match(line):
        return True
    return dateline_outlet(line) != (None, None)


def with_dateline(text: str, declared: str | None, title: str | None = None) -> str:
    """``text`` with the page's declared dateline leading its lede (else its first line that is not
    the title), unless one of the opening lines already opens with that place or with a dateline
    of its own (see ``wire_dateline``)."""
    head = wire_dateline(declared)
    if head is None:
        return text
    place = head.split(",")[0].split(" —")[0].split(" (")[0]
    lines = text.split("\n")
    opening = [i for i, line in enumerate(lines) if line.strip()][:LEDE_LINES]
    if any(_opens_with(lines[i].strip(), place) for i in opening):
        return text
    lede = next((i for i in opening if _is_lede(lines[i], title)), None)
    if lede is None:
        lede = next((i for i in opening if lines[i].strip() != (title or "").strip()), None)
    if lede is None:
        return text
    lines[lede] = f"{head} {lines[lede].lstrip()}"
    return "\n".join(lines)


def _is_lede(line: str, title: str | None) -> bool:
    line = line.strip()
    return (
        len(line.split()) >= MIN_LEDE_WORDS
        and _LEDE_END.search(line) is not None
        and line != (title or "").strip()
    )
