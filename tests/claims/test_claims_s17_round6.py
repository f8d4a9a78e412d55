"""Session 17, round 6 (claim cues v6): a police report of an attack by others stays a report, an armed
wing claims as named, a state source naming its country keeps its name, "a provincial spokesman"
keeps the speaker, and "a claim the army rejected" is a denial. End to end on made-up reports."""

from __future__ import annotations

import pytest

from sitrep.api_python import extract, text_article
from sitrep.events.claims import find_cues


def _main(text: str, pub: str = "2024-05-06"):
    evs = extract([text_article(text, "a", title="Report", published=pub, source="s17 round 6 wire")])
    assert evs, text
    return max(evs, key=lambda e: (e.fatalities or 0, e.confidence))


@pytest.mark.parametrize("text", [
    "A hand grenade hurled at a campaign rally in Jacobabad killed three people and wounded 19, police said.",
    "A bomb hidden in a motorbike killed four people at a wedding party in Jalalabad on Friday, police said.",
    "Gunmen fired on a funeral procession in Celaya on Saturday, killing five mourners, police said.",
])
def test_police_recording_an_attack_by_others_only_report_it(text):
    ev = _main(text)
    assert ev.claim_status == "reported" and "police" in (ev.claimed_by or "").lower(), (ev.claim_status, ev.claimed_by)


def test_police_naming_their_own_act_still_claim_it():
    ev = _main("Police shot dead three protesters during a march in Nairobi on Tuesday, police said.")
    assert ev.claim_status == "claimed", (ev.claim_status, ev.claimed_by, ev.actor1)


def test_a_military_reporting_its_strikes_still_claims_them():
    ev = _main("Soldiers killed nine al-Shabaab fighters in an operation near Baidoa on Monday, the Somali army said.")
    assert (ev.claim_status, ev.claimed_by) == ("claimed", "Somali army")


@pytest.mark.parametrize("text, by", [
    ("Hamas's armed wing, the Qassam Brigades, said its fighters had killed three Israeli soldiers in Rafah "
     "on Tuesday.", "qassam brigades"),
    ("The Al-Quds Brigades said its fighters fired rockets at an Israeli position near Khan Younis on "
     "Friday, killing two soldiers.", "al-quds brigades"),
    ("Hamas's military wing said its fighters had killed four soldiers in an ambush in Beit Hanoun on "
     "Sunday.", "military wing"),
])
def test_an_armed_wing_claims_as_named(text, by):
    ev = _main(text)
    assert ev.claim_status == "claimed" and by in (ev.claimed_by or "").lower(), (ev.claim_status, ev.claimed_by)


@pytest.mark.parametrize("text, by", [
    ("Ukraine's navy said its sea drones struck a Russian landing ship off Crimea overnight, killing 12 "
     "sailors.", "ukraine"),
    ("Russia's defence ministry said its air defences downed 30 Ukrainian drones over Belgorod on Sunday.",
     "russia"),
])
def test_a_state_source_naming_its_country_keeps_its_name(text, by):
    ev = _main(text)
    assert ev.claim_status == "claimed" and by in (ev.claimed_by or "").lower(), (ev.claim_status, ev.claimed_by)


@pytest.mark.parametrize("text, by", [
    ("A roadside bomb killed six pilgrims near Kerbala on Thursday, a provincial spokesman said.", "provincial spokesman"),
    ("Militants killed eight villagers in Mopti region on Monday, a regional spokesman said.", "regional spokesman"),
    ("Three civilians died when a shell hit a house in Kharkiv on Friday, a military spokesman said.", "military"),
])
def test_an_adjective_before_a_speaker_is_no_owner(text, by):
    ev = _main(text)
    assert by in (ev.claimed_by or "").lower() and (ev.claimed_by or "").lower() not in ("provincial", "regional"), ev.claimed_by


@pytest.mark.parametrize("text", [
    "The RSF said it killed 40 soldiers in an attack on El Obeid on Sunday, a figure the army dismissed.",
    "Russia's defence ministry said its forces killed 90 Ukrainian soldiers near Pokrovsk on Monday, a claim "
    "the Ukrainian army rejected.",
    "JNIM said it killed 25 soldiers near Djibo on Friday, an account the junta denied.",
])
def test_a_rejected_claim_is_disputed(text):
    ev = _main(text)
    assert ev.claim_status == "disputed", (ev.claim_status, ev.claimed_by)


def test_the_rejecter_is_read_between_the_noun_and_the_verb():
    cues = find_cues("The group said it killed 40 soldiers, a claim the Burkinabe army rejected.")
    denials = [c for c in cues if c.kind == "deny"]
    assert [c.source for c in denials] == ["Burkinabe army"]


def test_rejected_without_a_claim_noun_is_no_denial():
    cues = find_cues("Voters rejected the constitution in a referendum, officials said.")
    assert [c.kind for c in cues if c.kind == "deny"] == []
