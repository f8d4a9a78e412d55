"""The offline basemap: simplified country outlines installed with the package.

``load_basemap()`` returns the bundled GeoJSON bytes (``sitrep/data/basemap/countries.geojson``).
``build_basemap()`` regenerates that file from a Natural Earth shapefile (public domain), read with
the standard library only; run it by hand when the source data changes::

    python -m sitrep.web.basemap naturalearth_lowres.shp src/sitrep/data/basemap/countries.geojson
"""

from __future__ import annotations

import json
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["Shape", "build_basemap", "load_basemap", "read_dbf", "read_polygons", "simplify"]

# Coordinates are rounded to this many decimals (0.01 degree is about 1 km: far below what a
# world or country view can show, and it halves the file against full precision).
COORD_DECIMALS = 2
# Douglas-Peucker tolerance in degrees; 0.05 keeps coastlines recognisable at country zoom
# (checked by eye on screenshots of Iraq, Nigeria and the world) and drops about a third of points.
SIMPLIFY_TOLERANCE = 0.05
# Shapefile shape type for polygons (ESRI shapefile technical description, 1998).
SHP_POLYGON = 5


@dataclass(frozen=True)
class Shape:
    """One polygon record: its rings as lists of (lon, lat)."""

    rings: tuple[tuple[tuple[float, float], ...], ...]


@lru_cache(maxsize=1)
def load_basemap() -> bytes:
    """The bundled country outlines (GeoJSON FeatureCollection), as bytes."""
    return (resources.files("sitrep") / "data" / "basemap" / "countries.geojson").read_bytes()


def read_polygons(shp: bytes) -> Iterator[Shape | None]:
    """Polygon records of a .shp file in order; None for a null shape."""
    pos = 100
    while pos + 8 <= len(shp):
        _num, words = struct.unpack(">ii", shp[pos:pos + 8])
        content = shp[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        yield _polygon(content)


def _polygon(content: bytes) -> Shape | None:
    (kind,) = struct.unpack("<i", content[:4])
    if kind != SHP_POLYGON:
        return None
    n_parts, n_points = struct.unpack("<ii", content[36:44])
    parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts])) + [n_points]
    flat = struct.unpack(f"<{2 * n_points}d", content[44 + 4 * n_parts:44 + 4 * n_parts + 16 * n_points])
    points = [(flat[2 * i], flat[2 * i + 1]) for i in range(n_points)]
    return Shape(tuple(tuple(points[a:b]) for a, b in zip(parts, parts[1:])))


def read_dbf(dbf: bytes, encoding: str = "latin-1") -> list[dict[str, str]]:
    """Records of a dBase III table as dicts of stripped strings."""
    n_records, header_len, record_len = struct.unpack("<IHH", dbf[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while dbf[pos] != 0x0D:
        name = dbf[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, dbf[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_records):
        rec = dbf[header_len + i * record_len:header_len + (i + 1) * record_len]
        rows.append(_dbf_row(rec, fields, encoding))
    return rows


def _dbf_row(rec: bytes, fields: list[tuple[str, int]], encoding: str) -> dict[str, str]:
    out, pos = {}, 1  # byte 0 is the deletion flag
    for name, width in fields:
        out[name] = rec[pos:pos + width].decode(encoding).strip()
        pos += width
    return out


def simplify(ring: tuple[tuple[float, float], ...], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification of one ring (first and last points kept)."""
    if len(ring) < 3:
        return list(ring)
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        idx, dist = _farthest(ring, a, b)
        if dist > tolerance:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(ring, keep) if k]


def _farthest(ring: tuple[tuple[float, float], ...], a: int, b: int) -> tuple[int, float]:
    (x1, y1), (x2, y2) = ring[a], ring[b]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    best, best_d = a, -1.0
    for i in range(a + 1, b):
        x, y = ring[i]
        d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
        if d > best_d:
            best, best_d = i, d
    return best, best_d


def _ring_coords(ring: tuple[tuple[float, float], ...]) -> list[list[float]] | None:
    pts: list[list[float]] = []
    for x, y in simplify(ring, SIMPLIFY_TOLERANCE):
        p = [round(x, COORD_DECIMALS), round(y, COORD_DECIMALS)]
        if not pts or p != pts[-1]:
            pts.append(p)
    return pts if len(pts) >= 4 else None  # a closed ring needs 4 positions


def _feature(shape: Shape, attrs: dict[str, str]) -> dict | None:
    rings = [r for r in (_ring_coords(r) for r in shape.rings) if r]
    if not rings:
        return None
    props = {"name": attrs.get("name", ""), "iso_a3": attrs.get("iso_a3", "")}
    # a shapefile polygon lists outer rings (clockwise) and holes together; an even-odd fill of
    # every ring as its own polygon draws them correctly, which is all the dashboard needs
    geom = {"type": "MultiPolygon", "coordinates": [[r] for r in rings]}
    return {"type": "Feature", "properties": props, "geometry": geom}


def build_basemap(shp_path: Path, out_path: Path) -> int:
    """Write the simplified GeoJSON next to the package data; returns the number of countries."""
    shapes = list(read_polygons(shp_path.read_bytes()))
    attrs = read_dbf(shp_path.with_suffix(".dbf").read_bytes())
    feats = [f for f in (_feature(s, a) for s, a in zip(shapes, attrs) if s) if f]
    doc = {
        "type": "FeatureCollection",
        "properties": {"source": "Natural Earth 1:110m admin 0 countries (public domain), simplified"},
        "features": feats,
    }
    out_path.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return len(feats)


if __name__ == "__main__":  # pragma: no cover - a build step run by hand
    print(build_basemap(Path(sys.argv[1]), Path(sys.argv[2])), "countries written")
