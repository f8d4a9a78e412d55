"""Which files an input path stands for, and what kind of input each is."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sitrep.errors import InputError

__all__ = ["SIDECAR", "input_kind", "expand_paths"]

SIDECAR = "manifest.jsonl"
_KINDS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
}


def input_kind(path: Path) -> str | None:
    """ "text", "html", "jsonl", "json", "csv", "feed", "warc", "sidecar" or None (not an input)."""
    name = path.name.lower()
    if name == SIDECAR:
        return "sidecar"
    if name.endswith((".warc.gz", ".warc.gzip")):
        return "warc"
    return _KINDS.get(path.suffix.lower())


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Every file the paths stand for (folders recursively, hidden entries skipped), sorted.

    Raises ``InputError`` for a path that does not exist.
    """
    found: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(str(raw), "no such file or directory")
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and not _hidden(f, p))
        else:
            found.add(p)
    return sorted(found)
