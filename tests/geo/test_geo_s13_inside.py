"""A name the text puts "in" a first-level division is a place of that division (or a town the
gazetteer lacks there, at the division's centre, precision 3), never a namesake abroad; and the
gazetteer names a division after a town only when the town can be its capital."""

from __future__ import annotations

import pytest

from sitrep.geo.build import Entry, _capital_fits
from sitrep.geo.eventplace import precision_of
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.resolve import UNLISTED_TOWN_CODE, unlisted
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings
from sitrep.types import Place


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _find(text: str, name: str, gazetteer):
    return next(t for t in geoparse(text, gazetteer) if t.text == name)


# ---- the compiled gazetteer ---------------------------------------------------------------------

@pytest.mark.parametrize("town, cc, division", [
    ("Coahuayana", "MX", "Michoacan"),   # was "Hidalgo": a town called Ciudad Hidalgo lies in Michoacan
    ("Tuxtla Gutierrez", "MX", "Chiapas"),  # was "Baja California"
    ("Campinas", "BR", "São Paulo"),      # was "Santa Catarina"
    ("Lyon", "FR", "Rhone-Alpes"),        # was "Saint-Martin"
    ("Kupang", "ID", "East Nusa Tenggara"),  # was "Jawa"
])
def test_towns_carry_the_division_they_lie_in(gazetteer, town, cc, division):
    place = next(p for p in gazetteer.candidates(town) if p.country_code == cc and p.feature_class == "P")
    assert place.admin1 == division


def test_a_state_named_only_by_its_towns_is_a_place(gazetteer):
    assert any(p.feature_code == "ADM1" and p.country_code == "MX" for p in gazetteer.candidates("Michoacán"))


# ---- "X in Y" -----------------------------------------------------------------------------------

def test_a_town_put_in_a_department_is_never_a_namesake_abroad(gazetteer):
    text = ("Five police officers were killed when a bomb exploded under their vehicle in San Luis, "
            "in Huila department, officials said.")
    t = _find(text, "San Luis", gazetteer)
    assert (t.place.country_code, t.place.admin1) == ("CO", "Huila")
    assert unlisted(t) and t.place.feature_code == UNLISTED_TOWN_CODE
    assert precision_of(text, t) == 2  # a named town, placed at its department's centre


def test_a_namesake_inside_the_division_is_taken(gazetteer):
    text = "Soldiers clashed with rebels in San Luis, in Tolima department, on Sunday."
    t = _find(text, "San Luis", gazetteer)
    assert (t.place.country_code, t.place.admin1, t.place.feature_code) == ("CO", "Tolima", "PPL")
    assert not unlisted(t) and precision_of(text, t) == 1


def test_a_town_and_its_state_after_a_comma(gazetteer):
    text = "Gunmen ambushed a police convoy in Coahuayana, Michoacan, on Monday."
    t = _find(text, "Coahuayana", gazetteer)
    assert (t.place.country_code, t.place.admin1) == ("MX", "Michoacan")


def test_a_list_of_divisions_is_no_container(gazetteer):
    text = ("Fires burned in Oregon, to the lakeshore in Michigan, in Utah's Zion National Park "
            "and in Colorado.")
    t = _find(text, "Michigan", gazetteer)
    assert (t.place.feature_code, t.place.admin1) == ("ADM1", "Michigan")


def test_a_possessive_division_qualifies_the_noun_after_it(gazetteer):
    text = "He grew up in Springfield, in Illinois's capital region."
    t = _find(text, "Springfield", gazetteer)
    assert t.place is not None and not unlisted(t)


# ---- naming divisions after a town --------------------------------------------------------------

def _entry(name: str, cc: str, code: str, population: int) -> Entry:
    return Entry(Place(name, 0.0, 0.0, None, cc, feature_class="P", feature_code="PPL", population=population),
                 {name}, code)


def test_a_small_namesake_town_does_not_name_its_division():
    town = _entry("Santa Catarina", "BR", "27", 8_000)
    sizes = {("BR", "27"): [12_000_000, 1_200_000, 1_100_000, 8_000]}
    assert not _capital_fits(town, "Santa Catarina", sizes, {("BR", "27"): "Sao Paulo"})


def test_a_capital_names_its_division():
    town = _entry("Kirkuk", "IQ", "13", 600_000)
    sizes = {("IQ", "13"): [600_000, 50_000]}
    assert _capital_fits(town, "Kirkuk", sizes, {("IQ", "13"): "Muhafazat Kirkuk"})


def test_a_spelling_of_the_towns_own_name_is_kept_whatever_the_size():
    town = _entry("Sagaing", "MM", "10", 78_000)
    sizes = {("MM", "10"): [300_000, 200_000, 150_000, 78_000]}
    assert _capital_fits(town, "Sagaing", sizes, {("MM", "10"): "Sagain"})
    assert _capital_fits(town, "Sagaing", sizes, {})  # the towns say nothing


# ---- a country as the agent ---------------------------------------------------------------------

def test_a_country_after_by_is_who_acted_not_where():
    from datetime import date

    from sitrep.events.runner import EventRunner, text_article

    text = ("A drone struck a residential building in Kharkiv overnight, killing three people, the "
            "regional governor said. The air force said it had shot down 31 of 38 drones launched by "
            "Russia overnight.")
    doc = EventRunner().doc(text_article("agent", text, date(2024, 3, 8)))
    downed = [e for e in doc.events if text.index("shot down") in range(e.evidence[0].start, e.evidence[0].end)]
    assert downed and all(e.place is not None and e.place.country_code == "UA" for e in downed)


def test_a_country_after_by_is_no_event_place_but_a_country_after_in_is():
    from sitrep.geo.eventplace import _agent_country
    from sitrep.types import Toponym

    russia = Place("Russia", 60.0, 100.0, "Russia", "RU", feature_class="A", feature_code="PCLI")
    for text, agent in (("drones launched by Russia overnight", True), ("rebels backed by the Russia-", True),
                        ("fighting in Russia overnight", False), ("a town near Russia", False)):
        start = text.index("Russia")
        assert _agent_country(text, Toponym(start, start + 6, "Russia", russia, "", 1.0)) is agent


# ---- smoke-run findings: numbered sites, compass words, backers, a country as an adjective -------

def _names(text: str, gazetteer) -> dict[str, str | None]:
    return {t.text: (t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize("text, site", [
    ("A drone attack killed three soldiers at Tower 22 in Jordan.", "Tower"),
    ("Troops at Camp 5 in Baghdad came under fire.", "Camp"),
    ("Settlers gathered near Checkpoint 300 outside Bethlehem.", "Checkpoint"),
])
def test_a_facility_and_its_number_is_no_town(gazetteer, text, site):
    assert site not in _names(text, gazetteer)


def test_a_facility_word_without_a_number_may_still_be_a_town(gazetteer):
    assert _names("He was born in Tower in 1950.", gazetteer).get("Tower") is not None


@pytest.mark.parametrize("text, name, cc", [
    ("A drone attack killed three soldiers in northeastern Jordan.", "Jordan", "JO"),
    ("Three soldiers died in north-eastern Jordan on Sunday.", "Jordan", "JO"),
    ("Rebels attacked a base in far northern Chad.", "Chad", "TD"),
])
def test_a_preposition_with_compass_words_cues_a_place(gazetteer, text, name, cc):
    assert _names(text, gazetteer).get(name) == cc


def test_a_given_name_without_any_cue_is_still_a_person(gazetteer):
    assert "Jordan" not in _names("Jordan Smith, 24, was shot on Main Street in Akron.", gazetteer)


def _event_place(text: str, published):
    from sitrep.events.runner import EventRunner, text_article

    doc = EventRunner().doc(text_article("smoke", text, published))
    assert doc.events, text
    return doc.events[0].place


def test_a_backer_country_is_neither_the_event_place_nor_the_focus():
    from datetime import date

    place = _event_place("On 28 January 2024, a drone attack by an Iran-backed militia killed three US soldiers "
                         "at Tower 22 in north-eastern Jordan.", date(2024, 1, 30))
    assert place is not None and place.country_code == "JO"


def test_a_country_before_its_soldiers_is_their_owner_not_the_place():
    from datetime import date

    place = _event_place("Gunmen killed two US soldiers near Tikrit on Sunday.", date(2024, 1, 30))
    assert place is not None and (place.country_code, place.name) == ("IQ", "Tikrit")


# ---- a bare division name is its capital ---------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("Police arrested 14 protesters in Lagos on Saturday.", "Lagos", "PPL"),
    ("Gunmen killed three traders in Kaduna, police in Nigeria said.", "Kaduna", "PPL"),
    ("Gunmen killed three traders in Kaduna State, police in Nigeria said.", "Kaduna", "ADM1"),
    ("Herders attacked villages in the state of Kano, in northern Nigeria.", "Kano", "ADM1"),
    ("A car bomb exploded in Kirkuk, Iraqi police said.", "Kirkuk", "PPL"),
])
def test_a_bare_division_name_is_its_capital_city(gazetteer, text, name, code):
    t = _find(text, name, gazetteer)
    assert t.place.feature_code.startswith(code)


def test_the_capital_rule_keeps_the_country_the_text_chose(gazetteer):
    t = _find("He lives in Moscow, where he studied.", "Moscow", gazetteer)
    assert t.place.country_code == "RU"


def test_a_state_the_gazetteer_lacks_is_no_town_abroad_of_another_name(gazetteer):
    tops = geoparse("Fighters clashed with the army near Paletwa township (Chin state) on Saturday.", gazetteer)
    chin = [t for t in tops if t.text.startswith("Chin")]
    assert chin and all(t.place is None or t.place.country_code == "MM" for t in chin)


def test_a_state_the_gazetteer_has_is_found_with_its_suffix(gazetteer):
    assert _find("Gunmen attacked a village in Kaduna State.", "Kaduna", gazetteer).place.feature_code == "ADM1"


def test_a_town_naming_an_organisation_gives_way_to_the_event_place():
    from sitrep.geo.eventplace import _org_named
    from sitrep.types import Toponym

    medani = Place("Wad Medani", 14.4, 33.5, "Sudan", "SD", feature_class="P", feature_code="PPL", population=300_000)
    for text, named in (("according to the Wad Medani Resistance Committee.", True),
                        ("the Wad Medani Chamber of Commerce said", True),
                        ("fighting in Wad Medani on Monday, residents said", False),
                        ("in Wad Medani. Council members said", False)):
        start = text.index("Wad Medani")
        t = Toponym(start, start + len("Wad Medani"), "Wad Medani", medani, "", 1.0)
        assert _org_named(text, t) is named, text


def test_the_source_committee_town_is_no_event_place_when_another_place_is_named():
    from datetime import date

    place = _event_place("Gunmen killed 12 villagers in Kaduna on Monday, according to the Zaria Youth Council.",
                         date(2024, 3, 5))
    assert place is not None and place.name == "Kaduna"


def test_a_surname_that_names_a_division_abroad_does_not_become_its_city(gazetteer):
    text = "Police said Sunday that Mendoza knew the shooter."
    t = _find(text, "Mendoza", gazetteer)
    assert t.place is None or t.place.feature_code != "PPL" or t.place.country_code != "AR"


def test_new_mexico_state_police_are_american(gazetteer):
    tops = geoparse("New Mexico State Police said the man was shot near Gallup.", gazetteer)
    assert all(t.place is None or t.place.country_code == "US" for t in tops)


def test_a_compass_named_division_abroad_needs_its_country_in_the_text(gazetteer):
    us = _names("Officers from the Houston Police Department's Southwest Region responded to the shooting.",
                gazetteer)
    assert us.get("Southwest Region") is None and us.get("Houston") == "US"
    cm = _names("Separatists attacked soldiers in the Northwest Region of Cameroon.", gazetteer)
    assert cm.get("Northwest Region") == "CM"


@pytest.mark.parametrize("text, name, cc", [
    ("Russian troops took full control of Avdiivka on Saturday, the defence ministry in Moscow said.",
     "Avdiivka", "UA"),
    ("Government forces completed the recapture of Tessit after heavy fighting, the army in Bamako said.",
     "Tessit", "ML"),
])
def test_a_town_whose_control_changes_hands_is_a_place_even_abroad(gazetteer, text, name, cc):
    assert _names(text, gazetteer).get(name) == cc


def test_a_span_naming_only_the_country_yields_to_a_finer_place_of_the_evidence():
    from sitrep.geo.eventplace import event_place
    from sitrep.events.runner import EventRunner, text_article
    from datetime import date

    text = ("Dozens killed in attack on Sudan village\n"
            "Fighters killed at least 104 people in an attack on a village in Sudan's Gezira state on Wednesday.")
    doc = EventRunner().doc(text_article("headline", text, date(2024, 6, 6)))
    head, body = (0, text.index("\n")), (text.index("\n") + 1, len(text))
    place, precision, _ = event_place(doc, [head, body])
    assert place is not None and (place.country_code, place.feature_code) == ("SD", "ADM1") and precision == 3
    place, _, _ = event_place(doc, [head])
    assert place is not None and place.feature_code == "PCLI"  # alone, the country stands


def test_a_town_naming_an_organisation_is_no_town_of_the_article():
    from datetime import date

    place = _event_place("More than 100 villagers were killed on Wednesday in Gezira state, according to the "
                         "Wad Madani Resistance Committee.", date(2024, 6, 6))
    assert place is not None and place.name != "Wad Medani"
