"""The seed articles (read from ../shared at run time): junk gone, dates found, sidecar used."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sitrep.ingest import iter_inputs
from sitrep.types import Article

JUNK = (
    "Accessibility links",
    "Breaking News",
    "please wait",
    "No media source currently available",
    "Direct link",
    "0:00 0:03",
    "Getty Images",
    "follow @",
    "Posted at",
    "last updated",
    "12:45 |",
)


def _seed_articles(folder: Path) -> dict[str, Article]:
    return {a.id: a for a in iter_inputs([folder]) if isinstance(a, Article)}


def test_seeds_with_sidecar(seeds_dir: Path) -> None:
    arts = _seed_articles(seeds_dir)
    assert len(arts) == 5
    for art in arts.values():
        assert art.origin["source"] == "sidecar" and art.language == "en" and art.duplicate_of is None
        assert not any(j in art.text for j in JUNK), art.id
        lines = [ln for ln in art.text.split("\n") if ln]
        assert len(lines) == len(set(lines)), f"{art.id} keeps a duplicated line"
    cnn = next(a for a in arts.values() if a.source == "CNN")
    assert cnn.published == date(2014, 6, 23) and cnn.origin["published"] == "sidecar"


def test_seeds_without_manifest_use_dateline_and_byline(seeds_dir: Path, tmp_path: Path) -> None:
    for f in seeds_dir.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    arts = _seed_articles(tmp_path)
    cnn = next(a for a in arts.values() if "(CNN," in a.text)
    assert (cnn.published, cnn.origin["published"]) == (date(2014, 6, 23), "dateline")
    assert (cnn.source, cnn.origin["source"]) == ("CNN", "dateline")
    stamped = next(a for a in arts.values() if a.origin["published"] == "byline")
    assert stamped.published == date(2014, 6, 24)
    undated = [a for a in arts.values() if a.published is None]
    assert len(undated) == 3  # two editorials and an article whose only dates are in its body
    assert all(a.title and a.origin["title"] == "headline" for a in arts.values())


def _plain_quotes(s: str) -> str:
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def test_cleaning_keeps_every_gold_evidence_sentence(seeds_dir: Path, shared: Path) -> None:
    import json

    arts = _seed_articles(seeds_dir)
    gold = [
        json.loads(x)
        for x in (shared / "gold" / "seeds.events.jsonl").read_text(encoding="utf-8").splitlines()
        if x
    ]
    for event in gold:
        evidence = _plain_quotes(event["evidence"])
        assert any(evidence in _plain_quotes(arts[d].text) for d in event["docs"]), event["id"]
