"""Event places: short names of cities and of their police ("KCK", "BRPD") place an event the
gazetteer would leave unplaced (hand-built docs)."""

import re

from geo_places import hand_place, named_doc, sentence_of
from hypothesis import given
from hypothesis import strategies as st
from sitrep.geo.eventplace import abbreviation_toponyms, event_place, with_abbreviations

OCALA = hand_place("Ocala", 29.19, -82.14, "US", "Florida", pop=60_000)


def test_a_city_abbreviation_places_a_headline_event():
    text = "Teenage girl shot and killed in KCK’s third fatal drive-by shooting this week"
    doc = named_doc(text, {})
    place, precision, reason = event_place(doc, [(0, len(text))])
    assert (place.name, place.admin1, place.geonameid, precision) == ("Kansas City", "Kansas", 4273837, 1)
    assert "KCK" in reason


def test_abbreviations_match_only_in_their_own_case_and_as_whole_words():
    text = "Kck and kc are no names; nypd.gov is a site, O'KC a word, OKCs a plural. OKC is one."
    found = abbreviation_toponyms(text)
    assert [(t.text, t.start) for t in found] == [("OKC", text.index("OKC is"))]
    assert found[0].place.name == "Oklahoma City"


def test_an_agency_gives_way_to_a_town_named_beside_it():
    text = "A retired NYPD officer was shot in Ocala on Sunday."
    doc = named_doc(text, {"Ocala": OCALA})
    place, _, _ = event_place(doc, sentence_of(doc, "was shot"))
    assert (place.name, place.admin1) == ("Ocala", "Florida")


def test_an_agency_alone_places_the_event_in_its_city():
    text = "BRPD investigating fatal shooting on Spain St."
    doc = named_doc(text, {})
    place, _, reason = event_place(doc, [(0, len(text))])
    assert (place.name, place.admin1) == ("Baton Rouge", "Louisiana")
    assert "BRPD" in reason


def test_short_names_overlapping_a_toponym_are_not_added():
    text = "Officers of the KCPD Annex answered."
    doc = named_doc(text, {"KCPD Annex": OCALA})
    assert with_abbreviations(doc).toponyms == doc.toponyms


@given(st.text(alphabet=st.sampled_from(list("KCOPDYNabc '’.-\n")), max_size=60))
def test_short_name_toponyms_slice_the_text(text):
    for t in abbreviation_toponyms(text):
        assert text[t.start:t.end] == t.text
        assert re.fullmatch(r"[A-Za-z'\-]+", t.text)



def test_the_table_names_towns_with_ids_and_counties_without():
    from importlib import resources

    raw = resources.files("sitrep").joinpath("data", "eventplace", "city_abbreviations.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    assert len({r[0] for r in rows}) == len(rows) > 30
    for abbr, kind, _name, cc, _country, admin1, code, gid, lat, lon, _pop in rows:
        assert kind in ("city", "agency") and len(cc) == 2 and admin1
        assert (code == "PPL" and gid.isdigit()) or (code == "ADM2" and not gid)
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        assert abbr[0].isupper()  # matched in its own case: never a lower-case word


SAN_DIEGO = hand_place("San Diego", 32.72, -117.16, "US", "California", pop=1_400_000)
ENCINITAS = hand_place("Encinitas", 33.04, -117.29, "US", "California", pop=60_000)
LAKESIDE = hand_place("Lakeside", 32.86, -116.92, "US", "California", pop=20_000)
CHULA_VISTA = hand_place("Chula Vista", 32.64, -117.08, "US", "California", pop=270_000)


def test_with_no_town_named_most_the_first_town_of_the_body_stands_for_the_event():
    text = ("3 now dead in shooting, including gunman police killed\n"
            "The man killed by a San Diego police officer on Sunday had a restraining order.\n"
            "Elsewhere: Encinitas, Lakeside and Chula Vista held fairs.")
    doc = named_doc(text, {"San Diego": SAN_DIEGO, "Encinitas": ENCINITAS, "Lakeside": LAKESIDE,
                           "Chula Vista": CHULA_VISTA})
    place, precision, reason = event_place(doc, sentence_of(doc, "3 now dead"))
    assert (place.name, precision) == ("San Diego", 2)
    assert "first town" in reason


def test_a_document_naming_no_place_stays_unplaced():
    text = "Toddler shot in head in intensive care"
    place, precision, _ = event_place(named_doc(text, {}), [(0, len(text))])
    assert place is None and precision == 3


def test_a_short_name_in_capitals_replaces_the_gazetteers_reading_of_it():
    nola_it = hand_place("Nola", 40.93, 14.53, "FR", "Campania", pop=34_000)  # a namesake abroad
    text = "A man was shot in NOLA on Sunday. Nola is quiet."
    doc = with_abbreviations(named_doc(text, {"NOLA": nola_it, "Nola": nola_it}))
    by_text = {t.text: t.place.name for t in doc.toponyms}
    assert by_text == {"NOLA": "New Orleans", "Nola": "Nola"}
    assert [t.start for t in doc.toponyms] == sorted(t.start for t in doc.toponyms)
