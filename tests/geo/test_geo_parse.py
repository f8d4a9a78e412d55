"""Detection and resolution on hand-written sentences against the tiny gazetteer."""

from hypothesis import given, settings, strategies as st

from geo_fixtures import tiny_gazetteer  # noqa: F401  (pytest fixture)
from sitrep.geo.stage import geoparse


def _resolved(text, gaz, **kw):
    return {(t.text, t.place.country_code if t.place else None, t.place.admin1 if t.place else None)
            for t in geoparse(text, gaz, **kw)}


def test_containment_after_comma_picks_the_state(tiny_gazetteer):
    tops = geoparse("The fair opened in Springfield, Ill., on Monday.", tiny_gazetteer)
    spring = next(t for t in tops if t.text == "Springfield")
    assert spring.place.admin1 == "Illinois"
    assert "inside Illinois" in spring.reason
    tops = geoparse("The fair opened in Springfield, Mo., on Monday.", tiny_gazetteer)
    assert next(t for t in tops if t.text == "Springfield").place.admin1 == "Missouri"


def test_offsets_slice_the_text(tiny_gazetteer):
    text = "Militants seized the western Anbar town of Rutba, 113 kilometers from the borders of Jordan."
    for t in geoparse(text, tiny_gazetteer):
        assert text[t.start:t.end] == t.text
        assert 0.0 <= t.confidence <= 1.0 and t.reason


def test_alternate_spelling_and_accents(tiny_gazetteer):
    got = _resolved("Fighting near Tikrit and in Hilla, south of Baghdad.", tiny_gazetteer)
    assert ("Tikrit", "IQ", "Salah ad Din") in got
    assert ("Hilla", "IQ", "Babil") in got


def test_country_focus_decides_georgia(tiny_gazetteer):
    us = geoparse("Officials in Atlanta said Georgia will vote. Georgia has many counties.", tiny_gazetteer)
    assert {t.place.country_code for t in us if t.text == "Georgia"} == {"US"}
    ge = geoparse("Russian troops moved toward Tbilisi as Georgia protested.", tiny_gazetteer)
    assert {t.place.country_code for t in ge if t.text == "Georgia"} == {"GE"}


def test_stoplist_person_and_month_are_not_places(tiny_gazetteer):
    text = "Secretary of State John Kerry met Iraqi leaders in March. Kerry said Reading is fun."
    names = {t.text for t in geoparse(text, tiny_gazetteer)}
    assert "Kerry" not in names
    assert "Reading" not in names


def test_demonyms_are_not_mentions_but_hint_the_country(tiny_gazetteer):
    names = [t.text for t in geoparse("Iraqi forces retook the town.", tiny_gazetteer)]
    assert names == []


def test_multiword_name_beats_its_parts(tiny_gazetteer):
    tops = geoparse("The Saudi Arabia border was closed.", tiny_gazetteer)
    assert [t.text for t in tops] == ["Saudi Arabia"]


def test_province_suffix_prefers_the_division(tiny_gazetteer):
    tops = geoparse("Much of Anbar province is held by militants.", tiny_gazetteer)
    assert tops[0].place.feature_code == "ADM1"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Baghdad", "in", "Tikrit", "Iraq", ",", "the", "Anbar", "town", "of", "Rutba",
                                 "Kerry", "said", ".", "Springfield", "Ill.", "near", "\n"]), max_size=30))
def test_offsets_always_slice_the_evidence(tiny_gazetteer, words):
    text = " ".join(words)
    for t in geoparse(text, tiny_gazetteer):
        assert text[t.start:t.end] == t.text
        assert t.place is None or t.place.name
