"""A country owning an actor is no event place; the earlier sentence's place nearest the event is."""

import re

import pytest

from geo_fixtures import tiny_gazetteer  # noqa: F401  (pytest fixture)
from sitrep.geo.eventplace import event_place
from sitrep.geo.stage import geoparse
from sitrep.types import Article, Doc, Sentence


def _doc(text, gaz):
    sents = tuple(Sentence(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^.\n]+[.]?", text)
                  if m.group().strip())
    sents = tuple(Sentence(s.start + len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip()), s.end, s.text)
                  for s in sents)
    return Doc(Article("t", text, "h"), sentences=sents, toponyms=geoparse(text, gaz, sents))


def _place(doc, needle):
    i = doc.article.text.index(needle)
    s = next(s for s in doc.sentences if s.start <= i < s.end)
    return event_place(doc, [(s.start, s.end)])


@pytest.mark.parametrize("owner", ["Iraq's military", "Iraq's own army", "Iraq’s security forces", "Anbar's police"])
def test_an_owner_of_forces_gives_way_to_the_paragraph_town(tiny_gazetteer, owner):
    doc = _doc(f"Fighters held Tikrit for days. {owner} shelled positions.", tiny_gazetteer)
    place, _, reason = _place(doc, "shelled")
    assert place.name == "Tikrit" and "earlier sentence" in reason


def test_a_country_named_as_a_place_still_counts(tiny_gazetteer):
    place, precision, _ = _place(_doc("Fighters shelled positions in Iraq's north.", tiny_gazetteer), "shelled")
    assert (place.name, precision) == ("Iraq", 3)


def test_the_earlier_sentence_gives_its_place_nearest_the_event(tiny_gazetteer):
    doc = _doc("In Mosul the fighters met, then drove to Tikrit. Five soldiers were killed there.", tiny_gazetteer)
    assert _place(doc, "Five soldiers")[0].name == "Tikrit"
    # a more specific place still beats a nearer broader one
    doc = _doc("In Mosul the fighters met, then left Anbar. Five soldiers were killed there.", tiny_gazetteer)
    assert _place(doc, "Five soldiers")[0].name == "Mosul"
