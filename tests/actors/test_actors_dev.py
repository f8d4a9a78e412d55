"""Actor roles measured on ACLED's own notes (../shared/data/acled-nigeria-dev), pinned as floors.

Each note is one evidence span; its pre-2019 event type is mapped to today's type, the country is
Nigeria, and ``assign_actors``' names are compared with ACTOR1/ACTOR2 after dropping ACLED's regime
years ("Military Forces of Nigeria (2010-2015)") and reading every Boko Haram faction name as Boko
Haram. Riots/Protests are left out: the old type does not say which of the two it was.

Measured 2026-11: actor1 0.691, actor2 0.711 on 1,045 notes. Floors leave ~2 points for drift.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import shared_path

from sitrep.actors.roles import assign_actors
from sitrep.types import Article, Doc, Sentence

ACTOR1_FLOOR = 0.67
ACTOR2_FLOOR = 0.69

OLD_TYPES = {
    "Battle-No change of territory": ("Battles", "Armed clash"),
    "Battle-Non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "Battle-Government regains territory": ("Battles", "Government regains territory"),
    "Violence against civilians": ("Violence against civilians", "Attack"),
    "Remote violence": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "Strategic development": ("Strategic developments", "Other"),
    "Non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "Headquarters or base established": ("Strategic developments", "Headquarters or base established"),
}


def norm(name: str | None) -> str:
    n = re.sub(r"\s*\(\d{4}-(?:\d{4})?\)", "", name or "").lower()
    if n.startswith(("boko haram", "islamic state west africa")):
        return "boko haram"
    return re.sub(r"[^a-z0-9() ]", "", n).strip()


def role_accuracy(path: Path) -> tuple[float, float, int]:
    feats = json.loads(path.read_text(encoding="utf-8"))["features"]
    n = ok1 = ok2 = 0
    for f in feats:
        p = f["properties"]
        if p["EVENT_TYPE"] not in OLD_TYPES:
            continue
        text = p["NOTES"] or ""
        doc = Doc(Article("note", text, "h"), sentences=(Sentence(0, len(text), text),))
        a1, a2, _ = assign_actors(doc, [(0, len(text))], *OLD_TYPES[p["EVENT_TYPE"]], "Nigeria")
        n += 1
        ok1 += norm(a1.name) == norm(p["ACTOR1"])
        ok2 += norm(a2.name if a2 else "") == norm(p["ACTOR2"])
    return ok1 / n, ok2 / n, n


@pytest.mark.slow
def test_acled_notes_actor_roles():
    acc1, acc2, n = role_accuracy(shared_path("data", "acled-nigeria-dev", "events.geojson"))
    print(f"ACLED Nigeria notes ({n}): actor1 {acc1:.3f}  actor2 {acc2:.3f}")
    assert acc1 >= ACTOR1_FLOOR
    assert acc2 >= ACTOR2_FLOOR
