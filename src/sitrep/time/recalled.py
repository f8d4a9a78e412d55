"""Dating the incident a follow-up story recalls, when the story itself dates only what followed.

A report of a trial, a plea or "no arrests yet" is written weeks or months after the shooting it
is about; its only dates are often the follow-up's ("told the jury Tuesday") or none at all, and
the event would land on the publication day. Two rules, tried in order, for a violent event still
dated at publication by nothing that dates an incident:

- a count back from the time of writing names the incident's time: "in the six weeks since the
  mass shooting", "more than a month since the killing". The incident is that long before
  publication, in a window as wide as the count's unit allows (``UNIT_SLACK_DAYS``), later or
  earlier for "less than", "more than". A count with "after" ("A month after the rampage, the
  parents ...") counts from the incident to whatever its clause tells, not to the time of
  writing: on the GVA dev articles it moved a right date (an encyclopedia page) and put none right;
- a headline naming a court stage (``court_stage_cues`` in ``sitrep/data/time/recalled.json``:
  "sentenced", "jury", "mistrial", "avoids jail time") says the incident lies well before
  publication but not when: an undated window (ACLED precision 3) from ``RECALLED_MAX_DAYS`` to
  ``RECALLED_MIN_DAYS`` before publication, with its reason, never the publication day. When the
  article names one month for an incident ("the November 2015 shooting", "back in March of
  2016"), the incident lies in it (narrowed to the one day the article dates inside it).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from sitrep.types import Article, Doc, TimeRef

__all__ = [
    "AT_PUBLICATION_DAYS",
    "HEADLINE_MAX_CHARS",
    "RECALLED_MAX_DAYS",
    "RECALLED_MIN_DAYS",
    "court_stage_cue",
    "count_back",
    "recalled_date",
]

# An event dated this many days or fewer before publication is "dated at publication": the
# undated fallback spans the 2 days up to it (``sitrep.time.eventdate.FALLBACK_DAYS_BEFORE``).
AT_PUBLICATION_DAYS = 2
# The undated window of a court-stage follow-up. On the GVA dev articles whose headline names a
# court stage and whose main event was dated at publication, the incidents lay 42 to 503 days
# before publication (10 articles, 5 within 200 days); none within two weeks, so the window stops
# 14 days short of publication, which keeps the follow-up away from the same place's fresh
# shootings. A wide window meets the same city's other shootings (merge: windows that overlap
# agree): on the tuning half, a "charges dismissed" story's window joined two other Cleveland-area
# incidents 259 and 370 days back at 270 days or more; F1 there was best at 200 days among 120,
# 200, 270, 365 and 400 (0.9057 against 0.9052 at 365 and 400); the other half does not change.
RECALLED_MAX_DAYS = 200
RECALLED_MIN_DAYS = 14
# Half the width of a count's window, by its unit: "six weeks" is six weeks give or take half a
# week; "a month" give or take half a month; "a year" give or take a season.
UNIT_SLACK_DAYS = {"day": 1, "week": 3, "month": 15, "year": 45}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# ACLED time precision of a count's window, by its unit.
_UNIT_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


@cache
def _data() -> dict[str, Any]:
    text = resources.files("sitrep").joinpath("data", "time", "recalled.json").read_text(encoding="utf-8")
    return json.loads(text)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _court_cue() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(_data()['court_stage_cues'])})\b", re.I)


# A scraped text's first line is its headline only as far as a headline runs: a page that glues
# its title to the body ("... | FOX6Now.comMILWAUKEE -- Two violent crimes ...") or has no line
# breaks carries the whole story on its first line, where "out on probation" or "was sentenced in
# 2005" is background, not the story's court stage. GVDB dev titles run to 150 characters with the
# outlet's name; on the GVA dev articles 5 first lines name a cue further in than this (a sidebar's
# "found guilty", a bio's "JURY"), all in stories of a fresh shooting.
HEADLINE_MAX_CHARS = 200


def _headline(article: Article) -> str:
    """The article's title and its text's first line (scraped titles are often cut short), up to
    HEADLINE_MAX_CHARS."""
    first = article.text.split("\n", 1)[0][:HEADLINE_MAX_CHARS]
    return f"{article.title or ''}\n{first}"


def court_stage_cue(article: Article) -> str | None:
    """The court-stage word of the article's headline ("sentenced", "mistrial"), if any."""
    m = _court_cue().search(_headline(article))
    return m.group(0) if m else None


@cache
def _count_pattern() -> re.Pattern[str]:
    """"(more than) six weeks since the <incident noun>": a count, "since", a determiner and up to
    four words before an incident noun (``incident_cues`` of ``lexicon.json``). "since the last
    shooting", "since another killing" count from an earlier incident, not this one: no match."""
    from sitrep.time.lexicon import lexicon

    lex, data = lexicon(), _data()
    nums = _alternation([w for w in lex["numbers"] if not w.startswith("a ")]) + r"|\d{1,3}"
    units = _alternation(list(lex["units"]))
    qual = _alternation(data["more_than"] + data["less_than"])
    nouns = _alternation(lex["incident_cues"]["incident_nouns"])
    count = rf"(?:(?P<qual>{qual})\s+)?(?P<num>{nums})\s+(?P<unit>{units})"
    other = r"(?!(?:last|previous|prior|earlier|first|other|another)\b)"
    since = rf"\b{count}\s+(?:{_alternation(data['since_links'])})\s+(?:the|a|an|his|her|their)\s+" \
            rf"(?:{other}[\w'’-]+\s+){{0,4}}?(?:{nouns})\b"
    return re.compile(since, re.I)


@cache
def _since_link() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(_data()['since_links'])})\b", re.I)


def count_back(text: str, published: date) -> TimeRef | None:
    """The incident's time from the first count back from the time of writing in ``text`` ("six
    weeks since the shooting"), or None; the TimeRef spans the count."""
    from sitrep.time.lexicon import lexicon

    if _since_link().search(text) is None:
        return None  # every count back needs the link word ("since"): most texts have none (speed)
    for m in _count_pattern().finditer(text):
        n = int(m["num"]) if m["num"].isdigit() else lexicon()["numbers"].get(m["num"].lower())
        unit = lexicon()["units"].get(m["unit"].lower())
        if n and unit in _UNIT_DAYS:
            return _counted(m, n, unit, published)
    return None


def _counted(m: re.Match[str], n: int, unit: str, published: date) -> TimeRef:
    center = published - timedelta(days=n * _UNIT_DAYS[unit])
    slack = UNIT_SLACK_DAYS[unit]
    lo, hi = center - timedelta(days=slack), center + timedelta(days=slack)
    qual = " ".join((m["qual"] or "").split()).lower()
    if qual in _data()["more_than"]:
        lo, hi = center - timedelta(days=2 * slack), center
    elif qual in _data()["less_than"]:
        lo, hi = center, min(center + timedelta(days=2 * slack), published)
    hi = min(hi, published)  # "a day since" ends on the day of writing, never after it
    precision = _UNIT_PRECISION[unit]
    value = center if not qual else lo + (hi - lo) / 2
    why = f"counted back from publication: '{m.group(0).strip()[:60]}'"
    return TimeRef(m.start(), m.end(), m.group(0).strip(), value, precision, lo, hi, reason=why)


def _at_publication(text: str, when: TimeRef, published: date) -> bool:
    """Whether ``when`` is the publication day's (or the days just before) and dates no incident."""
    from sitrep.time.attach import INCIDENT, attachment

    if when.value is None or (published - when.value).days > AT_PUBLICATION_DAYS:
        return False
    return not when.text or attachment(text, when, clock=True) != INCIDENT


def _incident_month(doc: Doc, published: date) -> TimeRef | None:
    """The one month the article names for an incident ("the November 2015 shooting", "admitting to
    shooting him back in March of 2016") at least RECALLED_MIN_DAYS before publication, narrowed to
    the one day it dates inside it ("on the night of Nov. 3, 2015"); None for none or two months."""
    from sitrep.time.attach import INCIDENT, attachment
    from sitrep.time.eventdate import COARSE_MAX_DAYS, narrowed, report_stamp

    text, times = doc.article.text, doc.times or ()
    months = [t for t in times if t.precision == 3 and t.value is not None and t.earliest and t.latest
              and (t.latest - t.earliest).days <= COARSE_MAX_DAYS
              and (published - t.latest).days >= RECALLED_MIN_DAYS and not report_stamp(text, t)
              and attachment(text, t, clock=True) == INCIDENT]
    if len({(t.earliest, t.latest) for t in months}) != 1:
        return None
    return narrowed(months[0], times, published, text)


def recalled_date(doc: Doc, when: TimeRef) -> TimeRef:
    """A violent event dated at publication by nothing that dates an incident, in a story that
    counts back to its incident or whose headline names a court stage: the incident's time as
    the count gives it, else an undated window well before publication (module docstring)."""
    article, pub = doc.article, doc.article.published
    if pub is None or not _at_publication(article.text, when, pub):
        return when
    counted = count_back(article.text, pub)
    if counted is not None:
        return replace(counted, reason=f"{when.reason}; a follow-up story, its incident {counted.reason}")
    cue = court_stage_cue(article)
    if cue is None:
        return when
    month = _incident_month(doc, pub)
    if month is not None:
        return replace(month, reason=f"{when.reason}; a follow-up story (headline: '{cue}'), its incident in "
                                     f"the month the article names for it: {month.reason}")
    lo, hi = pub - timedelta(days=RECALLED_MAX_DAYS), pub - timedelta(days=RECALLED_MIN_DAYS)
    why = (f"{when.reason}; a follow-up story (headline: '{cue}'), its incident undated: "
           f"{RECALLED_MIN_DAYS} to {RECALLED_MAX_DAYS} days before publication, mid-point")
    return TimeRef(when.start, when.start, "", lo + (hi - lo) / 2, 3, lo, hi, reason=why)
