"""Street addresses near an event: the block a shooting happened on identifies it within its days.

Local news gives the scene as a street address or block ("the 1500 block of Mechanicsville
Turnpike", "3606 S. Westmoreland Road"); the reports of one incident share it, two incidents in one
city within a few days seldom do. An address is read as a key, the hundred block and the first word
of the street name ("1500 block of mechanicsville"), so that "1517 Mechanicsville Turnpike" and "the
1500 block of Mechanicsville Tpke" agree. Keys are read from the article around the event's
evidence and kept in ``Event.reasons[ADDRESSES_KEY]`` ("street blocks: 1500 block of
mechanicsville"), so that they travel with the record through a store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sitrep.merge.rules import MergeRules, load_rules
from sitrep.types import Event

__all__ = ["ADDRESSES_KEY", "addresses_in", "addresses_of", "shared_addresses", "union_addresses"]

ADDRESSES_KEY = "addresses"
_PREFIX = "street blocks: "
# At most this many keys per report and per merged record (a list of crime-log addresses is a
# blotter, not an incident; the cap bounds the record).
MAX_ADDRESSES = 6
MAX_MERGED_ADDRESSES = 12

_DIRECTION = r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
_STREET_NAME = r"((?:[A-Z][A-Za-z'-]+|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][A-Za-z'-]+){0,2}?)"


@lru_cache(maxsize=1)
def _pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    kinds = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(
        r"\b(\d{2,5})\s+(?:block\s+of\s+)?" + _DIRECTION + _STREET_NAME + r"\s+(?:" + kinds + r")\b\.?",
        re.IGNORECASE,
    )


def _key(number: str, street: str) -> str:
    block = int(number) // 100 * 100
    return f"{block} block of {street.split()[0].lower()}"


def addresses_in(text: str, rules: MergeRules | None = None) -> tuple[str, ...]:
    """Keys of the street addresses and blocks written in ``text`` (in order, each once)."""
    rules = rules or load_rules()
    if not rules.street_suffixes:
        return ()
    out: dict[str, None] = {}
    for m in _pattern(rules.street_suffixes).finditer(text):
        if m.group(2)[0].isupper() or m.group(2)[0].isdigit():
            out.setdefault(_key(m.group(1), m.group(2)), None)
    return tuple(out)[:MAX_ADDRESSES]


def line(keys: Iterable[str]) -> str:
    return _PREFIX + ", ".join(keys)


def _keys(text: str) -> list[str]:
    if not text.startswith(_PREFIX):
        return []
    return [k.strip() for k in text[len(_PREFIX) :].split(",") if k.strip()]


def addresses_of(event: Event) -> frozenset[str]:
    """The street-block keys attached to ``event``, or an empty set."""
    return frozenset(_keys(event.reasons.get(ADDRESSES_KEY, "")))


def shared_addresses(a: Event, b: Event) -> frozenset[str]:
    mine = addresses_of(a)
    return mine & addresses_of(b) if mine else frozenset()


def union_addresses(base: Event, new: Event) -> str | None:
    """The addresses line of a merged record (None when neither has any)."""
    both = _keys(base.reasons.get(ADDRESSES_KEY, "")) + _keys(new.reasons.get(ADDRESSES_KEY, ""))
    keys = dict.fromkeys(both)
    return line(list(keys)[:MAX_MERGED_ADDRESSES]) if keys else None
