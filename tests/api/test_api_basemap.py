"""The offline basemap: the bundled file, and the stdlib shapefile reader that builds it."""

from __future__ import annotations

import json
import struct
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sitrep.web.basemap import build_basemap, load_basemap, read_dbf, read_polygons, simplify


def test_bundled_basemap_is_small_valid_geojson() -> None:
    raw = load_basemap()
    assert len(raw) < 400_000
    doc = json.loads(raw)
    names = {f["properties"]["name"] for f in doc["features"]}
    assert {"Iraq", "Nigeria", "Ukraine", "Colombia", "Yemen"} <= names
    for f in doc["features"]:
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                assert len(ring) >= 4
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)


def _shp(rings: list[list[tuple[float, float]]]) -> bytes:
    """A one-record polygon shapefile, written by hand from the ESRI layout."""
    pts = [p for r in rings for p in r]
    parts, n = [], 0
    for r in rings:
        parts.append(n)
        n += len(r)
    content = struct.pack("<i4d2i", 5, 0, 0, 0, 0, len(rings), len(pts))
    content += struct.pack(f"<{len(parts)}i", *parts) + b"".join(struct.pack("<2d", *p) for p in pts)
    header = struct.pack(">i", 9994) + b"\0" * 96
    return header + struct.pack(">ii", 1, len(content) // 2) + content


def _dbf(rows: list[dict[str, str]], widths: dict[str, int]) -> bytes:
    fields = b"".join(name.encode().ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([w]) + b"\0" * 15
                      for name, w in widths.items())
    header_len = 32 + len(fields) + 1
    record_len = 1 + sum(widths.values())
    head = bytes([3, 124, 1, 1]) + struct.pack("<IHH", len(rows), header_len, record_len) + b"\0" * 20
    recs = b"".join(b" " + b"".join(r[k].encode("latin-1").ljust(w) for k, w in widths.items()) for r in rows)
    return head + fields + b"\r" + recs + b"\x1a"


SQUARE = [(10.0, 10.0), (10.0, 20.0), (20.0, 20.0), (20.0, 10.0), (10.0, 10.0)]
HOLE = [(12.0, 12.0), (14.0, 12.0), (14.0, 14.0), (12.0, 14.0), (12.0, 12.0)]


def test_reads_polygons_and_attributes() -> None:
    [shape] = list(read_polygons(_shp([SQUARE, HOLE])))
    assert shape is not None and [list(r) for r in shape.rings] == [SQUARE, HOLE]
    assert read_dbf(_dbf([{"name": "Côte", "iso_a3": "CIV"}], {"name": 20, "iso_a3": 3})) == [{"name": "Côte", "iso_a3": "CIV"}]


def test_build_writes_one_feature_per_country(tmp_path: Path) -> None:
    (tmp_path / "w.shp").write_bytes(_shp([SQUARE, HOLE]))
    (tmp_path / "w.dbf").write_bytes(_dbf([{"name": "Squareland", "iso_a3": "SQL"}], {"name": 20, "iso_a3": 3}))
    assert build_basemap(tmp_path / "w.shp", tmp_path / "out.geojson") == 1
    doc = json.loads((tmp_path / "out.geojson").read_text())
    [feat] = doc["features"]
    assert feat["properties"] == {"name": "Squareland", "iso_a3": "SQL"}
    assert feat["geometry"]["coordinates"] == [[[list(p) for p in SQUARE]], [[list(p) for p in HOLE]]]


def test_simplify_drops_collinear_points_and_keeps_corners() -> None:
    ring = ((0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (2.0, 2.0), (0.0, 0.0))
    assert simplify(ring, 0.05) == [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 0.0)]


coords = st.tuples(st.floats(-180, 180), st.floats(-90, 90))


def _line_distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    norm = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    return abs((y2 - y1) * (x - x1) - (x2 - x1) * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5


@given(st.lists(coords, min_size=3, max_size=40, unique=True), st.floats(0, 5))
def test_simplify_keeps_ends_order_and_tolerance(points: list[tuple[float, float]], tol: float) -> None:
    ring = tuple(points)
    out = simplify(ring, tol)
    assert out[0] == ring[0] and out[-1] == ring[-1]
    kept = [ring.index(p) for p in out]
    assert kept == sorted(kept)
    for a, b in zip(kept, kept[1:]):  # every dropped point lies within the tolerance of its chord
        assert all(_line_distance(ring[i], ring[a], ring[b]) <= tol + 1e-9 for i in range(a + 1, b))
