"""Notes written from the evidence (notes.json v2): descriptions of generic actors, targets, means,
toll breakdowns, wounded, claims; every lifted phrase traceable; grammar; the length cap."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sitrep.events.notes import NOTE_MAX_CHARS, NoteFields, compose, note_parts


def fields(passage: str, *, actor1: str, actor2: str | None = None, sub: str = "Attack",
           fatalities: int | None = None, status: str = "reported", by: str | None = None,
           where: str = " in Somewhere (Region, Country)", when: date | None = date(2024, 5, 3)) -> NoteFields:
    return NoteFields(when, 1, where, actor1, actor2, sub, fatalities, status, by, passage)


def assert_traceable(f: NoteFields) -> None:
    """Every phrase the note lifts is a slice of the passage, and the note uses it as written
    (lower-cased, with an article or a figure added)."""
    parts = note_parts(f)
    note = compose(f)
    for lift in parts.lifts:
        assert f.passage[lift.start:lift.end] == lift.text
    for lift in parts.lifts:
        if lift.role in ("actor1", "actor2", "target", "means"):
            assert " ".join(lift.text.lower().split()) in note.lower(), (lift, note)


# ---- content, conflict by conflict ----------------------------------------------------------

SAHEL = ("Gunmen on motorbikes stormed the weekly market in Seytenga on Sunday, killing 23 traders and a soldier, "
         "the regional governor said. Eleven people were wounded.")


def test_sahel_market_raid_names_gunmen_the_market_the_victims_and_the_wounded() -> None:
    f = fields(SAHEL, actor1="Unidentified Armed Group (Burkina Faso)", actor2="Civilians (Burkina Faso)",
               fatalities=24)
    note = compose(f)
    assert note.startswith("On 3 May 2024, gunmen attacked a weekly market in Somewhere")
    assert "23 traders and 1 soldier were killed and 11 wounded." in note
    assert "Unidentified Armed Group" not in note
    assert_traceable(f)


def test_a_toll_the_breakdown_does_not_add_up_to_is_given_whole() -> None:
    f = fields(SAHEL, actor1="Unidentified Armed Group (Burkina Faso)", actor2="Civilians (Burkina Faso)",
               fatalities=30)
    note = compose(f)
    assert "30 people were killed" in note and "traders" not in note


MOGADISHU = ("MOGADISHU (test wire) — A suicide bomber blew himself up at the gate of a hotel near the presidential "
             "palace on Friday, killing nine people and wounding 14, police said. Al Shabaab said it carried out the attack.")


def test_somalia_suicide_bombing_names_the_hotel_and_the_claim() -> None:
    f = fields(MOGADISHU, actor1="Al Shabaab", actor2="Civilians (Somalia)", sub="Suicide bomb", fatalities=9,
               status="claimed", by="Al Shabaab", where=" in Mogadishu (Banaadir, Somalia)")
    note = compose(f)
    assert "Al Shabaab carried out a suicide bombing at a hotel in Mogadishu (Banaadir, Somalia)." in note
    assert note.endswith("9 people were killed and 14 wounded; Al Shabaab claimed responsibility.")
    assert "test wire" not in note
    assert_traceable(f)


def test_a_generic_suicide_attacker_is_a_suicide_bomber_with_an_article() -> None:
    f = fields(MOGADISHU, actor1="Unidentified Armed Group (Somalia)", sub="Suicide bomb", fatalities=9)
    assert ", a suicide bomber carried out a suicide bombing at a hotel" in compose(f)


def test_kabul_style_means_with_explosives_takes_an() -> None:
    passage = ("An attacker drove an ambulance packed with explosives past a police checkpoint and detonated it "
               "on a busy street, killing 40 people.")
    f = fields(passage, actor1="Unidentified Armed Group (Afghanistan)", sub="Suicide bomb", fatalities=40)
    note = compose(f)
    assert ", an attacker carried out a suicide bombing" in note
    assert "with an ambulance packed with explosives in Somewhere" in note
    assert_traceable(f)


def test_drc_machete_attack_names_villagers_and_the_means() -> None:
    passage = ("Fighters of the Allied Democratic Forces killed 17 villagers with machetes and guns in Mamove "
               "overnight, a civil society leader said.")
    f = fields(passage, actor1="ADF: Allied Democratic Forces", actor2="Civilians (Democratic Republic of Congo)",
               fatalities=17)
    note = compose(f)
    assert "ADF: Allied Democratic Forces attacked villagers with machetes and guns in Somewhere" in note
    assert "17 villagers were killed." in note
    assert_traceable(f)


def test_myanmar_air_strike_names_the_target_after_the_verb() -> None:
    passage = "Junta jets bombed a crowded market in Kyauktaw township on Tuesday, killing 11 civilians, residents said."
    f = fields(passage, actor1="Military Forces of Myanmar", actor2="Civilians (Myanmar)", sub="Air/drone strike",
               fatalities=11)
    note = compose(f)
    assert "Military Forces of Myanmar carried out an air or drone strike on a crowded market" in note
    assert "11 civilians were killed." in note


def test_colombia_clash_breaks_the_toll_down_by_side() -> None:
    passage = ("Soldiers clashed with ELN guerrillas in rural Arauca on Saturday. Three soldiers and four guerrillas "
               "were killed, the army said.")
    f = fields(passage, actor1="Military Forces of Colombia", actor2="ELN: National Liberation Army",
               sub="Armed clash", fatalities=7, status="claimed", by="Colombian army")
    note = compose(f)
    assert "3 soldiers and 4 guerrillas were killed; claimed by Colombian army." in note


def test_responsibility_is_claimed_only_by_a_non_state_doer_of_violence() -> None:
    passage = "A suicide bomber struck a police post in Bannu on Sunday, killing four officers."
    ttp = fields(passage, actor1="TTP: Tehreek-i-Taliban Pakistan", actor2="Police Forces of Pakistan",
                 sub="Suicide bomb", fatalities=4, status="claimed", by="the Pakistani Taliban")
    assert compose(ttp).endswith("; the Pakistani Taliban claimed responsibility.")
    own_move = fields("Peshmerga forces moved into Kirkuk on Thursday, a Kurdish commander said.",
                      actor1="Kurdish Regional Government Peshmerga", actor2=None, sub="Change to group/activity",
                      status="claimed", by="Kurdish Regional Government Peshmerga")
    note = compose(own_move)
    assert "responsibility" not in note and note.endswith("Claimed by Kurdish Regional Government Peshmerga.")
    unnamed = fields(passage, actor1="Unidentified Armed Group (Pakistan)", actor2="Police Forces of Pakistan",
                     sub="Suicide bomb", fatalities=4, status="claimed", by="TTP")
    assert compose(unnamed).endswith("; claimed by TTP.")


def test_kenya_protest_uses_the_crowd_as_written_not_the_source() -> None:
    passage = ("Residents said hundreds of students blocked the Thika highway on Monday before police fired tear gas "
               "to disperse them.")
    f = fields(passage, actor1="Protesters (Kenya)", actor2="Police Forces of Kenya", sub="Protest with intervention")
    note = compose(f)
    assert ", hundreds of students held a protest, and Police Forces of Kenya intervened in" in note
    assert "residents" not in note.lower()


def test_a_source_after_the_noun_is_no_description() -> None:
    passage = "Villagers told reporters that the attackers set fire to the village church in Mocimboa."
    f = fields(passage, actor1="Unidentified Armed Group (Mozambique)", actor2="Civilians (Mozambique)",
               sub="Looting/property destruction")
    note = compose(f)
    assert note.startswith("On 3 May 2024, attackers looted or destroyed a village church")
    parts = note_parts(f)
    assert parts.actor2 == "Civilians (Mozambique)"  # "Villagers told": the source, not the victims


def test_haiti_gang_members_with_a_modifier() -> None:
    passage = "Residents of the neighbourhood beat and burned suspected gang members after an attack on a bus."
    f = fields(passage, actor1="Civilians (Haiti)", actor2="Unidentified Armed Group (Haiti)", sub="Mob violence")
    note = compose(f)
    assert "Civilians (Haiti) carried out mob violence against suspected gang members in Somewhere" in note


def test_named_actors_are_never_replaced() -> None:
    passage = "Militants attacked a checkpoint near Wana, killing two soldiers."
    f = fields(passage, actor1="TTP: Tehreek-i-Taliban Pakistan", actor2="Military Forces of Pakistan",
               sub="Armed clash", fatalities=2)
    note = compose(f)
    assert note.startswith("On 3 May 2024, TTP: Tehreek-i-Taliban Pakistan clashed with Military Forces of Pakistan "
                           "in an attack on a checkpoint")
    assert "2 soldiers were killed." in note


# ---- fall back to the template ---------------------------------------------------------------

def test_without_evidence_the_note_is_the_template() -> None:
    f = fields("", actor1="Unidentified Armed Group (Iraq)", actor2="Police Forces of Iraq", sub="Armed clash",
               fatalities=78, where=" in Hillah (Babil, Iraq)", when=date(2014, 6, 23))
    assert compose(f) == ("On 23 June 2014, Unidentified Armed Group (Iraq) clashed with Police Forces of Iraq "
                          "in Hillah (Babil, Iraq). 78 people were killed.")


def test_evidence_with_nothing_to_lift_keeps_the_canonical_names() -> None:
    f = fields("The situation remained tense on Thursday, officials said.", actor1="Unidentified Armed Group (Yemen)",
               actor2="Civilians (Yemen)", sub="Attack")
    assert compose(f) == "On 3 May 2024, Unidentified Armed Group (Yemen) attacked Civilians (Yemen) in Somewhere (Region, Country)."
    assert note_parts(f).lifts == ()


# ---- grammar ---------------------------------------------------------------------------------

@pytest.mark.parametrize("n, expected", [(0, "No fatalities were reported."), (1, "1 person was killed."),
                                         (2, "2 people were killed."), (1500, "1,500 people were killed.")])
def test_toll_agreement(n: int, expected: str) -> None:
    f = fields("", actor1="Military Forces of Sudan", actor2="Rapid Support Forces", sub="Armed clash", fatalities=n)
    assert compose(f).endswith(expected)


def test_one_named_victim_is_singular() -> None:
    passage = "A policeman was killed when gunmen opened fire on a patrol in Zinjibar, officials said."
    f = fields(passage, actor1="Unidentified Armed Group (Yemen)", actor2="Police Forces of Yemen",
               sub="Armed clash", fatalities=1)
    note = compose(f)
    assert "1 policeman was killed." in note
    assert "in an attack on a patrol" in note


def test_a_name_or_a_headline_capital_is_no_victim_noun() -> None:
    passage = "Militia Kills 40 Members of Rival Group\n\nFighters killed 40 rival militiamen, a spokesman said."
    f = fields(passage, actor1="Shiite Militia (Iraq)", actor2="Islamic State", sub="Armed clash", fatalities=40)
    note = compose(f)
    assert "Members" not in note
    assert "40 rival militiamen were killed" in note
    cut = fields("Fighters killed 40 members of a rival group.", actor1="Shiite Militia (Iraq)", actor2="Islamic State",
                 sub="Armed clash", fatalities=40)
    assert compose(cut).endswith("40 people were killed.")  # the count reads "40 members of": a cut phrase


def test_plural_subject_takes_their() -> None:
    passage = "Militants announced on Sunday that they would impose a new tax on traders in the town."
    f = fields(passage, actor1="Unidentified Armed Group (Mali)", sub="Change to group/activity")
    assert ", militants changed their activity in" in compose(f)
    named = fields(passage, actor1="JNIM: Group for Support of Islam and Muslims", sub="Change to group/activity")
    assert "changed its activity" in compose(named)


def test_disputed_and_denied_claims_read_as_sentences() -> None:
    denied = fields("", actor1="Military Forces of Russia", actor2="Civilians (Ukraine)",
                    sub="Shelling/artillery/missile attack", fatalities=3, status="denied", by="Moscow")
    assert compose(denied).endswith("3 people were killed; Moscow denied responsibility.")
    unknown = fields("", actor1="Military Forces of Israel", actor2="Civilians (Palestine)", sub="Air/drone strike",
                     status="claimed")
    assert compose(unknown).endswith(". Responsibility was claimed.")


def test_dateline_and_headline_are_not_read_for_descriptions() -> None:
    passage = "Gunmen kill 5 in Zamfara raid\n\nGUSAU, Nigeria — Bandits on motorcycles raided a village, killing five."
    f = fields(passage, actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", fatalities=5)
    parts = note_parts(f)
    assert parts.subject == "bandits"
    assert all(lift.start >= passage.index("Bandits") for lift in parts.lifts)


def test_no_doubled_articles_and_one_or_two_sentences() -> None:
    for f in (fields(SAHEL, actor1="Unidentified Armed Group (Mali)", actor2="Civilians (Mali)", fatalities=24,
                     status="claimed", by="JNIM"),
              fields(MOGADISHU, actor1="Unidentified Armed Group (Somalia)", sub="Suicide bomb", fatalities=9)):
        note = compose(f)
        assert not re.search(r"\b(?:a|an|the) (?:a|an|the)\b", note)
        assert len(re.findall(r"[.!?](?:\s|$)", note)) <= 2
        assert note.endswith(".") and ".." not in note


# ---- the cap ---------------------------------------------------------------------------------

def test_a_long_note_drops_optional_parts_to_fit_the_cap() -> None:
    long_name = "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    f = fields(SAHEL, actor1=long_name, actor2="Civilians (Nigeria)", fatalities=24, status="claimed",
               by=long_name, where=" near Gwoza (Borno, Nigeria)" * 3)
    note = compose(f)
    assert len(note) <= NOTE_MAX_CHARS
    assert note.endswith(".")


def test_giant_names_are_cut_at_a_word_boundary() -> None:
    f = fields("", actor1="Front " * 80, actor2="Army " * 40, sub="Armed clash", fatalities=5)
    note = compose(f)
    assert len(note) <= NOTE_MAX_CHARS and note.endswith(".") and not note.endswith(" .")


def test_ukraine_drone_strike_names_the_means_and_the_target() -> None:
    passage = ("Russian forces launched drones at Kharkiv overnight, hitting a power station and cutting electricity "
               "to thousands of homes, the regional governor said. Two workers were wounded.")
    f = fields(passage, actor1="Military Forces of Russia", actor2="Civilians (Ukraine)", sub="Air/drone strike",
               fatalities=0, where=" in Kharkiv (Kharkiv Oblast, Ukraine)")
    note = compose(f)
    assert "carried out an air or drone strike on a power station with drones in Kharkiv" in note
    assert note.endswith("No fatalities were reported; 2 workers were wounded.")
    assert_traceable(f)


def test_a_years_tally_gives_no_wounded_figure() -> None:
    passage = ("A man was shot dead outside a shop in Culiacan on Friday, police said. More than 300 people have been "
               "wounded in cartel violence in the state this year.")
    f = fields(passage, actor1="Unidentified Armed Group (Mexico)", actor2="Civilians (Mexico)", fatalities=1)
    note = compose(f)
    assert "300" not in note and "wounded" not in note
    assert note.endswith("1 man was killed.")
