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
# Place signal of a pair where one report names no place at all (not even a country): low, so that
# time and type alone never merge such a report (scoring asks for identity evidence).
UNKNOWN_PLACE_VALUE = 0.2
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


def date_signal(a: Event, b: Event, same_persons: bool = False) -> Signal | Block | None:
    """How well the dates agree; beyond the tolerance a block, unless the same persons are named
    and the gap is within FOLLOW_UP_DAYS (then a neutral value: the date neither helps nor hurts)."""
    wa, wb = window(a), window(b)
    if wa is None or wb is None:
        return None
    gap = max(0, (wb[0] - wa[1]).days, (wa[0] - wb[1]).days)
    tol = pair_tolerance(a, b)
    if gap > tol and same_persons and gap <= FOLLOW_UP_DAYS:
        return Signal("date", 0.5, f"{gap} days apart, a follow-up naming the same persons")
    if gap > tol:
        return Block(f"dates {gap} days apart (tolerance {tol})")
    coarse = (a.time_precision > 1) + (b.time_precision > 1)
    specificity = (1.0, 0.85, 0.7)[coarse]
    value = specificity * (1.0 - gap / (tol + 1))
    if gap == 0:
        what = "same day" if coarse == 0 and wa == wb else "date windows overlap"
    else:
        what = f"{gap} day(s) apart"
    return Signal("date", round(value, 3), what)


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
        return Signal("area", 0.6, f"same region named ({a.location})")
    return Signal("area", 0.4, "only the country or region agrees")


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
    states = {rules.state_of(x) for x in na} & {rules.state_of(y) for y in nb} - {None}
    if states:
        return Signal("actors", STATE_FORCES_VALUE, f"state forces of {sorted(states)[0]} named differently")
    return Signal("actors", 0.2, "different named actors")


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
    if tolls_agree(fa, fb):
        return Signal("counts", 0.6, f"tolls {fa} and {fb} compatible (a toll that grew)")
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
    """Names and numbers in the evidence: capitalised words and digits, minus stopwords and the place."""
    place = set(_norm(event.location).split()) | set(_norm(event.admin1).split())
    out: set[str] = set()
    for text in _texts(event):
        for word in _WORD.findall(text):
            low = word.lower()
            if (word[0].isupper() or word[0].isdigit()) and low not in rules.stopwords and low not in place:
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
    possessor before the name is dropped ("Nigeria's Zamfara" -> "zamfara")."""
    from sitrep.actors.countries import country_by_name

    out: set[str] = set()
    for text in _texts(event):
        for cue in _site_pattern(rules.site_cues).finditer(text):
            name = _SITE_NAME.match(text, cue.end()).group()
            name = _POSSESSOR.sub("", name).removesuffix("'s").removesuffix("’s")
            words = name.lower().split()
            if not words or not rules.site_generic.isdisjoint(words) or not rules.stopwords.isdisjoint(words):
                continue
            if country_by_name(name) is None:
                out.add(_site_key(name, rules))
    return frozenset(out)


_POSSESSOR = re.compile(r"^.*['’]s ")


def _site_key(name: str | None, rules: MergeRules) -> str:
    """A place name as sites are compared: lower case, accents dropped, "al-" dropped
    ("Pont-Sondé" = "pont-sonde", "Al-Sireha" = "sireha")."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", (name or "").strip().lower()) if not unicodedata.combining(c))
    return _without_article(" ".join(plain.split()), rules.site_articles)


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
    regions = {_site_key(n, rules) for e in (a, b) for n in (e.admin1, e.country) if n}
    region_words = {w for r in regions for w in r.split()}
    same_town = _site_key(a.location, rules) if _norm(a.location) == _norm(b.location) else None

    def named(e: Event) -> set[str]:
        found = set(sites(e, rules))
        if e.location and e.geo_precision <= 2:
            found.add(_site_key(e.location, rules))
        return {x for x in found if x != same_town and not set(x.split()) <= region_words}

    shared = named(a) & named(b)
    if not shared:
        return None
    return Signal("site", 1.0, "same site named (" + ", ".join(sorted(shared)[:2]) + ")")


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
