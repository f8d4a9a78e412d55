"""The bundled examples: eight English articles with metadata, written in our own words."""

from __future__ import annotations

import re
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs
from sitrep.types import Article


def test_examples_ingest_cleanly(examples_dir: Path) -> None:
    items = list(iter_inputs([examples_dir]))
    assert not [x for x in items if isinstance(x, InputError)]
    arts = [x for x in items if isinstance(x, Article)]
    assert 6 <= len(arts) <= 8
    for art in arts:
        assert art.origin == {"title": "sidecar", "url": "none", "source": "sidecar", "published": "sidecar"}
        assert (
            art.source and art.source.startswith("sitrep example") and art.published and art.language == "en"
        )
        assert 150 <= len(art.text.split()) <= 400, art.id
        assert art.duplicate_of is None


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if len(s.split()) >= 8}


def test_no_seed_sentence_appears_in_the_examples(seeds_dir: Path, examples_dir: Path) -> None:
    seed_sentences = set().union(
        *(_sentences(p.read_text(encoding="utf-8")) for p in seeds_dir.glob("*.txt"))
    )
    for path in examples_dir.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert not [s for s in seed_sentences if s in text], path.name
