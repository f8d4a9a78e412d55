"""What a date expression dates: the incident itself, a follow-up, or nothing said.

A report written days later dates several things in one sentence: "arrested a suspect Friday in a
December 2015 homicide", "was shot on Dec. 2 and died Friday", "pleaded not guilty Tuesday".
The event's date is the incident's: a date naming an incident noun right after it ("the Jan. 5
shooting", "last month's killing") or governed by a violent verb ("shot Tuesday", "opened fire
on Dec. 2") dates the incident; one governed by a follow-up verb ("died Friday", "said Thursday",
"arrested Friday") dates what followed. The word lists are ``incident_cues`` in ``lexicon.json``.
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.time.lexicon import lexicon
from sitrep.types import TimeRef

__all__ = ["INCIDENT", "NEUTRAL", "FOLLOW_UP", "attachment", "GOVERNOR_CHARS"]

INCIDENT, NEUTRAL, FOLLOW_UP = 0, 1, 2  # also the order in which event_date prefers them
# How far before a date its governing verb is looked for (characters, within the clause): "was
# shot and killed early Tuesday" fits; GVDB dev sentences put the verb within 40 characters.
GOVERNOR_CHARS = 50
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s+(?:and|but|while|after|before|when)\b")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = lexicon()["incident_cues"]
    noun_after = re.compile(rf"(?:['’]s)?\s+(?:\w+\s+)?(?:{_alternation(cues['incident_nouns'])})\b", re.I)
    verbs = f"(?P<v>{_alternation(cues['violent_verbs'])})|(?P<f>{_alternation(cues['follow_up_verbs'])})"
    return noun_after, re.compile(rf"\b(?:{verbs})\b", re.I)


def attachment(text: str, t: TimeRef) -> int:
    """INCIDENT, NEUTRAL or FOLLOW_UP for the expression ``t`` (offsets into ``text``)."""
    noun_after, governor = _patterns()
    if noun_after.match(text, t.end, t.end + 30):
        return INCIDENT
    window = text[max(0, t.start - GOVERNOR_CHARS):t.start]
    cuts = [m.end() for m in _CLAUSE_END.finditer(window)]
    window = window[cuts[-1]:] if cuts else window
    last = None
    for last in governor.finditer(window):
        pass
    if last is None:
        return NEUTRAL
    return INCIDENT if last.group("v") else FOLLOW_UP
