"""Speed rewrites of ``sitrep.geo.coherence`` give the very same results as the loops they replace
(the reference implementations below are the previous code, kept here as the oracle)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import coherence as coh
from sitrep.types import Place


def _singled_out_reference(keys, cands, prior, silent=frozenset()):
    rows = [r for r in coh._rows(keys, cands, prior, coh.PAIR_CANDIDATES) if r[2].feature_code not in coh._BROAD]
    key_ids = {k: n for n, k in enumerate(dict.fromkeys(r[0] for r in rows))}
    if len(key_ids) < 2:
        return {}
    kid = np.array([key_ids[r[0]] for r in rows])
    lat = np.radians([r[2].latitude for r in rows])
    lon = np.radians([r[2].longitude for r in rows])
    near = coh._km(lat, lon) <= coh.PAIR_KM
    near &= coh._unrelated(list(key_ids))[kid][:, kid] > 0
    out = {}
    for key, b in key_ids.items():
        if key in silent:
            continue
        hits = near[:, kid == b].any(axis=1) & (kid != b)
        for a in np.unique(kid[hits]):
            idx = np.flatnonzero(hits & (kid == a))
            if len(idx) <= coh.PAIR_MAX_MATCHES:
                for i in idx:
                    out[(rows[i][0], rows[i][1])] = out.get((rows[i][0], rows[i][1]), 0.0) + 1.0 / len(idx)
    return out


_NAMES = ["paris", "north paris", "bor", "goma", "beni", "kidal", "gao", "aleppo", "idlib", "jenin"]
_CODES = ["PPL", "PPLA", "ADM2", "ADM1", "PCLI", "PPLC"]


@st.composite
def _texts(draw):
    """Mentions over a small area (so that many candidates lie within the pair and closeness radii)."""
    n = draw(st.integers(1, 7))
    keys = [draw(st.sampled_from(_NAMES)) for _ in range(n)]
    cands = []
    for _ in range(n):
        k = draw(st.integers(0, 6))
        cs = []
        for _ in range(k):
            lat = draw(st.one_of(st.none(), st.floats(10.0, 12.5)))
            lon = draw(st.floats(20.0, 22.5))
            cs.append(Place("x", lat, lon, "C", "CC", feature_class="P", feature_code=draw(st.sampled_from(_CODES)),
                            population=draw(st.integers(0, 10**6))))
        cands.append(cs)
    silent = frozenset(draw(st.lists(st.sampled_from(_NAMES), max_size=3)))
    return keys, cands, silent


def _prior(i, c):
    return np.log10(c.population + 1) + 0.1 * (i % 3)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_singled_out_equals_the_loop_over_names(case):
    keys, cands, silent = case
    assert coh.singled_out(keys, cands, _prior, silent) == _singled_out_reference(keys, cands, _prior, silent)


def test_singled_out_still_picks_the_one_near_candidate():
    # two names: "paris" has one candidate near "henry county"'s, one far away; the near one is singled out
    near = Place("Paris", 36.30, -88.32, "United States", "US", feature_class="P", feature_code="PPLA2")
    far = Place("Paris", 48.85, 2.35, "France", "FR", feature_class="P", feature_code="PPLC")
    county = Place("Henry County", 36.33, -88.30, "United States", "US", feature_class="A", feature_code="ADM2")
    out = coh.singled_out(["paris", "henry county"], [[near, far], [county]], lambda i, c: 0.0)
    assert out == {("paris", 0): 1.0, ("henry county", 0): 1.0}
