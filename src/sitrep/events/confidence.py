"""How sure a draft is, in [0, 1]: the typing rule's score, raised by corroborating sentences and
lowered by anaphoric-only evidence and by fields that had to fall back, then blended with how
often the predicted sub-event type is right (``data/events/calibration.json``).

Each weight is a named constant; they were set by reading accuracy per confidence bucket on the
CASE-2021 dev snippets and the seeds (see ``sitrep eval case2021``: ``acc_conf_*``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Signals", "confidence", "evidence_strength"]

# Each extra sentence stating the event adds this much, up to EXTRA_SENTENCES_CAP in total.
PER_EXTRA_SENTENCE = 0.04
EXTRA_SENTENCES_CAP = 0.08
# Only anaphoric mentions ("the attack") and no fresh statement of the event.
ANAPHORIC_ONLY = 0.15
# Only a heading states the event.
HEADING_ONLY = 0.05
# No place finer than the country.
NO_PLACE = 0.05
# No date expression in the evidence: the date is the publication week.
NO_DATE = 0.03
# Actor1 is an "Unidentified ..." placeholder.
UNKNOWN_ACTOR = 0.02
FLOOR, CEILING = 0.05, 0.99


@dataclass(frozen=True, slots=True)
class Signals:
    rule_score: float
    mentions: int
    anaphoric_only: bool
    heading_only: bool
    has_place: bool
    has_date: bool
    known_actor: bool
    sub_event_type: str = ""  # blended with the sub-type's reliability when given


def confidence(sig: Signals) -> tuple[float, str]:
    """The score and a short reason listing what moved it."""
    score, why = sig.rule_score, [f"rule {sig.rule_score:.2f}"]
    bonus = min(EXTRA_SENTENCES_CAP, PER_EXTRA_SENTENCE * max(0, sig.mentions - 1))
    if bonus:
        score += bonus
        why.append(f"+{bonus:.2f} {sig.mentions} sentences")
    for bad, cost, label in (
        (sig.anaphoric_only, ANAPHORIC_ONLY, "anaphoric only"),
        (sig.heading_only, HEADING_ONLY, "heading only"),
        (not sig.has_place, NO_PLACE, "no place"),
        (not sig.has_date, NO_DATE, "no date"),
        (not sig.known_actor, UNKNOWN_ACTOR, "unidentified actor"),
    ):
        if bad:
            score -= cost
            why.append(f"-{cost:.2f} {label}")
    if sig.sub_event_type:
        score, note = _calibrated(score, sig.sub_event_type)
        why.append(note)
    return round(min(CEILING, max(FLOOR, score)), 3), ", ".join(why)


@lru_cache(maxsize=1)
def _calibration() -> dict:
    text = resources.files("sitrep").joinpath("data", "events", "calibration.json").read_text(encoding="utf-8")
    return json.loads(text)


def _calibrated(score: float, sub_event_type: str) -> tuple[float, str]:
    """The rule-based score blended with how often the sub-type is right on the dev snippets."""
    cal = _calibration()
    rel = cal["reliability"].get(sub_event_type, cal["prior"])
    w = cal["weight"]
    return (1 - w) * score + w * rel, f"blended with {sub_event_type!r} reliability {rel:.2f}"


def evidence_strength(score: float, sub_event_type: str) -> float:
    """The score before the sub-type's reliability was blended in (exact unless the score was
    clipped at FLOOR or CEILING): how strongly the text states this event, for choosing among
    the events of one article, where the general reliability of a sub-type says nothing."""
    cal = _calibration()
    rel = cal["reliability"].get(sub_event_type, cal["prior"])
    w = cal["weight"]
    return (score - w * rel) / (1 - w)
