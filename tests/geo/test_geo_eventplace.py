"""event_place and doc_country on hand-built documents."""

import re

from geo_fixtures import tiny_gazetteer  # noqa: F401  (pytest fixture)
from sitrep.geo.eventplace import doc_country, event_place
from sitrep.geo.stage import geoparse
from sitrep.types import Article, Doc, Sentence


def _doc(text, gaz):
    sents = tuple(Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.\n]+[.]?", text) if m.group().strip())
    sents = tuple(Sentence(s.start + (len(s.text) - len(s.text.lstrip())), s.end, s.text.strip()) for s in sents)
    return Doc(Article("t", text, "h"), sentences=sents, toponyms=geoparse(text, gaz, sents))


def _span(doc, needle):
    i = doc.article.text.index(needle)
    s = next(s for s in doc.sentences if s.start <= i < s.end)
    return [(s.start, s.end)]


def test_reference_places_are_not_the_event_place(tiny_gazetteer):
    text = "The fighters also seized the western Anbar town of Rutba, 113 kilometers from the borders of Jordan and Saudi Arabia."
    doc = _doc(text, tiny_gazetteer)
    place, precision, reason = event_place(doc, _span(doc, "seized"))
    assert (place.name, precision) == ("Rutba", 1)
    assert "Rutba" in reason


def test_near_a_town_is_precision_2(tiny_gazetteer):
    doc = _doc("Militants took over a base near Tikrit, Iraq.", tiny_gazetteer)
    place, precision, _ = event_place(doc, _span(doc, "base"))
    assert (place.name, precision) == ("Tikrit", 2)


def test_province_only_is_precision_3(tiny_gazetteer):
    doc = _doc("Most of Anbar province is now held by the militants.", tiny_gazetteer)
    place, precision, _ = event_place(doc, _span(doc, "held"))
    assert (place.name, place.feature_code, precision) == ("Anbar", "ADM1", 3)


def test_falls_back_to_earlier_sentence_then_country(tiny_gazetteer):
    text = "Fighting raged in Mosul. Five soldiers were killed.\nIraq is in crisis. Ten civilians died."
    doc = _doc(text, tiny_gazetteer)
    place, precision, reason = event_place(doc, _span(doc, "Five soldiers"))
    assert place.name == "Mosul" and "earlier sentence" in reason
    place, precision, reason = event_place(doc, _span(doc, "Ten civilians"))
    assert (place.name, precision) == ("Iraq", 1 if place.feature_class == "P" else 3)


def test_doc_country_is_a_country_place(tiny_gazetteer):
    doc = _doc("Clashes in Tikrit and Mosul. Baghdad was calm. Iraq mourns.", tiny_gazetteer)
    c = doc_country(doc)
    assert (c.name, c.feature_code, c.latitude) == ("Iraq", "PCLI", 33.0)
    empty = Doc(Article("e", "Nothing here.", "h"), sentences=(), toponyms=())
    assert doc_country(empty) is None
    assert event_place(empty, [(0, 5)]) == (None, 3, "no place named in the document")
