"""Claimants are names or descriptive agents, never a bare noun cut out of a phrase."""

from __future__ import annotations

import pytest

from sitrep.events.claims import claim_for
from sitrep.types import Actor

from conftest import build_doc

UNKNOWN = Actor("Unidentified Armed Group (Iraq)", 3)


def claimant(*sentences: str, n: int | None = None, actor1: Actor | None = UNKNOWN):
    doc = build_doc(*sentences)
    chosen = doc.sentences[-(n or 1) :]
    return claim_for(doc, [(s.start, s.end) for s in chosen], actor1)


@pytest.mark.parametrize(
    "text, status, by",
    [
        ("An army spokesman said 15 Boko Haram fighters were killed near Bama.", "reported", "Nigerian army"),
        ("A spokesman for al-Shabaab said the group killed 12 soldiers in Afgoye.", "reported", "Al Shabaab"),
        ("According to a local official, 12 civilians were killed in Beni.", "reported", "local official"),
        ("Residents told Reuters that the army shelled a market in Kharkiv.", "reported", "residents"),
        ("Militants claimed they killed 40 soldiers near Gao.", "claimed", "militants"),
        ("The Iraqi military said it had retaken Tikrit.", "claimed", "Iraqi military"),
        ("The RSF claimed control of El Fasher on Sunday.", "claimed", "Rapid Support Forces"),
    ],
)
def test_claimants_across_conflicts(text, status, by):
    c = claimant(text)
    assert (c.status, c.claimed_by) == (status, by), c.reason


def test_the_militants_claim_is_the_named_groups_when_the_article_names_one():
    c = claimant(
        "Islamic State fighters stormed Tikrit in June.",
        "On Sunday the militants claimed they had executed 1,700 soldiers.",
    )
    assert (c.status, c.claimed_by) == ("claimed", "Islamic State")


def test_a_capitalised_generic_at_the_head_of_a_sentence_is_lower_cased():
    c = claimant("Police said gunmen killed five villagers near the border.")
    assert c.claimed_by == "police"
