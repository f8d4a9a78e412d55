"""Death counts measured on development data (../shared/data), pinned as floors.

* GVDB dev (400 scraped local news articles): the article's toll (``fatalities_for`` over the whole
  text, None read as 0) against the number of annotated victims marked "killed".
* ACLED Nigeria notes (1,819 coder notes): the note's toll against FATALITIES.

Measured 2026-11 (see the report): GVDB 0.8725, ACLED notes 0.777. The floors leave ~1.5 points
for harmless drift; a change that lowers them must say so.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from conftest import shared_path

from sitrep.events.counts import fatalities_for, find_quantities
from sitrep.types import Article, Doc

GVDB_FLOOR = 0.855
ACLED_NOTES_FLOOR = 0.76


def _toll(text: str, sentences=()) -> int:
    doc = Doc(
        Article("dev", text, "h"),
        sentences=tuple(sentences),
        quantities=find_quantities(text, tuple(sentences)),
    )
    value = fatalities_for(doc, [(0, len(text))])[0]
    return value or 0


def gvdb_accuracy(path: Path) -> float:
    from sitrep.nlp.sentences import blank_english, split_sentences

    csv.field_size_limit(sys.maxsize)
    nlp = blank_english(None)
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    hits = 0
    for r in rows:
        victims = json.loads(r["Json"]).get("victim-section", [])
        gold = sum(1 for v in victims if "killed" in v.get("victim-was", []))
        text = r["Full text"]
        hits += _toll(text, split_sentences(text, nlp)) == gold
    return hits / len(rows)


def acled_notes_accuracy(path: Path) -> float:
    feats = json.loads(path.read_text(encoding="utf-8"))["features"]
    hits = sum(_toll(f["properties"]["NOTES"] or "") == f["properties"]["FATALITIES"] for f in feats)
    return hits / len(feats)


@pytest.mark.slow
def test_gvdb_killed_count_accuracy():
    acc = gvdb_accuracy(shared_path("data", "gvdb-dev", "dev.tsv"))
    print(f"GVDB dev killed-count exact match: {acc:.4f}")
    assert acc >= GVDB_FLOOR


@pytest.mark.slow
def test_acled_notes_fatalities_accuracy():
    acc = acled_notes_accuracy(shared_path("data", "acled-nigeria-dev", "events.geojson"))
    print(f"ACLED Nigeria notes fatalities exact match: {acc:.4f}")
    assert acc >= ACLED_NOTES_FLOOR
