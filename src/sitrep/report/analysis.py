"""What a situation report says, decided from lists of events (no store, no rendering).

Each function returns :class:`Statement` records carrying the ids of the events behind them, and
a short reason saying why the statement was selected.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from sitrep.report.model import Period, Region, ReportConfig, Statement, TypeRow, counted, report_config
from sitrep.types import EVENT_TYPES, INTER_CODES, Event

__all__ = [
    "TOTAL",
    "appendix_order",
    "claim_statements",
    "deadliest_statements",
    "describe",
    "fatality_phrase",
    "headline_rows",
    "new_actor_statements",
    "place_of",
    "region_paragraphs",
    "summary_statement",
    "territory_statements",
]

TOTAL = "All events"
_TYPE_ORDER = {t: i for i, t in enumerate(EVENT_TYPES)}


def _deaths(e: Event) -> int:
    return e.fatalities or 0


def _ids(events: Iterable[Event]) -> tuple[str, ...]:
    return tuple(e.event_id for e in events)


def _chronological(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.event_date, e.event_id))


def appendix_order(events: Iterable[Event]) -> list[Event]:
    """Grouped by event type (ACLED's order), then by date."""
    return sorted(
        events, key=lambda e: (_TYPE_ORDER.get(e.event_type, 99), e.event_type, e.event_date, e.event_id)
    )


def place_of(e: Event) -> str:
    """ "Gwoza (Borno, Nigeria)"; the country alone when nothing finer is known."""
    outer = [p for p in (e.admin1, e.country) if p and p != e.location]
    if not e.location:
        return ", ".join(outer) or "an unknown place"
    return f"{e.location} ({', '.join(outer)})" if outer else e.location


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def describe(e: Event, cfg: ReportConfig | None = None) -> str:
    """ "armed clash between A and B" / "peaceful protest by A" / "takeover of territory by A from B"."""
    cfg = cfg or report_config()
    noun = cfg.event_nouns.get(e.sub_event_type)
    if noun:
        return f"{noun} by {e.actor1}" + (f" from {e.actor2}" if e.actor2 else "")
    what = _lower_first(e.sub_event_type)
    if e.actor2 and e.event_type == "Battles":
        return f"{what} between {e.actor1} and {e.actor2}"
    return f"{what} by {e.actor1}" + (f" against {e.actor2}" if e.actor2 else "")


def fatality_phrase(e: Event) -> str:
    if e.fatalities is None:
        return "no toll reported"
    if e.fatalities == 0:
        return "no deaths reported"
    spread = (
        e.fatalities_low is not None
        and e.fatalities_high is not None
        and e.fatalities_low != e.fatalities_high
    )
    return f"{e.fatalities} killed" + (
        f" (reports range from {e.fatalities_low} to {e.fatalities_high})" if spread else ""
    )


def _claim_phrase(e: Event, cfg: ReportConfig) -> str:
    template = cfg.claim_phrases.get(e.claim_status, "")
    return template.format(claimed_by=e.claimed_by or cfg.unknown_claimant)


# ---- headline figures ---------------------------------------------------------------------
def _row(name: str, now: Sequence[Event], before: Sequence[Event]) -> TypeRow:
    return TypeRow(
        name,
        len(now),
        len(before),
        sum(map(_deaths, now)),
        sum(map(_deaths, before)),
        _ids(_chronological(now)),
    )


def headline_rows(current: Sequence[Event], previous: Sequence[Event]) -> tuple[TypeRow, ...]:
    """One row per event type seen in either period (ACLED's order), then the total."""
    types = sorted({e.event_type for e in (*current, *previous)}, key=lambda t: (_TYPE_ORDER.get(t, 99), t))
    rows = [
        _row(t, [e for e in current if e.event_type == t], [e for e in previous if e.event_type == t])
        for t in types
    ]
    return (*rows, _row(TOTAL, current, previous))


def _change(now: int, before: int) -> str:
    if now == before:
        return "unchanged"
    return f"{'up' if now > before else 'down'} from {before}"


def summary_statement(
    rows: Sequence[TypeRow],
    period: Period,
    area: str,
    current: Sequence[Event] = (),
    cfg: ReportConfig | None = None,
) -> Statement:
    """Totals against the previous period; how much of the toll rests on unconfirmed claims."""
    cfg = cfg or report_config()
    total = rows[-1]
    prev = period.previous
    text = (
        f"From {period.since.isoformat()} to {period.until.isoformat()}, {counted(total.events, 'event')} "
        f"{'was' if total.events == 1 else 'were'} recorded in "
        f"{area} ({_change(total.events, total.previous_events)} in the previous {period.days} days, "
        f"{prev.label()}), with {total.fatalities} reported fatalities "
        f"({_change(total.fatalities, total.previous_fatalities)})."
    )
    by_type = [r for r in rows[:-1] if r.events]
    if by_type:
        top = max(by_type, key=lambda r: (r.events, r.fatalities))
        text += f" The most frequent event type was {top.event_type} ({top.events})."
    unconfirmed = sum(_deaths(e) for e in current if e.claim_status in cfg.unconfirmed_statuses)
    if unconfirmed:
        text += f" {unconfirmed} of the fatalities rest on claimed, disputed or denied reports."
    return Statement(text, total.event_ids, "totals of the period against the previous period")


# ---- key developments ---------------------------------------------------------------------
def territory_statements(current: Sequence[Event], cfg: ReportConfig | None = None) -> tuple[Statement, ...]:
    """Places changing hands: the sub-event types listed in ``territory`` of report.json."""
    cfg = cfg or report_config()
    out = []
    for e in _chronological(x for x in current if x.sub_event_type in cfg.territory):
        text = cfg.territory[e.sub_event_type].format(actor1=e.actor1, place=place_of(e))
        if e.actor2:
            text += cfg.territory["from_actor2"].format(actor2=e.actor2)
        text = f"{e.event_date}: {text[:1].upper() + text[1:]}{_claim_phrase(e, cfg)}."
        out.append(
            Statement(text, (e.event_id,), f"sub-event type {e.sub_event_type!r} changes who holds a place")
        )
    return tuple(out)


def deadliest_statements(current: Sequence[Event], cfg: ReportConfig | None = None) -> tuple[Statement, ...]:
    cfg = cfg or report_config()
    ranked = sorted(
        (e for e in current if _deaths(e) > 0), key=lambda e: (-_deaths(e), e.event_date, e.event_id)
    )
    out = []
    for rank, e in enumerate(ranked[: cfg.deadliest_count], 1):
        text = f"{e.event_date}, {place_of(e)}: {describe(e)}; {fatality_phrase(e)}{_claim_phrase(e, cfg)}."
        out.append(Statement(text, (e.event_id,), f"rank {rank} by fatalities in the period"))
    return tuple(out)


def _actors(e: Event) -> list[tuple[str, int | None]]:
    pairs = [(e.actor1, e.inter1)]
    if e.actor2:
        pairs.append((e.actor2, e.inter2))
    return [(name, inter) for name, inter in pairs if name]


def new_actor_statements(
    current: Sequence[Event], previous: Sequence[Event], cfg: ReportConfig | None = None
) -> tuple[Statement, ...]:
    """Actors of this period absent from the previous one (civilians excluded by report.json)."""
    cfg = cfg or report_config()
    before = {name for e in previous for name, _ in _actors(e)}
    seen: dict[str, list[Event]] = defaultdict(list)
    inter_of: dict[str, int | None] = {}
    for e in _chronological(current):
        for name, inter in _actors(e):
            if name not in before and inter not in cfg.new_actor_exclude_inter:
                seen[name].append(e)
                inter_of.setdefault(name, inter)
    out = []
    for name, evs in sorted(seen.items(), key=lambda kv: (kv[1][0].event_date, kv[0])):
        kind = INTER_CODES.get(inter_of[name] or 0, "actor category unknown")
        places = ", ".join(dict.fromkeys(e.location or e.country for e in evs))
        text = (
            f"{name} ({kind.lower()}) appears in {counted(len(evs), 'event')}, "
            f"first on {evs[0].event_date}, in {places}; it was not seen in the previous period."
        )
        out.append(Statement(text, _ids(evs), "actor absent from the previous period"))
    return tuple(out)


def claim_statements(current: Sequence[Event], cfg: ReportConfig | None = None) -> tuple[Statement, ...]:
    """Events whose claim status is not plainly reported: claimed, disputed or denied."""
    cfg = cfg or report_config()
    out = []
    for e in _chronological(x for x in current if x.claim_status in cfg.unconfirmed_statuses):
        who = e.claimed_by or cfg.unknown_claimant
        sources = len({s.article_id for s in e.sources})
        text = (
            f"{e.event_date}, {place_of(e)}: {describe(e)}; {fatality_phrase(e)}. Status: {e.claim_status}, "
            f"claim by {who}; {counted(sources, 'source')}."
        )
        out.append(Statement(text, (e.event_id,), f"claim status {e.claim_status!r}"))
    return tuple(out)


# ---- regions ------------------------------------------------------------------------------
def _region_key(e: Event) -> tuple[str, str | None]:
    return (e.country, e.admin1 or None)


def _by_type_text(events: Sequence[Event]) -> str:
    counts = Counter(e.event_type for e in events)
    parts = [
        f"{t} {n}" for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], _TYPE_ORDER.get(kv[0], 99)))
    ]
    return "By type: " + ", ".join(parts) + "."


def _region_statements(evs: Sequence[Event], before: Sequence[Event]) -> tuple[Statement, ...]:
    ids = _ids(evs)
    deaths, deaths_before = sum(map(_deaths, evs)), sum(map(_deaths, before))
    out = [
        Statement(
            f"{counted(len(evs), 'event')} ({_change(len(evs), len(before))} in the previous period) "
            f"with {deaths} reported fatalities ({_change(deaths, deaths_before)}). {_by_type_text(evs)}",
            ids,
            "events in this division",
        ),
        Statement(
            "Places: " + ", ".join(sorted({e.location or "unknown place" for e in evs})) + ".",
            ids,
            "places of the events in this division",
        ),
    ]
    worst = max(evs, key=lambda e: (_deaths(e), e.event_date, e.event_id))
    if _deaths(worst) > 0 and len(evs) > 1:  # with one event the first sentence already says it all
        out.append(
            Statement(
                f"Deadliest: {worst.event_date}, {place_of(worst)}, {describe(worst)}; "
                f"{fatality_phrase(worst)}.",
                (worst.event_id,),
                "most fatalities in this division",
            )
        )
    return tuple(out)


def region_paragraphs(current: Sequence[Event], previous: Sequence[Event]) -> tuple[Region, ...]:
    """One paragraph per (country, admin1), the deadliest and busiest first."""
    now: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
    before: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
    for e in _chronological(current):
        now[_region_key(e)].append(e)
    for e in previous:
        before[_region_key(e)].append(e)
    keys = sorted(now, key=lambda k: (-sum(map(_deaths, now[k])), -len(now[k]), k[0], k[1] or "~"))
    return tuple(Region(k[0], k[1], _region_statements(now[k], before.get(k, []))) for k in keys)
