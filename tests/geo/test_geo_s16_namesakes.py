"""Places round 5 (session 16): conflict places that share their name with a town elsewhere, read
with the article's other evidence; water bodies given a shore country; a governorate's seat for its
bare name.

The checklist (``s16_namesake_articles.tsv``, ``geo_s16_checklist``) holds 54 places of 24 countries in
115 short articles of our own (7 of them under a dateline); the sentence naming the place has no word for its country.
"""

from __future__ import annotations

import re

import pytest
from geo_s16_checklist import outcomes, rows

from sitrep.geo.demonyms import striking_from_afar
from sitrep.geo.eventplace import precision_of
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.resolve import _own_spelling, _short_form
from sitrep.geo.stage import geoparse, geoparse_with_focus
from sitrep.geo.waters import shores
from sitrep.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def _place(text: str, name: str, gazetteer):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    return found[0].place if found else None


# ---- the checklist ------------------------------------------------------------------------------

# Floors: 114 of 115 articles, 53 of 54 places after round 5 (105 and 46 before it). The miss left:
# "Cordoba" with only "Veracruz" (a city) beside it goes to Argentina's province.
ARTICLES_FLOOR = 114
PLACES_FLOOR = 53

# The words for each checklist country the sentence naming the place must not hold.
_COUNTRY_WORDS = {
    "SY": "Syria", "PS": "Palestin", "SS": "South Sudan", "LY": "Liby", "AF": "Afghan", "UA": "Ukrain",
    "MZ": "Mozambi", "ML": "Mali", "NE": "Niger", "YE": "Yemen", "MX": "Mexic", "NG": "Nigeria",
    "PH": "Philippin", "LB": "Leban", "HT": "Haiti", "CM": "Cameroon", "CO": "Colombia", "SD": "Sudan",
    "ET": "Ethiopia", "CF": "Central African", "SO": "Somali", "IQ": "Iraq", "MM": "Myanmar",
    "PK": "Pakistan", "CD": "Congo", "RU": "Russia", "KE": "Kenya",
}


def test_the_checklist_is_varied_and_its_place_sentences_name_no_country():
    rs = rows()
    assert len({(r.cc, r.name) for r in rs}) >= 50 and len({r.cc for r in rs}) >= 20
    for r in rs:
        sentence = next(s for s in re.split(r"(?<=\.) ", r.article) if r.name in s)
        assert _COUNTRY_WORDS[r.cc] not in sentence, r.article
        assert len(re.split(r"(?<=\.) ", r.article)) >= 1 and r.article.count(".") >= 1


def test_checklist_places_resolve_within_50_km(gazetteer):
    res = outcomes(gazetteer)
    assert sum(o.resolved for o in res) >= ARTICLES_FLOOR
    by_place: dict = {}
    for o in res:
        by_place.setdefault((o.row.cc, o.row.name), []).append(o.resolved)
    assert sum(all(v) for v in by_place.values()) >= PLACES_FLOOR


# ---- focus votes: a division's name shared with a town abroad -----------------------------------

def test_a_shared_division_name_does_not_outvote_a_town_found_in_one_country(gazetteer):
    text = "Militants ambushed soldiers near Nara at dawn. Reinforcements were sent from Niono, a commander said."
    tops, focus = geoparse_with_focus(text, gazetteer)
    assert focus.country == "ML"
    assert _place(text, "Nara", gazetteer).country_code == "ML"


def _division_share(names: list[str], division: str, cc: str, gazetteer) -> float:
    """The share of ``division``'s focus vote its first-level division in ``cc`` gets."""
    from sitrep.geo.detect import Mention
    from sitrep.geo.normalize import name_key
    from sitrep.geo.resolve import _vote_shares

    mentions = [Mention(0, len(n), n, name_key(n)) for n in names]
    shares = _vote_shares(mentions, [gazetteer.candidates(m.key) for m in mentions])
    return sum(w for p, w in shares[names.index(division)] if p.feature_code == "ADM1" and p.country_code == cc)


def test_a_shared_division_name_keeps_its_weight_when_the_other_names_could_lie_there(gazetteer):
    from sitrep.geo.resolve import SHARED_DIVISION_VOTE, VOTE_ADMIN1, VOTE_PLACE

    assert SHARED_DIVISION_VOTE * VOTE_ADMIN1 == VOTE_PLACE
    alone = _division_share(["Nara"], "Nara", "JP", gazetteer)
    against = _division_share(["Nara", "Niono"], "Nara", "JP", gazetteer)
    assert against == pytest.approx(alone * SHARED_DIVISION_VOTE)
    # "London" has a reading in Ontario: the province's vote stands
    assert _division_share(["Ontario", "London"], "Ontario", "CA", gazetteer) == \
        pytest.approx(_division_share(["Ontario"], "Ontario", "CA", gazetteer))


# ---- demonyms of the side striking from afar ----------------------------------------------------

def test_striking_from_afar_reads_the_words_after_the_demonym():
    text = "Russian jets and Israeli air strikes; Syrian army units; Ukrainian air force said"
    assert striking_from_afar(text, text.index("Russian") + 7)
    assert striking_from_afar(text, text.index("Israeli") + 7)
    assert not striking_from_afar(text, text.index("Syrian") + 6)
    assert not striking_from_afar(text, text.index("Ukrainian") + 9)


def test_an_air_attackers_demonym_does_not_vote_for_the_place_it_strikes(gazetteer):
    text = "Turkish drones struck a vehicle near Kobani overnight. Kurdish fighters said two men died."
    tops, focus = geoparse_with_focus(text, gazetteer)
    assert focus.country != "TR"
    text = "Russian jets bombed positions near Palmyra overnight. Syrian army units later retook the citadel."
    assert _place(text, "Palmyra", gazetteer).country_code == "SY"


# ---- short forms of Spanish and Portuguese town names -------------------------------------------

def test_a_towns_first_word_before_de_is_its_own_short_name_outside_english_countries():
    assert _short_form("zamora de hidalgo") == "zamora"
    assert _short_form("mocimboa da praia") == "mocimboa"
    assert _short_form("santa cruz") is None
    assert _own_spelling("zamora", "Zamora de Hidalgo", "MX")
    assert not _own_spelling("valle", "Valle de Santiago", "MX")  # too short to tell
    assert not _own_spelling("norwich", "Norwich de Test", "US")  # English-named countries: no


def test_zamora_of_michoacan_is_the_big_town_not_a_hamlet_of_its_short_name(gazetteer):
    text = "A car bomb exploded outside a police station in Zamora, injuring three officers. Mexican authorities blamed a cartel."
    p = _place(text, "Zamora", gazetteer)
    assert p.country_code == "MX" and p.admin1 == "Michoacan"


# ---- a governorate's seat for its bare name -----------------------------------------------------

def test_quneitra_is_the_town_unless_named_as_the_governorate(gazetteer):
    town = _place("Israeli troops entered Quneitra on Sunday. Syrian officials condemned the incursion.",
                  "Quneitra", gazetteer)
    assert town.feature_class == "P" and town.country_code == "SY"
    prov = [t for t in geoparse("Shelling hit Quneitra province overnight, a Syrian monitor said.", gazetteer)
            if t.text.startswith("Quneitra")][0].place
    assert prov.feature_code == "ADM1"


# ---- water bodies -------------------------------------------------------------------------------

def test_every_water_body_of_the_shore_table_is_a_gazetteer_place(gazetteer):
    from sitrep.geo.normalize import name_key

    for key, coast in shores().items():
        assert coast and all(len(c) == 2 and c.isupper() for c in coast)
        assert any(p.feature_class == "H" for p in gazetteer.candidates(name_key(key))), key


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("A boat carrying 40 migrants capsized on Lake Chad on Monday, officials in Borno said.", "Lake Chad", "NG"),
    ("A Houthi drone struck a cargo ship in the Red Sea on Tuesday.", "Red Sea", "YE"),
    ("M23 rebels seized fishing boats on Lake Kivu after taking Goma.", "Lake Kivu", "CD"),
    ("Pirates hijacked a dhow in the Gulf of Aden. The crew was held near Eyl, elders said.", "Gulf of Aden", "SO"),
])
def test_a_water_body_takes_the_shore_country_the_article_is_about(gazetteer, text, name, cc):
    t = [t for t in geoparse(text, gazetteer) if t.text == name][0]
    assert t.place.country_code == cc and "approximate" in t.reason
    assert precision_of(text, t) == 3


def test_a_water_body_with_no_shore_country_in_the_text_keeps_none(gazetteer):
    text = "A cargo ship sank in the Black Sea on Friday. Its crew of twelve was rescued by a passing vessel."
    t = [t for t in geoparse(text, gazetteer) if t.text == "Black Sea"][0]
    assert t.place.country_code is None
    # a shore country named, though the focus lies elsewhere
    text = "Sweden said on Monday its tanker was hit in the Black Sea, off the coast of Romania."
    t = [t for t in geoparse(text, gazetteer) if t.text == "Black Sea"][0]
    assert t.place.country_code == "RO"


# ---- datelines with the agency in brackets ------------------------------------------------------

def test_a_short_capitalised_dateline_town_before_an_agency_is_a_place(gazetteer):
    for text, name, cc in [("JUBA (Reuters) - Gunmen killed eight people near Bor on Sunday.", "JUBA", "SS"),
                           ("KABUL, Afghanistan (AP) — A bomb exploded in Jalalabad.", "KABUL", "AF"),
                           ("GAZA, Oct 9 (Reuters) - Troops raided a camp near Jericho.", "GAZA", "PS")]:
        assert _place(text, name, gazetteer).country_code == cc
    # in running text such a word stays an acronym, and so does one with no dash after the bracket
    assert _place("JUBA (the port authority) met on Monday in Bor.", "JUBA", gazetteer) is None
    assert _place("Officials of JUBA (Reuters) - said so in Bor.", "JUBA", gazetteer) is None


# ---- "Congo": either country, as the text says ---------------------------------------------------

@pytest.mark.parametrize(("text", "cc"), [
    ("GOMA, Congo (AP) — Rebels shelled the town of Sake on Tuesday, witnesses said.", "CD"),
    ("Militia fighters attacked a train in the Pool region of Congo, officials in Brazzaville said.", "CG"),
    ("Congo's army said it had retaken two villages from the rebels.", "CD"),
])
def test_congo_is_the_country_the_other_places_lie_in(gazetteer, text, cc):
    assert _place(text, "Congo", gazetteer).country_code == cc
