"""Places built by hand for the geo speed tests (shared by test_geo_speed_*.py)."""

from __future__ import annotations

from sitrep.types import Place


def hand_place(name, lat, lon, cc, admin1, fcode="PPL", pop=5000) -> Place:
    fclass = "A" if fcode in ("ADM1", "ADM2", "PCLI") else "P"
    return Place(name, lat, lon, {"US": "United States", "FR": "France"}[cc], cc, admin1, None, fclass, fcode, pop)
