"""Session 15 merge signals: one event told by outlets abroad and at home (a toll revised upward, a
town against its district, two spellings of one town, the capital named by its country, a group's
claim a day later), and the near-misses that must stay apart."""

from __future__ import annotations

from merge_helpers import ev

from sitrep.merge.features import (
    Block,
    Signal,
    actor_signal,
    capitals_named,
    claim_signal,
    count_signal,
    date_signal,
    district_signal,
    revised_toll,
    revision_signal,
    signature,
    site_signal,
    skeleton,
)
from sitrep.merge.persons import persons_in
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import MERGE_THRESHOLD, score_pair

RULES = load_rules()
GOMA = ("Goma", -1.679, 29.228, "Democratic Republic of the Congo", "North Kivu", 216281)
KANDAHAR = ("Kandahar", 31.61, 65.71, "Afghanistan", "Kandahar", 1138336)
KIDAPAWAN = ("Kidapawan", 7.01, 125.09, "Philippines", "Soccsksargen", 1708403)
COTABATO = ("Cotabato", 7.2, 124.85, "Philippines", "Soccsksargen", 0)
MAIDUGURI = ("Maiduguri", 11.85, 13.16, "Nigeria", "Borno", 2331447)
BORNO = ("Borno", 11.5, 13.0, "Nigeria", "Borno", 0)
NORTH_DARFUR = ("North Darfur", 15.5, 25.0, "Sudan", "North Darfur", 0)
SUDAN = ("Sudan", 15.0, 30.0, "Sudan", None, 0)
AFGHANISTAN = ("Afghanistan", 33.0, 65.0, "Afghanistan", None, 0)
HODEIDAH = ("Hodeidah", 14.8, 43.0, "Yemen", "Hodeidah", 0)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


def _ev(event_id, article, text, place, *, kind=ATTACK, day="2024-05-03", geo=1, actors=None, **kw):
    country = place[3]
    return ev(
        event_id,
        article,
        text,
        place=place,
        kind=kind,
        day=day,
        geo_precision=geo,
        actors=actors or (f"Unidentified Armed Group ({country})", f"Civilians ({country})"),
        **kw,
    )


# -- tolls revised upward --------------------------------------------------------------------------


def test_revised_tolls_are_read_from_varied_wording():
    cases = {
        "The toll from Tuesday's bombing of a market in Kandahar rose to 14 on Wednesday, officials said.": 14,
        "The number of villagers killed in the raid on Gubio has climbed to fifty-two, a lawmaker said.": 52,
        "The death toll in the shelling of the camps west of the town has now reached 31, the ministry said.": 31,
        "Deaths from the siege of the hotel had risen to more than 40 by Sunday, police said.": 40,
    }
    for text, toll in cases.items():
        assert revised_toll(_ev("a", "x", text, KANDAHAR), RULES) == toll, text
    for text in (
        "Gunmen killed 12 people in the village, police said.",
        "Officials fear the toll could rise as rescuers search the rubble.",
    ):
        assert revised_toll(_ev("a", "x", text, KANDAHAR), RULES) is None


def test_a_toll_revised_upward_joins_the_first_report_though_another_party_is_blamed():
    first = _ev(
        "a",
        "x",
        "Rockets hit a camp for displaced people near Goma on Friday, killing at least 9 "
        "people, the army said, blaming the rebels.",
        GOMA,
        kind=SHELLING,
        fatalities=9,
        actors=("M23: March 23 Movement", "Civilians (Democratic Republic of Congo)"),
    )
    later = _ev(
        "b",
        "y",
        "The death toll from Friday's rocket fire on the displacement camp outside Goma "
        "has risen to 35; Kinshasa blamed Rwandan troops and the M23.",
        GOMA,
        kind=SHELLING,
        fatalities=35,
        actors=("Military Forces of Rwanda", "Civilians (Democratic Republic of Congo)"),
    )
    counts = revision_signal(first, later, RULES)
    assert counts is not None and counts.value >= 0.5
    actors = actor_signal(first, later, RULES)
    assert actors is not None and actors.value == 1.0  # the M23 is named in both reports
    assert score_pair(first, later).score >= MERGE_THRESHOLD


def test_a_different_toll_without_a_revision_stays_a_contradiction():
    first = _ev(
        "a",
        "x",
        "Rockets hit a camp near Goma on Friday, killing 9 people.",
        GOMA,
        kind=SHELLING,
        fatalities=9,
    )
    other = _ev(
        "b",
        "y",
        "Shells fell on a market in Goma on Friday, killing 35 people.",
        GOMA,
        kind=SHELLING,
        fatalities=35,
    )
    assert revision_signal(first, other, RULES) is None
    assert count_signal(first, other).value < 0.5
    assert score_pair(first, other).score < MERGE_THRESHOLD


def test_a_revision_far_beyond_the_first_figure_or_about_an_earlier_week_says_nothing():
    small = _ev(
        "a", "x", "A car bomb killed 2 people in Kandahar on Monday.", KANDAHAR, kind=IED, fatalities=2
    )
    huge = _ev(
        "b",
        "y",
        "The death toll from the Kandahar bombing has risen to 40.",
        KANDAHAR,
        kind=IED,
        fatalities=40,
    )
    assert revision_signal(small, huge, RULES) is None  # 20 times the first figure: not a revision of it
    monday = _ev(
        "c",
        "x",
        "A bomb on a bus killed 9 passengers in Kandahar on Monday.",
        KANDAHAR,
        kind=IED,
        fatalities=9,
        day="2024-03-04",
    )
    last_week = _ev(
        "d",
        "y",
        "The death toll from last week's bombing of a restaurant in Kandahar has risen to 30.",
        KANDAHAR,
        kind=IED,
        fatalities=30,
        day="2024-02-28",
        precision=2,
        window=("2024-02-26", "2024-03-03"),
    )
    assert revision_signal(monday, last_week, RULES) is None  # a revision is about an earlier event


def test_a_follow_up_dating_the_killings_last_week_joins_within_the_week_tolerance():
    friday = _ev(
        "a",
        "x",
        "Soldiers killed at least 20 civilians in Maiduguri on Friday, residents said.",
        MAIDUGURI,
        fatalities=20,
        day="2024-03-29",
    )
    week = _ev(
        "b",
        "y",
        "The number of civilians killed by soldiers in Maiduguri last week has risen to 45, "
        "a rights commission said.",
        MAIDUGURI,
        day="2024-04-04",
        precision=2,
        window=("2024-04-01", "2024-04-07"),
    )
    assert isinstance(date_signal(friday, week), Block)  # 3 days off a day's tolerance of 2
    assert isinstance(date_signal(friday, week, revised=True), Signal)
    pair = score_pair(friday, week)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD


def test_a_smaller_toll_dated_days_later_is_a_second_strike_not_a_grown_toll():
    saturday = _ev(
        "a",
        "x",
        "An air strike on a school in Kandahar killed 11 people on Saturday.",
        KANDAHAR,
        kind=AIR,
        fatalities=11,
        day="2024-08-10",
    )
    monday = _ev(
        "b",
        "y",
        "An air strike on a house in Kandahar killed 5 people on Monday.",
        KANDAHAR,
        kind=AIR,
        fatalities=5,
        day="2024-08-12",
    )
    assert count_signal(saturday, monday).value < 0.5
    same_day = _ev(
        "c",
        "y",
        "An air strike on a school in Kandahar killed 5 people on Saturday.",
        KANDAHAR,
        kind=AIR,
        fatalities=5,
        day="2024-08-10",
    )
    assert count_signal(saturday, same_day).value >= 0.5  # a first, lower figure of the same day


# -- places named differently ----------------------------------------------------------------------


def test_a_town_whose_report_names_the_district_the_other_report_gives():
    town = _ev(
        "a",
        "x",
        "Four soldiers were killed when rebels ambushed a patrol in Kidapawan, Cotabato "
        "province, on Saturday.",
        KIDAPAWAN,
        kind=CLASH,
        fatalities=4,
    )
    district = _ev(
        "b",
        "y",
        "Guerrillas attacked troops in Cotabato on Saturday, killing 4 soldiers.",
        COTABATO,
        kind=CLASH,
        fatalities=4,
        geo=3,
    )
    area = district_signal(town, district)
    assert area is not None and area.name == "area" and area.value >= 0.5
    assert score_pair(town, district).score >= MERGE_THRESHOLD
    silent = _ev(
        "c",
        "x",
        "Four soldiers were killed in an ambush in Kidapawan on Saturday.",
        KIDAPAWAN,
        kind=CLASH,
        fatalities=4,
    )
    assert district_signal(silent, district) is None  # nothing ties the town to that district
    other_toll = _ev(
        "d",
        "y",
        "Guerrillas attacked troops in Cotabato on Saturday, killing 9 soldiers.",
        COTABATO,
        kind=CLASH,
        fatalities=9,
        geo=3,
    )
    assert score_pair(town, other_toll).score < MERGE_THRESHOLD  # a district holds other attacks


def test_two_spellings_of_one_town_are_one_site_but_short_or_unlike_names_are_not():
    assert skeleton("fasher") == skeleton("fashir") and skeleton("kharkiv") == skeleton("kharkov")
    a = _ev(
        "a",
        "x",
        "Paramilitaries shelled the main hospital in El Fasher on Saturday.",
        NORTH_DARFUR,
        geo=3,
        kind=SHELLING,
    )
    b = _ev(
        "b",
        "y",
        "Artillery fire hit the last working hospital in Al-Fashir on Saturday.",
        SUDAN,
        geo=3,
        kind=SHELLING,
    )
    assert site_signal(a, b, RULES) is not None
    goma = _ev("c", "x", "Gunmen killed two people in Gama on Saturday.", NORTH_DARFUR, geo=3)
    gima = _ev("d", "y", "Gunmen killed two people in Gima on Saturday.", NORTH_DARFUR, geo=3)
    assert site_signal(goma, gima, RULES) is None  # two consonants: too short to tell
    kadara = _ev("e", "x", "Gunmen killed five villagers in Kadara on Saturday.", BORNO, geo=3)
    madara = _ev("f", "y", "Gunmen killed eight villagers in Madara on Saturday.", BORNO, geo=3)
    assert site_signal(kadara, madara, RULES) is None  # different first letters


def test_a_province_both_reports_name_is_no_site():
    a = _ev(
        "a",
        "x",
        "Jihadists attacked an army base in Mansila, in Burkina Faso's Yagha province, on Tuesday.",
        ("Sahel", 14.0, 0.5, "Burkina Faso", "Sahel", 0),
        geo=3,
        kind=CLASH,
    )
    b = _ev(
        "b",
        "y",
        "Militants killed 7 civilians near Sebba, in Yagha province, on Tuesday.",
        ("Sahel", 14.0, 0.5, "Burkina Faso", "Sahel", 0),
        geo=3,
    )
    assert site_signal(a, b, RULES) is None


def test_the_capital_named_by_its_country_is_the_city():
    assert capitals_named("a blast at a mosque in the Afghan capital on Friday") == ["Kabul"]
    assert capitals_named("fighting near Sudan's capital") == ["Khartoum"]
    assert capitals_named("reporters from the Afghan capital said") == []  # no site cue before it
    city = _ev(
        "a",
        "x",
        "An explosion tore through a mosque in western Kabul on Friday, killing five worshippers.",
        ("Kabul", 34.53, 69.17, "Afghanistan", "Kabul", 1138958),
        kind=IED,
        fatalities=5,
    )
    claim = _ev(
        "b",
        "y",
        "Islamic State claimed Friday's bombing of a mosque in the Afghan capital, which killed five people.",
        AFGHANISTAN,
        geo=3,
        kind=IED,
        fatalities=5,
    )
    assert site_signal(city, claim, RULES) is not None
    assert score_pair(city, claim).score >= MERGE_THRESHOLD


# -- actors and claims -----------------------------------------------------------------------------


def test_a_claim_a_day_later_by_the_group_the_first_report_names():
    attack = _ev(
        "a",
        "x",
        "Houthi fighters hit a cargo ship with an explosive boat off Hodeidah on Wednesday.",
        HODEIDAH,
        geo=3,
        kind=IED,
        actors=("Houthi Movement", "Civilians (Yemen)"),
    )
    claim = _ev(
        "b",
        "y",
        "The Houthis said they struck the vessel west of Hodeidah with a drone boat on Wednesday.",
        HODEIDAH,
        geo=3,
        kind=IED,
        actors=("Houthi Movement", "Civilians (Yemen)"),
        claim="claimed",
        claimed_by="Houthi Movement",
    )
    assert claim_signal(attack, claim, RULES) is not None
    assert score_pair(attack, claim).score >= MERGE_THRESHOLD
    other_day = _ev(
        "c",
        "y",
        "The Houthis said they struck a tanker off Hodeidah on Friday.",
        HODEIDAH,
        geo=3,
        kind=IED,
        day="2024-05-05",
        actors=("Houthi Movement", "Civilians (Yemen)"),
        claim="claimed",
        claimed_by="Houthi Movement",
    )
    assert claim_signal(attack, other_day, RULES) is None
    generic = _ev(
        "d",
        "y",
        "Gunmen said they attacked the ship.",
        HODEIDAH,
        geo=3,
        kind=IED,
        claim="claimed",
        claimed_by="Unidentified Armed Group (Yemen)",
    )
    assert claim_signal(attack, generic, RULES) is None


def test_a_group_named_in_the_other_report_is_shared_but_state_forces_are_not_matched_by_text():
    blamed = _ev(
        "a",
        "x",
        "Washington blamed Rwandan troops and the M23 for the shelling of the camp.",
        GOMA,
        actors=("Military Forces of Rwanda", None),
    )
    rebels = _ev(
        "b",
        "y",
        "Rebel shells hit the camp, the Rwandan army's allies said.",
        GOMA,
        actors=("M23: March 23 Movement", None),
    )
    signal = actor_signal(blamed, rebels, RULES)
    assert signal is not None and signal.value == 1.0  # the M23 is named in the first report
    silent = _ev("c", "x", "Troops shelled the camp.", GOMA, actors=("Military Forces of Rwanda", None))
    assert (
        actor_signal(silent, rebels, RULES).value < 0.5
    )  # "Rwandan army" in b does not name a's state forces


def test_country_words_are_no_shared_names_and_army_units_no_persons():
    a = _ev(
        "a",
        "x",
        "Militants ambushed a convoy near Djibo in northern Burkina Faso, Burkinabe officials said.",
        ("Burkina Faso", 12.0, -1.5, "Burkina Faso", None, 0),
        geo=3,
    )
    assert not {"burkina", "faso", "burkinabe"} & signature(a, RULES)
    assert (
        persons_in(
            "Rebels attacked troops on Saturday, killing 4 soldiers, the Philippine Army's 8th "
            "Infantry Division said."
        )
        == ()
    )
    assert persons_in("Gunmen shot dead Ahmed Musa, 34, outside his shop.") == ("Ahmed Musa",)


def test_an_army_statement_of_its_operation_is_no_claim_of_responsibility():
    first = _ev(
        "a",
        "x",
        "Troops killed 5 militants in a raid near Maiduguri on Friday, the Nigerian army said.",
        MAIDUGURI,
        kind=CLASH,
        actors=("Military Forces of Nigeria", "ISWAP"),
    )
    second = _ev(
        "b",
        "y",
        "The Nigerian army said it killed 12 insurgents near Maiduguri on Friday.",
        MAIDUGURI,
        kind=CLASH,
        actors=("Military Forces of Nigeria", "ISWAP"),
        claim="claimed",
        claimed_by="Nigerian army",
    )
    assert claim_signal(first, second, RULES) is None
    group = _ev(
        "c",
        "y",
        "ISWAP said its fighters attacked troops near Maiduguri on Friday.",
        MAIDUGURI,
        kind=CLASH,
        actors=("Military Forces of Nigeria", "ISWAP"),
        claim="claimed",
        claimed_by="ISWAP",
    )
    assert claim_signal(first, group, RULES) is not None
