"""The merge knowledge in ``sitrep/data/merge/rules.json``: compatible types, generic actors, stopwords."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["MergeRules", "load_rules", "type_label"]


def type_label(event_type: str, sub_event_type: str) -> str:
    """The "Type: Sub-event type" label used in the rules file and in reasons."""
    return f"{event_type}: {sub_event_type}"


@dataclass(frozen=True)
class MergeRules:
    version: int
    compatible: dict[frozenset[str], tuple[float, str]]  # pair of labels -> (weight, why)
    generic_actor_prefixes: tuple[str, ...]
    stopwords: frozenset[str]

    def type_weight(self, a: str, b: str) -> tuple[float, str]:
        """How compatible two labels are: 1.0 the same, a listed weight, or 0.0."""
        if a == b:
            return 1.0, "same type"
        weight, why = self.compatible.get(frozenset((a, b)), (0.0, "incompatible types"))
        return weight, why

    def is_generic_actor(self, name: str | None) -> bool:
        """Actors that say nothing about identity ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")."""
        if not name:
            return True
        return name.strip().lower().startswith(tuple(p.lower() for p in self.generic_actor_prefixes))


@lru_cache(maxsize=1)
def load_rules() -> MergeRules:
    """The packaged rules (read once)."""
    raw = json.loads(
        resources.files("sitrep").joinpath("data", "merge", "rules.json").read_text(encoding="utf-8")
    )
    pairs = {frozenset((p["a"], p["b"])): (float(p["weight"]), p["why"]) for p in raw["compatible_types"]}
    return MergeRules(
        version=int(raw["version"]),
        compatible=pairs,
        generic_actor_prefixes=tuple(raw["generic_actor_prefixes"]),
        stopwords=frozenset(w.lower() for w in raw["signature_stopwords"]),
    )
