"""Typing slips that split incidents: words that look like a conflict trigger in another sense
(a video that "captures", a plea "agreement", bodies "set on fire", a "kidnapping conviction",
a "crowd" of patrons, an "air ambulance", a bullet that "entered" a shoulder), and arrest sentences
read a second time for the violent event they name."""

from datetime import date

import pytest

from sitrep.events.runner import text_article
from sitrep.events.typing import classify_sentence
from typing_helpers import sub_type as _sub






@pytest.mark.parametrize(
    "text",
    [
        "Raw video captures Rakhine police in a firefight with suspected insurgents near Maungdaw.",
        "Mother Secretly Captures Daughter's Beautiful Performance in Cathedral",
        "A photographer captured the moment a crowd in Kharkiv cheered the returning soldiers.",
        "The bullet entered his shoulder area and lodged near the spine, doctors in Kinshasa said.",
        "Two men were captured by Monterrey police after a chase through the district.",
        "She was arrested and taken over to the county jail in the city of Tucson on Friday.",
    ],
)
def test_no_taking_of_ground(text):
    assert _sub(text) not in {"Government regains territory", "Non-state actor overtakes territory"}


_TAKEN, _REGAINED = "Non-state actor overtakes territory", "Government regains territory"


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Rebels captured the town of Kidal after heavy fighting on Sunday.", _TAKEN),
        ("M23 rebels seized Bunagana, a town on the Ugandan border, on Monday.", _TAKEN),
        ("The army recaptured the village of Damasak from Boko Haram militants.", _REGAINED),
        ("Drone footage showed that Ukrainian forces recaptured the village of Robotyne.", _REGAINED),
    ],
)
def test_real_takings_of_ground_stay(text, sub):
    assert _sub(text) == sub


@pytest.mark.parametrize(
    "text",
    [
        "The victim's mother was consulted on the plea agreement, which spared him two years in prison.",
        "Under a plea deal with prosecutors in Juarez, the man admitted to the killing.",
        '"I will wake up and deal with this every day," he told the court in Idaho Falls on Monday.',
    ],
)
def test_court_deals_are_no_agreement(text):
    assert _sub(text) != "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The government and the ELN signed a ceasefire agreement in Havana on Friday.",
        "Hamas and Israel agreed to a truce brokered by Egypt and Qatar.",
        "Both sides agreed on a prisoner exchange in Istanbul.",
    ],
)
def test_conflict_agreements_stay(text):
    assert _sub(text) == "Agreement"


def test_burned_bodies_are_no_property_destruction():
    assert _sub("The bodies of all four victims had been set on fire, authorities say") != (
        "Looting/property destruction"
    )


def test_bodies_seen_beside_burnt_cars_do_not_veto_destruction():
    text = "Witnesses reported seeing dead bodies and burnt cars across Uba town."
    from sitrep.events.lexicon import load_lexicon

    assert load_lexicon().cues_i["BODY_BURN"].search(text) is None


def test_burned_houses_stay_property_destruction():
    text = "Militiamen set fire to dozens of houses in the village of Djugu, residents said."
    assert _sub(text) == "Looting/property destruction"


def test_kidnapping_conviction_is_no_abduction():
    text = "He is awaiting transfer to Missouri for a parole violation on a kidnapping conviction."
    assert _sub(text) != "Abduction/forced disappearance"


def test_kidnapping_by_gunmen_stays_abduction():
    text = "Gunmen kidnapped 30 students from a school in Kaduna state on Thursday."
    assert _sub(text) == "Abduction/forced disappearance"


def test_crowd_of_patrons_is_a_shooting_not_a_protest():
    text = "Police found that six people had been shot in a crowd of more than 100 patrons."
    assert _sub(text) == "Attack"


def test_protest_crowd_stays():
    text = "A crowd of protesters marched on the governor's office in Bamako on Tuesday."
    assert _sub(text) in {"Peaceful protest", "Protest with intervention"}


def test_air_ambulance_is_no_air_strike():
    text = "The wounded man was flown by air ambulance to a hospital in Sanford."
    assert _sub(text) != "Air/drone strike"


def test_air_strike_stays():
    text = "Russian warplanes struck a market in Idlib province, killing 12 civilians."
    assert _sub(text) == "Air/drone strike"


def test_bullet_that_exploded_is_no_bomb():
    text = "The round exploded inside the gun, causing minor cuts and bruises."
    assert _sub(text) != "Remote explosive/landmine/IED"


def test_roadside_bomb_stays():
    text = "A roadside bomb exploded near a patrol in Gao, killing two soldiers."
    assert _sub(text) == "Remote explosive/landmine/IED"


def test_lynching_stays_mob_violence():
    text = "A mob lynched two suspected thieves in a market in Kisumu on Saturday."
    assert _sub(text) == "Mob violence"


def test_skip_types_gives_the_other_reading():
    text = "Three men arrested in connection with shooting of Carbondale Police officer"
    assert _sub(text) == "Arrests"
    other = _sub(text, skip_types=frozenset({"Strategic developments", "Protests"}))
    assert other in {"Attack", "Armed clash"}


def _events(runner, text, published=date(2016, 8, 10)):
    return runner.doc(text_article("t", text, published=published)).events


def test_arrest_sentence_also_gives_its_shooting_dated_before_the_arrest(runner):
    text = ("Police arrest two men in Pahokee shooting that injured three\n"
            "The sheriff's office gave no further details.")
    events = _events(runner, text, published=date(2017, 1, 20))
    subs = {e.sub_event_type for e in events}
    assert "Arrests" in subs
    violent = [e for e in events if e.event_type != "Strategic developments"]
    assert violent, subs
    when = violent[0].date
    assert when.earliest is not None and when.earliest < date(2017, 1, 17)
    assert "second reading" in violent[0].reasons["type"]


def test_arrest_for_a_militant_attack_gives_both(runner):
    text = "Soldiers arrested five suspects over the bombing of a market in Maiduguri."
    events = _events(runner, text)
    subs = {e.sub_event_type for e in events}
    assert "Arrests" in subs and "Remote explosive/landmine/IED" in subs


def test_plain_arrest_gives_no_violent_event(runner):
    text = "Police arrested 40 opposition supporters in Harare on Monday."
    events = _events(runner, text)
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_arrest_of_an_accident_suspect_gives_no_attack(runner):
    text = "A father was arrested after his son accidentally shot himself with a pistol in Corpus Christi."
    events = _events(runner, text)
    assert all(e.event_type == "Strategic developments" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Suicide among adolescents is extremely rare, the county health officer in Gweru said.",
        "You either have homicide, suicide or some manner of accident, the coroner said.",
        "A man called in bomb threats to three schools in Kaduna on Tuesday.",
        "A 10-year-old boy was treated after a gun went off in Cache County.",
    ],
)
def test_no_bombing_or_weapons_seizure(text):
    assert _sub(text) not in {"Suicide bomb", "Remote explosive/landmine/IED", "Disrupted weapons use"}


@pytest.mark.parametrize(
    "text, sub",
    [
        ("A young girl carrying a suicide pack detonates at a crowded market in Maiduguri.", "Suicide bomb"),
        ("Troops recovered a large cache of weapons in the Hildi area of Mubi.", "Disrupted weapons use"),
        ("The SBU found an ammunition cache near Kramatorsk.", "Disrupted weapons use"),
    ],
)
def test_real_bombings_and_seizures_stay(text, sub):
    assert _sub(text) == sub


def test_a_shooting_that_occurred_is_asserted_whatever_the_charges():
    text = ("The police announced that no charges are expected to be filed in a triple shooting "
            "that occurred in downtown Culiacan last month.")
    assert _sub(text) == "Attack"


def test_a_planned_attack_stays_unasserted():
    assert _sub("Officials fear militants could launch an attack on the base in Bentiu.") is None


def test_headline_only_page_gives_its_shooting(runner):
    text = ("Festival Shooting Rocks the Williston Community\n"
            "The interactive transcript could not be loaded.\n"
            "Please try again later.")
    events = _events(runner, text, published=date(2013, 4, 30))
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert "headline of a story" in events[0].reasons["type"]


def test_charge_headline_stays_without_event(runner):
    assert _events(runner, "DA charges teen with manslaughter in Larose shooting") == ()


def test_court_story_recalls_the_shooting_its_defendant_is_accused_of(runner):
    text = ("Third juror in Kano market killings trial dismissed\n"
            "A third juror in the trial of a man accused of fatally shooting three traders at a market "
            "in Kano in March 2016 has been dismissed.")
    events = _events(runner, text, published=date(2016, 11, 2))
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].date.latest < date(2016, 11, 2)


def test_court_story_accusation_without_its_own_date_stays_without_event(runner):
    text = ("Third juror in Kano market killings trial dismissed\n"
            "A third juror in the trial of a man accused of fatally shooting three traders at a market "
            "in Kano has been dismissed.")
    assert _events(runner, text, published=date(2016, 11, 2)) == ()


def test_accusation_still_blocks_outside_follow_up_stories():
    text = "The army accused rebels of shooting three traders at a market in Beni."
    assert classify_sentence(text) is None
    assert classify_sentence(text, tolerated=frozenset({"accusation"})) is not None


@pytest.mark.parametrize(
    "text",
    [
        "While being carried away from the nightclub in Orlando, he felt the warmth of the sun.",
        "The governor of Adamawa was quickly carried away unhurt.",
    ],
)
def test_carried_away_wounded_or_rescued_is_no_abduction(text):
    assert _sub(text) != "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the village in Zamfara and carried away 20 women.",
        "Two girls were carried away by gunmen in Katsina on Monday.",
    ],
)
def test_carried_away_by_armed_men_stays_abduction(text):
    assert _sub(text) == "Abduction/forced disappearance"
