"""Session 15 on actors: sponsored and foreign forces, coalitions, peacekeepers, groups that became
a state, and ACLED's names for the main groups of conflicts outside Nigeria and Iraq.

- a sponsor named as an adjective ("Turkish-backed", "Iran-backed") is not the actor;
- the Saudi-led coalition is Operation Restoring Hope, the US-led one the US military, and "the
  coalition's jets" in Yemen, Iraq or Syria the coalition of that war;
- UN peacekeepers are the mission deployed in the country (inter 8), whatever their nationality;
- the Taliban are Afghanistan's state forces in articles from 15 August 2021;
- a government or junta that does violence does it with its military;
- a mention that hit, ran over or set off a bomb is the bomb's target;
- foreign civilians keep their own country; settlers in the West Bank are ACLED's settlers.
"""

from dataclasses import replace
from datetime import date

import pytest

from sitrep.actors.dictionary import default_dictionary
from sitrep.actors.periods import dated_actor
from sitrep.actors.roles import score_roles
from sitrep.events.runner import text_article
from sitrep.types import Actor


def _names(text: str, country: str | None = None) -> list[str]:
    return [m.actor.name for m in default_dictionary().mentions(text, 0, country)]


def _events(runner, text: str, day: date, country: str | None = None):
    art = text_article("s15", text, day)
    if country:
        art = replace(art, country=country)
    return list(runner.doc(art).events or ())


def _roles(text: str, country: str | None = None) -> dict[str, tuple[float, float]]:
    mentions = default_dictionary().mentions(text, 0, country)
    return {s.mention.actor.text: (s.agent, s.patient) for s in score_roles(text, mentions, "Battles")}


# ----- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, country, name",
    [
        ("Units of the Turkish-backed Syrian National Army shelled Tal Rifaat.", "Syria", "SNA: Syrian National Army"),
        ("Saudi-led coalition jets hit a fuel station in Hajjah.", "Yemen", "Operation Restoring Hope"),
        ("The Arab coalition said it intercepted a drone.", "Yemen", "Operation Restoring Hope"),
        ("The U.S.-led coalition carried out a strike near Hajin.", "Syria", "Military Forces of the United States"),
        ("Tigrayan forces entered Lalibela on Thursday.", "Ethiopia", "TPLF: Tigray People's Liberation Front"),
        ("The National Resistance Front ambushed a patrol in Andarab.", "Afghanistan", "NRF: National Resistance Front"),
        ("Africa Corps instructors arrived in Bamako.", "Mali", "Africa Corps"),
        ("Forces of the Luhansk People's Republic shelled Popasna.", "Ukraine", "LPR: Luhansk People's Republic"),
        ("Wagner Group mercenaries were seen in Bambari.", "Central African Republic", "Wagner Group"),
    ],
)
def test_named_groups_of_other_conflicts(text, country, name):
    assert name in _names(text, country)


def test_a_sponsor_adjective_is_not_the_actor():
    names = _names("Iran-backed militants fired rockets at a base near Baghdad.", "Iraq")
    assert names == ["Unidentified Armed Group (Iraq)"]
    assert "Military Forces of Turkey" not in _names("The Turkish-backed Syrian National Army advanced.", "Syria")


@pytest.mark.parametrize(
    "text, country, name",
    [
        ("Coalition warplanes struck a camp in Saada.", "Yemen", "Operation Restoring Hope"),
        ("Coalition aircraft bombed a bridge near Mosul.", "Iraq", "Military Forces of the United States"),
        ("Coalition forces raided a farm near Raqqa.", "Syria", "Military Forces of the United States"),
    ],
)
def test_the_coalition_of_the_war(text, country, name):
    assert _names(text, country) == [name]


def test_a_coalition_government_is_the_government():
    assert _names("The coalition government collapsed in Kathmandu.", "Nepal") == ["Government of Nepal"]


@pytest.mark.parametrize(
    "text, country, name",
    [
        ("Two peacekeepers were wounded near Bunia.", "Democratic Republic of the Congo",
         "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
        ("Bangladeshi peacekeepers repelled an attack near Bambari.", "Central African Republic",
         "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
        ("UN peacekeepers came under fire near Kidal.", "Mali",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
        ("Blue helmets patrolled near Naqoura.", "Lebanon", "UNIFIL: United Nations Interim Force in Lebanon"),
    ],
)
def test_peacekeepers_are_the_mission_of_the_country(text, country, name):
    assert _names(text, country) == [name]
    assert default_dictionary().mentions(text, 0, country)[0].actor.inter == 8


def test_peacekeepers_without_a_mission_are_the_un():
    assert _names("Peacekeepers patrolled the buffer zone.", "Cyprus") == ["UN: United Nations"]


@pytest.mark.parametrize(
    "text, country, name",
    [
        ("Gunmen abducted three South Korean engineers near Warri.", "Nigeria", "Civilians (South Korea)"),
        ("Four Nepalese farm workers were killed.", "Israel", "Civilians (Nepal)"),
        ("Militants kidnapped two Italian aid workers.", "Mali", "Civilians (Italy)"),
        ("Seven Thai farmhands were wounded.", "Israel", "Civilians (Thailand)"),
    ],
)
def test_foreign_civilians_keep_their_country(text, country, name):
    assert name in _names(text, country)


@pytest.mark.parametrize(
    "text, country, name",
    [
        ("Armed settlers torched olive trees near Nablus.", "Palestine", "Settlers (Israel)"),
        ("Settlers attacked shepherds near Hebron.", "Palestinian Territory", "Settlers (Israel)"),
        ("Settlers and indigenes clashed in Jos.", "Nigeria", "Civilians (Nigeria)"),
    ],
)
def test_settlers(text, country, name):
    assert _names(text, country)[0] == name


def test_palestinian_territory_is_acleds_palestine():
    assert _names("Villagers fled on Sunday.", "Palestinian Territory") == ["Civilians (Palestine)"]


def test_a_states_weapon_after_its_forces_is_theirs():
    text = "Russian army helicopters struck a depot near Izium, and troops raided it."
    found = default_dictionary().mentions(text, 0, "Ukraine")
    assert found[0].actor.text == "Russian army helicopters"
    # a verb is not taken for a weapon: "troops raided" keeps its verb for the roles
    assert found[-1].actor.text == "troops"


# ----- dated names ----------------------------------------------------------------------------


def test_renamed_coalition_and_houthis():
    ori = Actor("Operation Restoring Hope", 8)
    assert dated_actor(ori, date(2015, 4, 2)).name == "Operation Decisive Storm"
    assert dated_actor(ori, date(2019, 4, 2)).name == "Operation Restoring Hope"
    houthi = Actor("Houthi Movement", 2)
    assert dated_actor(houthi, date(2016, 5, 1)).name == "Military Forces of Yemen (2015-2017) Houthi-Saleh"
    assert dated_actor(houthi, date(2020, 5, 1)).name == "Military Forces of Yemen (2017-) Houthi"
    assert dated_actor(houthi, date(2013, 5, 1)).name == "Houthi Movement"


@pytest.mark.parametrize(
    "written, on, name",
    [
        ("Taliban fighters", date(2022, 3, 1), "Military Forces of Afghanistan"),
        ("Taliban police", date(2023, 3, 1), "Police Forces of Afghanistan"),
        ("Taliban government", date(2024, 3, 1), "Government of Afghanistan"),
        ("Taliban fighters", date(2019, 3, 1), None),
        ("Taliban fighters", None, None),
    ],
)
def test_the_taliban_became_the_state(written, on, name):
    found = default_dictionary().state_forces("Taliban", on, written)
    assert (found.name if found else None) == name
    assert default_dictionary().state_forces("Al Shabaab", date(2024, 1, 1), "Shabaab fighters") is None


# ----- roles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mention",
    [
        ("A MINUSMA convoy hit a roadside bomb near Aguelhok.", "MINUSMA convoy"),
        ("Soldiers ran over a landmine near Tillaberi.", "Soldiers"),
        ("An SNA patrol struck an improvised explosive device in Lower Shabelle.", "SNA"),
        ("Two army trucks triggered mines near Diffa.", "army"),
    ],
)
def test_who_hit_a_bomb_is_its_target(text, mention):
    agent, patient = _roles(text, "Niger")[mention]
    assert patient > agent


def test_who_struck_a_town_is_still_the_doer():
    agent, patient = _roles("Soldiers struck a rebel camp near Beni.", "Democratic Republic of the Congo")["Soldiers"]
    assert agent > patient


def test_a_date_opening_a_note_is_no_target():
    text = "On 9 July 2024, the Arakan Army seized a border post from the military."
    agent, patient = _roles(text, "Myanmar")["Arakan Army"]
    assert agent > patient and patient == 0
    # a real target after "on" still is one
    agent, patient = _roles("Rebels opened fire on the police in Goma.", "Democratic Republic of the Congo")["police"]
    assert patient > agent


def test_the_wounded_are_targets():
    text = "Militants fired rockets at a base, wounding four American service members."
    agent, patient = _roles(text, "Syria")["American service members"]
    assert patient > agent


# ----- whole events ---------------------------------------------------------------------------


def _pair(ev) -> tuple[str, str | None]:
    return ev.actor1.name, ev.actor2.name if ev.actor2 else None


def test_saudi_led_strikes_in_yemen(runner):
    text = "Saudi-led coalition warplanes bombed a school bus in Dahyan on Thursday, killing 40 children."
    evs = _events(runner, text, date(2018, 8, 10))
    assert _pair(evs[0]) == ("Operation Restoring Hope", "Civilians (Yemen)")
    assert evs[0].actor1.inter == 8


def test_state_and_foreign_partner_the_state_leads(runner):
    text = "Burkinabe troops and Wagner fighters killed at least 30 villagers in the village of Solenzo on Monday."
    evs = _events(runner, text, date(2025, 3, 13))
    assert evs[0].actor1.name == "Military Forces of Burkina Faso"


def test_peacekeepers_attacked_in_ituri(runner):
    text = "ADF rebels ambushed UN peacekeepers near Mavivi on Sunday, killing two of them, the army said."
    evs = _events(runner, text, date(2021, 5, 3))
    names = {evs[0].actor1.name, evs[0].actor2.name if evs[0].actor2 else None}
    assert "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo" in names
    assert "UN: United Nations" not in names


def test_taliban_after_the_takeover(runner):
    text = "Taliban fighters clashed with Islamic State Khorasan militants in Kunar on Sunday, killing five militants."
    evs = _events(runner, text, date(2022, 10, 3))
    assert _pair(evs[0]) == ("Military Forces of Afghanistan", "Islamic State Khorasan Province")
    before = _events(runner, text, date(2018, 10, 3))
    assert "Taliban" in _pair(before[0])


def test_a_junta_bombing_is_its_military(runner):
    text = "The junta bombed a village in Magway region on Sunday, killing nine civilians, residents said."
    evs = _events(runner, text, date(2023, 6, 5), "Myanmar")
    assert evs[0].actor1.name == "Military Forces of Myanmar"


def test_a_government_arrest_stays_the_government(runner):
    text = "The government arrested an opposition leader in Yangon on Friday."
    evs = _events(runner, text, date(2023, 6, 5), "Myanmar")
    assert all(not e.actor1.name.startswith("Military Forces") for e in evs)


def test_losing_side_of_a_recapture_is_not_the_ally(runner):
    text = "AU troops and Somali soldiers recaptured the town of Moqokori from al-Shabaab fighters on Friday."
    evs = _events(runner, text, date(2022, 9, 10), "Somalia")
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Al Shabaab"


def test_a_country_inside_a_groups_name_votes_for_the_groups_home():
    named, homes = default_dictionary().country_votes("Saudi-led coalition jets struck Hodeidah; Saudi officials said.")
    assert named == {"Saudi Arabia": 1}  # "Saudi officials" only
    assert homes == {"Yemen": 1}


def test_who_hit_a_convoy_is_its_attacker():
    agent, patient = _roles("Rebels hit a military convoy near Kidal.", "Mali")["Rebels"]
    assert agent > patient


def test_the_taliban_state_is_not_its_own_enemy(runner):
    text = "On 4 March 2023, Taliban border forces exchanged fire with Iranian border guards near Islam Qala (Herat)."
    evs = _events(runner, text, date(2023, 3, 6))
    assert evs and evs[0].actor2 is not None
    assert evs[0].actor1.name != evs[0].actor2.name
    assert "Iran" in evs[0].actor1.name + evs[0].actor2.name
