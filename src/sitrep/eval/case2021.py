"""CASE-2021 task 2 snippets: one gold ACLED sub-event type each (or a non-event code).

The prediction for a snippet is the sub-event type of its highest-confidence draft, or "none".
Snippets carry no date: a fixed placeholder publication day lets dates resolve (dates are not
scored here). Also reports accuracy by confidence bucket, to show the confidence is calibrated.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

from sitrep.eval import evaluation

__all__ = ["CODE_TO_SUB", "NON_EVENT_CODES", "in_half", "load_snippets", "macro_f1", "score_case2021"]

CODE_TO_SUB: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}
NON_EVENT_CODES = frozenset({"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"})
NONE = "none"
# Placeholder publication day for undated snippets (only so that relative dates resolve).
PLACEHOLDER_PUBLISHED = date(2020, 1, 15)
# Upper bounds of the confidence buckets reported as acc_conf_<bound>.
CONFIDENCE_BUCKETS = (0.6, 0.7, 0.8, 0.9, 1.01)


def in_half(item_id: str, half: str | None) -> bool:
    """Development split by a hash of the item id: rules are tuned on the "even" half and
    confirmed on the "odd" one (``None``: every item). The first byte of the SHA-1 is used: the
    ACLED dev records all share the parity of the last one (they were themselves split by it)."""
    if half is None:
        return True
    import hashlib

    parity = hashlib.sha1(item_id.encode("utf-8")).digest()[0] % 2
    return parity == {"even": 0, "odd": 1}[half]


def load_snippets(path: Path) -> list[tuple[str, str, str]]:
    """(id, text, gold sub-event type or 'none') per row."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for row in rows[1:]:
        if len(row) >= 3:
            code = row[-1].strip()
            out.append((row[0], "\t".join(row[1:-1]), CODE_TO_SUB.get(code, NONE)))
    return out


def macro_f1(gold: list[str], pred: list[str], labels: set[str]) -> float:
    f1s = []
    for lab in sorted(labels):
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def _bucket_scores(confs: list[float | None], right: list[bool]) -> dict[str, float]:
    out, lo = {}, 0.0
    for hi in CONFIDENCE_BUCKETS:
        hits = [r for c, r in zip(confs, right) if c is not None and lo <= c < hi]
        key = f"{min(hi, 1.0):.1f}"
        out[f"n_conf_{key}"] = float(len(hits))
        out[f"acc_conf_{key}"] = sum(hits) / len(hits) if hits else 0.0
        lo = hi
    return out


def _is_event_scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    tp = sum(g != NONE and p != NONE for g, p in zip(gold, pred))
    fp = sum(g == NONE and p != NONE for g, p in zip(gold, pred))
    fn = sum(g != NONE and p == NONE for g, p in zip(gold, pred))
    return {
        "event_precision": tp / (tp + fp) if tp + fp else 0.0,
        "event_recall": tp / (tp + fn) if tp + fn else 0.0,
    }


def predict(snippets: list[tuple[str, str, str]]) -> tuple[list[str], list[float | None]]:
    from sitrep.events.runner import EventRunner, best_draft, text_article

    runner = EventRunner()
    preds, confs = [], []
    for sid, text, _gold in snippets:
        best = best_draft(runner.doc(text_article(f"case-{sid}", text, PLACEHOLDER_PUBLISHED)))
        preds.append(best.sub_event_type if best else NONE)
        confs.append(best.confidence if best else None)
    return preds, confs


@evaluation("case2021", needs=("data/case2021-dev/snippets.tsv",))
def score_case2021(root: Path, limit: int | None = None, half: str | None = None) -> dict[str, float]:
    snippets = load_snippets(root / "data" / "case2021-dev" / "snippets.tsv")
    snippets = [s for s in snippets if in_half(s[0], half)][:limit]
    gold = [g for _, _, g in snippets]
    pred, confs = predict(snippets)
    right = [g == p for g, p in zip(gold, pred)]
    out = {
        "n": float(len(gold)),
        "accuracy": sum(right) / len(right) if right else 0.0,
        "macro_f1": macro_f1(gold, pred, set(CODE_TO_SUB.values()) | {NONE}),
    }
    out.update(_is_event_scores(gold, pred))
    out.update(_bucket_scores(confs, right))
    return out


def confusion(gold: list[str], pred: list[str]) -> Counter[tuple[str, str]]:
    """(gold, predicted) pairs that disagree, most common first (for development)."""
    return Counter((g, p) for g, p in zip(gold, pred) if g != p)
