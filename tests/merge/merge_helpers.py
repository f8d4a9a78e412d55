"""Builders of hand-made events for the merge tests (imported as a plain module)."""

from __future__ import annotations

from sitrep.types import Event, SourceRef

CHICAGO = ("Chicago", 41.85, -87.65, "United States", "Illinois", 4887398)
EVANSTON = ("Evanston", 42.04, -87.69, "United States", "Illinois", 4891382)
SPRINGFIELD = ("Springfield", 39.80, -89.64, "United States", "Illinois", 4250542)


def ev(
    event_id: str,
    article: str,
    evidence: str,
    *,
    day: str = "2016-05-01",
    precision: int = 1,
    window: tuple[str, str] | None = None,
    kind: tuple[str, str] = ("Violence against civilians", "Attack"),
    place: tuple | None = CHICAGO,
    geo_precision: int = 1,
    fatalities: int | None = None,
    low: int | None = None,
    high: int | None = None,
    claim: str = "reported",
    claimed_by: str | None = None,
    actors: tuple[str, str | None] = (
        "Unidentified Armed Group (United States)",
        "Civilians (United States)",
    ),
    source: str | None = None,
    start: int = 0,
    notes: str = "",
    confidence: float = 0.6,
) -> Event:
    name, lat, lon, country, admin1, gid = place or ("", None, None, "", None, None)
    first, last = window or (day, day)
    ref = SourceRef(article, source, None, day, evidence, start, start + len(evidence))
    return Event(
        event_id=event_id,
        event_date=day,
        time_precision=precision,
        event_type=kind[0],
        sub_event_type=kind[1],
        actor1=actors[0],
        actor2=actors[1],
        inter1=None,
        inter2=7 if actors[1] else None,
        country=country,
        admin1=admin1,
        location=name,
        latitude=lat,
        longitude=lon,
        geo_precision=geo_precision,
        geonameid=gid,
        fatalities=fatalities,
        fatalities_low=low if low is not None else fatalities,
        fatalities_high=high if high is not None else fatalities,
        claim_status=claim,
        claimed_by=claimed_by,
        sources=(ref,),
        notes=notes,
        confidence=confidence,
        corroboration=1,
        date_earliest=first,
        date_latest=last,
    )
