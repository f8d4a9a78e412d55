"""Cross-outlet merging on the GVA dev set: do the articles of one shooting end up in one event?

Every article is ingested and run through the default pipeline; its events go through
:func:`sitrep.merge.merge_events` (with the persons each article names); each article is then placed
in the merged event its main event (its principal violent event when it reports one) belongs to,
and articles without an event stay alone. A merged non-violent event (an arrest, a hearing) that
follows up a violent one (:func:`sitrep.merge.followups.follow_up_of`) counts as that incident, and
an article whose main event no other article reports goes with the one violent event of it that
other articles report (:func:`corroborated_clusters`). The prediction is scored against the
incidents with B-cubed precision and recall over articles. The same merge is also scored with a
second rule (``*_largest_event``): each article goes with the merged event citing it that the most
reports share, the rule `scripts/gva_store_check.py` applies to a store filled by `sitrep run`. Both
are also given on each half of the incidents (``*_half0``: where merge rules are tuned, by a hash of
the incident id, :func:`half_of`; ``*_half1``: held out). ``main_date_*`` score the date of each
article's main event against its incident's registry date (:func:`main_date_scores`).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from datetime import date
from pathlib import Path

from sitrep.eval import evaluation
from sitrep.types import Article, Event, EventDraft

__all__ = [
    "bcubed",
    "corroborated_clusters",
    "follow_up_links",
    "gold_clusters",
    "half_of",
    "largest_cited",
    "largest_event_clusters",
    "load_gva",
    "main_date_scores",
    "main_event",
    "predicted_clusters",
    "score_gva",
]


def bcubed(pred: Mapping[str, Hashable], gold: Mapping[str, frozenset[str]]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of ``pred`` (article -> cluster key) against ``gold``
    (article -> the articles that share an incident with it, itself included)."""
    members: dict[Hashable, set[str]] = defaultdict(set)
    for art, key in pred.items():
        members[key].add(art)
    p = r = 0.0
    for art in gold:
        mine = members[pred[art]]
        both = len(mine & gold[art])
        p += both / len(mine)
        r += both / len(gold[art])
    n = len(gold) or 1
    precision, recall = p / n, r / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def gold_clusters(incidents: Iterable[dict]) -> dict[str, frozenset[str]]:
    """Article -> every article sharing an incident with it (an article may sit in two incidents)."""
    out: dict[str, set[str]] = defaultdict(set)
    for inc in incidents:
        for art in inc["article_ids"]:
            out[art].update(inc["article_ids"])
    return {a: frozenset(s) for a, s in out.items()}


def _published(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def load_gva(root: Path, limit: int | None = None) -> tuple[list[dict], list[dict]]:
    """Incidents (the first ``limit`` of them) and the articles they cite, in file order."""
    folder = root / "data" / "gva-dev"
    incidents = [
        json.loads(x) for x in (folder / "incidents.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    incidents = incidents[:limit] if limit else incidents
    wanted = {a for inc in incidents for a in inc["article_ids"]}
    articles = []
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line and (rec := json.loads(line))["id"] in wanted:
            articles.append(rec)
    return incidents, articles


# Event types of political violence: an article that reports one is principally about it, not about
# the arrest, the vigil or the seized gun that followed it.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


# News leads with its main event: the first draft (in text order) within this much of the best
# confidence among the article's violent drafts is the article's event (the runner's LEAD_MARGIN).
LEAD_MARGIN = 0.1


def main_event(drafts: Iterable[EventDraft]) -> EventDraft | None:
    """The draft an article is mainly about: its principal violent event if it reports one, else
    any draft; among those, the first in text order within LEAD_MARGIN of the best confidence."""
    drafts = list(drafts)
    pool = [d for d in drafts if d.event_type in VIOLENT_TYPES] or drafts
    if not pool:
        return None
    top = max(d.confidence for d in pool)
    lead = [d for d in pool if d.confidence >= top - LEAD_MARGIN]
    return min(lead, key=lambda d: (min((e.start for e in d.evidence), default=0), -(d.fatalities or 0)))


Span = tuple[str, int, int]  # (article id, start, end) of an article's main event


def predicted_clusters(merged: Iterable[Event], main_of: Mapping[str, Span | None],
                       resolved: Mapping[str, str] | None = None) -> dict[str, Hashable]:
    """Article -> merged event id of its main event (or the article itself when it has none).
    ``resolved`` (article -> the record its main event's id resolves to, following merges) says it
    when given; else the record citing the main event's span. A record cites one span per article
    (:func:`sitrep.merge.combining.combine` keeps the body's over a headline's): an article whose
    main span no record cites, and that ``resolved`` does not place, goes with the record citing it
    that the most reports share."""
    merged = list(merged)
    owner = {}
    for event in merged:
        for src in event.sources:
            owner[(src.article_id, src.start, src.end)] = event.event_id
    known = {e.event_id for e in merged}
    widest = largest_event_clusters(merged, main_of)
    placed = {art: rid for art, rid in (resolved or {}).items() if rid in known}
    return {art: placed.get(art) or owner.get(key, widest[art]) if key else art for art, key in main_of.items()}


def follow_up_links(merged: Iterable[Event]) -> dict[str, str]:
    """Merged non-violent event id -> the merged violent event it follows up (an arrest story and
    the shooting it is about are two records, but one incident for the registry); only events for
    which :func:`sitrep.merge.followups.follow_up_of` finds one. A violent event reported by an
    article of the follow-up is a candidate like any other: an arrest story that also tells the
    shooting is the best witness of which shooting the arrest is about (identity evidence is
    still required)."""
    from sitrep.merge import InMemoryIndex
    from sitrep.merge.followups import follow_up_of, is_violent

    merged = list(merged)
    index = InMemoryIndex()
    for event in merged:
        if is_violent(event):
            index.put(event)
    out: dict[str, str] = {}
    for event in merged:
        found = follow_up_of(event, index.candidates(event))
        if found is not None:
            out[event.event_id] = found[0].event_id
    return out


def corroborated_clusters(
    merged: Iterable[Event], assigned: Mapping[str, Hashable], main_of: Mapping[str, Span | None]
) -> dict[str, str]:
    """Articles whose main event no other article reports, moved to the merged violent event that
    another of their events shares with other articles: a follow-up dates its lead event to its
    own day (an arrest, a hearing) while its recalled shooting joins the other reports of that
    shooting. With several such events, the one the most articles report, if one does (the
    incident the outlets agree on); on a tie the article stays where it is (ambiguous)."""
    from sitrep.merge.followups import is_violent

    merged = list(merged)
    size = Counter(assigned.values())
    options: dict[str, dict[str, int]] = defaultdict(dict)
    for event in merged:
        if len(_articles(event)) < 2 or not is_violent(event):
            continue
        for src in event.sources:
            main = main_of.get(src.article_id)
            lone = size[assigned.get(src.article_id)] == 1
            if lone and main is not None and main != (src.article_id, src.start, src.end):
                options[src.article_id][event.event_id] = len(_articles(event))
    return {art: best for art, ids in options.items() if (best := _strictly_largest(ids)) is not None}


def _strictly_largest(sizes: Mapping[str, int]) -> str | None:
    """The key with the largest value when no other key has it too."""
    ranked = sorted(sizes.items(), key=lambda x: -x[1])
    if len(ranked) == 1 or ranked and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None


def _articles(event: Event) -> set[str]:
    return {s.article_id for s in event.sources}


def _span(event: Event) -> Span:
    src = event.sources[0]
    return (src.article_id, src.start, src.end)


def _article(rec: dict) -> Article | None:
    """The article as ``sitrep.ingest`` builds it, or None when nothing readable is left."""
    from sitrep.errors import InputError
    from sitrep.ingest import article_from_text

    meta = {"title": rec.get("title"), "url": rec.get("url"), "published": _published(rec.get("published"))}
    try:
        return article_from_text(rec["id"], rec["text"], **meta)
    except (InputError, ValueError):
        return None


def _ingest(records: list[dict]) -> list[Article]:
    """Readable articles, copies marked as the runner marks them."""
    from sitrep.ingest.dedup import mark_duplicates
    from sitrep.settings import Settings

    arts = [a for a in map(_article, records) if a is not None]
    return mark_duplicates(arts, Settings().near_duplicate_threshold)


def _pipeline():
    """The default pipeline, or None when a stage of it is not available yet."""
    from sitrep.errors import PipelineError
    from sitrep.pipeline import DEFAULT_STAGES, Context, Pipeline
    from sitrep.settings import Settings

    try:
        return Pipeline(DEFAULT_STAGES, Context(Settings()))
    except (PipelineError, ImportError):
        return None


def _drafts(pipe, article: Article) -> tuple[EventDraft, ...] | None:
    """The article's drafts, or None when the pipeline fails on it (counted, not fatal)."""
    from sitrep.errors import SitrepError
    from sitrep.types import Doc

    try:
        return pipe(Doc(article)).events or ()
    except SitrepError:
        return None


def _extract(articles: list[Article]) -> tuple[list[Event], dict[str, Event], dict[str, float]]:
    """Events of every article (persons attached), each article's main event, and counts of
    what went wrong."""
    from sitrep.merge.persons import with_persons
    from sitrep.records import draft_to_event

    pipe = _pipeline()
    events: list[Event] = []
    mains: dict[str, Event] = {}
    failed = 0
    for art in articles if pipe else ():
        found = _drafts(pipe, art)
        failed += found is None
        drafts = list(found or ())
        coded = [with_persons(draft_to_event(d, art), art) for d in drafts]
        events.extend(coded)
        if (top := main_event(drafts)) is not None:
            mains[art.id] = coded[drafts.index(top)]
    without = len(articles) - len(mains)
    return (
        events,
        mains,
        {
            "pipeline_ready": float(pipe is not None),
            "articles_failed": float(failed),
            "articles_without_event": float(without),
        },
    )


def largest_event_clusters(merged: Iterable[Event], articles: Iterable[str]) -> dict[str, Hashable]:
    """Each article in the merged event citing it that the most reports share (the incident the
    outlets agree it reports), or alone: the rule `scripts/gva_store_check.py` applies to a store."""
    return largest_cited(((e.event_id, art, len(e.sources)) for e in merged for art in _articles(e)), articles)


def largest_cited(citations: Iterable[tuple[str, str, int]], articles: Iterable[str]) -> dict[str, Hashable]:
    """From (event id, article id, the event's number of sources): each article's largest event."""
    cited: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for event_id, art, n in citations:
        cited[art].append((n, event_id))
    return {a: max(cited[a])[1] if cited.get(a) else ("alone", a) for a in articles}


def half_of(incident_id: object) -> int:
    """0 or 1 by a hash of the incident id: merge rules are tuned on half 0, half 1 is held out."""
    import hashlib

    return int(hashlib.md5(str(incident_id).encode("utf-8")).hexdigest(), 16) % 2


def _by_half(
    pred: Mapping[str, Hashable], gold: Mapping[str, frozenset[str]], incidents: Iterable[dict]
) -> dict[str, float]:
    """B-cubed of ``pred`` on each half of the incidents (an article goes with its first incident)."""
    half: dict[str, int] = {}
    for inc in incidents:
        for art in inc["article_ids"]:
            half.setdefault(art, half_of(inc["incident_id"]))
    out: dict[str, float] = {}
    for h in (0, 1):
        arts = {a for a in gold if half.get(a) == h}
        scores = bcubed({a: pred.get(a, a) for a in arts}, {a: gold[a] & arts for a in arts})
        out.update({f"{k}_half{h}": v for k, v in scores.items()})
    return out


def main_date_scores(mains: Mapping[str, Event], incidents: Iterable[dict]) -> dict[str, float]:
    """How often an article's main event is dated on its incident's day (``main_date_accuracy``),
    and how often that day lies within the event's date bounds (``main_date_within``), over the
    articles of one incident that have a main event; also on each half of the incidents."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for inc, art in _single_incident_articles(incidents):
        event = mains.get(art)
        if event is None or not inc.get("date"):
            continue
        lo, hi = event.date_earliest or event.event_date, event.date_latest or event.event_date
        for key in ("", f"_half{half_of(inc['incident_id'])}"):
            row = tally[key]
            row[0] += 1
            row[1] += event.event_date == inc["date"]
            row[2] += bool(lo and hi and lo <= inc["date"] <= hi)
    out: dict[str, float] = {}
    for key, (n, exact, within) in tally.items():
        out[f"main_date_accuracy{key}"] = round(exact / n, 4)
        out[f"main_date_within{key}"] = round(within / n, 4)
        out[f"main_date_n{key}"] = float(n)
    return out


def _single_incident_articles(incidents: Iterable[dict]) -> list[tuple[dict, str]]:
    """(incident, article) for the articles that belong to exactly one incident."""
    incidents = list(incidents)
    count = Counter(a for inc in incidents for a in inc["article_ids"])
    return [(inc, a) for inc in incidents for a in inc["article_ids"] if count[a] == 1]


@evaluation("gva", needs=("data/gva-dev",))
def score_gva(root: Path, limit: int | None = None) -> dict[str, float]:
    """B-cubed P/R/F1 of merged events against GVA incidents, with the all-singletons baseline."""
    from sitrep.merge import merged_index

    incidents, records = load_gva(root, limit)
    gold = gold_clusters(incidents)
    articles = _ingest(records)
    events, mains, counts = _extract(articles)
    index = merged_index(events, {a.id: a for a in articles})
    merged = index.events()
    main_of: dict[str, Span | None] = {a.id: None for a in articles}
    main_of.update({art: _span(e) for art, e in mains.items()})
    links = follow_up_links(merged)
    clusters = predicted_clusters(merged, main_of, {art: index.resolve(e.event_id) for art, e in mains.items()})
    pred = {a: links.get(k, k) if isinstance(k, str) else k for a, k in clusters.items()}
    moved = corroborated_clusters(merged, pred, main_of)
    pred.update(moved)
    scores = bcubed({a: pred.get(a, a) for a in gold}, gold)
    base = bcubed({a: a for a in gold}, gold)
    largest = largest_event_clusters(merged, gold)
    widest = bcubed(largest, gold)
    return {
        **scores,
        "singleton_f1": base["f1"],
        **{f"{k}_largest_event": v for k, v in widest.items()},
        **_by_half(pred, gold, incidents),
        **{f"{k}_largest_event": v for k, v in _by_half(largest, gold, incidents).items()},
        "articles": float(len(gold)),
        "articles_unreadable": float(len(records) - len(articles)),
        **counts,
        "events": float(len(events)),
        "follow_up_links": float(len(links)),
        "articles_moved_to_corroborated": float(len(moved)),
        "merged_events": float(len(merged)),
        **main_date_scores(mains, incidents),
    }
