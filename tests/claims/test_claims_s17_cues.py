"""Session 17: "accepted responsibility" is a claim, and a claim of "the attack" in the sentence after
the event's refers back to it."""

from __future__ import annotations

import pytest

from sitrep.api_python import extract, text_article


def _main(text: str, pub: str = "2024-05-06"):
    evs = extract([text_article(text, "a", title="Report", published=pub, source="s17 test wire")])
    assert evs, text
    return max(evs, key=lambda e: (e.fatalities or 0, e.confidence))


@pytest.mark.parametrize("text, by", [
    ("The Baloch Liberation Army accepted responsibility for a bombing at the Quetta railway station on "
     "Saturday that killed 26 people.", "baloch"),
    ("Gunmen killed seven police officers at a checkpoint in Tillia on Friday. The Islamic State Sahel "
     "Province claimed the attack in a statement.", "islamic state"),
    ("A car bomb killed five soldiers at a base in Marka on Sunday. Al-Shabaab claimed the bombing on its "
     "radio station.", "shabaab"),
    ("Rebels ambushed a military convoy in Ituri on Saturday, killing nine soldiers. CODECO claimed the "
     "ambush a day later.", "codeco"),
])
def test_claims(text, by):
    ev = _main(text)
    assert ev.claim_status == "claimed" and by in (ev.claimed_by or "").lower(), (ev.claim_status, ev.claimed_by)


def test_a_claim_that_nobody_makes_stays_no_claim():
    ev = _main("A bomb killed four people at a market in Kabul on Sunday, police said. No group claimed the "
               "attack.")
    assert ev.claim_status == "reported"
