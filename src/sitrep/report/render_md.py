"""The situation report as Markdown; charts are PNG files written beside it and linked by name.

Text from articles and the store is escaped so that it cannot turn into Markdown or HTML.
"""

from __future__ import annotations

import re

from sitrep import __version__
from sitrep.report.analysis import TOTAL, fatality_phrase, place_of
from sitrep.report.anchors import cut_note, empty_text, event_anchor, linked_ids, safe_url, type_anchor
from sitrep.report.model import Report, Statement, TypeRow, counted
from sitrep.types import INTER_CODES, Event, SourceRef

__all__ = ["md_escape", "render_markdown"]

# Characters that could start Markdown or HTML inside a line; with "[" and "]" escaped, "(" and
# ")" can never form a link, so they stay readable. Lines never start with article text.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def md_escape(text: str) -> str:
    """Plain text that renders as itself in CommonMark/GitHub Markdown (one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _url(url: str) -> str:
    return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")


def _refs(report: Report, st: Statement) -> str:
    shown, cut = linked_ids(report, st)
    links = ", ".join(f"[{label}](#{anchor})" for label, anchor, _ in shown)
    more = cut_note(cut)
    return f" \\[{links}{more}\\]" if shown else ""


def _statement(report: Report, st: Statement) -> str:
    return md_escape(st.text) + _refs(report, st)


def _list(report: Report, items: tuple[Statement, ...], empty: str, numbered: bool = False) -> list[str]:
    if not items:
        return [f"_{md_escape(empty)}_", ""]
    return [f"{f'{i}.' if numbered else '-'} {_statement(report, s)}" for i, s in enumerate(items, 1)] + [""]


def _signed(now: int, before: int) -> str:
    d = now - before
    return f"{d:+d}" if d else "0"


def _row(r: TypeRow) -> str:
    name = md_escape(r.event_type)
    cell = (
        f"**{name}**"
        if r.event_type == TOTAL
        else (f"[{name}](#{type_anchor(r.event_type)})" if r.events else name)
    )
    nums = (
        r.events,
        r.previous_events,
        _signed(r.events, r.previous_events),
        r.fatalities,
        r.previous_fatalities,
        _signed(r.fatalities, r.previous_fatalities),
    )
    return f"| {cell} | " + " | ".join(str(n) for n in nums) + " |"


def _image(report: Report, name: str, files: dict[str, str]) -> list[str]:
    chart = next((c for c in report.charts if c.name == name), None)
    if chart is None or name not in files:
        return []
    note = f" {md_escape(chart.note)}" if chart.note else ""
    return [f"![{md_escape(chart.alt)}]({_url(files[name])})", "", f"_{md_escape(chart.title)}._{note}", ""]


def _headline(report: Report, files: dict[str, str]) -> list[str]:
    lines = [
        "## Headline figures",
        "",
        _statement(report, report.summary),
        "",
        "| Event type | Events | Previous | Change | Fatalities | Previous | Change |",
        "|---|--:|--:|--:|--:|--:|--:|",
        *(_row(r) for r in report.headline),
        "",
    ]
    return lines + _image(report, "events-per-day", files) + _image(report, "map", files)


def _developments(report: Report) -> list[str]:
    return [
        "## Key developments",
        "",
        "### Territory changing hands",
        "",
        *_list(report, report.territory, empty_text("territory")),
        "### Deadliest events",
        "",
        *_list(report, report.deadliest, empty_text("deadliest"), True),
        "### New actors",
        "",
        *_list(report, report.new_actors, empty_text("new_actors")),
    ]


def _claims(report: Report) -> list[str]:
    empty = empty_text("claims")
    return ["## Disputed or unconfirmed claims", "", *_list(report, report.claims, empty)]


def _regions(report: Report, files: dict[str, str]) -> list[str]:
    lines = ["## By region", "", *_image(report, "fatalities-by-admin1", files)]
    for region in report.regions:
        lines += [
            f"### {md_escape(region.title)}",
            "",
            " ".join(_statement(report, s) for s in region.statements),
            "",
        ]
    return lines if report.regions else lines + [f"_{md_escape(empty_text('regions'))}_", ""]


def _actor(name: str | None, inter: int | None) -> str:
    if not name:
        return "none"
    return md_escape(name) + (f" ({INTER_CODES[inter]})" if inter in INTER_CODES else "")


def _source(s: SourceRef) -> list[str]:
    url = safe_url(s.url)
    outlet = md_escape(s.source or "unknown outlet")
    name = f"[{outlet}](<{_url(url)}>)" if url else outlet
    when = f", published {md_escape(s.published)}" if s.published else ""
    return [
        f"  - {name}{when}; article `{s.article_id.replace('`', '')}`, characters {s.start}–{s.end}",
        f"    > {md_escape(s.evidence)}",
    ]


def _event(report: Report, e: Event) -> list[str]:
    claim = md_escape(e.claim_status) + (f" by {md_escape(e.claimed_by)}" if e.claimed_by else "")
    lines = [
        f'<a id="{event_anchor(e.event_id)}"></a>',
        "",
        f"#### {report.labels[e.event_id]} · {md_escape(e.event_date)} · {md_escape(e.sub_event_type)} · "
        f"{md_escape(place_of(e))}",
        "",
        f"- Event id: `{e.event_id.replace('`', '')}`; date precision {e.time_precision}",
        f"- Actors: {_actor(e.actor1, e.inter1)}; {_actor(e.actor2, e.inter2)}",
        f"- Fatalities: {md_escape(fatality_phrase(e))}; claim: {claim}",
        f"- Notes: {md_escape(e.notes)}",
    ]
    if e.reasons:
        lines.append(
            "- Coding reasons: "
            + "; ".join(f"{md_escape(k)}: {md_escape(str(v))}" for k, v in sorted(e.reasons.items()))
        )
    lines.append("- Sources:")
    for s in e.sources:
        lines += _source(s)
    return lines + [""]


def _appendix(report: Report) -> list[str]:
    lines = ["## Appendix: events and their sources", ""]
    current = None
    for e in report.events:
        if e.event_type != current:
            current = e.event_type
            lines += [f'<a id="{type_anchor(current)}"></a>', "", f"### {md_escape(current)}", ""]
        lines += _event(report, e)
    return lines


def render_markdown(report: Report, image_files: dict[str, str] | None = None) -> str:
    """The report as Markdown. ``image_files`` maps chart names to the file names written beside it;
    charts without a file are left out."""
    files = image_files or {}
    p = report.period
    head = [
        f"# {md_escape(report.title)}",
        "",
        f"_Period {p.label()}, compared with {p.previous.label()}. {counted(len(report.events), 'event')}. Made by sitrep "
        f"{__version__}: every statement links to its events in the appendix._",
        "",
    ]
    body = (
        _headline(report, files)
        + _developments(report)
        + _claims(report)
        + _regions(report, files)
        + _appendix(report)
    )
    return "\n".join(head + body).rstrip("\n") + "\n"
