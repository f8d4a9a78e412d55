"""Places round 7 (session 17): a blind checklist of conflict places the earlier checklists leave out,
and the known weak points of round 6: Palmyra (GeoNames' alternate name of Tadmur), a town GeoNames
lists with no population (Harad), bare names with namesakes in two conflict countries decided by the
article's other evidence, "Town, State" where the state is named like its big city ("Cordoba,
Veracruz"), Cameroon's compass-named regions ("the North-West and South-West"), and a district whose
last word is a town elsewhere ("Chahar Dara", not Syria's Daraa).

The checklist (``s17_new_conflict_places.tsv``, ``geo_s17_checklist``): 115 short articles of our own from
28 countries, written before the geoparser was run on them: 101 passed blind (102 once the point of
Tawila, wrong by 60 km in the row, was corrected), 114 after this round.
"""

from __future__ import annotations

import pytest
from geo_s17_checklist import CLOSE_KM, outcomes, rows

from sitrep.eval.seeds import km
from sitrep.geo.compass_divisions import COMPASS_REASON, compass_divisions
from sitrep.geo.gazetteer import Gazetteer, default_gazetteer
from sitrep.geo.stage import geoparse
from sitrep.settings import Settings
from sitrep.types import Place, Toponym


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _place(text: str, name: str, gazetteer):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    return found[0].place if found else None


# ---- the blind checklist --------------------------------------------------------------------------

def _earlier_names() -> set[tuple[str, str]]:
    from pathlib import Path

    here = Path(__file__).parent
    out = set()
    for name, cc_col, name_col in (("s15_conflict_places.tsv", 0, 1), ("s16_namesake_articles.tsv", 0, 1),
                                   ("s16b_conflict_context.tsv", 1, 2)):
        for line in (here / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                out.add((cols[cc_col], cols[name_col].lower()))
    return out


def test_the_checklist_is_new_and_varied():
    rs = rows()
    assert len(rs) >= 80 and len({r.cc for r in rs}) >= 25
    assert len({(r.cc, r.name) for r in rs}) == len(rs)
    earlier = _earlier_names()
    assert not [r.name for r in rs if (r.cc, r.name.lower()) in earlier]
    for r in rs:
        start, end = r.span()
        assert r.article[start:end] == r.name


@pytest.mark.slow
def test_checklist_floor(gazetteer):
    res = outcomes(gazetteer)
    misses = [f"{o.row.name}: {o.found} {o.km}" for o in res if not o.passed]
    assert sum(o.passed for o in res) >= 114, misses
    assert CLOSE_KM == 25.0


# ---- Palmyra and Harad: the names news uses are their towns' own ---------------------------------

@pytest.mark.parametrize("text,name,cc", [
    ("Gunmen stormed Palmyra before dawn on Tuesday, residents said.", "Palmyra", "SY"),
    ("Militants shelled the ruins of Palmyra as troops advanced from the west.", "Palmyra", "SY"),
    ("Gunmen stormed Harad before dawn on Tuesday, residents said.", "Harad", "YE"),
    ("Air strikes hit a market in Harad, displacing hundreds of families.", "Harad", "YE"),
])
def test_bare_conflict_reports(gazetteer, text, name, cc):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == cc


def test_palmyra_is_tadmur_renamed(gazetteer):
    syrian = [p for p in gazetteer.candidates("Palmyra") if p.country_code == "SY"]
    assert len(syrian) == 1 and syrian[0].name == "Palmyra" and syrian[0].geonameid is not None
    assert gazetteer.candidates("Tadmur")[0] == syrian[0]


@pytest.mark.parametrize("text,name,wrong", [
    ("A new library opened in Palmyra, N.J., on Saturday, the mayor said.", "Palmyra", "SY"),
    ("The village fair in Harad, in Sweden's Sodermanland, drew a record crowd.", "Harad", "YE"),
])
def test_peaceful_namesakes_keep_their_texts(gazetteer, text, name, wrong):
    p = _place(text, name, gazetteer)
    assert p is None or p.country_code != wrong


# ---- namesakes in two conflict countries: the article's other evidence decides ---------------------

@pytest.mark.parametrize("text,name,cc", [
    ("Jihadists besieged Lere, a town in the Timbuktu region, cutting off food supplies.", "Lere", "ML"),
    ("Fighters attacked the market in Lere; the army sent reinforcements from Niono.", "Lere", "ML"),
    ("Bandits killed twelve villagers in Lere, Kaduna state, on Sunday.", "Lere", "NG"),
    ("Gunmen kidnapped worshippers in Lere; Zaria and Kafanchan were put on alert.", "Lere", "NG"),
    ("Militants ambushed soldiers near Abala, about 150 km north of Niamey, killing 17.", "Abala", "NE"),
    ("Islamic State fighters attacked Abala and Filingue on the same night.", "Abala", "NE"),
    ("Houthi forces shelled government positions in al-Bayda and near Marib on Thursday.", "al-Bayda", "YE"),
    ("Militia fighters clashed in al-Bayda, east of Benghazi, on Monday.", "al-Bayda", "LY"),
    ("Haftar's forces moved tanks from al-Bayda to Derna after the clashes.", "al-Bayda", "LY"),
])
def test_other_names_decide(gazetteer, text, name, cc):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == cc


# ---- "Town, State" ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,cc,admin1", [
    ("Gunmen killed a local reporter in Cordoba, Veracruz, on Monday.", "Cordoba", "MX", "Veracruz State"),
    ("Troops found a clandestine grave near Cordoba, Veracruz.", "Cordoba", "MX", "Veracruz State"),
    ("Police arrested three men in Valencia, Carabobo, after a bank robbery.", "Valencia", "VE", "Carabobo"),
    ("Soldiers clashed with cartel gunmen in Salamanca, Guanajuato, on Friday.", "Salamanca", "MX", "Guanajuato"),
])
def test_a_town_then_its_state(gazetteer, text, name, cc, admin1):
    p = _place(text, name, gazetteer)
    assert p is not None and (p.country_code, p.admin1) == (cc, admin1)


def test_the_state_after_the_town_is_the_state(gazetteer):
    p = _place("Gunmen killed a local reporter in Cordoba, Veracruz, on Monday.", "Veracruz", gazetteer)
    assert p is not None and p.feature_code == "ADM1"
    # alone, the name is still the port city
    p = _place("A ship docked in Veracruz on Monday after a storm.", "Veracruz", gazetteer)
    assert p is not None and p.feature_code != "ADM1"


def test_a_list_of_cities_is_no_town_and_state(gazetteer):
    found = {t.text: t.place for t in geoparse("Shelling hit Homs, Aleppo and Idlib overnight.", gazetteer)}
    assert found["Homs"].country_code == "SY" and found["Homs"].admin1 == "Homs"


# ---- Cameroon's compass-named regions ---------------------------------------------------------------

@pytest.mark.parametrize("text,name,division", [
    ("Separatists burned a hospital in the North-West region of Cameroon on Monday.", "North-West", "Northwest Region"),
    ("Amba fighters clashed with soldiers across the North-West and South-West. Cameroon's army said two died.",
     "South-West", "Southwest Region"),
    ("Cameroonian troops killed four separatists near Kumbo, in the Northwest, on Sunday.", "Northwest", "Northwest Region"),
    ("Schools in Cameroon's South West stayed shut as the lockdown called by separatists began.", "South West",
     "Southwest Region"),
])
def test_cameroon_compass_regions(gazetteer, text, name, division):
    p = _place(text, name, gazetteer)
    assert p is not None and p.country_code == "CM" and p.feature_code == "ADM1" and p.admin1 == division


@pytest.mark.parametrize("text,name", [
    ("Bandits killed 20 people in Zamfara, in Nigeria's North-West, on Monday.", "North-West"),
    ("Heavy rain flooded roads across the North West of England on Monday.", "North West"),
    ("Troops moved north-west of Bamenda, Cameroon, overnight.", "north-west"),
    ("The North-West Frontier Province was renamed Khyber Pakhtunkhwa in 2010.", "North-West"),
])
def test_compass_words_elsewhere_are_no_cameroon_region(gazetteer, text, name):
    p = _place(text, name, gazetteer)
    assert p is None or p.country_code != "CM"


def _tiny_gazetteer() -> Gazetteer:
    region = Place("Northwest Region", 6.2, 10.3, "Cameroon", "CM", "Northwest Region", None, "A", "ADM1", 1_800_000)
    return Gazetteer.from_places([(region, ["North-West Region"])])


def test_compass_divisions_only_for_the_focus_country():
    g = _tiny_gazetteer()
    text = "Fighting spread across the North-West overnight."
    assert compass_divisions(text, [], "NG", g) == []
    [t] = compass_divisions(text, [], "CM", g)
    assert (text[t.start:t.end], t.place.admin1, t.reason) == ("North-West", "Northwest Region", COMPASS_REASON)


def test_compass_divisions_replace_an_unplaced_mention_and_keep_a_placed_one():
    g = _tiny_gazetteer()
    text = "Clashes in the Northwest region; the North-West Region governor spoke."
    unplaced = Toponym(15, 24, "Northwest", None, "no gazetteer entry")
    other = Place("Elsewhere", 1.0, 1.0, "Cameroon", "CM", None, None, "A", "ADM1", 1)
    placed = Toponym(36, 53, "North-West Region", other, "read by the resolver", 0.9)
    out = compass_divisions(text, [unplaced, placed], "CM", g)
    assert [(t.text, t.place.name) for t in out] == [("Northwest region", "Northwest Region"),
                                                     ("North-West Region", "Elsewhere")]


# ---- districts and towns the gazetteer lacked ----------------------------------------------------

@pytest.mark.parametrize("text,name,lat,lon", [
    ("Fighting raged in Chahar Dara, west of Kunduz city, for a third day.", "Chahar Dara", 36.72, 68.70),
    ("Taliban fighters overran the Chahar Dara district on Monday, Afghan officials said.", "Chahar Dara", 36.72, 68.70),
    ("Fano fighters entered Kobo on Sunday as federal troops withdrew towards Woldia.", "Kobo", 12.15, 39.63),
    ("Islamic State militants attacked a Puntland army base outside Qardho.", "Qardho", 9.50, 49.08),
    ("Al-Shabaab fighters abandoned Ceel Buur as government troops approached.", "Ceel Buur", 4.69, 46.62),
])
def test_added_places(gazetteer, text, name, lat, lon):
    p = _place(text, name, gazetteer)
    assert p is not None and km(lat, lon, p.latitude, p.longitude) <= CLOSE_KM
