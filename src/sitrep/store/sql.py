"""SQLAlchemy Core implementation of the store (SQLite file or PostgreSQL)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sitrep.errors import StoreError
from sitrep.query import SORT_KEYS, EventQuery
from sitrep.store import schema as S
from sitrep.types import Article, Event, SourceRef

__all__ = ["ArticleRow", "EventPage", "Store", "StoredArticle", "open_store", "database_url"]

# SQLite waits this long (ms) for a lock held by another writer before failing.
SQLITE_BUSY_TIMEOUT_MS = 30_000

_EVENT_COLUMNS = [c.name for c in S.events.columns if c.name not in ("seq", "created_at", "updated_at", "win_start", "win_end")]
# The longest date window a stored event may have and still be found as a merge candidate
# (a month-precision date spans 31 days; "earlier this month" up to 31; doubled for safety).
MAX_WINDOW_DAYS = 62


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a file path or a URL."""
    db = str(db)
    if "://" in db:
        if db.startswith("postgresql://"):
            return "postgresql+psycopg://" + db[len("postgresql://"):]
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def open_store(db: str | Path = "sitrep.db", clock: Callable[[], str] = _now) -> Store:
    """Open the store, creating the database and applying migrations when needed."""
    url = database_url(db)
    try:
        engine = sa.create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        _migrate(engine)
    except (sa.exc.SQLAlchemyError, OSError) as exc:
        raise StoreError(f"{db}: cannot open the database: {exc}") from exc
    return Store(engine, clock)


def _migrate(engine: sa.Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("sitrep.store") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    language: str | None
    content_hash: str
    duplicate_of: str | None
    duplicate_kind: str | None
    n_events: int
    origin: dict[str, str]
    ingested_at: str
    country: str | None = None


@dataclass(frozen=True)
class StoredArticle:
    article: Article
    row: ArticleRow
    spans: tuple[tuple[str, int, int], ...]  # (event_id, start, end) of evidence in article.text


@dataclass(frozen=True)
class EventPage:
    events: list[Event]
    next_cursor: str | None
    total: int | None = None


@dataclass
class WriteResult:
    """What writing one article did."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    merged: list[tuple[str, str]] = field(default_factory=list)  # (alias, into)


class Store:
    def __init__(self, engine: sa.Engine, clock: Callable[[], str] = _now):
        self.engine = engine
        self.clock = clock

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ---- articles -------------------------------------------------------------------------
    def stored_hash(self, article_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                sa.select(S.articles.c.content_hash).where(S.articles.c.id == article_id)
            ).scalar()

    def stored_hashes(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(sa.select(S.articles.c.id, S.articles.c.content_hash)).all())

    def fingerprints(self) -> Iterator[tuple[str, str, Any]]:
        with self.engine.connect() as conn:
            q = sa.select(S.articles.c.id, S.articles.c.content_hash, S.articles.c.fingerprint)
            yield from (tuple(r) for r in conn.execute(q.order_by(S.articles.c.ingested_at, S.articles.c.id)))

    def record_input(self, input_name: str, status: str, problem: str) -> None:
        """Remember a bad or skipped input (upsert: re-running adds no row)."""
        with self.engine.begin() as conn:
            conn.execute(sa.delete(S.inputs).where(S.inputs.c.input == input_name))
            conn.execute(sa.insert(S.inputs).values(input=input_name, status=status, problem=problem, seen_at=self.clock()))

    def clear_input(self, input_name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.delete(S.inputs).where(S.inputs.c.input == input_name))

    def inputs(self) -> list[dict[str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(S.inputs).order_by(S.inputs.c.input)).mappings().all()
        return [dict(r) for r in rows]

    def write_article(self, article: Article, fingerprint: Any, events: Sequence[Event], merger: Any = None) -> WriteResult:
        """Store an article and its events in one transaction (merging into stored events).

        ``merger`` is a :class:`sitrep.store.merging.StoreMerger`-like object; None stores every
        event as new.
        """
        result = WriteResult()
        with self.engine.begin() as conn:
            if conn.execute(sa.select(S.articles.c.id).where(S.articles.c.id == article.id)).first():
                return result
            conn.execute(sa.insert(S.articles).values(**_article_values(article, fingerprint, len(events), self.clock())))
            for ev in events:
                if merger is None:
                    self._insert_event(conn, ev, article.id, "created", {}, "new event")
                    result.created.append(ev.event_id)
                else:
                    merger.write(self, conn, ev, article, result)
        return result

    def list_articles(self, limit: int = 100, offset: int = 0) -> list[ArticleRow]:
        with self.engine.connect() as conn:
            q = sa.select(S.articles).order_by(S.articles.c.id).limit(limit).offset(offset)
            return [_article_row(r) for r in conn.execute(q).mappings()]

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(S.articles)).scalar_one()

    def get_article(self, article_id: str) -> StoredArticle | None:
        with self.engine.connect() as conn:
            r = conn.execute(sa.select(S.articles).where(S.articles.c.id == article_id)).mappings().first()
            if r is None:
                return None
            spans = conn.execute(
                sa.select(S.event_sources.c.event_id, S.event_sources.c.start, S.event_sources.c.end)
                .where(S.event_sources.c.article_id == article_id)
                .order_by(S.event_sources.c.start)
            ).all()
        return StoredArticle(_article_from_row(r), _article_row(r), tuple(tuple(s) for s in spans))

    def duplicate_map(self, article_ids: Iterable[str], conn: sa.Connection | None = None) -> dict[str, str | None]:
        ids = list(set(article_ids))
        if not ids:
            return {}
        q = sa.select(S.articles.c.id, S.articles.c.duplicate_of).where(S.articles.c.id.in_(ids))
        if conn is not None:
            return dict(conn.execute(q).all())
        with self.engine.connect() as c:
            return dict(c.execute(q).all())

    # ---- events ---------------------------------------------------------------------------
    def _insert_event(self, conn: sa.Connection, ev: Event, article_id: str | None, action: str, changes: dict, reason: str) -> None:
        now = self.clock()
        seq = (conn.execute(sa.select(sa.func.max(S.events.c.seq))).scalar() or 0) + 1
        conn.execute(sa.insert(S.events).values(**_event_values(ev), seq=seq, created_at=now, updated_at=now))
        self._write_sources(conn, ev)
        self._write_persons(conn, ev)
        self._revision(conn, ev.event_id, article_id, action, changes, reason)

    def _update_event(self, conn: sa.Connection, ev: Event, article_id: str | None, changes: dict, reason: str) -> None:
        conn.execute(
            sa.update(S.events).where(S.events.c.event_id == ev.event_id).values(**_event_values(ev), updated_at=self.clock())
        )
        conn.execute(sa.delete(S.event_sources).where(S.event_sources.c.event_id == ev.event_id))
        conn.execute(sa.delete(S.event_persons).where(S.event_persons.c.event_id == ev.event_id))
        self._write_sources(conn, ev)
        self._write_persons(conn, ev)
        self._revision(conn, ev.event_id, article_id, "updated", changes, reason)

    def _delete_event(self, conn: sa.Connection, event_id: str) -> None:
        conn.execute(sa.delete(S.event_sources).where(S.event_sources.c.event_id == event_id))
        conn.execute(sa.delete(S.event_persons).where(S.event_persons.c.event_id == event_id))
        conn.execute(sa.delete(S.events).where(S.events.c.event_id == event_id))

    def _alias(self, conn: sa.Connection, alias: str, into: str) -> None:
        # earlier aliases of the merged-away id now point to the surviving event
        conn.execute(sa.update(S.event_aliases).where(S.event_aliases.c.event_id == alias).values(event_id=into))
        if alias != into and not conn.execute(sa.select(S.event_aliases.c.alias_id).where(S.event_aliases.c.alias_id == alias)).first():
            conn.execute(sa.insert(S.event_aliases).values(alias_id=alias, event_id=into, created_at=self.clock()))

    def _write_sources(self, conn: sa.Connection, ev: Event) -> None:
        rows = [
            {"event_id": ev.event_id, "position": i, **{k: getattr(s, k) for k in ("article_id", "source", "url", "published", "evidence", "start", "end")}}
            for i, s in enumerate(ev.sources)
        ]
        if rows:
            conn.execute(sa.insert(S.event_sources), rows)

    def _write_persons(self, conn: sa.Connection, ev: Event) -> None:
        from sitrep.merge import persons_of

        names = sorted({n.lower() for n in persons_of(ev)})
        if names:
            conn.execute(sa.insert(S.event_persons), [{"name": n, "event_id": ev.event_id} for n in names])

    def _revision(self, conn: sa.Connection, event_id: str, article_id: str | None, action: str, changes: dict, reason: str) -> None:
        conn.execute(
            sa.insert(S.event_revisions).values(
                event_id=event_id, article_id=article_id, at=self.clock(), action=action,
                changes=json.loads(json.dumps(changes, default=str)), reason=reason,
            )
        )

    def candidates(self, conn: sa.Connection, ev: Event, exclude: Sequence[str] = ()) -> list[Event]:
        """Stored events that may be ``ev``, oldest first: the area and days of
        :func:`sitrep.merge.blocking_query`, answered from the window and lat/lon indexes."""
        from sitrep.merge import blocking_query

        q = blocking_query(ev)
        c = S.events.c
        cond = _window_condition(q.first_day, q.last_day) + _area_condition(q.bbox, q.country, q.place_name)
        if exclude:
            cond.append(c.event_id.not_in(list(exclude)))
        rows = list(conn.execute(sa.select(S.events).where(*cond).order_by(c.seq)).mappings().all())
        rows += self._rows_naming(conn, q.persons, {r["event_id"] for r in rows} | set(exclude))
        rows.sort(key=lambda r: r["seq"])
        return self._events_from_rows(conn, rows)

    def _rows_naming(self, conn: sa.Connection, persons: Sequence[str], skip: set[str]) -> list[Any]:
        """Events naming one of ``persons`` on any date: the most recent few per name (see
        :data:`sitrep.merge.index.PERSON_SCAN_LIMIT`), not already in ``skip``."""
        from sitrep.merge.index import PERSON_SCAN_LIMIT

        ids: set[str] = set()
        for name in {p.lower() for p in persons}:
            q = (
                sa.select(S.event_persons.c.event_id)
                .join(S.events, S.events.c.event_id == S.event_persons.c.event_id)
                .where(S.event_persons.c.name == name)
                .order_by(S.events.c.seq.desc())
                .limit(PERSON_SCAN_LIMIT)
            )
            ids.update(conn.execute(q).scalars())
        ids -= skip
        if not ids:
            return []
        return list(conn.execute(sa.select(S.events).where(S.events.c.event_id.in_(sorted(ids)))).mappings().all())

    def created_before(self, conn: sa.Connection, a: str, b: str) -> bool:
        """Whether event ``a`` was stored before event ``b``."""
        seqs = dict(conn.execute(sa.select(S.events.c.event_id, S.events.c.seq).where(S.events.c.event_id.in_([a, b]))).all())
        return seqs.get(a, 0) < seqs.get(b, 0)

    def load_event(self, conn: sa.Connection, event_id: str) -> Event | None:
        rows = conn.execute(sa.select(S.events).where(S.events.c.event_id == event_id)).mappings().all()
        found = self._events_from_rows(conn, rows)
        return found[0] if found else None

    def _events_from_rows(self, conn: sa.Connection, rows: Sequence[Any]) -> list[Event]:
        ids = [r["event_id"] for r in rows]
        sources: dict[str, list[SourceRef]] = {i: [] for i in ids}
        for chunk in _chunks(ids, 500):
            q = sa.select(S.event_sources).where(S.event_sources.c.event_id.in_(chunk)).order_by(S.event_sources.c.event_id, S.event_sources.c.position)
            for s in conn.execute(q).mappings():
                sources[s["event_id"]].append(SourceRef(**{k: s[k] for k in ("article_id", "source", "url", "published", "evidence", "start", "end")}))
        return [_event_from_row(r, sources[r["event_id"]]) for r in rows]

    def resolve_id(self, event_id: str) -> str | None:
        """The current id of an event, following merges; None if unknown."""
        with self.engine.connect() as conn:
            if conn.execute(sa.select(S.events.c.event_id).where(S.events.c.event_id == event_id)).first():
                return event_id
            return conn.execute(sa.select(S.event_aliases.c.event_id).where(S.event_aliases.c.alias_id == event_id)).scalar()

    def get_event(self, event_id: str) -> Event | None:
        current = self.resolve_id(event_id)
        if current is None:
            return None
        with self.engine.connect() as conn:
            return self.load_event(conn, current)

    def event_history(self, event_id: str) -> list[dict[str, Any]]:
        """Revisions of the event and of every event merged into it, oldest first."""
        current = self.resolve_id(event_id) or event_id
        with self.engine.connect() as conn:
            ids = [current] + list(conn.execute(sa.select(S.event_aliases.c.alias_id).where(S.event_aliases.c.event_id == current)).scalars())
            q = sa.select(S.event_revisions).where(S.event_revisions.c.event_id.in_(ids)).order_by(S.event_revisions.c.id)
            return [dict(r) for r in conn.execute(q).mappings()]

    def count_events(self, q: EventQuery | None = None) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(S.events).where(*_conditions(q or EventQuery()))).scalar_one()

    def query_events(self, q: EventQuery | None = None, sort: str = "event_date", descending: bool = True,
                     limit: int = 100, cursor: str | None = None) -> EventPage:
        """One page of events matching ``q``, in a stable order, with a cursor for the next page."""
        if sort not in SORT_KEYS:
            raise StoreError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_KEYS)}")
        key = _sort_expr(sort)
        idc = S.events.c.event_id
        cond = _conditions(q or EventQuery())
        if cursor:
            value, last_id = _decode_cursor(cursor)
            after = sa.or_(key < value, sa.and_(key == value, idc < last_id)) if descending else sa.or_(key > value, sa.and_(key == value, idc > last_id))
            cond.append(after)
        order = [key.desc(), idc.desc()] if descending else [key.asc(), idc.asc()]
        stmt = sa.select(S.events, key.label("_sortkey")).where(*cond).order_by(*order).limit(limit + 1)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
            events = self._events_from_rows(conn, rows[:limit])
        nxt = _encode_cursor(rows[limit - 1]["_sortkey"], rows[limit - 1]["event_id"]) if len(rows) > limit else None
        return EventPage(events, nxt)

    def iter_events(self, q: EventQuery | None = None, sort: str = "event_date", descending: bool = False, batch: int = 1000) -> Iterator[Event]:
        cursor = None
        while True:
            page = self.query_events(q, sort, descending, batch, cursor)
            yield from page.events
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def stats(self, q: EventQuery | None = None) -> dict[str, Any]:
        """Counts and fatalities by type, by day and by first-level division."""
        cond = _conditions(q or EventQuery())
        c = S.events.c
        fat = sa.func.coalesce(sa.func.sum(c.fatalities), 0)
        with self.engine.connect() as conn:
            def group(*cols: Any) -> list[dict[str, Any]]:
                stmt = sa.select(*cols, sa.func.count().label("events"), fat.label("fatalities")).where(*cond).group_by(*cols).order_by(*cols)
                return [dict(r) for r in conn.execute(stmt).mappings()]

            totals = conn.execute(sa.select(sa.func.count().label("events"), fat.label("fatalities")).where(*cond)).mappings().one()
            return {
                "events": totals["events"],
                "fatalities": totals["fatalities"],
                "by_type": group(c.event_type, c.sub_event_type),
                "by_day": group(c.event_date, c.event_type),
                "by_admin1": group(c.country, c.admin1),
                "by_claim_status": group(c.claim_status),
            }


# ---- helpers ------------------------------------------------------------------------------
def _chunks(items: Sequence[str], n: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _shift(day: str, days: int) -> str:
    from datetime import timedelta

    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _window_condition(first: date | None, last: date | None) -> list[Any]:
    """Events whose date window meets [first, last]; no condition for an undated query."""
    if first is None or last is None:
        return []
    c = S.events.c
    lo, hi = first.isoformat(), last.isoformat()
    return [c.win_start.between(_shift(lo, -MAX_WINDOW_DAYS), hi), c.win_end >= lo]


def _area_condition(
    bbox: tuple[float, float, float, float] | None, country: str | None, place_name: str | None = None
) -> list[Any]:
    """Points in ``bbox``, points of a place named ``place_name`` anywhere, or area-level events (no
    point) of the same or no country."""
    c = S.events.c
    same_country = sa.or_(sa.func.lower(c.country) == country, c.country == "") if country else sa.true()
    if bbox is None:
        return [same_country] if country else []
    s, w, n, e = bbox
    point = c.geo_precision <= 2
    in_box = sa.and_(c.latitude.between(s, n), c.longitude.between(w, e), point)
    named = sa.and_(sa.func.lower(c.location) == place_name, c.latitude.is_not(None), point) if place_name else sa.false()
    area_level = sa.or_(c.latitude.is_(None), c.geo_precision >= 3)
    return [sa.or_(in_box, named, sa.and_(area_level, same_country))]


def _sort_expr(sort: str) -> Any:
    col = getattr(S.events.c, sort)
    if sort in ("fatalities", "confidence"):
        return sa.func.coalesce(col, -1)
    return col


def _encode_cursor(value: Any, event_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([value, event_id]).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[Any, str]:
    try:
        value, event_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return value, str(event_id)
    except (ValueError, TypeError) as exc:
        raise StoreError(f"cursor {cursor!r} is not valid") from exc


def _conditions(q: EventQuery) -> list[Any]:
    c = S.events.c
    cond: list[Any] = []
    if q.since:
        cond.append(c.event_date >= q.since.isoformat())
    if q.until:
        cond.append(c.event_date <= q.until.isoformat())
    for name in ("country", "admin1", "event_type", "sub_event_type", "claim_status"):
        value = getattr(q, name)
        if value is not None:
            cond.append(sa.func.lower(getattr(c, name)) == value.lower())
    if q.actor:
        pat = f"%{q.actor.lower()}%"
        cond.append(sa.or_(sa.func.lower(c.actor1).like(pat), sa.func.lower(c.actor2).like(pat)))
    if q.bbox:
        w, s, e, n = q.bbox
        lon = c.longitude.between(w, e) if w <= e else sa.or_(c.longitude >= w, c.longitude <= e)
        cond.append(sa.and_(c.latitude.between(s, n), lon))
    if q.min_fatalities is not None:
        cond.append(c.fatalities >= q.min_fatalities)
    if q.text:
        pat = f"%{q.text.lower()}%"
        in_evidence = sa.select(S.event_sources.c.event_id).where(sa.func.lower(S.event_sources.c.evidence).like(pat))
        cond.append(sa.or_(sa.func.lower(c.notes).like(pat), c.event_id.in_(in_evidence)))
    return cond


def _event_values(ev: Event) -> dict[str, Any]:
    rec = ev.to_record()
    values = {k: rec[k] for k in _EVENT_COLUMNS}
    values["win_start"] = ev.date_earliest or ev.event_date
    values["win_end"] = ev.date_latest or ev.event_date
    return values


def _event_from_row(r: Any, sources: list[SourceRef]) -> Event:
    data = {k: r[k] for k in _EVENT_COLUMNS}
    data["reasons"] = dict(data.get("reasons") or {})
    return Event(sources=tuple(sources), **data)


def _article_values(a: Article, fingerprint: Any, n_events: int, now: str) -> dict[str, Any]:
    return {
        "id": a.id, "content_hash": a.content_hash, "title": a.title, "url": a.url, "source": a.source,
        "published": a.published.isoformat() if a.published else None, "language": a.language,
        "origin": dict(a.origin), "input_path": a.input_path, "duplicate_of": a.duplicate_of,
        "duplicate_kind": a.duplicate_kind, "fingerprint": list(fingerprint) if fingerprint is not None else None,
        "text": a.text, "n_events": n_events, "ingested_at": now, "country": a.country,
    }


def _article_row(r: Any) -> ArticleRow:
    return ArticleRow(
        id=r["id"], title=r["title"], source=r["source"], url=r["url"], published=r["published"],
        language=r["language"], content_hash=r["content_hash"], duplicate_of=r["duplicate_of"],
        duplicate_kind=r["duplicate_kind"], n_events=r["n_events"], origin=dict(r["origin"] or {}),
        ingested_at=r["ingested_at"], country=r["country"],
    )


def _article_from_row(r: Any) -> Article:
    return Article(
        id=r["id"], text=r["text"], content_hash=r["content_hash"], title=r["title"], url=r["url"],
        source=r["source"], published=date.fromisoformat(r["published"]) if r["published"] else None,
        language=r["language"], origin=dict(r["origin"] or {}), input_path=r["input_path"],
        duplicate_of=r["duplicate_of"], duplicate_kind=r["duplicate_kind"], country=r["country"],
    )
