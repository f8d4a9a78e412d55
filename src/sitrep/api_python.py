"""The Python API behind ``sitrep.extract`` and ``sitrep.open_store``, and event queries as
records or pandas DataFrames.

    >>> import sitrep
    >>> events = sitrep.extract("Troops clashed with rebels near Goma on Sunday.")   # doctest: +SKIP
    >>> store = sitrep.open_store("sitrep.db")                                         # doctest: +SKIP
    >>> frame = events_frame(store, country="Iraq", since="2014-06-01")                # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError, InputError, SitrepError
from sitrep.query import EventQuery
from sitrep.settings import Settings
from sitrep.types import Article, Event

__all__ = [
    "FRAME_DATE_COLUMNS",
    "as_articles",
    "events_frame",
    "extract",
    "open_store",
    "query",
    "records",
    "store_events_frame",
    "text_article",
]

# Record fields turned into pandas datetimes in a DataFrame (the rest keep the record's types).
FRAME_DATE_COLUMNS = ("event_date", "date_earliest", "date_latest")
# Raw texts get the id "text-" + this many hex digits of the SHA-1 of the text: stable across runs.
TEXT_ID_DIGITS = 12
_ARTICLE_KEYS = ("id", "text", "html", "title", "url", "source", "published", "language")


# ---- extraction ---------------------------------------------------------------------------
def extract(inputs: Any, **settings: Any) -> list[Event]:
    """Articles in, merged event records out; nothing is stored.

    ``inputs`` is one item or an iterable of items, each a path (``Path``, or a ``str`` naming an
    existing file or folder: ``.txt``, ``.html``, ``.jsonl`` ...), an :class:`Article`, a mapping
    like a corpus line (``{"id": ..., "text": ...}``) or any other ``str`` (an article's text).
    ``settings`` are :class:`Settings` fields (``min_confidence=0.3``, ``workers=2`` ...); pass
    ``config="sitrep.toml"`` to start from a config file. A bad input raises :class:`InputError`.
    """
    from sitrep.runner import extract_articles

    config = settings.pop("config", None)
    options = Settings.load(config, **settings)
    return extract_articles(list(as_articles(inputs, options)), options)


def as_articles(inputs: Any, settings: Settings | None = None) -> Iterator[Article]:
    """Every input as an :class:`Article`, in order (files through the ingest module)."""
    settings = settings or Settings()
    for item in _items(inputs):
        if isinstance(item, Article):
            yield item
        elif isinstance(item, Mapping):
            yield from _mapping_articles(item)
        elif _is_path(item):
            yield from _path_articles(Path(item), settings)
        elif isinstance(item, str):
            yield text_article(item)
        else:
            raise InputError(repr(item)[:60], f"cannot read a {type(item).__name__} as an article")


def _items(inputs: Any) -> Iterable[Any]:
    if isinstance(inputs, (str, Path, Article, Mapping)):
        return (inputs,)
    if isinstance(inputs, Iterable):
        return inputs
    raise InputError(repr(inputs)[:60], "give a path, a text, an Article, a mapping or a list of them")


def _is_path(item: Any) -> bool:
    if isinstance(item, Path):
        return True
    # a str is a path only when it names something that exists; any other str is an article text
    return (
        isinstance(item, str) and "\n" not in item and len(item) < 4096 and Path(item).expanduser().exists()
    )


def _path_articles(path: Path, settings: Settings) -> Iterator[Article]:
    from sitrep.ingest import iter_inputs

    if not path.expanduser().exists():
        raise InputError(str(path), "no such file or folder")
    for got in iter_inputs([str(path.expanduser())], settings):
        if isinstance(got, InputError):
            if got.problem.startswith("skipped"):
                continue
            raise got
        yield got


def text_article(text: str, article_id: str | None = None, **meta: Any) -> Article:
    """An article from raw text, built as the ingest module builds a corpus line (cleaned, dateline
    read, hashed). ``meta``: title, url, source, published, language. Without ``article_id`` the id
    is "text-" and a hash of the text, so the same text gets the same event ids on every run."""
    from sitrep.ingest import article_from_text

    article_id = (
        article_id or "text-" + hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:TEXT_ID_DIGITS]
    )
    try:
        return article_from_text(article_id, text, **meta)
    except ValueError as exc:
        raise InputError(article_id, str(exc)) from exc


def _mapping_articles(rec: Mapping[str, Any]) -> list[Article]:
    """A mapping shaped like a JSONL corpus line: ``{"id", "text" or "html", title, url, ...}``;
    a live blog's HTML gives one article per entry (``sitrep.ingest.articles_from_html``)."""
    from sitrep.ingest import articles_from_html

    where = str(rec.get("id") or "<mapping>")
    unknown = set(rec) - set(_ARTICLE_KEYS)
    if unknown:
        raise InputError(where, f"unknown article fields: {', '.join(sorted(unknown))}")
    meta = {k: rec.get(k) for k in ("title", "url", "source", "published", "language")}
    if rec.get("text") is not None:
        return [text_article(str(rec["text"]), rec.get("id"), **meta)]
    if rec.get("html") is None:
        raise InputError(where, "has neither text nor html")
    html = str(rec["html"])
    article_id = rec.get("id") or "html-" + hashlib.sha1(html.encode("utf-8")).hexdigest()[:TEXT_ID_DIGITS]
    try:
        return articles_from_html(article_id, html, **meta)
    except ValueError as exc:
        raise InputError(article_id, str(exc)) from exc


# ---- the store ----------------------------------------------------------------------------
def open_store(db: str | Path = "sitrep.db") -> Any:
    """Open (creating and migrating if needed) the event store: a SQLite file or a postgresql:// URL."""
    from sitrep.store import open_store as _open

    return _open(db)


def _query(q: EventQuery | None, filters: Mapping[str, Any]) -> EventQuery:
    if q is not None and filters:
        raise ConfigError("give either an EventQuery or keyword filters, not both")
    return q if q is not None else EventQuery.from_strings(**filters)


def _store(store: Any) -> tuple[Any, bool]:
    """A store object, opening a path; the flag says whether this call opened it."""
    if isinstance(store, (str, Path)):
        if "://" not in str(store) and not Path(store).expanduser().exists():
            raise ConfigError(f"{store}: no such database")
        return open_store(store), True
    return store, False


def query(store: Any, q: EventQuery | None = None, **filters: Any) -> list[Event]:
    """Stored events matching ``q`` or the keyword filters (``EventQuery`` fields), oldest first.

    ``store`` is a store or a database path/URL. Filters take strings or values:
    ``query(store, country="Iraq", since="2014-06-01", min_fatalities=1)``.
    """
    st, opened = _store(store)
    try:
        return list(st.iter_events(_query(q, filters)))
    finally:
        if opened:
            st.close()


def records(store: Any, q: EventQuery | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Like :func:`query`, as EVENTS.md records (dicts)."""
    return [e.to_record() for e in query(store, q, **filters)]


def events_frame(events: Any, q: EventQuery | None = None, **filters: Any) -> Any:
    """A pandas DataFrame of events: one row per event, one column per record field.

    ``events`` is an iterable of :class:`Event` (e.g. what :func:`extract` returns) or a store /
    database path, queried with ``q`` or the keyword filters. Date columns are pandas datetimes;
    ``sources`` holds a list of dicts per row. Needs pandas (``pip install 'sitrep[parquet]'``).
    """
    pd = _pandas()
    if isinstance(events, (str, Path)) or hasattr(events, "iter_events"):
        events = query(events, q, **filters)
    elif q is not None or filters:
        raise ConfigError("filters apply to a store, not to a list of events")
    from sitrep.export.fields import event_fields

    frame = pd.DataFrame([e.to_record() for e in events], columns=[f.name for f in event_fields()])
    for col in FRAME_DATE_COLUMNS:
        frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d", errors="coerce")
    for f in event_fields():
        if f.kind == "int":  # pandas' nullable integers: a missing toll stays missing, not NaN
            frame[f.name] = frame[f.name].astype("Int64")
    return frame


def store_events_frame(store: Any, q: EventQuery | None = None, **filters: Any) -> Any:
    """The stored events matching the filters as a pandas DataFrame (see :func:`events_frame`)."""
    return events_frame(store, q, **filters)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise SitrepError(
            "DataFrames need pandas, which is not installed: pip install 'sitrep[parquet]'"
        ) from exc
    return pandas
