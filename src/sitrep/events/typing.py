"""Sentence-level event detection and ACLED sub-event typing from the cue lexicon.

A sentence gets the highest-scoring rule whose cues are all present, whose vetoes are absent
and whose trigger is asserted (see :mod:`sitrep.events.modality`). ``@territory`` rules are
resolved to "Government regains territory" or "Non-state actor overtakes territory" by who took
the ground.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.lexicon import Lexicon, Rule, load_lexicon
from sitrep.events.modality import Modality, assess
from sitrep.types import EVENT_TYPES

__all__ = ["SentenceType", "classify_sentence", "event_type_of", "SUB_TO_TYPE"]

SUB_TO_TYPE: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

# An anaphoric trigger ("the attack") usually refers back to an event already reported: its
# rule score is multiplied by this, so that a fresh trigger in the same sentence wins.
ANAPHORIC_PENALTY = 0.8
# A rule matched through a fallback trigger (a later match after an earlier one was blocked)
# is as good as the first; no penalty. How far back/forward to look for who took ground (chars).
ACTOR_REACH = 120


@dataclass(frozen=True, slots=True)
class SentenceType:
    """What one sentence reports: the sub-event type, its trigger (sentence offsets) and why."""

    event_type: str
    sub_event_type: str
    score: float
    trigger_start: int
    trigger_end: int
    trigger: str
    cues: tuple[str, ...]
    modality: Modality
    reason: str

    @property
    def anaphoric(self) -> bool:
        return self.modality.anaphoric


def event_type_of(sub: str) -> str:
    return SUB_TO_TYPE[sub]


# Without toponyms from the geo stage, a capitalised word after a preposition counts as a place.
_PLACE_GUESS = re.compile(r"\b(?:from|in|into|of|near|at|over|to|outside|around) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


@dataclass(frozen=True, slots=True)
class _Span:
    """A match-like span for cues that come from other stages (PLACE)."""

    s: int
    e: int
    text: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self) -> str:
        return self.text


class _Matches:
    """Cue matches of one sentence, computed on demand. ``A|B`` means either cue."""

    def __init__(self, text: str, lex: Lexicon, places: tuple[tuple[int, int], ...] | None):
        self.text, self.lex, self.places, self._cache = text, lex, places, {}

    def __call__(self, cue: str) -> list:
        if cue not in self._cache:
            self._cache[cue] = self._find(cue)
        return self._cache[cue]

    def _find(self, cue: str) -> list:
        if "|" in cue:
            return sorted((m for c in cue.split("|") for m in self(c)), key=lambda m: m.start())
        if cue == "PLACE":
            if self.places is not None:
                return [_Span(s, e, self.text[s:e]) for s, e in self.places]
            return [_Span(m.start(1), m.end(1), m.group(1)) for m in _PLACE_GUESS.finditer(self.text)]
        return list(self.lex.cues[cue].finditer(self.text))


def _partner_ok(rule: Rule, trig: re.Match[str], matches: _Matches) -> bool:
    for cue in rule.all[1:]:
        found = matches(cue)
        if rule.within is None:
            if not any(m.start() != trig.start() for m in found):
                return False
        elif not any(_close_after(rule, trig, m, matches) for m in found):
            return False
    return True


def _close_after(rule: Rule, trig: re.Match[str], m, matches: _Matches) -> bool:
    if not (trig.end() <= m.start() <= trig.end() + (rule.within or 0)):
        return False
    return not any(trig.end() <= b.start() < m.start() for c in rule.between_none for b in matches(c))


def _try_rule(rule: Rule, matches: _Matches) -> tuple[re.Match[str], Modality] | None:
    if any(matches(c) for c in rule.none):
        return None
    for trig in matches(rule.all[0]):
        if not _partner_ok(rule, trig, matches):
            continue
        mod = assess(matches.text, trig.start(), trig.end())
        if mod.factual:
            return trig, mod
    return None


def _side(matches: _Matches, trig: re.Match[str], hint: str | None) -> tuple[str, str]:
    """Who took the ground: 'state' or 'nonstate', with the word that says so."""
    text = matches.text
    passive = re.search(r"\b(?:by|to)\s+(?:the\s+)?$", text[trig.end():trig.end() + 12]) or re.match(
        r"\s*(?:by|to)\b", text[trig.end():])
    marks = [(m.start(), "state", m.group()) for m in matches("STATE")]
    marks += [(m.start(), "nonstate", m.group()) for m in matches("NONSTATE")]
    if passive or trig.group().lower().startswith(("fell", "fallen", "falls")):
        after = sorted(x for x in marks if x[0] >= trig.end() and x[0] - trig.end() <= ACTOR_REACH)
        if after:
            return after[0][1], after[0][2]
    before = sorted(x for x in marks if x[0] < trig.start() and trig.start() - x[0] <= ACTOR_REACH)
    if before:
        return before[-1][1], before[-1][2]
    return (hint, "earlier sentence") if hint else ("", "")


def _resolve_territory(rule: Rule, trig: re.Match[str], matches: _Matches, hint: str | None) -> tuple[str, str]:
    side, word = _side(matches, trig, hint)
    retake = rule.all[0] == "RETAKE"
    if not side:
        side, word = ("state", "default for retaking") if retake else ("nonstate", "default for taking")
    sub = "Government regains territory" if side == "state" else "Non-state actor overtakes territory"
    return sub, f"taken by {side} side ({word!r})"


def _candidate(rule: Rule, matches: _Matches, hint: str | None) -> SentenceType | None:
    found = _try_rule(rule, matches)
    if found is None:
        return None
    trig, mod = found
    sub, extra = rule.sub, ""
    if sub == "@territory":
        sub, extra = _resolve_territory(rule, trig, matches, hint)
    score = rule.score * (ANAPHORIC_PENALTY if mod.anaphoric else 1.0)
    cue_text = " + ".join(rule.all[1:])
    reason = f"trigger {trig.group()!r}" + (f" + {cue_text}" if cue_text else "") + (f"; {extra}" if extra else "")
    if mod.flags:
        reason += f"; {mod.reason}"
    return SentenceType(SUB_TO_TYPE[sub], sub, score, trig.start(), trig.end(), trig.group(), rule.all, mod, reason)


def classify_sentence(
    text: str,
    *,
    places: tuple[tuple[int, int], ...] | None = None,
    side_hint: str | None = None,
    lexicon: Lexicon | None = None,
) -> SentenceType | None:
    """The best event reading of one sentence, or None when it reports no event that happened.

    ``places`` are toponym spans relative to the sentence (None: guess from capitalisation);
    ``side_hint`` ('state'/'nonstate') is who acted in the preceding sentences, used when this
    one says only "they".
    """
    lex = lexicon or load_lexicon()
    matches = _Matches(text, lex, places)
    best: SentenceType | None = None
    for rule in lex.rules:
        if best is not None and rule.score <= best.score:
            break
        cand = _candidate(rule, matches, side_hint)
        if cand is not None and (best is None or cand.score > best.score):
            best = cand
    return best


