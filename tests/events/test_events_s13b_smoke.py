"""Session 13, round 2 smoke: a foreign state's forces taking ground from the host state overtake
it (no government regains its own territory), unless they clear it of rebels or fight alongside
the host's forces; arson of a single building is property destruction; a perpetrator's contradicted
claim of a fight does not retype a reported attack on civilians; militia members named as victims
("members of the VDP") make a fight; a single victim shot dead or beheaded is a toll of one."""

from datetime import date

import pytest
from typing_helpers import sub_type as _sub

from sitrep.events.runner import text_article

_DAY = date(2024, 2, 21)


def _events(runner, text: str, day: date = _DAY):
    doc = runner.doc(text_article("s13b", text, day))
    return [e for e in doc.events or () if e.event_type != "Strategic developments"] or list(doc.events or ())


@pytest.mark.parametrize(
    "text, taker, loser",
    [
        (
            "Russian forces captured the village of Pobieda in Donetsk region, Russia's defence ministry said.",
            "Military Forces of Russia",
            "Military Forces of Ukraine",
        ),
        (
            "Rwandan troops seized the town of Bunagana in North Kivu from Congolese soldiers on Monday.",
            "Military Forces of Rwanda",
            "Military Forces of Democratic Republic of Congo",
        ),
        (
            "Eritrean forces took control of the town of Adigrat in Tigray on Sunday, residents said.",
            "Military Forces of Eritrea",
            "Military Forces of Ethiopia",
        ),
    ],
)
def test_foreign_forces_taking_host_ground_overtake_it(runner, text, taker, loser):
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert events[0].actor1.name.startswith(taker)
    assert events[0].actor2 is not None and events[0].actor2.name.startswith(loser)


@pytest.mark.parametrize(
    "text",
    [
        # the host's own forces regain their ground
        "Ukrainian forces recaptured the village of Robotyne in Zaporizhzhia region, the military said.",
        # foreign forces fighting alongside the host state's own forces
        "Nigerian and Chadian troops recaptured the town of Damasak from Boko Haram on Monday.",
    ],
)
def test_regained_ground_stays_regained(runner, text):
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


@pytest.mark.parametrize(
    "text",
    [
        "Anglophone separatists burned a school in Bamenda on Wednesday.",
        "Suspected ADF rebels burned a health centre and a church in Beni territory on Sunday.",
        "Gunmen burnt a house and a car in Kajuru on Tuesday night, police said.",
        "Militants burned a polling station in Kandahar province ahead of the vote.",
    ],
)
def test_arson_of_a_single_building_is_property_destruction(text):
    assert _sub(text) in {"Looting/property destruction", "Attack"}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned tyres on the main road in Lagos on Monday.",
        "A fire burned a school in Kano after an electrical fault on Monday.",
    ],
)
def test_burning_tyres_or_an_accidental_fire_is_no_property_destruction(text):
    assert _sub(text) != "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Rapid Support Forces fighters killed at least 40 people, including 12 children, in an attack "
            "on the village of Um Kadada in North Darfur on Tuesday, activists said. The RSF said it had "
            "attacked army positions near the village and denied targeting civilians."
        ),
        (
            "Militiamen killed 23 villagers in an attack on Gumuz village in Benishangul on Friday, officials "
            "said. The militia said it had fought government troops there and denied killing civilians."
        ),
    ],
)
def test_a_contradicted_claim_of_a_fight_does_not_retype_an_attack(runner, text):
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].claim.status == "disputed"


def test_a_fight_reported_as_such_stays_a_fight(runner):
    text = (
        "Islamic State fighters attacked an army base near Tal Afar on Monday, killing four soldiers, "
        "officials said. The group said it had attacked the base."
    )
    events = _events(runner, text, date(2023, 5, 9))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Suspected jihadists killed 15 members of the VDP in an ambush near Djibo on Friday.",
        "Gunmen killed six members of a self-defence group near Bandiagara on Monday.",
        "Rebels killed nine Wazalendo fighters in an ambush near Sake on Saturday.",
        "Bandits killed 11 CJTF members in an ambush near Konduga on Sunday.",
    ],
)
def test_militia_members_killed_make_a_fight(text):
    assert _sub(text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five farmers in an ambush near Djibo on Friday.",
        "Militiamen killed seven displaced people in an attack on a camp near Bunia on Friday.",
    ],
)
def test_civilian_victims_stay_an_attack(text):
    assert _sub(text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot dead a pilot in Nduga on Monday, police said.",
        "Militants beheaded a farmer in Macomia district on Monday, local sources said.",
        "Gunmen gunned down a shepherd near Kupwara on Monday, police said.",
    ],
)
def test_a_single_victim_shot_dead_or_beheaded_is_one_death(runner, text):
    events = _events(runner, text, date(2023, 2, 8))
    assert [e.fatalities for e in events] == [1]


@pytest.mark.parametrize(
    "text, by",
    [
        (
            ("A suicide bomber blew himself up inside a mosque in Kunduz during Friday prayers, killing "
            "46 worshippers. Islamic State Khorasan claimed responsibility."),
            "Islamic State Khorasan Province",
        ),
        (
            ("A roadside bomb killed six soldiers near Mandera on Monday. Al-Shabaab claimed responsibility "
            "for the attack in a statement."),
            "Al Shabaab",
        ),
    ],
)
def test_a_claim_of_responsibility_in_the_next_sentence_is_the_claim(runner, text, by):
    events = _events(runner, text, date(2021, 10, 9))
    assert [e.claim.status for e in events] == ["claimed"]
    assert events[0].claim.claimed_by == by


@pytest.mark.parametrize(
    "text",
    [
        ("A car bomb exploded near a market in Mogadishu on Saturday, killing eight civilians. "
        "No group claimed responsibility, but al-Shabaab has carried out similar attacks."),
        ("A bomb exploded near a tea shop in Pattani province on Monday, killing two people, police "
        "said; no group has claimed the blast."),
        ("A bomb killed three people at a bus stop in Quetta on Monday. The Baloch Liberation Army "
        "has not claimed responsibility."),
    ],
)
def test_a_claim_nobody_makes_is_no_claim(runner, text):
    events = _events(runner, text, date(2023, 3, 11))
    assert events and all(e.claim.status != "claimed" for e in events)


@pytest.mark.parametrize(
    "text, deaths",
    [
        (
            "On 3 March 2024, ISWAP fighters overran a military base in Mainok (Kaga, Borno). 7 soldiers killed.",
            7,
        ),
        ("Al-Shabaab fighters stormed an army base near Bulo Burde on Monday. Officials said 20 militants were killed.", 20),
        ("Taliban fighters attacked a police checkpoint in Ghazni on Monday. Four policemen were killed.", 4),
    ],
)
def test_a_bare_toll_of_armed_men_tells_the_deaths_of_the_event_before(runner, text, deaths):
    events = _events(runner, text, date(2024, 3, 5))
    assert [e.fatalities for e in events] == [deaths]


@pytest.mark.parametrize(
    "text",
    [
        "Imbonerakure youths beat and detained three members of the opposition CNL party in Kayanza on Monday.",
        "Members of a ruling-party militia whipped and detained two traders in Makamba on Tuesday.",
    ],
)
def test_a_militia_that_detains_and_beats_attacks(runner, text):
    events = _events(runner, text, date(2022, 5, 3))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_militia_that_detains_abducts(runner):
    text = "Members of the Imbonerakure detained two CNL activists in Ngozi province on Tuesday, a rights group said."
    events = _events(runner, text, date(2022, 5, 4))
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 14 protesters during a demonstration against fuel prices in Lagos on Monday.",
        "Ethiopian police detained 15 suspected members of an armed group in Addis Ababa on Monday.",
    ],
)
def test_state_arrests_stay_arrests(runner, text):
    events = _events(runner, text, date(2024, 3, 11))
    assert "Arrests" in {e.sub_event_type for e in events} or events[0].event_type == "Protests"
    assert "Abduction/forced disappearance" not in {e.sub_event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between rival gangs in a prison in Tegucigalpa killed 46 inmates.",
        "Rival gangs clashed in the Cite Soleil neighbourhood of Port-au-Prince on Monday, leaving 12 dead.",
        "Fighting between rival gangs inside a prison in Guayaquil left 31 inmates dead.",
    ],
)
def test_rival_gangs_fighting_is_an_armed_clash(text):
    assert _sub(text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between rival cult groups in Port Harcourt left five dead.",
        "Supporters of rival parties clashed with sticks and stones in Kano on Monday.",
    ],
)
def test_partisans_and_cult_groups_fighting_stay_no_armed_clash(text):
    assert _sub(text) != "Armed clash"


@pytest.mark.parametrize(
    "text, actor1",
    [
        ("Chadian forces retook the town of Dikwa from Boko Haram on Monday.", "Military Forces of Chad"),
        ("Rwandan troops recaptured the town of Palma from Islamist insurgents on Sunday.", "Military Forces of Rwanda"),
    ],
)
def test_foreign_forces_retaking_ground_from_rebels_regain_it_and_lead(runner, text, actor1):
    events = _events(runner, text, date(2021, 8, 9))
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert events[0].actor1.name.startswith(actor1)


def test_the_host_states_forces_named_with_a_foreign_partner_lead(runner):
    text = "Nigerian and Cameroonian forces recaptured the town of Bama from Boko Haram on Monday."
    events = _events(runner, text, date(2015, 3, 17))
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert events[0].actor1.name.startswith("Military Forces of Nigeria")


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops and Wagner fighters recaptured the town of Kidal from CSP rebels on Tuesday.",
        "Somali soldiers and clan militias recaptured the town of Adan Yabaal from al-Shabaab on Monday.",
    ],
)
def test_state_forces_coordinated_with_allies_regain_ground(text):
    assert _sub(text) == "Government regains territory"


def test_rebels_named_alone_still_overtake():
    assert _sub("Al-Shabaab fighters captured the town of Adan Yabaal on Monday.") == "Non-state actor overtakes territory"
