"""Session 18: a denial in the sentence after the event's that names what it denies ("The RSF denied
responsibility.", "denied any involvement", "rejected the accusation") is this event's; a witness's
account with a claim's words ("Residents said they had buried 26 bodies") is a report, not a claim."""

from __future__ import annotations

import pytest

from sitrep.api_python import extract, text_article


def _main(text: str, pub: str = "2025-03-04"):
    evs = extract([text_article(text, "a", title="Report", published=pub, source="s18 test wire")])
    assert evs, text
    return max(evs, key=lambda e: (e.fatalities or 0, e.confidence))


@pytest.mark.parametrize("text", [
    "Residents accused the army of shelling a market in Kutum on Saturday, killing five people. The army "
    "denied responsibility.",
    "Local officials blamed Fano fighters for an attack on a bus near Gondar on Sunday that killed seven "
    "passengers. Fano denied any involvement.",
    "Witnesses said soldiers shot dead four men at a checkpoint near Sittwe on Friday. The junta rejected the "
    "accusation.",
])
def test_a_denial_of_the_act_in_the_next_sentence(text):
    ev = _main(text)
    assert ev.claim_status in ("denied", "disputed"), (ev.claim_status, ev.claimed_by)


def test_a_next_sentence_denying_something_else_changes_nothing():
    ev = _main("Gunmen killed six farmers near Bokkos on Sunday, police said. The governor denied that "
               "schools would close.")
    assert ev.claim_status == "reported" and "police" in (ev.claimed_by or "").lower()


@pytest.mark.parametrize("text, by", [
    ("Residents of Kalma camp said they had buried 14 people after RSF shelling on Sunday.", "residents"),
    ("Survivors said they had seen gunmen set fire to houses in Djugu on Saturday, killing nine people.",
     "survivors"),
])
def test_witnesses_report_they_claim_nothing(text, by):
    ev = _main(text)
    assert ev.claim_status == "reported" and by in (ev.claimed_by or "").lower(), (ev.claim_status, ev.claimed_by)


def test_an_armed_group_saying_it_had_still_claims():
    ev = _main("The Arakan Army said they had seized a junta outpost in Paletwa on Sunday, killing 15 troops.")
    assert ev.claim_status == "claimed" and "arakan" in (ev.claimed_by or "").lower()
