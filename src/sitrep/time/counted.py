"""An incident dated by a count from another day of its sentence: "on Monday, two days after
jihadists killed 12 soldiers", "A day after gunmen stormed a church ..., police arrested two suspects
on Monday". The sentence's day is what followed (the offensive, the arrests); the violence the count
names happened that many days before it (after "after") or after it (after "before").

The rule applies to a violent event whose date so far is a day of its evidence that no incident word
governs (``sitrep.time.attach``): a count ("two days after", "a week before") right before an incident
clause (a violent verb or incident noun within ``INCIDENT_REACH_CHARS``) and exactly one such day in
the same sentence. Counts in days or weeks only (a month or year back is not one day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache

from sitrep.time.attach import INCIDENT, attachment
from sitrep.time.lexicon import lexicon
from sitrep.types import Doc, TimeRef

__all__ = ["INCIDENT_REACH_CHARS", "counted_incident"]

# How far after the count (characters, same clause) its incident word is looked for: "two days
# after jihadists killed" and "a day after gunmen stormed a church" fit; a longer clause names
# something else first.
INCIDENT_REACH_CHARS = 40
_CLAUSE_END = re.compile(r"[.;:!?\n,]")
_UNIT_DAYS = {"day": 1, "week": 7}


@cache
def _count() -> re.Pattern[str]:
    lex = lexicon()
    numbers = "|".join(sorted((re.escape(n) for n in lex["numbers"]), key=len, reverse=True))
    return re.compile(rf"(?:(?:about|some|nearly|almost)\s+)?(?P<n>\d+|{numbers})\s+(?P<unit>day|week)s?\s+"
                      r"(?P<dir>after|before)", re.IGNORECASE)


@cache
def _incident_word() -> re.Pattern[str]:
    cues = lexicon()["incident_cues"]
    words = sorted({*cues["violent_verbs"], *cues["incident_nouns"]}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _days(m: re.Match[str]) -> int | None:
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else lexicon()["numbers"].get(n)
    return None if count is None else count * _UNIT_DAYS[m.group("unit").lower()]


def _names_incident(text: str, end: int) -> bool:
    clause = _CLAUSE_END.split(text[end:end + INCIDENT_REACH_CHARS])[0]
    return _incident_word().search(clause) is not None


def _same_sentence(text: str, a: TimeRef, b: TimeRef) -> bool:
    lo, hi = sorted((a, b), key=lambda t: t.start)
    return re.search(r"[.!?]\s|\n", text[lo.end:hi.start]) is None


def counted_incident(doc: Doc, spans: Sequence[tuple[int, int]], when: TimeRef) -> TimeRef:
    """``when``, or the day a count in the evidence puts the incident on (see the module)."""
    text = doc.article.text
    if when.value is None or when.precision != 1 or not when.text or attachment(text, when) == INCIDENT:
        return when
    inside = [t for t in doc.times or () if any(s <= t.start and t.end <= e for s, e in spans)]
    for t in inside:
        m = _count().fullmatch(t.text.strip())
        if m is None or not _names_incident(text, t.end) or not _same_sentence(text, t, when):
            continue
        days = _days(m)
        if days is None:
            continue
        sign = -1 if m.group("dir").lower() == "after" else 1
        day = when.value + timedelta(days=sign * days)
        why = f"{when.reason}; the incident '{t.text}' that day: {day.isoformat()}"
        return replace(when, start=t.start, end=t.end, text=t.text, value=day, earliest=day, latest=day, reason=why)
    return when
