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
    violent_labels: frozenset[str] = frozenset()  # "Type: Sub-event type" labels of one act of violence
    violent_weight: float = 0.0  # type signal of two unlisted labels that are both violent
    violent_why: str = ""
    state_actor_prefixes: tuple[str, ...] = ()
    person_titles: frozenset[str] = frozenset()  # words before a name that make it an official's
    non_person_words: frozenset[str] = frozenset()  # words that make a capitalised pair a place or body
    person_cues_before: frozenset[str] = frozenset()  # words before a name making it a victim or suspect
    person_cues_after: tuple[str, ...] = ()  # phrases right after a name that make it a victim's or suspect's
    street_suffixes: tuple[str, ...] = ()  # words that end a street name in an address ("Street", "Ave")
    county_words: tuple[str, ...] = ()  # last words of a county's name ("county", "parish")
    age_nouns: tuple[str, ...] = ()  # nouns an age follows ("Boy, 16"), besides "16-year-old"
    roundup_cues: tuple[str, ...] = ()  # patterns of a report that sums up several incidents
    victim_patterns: tuple[str, ...] = ()  # patterns of a number of people shot or wounded (group "n")
    victim_min: int = 3
    suspect_cues: tuple[str, ...] = ()  # words right after an age that make it a suspect's  # the smallest such number that identifies an incident
    site_cues: tuple[str, ...] = ()  # words before a named site ("in", "near", "village of")
    site_generic: frozenset[str] = frozenset()  # words that make a named site common ("hospital", "interstate")
    site_articles: tuple[str, ...] = ()  # articles dropped from the start of a site's name ("al-")
    revision_patterns: tuple[str, ...] = ()  # patterns of a toll revised upward (group "n": the new toll)
    site_unit_words: tuple[str, ...] = ()  # words after a name that make it a unit ("province")
    state_claimant_words: tuple[str, ...] = ()  # words of a claimant that make it state forces ("army")
    follow_up_cues: tuple[str, ...] = ()  # patterns of a report telling what followed an attack ("charged")

    def is_county_name(self, name: str | None) -> bool:
        """Whether a place name names a county ("Berrien County", "East Baton Rouge Parish")."""
        words = (name or "").strip().lower().split()
        return len(words) >= 2 and words[-1] in self.county_words

    def type_weight(self, a: str, b: str) -> tuple[float, str]:
        """How compatible two labels are: 1.0 the same, a listed weight, the weight of two violent
        labels, or 0.0."""
        if a == b:
            return 1.0, "same type"
        listed = self.compatible.get(frozenset((a, b)))
        if listed is not None:
            return listed
        if self.violent_weight > 0 and {a, b} <= self.violent_labels:
            return self.violent_weight, self.violent_why
        return 0.0, "incompatible types"

    def state_of(self, name: str | None) -> str | None:
        """The country whose state forces an actor name denotes ("Police Forces of Iraq" -> "iraq"),
        or None: outlets call the same security forces police, army or government."""
        low = (name or "").strip().lower()
        for prefix in self.state_actor_prefixes:
            if low.startswith(prefix.lower()):
                return low[len(prefix) :].strip()
        return None

    def is_state_claimant(self, name: str | None) -> bool:
        """A claimant that is state forces ("Nigerian army", "Naples police", "Military Forces of
        Mali"): their statements of operations are no group's claim of responsibility."""
        low = f" {(name or '').strip().lower()} "
        return self.state_of(name) is not None or any(f" {w} " in low for w in self.state_claimant_words)

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
    family = raw.get("violent_family") or {}
    return MergeRules(
        version=int(raw["version"]),
        compatible=pairs,
        generic_actor_prefixes=tuple(raw["generic_actor_prefixes"]),
        stopwords=frozenset(w.lower() for w in raw["signature_stopwords"]),
        violent_labels=frozenset(family.get("labels", ())),
        violent_weight=float(family.get("weight", 0.0)),
        violent_why=family.get("why", ""),
        state_actor_prefixes=tuple(raw.get("state_actor_prefixes", ())),
        person_titles=frozenset(w.lower() for w in raw.get("person_titles", ())),
        non_person_words=frozenset(w.lower() for w in raw.get("non_person_words", ())),
        person_cues_before=frozenset(w.lower() for w in raw.get("person_cues_before", ())),
        person_cues_after=tuple(w.lower() for w in raw.get("person_cues_after", ())),
        street_suffixes=tuple(w.lower() for w in raw.get("street_suffixes", ())),
        county_words=tuple(w.lower() for w in raw.get("county_words", ())),
        age_nouns=tuple(w.lower() for w in raw.get("age_nouns", ())),
        roundup_cues=tuple(raw.get("roundup_cues", ())),
        victim_patterns=tuple(raw.get("victim_patterns", ())),
        victim_min=int(raw.get("victim_min", 3)),
        suspect_cues=tuple(w.lower() for w in raw.get("suspect_cues", ())),
        site_cues=tuple(w.lower() for w in raw.get("site_cues", ())),
        site_generic=frozenset(w.lower() for w in raw.get("site_generic", ())),
        site_articles=tuple(w.lower() for w in raw.get("site_articles", ())),
        revision_patterns=tuple(raw.get("revision_patterns", ())),
        site_unit_words=tuple(w.lower() for w in raw.get("site_unit_words", ())),
        state_claimant_words=tuple(w.lower() for w in raw.get("state_claimant_words", ())),
        follow_up_cues=tuple(raw.get("follow_up_cues", ())),
    )
