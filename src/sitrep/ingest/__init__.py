"""Ingest: files, folders, corpora, feeds and web archives in; clean, dated, deduplicated articles out.

    for item in iter_inputs(["news/", "crawl.warc.gz"]):
        if isinstance(item, InputError): report(item)        # bad or skipped input, named
        else: process(item)                                   # an Article

Where the rules live: ``readers.py`` (formats and their errors; corpus field names of common tools),
``page.py`` (web pages before text extraction: boxes that are not the story, what a page declares,
junk pages), ``liveblog.py`` (a live blog read entry by entry), ``clean.py`` (page furniture),
``header.py`` (datelines, bylines, headlines), ``lang.py`` (language), ``dedup.py`` (copies), and
the data files in ``sitrep/data/ingest``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.build import article_from_html, article_from_text, articles_from_html, parse_published
from sitrep.ingest.dedup import DuplicateIndex, Fingerprint, fingerprint, mark_duplicates, similarity
from sitrep.ingest.files import expand_paths, input_kind
from sitrep.ingest.readers import Sidecars, one_line, read_file
from sitrep.settings import Settings
from sitrep.types import Article

__all__ = [
    "DuplicateIndex",
    "Fingerprint",
    "article_from_html",
    "article_from_text",
    "articles_from_html",
    "fingerprint",
    "iter_inputs",
    "mark_duplicates",
    "parse_published",
    "similarity",
]


def iter_inputs(
    paths: Sequence[str | Path], settings: Settings | None = None, *, dedup: bool = True
) -> Iterator[Article | InputError]:
    """Every article in the inputs, in a deterministic order (sorted paths, then corpus order),
    or an ``InputError`` for each bad input; never raises for a bad input (raises ``InputError``
    only if a given path does not exist, before anything is read).

    Articles in another language than ``settings.language`` come out as an ``InputError`` whose
    problem starts with "skipped:". With ``dedup`` (the default) copies of an earlier article of the
    same run are marked (``duplicate_of``/``duplicate_kind``), never dropped.
    """
    settings = settings or Settings()
    if isinstance(paths, (str, Path)):  # one path given bare, not in a list
        paths = [paths]
    files = expand_paths(paths)
    explicit = {Path(p) for p in paths}
    return _iterate(files, explicit, settings, dedup)


def _iterate(
    files: list[Path], explicit: set[Path], settings: Settings, dedup: bool
) -> Iterator[Article | InputError]:
    sidecars = Sidecars()
    index = DuplicateIndex(settings.near_duplicate_threshold) if dedup else None
    for path in files:
        kind = input_kind(path)
        if kind == "sidecar":
            if path in explicit:
                yield InputError(
                    str(path), "skipped: a sidecar (metadata for the .txt/.html files beside it)"
                )
            continue
        if kind is None:
            if path in explicit:  # other files inside a folder (README.md, images) are ignored
                yield InputError(
                    str(path), f"skipped: not a supported input type ({path.suffix or 'no extension'})"
                )
            continue
        for loc, item in _guarded(read_file(path, kind, sidecars, settings), str(path)):
            yield _finish(loc, item, settings, index)


def _guarded(
    items: Iterator[tuple[str, Article | InputError]], source: str
) -> Iterator[tuple[str, Article | InputError]]:
    """The reader's items; an unexpected failure ends that input with one error, not the run."""
    try:
        yield from items
    except Exception as exc:  # a library failing on a hostile input must not stop the others
        yield source, InputError(source, one_line(f"cannot read: {type(exc).__name__}: {exc}"))


def _finish(
    loc: str, item: Article | InputError, settings: Settings, index: DuplicateIndex | None
) -> Article | InputError:
    if isinstance(item, InputError):
        return item
    if item.language and item.language != settings.language:
        return InputError(loc, f"skipped: language {item.language} not supported (only {settings.language})")
    return index.add(item) if index is not None else item
