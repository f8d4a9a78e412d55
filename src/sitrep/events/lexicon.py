"""The event lexicon: named cues (regular-expression alternations) and typing rules.

Knowledge lives in ``sitrep/data/events/cues.json`` and ``modality.json`` (format in the README
there); this module compiles it once and hands out immutable views.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# Cues computed from other stages' output rather than from the lexicon.
DYNAMIC_CUES = frozenset({"PLACE"})

__all__ = [
    "DYNAMIC_CUES",
    "Lexicon",
    "Rule",
    "compile_alternation",
    "load_escalation",
    "load_lexicon",
    "load_modality",
    "word_keys",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """One typing rule: every cue in ``all`` present (the first is the trigger), none of ``none``.

    ``within`` (chars) bounds how far after the trigger the second cue may start, and no cue of
    ``between_none`` may sit between them ("captured soldiers ... base" is not ground);
    ``before`` (chars) asks instead for the other cues to end at most that far before the
    trigger ("five soldiers were killed"). ``sub`` is a sub-event type, or ``@territory`` for a
    taking of ground whose direction depends on who acted.
    """

    sub: str
    all: tuple[str, ...]
    none: tuple[str, ...]
    score: float
    within: int | None = None
    between_none: tuple[str, ...] = ()
    before: int | None = None


@dataclass(frozen=True)
class Lexicon:
    version: int
    cues: dict[str, re.Pattern[str]]  # for lower-cased text
    rules: tuple[Rule, ...]
    cues_i: dict[str, re.Pattern[str]]  # case-insensitive, for text whose lower-casing changes length
    anchors: dict[str, frozenset[str]]  # per cue, word keys one of which must occur (empty: no filter)
    trigger_keys: frozenset[str]  # empty: no sentence-level filter


def compile_alternation(fragments: list[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    """One word-bounded pattern matching any fragment (longest first); fragments are lower case."""
    ordered = sorted(fragments, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w])", re.IGNORECASE if ignore_case else 0
    )


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"


def _read(name: str) -> dict[str, Any]:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = _read("cues.json")
    cues = {name: compile_alternation(frags, ignore_case=False) for name, frags in data["cues"].items()}
    cues_i = {name: compile_alternation(frags) for name, frags in data["cues"].items()}
    rules = tuple(
        sorted(
            (
                Rule(
                    r["sub"],
                    tuple(r["all"]),
                    tuple(r.get("none", ())),
                    float(r["score"]),
                    r.get("within"),
                    tuple(r.get("between_none", ())),
                    r.get("before"),
                )
                for r in data["rules"]
            ),
            key=lambda r: -r.score,
        )
    )
    named = {part for r in rules for c in r.all + r.none + r.between_none for part in c.split("|")}
    unknown = named - set(cues) - DYNAMIC_CUES
    if unknown:
        raise ValueError(f"cues.json: rules name unknown cues {sorted(unknown)}")
    anchors = {name: _anchors(frags) for name, frags in data["cues"].items()}
    trig = [anchors[c] for r in rules for c in r.all[0].split("|")]
    trigger_keys = frozenset() if any(not k for k in trig) else frozenset().union(*trig)
    return Lexicon(int(data["version"]), cues, rules, cues_i, anchors, trigger_keys)


_META = re.compile(r"[\\()\[\]?*+{}|.^$]")
# Words are compared on their first ANCHOR_CHARS letters (a set test, much cheaper than a regex).
ANCHOR_CHARS = 4
_TOKEN = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=256)  # each sentence is read again as the next one's context
def word_keys(folded: str) -> frozenset[str]:
    """The first ANCHOR_CHARS (and ANCHOR_CHARS - 1) letters of every word of a lower-cased sentence."""
    toks = _TOKEN.findall(folded)
    return frozenset([t[:ANCHOR_CHARS] for t in toks] + [t[: ANCHOR_CHARS - 1] for t in toks])


def _anchor(frag: str) -> str | None:
    """The key the first word of any match of ``frag`` must have, or None when unknown."""
    m = _META.search(frag)
    lit = frag[: m.start()] if m else frag
    if m and m.group() in "?*{" and lit:
        lit = lit[:-1]  # "attacks?": the last letter is optional
    word = lit.split(" ")[0]
    complete = " " in lit or not m
    if len(word) < ANCHOR_CHARS - 1 and not (complete and word):
        return None
    return (
        word[:ANCHOR_CHARS]
        if len(word) >= ANCHOR_CHARS
        else word[: ANCHOR_CHARS - 1]
        if not complete or len(word) == ANCHOR_CHARS - 1
        else word
    )


_LEADING_GROUP = re.compile(r"^\(\?:([^()]*)\)(?![?*{])")


def _expand(frag: str) -> list[str]:
    """'(?:was|were) formed' -> ['was formed', 'were formed'] (one leading group, no nesting)."""
    m = _LEADING_GROUP.match(frag)
    return [alt + frag[m.end() :] for alt in m.group(1).split("|")] if m else [frag]


def _anchors(fragments: list[str]) -> frozenset[str]:
    """Keys one of which a sentence must hold for the cue to match; empty: always try the regex."""
    keys = [_anchor(f) for frag in fragments for f in _expand(frag)]
    return frozenset() if any(k is None for k in keys) else frozenset(keys)


@lru_cache(maxsize=1)
def load_escalation() -> tuple[frozenset[str], tuple[str, str], re.Pattern[str]]:
    """(sub-types that escalate, the (type, sub-type) they become, the cue pattern): a protest
    whose demonstrators turn violent is a violent demonstration (``cues.json`` "escalation")."""
    esc = _read("cues.json")["escalation"]
    return frozenset(esc["from"]), (esc["to"][0], esc["to"][1]), compile_alternation(esc["cues"])


@lru_cache(maxsize=1)
def load_modality() -> dict[str, Any]:
    return _read("modality.json")
