"""Anchors are kept once per place; the nearest one is the one a scan over every mention's pick finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo.build import haversine_km
from sitrep.geo.resolve import REGION_KM, _anchors, _nearest_anchor
from sitrep.types import Place

# A few towns close together (ties and near-ties), one far away, one sharing a name.
TOWNS = [
    Place("Alpha", 40.0, -83.0, "United States", "US", "OH", 1, "P", "PPL", 5000),
    Place("Beta", 40.5, -83.0, "United States", "US", "OH", 2, "P", "PPL", 5000),
    Place("Gamma", 39.5, -83.0, "United States", "US", "OH", 3, "P", "PPL", 5000),
    Place("Delta", 40.0, -82.0, "United States", "US", "OH", 4, "P", "PPL", 5000),
    Place("Far", 10.0, 20.0, "Chad", "TD", None, 5, "P", "PPL", 5000),
    Place("Alpha", 41.0, -84.0, "United States", "US", "IN", 6, "P", "PPL", 5000),
    Place("Ohio", 40.2, -82.7, "United States", "US", "OH", 7, "A", "ADM1", 11_000_000),
]
picks = st.lists(st.tuples(st.sampled_from(TOWNS + [None]), st.sampled_from([0.5, 1.0, 3.0])), max_size=12)


def brute(i: int, c: Place, picks) -> tuple[float, Place] | None:
    """Every mention's pick in text order; the first of the closest wins."""
    best = None
    for j, (p, margin) in enumerate(picks):
        if p is None or margin < 1.0 or p.feature_code in ("PCLI", "ADM1", "RGN", "CONT"):
            continue
        if j == i or p.name == c.name:
            continue
        d = haversine_km(c.latitude, c.longitude, p.latitude, p.longitude)
        if d <= REGION_KM and (best is None or d < best[0]):
            best = (d, p)
    return best


@settings(max_examples=300, deadline=None)
@given(picks, st.integers(-1, 12), st.sampled_from(TOWNS))
def test_nearest_anchor_matches_a_scan_over_every_pick(ps, i, c):
    assert _nearest_anchor(i, c, _anchors(ps)) == brute(i, c, ps)


def test_a_place_picked_twice_is_one_anchor_and_still_counts_for_its_own_mention():
    alpha, beta = TOWNS[0], TOWNS[1]
    anchors = _anchors([(alpha, 2.0), (alpha, 2.0), (beta, 0.2)])
    assert len(anchors) == 1 and anchors[0].mentions == (0, 1)
    # mention 0 may lean on the same place picked by mention 1
    assert _nearest_anchor(0, beta, anchors)[1] == alpha
    assert _nearest_anchor(0, beta, _anchors([(alpha, 2.0)])) is None
