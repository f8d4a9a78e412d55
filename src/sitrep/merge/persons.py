"""Private persons named with an age near an event: identity evidence that outlasts the date window.

News names private people with their age ("Jerry Lane, 35", "35-year-old Jerry Lane"); officials,
leaders and spokespeople get a title instead. Victims and suspects named this way are shared by the
reports of one incident, including follow-ups weeks later (arrest, hearing, funeral, trial), and
seldom by reports of another incident in the same town. The persons of an event are read from its
article around the event's evidence and kept in ``Event.reasons[PERSONS_KEY]`` (a readable line,
"named with an age: Jerry Lane, Ann Cole"), so that they travel with the record through a store.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from sitrep.merge.rules import MergeRules, load_rules
from sitrep.types import Article, Event

__all__ = ["PERSONS_KEY", "persons_in", "persons_of", "shared_persons", "with_persons", "union_persons"]

PERSONS_KEY = "persons"
_PREFIX = "named with an age: "
# Characters of article text read on each side of an event's evidence: the paragraph or two that
# name the victims. On GVA dev, 1,000 keeps nearly all the gain of the whole article (B-cubed F1
# .8058 against .8065) while an article about two shootings does not lend one's victims to the other.
PERSONS_WINDOW_CHARS = 1000
# At most this many persons are kept per report, and per merged record (a long list is a roll of
# names, not an incident; the cap bounds the record and the lookups).
MAX_PERSONS = 12
MAX_MERGED_PERSONS = 24

_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\s+"  # given name
    r"(?:[A-Z]\.\s+|\"[A-Za-z]+\"\s+)?"  # middle initial or nickname
    r"([A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)\b"  # family name
)
_AGE_AFTER = re.compile(r"\s*\(\d{1,2}\)|,\s*(?:aged?\s*)?\d{1,2}\b")
_AGE_BEFORE = re.compile(r"\d{1,2}-year-old\s*$|year-old\s*$", re.I)
_WORD = re.compile(r"[a-z]+")


def _words(rules: MergeRules) -> tuple[frozenset[str], frozenset[str]]:
    return rules.person_titles, rules.non_person_words | rules.stopwords | rules.person_titles


def _titled(text: str, start: int, end: int, titles: frozenset[str]) -> bool:
    """A title among the three words before the name or after it ("Sgt. Ann Cole", "Ann Cole,
    a police spokeswoman")."""
    before = _WORD.findall(text[max(0, start - 30) : start].lower())[-3:]
    after = _WORD.findall(text[end : end + 40].lower())[:3]
    return any(w in titles for w in before + after)


def _aged(text: str, start: int, end: int) -> bool:
    after, before = text[end : end + 12], text[max(0, start - 16) : start]
    return bool(_AGE_AFTER.match(after) or _AGE_BEFORE.search(before))


def persons_in(text: str, rules: MergeRules | None = None) -> tuple[str, ...]:
    """Full names given with an age in ``text`` (in order, each once), skipping titled officials,
    spokespeople and capitalised pairs that are places or organisations ("Mount Sinai", "Garfield Park")."""
    titles, banned = _words(rules or load_rules())  # banned includes the titles
    out: dict[str, None] = {}
    for m in _NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if first.lower() in banned or last.lower() in banned:
            continue
        if _titled(text, m.start(), m.end(), titles):
            continue
        if _aged(text, m.start(), m.end()):
            out.setdefault(f"{first} {last}", None)
    return tuple(out)[:MAX_PERSONS]


def _line(names: Iterable[str]) -> str:
    return _PREFIX + ", ".join(names)


@lru_cache(maxsize=65536)
def _parse(line: str) -> frozenset[str]:
    if not line.startswith(_PREFIX):
        return frozenset()
    return frozenset(n.strip().lower() for n in line[len(_PREFIX) :].split(",") if n.strip())


def persons_of(event: Event) -> frozenset[str]:
    """The persons attached to ``event`` (lower case), or an empty set."""
    return _parse(event.reasons.get(PERSONS_KEY, ""))


def with_persons(event: Event, article: Article | None) -> Event:
    """``event`` with the persons its article names with an age around its evidence attached
    (unchanged when there is no article, the event already has them, or nobody is named so)."""
    if article is None or PERSONS_KEY in event.reasons:
        return event
    found: dict[str, None] = {}
    for src in event.sources:
        if src.article_id == article.id:
            lo, hi = max(0, src.start - PERSONS_WINDOW_CHARS), src.end + PERSONS_WINDOW_CHARS
            found.update(dict.fromkeys(persons_in(article.text[lo:hi])))
    if not found:
        return event
    line = _line(list(found)[:MAX_PERSONS])
    return dataclasses.replace(event, reasons={**event.reasons, PERSONS_KEY: line})


def union_persons(base: Event, new: Event) -> str | None:
    """The persons line of a merged record: the names of both, base first (None when neither has any)."""
    names: dict[str, None] = {}
    for e in (base, new):
        line = e.reasons.get(PERSONS_KEY, "")
        if line.startswith(_PREFIX):
            for n in line[len(_PREFIX) :].split(","):
                if n.strip() and n.strip().lower() not in {x.lower() for x in names}:
                    names[n.strip()] = None
    return _line(list(names)[:MAX_MERGED_PERSONS]) if names else None


def shared_persons(a: Event, b: Event) -> frozenset[str]:
    """Persons attached to both events."""
    pa = persons_of(a)
    return pa & persons_of(b) if pa else frozenset()
