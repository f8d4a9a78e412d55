"""The API's calls into the pipeline: posted articles to ``Article`` records, then ingest, extract
or geoparse them. The callers hold the app's locks; heavy modules load on first use."""

from __future__ import annotations

from typing import Any

from sitrep.api.errors import ApiError
from sitrep.api.schemas import ArticleIn
from sitrep.api.state import AppState
from sitrep.errors import InputError
from sitrep.types import Article, Doc

__all__ = ["check_batch", "check_count", "to_articles", "ingest", "extract", "geoparse"]

GEOPARSE_STAGES = ("sentences", "toponyms")


def check_count(state: AppState, n: int) -> None:
    """413 for more articles than one request may carry."""
    limit = state.settings.max_articles
    if n > limit:
        raise ApiError(413, "payload_too_large", f"{n} articles in one request; the limit is {limit}",
                       {"max_articles": limit})


def check_batch(state: AppState, items: list[ArticleIn]) -> None:
    """413 for too long articles, 400 for an id given twice."""
    max_chars = state.settings.pipeline.max_article_chars
    for item in items:
        if len(item.body) > max_chars:
            raise ApiError(413, "payload_too_large", f"article {item.id!r} is over {max_chars:,} characters",
                           {"article_id": item.id, "max_chars": max_chars})
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ApiError(400, "bad_request", f"article id {item.id!r} appears twice in the request")
        seen.add(item.id)


def to_articles(items: list[ArticleIn]) -> list[Article]:
    """Clean each posted article (text or HTML) into ``Article`` records (a live blog's HTML gives
    one per entry, ids ``<id>#<anchor>``); 400 names the bad one."""
    from sitrep.ingest import article_from_text, articles_from_html

    out: list[Article] = []
    for item in items:
        try:
            if item.text is not None:
                out.append(article_from_text(item.id, item.body, **item.meta()))
            else:
                out.extend(articles_from_html(item.id, item.body, **item.meta()))
        except (InputError, ValueError) as exc:
            raise ApiError(400, "bad_article", f"article {item.id!r} cannot be read: {exc}",
                           {"article_id": item.id}) from exc
    return out


def ingest(state: AppState, articles: list[Article]) -> dict[str, Any]:
    """Extract, merge and store; the events created and updated, as records."""
    from sitrep.runner import LocalExecutor, ingest_articles

    with state.write_lock, state.pipeline_lock:  # always in this order; extract takes only the second
        _check_conflicts(state, articles)
        summary = ingest_articles(articles, state.store, state.settings.pipeline, executor=LocalExecutor())
    if summary.errors and not summary.articles_new and not summary.articles_unchanged:
        raise ApiError(500, "pipeline_error", "no article could be processed", [str(e) for e in summary.errors])
    created = _records(state, summary.events_created)
    fresh = set(summary.events_created)
    updated = _records(state, [e for e in summary.events_updated if e not in fresh])
    return {"articles": len(articles), "created": created, "updated": updated, "summary": _summary(summary)}


def _check_conflicts(state: AppState, articles: list[Article]) -> None:
    """409 when an id is already stored with other text: ids name one text for good."""
    for a in articles:
        stored = state.store.stored_hash(a.id)
        if stored is not None and stored != a.content_hash:
            raise ApiError(409, "conflict", f"article {a.id!r} is already stored with different text; "
                           "post the new version under a new id", {"article_id": a.id})


def _records(state: AppState, ids: list[str]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for event_id in ids:
        ev = state.store.get_event(event_id)  # follows merges made later in the same batch
        if ev is not None and ev.event_id not in seen:
            seen.add(ev.event_id)
            out.append(ev.to_record())
    return out


def _summary(summary: Any) -> dict[str, Any]:
    return {
        "articles_new": summary.articles_new,
        "articles_undated": summary.articles_undated,
        "articles_unchanged": summary.articles_unchanged,
        "duplicates": summary.duplicates,
        "events_created": len(summary.events_created),
        "events_updated": len(summary.events_updated),
        "merged": [list(m) for m in summary.events_merged],
        "errors": [str(e) for e in summary.errors],
    }


def extract(state: AppState, articles: list[Article]) -> list[dict[str, Any]]:
    """Stateless extraction: merged event records, nothing stored."""
    from sitrep.runner import LocalExecutor, extract_articles

    with state.pipeline_lock:
        events = extract_articles(articles, state.settings.pipeline, executor=LocalExecutor())
    return [ev.to_record() for ev in events]


def geoparse(state: AppState, articles: list[Article], demonyms: bool = True) -> list[dict[str, Any]]:
    """Place mentions of every article (EVENTS.md "Toponyms out"), and its demonym mentions unless not ``demonyms``."""
    from sitrep.geo.output import mention_records

    out = []
    with state.pipeline_lock:
        pipe = state.pipeline(GEOPARSE_STAGES)
        gazetteer = pipe.ctx.service("gazetteer")
        for article in articles:
            doc = pipe(Doc(article))
            out += mention_records(article.id, article.text, doc.toponyms or (), gazetteer, demonyms)
    return out
