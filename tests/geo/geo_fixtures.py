"""A tiny hand-built gazetteer for the geo tests (real code, small real facts)."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.types import Place


def _p(name, lat, lon, country, cc, admin1=None, fclass="P", fcode="PPL", pop=0, gid=None):
    return Place(name, lat, lon, country, cc, admin1, gid, fclass, fcode, pop)


PLACES = [
    (_p("Iraq", 33.0, 44.0, "Iraq", "IQ", None, "A", "PCLI", 38_000_000, 99237), ["Iraq"]),
    (_p("Jordan", 31.0, 36.0, "Jordan", "JO", None, "A", "PCLI", 9_900_000, 248816), []),
    (_p("Saudi Arabia", 25.0, 45.0, "Saudi Arabia", "SA", None, "A", "PCLI", 33_000_000, 102358), []),
    (_p("United States", 39.76, -98.5, "United States", "US", None, "A", "PCLI", 327_000_000, 6252001), ["U.S.", "US"]),
    (_p("Georgia", 42.0, 43.5, "Georgia", "GE", None, "A", "PCLI", 3_700_000, 614540), []),
    (_p("Anbar", 33.2, 42.0, "Iraq", "IQ", "Anbar", "A", "ADM1", 1_800_000), ["Al Anbar"]),
    (_p("Salah ad Din", 34.5, 43.6, "Iraq", "IQ", "Salah ad Din", "A", "ADM1", 1_600_000), ["Salahuddin"]),
    (_p("Baghdad", 33.34058, 44.40088, "Iraq", "IQ", "Baghdad", fcode="PPLC", pop=7_216_000, gid=98182), []),
    (_p("Tikrit", 34.61581, 43.67861, "Iraq", "IQ", "Salah ad Din", pop=42_477, gid=90150), ["Tikrīt"]),
    (_p("Rutba", 33.03718, 40.28586, "Iraq", "IQ", "Anbar", pop=22_370, gid=89570), ["Ar Rutbah"]),
    (_p("Hillah", 32.46367, 44.41963, "Iraq", "IQ", "Babil", pop=455_700, gid=99347), ["Hilla", "Al Hillah"]),
    (_p("Mosul", 36.335, 43.11889, "Iraq", "IQ", "Nineveh", pop=1_683_000, gid=99072), []),
    (_p("Illinois", 40.0, -89.25, "United States", "US", "Illinois", "A", "ADM1", 12_800_000, 4896861), ["Ill."]),
    (_p("Missouri", 38.25, -92.5, "United States", "US", "Missouri", "A", "ADM1", 6_100_000, 4398678), ["Mo."]),
    (_p("Georgia", 32.75, -83.5, "United States", "US", "Georgia", "A", "ADM1", 10_000_000, 4197000), ["Ga."]),
    (_p("Springfield", 39.80172, -89.64371, "United States", "US", "Illinois", pop=116_250, gid=4250542), []),
    (_p("Springfield", 37.21533, -93.29824, "United States", "US", "Missouri", pop=166_810, gid=4409896), []),
    (_p("Atlanta", 33.749, -84.38798, "United States", "US", "Georgia", pop=463_878, gid=4180439), []),
    (_p("Tbilisi", 41.69411, 44.83368, "Georgia", "GE", "Tbilisi", pop=1_049_498, gid=611717), []),
    (_p("Reading", 51.45625, -0.97113, "United Kingdom", "GB", "England", pop=244_070, gid=2639577), []),
    (_p("Kerry", 52.5, -3.26, "United Kingdom", "GB", "Wales", pop=2_000), []),
]


@pytest.fixture(scope="session")
def tiny_gazetteer() -> Gazetteer:
    return Gazetteer.from_places(PLACES)
