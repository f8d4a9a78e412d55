"""The report, exports and Python API on a database built by the real pipeline from examples/."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.slow

# The examples' June 2014 Iraq articles (Mosul, Tikrit, Hilla) fall in this fortnight.
SINCE, UNTIL = date(2014, 6, 5), date(2014, 6, 25)


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.fragments: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if a.get("href", "").startswith("#"):
            self.fragments.append(a["href"][1:])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    if not any(EXAMPLES.glob("*.txt")):
        pytest.skip("examples/ has no articles")
    from sitrep.runner import run
    from sitrep.settings import Settings
    from sitrep.store import open_store

    s = open_store(tmp_path_factory.mktemp("examples") / "examples.db")
    summary = run([str(EXAMPLES)], s, Settings(workers=1))
    assert summary.ok, [str(e) for e in summary.errors]
    yield s
    s.close()


@pytest.fixture(scope="module")
def report(store):
    from sitrep.report import build_report

    return build_report(store, SINCE, UNTIL)


def test_report_lists_exactly_the_periods_events(store, report):
    from sitrep.query import EventQuery

    stored = {e.event_id for e in store.iter_events(EventQuery(since=SINCE, until=UNTIL))}
    assert stored and {e.event_id for e in report.events} == stored
    assert report.headline[-1].events == len(stored)
    assert all(s.event_ids and set(s.event_ids) <= stored for s in report.statements()[1:])


def test_html_sections_and_links_resolve(report):
    from sitrep.report import render

    html = render(report, "html")
    for section in ("headline", "developments", "claims", "regions", "appendix"):
        assert f'<section id="{section}">' in html
    parser = _Anchors()
    parser.feed(html)
    assert all(f in parser.ids for f in parser.fragments)
    assert {f"event-{e.event_id}" for e in report.events} <= set(parser.fragments)
    assert html.count("data:image/png;base64,") == len(report.charts) >= 2


def test_appendix_evidence_is_the_articles_own_text(store, report):
    for e in report.events:
        for s in e.sources:
            article = store.get_article(s.article_id).article
            assert article.text[s.start : s.end] == s.evidence


def test_markdown_anchors_resolve(report, tmp_path):
    import re

    from sitrep.report import write_report

    write_report(report, "md", tmp_path / "june.md")
    md = (tmp_path / "june.md").read_text(encoding="utf-8")
    assert set(re.findall(r"\]\(#([^)]+)\)", md)) <= set(re.findall(r'<a id="([^"]+)"></a>', md))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "parquet"])
def test_pipeline_events_round_trip_every_format(store, tmp_path, fmt):
    from sitrep.export import read_events, write_events

    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    events = list(store.iter_events())
    write_events(events, tmp_path / f"all.{fmt}")
    assert [e.to_record() for e in read_events(tmp_path / f"all.{fmt}")] == [e.to_record() for e in events]


def test_python_extract_is_deterministic_and_follows_the_contract():
    import sitrep
    from sitrep.types import EVENT_TYPES

    first, again = sitrep.extract(EXAMPLES), sitrep.extract(str(EXAMPLES))
    assert first and [e.event_id for e in first] == [e.event_id for e in again]
    for e in first:
        assert e.sub_event_type in EVENT_TYPES[e.event_type] and e.sources
        assert {s.article_id for s in e.sources} <= {p.stem for p in EXAMPLES.glob("*.txt")}
