"""From per-article drafts to EVENTS.md records."""

from __future__ import annotations

import hashlib
from datetime import date

from sitrep.types import Article, Event, EventDraft, SourceRef

__all__ = ["draft_to_event", "event_id_for", "evidence_run", "source_ref"]


def event_id_for(draft: EventDraft) -> str:
    """Stable id: the same draft from the same article text gets the same id on every run."""
    first = min(draft.evidence, key=lambda e: e.start)
    key = f"{draft.article_id}\x1f{first.start}\x1f{first.end}\x1f{draft.sub_event_type}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def evidence_run(draft: EventDraft, text: str) -> tuple[int, int]:
    """The first evidence span, extended over the spans that follow it with only white space
    between (one verbatim passage; a distant span, e.g. a headline far from its body sentence,
    is not glued on with everything in between)."""
    spans = sorted((e.start, e.end) for e in draft.evidence)
    start, end = spans[0]
    for s, e in spans[1:]:
        if s > end and text[end:s].strip():
            break
        end = max(end, e)
    return start, end


def source_ref(draft: EventDraft, article: Article) -> SourceRef:
    """The article as a source of the draft, with its evidence passage verbatim."""
    start, end = evidence_run(draft, article.text)
    return SourceRef(
        article_id=article.id,
        source=article.source,
        url=article.url,
        published=_iso(article.published),
        evidence=article.text[start:end],
        start=start,
        end=end,
    )


def draft_to_event(draft: EventDraft, article: Article) -> Event:
    """A single-source event record from a draft (merging combines these later)."""
    place = draft.place
    when = draft.date
    value = when.value or when.latest or when.earliest
    return Event(
        event_id=event_id_for(draft),
        event_date=_iso(value) or "",
        time_precision=when.precision,
        event_type=draft.event_type,
        sub_event_type=draft.sub_event_type,
        actor1=draft.actor1.name,
        actor2=draft.actor2.name if draft.actor2 else None,
        inter1=draft.actor1.inter,
        inter2=draft.actor2.inter if draft.actor2 else None,
        country=(place.country if place and place.country else "") or "",
        admin1=place.admin1 if place else None,
        location=place.name if place else "",
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=draft.geo_precision,
        geonameid=place.geonameid if place else None,
        fatalities=draft.fatalities,
        fatalities_low=draft.fatalities_low,
        fatalities_high=draft.fatalities_high,
        claim_status=draft.claim.status,
        claimed_by=draft.claim.claimed_by,
        sources=(source_ref(draft, article),),
        notes=draft.notes,
        confidence=draft.confidence,
        corroboration=1,
        date_earliest=_iso(when.earliest),
        date_latest=_iso(when.latest),
        reasons=dict(draft.reasons),
    )
