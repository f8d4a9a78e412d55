"""Demonym mentions ("Iraqi", "Russians", "Sri Lankan"): references to a country, kept apart from places.

A demonym is never a place mention: no event is placed by it and it never enters ``Doc.toponyms``.
It still names a country, so ``sitrep geoparse`` reports it on its own line with ``"kind":
"demonym"`` and the country resolved (or the region, for a people of one region: "Abkhaz", "Chechen"), the way annotated corpora such as LGL tag "Israeli" with
Israel. Some uses name a language or a thing, not the country ("in English", "French fries"): the
words around them are listed in ``demonym_uses.json`` and such uses are left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from sitrep.geo.detect import demonym_mentions
from sitrep.types import Toponym

__all__ = ["DEMONYM_CONFIDENCE", "demonym_toponyms", "demonym_uses", "striking_from_afar"]

# A demonym names its country without doubt once its language and thing uses are left out; the
# confidence is below a resolved town's because the country, not a point, is meant.
DEMONYM_CONFIDENCE = 0.6
# How far (characters) the words before a demonym are looked at for a language cue ("speaks").
_BEFORE_WINDOW = 24


@lru_cache(maxsize=1)
def demonym_uses() -> dict[str, frozenset[str]]:
    """Word lists of ``data/geo/demonym_uses.json``: ``before`` and ``after`` cues of a non-country use."""
    raw = json.loads(resources.files("sitrep.data.geo").joinpath("demonym_uses.json").read_text(encoding="utf-8"))
    keys = ("before", "after", "function_words", "compound_before", "air_attacker_after", "foreign_force_after")
    return {key: frozenset(w.lower() for w in raw[key]) for key in keys}


def _word_after(text: str, end: int) -> str:
    m = re.match(r"[\s-]*([A-Za-z]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - _BEFORE_WINDOW):start])
    return words[-1].lower() if words else ""


def _other_use(text: str, start: int, end: int) -> bool:
    """Whether the demonym at ``start:end`` names a language or a thing ("in English", "French fries").

    A cue before it ("in", "speaks") marks a language only when no noun follows: "in Russian" is the
    language, "in Russian airspace" the country's.
    """
    uses = demonym_uses()
    after = _word_after(text, end)
    if after in uses["after"] or _in_name(text, start, after):
        return True
    noun_follows = bool(re.match(r"[ \t]+[a-z]", text[end:end + 2])) and after not in uses["function_words"]
    return _word_before(text, start) in uses["before"] and not noun_follows


def _in_name(text: str, start: int, after: str) -> bool:
    """A surname ("Monica French", "French said"), a compound ("Anglo-Americans", "Native American").

    "Arab-Israeli" or "Russian-American" still name the countries: only the listed compound words count.
    """
    from sitrep.geo import sources

    m = re.search(r"([A-Z][a-z]+)(?:[ \t]+|-)$", text[max(0, start - 20):start])
    before = m.group(1) if m else ""
    return before in sources.first_names() or before.lower() in demonym_uses()["compound_before"] \
        or (after == "said" and text[start - 4:start].lower() != "the ")


def _region(gazetteer, word: str, cc: str):
    """The region a people's name denotes ("Abkhaz": Abkhazia), as the gazetteer has it in ``cc``."""
    from sitrep.geo import sources

    name = sources.demonym_regions().get(word)
    if name is None:
        return None
    return next((p for p in gazetteer.candidates(name) if p.country_code == cc and p.feature_class in ("A", "L")), None)


def demonym_toponyms(text: str, gazetteer, taken: Sequence[Toponym] = ()) -> tuple[Toponym, ...]:
    """Every demonym of ``text`` not inside a place mention of ``taken``, resolved to its country."""
    out = []
    for start, end, cc in demonym_mentions(text):
        if any(t.start < end and start < t.end for t in taken) or _other_use(text, start, end):
            continue
        place = _region(gazetteer, text[start:end], cc) or gazetteer.country(cc)
        reason = f"demonym of {place.name if place else cc}"
        out.append(Toponym(start, end, text[start:end], place, reason, DEMONYM_CONFIDENCE if place else 0.0))
    return tuple(out)


_TWO_WORDS_AFTER = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")


def striking_from_afar(text: str, end: int) -> bool:
    """The demonym ending at ``end`` names the side striking from the air or from afar ("Russian
    jets", "Israeli air strikes", ``air_attacker_after``) or a force serving abroad ("Russian
    mercenaries", "Kenyan peacekeepers", ``foreign_force_after``): who acts, not where."""
    m = _TWO_WORDS_AFTER.match(text, end, end + 40)
    if m is None:
        return False
    uses = demonym_uses()
    words = uses["air_attacker_after"] | uses["foreign_force_after"]
    one = m.group(1).lower()
    return one in words or (m.group(2) is not None and f"{one} {m.group(2).lower()}" in words)
