"""Typed records that flow between sitrep's stages.

Every record is a frozen dataclass. Character offsets (``start``/``end``) always point into
``Article.text`` (the cleaned text), so ``article.text[x.start:x.end] == x.text`` holds for
every span-bearing record. Stages never mutate a record: they return new ones
(``dataclasses.replace``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

__all__ = [
    "EVENT_TYPES",
    "INTER_CODES",
    "Actor",
    "Article",
    "Claim",
    "Doc",
    "Event",
    "EventDraft",
    "Evidence",
    "Place",
    "Quantity",
    "Sentence",
    "SourceRef",
    "TimeRef",
    "Toponym",
]

# ACLED's 6 event types and their 25 sub-event types, spelled exactly as ACLED does.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# ACLED actor categories (inter codes).
INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}

MetaOrigin = Literal["sidecar", "corpus", "html-meta", "dateline", "byline", "headline", "url", "feed", "warc", "none"]
DuplicateKind = Literal["exact", "near"]
ClaimStatus = Literal["reported", "claimed", "disputed", "denied"]


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested article. ``text`` is the cleaned text every offset refers to."""

    id: str
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    language: str | None = None
    # where each metadata value came from: {"published": "dateline", "source": "sidecar", ...}
    origin: dict[str, str] = field(default_factory=dict, compare=False)
    input_path: str | None = None
    duplicate_of: str | None = None
    duplicate_kind: DuplicateKind | None = None
    # ISO 3166-1 alpha-2 code of the country the source covers, when the input says so (a feed's
    # or a corpus's region, ``sitrep run --country``): a hint that weighs heavily for places and
    # actors; the text's own places still decide the event's place
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    latitude: float | None
    longitude: float | None
    country: str | None  # country name, e.g. "Iraq"
    country_code: str | None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    geonameid: int | None = None
    feature_class: str | None = None  # GeoNames class letter: A, P, L, S, T, H ...
    feature_code: str | None = None  # e.g. PPLA, ADM1, PCLI
    population: int = 0


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place mention in the text, resolved (``place``) or not (``place is None``)."""

    start: int
    end: int
    text: str
    place: Place | None
    reason: str = ""
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A date expression resolved to a day with ACLED time precision (1 day, 2 week, 3 month).

    ``earliest``/``latest`` bound the days the expression admits; ``value`` is the best estimate
    (mid-point for precision 2 and 3).
    """

    start: int
    end: int
    text: str
    value: date | None
    precision: int  # 1, 2 or 3
    earliest: date | None = None
    latest: date | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count of people affected: killed, injured, abducted, arrested ..."""

    start: int
    end: int
    text: str
    kind: str  # "killed", "injured", "abducted", "arrested", "displaced"
    value: int
    low: int
    high: int
    who: str | None = None  # victim noun as written: "prisoners", "police officers"
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor with its ACLED inter code."""

    name: str
    inter: int | None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    status: ClaimStatus
    claimed_by: str | None
    start: int | None = None
    end: int | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventDraft:
    """An event as coded from one article, before cross-article merging."""

    article_id: str
    event_type: str
    sub_event_type: str
    evidence: tuple[Evidence, ...]
    date: TimeRef
    place: Place | None
    geo_precision: int
    actor1: Actor
    actor2: Actor | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    claim: Claim = Claim("reported", None)
    notes: str = ""
    confidence: float = 0.5
    reasons: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One supporting article of an event (EVENTS.md ``sources`` entry)."""

    article_id: str
    source: str | None
    url: str | None
    published: str | None  # YYYY-MM-DD
    evidence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """The output record of EVENTS.md, plus a few extra fields (allowed by the contract)."""

    event_id: str
    event_date: str  # YYYY-MM-DD
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str | None
    inter1: int | None
    inter2: int | None
    country: str
    admin1: str | None
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    geonameid: int | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    claim_status: str
    claimed_by: str | None
    sources: tuple[SourceRef, ...]
    notes: str
    # extras
    confidence: float = 0.5
    corroboration: int = 1
    date_earliest: str | None = None
    date_latest: str | None = None
    reasons: dict[str, str] = field(default_factory=dict, compare=False)

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready EVENTS.md record (sources as a list of dicts)."""
        rec = dataclasses.asdict(self)
        rec["sources"] = [dataclasses.asdict(s) for s in self.sources]
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Event:
        known = {f.name for f in dataclasses.fields(cls)}
        data = {k: v for k, v in rec.items() if k in known}
        data["sources"] = tuple(SourceRef(**s) for s in rec.get("sources", ()))
        data["reasons"] = dict(rec.get("reasons") or {})
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Doc:
    """An article with what the stages found in it. ``None`` means "not computed yet"."""

    article: Article
    sentences: tuple[Sentence, ...] | None = None
    toponyms: tuple[Toponym, ...] | None = None
    times: tuple[TimeRef, ...] | None = None
    # a sequence: the quantities stage gives a lazy view (sitrep.events.quantity_view.QuantityView)
    quantities: Sequence[Quantity] | None = None
    actors: tuple[Actor, ...] | None = None
    events: tuple[EventDraft, ...] | None = None
