"""Near-copies on real web scrapes (GVA dev set, read from ../shared at run time)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs
from sitrep.types import Article


def _body(a: Article) -> str:
    """The text without the headline ingest put in front of it."""
    return a.text.split("\n\n", 1)[-1] if "headline" in a.origin else a.text


@pytest.mark.slow
def test_gva_corpus_duplicates_stay_within_incidents(shared: Path) -> None:
    folder = shared / "data" / "gva-dev"
    if not folder.exists():
        pytest.skip(f"development data not found: {folder}")
    incidents = defaultdict(set)
    for line in (folder / "incidents.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        for aid in rec["article_ids"]:
            incidents[aid].add(rec["incident_id"])
    items = list(iter_inputs([folder / "articles.jsonl"]))
    arts = [x for x in items if isinstance(x, Article)]
    errors = [x for x in items if isinstance(x, InputError)]
    assert len(arts) > 1900 and len(errors) < 80
    near = [a for a in arts if a.duplicate_kind == "near"]
    by_id = {a.id: a for a in arts}
    # measured: 27 near copies at threshold 0.8 since headlines lead the text (8 before); every
    # one shares an incident with its original, is a page of site boilerplate (login walls), or has
    # its original's body under another headline (title + the same furniture page)
    assert len(near) >= 5
    assert all(
        incidents[a.id] & incidents[a.duplicate_of]
        or "verification email" in a.text
        or "Sign in" in a.text
        or _body(a) == _body(by_id[a.duplicate_of])
        for a in near
    )


@pytest.mark.slow
def test_gva_dates_read_from_datelines_and_bylines_match_the_corpus(shared: Path) -> None:
    from datetime import date

    from sitrep.ingest.clean import normalize_lines
    from sitrep.ingest.header import find_header_meta

    path = shared / "data" / "gva-dev" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"development data not found: {path}")
    found = close = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        meta = find_header_meta(normalize_lines(rec["text"]))
        if meta.published and rec.get("published"):
            found += 1
            close += abs((meta.published - date.fromisoformat(rec["published"][:10])).days) <= 1
    # measured: 54 articles dated by their own header, 49 within a day of the corpus date (0.91);
    # the rest are update stamps and comment dates on pages whose original date is gone
    assert found >= 45 and close / found >= 0.85
