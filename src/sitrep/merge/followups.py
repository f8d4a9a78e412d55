"""Which violent event a non-violent report follows up (an arrest, a charge, a hearing).

ACLED codes the arrest of a suspect and the attack it follows as two events, and sitrep keeps them
as two records. A reader grouping reports by incident (a gun-violence registry, the GVA evaluation)
still wants to know which attack an arrest story is about: :func:`follow_up_of` finds it among the
events near it in space, on identity evidence only (the same persons, the same street block, close
wording or names, or the same place on the same exact day), and says why.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.merge import features as F
from sitrep.merge.persons import shared_persons
from sitrep.merge.rules import MergeRules, load_rules, type_label
from sitrep.merge.scoring import STRONG_NAMES, STRONG_TEXT
from sitrep.types import Event

__all__ = ["follow_up_of", "is_violent"]


def is_violent(event: Event, rules: MergeRules | None = None) -> bool:
    """Whether the event is one act of violence (the rules' violent family)."""
    rules = rules or load_rules()
    return type_label(event.event_type, event.sub_event_type) in rules.violent_labels


def _near_and_before(report: Event, incident: Event) -> bool:
    """The incident lies within the place radius and no later than the report's dates allow."""
    if not (F.is_point(report) and F.is_point(incident)):
        return False
    radius = F.place_radius_km(max(report.geo_precision, incident.geo_precision))
    if (F.distance_km(report, incident) or 0.0) > radius:
        return False
    wr, wi = F.window(report), F.window(incident)
    if wr is None or wi is None:
        return False
    after_report = (wi[0] - wr[1]).days
    gap = F.date_gap(report, incident) or 0
    return after_report <= F.pair_tolerance(report, incident) and gap <= F.FOLLOW_UP_DAYS


def _same_spot_and_day(a: Event, b: Event) -> bool:
    same_id = a.geonameid is not None and a.geonameid == b.geonameid
    same_place = same_id or bool(a.location) and a.location == b.location
    exact = a.time_precision == 1 and b.time_precision == 1
    return same_place and exact and F.date_gap(a, b) == 0


def _evidence(report: Event, incident: Event, rules: MergeRules) -> tuple[int, str] | None:
    """How strongly (0 strongest) and why the report is about the incident, or None."""
    if persons := shared_persons(report, incident):
        return 0, "names the same persons (" + ", ".join(sorted(persons)[:3]) + ")"
    address = F.address_signal(report, incident)
    if address is not None:
        return 1, address.reason
    names = F.names_signal(report, incident, rules)
    if names is not None and names.value >= STRONG_NAMES:
        return 1, names.reason
    text = F.text_signal(report, incident)
    if text is not None and text.value >= STRONG_TEXT:
        return 2, text.reason
    if _same_spot_and_day(report, incident):
        return 3, f"same place ({incident.location}) and day"
    return None


def follow_up_of(report: Event, candidates: Iterable[Event]) -> tuple[Event, str] | None:
    """The violent event ``report`` (a non-violent event) follows up, with the reason; None when
    the report is itself violent or nothing identifies the incident. Candidates come oldest first;
    the first with the strongest kind of evidence wins."""
    rules = load_rules()
    if is_violent(report, rules):
        return None
    best: tuple[int, Event, str] | None = None
    for cand in candidates:
        if not is_violent(cand, rules) or not _near_and_before(report, cand):
            continue
        found = _evidence(report, cand, rules)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], cand, found[1])
    return (best[1], f"follows up {best[1].event_id}: {best[2]}") if best else None
