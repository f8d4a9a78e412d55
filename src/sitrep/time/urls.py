"""Publication dates written in article URLs ("/2016/01/27/", "-20160223-story", "/2016/jan/26/",
"-sunday-01-17-2016"), and which of a header's date and a URL's date an article was published on."""

from __future__ import annotations

import re
from datetime import date

from sitrep.time.lexicon import lexicon

__all__ = ["date_from_url", "published_date"]

# Years outside this range in a URL are ids or counts, not dates (the data sitrep reads is modern news).
URL_YEARS = range(1990, 2040)

_FORMS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})[/_-](?P<m>\d{1,2})[/_-](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<mon>[a-z]{3,9})/(?P<d>\d{1,2})(?!\d)", re.IGNORECASE),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    # US month-day-year at the end of a slug ("...-sunday-01-17-2016"); tried last
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})[_-](?P<d>\d{1,2})[_-](?P<y>(?:19|20)\d\d)(?![\d/])"),
)


# Tracking parameters of a newsletter link ("utm_campaign=..._Morning10_19_2014") name the mailing's
# day, not the page's; other query values may be the page's own path ("article?AID=/20130318/...").
_TRACKING = re.compile(r"(?<=[?&])utm_[^&#]*", re.IGNORECASE)


def _date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else lexicon()["months"].get(g["mon"].lower())
    year, day = int(g["y"]), int(g["d"])
    if month is None or year not in URL_YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_from_url(url: str | None) -> date | None:
    """The first valid calendar day written in the URL's path, or None."""
    if not url:
        return None
    path = _TRACKING.sub("", re.sub(r"^[a-z]+://[^/]+", "", url).split("#")[0])
    for form in _FORMS:
        for m in form.finditer(path):
            found = _date(m)
            if found is not None:
                return found
    return None


def published_date(header: date | None, url: str | None) -> tuple[date | None, str]:
    """(publication day, where it was read) from the date an article's header gives (dateline,
    byline; None if none) and its URL. The header wins, except over a URL naming the same day and
    month one year later: a dateline typed early in January still carrying the old year ("Jan. 8,
    2015" under /2016/01/08/, whose "Friday" is Jan. 8, 2016); the URL is written by the site."""
    from_url = date_from_url(url)
    if header is None:
        return (from_url, "url") if from_url is not None else (None, "none")
    if from_url is not None and (from_url.month, from_url.day) == (header.month, header.day) \
            and from_url.year == header.year + 1:
        return from_url, "url"
    return header, "header"
