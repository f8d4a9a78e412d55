"""Session 15b, typing round 6: who struck, with what.

Guided and glide bombs dropped from aircraft are air strikes; state forces (or a state named as
the subject) that "bombed" a place did so from the air, while a bombing by anyone else stays a
planted or thrown device; state forces that shoot dead gang members or fight a gang in a
"gunfight" fought armed men (Armed clash, not Attack); a claim made by the side a strike hit is
not the strike's claim. Near misses of each keep their old reading."""

from datetime import date

import pytest
from typing_helpers import sub_type as _sub

from sitrep.events.runner import text_article

_DAY = date(2024, 9, 18)


def _events(runner, text: str):
    return list(runner.doc(text_article("s15b", text, _DAY)).events or ())


# --- air-dropped bombs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Russian glide bomb struck an apartment block in Zaporizhzhia on Thursday, wounding nine.",
        "Two guided aerial bombs hit the outskirts of Sumy overnight, the regional administration said.",
        "Russian forces dropped three glide bombs on Kupiansk on Monday, killing a woman.",
        "Aerial bombs dropped on the market in Tawila killed six traders, witnesses said.",
    ],
)
def test_air_dropped_bombs_are_air_strikes(text):
    assert _sub(text) == "Air/drone strike"


# --- state forces that bombed -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Government forces bombed a crowded livestock market near El Obeid on Tuesday, killing 17.",
        "The military junta bombed a monastery in Magway region, killing at least 11 people.",
        "The army also bombed several villages in South Kordofan on Friday.",
        "Israel bombed a school sheltering displaced families in Khan Younis on Saturday.",
        "The Sudanese Armed Forces bombed a fuel depot in Nyala, witnesses said.",
        "The regime's warplanes bombed the main hospital in Maarat al-Numan.",
        "The junta allegedly bombed a camp for displaced people near Laiza on Monday.",
    ],
)
def test_state_forces_that_bombed_struck_from_the_air(text):
    assert _sub(text) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels bombed a bridge on the highway to Gao, cutting supplies to the garrison.",
        "The army said militants had bombed a checkpoint outside Quetta.",
        "A minibus was bombed in Kabul, killing six passengers.",
        "Suspected separatists bombed a railway line in Balochistan overnight.",
        "Rebels reportedly bombed a bridge near Gao.",
    ],
)
def test_a_bombing_by_anyone_else_stays_an_explosive(text):
    assert _sub(text) == "Remote explosive/landmine/IED"


def test_a_bomb_threat_against_the_army_is_no_strike():
    assert _sub("The government said the army had received a bomb threat.") != "Air/drone strike"


# --- state forces against gangs ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police officers shot dead two gang members in an operation in Kibera on Monday.",
        "Soldiers gunned down three gangsters near Cite Soleil, police said.",
        "Police in Manila killed four suspected members of a robbery gang in a gunfight on Sunday.",
        "Brazilian police killed six drug gang suspects in a gun fight in a favela of Salvador.",
    ],
)
def test_state_forces_against_gang_members_fight_a_battle(text):
    assert _sub(text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Gang members shot dead a shopkeeper in Port-au-Prince on Tuesday.",
        "Police shot dead a man suspected of stealing a phone in Nairobi.",
    ],
)
def test_gangs_killing_and_police_killing_one_suspect_are_no_battle(text):
    assert _sub(text) != "Armed clash"


# --- foreign air power and the owner of the weapon ---------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A Russian glide bomb hit a clinic in Kostiantynivka on Tuesday, killing two people.", "Russia"),
        ("US aircraft struck Houthi radar sites near Hodeidah overnight.", "the United States"),
        ("Turkish drones hit a car near Kobani on Sunday, killing three SDF fighters.", "Turkey"),
        ("An Israeli drone struck a motorbike in Nabatieh on Friday, killing one man.", "Israel"),
    ],
)
def test_the_weapons_owner_named_by_adjective_is_the_doer(runner, text, actor1):
    events = _events(runner, text)
    assert events
    assert events[0].actor1.name.startswith(f"Military Forces of {actor1}")


@pytest.mark.slow
def test_rebel_forces_that_take_ground_are_rebels(runner):
    events = _events(runner, "Rebel forces captured an army base from the junta near Hpakant on Sunday.")
    assert events
    assert events[0].sub_event_type == "Non-state actor overtakes territory"
    assert events[0].actor1.inter != 1


@pytest.mark.slow
def test_government_forces_that_retake_ground_stay_the_state(runner):
    events = _events(runner, "Government forces retook the town of Bambari from the rebels on Monday.")
    assert events
    assert events[0].sub_event_type == "Government regains territory"
    assert events[0].actor1.inter == 1


@pytest.mark.slow
def test_the_side_hits_own_claim_is_not_the_strikes_claim(runner):
    text = (
        "US aircraft struck Houthi missile launchers near Hodeidah overnight. "
        "The Houthis said they had fired drones at a tanker in the Gulf of Aden."
    )
    events = _events(runner, text)
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes
    assert all(e.claim.claimed_by != "Houthi Movement" for e in strikes)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Pro-government militias retook the village of Kalemie Sud from ADF fighters on Saturday.",
        "Army-backed militias recaptured the town of Um Rawaba from the RSF on Monday.",
    ],
)
def test_militias_fighting_for_the_state_regain_territory(runner, text):
    events = _events(runner, text)
    assert events
    assert events[0].sub_event_type == "Government regains territory"
    assert events[0].actor1.inter == 3  # the militia, ACLED's affiliate of the government, is actor1


@pytest.mark.slow
def test_a_plain_militia_that_takes_ground_overtakes_it(runner):
    events = _events(runner, "Militias captured the village of Kalemie Sud from the army on Saturday.")
    assert events
    assert events[0].sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said they had targeted Tel Aviv with a drone on Friday.",
        "Hezbollah said it attacked an army post in the Galilee with explosive-laden drones.",
        "RSF fighters struck the power station of Merowe with drones on Sunday.",
        "Militants hit a police compound in Bannu with two kamikaze drones overnight.",
    ],
)
def test_an_attack_made_with_drones_is_a_drone_strike(text):
    assert _sub(text) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village of Dogon Noma with machetes, killing five.",
        "Police monitored the march with drones.",
    ],
)
def test_other_weapons_and_watching_drones_are_no_drone_strike(text):
    assert _sub(text) != "Air/drone strike"
