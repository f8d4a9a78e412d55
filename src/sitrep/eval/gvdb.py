"""Gun Violence Database (dev): killed count, incident date and city per article, full pipeline.

Each of the 400 articles describes one shooting. The article carries no publication date column:
it is read from the text (dateline, by ingest) or else from the URL (``published_date``: the
URL also wins over a dateline one year behind it on the same day and month). The
articles run through the default pipeline; the incident is the first violent event drafted
(by evidence position). Where a stage is not available yet, the pipeline is built from the
stages that are, and the incident falls back to the first sentence that reports a shooting: the
date from ``event_date``, the toll from ``fatalities_for``, the place from ``event_place`` (each
only when its module exists). Scores are over the articles whose gold has a value.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.eval import evaluation
from sitrep.types import Place

__all__ = ["GvdbItem", "Guess", "build_pipeline", "guess", "read_items", "same_city", "score_gvdb"]

# Modules whose @provider the default stages need (the geo stage asks for "gazetteer").
PROVIDER_MODULES = ("sitrep.geo.gazetteer",)
# A city guessed within this distance of the gold city counts as right (the brief's 25 km).
CITY_MATCH_KM = 25.0
VIOLENT_TYPES = ("Violence against civilians", "Battles", "Explosions/Remote violence")
_SHOOTING = re.compile(r"\b(shot|shoot\w*|gunfire|gunshot|gunman|killed|fatal\w*|wounded|slain)\b", re.I)


@dataclass(frozen=True, slots=True)
class GvdbItem:
    id: str
    url: str
    title: str
    text: str
    killed: int
    date: date | None
    city: str | None
    state: str | None = None  # "California" (from "CA - California"), None when "Unclear"


@dataclass(frozen=True, slots=True)
class Guess:
    killed: int | None
    date: date | None
    city: Place | None
    date_reason: str = ""
    earliest: date | None = None
    latest: date | None = None

    def admits(self, day: date) -> bool:
        return self.earliest is not None and self.latest is not None and self.earliest <= day <= self.latest


def _gold_date(value: str) -> date | None:
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", value or "")
    if not m:
        return None
    try:
        return date(*map(int, m.groups()))
    except ValueError:
        return None


def _item(row: dict[str, str]) -> GvdbItem:
    ann: dict[str, Any] = json.loads(row["Json"])
    when = ann.get("date-and-time", {})
    city = ((when.get("city") or {}).get("value") or "").strip() or None
    killed = sum("killed" in (v.get("victim-was") or []) for v in ann.get("victim-section", []))
    state = (when.get("state") or "").partition(" - ")[2].strip() or None
    return GvdbItem(row["Article id"], row["Article url"], row["Article title"], row["Full text"],
                    killed, _gold_date(when.get("date", "")), city, state)


def read_items(path: Path, limit: int | None = None) -> list[GvdbItem]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [_item(r) for r in rows[:limit]]


def _hook(module: str, name: str) -> Any:
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _register_providers() -> None:
    import importlib

    for module in PROVIDER_MODULES:
        try:
            importlib.import_module(module)  # importing registers the module's @provider functions
        except ImportError:
            continue


def build_pipeline() -> Any:
    """The default pipeline or, while some stage cannot be built yet, the default stages that can."""
    from sitrep.errors import PipelineError
    from sitrep.pipeline import DEFAULT_STAGES, Context, Pipeline

    _register_providers()
    ctx = Context()
    try:
        return Pipeline(DEFAULT_STAGES, ctx)
    except PipelineError:
        names: list[str] = []
        for name in DEFAULT_STAGES:
            try:
                Pipeline([*names, name], ctx)
                names.append(name)
            except PipelineError:
                continue
        return Pipeline(names, ctx)


def _article(item: GvdbItem) -> Any:
    from sitrep.ingest.build import article_from_text
    from sitrep.time.urls import published_date

    article = article_from_text(item.id, item.text, url=item.url or None)
    published, where = published_date(article.published, item.url)
    if published != article.published:
        origin = {**article.origin, "published": where}
        article = replace(article, published=published, origin=origin)
    return article


def _incident(doc: Any) -> Any:
    events = sorted(doc.events or (), key=lambda e: e.evidence[0].start if e.evidence else 0)
    violent = [e for e in events if e.event_type in VIOLENT_TYPES]
    return (violent or events or [None])[0]


def _fallback_spans(doc: Any) -> list[tuple[int, int]]:
    for s in doc.sentences or ():
        if _SHOOTING.search(s.text):
            return [(s.start, s.end)]
    first = (doc.sentences or ())[:1]
    return [(s.start, s.end) for s in first]


def guess(doc: Any) -> Guess:
    """Killed count, date and city the pipeline gives for the incident of one article."""
    event = _incident(doc)
    if event is not None:
        d = event.date
        return Guess(event.fatalities, d.value, event.place, d.reason, d.earliest, d.latest)
    from sitrep.time.eventdate import event_date

    spans = _fallback_spans(doc)
    when = event_date(doc, spans)
    fatalities = _hook("sitrep.events.counts", "fatalities_for")
    place_of = _hook("sitrep.geo.eventplace", "event_place")
    killed = fatalities(doc, spans)[0] if fatalities and doc.quantities is not None else None
    if killed is None and fatalities and doc.quantities is not None:  # as the events stage does for a
        killed = fatalities(doc, [(0, len(doc.article.text))])[0]  # report of one event: the article's toll
    place = place_of(doc, spans)[0] if place_of and doc.toponyms is not None else None
    return Guess(killed, when.value, place, when.reason, when.earliest, when.latest)


def _norm(s: str) -> str:
    return re.sub(r"[^a-z]+", " ", s.lower()).strip()


def _km(a: Place, b: Place) -> float:
    from math import asin, cos, radians, sin, sqrt

    la1, lo1, la2, lo2 = map(radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * asin(sqrt(h))


def same_city(ours: Place | None, item: GvdbItem, gazetteer: Any = None) -> bool:
    """Same name (case and punctuation aside), or within CITY_MATCH_KM of a place of the gold
    city's name in the gold state (when a gazetteer is at hand)."""
    if ours is None or item.city is None:
        return False
    if _norm(ours.name) == _norm(item.city):
        return True
    if gazetteer is None or ours.latitude is None or ours.longitude is None:
        return False
    golds = [p for p in gazetteer.candidates(item.city) if p.latitude is not None and p.longitude is not None
             and (item.state is None or (p.admin1 or "").lower() == item.state.lower())]
    return any(_km(ours, g) <= CITY_MATCH_KM for g in golds)


def score_items(items: list[GvdbItem], pipeline: Any) -> dict[str, float]:
    from sitrep.types import Doc

    keys = ("killed", "date", "date_n", "date_in", "date_pub", "date_pub_n", "city", "city_n",
            "dated_article", "events")
    tally = dict.fromkeys(keys, 0)
    for item in items:
        doc = pipeline(Doc(_article(item)))
        g = guess(doc)
        tally["events"] += bool(doc.events)
        tally["dated_article"] += doc.article.published is not None
        tally["killed"] += (g.killed or 0) == item.killed
        if item.date is not None:
            tally["date_n"] += 1
            tally["date"] += g.date == item.date
            tally["date_in"] += g.admits(item.date)
            tally["date_pub_n"] += doc.article.published is not None
            tally["date_pub"] += doc.article.published is not None and g.date == item.date
        if item.city is not None:
            tally["city_n"] += 1
            tally["city"] += same_city(g.city, item, pipeline.ctx.services.get("gazetteer"))
    return _ratios(tally, len(items))


def _ratios(t: dict[str, int], n: int) -> dict[str, float]:
    return {
        "killed_accuracy": t["killed"] / max(n, 1),
        "killed_n": float(n),
        "date_accuracy": t["date"] / max(t["date_n"], 1),
        "date_n": float(t["date_n"]),
        "date_within_bounds": t["date_in"] / max(t["date_n"], 1),
        "date_accuracy_published": t["date_pub"] / max(t["date_pub_n"], 1),
        "date_published_n": float(t["date_pub_n"]),
        "city_accuracy": t["city"] / max(t["city_n"], 1),
        "city_n": float(t["city_n"]),
        "articles_with_published": t["dated_article"] / max(n, 1),
        "articles_with_events": t["events"] / max(n, 1),
    }


def iter_guesses(items: list[GvdbItem], pipeline: Any) -> Iterator[tuple[GvdbItem, Any, Guess]]:
    """(item, processed doc, guess) per article: for error analysis."""
    from sitrep.types import Doc

    for item in items:
        doc = pipeline(Doc(_article(item)))
        yield item, doc, guess(doc)


@evaluation("gvdb", needs=("data/gvdb-dev/dev.tsv",))
def score_gvdb(root: Path, limit: int | None = None, half: str | None = None) -> dict[str, float]:
    """Killed-count, date and city accuracy on GVDB dev, through the default pipeline; ``half``
    ("even"/"odd", by a hash of the article id) scores one half of the articles."""
    from sitrep.eval.case2021 import in_half

    items = [i for i in read_items(root / "data" / "gvdb-dev" / "dev.tsv", limit) if in_half(i.id, half)]
    return score_items(items, build_pipeline())
