"""The rendered report: sections, links that resolve, escaping, self-contained HTML, charts."""

from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_samples import CODING, all_events, build_store, event_for

from sitrep.report import Period, build_report, render, report_from_events, write_report
from sitrep.report.render_md import md_escape

PERIOD = (date(2024, 3, 11), date(2024, 3, 17))
SECTIONS = (
    "Headline figures",
    "Key developments",
    "Territory changing hands",
    "Deadliest events",
    "New actors",
    "Disputed or unconfirmed claims",
    "By region",
    "Appendix: events and their sources",
)


class _Links(HTMLParser):
    """Collects ids, fragment links, every href/src and the text of <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.fragments: list[str] = []
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if key in a:
                (self.fragments if a[key].startswith("#") else self.urls).append(a[key])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build_store(tmp_path_factory.mktemp("report") / "events.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def report(store):
    return build_report(store, *PERIOD)


@pytest.fixture(scope="module")
def html_links(report):
    parser = _Links()
    parser.feed(render(report, "html"))
    return parser


def test_html_has_every_section_and_every_event(report):
    html = render(report, "html")
    for title in SECTIONS:
        assert f">{title}<" in html
    for e in report.events:
        assert f'id="event-{e.event_id}"' in html
    assert "ev_raid-maiduguri" not in html  # previous period: counted, not listed


def test_html_links_resolve_and_every_statement_links(report, html_links):
    assert html_links.fragments and all(f[1:] in html_links.ids for f in html_links.fragments)
    linked = {f[len("#event-") :] for f in html_links.fragments if f.startswith("#event-")}
    assert linked == {e.event_id for e in report.events}
    assert all(s.event_ids for s in report.statements())


def test_html_is_self_contained_and_escaped(report, html_links):
    html = render(report, "html")
    assert (
        "script" not in html_links.tags and "link" not in html_links.tags and "iframe" not in html_links.tags
    )
    images = [u for u in html_links.urls if u.startswith("data:image/png;base64,")]
    assert len(images) == len(report.charts) == 3
    assert set(html_links.urls) - set(images) == {
        "https://north.example/a2",
        "https://sahel.example/news?id=7&lang=en",
    }
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; killed" in html
    assert "javascript:alert(2)" in html and 'href="javascript' not in html  # shown as text, never linked


def test_markdown_writes_charts_beside_and_links_resolve(report, tmp_path):
    files = write_report(report, "md", tmp_path / "weekly.md")
    assert [p.name for p in files] == [
        "weekly.md",
        "weekly-events-per-day.png",
        "weekly-fatalities-by-admin1.png",
        "weekly-map.png",
    ]
    md = (tmp_path / "weekly.md").read_text(encoding="utf-8")
    for title in SECTIONS:
        assert re.search(rf"^#+ {re.escape(md_escape(title))}$", md, re.M), title
    for name in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md):
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG")
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', md))
    targets = re.findall(r"\]\(#([^)]+)\)", md)
    assert targets and set(targets) <= anchors
    assert r"\<script\>alert(1)\</script\> \& killed" in md and r"\*eleven\* people \|" in md
    assert (
        "(<javascript" not in md and "  - Delta Post, published 2024-03-15" in md
    )  # outlet shown, not linked
    assert "[North Wire](<https://north.example/a2>)" in md


def test_markdown_without_charts_on_stdout_keeps_sections(store):
    rep = build_report(store, *PERIOD, charts=False)
    md = render(rep, "md")
    assert "![" not in md and "## Headline figures" in md and "#### E1 ·" in md


def test_area_filter_and_empty_period(store):
    nigeria = build_report(store, *PERIOD, country="Nigeria", charts=False)
    assert {e.country for e in nigeria.events} == {"Nigeria"} and nigeria.area == "Nigeria"
    empty = build_report(store, date(2025, 1, 1), date(2025, 1, 7))
    assert empty.events == () and empty.charts == ()
    html = render(empty, "html")
    assert "No events in the period." in html and "0 events were recorded" in html


def test_map_without_basemap_falls_back_to_graticule(monkeypatch):
    from sitrep.report import charts

    monkeypatch.setattr(charts, "load_basemap", lambda: None)
    chart = charts.map_chart(all_events())
    assert chart is not None and chart.png.startswith(b"\x89PNG")
    assert "outlines are not installed" in chart.note and "1 event without coordinates" in chart.note


def test_basemap_outlines_are_read():
    from sitrep.report.charts import load_basemap

    countries = load_basemap()
    if countries is None:
        pytest.skip("data/basemap/countries.geojson is not installed")
    by_name = {c.name: c for c in countries}
    assert len(by_name) > 100 and all(len(r) >= 3 for c in countries for r in c.rings)
    lon, lat = by_name["Iraq"].label_point()
    assert 38 < lon < 49 and 29 < lat < 38


# ---- property: any events give a report whose links resolve and whose text is escaped ------
_words = st.text(string.ascii_letters + " <>&\"'*_[]|`#", min_size=1, max_size=20)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(CODING)), _words, st.integers(0, 6), st.none() | st.integers(0, 500)
        ),
        min_size=0,
        max_size=8,
    )
)
def test_any_events_render_with_resolving_links(specs):
    events = [
        replace(
            event_for(k),
            event_id=f"ev_{i}",
            actor1=w,
            notes=w,
            location=w,
            event_date=f"2024-03-{11 + day:02d}",
            fatalities=f,
        )
        for i, (k, w, day, f) in enumerate(specs)
    ]
    rep = report_from_events(events, [], Period(*PERIOD), charts=False)
    parser = _Links()
    parser.feed(render(rep, "html"))
    assert all(f[1:] in parser.ids for f in parser.fragments)
    assert "script" not in parser.tags
    assert {f for f in parser.fragments if f.startswith("#event-")} == {
        f"#event-{e.event_id}" for e in events
    }
    md = render(rep, "md")
    assert set(re.findall(r"\]\(#([^)]+)\)", md)) <= set(re.findall(r'<a id="([^"]+)"></a>', md))
