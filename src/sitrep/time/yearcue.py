"""The year an undated article was written in, from what its page still carries.

An article without a publication date may still say which year it belongs to: a year and month
in its URL ("/2015/12/slug"), a copyright line ("Copyright 2015 The Associated Press",
"©2016 CBS Local Media"), or full dates written in the text ("on Dec. 6, 2015"). Such a cue
dates no day by itself; it gives the year to a day and month written without one ("Tuesday,
Dec. 22"), at a lower precision than a written full date (see ``sitrep.time.finder``).

Made-up examples of what is read::

    http://example.com/2015/12/man-shot-downtown/       2015, December (url)
    Story copyright 2015 The Associated Press.           2015 (copyright)
    Copyright © 2016 Example Media. All rights reserved  2016 (copyright)
    ... was convicted on May 16, 2006, and ...           2006 (latest full date)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["YearHint", "year_hint", "HINT_YEARS"]

# Years outside this range are not the year of a modern news article (ids, counts, history).
HINT_YEARS = range(1990, 2100)

_URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")
_COPYRIGHT = re.compile(r"(?:copyright|\(c\)|©)\s*(?:©\s*)?((?:19|20)\d\d)(?![\d-])", re.I)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FULL_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")


@dataclass(frozen=True, slots=True)
class YearHint:
    """The article's year (and month when the URL gives one), with where it was read."""

    year: int
    month: int | None
    source: str  # "url", "copyright" or "full date"

    @property
    def reason(self) -> str:
        when = f"{self.year}-{self.month:02d}" if self.month else str(self.year)
        return f"year {when} from the article's {self.source}"


def _from_url(url: str | None) -> YearHint | None:
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "")
    m = _URL_YEAR_MONTH.search(path)
    if m is None or int(m.group(1)) not in HINT_YEARS:
        return None
    return YearHint(int(m.group(1)), int(m.group(2)), "url")


def _latest(rx: re.Pattern[str], text: str) -> int | None:
    years = [int(m.group(1)) for m in rx.finditer(text) if int(m.group(1)) in HINT_YEARS]
    return max(years) if years else None


@lru_cache(maxsize=64)  # event_date asks once per event of the same article
def year_hint(text: str, url: str | None = None) -> YearHint | None:
    """The first cue found of: the URL's year and month, the latest copyright year, the year of
    the latest full date written in the text; None when the article names no year at all."""
    hint = _from_url(url)
    if hint is not None:
        return hint
    for rx, source in ((_COPYRIGHT, "copyright"), (_FULL_DATE, "full date")):
        year = _latest(rx, text)
        if year is not None:
            return YearHint(year, None, source)
    return None
