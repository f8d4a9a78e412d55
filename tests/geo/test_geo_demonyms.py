"""Demonym mentions: reported apart from places, resolved to their country, language and name uses left out."""

import pytest
from hypothesis import given, settings, strategies as st

from geo_fixtures import tiny_gazetteer  # noqa: F401  (pytest fixture)
from sitrep.geo.demonyms import demonym_toponyms
from sitrep.geo.output import mention_records
from sitrep.geo.stage import geoparse
from sitrep.types import Toponym


def _texts(text, gaz):
    return [(t.text, t.place.country_code if t.place else None) for t in demonym_toponyms(text, gaz)]


def test_demonyms_resolve_to_their_country(tiny_gazetteer):
    text = "Iraqi troops and Americans met Georgians near Tikrit."
    assert _texts(text, tiny_gazetteer) == [("Iraqi", "IQ"), ("Americans", "US"), ("Georgians", "GE")]
    first = demonym_toponyms(text, tiny_gazetteer)[0]
    assert first.place.feature_code == "PCLI" and first.reason == "demonym of Iraq" and first.confidence > 0


def test_demonyms_are_never_place_mentions(tiny_gazetteer):
    assert all(t.text != "Iraqi" for t in geoparse("Iraqi troops entered Tikrit.", tiny_gazetteer))


@pytest.mark.parametrize("text", [
    "The notice was printed in English and in French.",
    "She speaks Russian at home.",
    "They served French fries.",
    "Coach Monica French said the game was over.",
    "A museum of Native American art opened.",
    "Anglo-Americans settled the valley.",
    "The English-language paper closed.",
])
def test_language_thing_and_name_uses_are_left_out(tiny_gazetteer, text):
    assert _texts(text, tiny_gazetteer) == []


@pytest.mark.parametrize("text, expected", [
    ("Jets flew in Russian airspace.", [("Russian", None)]),
    ("The Arab-Israeli conflict went on.", [("Israeli", None)]),
    ("Russian-American crews flew.", [("Russian", None), ("American", "US")]),
])
def test_country_uses_stay(tiny_gazetteer, text, expected):
    # the tiny gazetteer has no Russia or Israel: the mention keeps its span with no place
    assert _texts(text, tiny_gazetteer) == expected


def test_a_demonym_inside_a_place_mention_is_not_repeated(tiny_gazetteer):
    taken = (Toponym(0, 12, "Iraqi Tikrit", None),)
    assert demonym_toponyms("Iraqi Tikrit is a name.", tiny_gazetteer, taken) == ()


def test_records_are_sorted_and_tagged(tiny_gazetteer):
    text = "Iraqi police entered Tikrit; Americans watched."
    recs = mention_records("a", text, geoparse(text, tiny_gazetteer), tiny_gazetteer)
    assert [(r["text"], r["kind"]) for r in recs] == [("Iraqi", "demonym"), ("Tikrit", "place"), ("Americans", "demonym")]
    assert [r["text"] for r in mention_records("a", text, geoparse(text, tiny_gazetteer), tiny_gazetteer, False)] == ["Tikrit"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Iraqi", "Americans", "in", "English", "troops", "Tikrit", ",", "said", "Native"]),
                max_size=14))
def test_spans_slice_the_text(words):
    from geo_fixtures import PLACES
    from sitrep.geo.gazetteer import Gazetteer

    gaz = _GAZ.setdefault("g", Gazetteer.from_places(PLACES))
    text = " ".join(words)
    for t in demonym_toponyms(text, gaz):
        assert text[t.start:t.end] == t.text


_GAZ: dict = {}


def test_a_people_of_one_region_resolves_to_the_region():
    from geo_fixtures import PLACES, _p
    from sitrep.geo.gazetteer import Gazetteer

    gaz = Gazetteer.from_places([*PLACES, (_p("Abkhazia", 43.0, 41.0, "Georgia", "GE", "Abkhazia", "A", "ADM1"), [])])
    abkhaz, georgians = demonym_toponyms("Abkhaz forces and Georgians met.", gaz)
    assert (abkhaz.place.name, abkhaz.reason) == ("Abkhazia", "demonym of Abkhazia")
    assert georgians.place.feature_code == "PCLI"
    # with no such region in the gazetteer, the country stands in
    assert demonym_toponyms("Abkhaz forces", Gazetteer.from_places(PLACES))[0].place.name == "Georgia"
