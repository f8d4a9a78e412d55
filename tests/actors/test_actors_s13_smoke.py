"""Session 13 smoke: actors of reports from many conflicts. A named group with a modifier before
its verb ("rebels backed by X seized"), "targets" as a noun, a clause-opening subject with its
complement before the verb ("Russian strikes on Kharkiv ... killed"), two countries striking
together, a source after a day ("on Tuesday, the police said"), the forces facing rioters, the
protesters of an excessive-force event, the non-state side of a battle of state forces, and
named state forces, settlers, juntas and gangs."""

from datetime import date

import pytest

from sitrep.actors.countries import country_by_name
from sitrep.actors.dictionary import _country_noun, default_dictionary
from sitrep.actors.roles import CUE_WEIGHT, assign_actors, score_roles
from sitrep.events.runner import text_article




def _doc(runner, text: str):
    return runner.doc(text_article("s13smoke", text, date(2024, 6, 1)))


def _actors(runner, text: str, etype: str, sub: str, country: str):
    doc = _doc(runner, text)
    return assign_actors(doc, [(0, len(text))], etype, sub, country)


def _roles(text: str, country: str) -> dict[str, tuple[float, float, bool]]:
    found = default_dictionary().mentions(text, 0, country)
    return {s.mention.actor.text: (s.agent, s.patient, s.source) for s in score_roles(text, found, "Battles")}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("ADF fighters linked to the Islamic State attacked a clinic in Lubero, killing nine patients.", "ADF"),
        ("Houthi fighters backed by Iran stormed a government outpost in Marib province.", "Houthi"),
        ("Wagner fighters allied with the junta torched a market in central Mali.", "Wagner"),
    ],
)
def test_a_backed_group_is_still_the_doer(text, doer):
    roles = _roles(text, "Mali")
    mention = next(k for k in roles if k.startswith(doer))
    agent, patient, _ = roles[mention]
    assert agent > patient


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Israeli jets struck Hezbollah targets in the Bekaa Valley on Tuesday.", "Lebanon", "Military Forces of Israel"),
        ("Russian warplanes hit Islamic State targets near Palmyra overnight.", "Syria", "Military Forces of Russia"),
        ("US warplanes bombed al-Shabaab targets, including a training camp, near Jilib.", "Somalia", "Military Forces of the United States"),
    ],
)
def test_targets_is_a_noun_after_a_group(runner, text, country, expected):
    a1, _, why = _actors(runner, text, "Explosions/Remote violence", "Air/drone strike", country)
    assert a1.name == expected, why


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Russian strikes on Kharkiv and its suburbs killed seven people on Friday.", "Ukraine", "Military Forces of Russia"),
        ("Turkish drones over Qamishli and Amuda killed four fighters.", "Syria", "Military Forces of Turkey"),
        ("Israeli air strikes across Khan Younis and the nearby camps killed 12 people.", "Palestine", "Military Forces of Israel"),
    ],
)
def test_a_clause_opening_subject_acts_after_its_complement(runner, text, country, expected):
    a1, _, why = _actors(runner, text, "Explosions/Remote violence", "Air/drone strike", country)
    assert a1.name == expected, why
    assert "after its complement" in why


@pytest.mark.parametrize(
    "text",
    [
        "An attack on soldiers in Maiduguri killed five people.",
        "Soldiers in the town of Gao were killed by a roadside bomb.",
        "Police in Kano said the attackers fled.",
    ],
)
def test_no_subject_reading_when_the_mention_is_not_the_doer(text):
    roles = _roles(text, "Nigeria")
    soldier = next(k for k in roles if k.lower().startswith(("soldiers", "police")))
    agent, _, _ = roles[soldier]
    assert agent < CUE_WEIGHT  # no agent wording: only the prior of an armed actor


def test_two_countries_striking_together_are_led_by_the_first(runner):
    text = "France and Britain launched air strikes on air defence sites near Sirte on Saturday."
    a1, _, why = _actors(runner, text, "Explosions/Remote violence", "Air/drone strike", "Libya")
    assert a1.name == "Military Forces of France", why


def test_country_nouns_and_demonyms():
    us = country_by_name("United States")
    ng = country_by_name("Nigeria")
    assert _country_noun("United States", us) and _country_noun("US", us)
    assert not _country_noun("Nigerian", ng)  # "Nigerian and Chadian forces": joint forces


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hooded gunmen stormed a radio station in Guayaquil on Tuesday, the police said.", "Ecuador"),
        ("Militants burned a school in Bannu district on Sunday, the police said.", "Pakistan"),
    ],
)
def test_a_source_after_a_day_is_no_target(runner, text, country):
    _, a2, why = _actors(runner, text, "Violence against civilians", "Attack", country)
    assert a2 is None or not a2.name.startswith("Police"), why


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Riot police fired live rounds at demonstrators who torched a tax office in Mombasa, killing three people.", "Kenya"),
        ("Soldiers shot at rioters who looted shops in Port Moresby, killing two men.", "Papua New Guinea"),
    ],
)
def test_forces_facing_rioters_are_actor2(runner, text, country):
    a1, a2, why = _actors(runner, text, "Riots", "Violent demonstration", country)
    assert a1.name.startswith("Rioters")
    assert a2 is not None and a2.inter == 1, why


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Security forces fired live rounds at marchers in Khartoum, killing nine people.", "Sudan"),
        ("Troops opened fire on protesters in Mandalay, killing 38 people.", "Myanmar"),
    ],
)
def test_excessive_force_hits_protesters(runner, text, country):
    _, a2, why = _actors(runner, text, "Protests", "Excessive force against protesters", country)
    assert a2 is not None and a2.name.startswith("Protesters"), why


def test_battle_of_state_forces_takes_the_non_state_side(runner):
    text = (
        "Fighters of the Ambazonia Defence Forces attacked a gendarmerie post in Bamenda, "
        "and troops killed six of the assailants."
    )
    a1, a2, why = _actors(runner, text, "Battles", "Armed clash", "Cameroon")
    sides = {a1.name, a2.name if a2 else None}
    assert "Ambazonian Separatists" in sides, why


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Israeli forces demolished two Palestinian homes in Hebron.", "Palestine", "Military Forces of Israel"),
        ("Police bulldozed market stalls in Harare on Monday.", "Zimbabwe", "Police Forces of Zimbabwe"),
    ],
)
def test_demolition_names_its_doer(runner, text, country, expected):
    a1, _, why = _actors(runner, text, "Strategic developments", "Looting/property destruction", country)
    assert a1.name == expected, why


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Clashes with the Ethiopian National Defense Force were reported in Bahir Dar.", "Ethiopia", "Military Forces of Ethiopia"),
        ("SSPDF soldiers clashed with cattle raiders in Jonglei.", "South Sudan", "Military Forces of South Sudan"),
        ("Jewish settlers set fire to olive groves near Nablus.", "Palestine", "Settlers (Israel)"),
        ("Members of the 400 Mawozo gang kidnapped missionaries near Croix-des-Bouquets.", "Haiti", "400 Mawozo Gang"),
        ("The Imbonerakure beat an opposition activist in Gitega.", "Burundi", "Imbonerakure"),
        ("Myanmar's military junta bombed a school in Sagaing.", "Myanmar", "Military Forces of Myanmar"),
        ("Government troops shelled rebel positions near Bunia.", "Democratic Republic of Congo", "Military Forces of Democratic Republic of Congo"),
    ],
)
def test_named_forces_and_groups(text, country, expected):
    names = [m.actor.name for m in default_dictionary().mentions(text, 0, country)]
    assert expected in names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An armed gang robbed travellers near Cap-Haitien.", "Haiti"),
        ("Criminal gangs attacked a police post in Guayaquil.", "Ecuador"),
    ],
)
def test_an_unnamed_gang_is_an_armed_group(text, country):
    names = [m.actor.name for m in default_dictionary().mentions(text, 0, country)]
    assert f"Unidentified Armed Group ({country})" in names


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Separatist fighters burned a school in Kumba.", "Cameroon", "Ambazonian Separatists"),
        ("The separatists killed two gendarmes near Bamenda.", "Cameroon", "Ambazonian Separatists"),
        ("Separatist fighters attacked a gas pipeline near Sui.", "Pakistan", "Unidentified Armed Group (Pakistan)"),
    ],
)
def test_a_generic_noun_that_means_one_group_in_a_country(text, country, expected):
    names = [m.actor.name for m in default_dictionary().mentions(text, 0, country)]
    assert names[0] == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Malian soldiers and Wagner mercenaries killed dozens of villagers near Moura.", "Mali", "Military Forces of Mali"),
        ("Central African soldiers and Wagner fighters killed 12 herders near Bossangoa.", "Central African Republic", "Military Forces of Central African Republic"),
    ],
)
def test_coordinated_doers_are_led_by_the_first_named(runner, text, country, expected):
    a1, _, why = _actors(runner, text, "Violence against civilians", "Attack", country)
    assert a1.name == expected, why


def test_a_groups_own_fighters_share_its_role(runner):
    text = "Iraqi troops and fighters of the Popular Mobilization Forces killed 12 Islamic State militants near Tuz Khurmatu."
    a1, a2, why = _actors(runner, text, "Battles", "Armed clash", "Iraq")
    assert a1.name == "Military Forces of Iraq", why
    assert a2 is not None and a2.name == "Islamic State", why


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed the bombing, but al-Shabaab has carried out similar attacks in the capital.",
        "Boko Haram often targets markets and mosques in the region.",
        "The Taliban have staged several such attacks on checkpoints this year.",
    ],
)
def test_a_group_said_to_do_such_acts_in_general_is_no_doer(text):
    roles = _roles(text, "Somalia")
    assert all(agent < CUE_WEIGHT for agent, _, _ in roles.values())
