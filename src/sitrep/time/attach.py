"""What a date expression dates: the incident itself, a follow-up, or nothing said.

A report written days later dates several things in one sentence: "arrested a suspect Friday in a
December 2015 homicide", "was shot on Dec. 2 and died Friday", "pleaded not guilty Tuesday".
The event's date is the incident's: a date naming an incident noun right after it ("the Jan. 5
shooting", "last month's killing") or governed by a violent verb ("shot Tuesday", "opened fire
on Dec. 2") dates the incident; one governed by a follow-up verb ("died Friday", "said Thursday",
"arrested Friday") dates what followed. The word lists are ``incident_cues`` in ``lexicon.json``.
A preposition between date and noun breaks the link ("charged on Jan. 24 with murder" dates the
charge). A day counted from the incident ("three days before the shooting", "a day after the
killing") dates what came before or after it, ranked with the follow-ups. Asked for
(``clock=True``), a date no verb governs but a clock time sits next to ("just after 1 a.m. on
Nov. 22", "around 9:30 Tuesday night") dates the incident: police accounts time the incident.
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.textutil import trie_alternation
from sitrep.time.lexicon import lexicon
from sitrep.types import TimeRef

__all__ = ["CLOCK", "INCIDENT", "NEUTRAL", "FOLLOW_UP", "attachment", "GOVERNOR_CHARS"]

INCIDENT, NEUTRAL, FOLLOW_UP = 0, 1, 2  # also the order in which event_date prefers them
# How far before a date its governing verb is looked for (characters, within the clause): "was
# shot and killed early Tuesday" fits; GVDB dev sentences put the verb within 40 characters.
GOVERNOR_CHARS = 50
# How far from a date a clock time is looked for (characters, within the clause): "around
# 10:45 p.m. Nov. 2" and "Friday at about 7:30 p.m." fit.
CLOCK_CHARS = 25
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b", re.I)
CLOCK = _CLOCK  # a clock time ("10:45 p.m.", "6 a.m."), for other modules
# A clock time without a.m. or p.m. right before the date: "around 9:30 Tuesday night"
_BARE_CLOCK_BEFORE = re.compile(r"\b\d{1,2}:\d\d\s+(?:on\s+)?$")
_LINKS = r"(?:with|for|in|of|on|to|at|and|or|after|before|over)"
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s+(?:and|but|while|after|before|when)\b")
# around a clock time a clause ends at a sentence's end, not at the dots of "p.m." or "Jan." nor
# the colon of "10:45"
_DAY_OR_MONTH = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_SENTENCE_END = re.compile(
    r"[;!?\n]|:\s|,\s+(?:and|but|while|after|before|when)\b"
    r"|(?<![ap]\.m)(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)"
    r"\.\s+(?=[A-Z\"\u201c])"
    rf"|(?<=[ap]\.m)\.\s+(?=[A-Z\"\u201c])(?!{_DAY_OR_MONTH})"
)


# A follow-up verb's complement clause carries its own dates: "investigators said that on the night
# of March 9 ..." does not date the saying.
_REPORTED = re.compile(r"\bthat\b", re.I)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _tree(words: list[str]) -> str:
    """``_alternation(words)`` as a prefix tree, for case-insensitive patterns: it matches what the
    flat alternation matches (see ``sitrep.textutil.trie_alternation``; the words that can match at
    one position differ only by words added at their end, and both forms try the longer first), but
    the engine tries the branches of the text's next letter only, not every word (speed)."""
    return trie_alternation(words, fold=True).replace(r"\ ", r"\s+")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = lexicon()["incident_cues"]
    # one word may sit between ("the Jan. 5 fatal shooting"), not a preposition: "charged on
    # Jan. 24 with murder" dates the charge
    noun_after = re.compile(rf"(?:['’]s)?\s+(?:(?!{_LINKS}\b)\w+\s+)?(?:{_tree(cues['incident_nouns'])})\b", re.I)
    verbs = f"(?P<v>{_tree(cues['violent_verbs'])})|(?P<f>{_tree(cues['follow_up_verbs'])})"
    return noun_after, re.compile(rf"\b(?:{verbs})\b", re.I)


@cache
def _status_before() -> re.Pattern[str]:
    """The words that make a date right after them a status's day ("as of Tuesday")."""
    return re.compile(rf"\b(?:{_tree(lexicon()['incident_cues']['status_before'])})\s*$", re.I)


def attachment(text: str, t: TimeRef, clock: bool = False) -> int:
    """INCIDENT, NEUTRAL or FOLLOW_UP for the expression ``t`` (offsets into ``text``); with
    ``clock``, an unattached date next to a clock time dates the incident (see ``_clocked``)."""
    noun_after, verbs = _patterns()
    if _status_before().search(text, max(0, t.start - GOVERNOR_CHARS), t.start):
        return FOLLOW_UP  # "no one was in custody for the shooting as of Tuesday morning"
    if noun_after.match(text, t.end, t.end + 30):
        return _related(t.text)
    after = verbs.match(text, _skip_space(text, t.end))
    if after is not None:  # "Police on Sunday identified ...": the verb right after the date governs it
        return INCIDENT if after.group("v") else FOLLOW_UP
    how = _governed(text[max(0, t.start - GOVERNOR_CHARS):t.start], _CLAUSE_END)
    if how is not None:
        return how
    if not clock or not _clocked(text, t):
        return NEUTRAL
    # "arrested at 3 p.m. Friday": the clause cut at "p.m." hid the verb; a clock times the
    # incident only when no verb of the sentence governs the date
    how = _governed(text[max(0, t.start - GOVERNOR_CHARS):t.start], _SENTENCE_END)
    return INCIDENT if how is None else how


# An expression ending in one of these words relates a day to the noun after it ("three days
# before the shooting", "a day after the killing"): it dates what came before or after the
# incident, never the incident, and is ranked with the follow-ups' dates.
_RELATION_END = re.compile(r"\b(?:before|after|prior\s+to|since)$", re.IGNORECASE)


def _related(expression: str) -> int:
    """INCIDENT for a date naming the incident noun after it ("the Jan. 5 shooting"), FOLLOW_UP for
    one counted from it ("three days before the shooting", "two days after the attack")."""
    return FOLLOW_UP if _RELATION_END.search(expression.strip()) else INCIDENT


def _skip_space(text: str, at: int) -> int:
    """``at`` moved past the spaces (not a comma: "was shot Sunday, said police") that follow it."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _governed(window: str, ends: re.Pattern[str]) -> int | None:
    """INCIDENT or FOLLOW_UP after the last governing verb of ``window``'s last clause, or None."""
    cuts = [m.end() for m in ends.finditer(window)]
    window = window[cuts[-1]:] if cuts else window
    last = None
    for last in _patterns()[1].finditer(window):
        pass
    if last is None:
        return None
    if last.group("f") and _REPORTED.search(window, last.end()):
        return None
    return INCIDENT if last.group("v") else FOLLOW_UP


def _clocked(text: str, t: TimeRef) -> bool:
    """A clock time next to the date ("just after 1 a.m. on Nov. 22", "Saturday at 10 p.m.") times
    an incident (police accounts time the incident)."""
    before = text[max(0, t.start - CLOCK_CHARS):t.start]
    after = text[t.end:t.end + CLOCK_CHARS]
    near = _SENTENCE_END.split(before)[-1] + " | " + _SENTENCE_END.split(after)[0]
    return _CLOCK.search(near) is not None or _BARE_CLOCK_BEFORE.search(before) is not None
