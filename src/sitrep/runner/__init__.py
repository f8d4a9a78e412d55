"""Running the pipeline over many articles: extraction in parallel, storing in input order.

Extraction (the expensive, per-article part) runs on an :class:`Executor`: in this process, on a
pool of local processes (all cores), or on a Dask cluster (:mod:`sitrep.runner.dask`). Writing
to the store and merging happen in this process, one transaction per article, in the inputs'
order, so the same inputs give the same event ids on every run whatever the executor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from sitrep.errors import InputError, PipelineError, SitrepError
from sitrep.settings import Settings
from sitrep.types import Article, Event

__all__ = [
    "Executor",
    "LocalExecutor",
    "ProcessExecutor",
    "RunSummary",
    "extract_articles",
    "extract_one",
    "ingest_articles",
    "make_executor",
    "run",
]

# Articles sent to a worker process at a time: large enough to amortise pickling, small enough
# that the progress bar moves (measured on the GVA dev corpus: 8 to 32 give the same throughput).
CHUNK_SIZE = 16

Progress = Callable[[int], None]


@dataclass
class RunSummary:
    inputs: int = 0
    articles_new: int = 0
    # new articles with no publication date from the input, a dateline, a byline or the URL:
    # their relative dates ("on Monday") cannot be placed (see EVENTS.md, "Dates")
    articles_undated: int = 0
    articles_unchanged: int = 0
    duplicates: int = 0
    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    events_created: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)
    events_merged: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class Executor(Protocol):
    """Maps a function over items and yields results in the items' order."""

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]: ...

    def close(self) -> None: ...


class LocalExecutor:
    """Runs in this process."""

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        return map(fn, items)

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A pool of local worker processes."""

    def __init__(self, workers: int):
        import multiprocessing as mp

        self.pool = mp.get_context("spawn").Pool(workers)

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        return self.pool.imap(fn, items, chunksize=CHUNK_SIZE)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


def make_executor(settings: Settings, n_items: int) -> Executor:
    """One process for small jobs; a pool of ``settings.workers`` (0 = all cores) otherwise."""
    import os

    workers = settings.workers or os.cpu_count() or 1
    if workers <= 1 or n_items < 2 * CHUNK_SIZE:
        return LocalExecutor()
    return ProcessExecutor(workers)


@lru_cache(maxsize=4)
def _pipeline(settings: Settings) -> Any:
    """The pipeline of this process (built once per process and settings)."""
    from sitrep.pipeline import Context, Pipeline

    return Pipeline(ctx=Context(settings))


def extract_one(job: tuple[Article, Settings]) -> tuple[str, list[Event] | str]:
    """Events of one article, or an error message (never raises: one bad article stops nothing)."""
    from sitrep.records import draft_to_event
    from sitrep.types import Doc

    article, settings = job
    try:
        doc = _pipeline(settings)(Doc(article))
    except SitrepError as exc:
        return article.id, str(exc)
    except Exception as exc:  # a bug in a stage must not lose the rest of the batch
        return article.id, f"{article.id}: extraction failed: {type(exc).__name__}: {exc}"
    drafts = [d for d in doc.events or () if d.confidence >= settings.min_confidence and _dated(d)]
    return article.id, [draft_to_event(d, article) for d in drafts]


def _dated(draft: Any) -> bool:
    """An event needs a day: with no date in the text and no publication date, none is invented
    (the article is kept; the event is not stored)."""
    return bool(draft.date.value or draft.date.earliest or draft.date.latest)


def _mark_duplicates(articles: list[Article], settings: Settings, seed: Iterable[tuple[str, str, Any]] = ()) -> list[Article]:
    from sitrep.ingest import DuplicateIndex

    index = DuplicateIndex(settings.near_duplicate_threshold)
    for article_id, content_hash, fp in seed:
        if fp is not None:
            index.seed(article_id, content_hash, tuple(fp))
    return [index.add(a) for a in articles]


def extract_articles(articles: Iterable[Article], settings: Settings | None = None,
                     executor: Executor | None = None) -> list[Event]:
    """Stateless: articles in, merged EVENTS.md records out (no database)."""
    from sitrep.merge import merge_events

    settings = settings or Settings()
    arts = _mark_duplicates(list(articles), settings)
    events: list[Event] = []
    for _, result in _extract_all(arts, settings, executor):
        if isinstance(result, str):
            raise PipelineError(result)
        events.extend(result)
    return merge_events(events, {a.id: a for a in arts})


def _extract_all(articles: list[Article], settings: Settings, executor: Executor | None,
                 progress: Progress | None = None) -> Iterator[tuple[str, list[Event] | str]]:
    own = executor is None
    ex = executor or make_executor(settings, len(articles))
    try:
        for out in ex.map(extract_one, [(a, settings) for a in articles]):
            if progress:
                progress(1)
            yield out
    finally:
        if own:
            ex.close()


def ingest_articles(articles: Sequence[Article], store: Any, settings: Settings | None = None,
                    executor: Executor | None = None, progress: Progress | None = None,
                    summary: RunSummary | None = None) -> RunSummary:
    """Extract, merge and store articles; articles already stored with the same text are skipped."""
    from sitrep.ingest import fingerprint
    from sitrep.store.merging import StoreMerger

    settings = settings or Settings()
    summary = summary or RunSummary()
    stored = store.stored_hashes()
    todo = _select_new(articles, stored, summary, progress)
    todo = _mark_duplicates(todo, settings, store.fingerprints())
    merger = StoreMerger()
    by_id = {a.id: a for a in todo}
    for article_id, result in _extract_all(todo, settings, executor, progress):
        article = by_id[article_id]
        if isinstance(result, str):
            summary.errors.append(InputError(article.input_path or article_id, result))
            continue
        written = store.write_article(article, fingerprint(article.text), result, merger)
        summary.articles_new += 1
        summary.articles_undated += article.published is None
        summary.duplicates += article.duplicate_of is not None
        summary.events_created += written.created
        summary.events_updated += written.updated
        summary.events_merged += written.merged
    return summary


def _select_new(articles: Sequence[Article], stored: dict[str, str], summary: RunSummary,
                progress: Progress | None) -> list[Article]:
    todo, seen = [], set()
    for a in articles:
        if a.id in seen:
            summary.errors.append(InputError(a.input_path or a.id, f"article id {a.id!r} appears twice in this batch; kept the first"))
        elif a.id in stored:
            if stored[a.id] != a.content_hash:
                summary.errors.append(InputError(a.input_path or a.id, f"article id {a.id!r} is already stored with different text; give the new version a new id"))
            else:
                summary.articles_unchanged += 1
            if progress:
                progress(1)
        else:
            todo.append(a)
        seen.add(a.id)
    return todo


def run(paths: Sequence[str | Path], store: Any, settings: Settings | None = None,
        executor: Executor | None = None, progress: Progress | None = None,
        country: str | None = None) -> RunSummary:
    """The main job: ingest the inputs, extract, merge, store. ``country`` (ISO alpha-2): the
    country hint of every article whose input gives none."""
    from sitrep.ingest import iter_inputs

    settings = settings or Settings()
    summary = RunSummary()
    articles: list[Article] = []
    for item in iter_inputs(paths, settings):
        summary.inputs += 1
        if isinstance(item, InputError):
            _record_problem(store, item, summary)
        else:
            articles.append(replace(item, country=country) if country and item.country is None else item)
            store.clear_input(item.input_path or item.id)
    return ingest_articles(articles, store, settings, executor, progress, summary)


def _record_problem(store: Any, err: InputError, summary: RunSummary) -> None:
    skipped = err.problem.startswith("skipped")
    (summary.skipped if skipped else summary.errors).append(err)
    store.record_input(err.source, "skipped" if skipped else "error", err.problem)
