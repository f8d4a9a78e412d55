"""Spatial coherence: candidates of different names that lie close together support each other.

Places named in one article usually cluster ("Dublin", "Columbus" and "Franklin County" in Ohio).
Each name spreads a belief over its candidates (a softmax of their prior scores); a candidate's
support is, summed over the other names of the text, the largest belief-weighted closeness of that
name's candidates to it. Closeness is 1 within ``NEAR_KM`` and falls linearly to 0 at ``FAR_KM``.
A second round recomputes beliefs with the support added, so that well-supported readings pull the
rest. Vectorised with numpy: a text has a few hundred candidates at most.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sitrep.types import Place

__all__ = ["coherence", "singled_out"]

# Closeness kernel (km): full within NEAR_KM (a town and its neighbours, a county and its seat), none
# beyond FAR_KM (another state's towns). Calibrated on LGL even articles.
NEAR_KM, FAR_KM = 60.0, 300.0
# Candidates per name taken into account (by prior score); the rest carry negligible belief.
MAX_CANDIDATES = 20
# Belief softmax temperature in prior units (log10 population): 1 means a town ten times more
# populous is e (2.7) times as likely before the text is read.
TEMPERATURE = 2.0
# Weight of support when recomputing beliefs for the second round (prior units per unit support).
ROUND_WEIGHT = 1.5
ROUNDS = 2


def coherence(keys: Sequence[str], cands: Sequence[Sequence[Place]], prior: Callable[[int, Place], float],
              weights: Mapping[str, float] | None = None) -> dict[tuple[str, int], float]:
    """(name key, candidate index) -> support from the other names (0 when none is near).

    ``keys[i]`` and ``cands[i]`` are a mention's name key and candidates; ``prior(i, place)`` its score;
    ``weights`` scales the support a name gives (1 when not listed).
    """
    import numpy as np

    rows = _rows(keys, cands, prior)
    if len({r[0] for r in rows}) < 2:
        return {}
    key_ids = {k: n for n, k in enumerate(dict.fromkeys(r[0] for r in rows))}
    kid = np.array([key_ids[r[0]] for r in rows])
    lat = np.radians([r[2].latitude for r in rows])
    lon = np.radians([r[2].longitude for r in rows])
    score = np.array([r[3] for r in rows])
    close = _closeness(lat, lon)
    weight = np.array([(weights or {}).get(k, 1.0) for k in key_ids])
    related = _unrelated(list(key_ids))[kid]
    starts = np.flatnonzero(np.r_[True, kid[1:] != kid[:-1]])  # rows come grouped by name
    support = np.zeros(len(rows))
    for _ in range(ROUNDS):
        belief = _beliefs(score + ROUND_WEIGHT * support, kid, starts)
        support = _support(close, belief, kid, starts, related) @ weight
    return {(r[0], r[1]): float(s) for r, s in zip(rows, support) if s > 0}


def _rows(keys, cands, prior, limit: int = MAX_CANDIDATES) -> list[tuple[str, int, Place, float]]:
    rows, seen = [], set()
    for i, (k, cs) in enumerate(zip(keys, cands)):
        if k in seen:
            continue
        seen.add(k)
        scored = sorted(((prior(i, c), j) for j, c in enumerate(cs) if c.latitude is not None), reverse=True)
        rows.extend((k, j, cs[j], s) for s, j in scored[:limit])
    return rows


def _unrelated(keys: list[str]):
    """keys x keys: 0 where one name holds the other ("north arlington", "arlington"), which tell of one
    place and must not vouch for each other's reading; else 1."""
    import numpy as np

    out = np.ones((len(keys), len(keys)))
    padded = [f" {k} " for k in keys]
    for a, ka in enumerate(padded):
        for b, kb in enumerate(padded):
            if a != b and kb in ka:
                out[a, b] = out[b, a] = 0.0
    return out


def _closeness(lat, lon):
    import numpy as np

    km = _km(lat, lon)
    return np.clip((FAR_KM - km) / (FAR_KM - NEAR_KM), 0.0, 1.0)


def _beliefs(score, kid, starts):
    """Softmax of the scores within each name's rows (``starts``: where each name's rows begin).

    One slice per name (the rows of a name are contiguous): the same sums, to the bit, as before."""
    import numpy as np

    out = np.empty_like(score)
    for a, b in zip(starts, [*starts[1:], len(score)]):
        z = np.exp((score[a:b] - score[a:b].max()) / TEMPERATURE)
        out[a:b] = z / z.sum()
    return out


def _support(close, belief, kid, starts, related):
    """Per candidate and name: the name's best belief-weighted closeness (0 for the candidate's own name)."""
    import numpy as np

    per_key = np.maximum.reduceat(close * belief[None, :], starts, axis=1)
    per_key[np.arange(len(kid)), kid] = 0.0  # a name does not support itself
    return per_key * related


# Pair evidence: two names with candidates this close (km) tell of places next to each other (a town
# and the county it is seat of lie within this; two towns of one county usually do).
PAIR_KM = 40.0
# A name singles out a candidate of another name when at most this many of that name's candidates
# have a candidate of it within PAIR_KM ("Paris" and "Henry County": only Paris, Tennessee).
PAIR_MAX_MATCHES = 2
# Candidates per name taken into account (by prior score): enough for "Richmond" or "Springfield".
PAIR_CANDIDATES = 40
_BROAD = frozenset({"PCLI", "ADM1", "CONT", "RGN", "TERR"})


def singled_out(keys: Sequence[str], cands: Sequence[Sequence[Place]],
                prior: Callable[[int, Place], float],
                silent: frozenset[str] = frozenset()) -> dict[tuple[str, int], float]:
    """(name key, candidate index) -> how strongly the other names single this candidate out.

    For each pair of distinct names A and B, the candidates of A lying within ``PAIR_KM`` of some
    candidate of B are found; when there are at most ``PAIR_MAX_MATCHES`` of them, each gets
    1 / their number from B. Countries and first-level divisions take no part (their centre says
    little about which town is meant); names holding one another never vouch for each other; the
    names in ``silent`` single out nothing (they may still be singled out).
    """
    import numpy as np

    rows = [r for r in _rows(keys, cands, prior, PAIR_CANDIDATES) if r[2].feature_code not in _BROAD]
    key_ids = {k: n for n, k in enumerate(dict.fromkeys(r[0] for r in rows))}
    if len(key_ids) < 2:
        return {}
    kid = np.array([key_ids[r[0]] for r in rows])
    lat = np.radians([r[2].latitude for r in rows])
    lon = np.radians([r[2].longitude for r in rows])
    near = _km(lat, lon) <= PAIR_KM
    near &= _unrelated(list(key_ids))[kid][:, kid] > 0
    # Every pair of names at once (speed; one pass over the names before): rows x names, whether the
    # row lies near a candidate of that name, and names x names, how many of a name's rows do so. The
    # shares are 1 or 1/2, so their sums are exact in any order.
    starts = np.flatnonzero(np.r_[True, kid[1:] != kid[:-1]])  # rows come grouped by name
    by_name = np.logical_or.reduceat(near, starts, axis=1)
    by_name[np.arange(len(kid)), kid] = False  # a name does not single out its own candidates
    by_name &= np.array([key not in silent for key in key_ids])[None, :]
    counts = np.add.reduceat(by_name.astype(np.int64), starts, axis=0)[kid]
    shares = np.where(by_name & (counts <= PAIR_MAX_MATCHES), 1.0 / np.maximum(counts, 1), 0.0).sum(axis=1)
    return {(rows[i][0], rows[i][1]): float(shares[i]) for i in np.flatnonzero(shares)}


def _km(lat, lon):
    import numpy as np

    dlat = lat[:, None] - lat[None, :]
    dlon = lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
