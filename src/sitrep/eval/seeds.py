"""The seed articles against their hand-coded gold events, and the reusable event matcher.

A predicted event matches a gold event when it cites one of the gold's documents and either
shares its evidence (the gold's evidence words sit in the prediction's evidence) or agrees on
the label, the place (within ``PLACE_KM``) and the date window. Matching is one-to-one, best
agreement first. Gold events with ``required: false`` are neither rewarded nor penalised.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.eval import evaluation
from sitrep.types import Event

__all__ = ["Matching", "field_checks", "load_gold", "match_events", "predict_events", "score_seeds"]

# ACLED's tolerance for "the same place" in these evaluations.
PLACE_KM = 50.0
# Share of the gold evidence's words that must appear in the prediction's evidence.
EVIDENCE_OVERLAP = 0.6
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
_WORDS = re.compile(r"[a-z0-9']+")
_ACTOR_SUFFIX = re.compile(r"\s*\((?:[^()]*)\)\s*$")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.translate(_QUOTES).lower())


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _evidence_shared(pred: Event, gold: dict[str, Any]) -> bool:
    want = _words(gold.get("evidence") or "")
    if not want:
        return False
    for src in pred.sources:
        if src.article_id in gold["docs"]:
            have = set(_words(src.evidence))
            if sum(w in have for w in want) >= EVIDENCE_OVERLAP * len(want):
                return True
    return False


def _label(pred: Event) -> str:
    return f"{pred.event_type}: {pred.sub_event_type}"


def place_ok(pred: Event, loc: dict[str, Any] | None) -> bool:
    if loc is None:
        return True
    if pred.latitude is not None and pred.longitude is not None and loc.get("lat") is not None:
        return km(pred.latitude, pred.longitude, loc["lat"], loc["lon"]) <= PLACE_KM
    return bool(pred.location) and pred.location.casefold() == str(loc.get("name", "")).casefold()


def date_ok(pred: Event, gold: dict[str, Any]) -> bool:
    lo, hi = gold["date_window"]
    return bool(pred.event_date) and lo <= pred.event_date <= hi


def _actor(name: str | None) -> str:
    return _ACTOR_SUFFIX.sub("", name or "").strip().casefold()


def field_checks(pred: Event, gold: dict[str, Any]) -> dict[str, bool]:
    """Which fields of a matched prediction agree with the gold."""
    fat_ok = gold.get("fatalities_ok") or []
    actors = [_actor(a) for a in gold.get("actor1") or []]
    claims = {gold.get("claim_status")} | set(gold.get("claim_status_ok") or [])
    return {
        "type": any(lbl.split(":")[0] == pred.event_type for lbl in gold["labels"]),
        "labels": _label(pred) in gold["labels"],
        "place": place_ok(pred, gold.get("location")),
        "date": date_ok(pred, gold),
        "fatalities": pred.fatalities in fat_ok if fat_ok else pred.fatalities is None,
        "actor1": not actors or _actor(pred.actor1) in actors,
        "claim": pred.claim_status in claims,
    }


def _cites(pred: Event, gold: dict[str, Any]) -> bool:
    return any(s.article_id in gold["docs"] for s in pred.sources)


def _eligible(pred: Event, gold: dict[str, Any]) -> tuple[bool, float]:
    if not _cites(pred, gold):
        return False, 0.0
    checks = field_checks(pred, gold)
    shared = _evidence_shared(pred, gold)
    agree = checks["labels"] and checks["place"] and checks["date"]
    return shared or agree, 2.0 * shared + sum(checks.values())


@dataclass(frozen=True)
class Matching:
    pairs: tuple[tuple[int, int], ...]  # (prediction, gold) indices, required gold only
    ignored: tuple[int, ...]  # predictions that match only optional gold events
    false_positives: tuple[int, ...]
    missed: tuple[int, ...]  # required gold events nobody matched
    checks: tuple[dict[str, bool], ...]  # per pair, field agreement

    def scores(self) -> dict[str, float]:
        tp, fp, fn = len(self.pairs), len(self.false_positives), len(self.missed)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": float(tp),
            "fp": float(fp),
            "fn": float(fn),
            "ignored": float(len(self.ignored)),
        }
        for name in ("type", "labels", "place", "date", "fatalities", "actor1", "claim"):
            out[f"acc_{name}"] = sum(c[name] for c in self.checks) / len(self.checks) if self.checks else 0.0
        return out


def match_events(pred: Sequence[Event], gold: Sequence[dict[str, Any]]) -> Matching:
    """One-to-one matching of predicted events to gold events (format of shared/README.md)."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ok, score = _eligible(p, g)
            if ok:
                cands.append((score, i, j))
    used_p, used_g, pairs = set(), set(), []
    for _score, i, j in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g and gold[j].get("required", True):
            used_p.add(i), used_g.add(j), pairs.append((i, j))
    optional = {i for _s, i, j in cands if not gold[j].get("required", True)}
    ignored = tuple(sorted(optional - used_p))
    fps = tuple(i for i in range(len(pred)) if i not in used_p and i not in optional)
    missed = tuple(j for j, g in enumerate(gold) if g.get("required", True) and j not in used_g)
    pairs.sort()
    checks = tuple(field_checks(pred[i], gold[j]) for i, j in pairs)
    return Matching(tuple(pairs), ignored, fps, missed, checks)


def predict_events(paths: Sequence[Path], limit: int | None = None) -> tuple[list[Event], dict[str, float]]:
    """Ingest, extract and (when the merge module is there) merge; also says what was missing."""
    from sitrep.errors import InputError
    from sitrep.events.runner import EventRunner
    from sitrep.ingest import iter_inputs
    from sitrep.records import draft_to_event

    runner = EventRunner()
    articles = [a for a in iter_inputs(list(paths)) if not isinstance(a, InputError)][:limit]
    events = [draft_to_event(d, doc.article) for doc in runner.docs(articles) for d in doc.events or ()]
    merged = _merge(events, {a.id: a for a in articles})
    info = {
        "articles": float(len(articles)),
        "merged": float(merged is not None),
        "stages_missing": float(len(runner.missing)),
    }
    return (merged if merged is not None else events), info


def _merge(events: list[Event], articles: Mapping[str, Any]) -> list[Event] | None:
    try:
        from sitrep.merge import merge_events
    except ImportError:
        return None
    return merge_events(events, articles)


@evaluation("seeds", needs=("seeds", "gold/seeds.events.jsonl"))
def score_seeds(root: Path, limit: int | None = None) -> dict[str, float]:
    events, info = predict_events([root / "seeds"], limit)
    gold = load_gold(root / "gold" / "seeds.events.jsonl")
    if limit is not None:
        ids = {s.article_id for e in events for s in e.sources}
        gold = [g for g in gold if set(g["docs"]) & ids]
    out = match_events(events, gold).scores()
    out.update(info, predicted=float(len(events)))
    return out
