"""Private persons named near an event: identity evidence that outlasts the date window.

News names private people with their age ("Jerry Lane, 35", "35-year-old Jerry Lane") or in the
role they play in the story ("identified the victim as Jerry Lane", "Jerry Lane was charged");
officials, leaders and spokespeople get a title instead. Victims and suspects named this way are
shared by the reports of one incident, including follow-ups weeks later (arrest, hearing, funeral,
trial), and seldom by reports of another incident in the same town. The persons of an event are
read from its article around the event's evidence and kept in ``Event.reasons[PERSONS_KEY]`` (a
readable line, "persons named: Jerry Lane, Ann Cole"), so that they travel with the record
through a store. Lines written by earlier versions ("named with an age: ...") are still read.
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
_PREFIX = "persons named: "
_PREFIXES = (_PREFIX, "named with an age: ")  # the current line, and the one of rules version 2
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
# An age after the name, also after a suffix or a photo aside: "Ann Cole, 29", "Ann Cole (29)",
# "Ann Cole Jr., 29", "Ann Cole (left), 29".
_AGE_AFTER = re.compile(
    r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?|\s*\([A-Za-z ]{1,15}\))?"  # a suffix or an aside
    r"(?:\s*\(\d{1,2}\)|,\s*(?:aged?\s*)?\d{1,2}\b(?![.,]\d))"  # the age, not a count ("1,000")
)
_AGE_BEFORE = re.compile(r"\d{1,2}-year-old\s*$|year-old\s*$", re.I)
_WORD = re.compile(r"[a-z]+")
_ANY_WORD = re.compile(r"[A-Za-z0-9]+")
_CLAUSE_END = re.compile(r"[.!?;:\n]\s")
# What may stand between a name and the verb after it: a suffix ("Jr."), an aside in commas or
# parentheses of a few words ("Ann Cole, of Dayton, was shot"; "Ann Cole (left) was charged").
_BETWEEN = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?:\s*\([^()]{0,30}\)|,[^,.;]{0,30},)?\s*")


def _words(rules: MergeRules) -> tuple[frozenset[str], frozenset[str]]:
    return rules.person_titles, rules.non_person_words | rules.stopwords | rules.person_titles


def _titled(text: str, start: int, end: int, titles: frozenset[str]) -> bool:
    """A title among the three words before the name or after it ("Sgt. Ann Cole", "Ann Cole,
    a police spokeswoman")."""
    before = _WORD.findall(text[max(0, start - 30) : start].lower())[-3:]
    after = _WORD.findall(text[end : end + 40].lower())[:3]
    return any(w in titles for w in before + after)


def _aged(text: str, start: int, end: int) -> bool:
    after, before = text[end : end + 30], text[max(0, start - 16) : start]
    return bool(_AGE_AFTER.match(after) or _AGE_BEFORE.search(before))


def _title_case(text: str, start: int, end: int) -> bool:
    """The name sits among capitalised words (a headline in title case, "Man Charged In Downtown
    Minneapolis Shooting"), where any capitalised pair looks like a name."""
    before = _ANY_WORD.findall(_clause_before(text, start))[-1:]
    gap = _BETWEEN.match(text, end)
    after = _ANY_WORD.findall(text[gap.end() if gap else end : end + 30])[:1]
    return all(not w[0].islower() for w in before + after)


def _clause_before(text: str, start: int) -> str:
    """Up to 40 characters before ``start``, cut at the last sentence or line break."""
    head = text[max(0, start - 40) : start]
    return _CLAUSE_END.split(head)[-1]


def _cued(text: str, start: int, end: int, rules: MergeRules) -> bool:
    """In running text (not a title-case headline), a role word among the three words before the
    name in its sentence ("identified the victim as", "charged") or a verb of the story right after
    it ("was shot", "was charged", "died")."""
    if _title_case(text, start, end):
        return False
    before = _WORD.findall(_clause_before(text, start).lower())[-3:]
    if any(w in rules.person_cues_before for w in before):
        return True
    gap = _BETWEEN.match(text, end)
    after = text[gap.end() if gap else end : end + 60].lower()
    cues = rules.person_cues_after
    return any(after.startswith(c) and not after[len(c) : len(c) + 1].isalpha() for c in cues)


def _placed(text: str, name: str) -> bool:
    """The pair is used as a place in the text ("in Broad Ripple", "near Fort Wayne")."""
    return re.search(r"\b(?:in|near|on|In|Near|On)\s+" + re.escape(name) + r"\b", text) is not None


def persons_in(text: str, rules: MergeRules | None = None) -> tuple[str, ...]:
    """Full names given with an age or in a victim's or suspect's role in ``text`` (in order,
    each once), skipping titled officials, spokespeople and capitalised pairs that are places or
    organisations ("Mount Sinai", "Garfield Park")."""
    rules = rules or load_rules()
    titles, banned = _words(rules)  # banned includes the titles
    out: dict[str, None] = {}
    for m in _NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if _bare(first) in banned or _bare(last) in banned:
            continue
        if _titled(text, m.start(), m.end(), titles):
            continue
        name = f"{first} {last}"
        if name in out or _placed(text, name):
            continue
        if _aged(text, m.start(), m.end()) or _cued(text, m.start(), m.end(), rules):
            out[name] = None
    return tuple(out)[:MAX_PERSONS]


def _bare(word: str) -> str:
    """Lower case without a possessive ("Tuesday's" -> "tuesday")."""
    return word.lower().removesuffix("'s")


def _line(names: Iterable[str]) -> str:
    return _PREFIX + ", ".join(names)


def _names(line: str) -> list[str]:
    """The names of a persons line (any version), as written."""
    prefix = next((p for p in _PREFIXES if line.startswith(p)), None)
    return [n.strip() for n in line[len(prefix) :].split(",") if n.strip()] if prefix else []


@lru_cache(maxsize=65536)
def _parse(line: str) -> frozenset[str]:
    return frozenset(n.lower() for n in _names(line))


def persons_of(event: Event) -> frozenset[str]:
    """The persons attached to ``event`` (lower case), or an empty set."""
    return _parse(event.reasons.get(PERSONS_KEY, ""))


def with_persons(event: Event, article: Article | None) -> Event:
    """``event`` with the persons its article names around its evidence attached, and the street
    blocks it gives there (:mod:`sitrep.merge.addresses`); unchanged when there is no article,
    the event already has them, or the article names neither."""
    from sitrep.merge.addresses import ADDRESSES_KEY, addresses_in
    from sitrep.merge.addresses import line as address_line

    if article is None or PERSONS_KEY in event.reasons or ADDRESSES_KEY in event.reasons:
        return event
    found: dict[str, None] = {}
    blocks: dict[str, None] = {}
    for src in event.sources:
        if src.article_id == article.id:
            lo, hi = max(0, src.start - PERSONS_WINDOW_CHARS), src.end + PERSONS_WINDOW_CHARS
            found.update(dict.fromkeys(persons_in(article.text[lo:hi])))
            blocks.update(dict.fromkeys(addresses_in(article.text[lo:hi])))
    extra = {}
    if found:
        extra[PERSONS_KEY] = _line(list(found)[:MAX_PERSONS])
    if blocks:
        extra[ADDRESSES_KEY] = address_line(blocks)
    return dataclasses.replace(event, reasons={**event.reasons, **extra}) if extra else event


def union_persons(base: Event, new: Event) -> str | None:
    """The persons line of a merged record: the names of both, base first (None when neither has any)."""
    names: dict[str, None] = {}
    for e in (base, new):
        for n in _names(e.reasons.get(PERSONS_KEY, "")):
            if n.lower() not in {x.lower() for x in names}:
                names[n] = None
    return _line(list(names)[:MAX_MERGED_PERSONS]) if names else None


def shared_persons(a: Event, b: Event) -> frozenset[str]:
    """Persons attached to both events."""
    pa = persons_of(a)
    return pa & persons_of(b) if pa else frozenset()
