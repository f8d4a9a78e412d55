"""One filter record shared by the store, the API, exports and reports."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sitrep.errors import ConfigError

__all__ = ["EventQuery", "SORT_KEYS"]

# Sort keys the store accepts (column name -> nullable fallback used for keyset pagination).
SORT_KEYS = ("event_date", "fatalities", "confidence", "updated_at")


@dataclass(frozen=True)
class EventQuery:
    """Which events: every field is optional; all given fields must hold (AND)."""

    since: date | None = None  # event_date >= since
    until: date | None = None  # event_date <= until
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # actor1 or actor2, case-insensitive substring
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    min_fatalities: int | None = None
    claim_status: str | None = None
    text: str | None = None  # case-insensitive substring of notes or any evidence

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ConfigError(f"since ({self.since}) is after until ({self.until})")
        if self.bbox is not None:
            w, s, e, n = self.bbox
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
                raise ConfigError(f"bbox {self.bbox} is not west,south,east,north in degrees")

    @classmethod
    def from_strings(cls, **raw: Any) -> EventQuery:
        """Build from CLI/HTTP strings ("2014-06-01", "44.0,33.0,45.0,34.0", "5")."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            v = raw.get(f.name)
            if v is None or v == "":
                continue
            values[f.name] = _parse(f.name, v)
        return cls(**values)

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


def _parse(name: str, v: Any) -> Any:
    try:
        if name in ("since", "until"):
            return v if isinstance(v, date) else date.fromisoformat(str(v))
        if name == "bbox":
            parts = v if isinstance(v, (tuple, list)) else str(v).split(",")
            w, s, e, n = (float(x) for x in parts)
            return (w, s, e, n)
        if name == "min_fatalities":
            return int(v)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{name}: cannot read {v!r}: {exc}") from exc
    return str(v)
