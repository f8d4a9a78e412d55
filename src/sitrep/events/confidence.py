"""How sure a draft is, in [0, 1]: the typing rule's score, raised by corroborating sentences and
lowered by anaphoric-only evidence and by fields that had to fall back.

Each weight is a named constant; they were set by reading accuracy per confidence bucket on the
CASE-2021 dev snippets and the seeds (see ``sitrep eval case2021``: ``acc_conf_*``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Signals", "confidence"]

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
    return round(min(CEILING, max(FLOOR, score)), 3), ", ".join(why)
