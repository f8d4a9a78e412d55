"""Invariants of blocking and merging over random events (Hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_helpers import ev

from sitrep.merge import InMemoryIndex, merge_events
from sitrep.merge.features import Block, date_signal, is_headline, place_signal

KINDS = [
    ("Violence against civilians", "Attack"),
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Protests", "Peaceful protest"),
]
WORDS = ["gunmen", "shelling", "market", "police", "Ahmed", "Kedzie", "convoy", "19", "bridge", "village"]
START = date(2016, 1, 1)


@st.composite
def events(draw, article=None, ident=None):
    day = START + timedelta(days=draw(st.integers(0, 40)))
    precision = draw(st.sampled_from([1, 1, 2, 3]))
    half = {1: 0, 2: 3, 3: 15}[precision]
    window = ((day - timedelta(days=half)).isoformat(), (day + timedelta(days=half)).isoformat())
    lat = 33.0 + draw(st.integers(0, 40)) * 0.05
    lon = 44.0 + draw(st.integers(0, 40)) * 0.05
    geo = draw(st.sampled_from([1, 1, 2, 3]))
    country = draw(st.sampled_from(["Iraq", "Iraq", "Syria", ""]))
    place = (f"P{int(lat * 20)}", lat, lon, country, None, None) if draw(st.booleans()) or geo < 3 else None
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=8)))
    art = article or draw(st.sampled_from(["a", "b", "c", "d", "e", "f"]))
    start = draw(st.integers(0, 3)) * 100
    return ev(
        ident or f"{art}-{start}-{draw(st.integers(0, 10**6))}",
        art,
        text,
        day=day.isoformat(),
        precision=precision,
        window=window,
        kind=draw(st.sampled_from(KINDS)),
        place=place,
        geo_precision=geo,
        fatalities=draw(st.one_of(st.none(), st.integers(0, 30))),
        start=start,
        source=draw(st.sampled_from([None, "X", "Y"])),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events(), events())
def test_blocking_never_hides_a_pair_the_gates_allow(a, b):
    if isinstance(date_signal(a, b), Block) or isinstance(place_signal(a, b), Block):
        return
    index = InMemoryIndex()
    index.put(a)
    assert a.event_id in {c.event_id for c in index.candidates(b)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), min_size=1, max_size=25, unique_by=lambda e: e.event_id))
def test_merging_keeps_every_report_once_and_never_joins_two_events_of_one_article(batch):
    merged = merge_events(batch)
    spans = [(s.article_id, s.start, s.end) for e in merged for s in e.sources]
    articles_per_event = [[s.article_id for s in e.sources] for e in merged]
    assert all(len(ids) == len(set(ids)) for ids in articles_per_event)
    given = {(s.article_id, s.start, s.end): s for e in batch for s in e.sources}
    assert set(spans) <= set(given)
    assert {a for a, _, _ in spans} == {a for a, _, _ in given}  # every article is cited
    cited_articles = {a for a, _, _ in spans}
    # a span left out is a headline whose article is cited by its body, or a body event its
    # article's headline bridged into another of its events (one type, day and place)
    bridged = {e.sources[0].article_id for m in merged for e in batch
               if f"+{e.event_id} (bridged by" in m.reasons.get("merge", "")}
    for key, src in given.items():
        assert key in spans or src.article_id in cited_articles and (is_headline(src) or src.article_id in bridged)
    assert len(spans) <= len(batch)  # one sentence may state two events, so a span may recur
    for e in merged:
        assert 1 <= e.corroboration <= len(e.sources)
        if e.fatalities is not None:
            assert e.fatalities_low <= e.fatalities <= e.fatalities_high
    assert [e.to_record() for e in merge_events(batch)] == [e.to_record() for e in merged]
