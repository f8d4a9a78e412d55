"""One record from two reports of the same event: the most precise date and place, a conservative
toll with its range, the claim status across sources, every source kept once."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from sitrep.merge.features import is_headline, toll_range, tolls_agree, window
from sitrep.merge.addresses import ADDRESSES_KEY, union_addresses
from sitrep.merge.persons import PERSONS_KEY, union_persons
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import root_of
from sitrep.types import Event, SourceRef

__all__ = ["combine", "corroboration"]

# Confidence gained when another independent outlet reports the event: the remaining doubt shrinks
# by this share per added outlet (0.6 -> 0.7 -> 0.775). Chosen so that three outlets reach the
# confidence the events stage gives its clearest single-sentence reports (~0.8).
CORROBORATION_GAIN = 0.25
# How the events stage's date reason begins when the evidence names no date (time/eventdate.py).
UNDATED_EVIDENCE = "no date in the evidence"
# Statuses whose toll is taken as a credible figure; "claimed" and "denied" tolls come from a party.
CREDIBLE = ("reported", "disputed")


def _unit(ref: SourceRef, by_id: Mapping[str, SourceRef], duplicate_of: Mapping[str, str | None]) -> tuple:
    root = root_of(ref.article_id, duplicate_of)
    base = by_id.get(root, ref) if root != ref.article_id else ref
    if base.article_id == root and base.source:
        return ("source", base.source.strip().lower())
    return ("article", root)


def corroboration(sources: tuple[SourceRef, ...], duplicate_of: Mapping[str, str | None]) -> int:
    """Independent outlets: copies count as their original, one outlet counts once, a nameless
    article counts by itself."""
    by_id = {s.article_id: s for s in sources}
    return max(1, len({_unit(s, by_id, duplicate_of) for s in sources}))


def _span_days(event: Event) -> int:
    w = window(event)
    return (w[1] - w[0]).days if w else 10_000


def _inferred_date(event: Event) -> bool:
    """Whether the event's date was inferred (publication day, an article's other date) because
    its evidence names none: the events stage's date reasons say so in their first words."""
    return event.reasons.get("date", "").startswith(UNDATED_EVIDENCE)


def _pick_date(base: Event, new: Event) -> tuple[Event, str]:
    if not new.event_date:
        return base, "date kept"
    if not base.event_date:
        return new, f"date from {new.event_id} (the first report was undated)"
    key_b = (base.time_precision, _inferred_date(base), _span_days(base))
    key_n = (new.time_precision, _inferred_date(new), _span_days(new))
    if key_n < key_b:
        if key_n[0] == key_b[0] and key_n[1] < key_b[1]:
            return new, f"date from {new.event_id}, whose evidence names it (the kept one was inferred)"
        return new, f"more precise date from {new.event_id}"
    return base, "date kept (as precise or more)"


def _pick_place(base: Event, new: Event) -> tuple[Event, str]:
    def key(e: Event) -> tuple[int, int, int]:
        return (e.latitude is None, e.geo_precision, not e.location)

    if key(new) < key(base):
        return new, f"more precise place from {new.event_id} ({new.location})"
    return base, "place kept (as precise or more)"


def _pick_type(base: Event, new: Event) -> tuple[Event, str]:
    if (base.event_type, base.sub_event_type) == (new.event_type, new.sub_event_type):
        return base, "same type"
    if new.confidence > base.confidence:
        return new, f"type of the more confident report {new.event_id}"
    return base, "type kept (the first report is as confident or more)"


def _named_count(e: Event) -> int:
    rules = load_rules()
    return sum(1 for n in (e.actor1, e.actor2) if n and not rules.is_generic_actor(n))


def _pick_actors(base: Event, new: Event, typed: Event) -> Event:
    nb, nn = _named_count(base), _named_count(new)
    if nb == nn:
        return typed
    return new if nn > nb else base


@dataclass(frozen=True)
class _Toll:
    fatalities: int | None
    low: int | None
    high: int | None
    status: str
    claimed_by: str | None
    reason: str


def _revised(base: Event, new: Event) -> int | None:
    """The larger toll when one report gives it as a revision of the other's (``features.
    revision_signal``: "the death toll has risen to 35"): a later figure supersedes the earlier."""
    from sitrep.merge.features import revised_toll, revision_signal

    rules = load_rules()
    if revision_signal(base, new, rules) is None:
        return None
    figures = [e.fatalities if e.fatalities is not None else revised_toll(e, rules) for e in (base, new)]
    return max(f for f in figures if f is not None)


def _tolls(base: Event, new: Event) -> tuple[int | None, bool, str]:
    """The toll kept, whether credible sources disagree, and why."""
    revised = _revised(base, new)
    if revised is not None:
        return revised, False, f"toll revised to {revised}; the revision kept"
    credible = [e.fatalities for e in (base, new) if e.claim_status in CREDIBLE and e.fatalities is not None]
    claimed = [
        e.fatalities for e in (base, new) if e.claim_status not in CREDIBLE and e.fatalities is not None
    ]
    figures = credible or claimed
    if not figures:
        return None, False, "no toll reported"
    fits = _fitting(figures, base, new)
    if len(figures) == 2 and fits:
        pick, agree, why = max(fits), True, f"toll {max(fits)} fits the range of both reports"
    elif len(figures) == 1:
        pick, agree, why = figures[0], True, f"toll {figures[0]}"
    elif tolls_agree(*figures):
        pick, agree, why = (
            max(figures),
            True,
            f"tolls {figures[0]} and {figures[1]} agree; the updated {max(figures)} kept",
        )
    else:
        pick, agree, why = (
            min(figures),
            False,
            f"tolls {figures[0]} and {figures[1]} disagree; the lower kept",
        )
    if credible and claimed and not all(tolls_agree(c, pick) for c in claimed):
        agree, why = False, f"{why}; a party claims {claimed[0]}"
    return pick, not agree, why


def _fitting(figures: list[int], base: Event, new: Event) -> list[int]:
    """The figures every report's range admits."""
    ranges = [r for r in (toll_range(base), toll_range(new)) if r is not None]
    return [f for f in figures if all(lo <= f <= hi for lo, hi in ranges)]


def _status(base: Event, new: Event, toll_dispute: bool) -> tuple[str, str | None]:
    statuses = {base.claim_status, new.claim_status}
    by = base.claimed_by or new.claimed_by
    if toll_dispute or "disputed" in statuses or ("denied" in statuses and len(statuses) > 1):
        return "disputed", by
    if statuses == {"reported", "claimed"}:
        rep = base if base.claim_status == "reported" else new
        return "reported", rep.claimed_by or by
    return base.claim_status, by


def _range(values: list[int | None], pick) -> int | None:
    present = [v for v in values if v is not None]
    return pick(present) if present else None


def _toll(base: Event, new: Event) -> _Toll:
    fatalities, dispute, why = _tolls(base, new)
    status, by = _status(base, new, dispute)
    low = _range([base.fatalities_low, base.fatalities, new.fatalities_low, new.fatalities], min)
    figures = [base.fatalities_high, base.fatalities, new.fatalities_high, new.fatalities, fatalities]
    high = _range(figures, max)
    return _Toll(fatalities, low, high, status, by, why)


def _sources(base: Event, new: Event) -> tuple[SourceRef, ...]:
    """Every article once: the base's sources, then the new ones; where both cite one article (its
    headline and a sentence of its body), the body's span, which says more, in the base's place."""
    theirs = {s.article_id: s for s in new.sources}
    kept = tuple(_body_of(s, theirs.get(s.article_id)) for s in base.sources)
    have = {s.article_id for s in base.sources}
    return kept + tuple(s for s in new.sources if s.article_id not in have)


def _body_of(mine: SourceRef, other: SourceRef | None) -> SourceRef:
    """Of two spans of one article, the body's rather than the headline's."""
    if other is not None and is_headline(mine) and not is_headline(other):
        return other
    return mine


def _confidence(base: Event, new: Event, gained: int) -> float:
    top = max(base.confidence, new.confidence)
    for _ in range(max(0, gained)):
        top += (1.0 - top) * CORROBORATION_GAIN
    return round(top, 4)


def _reasons(base: Event, new: Event, notes: dict[str, str], reason: str) -> dict[str, str]:
    out = dict(base.reasons)
    previous = out.get("merge")
    entry = f"+{new.event_id}" + (f" ({reason})" if reason else "")
    out["merge"] = f"{previous}; {entry}" if previous else entry
    out.update({f"merge_{k}": v for k, v in notes.items()})
    persons = union_persons(base, new)
    if persons:
        out[PERSONS_KEY] = persons
    blocks = union_addresses(base, new)
    if blocks:
        out[ADDRESSES_KEY] = blocks
    return out


def combine(
    base: Event, new: Event, duplicate_of: Mapping[str, str | None] | None = None, *, reason: str = ""
) -> Event:
    """``base`` (the stored, earlier record) with ``new`` folded in; ``base.event_id`` is kept."""
    dup = duplicate_of or {}
    when, why_date = _pick_date(base, new)
    where, why_place = _pick_place(base, new)
    typed, why_type = _pick_type(base, new)
    actors = _pick_actors(base, new, typed)
    toll = _toll(base, new)
    sources = _sources(base, new)
    corr = corroboration(sources, dup)
    notes = {"date": why_date, "place": why_place, "type": why_type, "fatalities": toll.reason}
    merged = dataclasses.replace(
        base,
        event_date=when.event_date,
        time_precision=when.time_precision,
        date_earliest=when.date_earliest,
        date_latest=when.date_latest,
        event_type=typed.event_type,
        sub_event_type=typed.sub_event_type,
        actor1=actors.actor1,
        actor2=actors.actor2,
        inter1=actors.inter1,
        inter2=actors.inter2,
        country=where.country or base.country or new.country,
        admin1=where.admin1,
        location=where.location,
        latitude=where.latitude,
        longitude=where.longitude,
        geo_precision=where.geo_precision,
        geonameid=where.geonameid,
        fatalities=toll.fatalities,
        fatalities_low=toll.low,
        fatalities_high=toll.high,
        claim_status=toll.status,
        claimed_by=toll.claimed_by,
        sources=sources,
        notes=base.notes or new.notes,
        confidence=_confidence(base, new, corr - base.corroboration),
        corroboration=corr,
        reasons=_reasons(base, new, notes, reason),
    )
    return _renote(merged, base)


def _renote(merged: Event, base: Event) -> Event:
    """A merged record's note describes its merged fields (not the first report's)."""
    from sitrep.events.notes import note_for_event

    if not base.notes or base.notes != note_for_event(base):
        return merged  # a note written some other way (by hand, by another coder) is kept
    return dataclasses.replace(merged, notes=note_for_event(merged))
