"""The situation report as ONE self-contained HTML file (charts inline as base64 PNG).

Every piece of text that comes from articles or the store is escaped; links to sources are
written only for http(s) URLs.
"""

from __future__ import annotations

import base64
from html import escape

from sitrep import __version__
from sitrep.report.analysis import TOTAL, fatality_phrase, place_of
from sitrep.report.anchors import cut_note, empty_text, event_anchor, linked_ids, safe_url, type_anchor
from sitrep.report.model import Chart, Report, Statement, TypeRow, counted
from sitrep.types import INTER_CODES, Event, SourceRef

__all__ = ["render_html"]

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232b;margin:0;background:#fff}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{border-bottom:2px solid #d9dee4;padding-bottom:4px;margin-top:32px}
.meta{color:#55606c;margin:0 0 16px}nav a{margin-right:14px}
table{border-collapse:collapse;margin:12px 0}th,td{border:1px solid #d9dee4;padding:4px 10px;text-align:right}
th:first-child,td:first-child{text-align:left}tr.total td{font-weight:600;background:#f3f5f7}
.refs{font-size:12px;white-space:normal}.refs a{margin-left:3px;text-decoration:none}
figure{margin:16px 0}figure img{max-width:100%;border:1px solid #e3e6ea}figcaption{color:#55606c;font-size:13px}
.event{border-left:3px solid #d9dee4;padding:4px 12px;margin:12px 0}.event:target{border-color:#D55E00;background:#fff7f0}
.event h4{margin:0 0 4px}dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px;margin:4px 0;font-size:14px}
dt{color:#55606c}dd{margin:0}blockquote{margin:4px 0 8px 0;padding-left:10px;border-left:2px solid #e3e6ea;color:#333}
.status-claimed,.status-disputed,.status-denied{color:#a33c00;font-weight:600}.empty{color:#55606c;font-style:italic}
"""


def _refs(report: Report, st: Statement) -> str:
    shown, cut = linked_ids(report, st)
    links = "".join(f'<a href="#{a}" title="{escape(i)}">{escape(label)}</a>' for label, a, i in shown)
    more = cut_note(cut)
    return f' <span class="refs">[{links}{more}]</span>' if shown else ""


def _statement(report: Report, st: Statement) -> str:
    return f"{escape(st.text)}{_refs(report, st)}"


def _list(report: Report, items: tuple[Statement, ...], empty: str, tag: str = "ul") -> str:
    if not items:
        return f'<p class="empty">{escape(empty)}</p>'
    body = "".join(f'<li title="{escape(s.reason)}">{_statement(report, s)}</li>' for s in items)
    return f"<{tag}>{body}</{tag}>"


def _figure(chart: Chart | None) -> str:
    if chart is None:
        return ""
    data = base64.b64encode(chart.png).decode("ascii")
    note = f" {escape(chart.note)}" if chart.note else ""
    return (
        f'<figure id="chart-{escape(chart.name)}"><img src="data:image/png;base64,{data}" alt="{escape(chart.alt)}">'
        f"<figcaption>{escape(chart.title)}.{note}</figcaption></figure>"
    )


def _chart(report: Report, name: str) -> Chart | None:
    return next((c for c in report.charts if c.name == name), None)


def _signed(now: int, before: int) -> str:
    d = now - before
    return f"{d:+d}" if d else "0"


def _row(r: TypeRow) -> str:
    name = escape(r.event_type)
    cell = (
        name
        if r.event_type == TOTAL or not r.events
        else f'<a href="#{type_anchor(r.event_type)}">{name}</a>'
    )
    cls = ' class="total"' if r.event_type == TOTAL else ""
    nums = (
        r.events,
        r.previous_events,
        _signed(r.events, r.previous_events),
        r.fatalities,
        r.previous_fatalities,
        _signed(r.fatalities, r.previous_fatalities),
    )
    return f"<tr{cls}><td>{cell}</td>" + "".join(f"<td>{n}</td>" for n in nums) + "</tr>"


def _headline(report: Report) -> str:
    head = (
        "<tr><th>Event type</th><th>Events</th><th>Previous</th><th>Change</th><th>Fatalities</th>"
        "<th>Previous</th><th>Change</th></tr>"
    )
    table = f"<table>{head}{''.join(_row(r) for r in report.headline)}</table>"
    return (
        f'<section id="headline"><h2>Headline figures</h2><p>{_statement(report, report.summary)}</p>{table}'
        f"{_figure(_chart(report, 'events-per-day'))}{_figure(_chart(report, 'map'))}</section>"
    )


def _developments(report: Report) -> str:
    return (
        '<section id="developments"><h2>Key developments</h2>'
        f"<h3>Territory changing hands</h3>{_list(report, report.territory, empty_text('territory'))}"
        f"<h3>Deadliest events</h3>{_list(report, report.deadliest, empty_text('deadliest'), 'ol')}"
        f"<h3>New actors</h3>{_list(report, report.new_actors, empty_text('new_actors'))}"
        "</section>"
    )


def _claims(report: Report) -> str:
    claims = _list(report, report.claims, empty_text("claims"))
    return f'<section id="claims"><h2>Disputed or unconfirmed claims</h2>{claims}</section>'


def _regions(report: Report) -> str:
    parts = ['<section id="regions"><h2>By region</h2>', _figure(_chart(report, "fatalities-by-admin1"))]
    for region in report.regions:
        text = " ".join(_statement(report, s) for s in region.statements)
        parts.append(f"<h3>{escape(region.title)}</h3><p>{text}</p>")
    if not report.regions:
        parts.append(f'<p class="empty">{escape(empty_text("regions"))}</p>')
    return "".join(parts) + "</section>"


def _actor(name: str | None, inter: int | None) -> str:
    if not name:
        return "—"
    return escape(name) + (f" <small>({escape(INTER_CODES[inter])})</small>" if inter in INTER_CODES else "")


def _source(s: SourceRef) -> str:
    url = safe_url(s.url)
    outlet = escape(s.source or "unknown outlet")
    name = f'<a href="{escape(url)}" rel="noreferrer">{outlet}</a>' if url else outlet
    shown_url = "" if url or not s.url else f" (address not linked: {escape(s.url)})"
    when = f", published {escape(s.published)}" if s.published else ""
    return (
        f"<li>{name}{when}; article <code>{escape(s.article_id)}</code>, characters {s.start}–{s.end}"
        f"{shown_url}<blockquote>{escape(s.evidence)}</blockquote></li>"
    )


def _event(report: Report, e: Event) -> str:
    rows = [
        ("Event id", f"<code>{escape(e.event_id)}</code>"),
        ("Date", escape(e.event_date) + f" (precision {e.time_precision})"),
        ("Place", escape(place_of(e))),
        ("Actor 1", _actor(e.actor1, e.inter1)),
        ("Actor 2", _actor(e.actor2, e.inter2)),
        ("Fatalities", escape(fatality_phrase(e))),
        (
            "Claim",
            f'<span class="status-{escape(e.claim_status)}">{escape(e.claim_status)}</span>'
            + (f" by {escape(e.claimed_by)}" if e.claimed_by else ""),
        ),
        ("Notes", escape(e.notes)),
        (
            "Confidence",
            f"{e.confidence:.2f}; {counted(e.corroboration, 'supporting report')}",
        ),
    ]
    if e.reasons:
        rows.append(
            (
                "Coding reasons",
                "; ".join(f"{escape(k)}: {escape(str(v))}" for k, v in sorted(e.reasons.items())),
            )
        )
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    sources = "".join(_source(s) for s in e.sources)
    return (
        f'<div class="event" id="{event_anchor(e.event_id)}"><h4>{escape(report.labels[e.event_id])} · '
        f"{escape(e.event_date)} · {escape(e.sub_event_type)} · {escape(place_of(e))}</h4><dl>{dl}</dl>"
        f"<ul>{sources}</ul></div>"
    )


def _appendix(report: Report) -> str:
    parts = ['<section id="appendix"><h2>Appendix: events and their sources</h2>']
    current = None
    for e in report.events:
        if e.event_type != current:
            current = e.event_type
            parts.append(f'<h3 id="{type_anchor(current)}">{escape(current)}</h3>')
        parts.append(_event(report, e))
    return "".join(parts) + "</section>"


def render_html(report: Report) -> str:
    """The whole report as one HTML document (no external resources)."""
    p = report.period
    meta = (
        f"Period {escape(p.label())}, compared with {escape(p.previous.label())}. {counted(len(report.events), 'event')}. "
        f"Made by sitrep {escape(__version__)}: every statement links to its events in the appendix."
    )
    nav = "".join(
        f'<a href="#{i}">{t}</a>'
        for i, t in (
            ("headline", "Headline"),
            ("developments", "Key developments"),
            ("claims", "Claims"),
            ("regions", "Regions"),
            ("appendix", "Appendix"),
        )
    )
    body = "".join(
        (_headline(report), _developments(report), _claims(report), _regions(report), _appendix(report))
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(report.title)}</title>'
        f'<style>{_CSS}</style></head><body><main><h1>{escape(report.title)}</h1><p class="meta">{meta}</p>'
        f"<nav>{nav}</nav>{body}</main></body></html>\n"
    )
