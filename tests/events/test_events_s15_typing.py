"""Session 15, typing round 5: strategic developments and the weak sub-types.

Bodies found after a killing are an attack by an unidentified armed group on civilians (ACLED;
a mass grave stays Other; drowned migrants and disaster victims are no event); armed men who
steal are looting; a group set up, a continuing non-violent activity ("continue to arrest",
"continue to fortify"), a defection beside a retreat are changes to a group or arrests; ground
retaken told in the passive, handed over or surrendered; gunfire and a bomb in one assault are
an attack or a clash, not an IED; a ceasefire broken with no fight told is Other; near misses of
each stay what they were."""

from datetime import date

import pytest
from typing_helpers import sub_type as _sub

from sitrep.events.modality import assess
from sitrep.events.runner import text_article

_DAY = date(2024, 9, 18)


def _events(runner, text: str):
    return list(runner.doc(text_article("s15t", text, _DAY)).events or ())


# --- bodies found ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of nine young men were found near Uruapan on Saturday, state prosecutors said.",
        "Eight bodies were found dumped beside the road to Butembo on Thursday.",
        "Herders discovered the bodies of six traders near Gao on Sunday.",
        "Soldiers recovered 11 bodies bearing gunshot wounds outside Kismayo on Monday.",
        "The bodies of four farmers with their hands bound were discovered in a ditch near Kumba.",
        "The body of a local councillor was found near Khost with gunshot wounds on Friday.",
        "14 bodies found in a well near Ziguinchor",
    ],
)
def test_bodies_found_after_a_killing_are_an_attack(text):
    assert _sub(text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of 17 migrants were recovered off Lampedusa after their boat capsized on Friday.",
        "The bodies of 40 migrants washed ashore near Zuwara on Tuesday.",
        "Rescuers found the bodies of 23 villagers after a landslide buried homes near Bukavu.",
        "The body of an elderly hiker was found on a trail near Gondar on Monday.",
        "Five bodies were pulled from the rubble after floods swept through the district.",
    ],
)
def test_bodies_of_accidents_and_disasters_are_no_attack(text):
    assert _sub(text) != "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Investigators exhumed 31 bodies from a mass grave near Bucha on Wednesday.",
        "A mass grave holding at least 60 bodies was uncovered outside Tadamon.",
    ],
)
def test_a_mass_grave_stays_other(text):
    assert _sub(text) == "Other"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Villagers found the bodies of five cattle herders near Dori on Sunday.", "Burkina Faso"),
        ("Police recovered seven bodies riddled with bullets in a field near Guasave on Tuesday.", "Mexico"),
    ],
)
def test_who_found_the_bodies_is_neither_side(runner, text, country):
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1.name == f"Unidentified Armed Group ({country})"
    assert events[0].actor2 is not None and events[0].actor2.name == f"Civilians ({country})"


def test_killers_named_stay_the_actor(runner):
    events = _events(runner, "Al-Shabaab fighters killed four teachers near Mandera on Monday. Their bodies were found later.")
    assert events and "Shabaab" in events[0].actor1.name


# --- looting by armed men ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab militants stole goats from pastoralists near Bardera on Sunday.",
        "RSF soldiers stole solar panels and generators from a clinic in Nyala.",
        "Armed bandits stole foodstuffs from the market in Tsafe.",
        "Houthi fighters seized trucks carrying fuel near Marib.",
        "Gunmen hijacked two lorries carrying flour on the road to Kaya.",
    ],
)
def test_armed_men_who_steal_are_looting(text):
    assert _sub(text) == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "Robbers stole jewellery from a shop in Abuja on Friday.",
        "Thieves stole copper cables from a substation in Soweto.",
        "Customs officers seized trucks carrying smuggled fuel at the border.",
    ],
)
def test_theft_by_criminals_is_no_looting(text):
    assert _sub(text) != "Looting/property destruction"


def test_goods_seized_are_no_ground_taken():
    assert _sub("Wagner fighters seized cattle and motorbikes in Ansongo.") == "Looting/property destruction"
    assert _sub("Wagner fighters seized the town of Ansongo on Friday.") == "Non-state actor overtakes territory"


# --- changes to a group or its activity -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A new Shia militia has been set up in Basra province.",
        "An armed wing of the movement was formally launched in Quetta last month.",
        "The rebels established a new self-defence unit in Ituri.",
        "Local chiefs created a vigilante group in Zurmi on Sunday.",
    ],
)
def test_a_group_set_up_is_a_change_to_a_group(text):
    assert _sub(text) == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "The army set up a new base near Menaka.",
        "A committee was set up to investigate the killings in Kasai.",
    ],
)
def test_a_base_or_a_committee_is_no_new_group(text):
    assert _sub(text) != "Change to group/activity"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The Taliban continue to fortify their positions along the Kabul road.", "Change to group/activity"),
        ("Security forces continue to detain students who took part in the demonstrations in Tehran.", "Arrests"),
        ("Police continued to arrest opposition activists in Minsk on Monday.", "Arrests"),
        ("Farmers continued to protest outside parliament in Warsaw on Friday.", "Peaceful protest"),
    ],
)
def test_a_continuing_non_violent_activity_is_reported(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(
    "text",
    [
        "Militants continue to attack villages in northern Mozambique.",
        "Police often continue to arrest protesters without charge.",
    ],
)
def test_a_continuing_violent_habit_stays_blocked(text):
    assert _sub(text) is None


def test_only_continue_makes_the_ongoing_flag():
    text = "Police often continue to arrest protesters."
    i = text.index("arrest")
    assert "ongoing" not in assess(text, i, i + 6).flags
    text = "Police continue to arrest protesters."
    i = text.index("arrest")
    assert {"ongoing", "generic"} <= set(assess(text, i, i + 6).flags)


def test_a_defection_beside_a_retreat_is_a_change():
    text = "Some 200 soldiers of the 3rd Division defected to the rebels as the army was in retreat in Shan state."
    assert _sub(text) == "Change to group/activity"


# --- ground retaken, handed over, surrendered ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The town of Kadugli was recaptured by government troops on Sunday.", "Government regains territory"),
        ("The village of Kalanchak was retaken by Russian forces.", "Government regains territory"),
        ("The town of Bentiu was recaptured by rebel fighters on Tuesday.", "Non-state actor overtakes territory"),
    ],
)
def test_ground_retaken_in_the_passive(text, sub):
    assert _sub(text) == sub


def test_ground_retaken_with_no_taker_named_is_the_state_s():
    # the place is a toponym the geo stage found (given here as a span)
    assert _sub("Gao was retaken on Monday, the army said.", places=((0, 3),)) == "Government regains territory"
    assert _sub("The rebel-held town of Kalemie was retaken on Monday.") == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "The garrison surrendered the town of Lashio to the MNDAA on Saturday.",
        "The militia handed its positions in Tripoli over to the interior ministry.",
        "The army handed control of Hama airport to the rebels on Friday.",
    ],
)
def test_ground_handed_over_or_surrendered(text):
    assert _sub(text) == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "The suspect surrendered to county police on Monday.",
        "Police handed the detainee over to the army in Maiduguri.",
        "Government forces advanced to within ten kilometres of the rebel-held town of Kafr Zita.",
        "Authorities began a mass expulsion of Afghan nationals from the territory in October.",
    ],
)
def test_near_misses_of_a_transfer_of_ground(text):
    assert _sub(text) not in {
        "Non-violent transfer of territory",
        "Non-state actor overtakes territory",
        "Government regains territory",
    }


# --- gunfire and a bomb in one assault --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Gunmen stormed a hotel in Mogadishu and detonated explosives, killing 12 guests.", "Attack"),
        ("Militants opened fire on worshippers at a mosque in Peshawar and set off a bomb.", "Attack"),
        ("Insurgents opened fire on a military convoy and detonated a roadside bomb near Ghazni.", "Armed clash"),
    ],
)
def test_gunfire_and_a_bomb_in_one_assault(text, sub):
    assert _sub(text) == sub


def test_a_bomb_alone_stays_an_ied():
    assert _sub("A roadside bomb exploded near a market in Diffa, killing three people.") == "Remote explosive/landmine/IED"


# --- a ceasefire broken --------------------------------------------------------------------------


def test_a_ceasefire_broken_with_no_fight_told_is_other():
    assert _sub("The rebels said government forces breached the truce near Sake on Monday.") == "Other"


@pytest.mark.parametrize(
    "text",
    [
        "Each side accused the other of violating the ceasefire in Nagorno-Karabakh.",
        "The two sides signed a ceasefire in Jeddah on Saturday.",
    ],
)
def test_no_breach_told_as_fact(text):
    assert _sub(text) != "Other"


def test_a_breach_with_a_fight_is_the_fight():
    assert _sub("Troops violated the ceasefire and clashed with rebels near Kalehe on Sunday.") == "Armed clash"


# --- arrests a crowd reacts to ---------------------------------------------------------------


def test_the_arrest_a_crowd_reacts_to_is_not_the_event():
    assert _sub("Youths burned a police post in Jos after the arrest of a local chief.") != "Arrests"
    assert _sub("Police arrested a local chief in Jos on Monday.") == "Arrests"


# --- ground: checkpoints overrun, plain wordings, the side of "rebel forces" -------------------


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP fighters overran two military checkpoints near Monguno, killing six soldiers.",
        "Gunmen attacked and overran a police station in Zamfara, killing three officers.",
    ],
)
def test_a_post_overrun_is_a_fight_not_ground_taken(text):
    assert _sub(text) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Al-Shabaab fighters took the town of Bulo Burde on Friday.", "Non-state actor overtakes territory"),
        ("The army said it had lost control of the town of Nyanzale to M23 fighters.", "Non-state actor overtakes territory"),
        ("MNDAA fighters claimed control of the town of Laukkai on Sunday.", "Non-state actor overtakes territory"),
        ("The town was taken by Fano militiamen after a day of fighting.", "Non-state actor overtakes territory"),
        ("Rebel forces captured the town of Kyaukme on Sunday.", "Non-state actor overtakes territory"),
        ("Militia troops seized the town of Gety on Friday.", "Non-state actor overtakes territory"),
        ("Government forces captured the town of Kadugli on Friday.", "Government regains territory"),
    ],
)
def test_ground_taken_in_plain_words(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took the village chief hostage near Zurmi.",
        "The wounded man was taken by ambulance to Kidal.",
        "The army lost five soldiers to a roadside bomb near Kidal.",
    ],
)
def test_taking_that_is_no_ground(text):
    assert _sub(text) not in {"Non-state actor overtakes territory", "Government regains territory"}


# --- no event ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two stags battle for mating rights in a park outside Prague.",
        "A hand grenade exploded during an armed robbery at a jewellery shop in Chisinau.",
        "Robbers threw a homemade bomb at a bank van in Kampala before fleeing with cash.",
    ],
)
def test_animals_and_robberies_are_no_conflict_event(text):
    assert _sub(text) is None


def test_a_grenade_thrown_at_a_bar_stays_a_grenade():
    assert _sub("Unknown assailants threw a grenade into a bar in Bujumbura, wounding nine people.") == "Grenade"


def test_a_grenade_in_an_armed_assault_is_the_assault():
    text = "Gunmen burst into a church in Kiwanja, opened fire on worshippers and threw a grenade, killing five people."
    assert _sub(text) == "Attack"


def test_an_exchange_of_accusations_reports_no_breach():
    assert _sub("Both sides traded accusations of violating the truce around Kupiansk on Sunday.") != "Other"


def test_arrests_of_people_who_took_part_in_protests_are_arrests():
    text = "Police detained dozens of workers who took part in last month's factory protests in Dhaka."
    assert _sub(text) == "Arrests"
