"""A gazetteer lives as long as its users: nothing the geoparser remembers between articles keeps a
gazetteer alive once the pipeline that used it is gone (a module-level cache keyed by the gazetteer
had kept every one ever used: 118 of them, 7 GB, by the end of the geo and events tests)."""

import gc
import weakref

from geo_fixtures import PLACES
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.stage import geoparse

TEXT = ("Gunmen attacked a checkpoint in Tikrit on Monday. Officials in Baghdad said Springfield "
        "and Reading had sent aid. Kerry, a visitor from Georgia, said nothing.")


def _used_and_dropped() -> weakref.ref:
    gaz = Gazetteer.from_places(PLACES)
    assert any(t.text == "Tikrit" for t in geoparse(TEXT, gaz))
    return weakref.ref(gaz)


def test_a_dropped_gazetteer_is_freed():
    refs = [_used_and_dropped() for _ in range(3)]
    gc.collect()
    assert [r() for r in refs] == [None, None, None]


def test_what_the_geoparser_remembers_stays_on_the_gazetteer():
    gaz = Gazetteer.from_places(PLACES)
    first = geoparse(TEXT, gaz)
    assert gaz.memo.get("prominent")  # name keys looked up for this text, kept with this gazetteer
    assert geoparse(TEXT, gaz) == first
    assert not Gazetteer.from_places(PLACES).memo  # a new gazetteer starts with nothing remembered
