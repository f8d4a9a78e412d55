"""Local time zones, for reading a time stamp written in UTC as a local day.

A live blog's ``<time datetime="2024-03-14T22:30:00Z">`` is 01:30 on the 15th in Khartoum: the day
an event is reported on is the local one. ``zones.json`` gives each conflict country's standard
UTC offset and summer-time rule, and the zone abbreviations of the places reported on ("EAT",
"PKT"); a newsroom's zones (GMT, BST, CET, ET) are no local zone and are not listed.

Summer time (``dst``): ``eu`` adds an hour from 01:00 UTC on the last Sunday of March to 01:00 UTC
on the last Sunday of October; ``us`` from 07:00 UTC on the second Sunday of March to 06:00 UTC on
the first Sunday of November. Countries whose rule differs by a few days are approximated (see
their ``note``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from sitrep.time.lexicon import data_text

__all__ = ["Zone", "country_zone", "label_zone", "offset_of", "parse_offset"]

_OFFSET = re.compile(r"^([+\-\u2212])(\d{1,2})(?::?(\d\d))?$")
# Offsets outside this many hours are no UTC offset ("GMT+30" is no zone).
MAX_OFFSET_HOURS = 14


@dataclass(frozen=True, slots=True)
class Zone:
    """A local time zone: its standard offset, summer-time rule and where it was found."""

    offset: timedelta
    dst: str | None
    source: str  # "the label EAT on the page", "the article's country (SD)" ...

    def at(self, instant: datetime) -> timedelta:
        """The zone's offset at an aware instant (summer time included)."""
        return self.offset + (timedelta(hours=1) if _in_summer(self.dst, instant) else timedelta(0))

    def local(self, instant: datetime) -> datetime:
        """The aware instant as a naive local time."""
        return (instant.astimezone(timezone.utc) + self.at(instant)).replace(tzinfo=None)


def parse_offset(text: str) -> timedelta | None:
    """ "+03:00", "+3", "-0530", "\u22125" -> the offset; None for anything else or beyond 14 hours."""
    m = _OFFSET.match(text.strip())
    if m is None or int(m.group(2)) > MAX_OFFSET_HOURS or int(m.group(3) or 0) >= 60:
        return None
    size = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
    return size if m.group(1) == "+" else -size


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[timedelta, str | None]], dict[str, timedelta]]:
    raw = json.loads(data_text("zones.json"))
    countries = {c: (parse_offset(v["offset"]), v.get("dst")) for c, v in raw["countries"].items()}
    labels = {k: parse_offset(v) for k, v in raw["labels"].items()}
    return countries, labels  # type: ignore[return-value]


def country_zone(code: str | None) -> Zone | None:
    """The zone of a country (ISO alpha-2), or None when the table lacks it."""
    found = _table()[0].get((code or "").upper())
    return Zone(found[0], found[1], f"the article's country ({code.upper()})") if found and code else None


def label_zone(label: str) -> Zone | None:
    """The zone of an abbreviation ("EAT") or of "GMT+3" / "UTC+05:30"; None when unknown or UTC."""
    label = label.strip()
    offset = _table()[1].get(label.upper())
    if offset is None and label[:3].upper() in ("GMT", "UTC"):
        offset = parse_offset(label[3:].replace(" ", ""))
    if not offset:  # unknown, or UTC itself: no local zone
        return None
    return Zone(offset, None, f"the label {label} on the page")


def offset_of(offset: timedelta, where: str) -> Zone | None:
    """A zone from an offset a page writes elsewhere (UTC itself is none)."""
    return Zone(offset, None, where) if offset else None


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _in_summer(rule: str | None, instant: datetime) -> bool:
    utc = instant.astimezone(timezone.utc).replace(tzinfo=None)
    year = utc.year
    if rule == "eu":
        start = datetime.combine(_last_sunday(year, 3), datetime.min.time()) + timedelta(hours=1)
        end = datetime.combine(_last_sunday(year, 10), datetime.min.time()) + timedelta(hours=1)
    elif rule == "us":
        start = datetime.combine(_nth_sunday(year, 3, 2), datetime.min.time()) + timedelta(hours=7)
        end = datetime.combine(_nth_sunday(year, 11, 1), datetime.min.time()) + timedelta(hours=6)
    else:
        return False
    return start <= utc < end
