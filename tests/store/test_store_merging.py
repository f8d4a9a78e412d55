"""Merging inside the store: aliases keep old ids valid, history records each change."""

from __future__ import annotations

from sitrep.store.merging import StoreMerger
from sitrep.types import SourceRef
from conftest import build_article, build_event


def _report(n: int, outlet: str, toll: int, text: str, **kw):
    art = build_article(f"r{n}", text, source=outlet)
    fields = dict(
        event_id=f"ev_r{n}", event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Boko Haram", inter1=2, actor2="Civilians (Nigeria)", inter2=7, country="Nigeria", admin1="Borno",
        location="Konduga", latitude=11.65, longitude=13.42, geonameid=None, event_date="2015-02-10",
        date_earliest="2015-02-10", date_latest="2015-02-10", fatalities=toll, fatalities_low=toll, fatalities_high=toll,
        sources=(SourceRef(art.id, outlet, None, "2015-02-11", text, 0, len(text)),), notes=text,
    )
    ev = build_event(**{**fields, **kw})
    return art, ev


def test_second_report_merges_and_old_id_resolves(store):
    merger = StoreMerger()
    a1, e1 = _report(1, "Outlet A", 15, "Boko Haram gunmen killed at least 15 villagers in Konduga on Tuesday.")
    a2, e2 = _report(2, "Outlet B", 27, "Gunmen from Boko Haram killed 27 villagers in Konduga on Tuesday, officials said.")
    a3, e3 = _report(3, "Outlet C", 3, "Soldiers arrested three suspects in Lagos.", location="Lagos", admin1="Lagos",
                     latitude=6.45, longitude=3.39, event_type="Strategic developments", sub_event_type="Arrests",
                     actor1="Military Forces of Nigeria", inter1=1)
    assert store.write_article(a1, None, [e1], merger).created == ["ev_r1"]
    r2 = store.write_article(a2, None, [e2], merger)
    assert r2.created == [] and r2.updated == ["ev_r1"]
    assert store.write_article(a3, None, [e3], merger).created == ["ev_r3"]

    assert store.count_events() == 2
    merged = store.get_event("ev_r2")
    assert merged.event_id == "ev_r1" and store.resolve_id("ev_r2") == "ev_r1"
    assert {s.article_id for s in merged.sources} == {"r1", "r2"}
    assert merged.corroboration == 2
    assert merged.fatalities_low == 15 and merged.fatalities_high == 27
    history = store.event_history("ev_r2")
    assert [h["action"] for h in history] == ["created", "updated"]
    assert history[1]["article_id"] == "r2" and "fatalities_high" in history[1]["changes"]
    spans = store.get_article("r2").spans
    assert spans and spans[0][0] == "ev_r1"


def test_copy_of_an_article_adds_a_source_but_no_corroboration(store):
    merger = StoreMerger()
    a1, e1 = _report(1, "Outlet A", 15, "Boko Haram gunmen killed at least 15 villagers in Konduga on Tuesday.")
    a2, e2 = _report(2, "Outlet A Syndicated", 15, "Boko Haram gunmen killed at least 15 villagers in Konduga on Tuesday.")
    from dataclasses import replace

    a2 = replace(a2, duplicate_of="r1", duplicate_kind="exact")
    store.write_article(a1, None, [e1], merger)
    store.write_article(a2, None, [e2], merger)
    ev = store.get_event("ev_r1")
    assert len(ev.sources) == 2 and ev.corroboration == 1
