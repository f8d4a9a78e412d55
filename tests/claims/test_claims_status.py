"""Claim status and claimant from hand-written evidence, across conflicts."""

from __future__ import annotations

import pytest

from sitrep.events.claims import claim_for, find_cues
from sitrep.types import Actor, Article, Doc, Sentence


from conftest import build_doc


def doc_of(*sentences: str) -> Doc:
    return build_doc(*sentences)


def claim(*sentences: str, actor1: Actor | str | None = None, n: int = 1):
    doc = doc_of(*sentences)
    spans = [(s.start, s.end) for s in doc.sentences[:n]]
    return claim_for(doc, spans, actor1)


@pytest.mark.parametrize(
    "text, actor1, status, by",
    [
        (
            "At least 30 inmates were killed when gunmen attacked a convoy in Kaduna, Nigerian police said.",
            None,
            "reported",
            "Nigerian police",
        ),
        ("Gunmen killed five traders in Zamfara, police said.", None, "reported", "police"),
        (
            "Two security officials told Reuters that troops had withdrawn from Tessalit.",
            None,
            "reported",
            "security officials",
        ),
        (
            "According to witnesses, soldiers opened fire on the crowd in Bamako.",
            None,
            "reported",
            "witnesses",
        ),
        (
            "Al-Shabaab claimed responsibility for the bombing in Mogadishu.",
            "Al Shabaab",
            "claimed",
            "Al Shabaab",
        ),
        (
            "JNIM claimed to have killed 40 soldiers near Djibo.",
            None,
            "claimed",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "The Nigerian army said it killed 30 militants in an airstrike near Sambisa.",
            "Military Forces of Nigeria",
            "claimed",
            "Nigerian army",
        ),
        (
            "The Rapid Support Forces denied attacking the camp in El Geneina.",
            None,
            "denied",
            "Rapid Support Forces",
        ),
        ("The group claimed the downing of a drone, but the army denied any loss.", None, "disputed", None),
        ("Accounts of the clash in Beni were contradicted by local officials.", None, "disputed", None),
        ("Militants reportedly killed three farmers in Tillaberi.", None, "reported", None),
        ("An IED exploded near Kidal, killing two soldiers.", None, "reported", None),
    ],
)
def test_claim_status_across_conflicts(text, actor1, status, by):
    c = claim(text, actor1=actor1)
    assert c.status == status, c.reason
    if by is not None:
        assert c.claimed_by == by, c.reason


def test_country_adjective_for_bare_state_sources():
    c = claim("Iraqi forces entered Tikrit.", "Gunmen attacked a checkpoint in Baquba, police said.", n=2)
    assert c.claimed_by == "Iraqi police"


def test_a_claim_with_a_back_reference_not_confirmed_stays_claimed():
    c = claim(
        "JNIM claims to have executed 60 captured soldiers near Djibo.",
        "The government in Ouagadougou cannot yet confirm these reports.",
        actor1=Actor("JNIM: Group for Support of Islam and Muslims", 2),
    )
    assert (c.status, c.claimed_by) == ("claimed", "JNIM: Group for Support of Islam and Muslims")
    assert "not independently confirmed" in c.reason


def test_a_denial_in_the_next_sentence_disputes_the_claim():
    c = claim(
        "Hamas said it destroyed four tanks near Jabalia.",
        "The Israeli military denied the claim.",
        actor1="Hamas Movement",
    )
    assert c.status == "disputed"


def test_an_unrelated_next_sentence_is_not_read():
    c = claim("Gunmen killed four villagers near Bandiagara.", "The army denied abuses in a separate case.")
    assert c.status == "reported"


def test_generic_claimant_becomes_actor1():
    c = claim(
        "The UN mission condemned the rebels' claim of killing 200 government soldiers in Masisi.",
        actor1=Actor("M23: March 23 Movement", 2),
    )
    assert (c.status, c.claimed_by) == ("claimed", "M23: March 23 Movement")


def test_the_actor_reporting_its_own_strike_claims_it():
    said = "The Israeli military said 40 targets were struck in Gaza overnight."
    assert claim(said, actor1="Military Forces of Israel").status == "claimed"
    assert claim(said, actor1="Unidentified Armed Group (Palestine)").status == "reported"
    own = claim("The Nigerian military said its troops killed 12 bandits in Zamfara.")
    assert (own.status, own.claimed_by) == ("claimed", "Nigerian military")  # "its troops": its own act


def test_both_sides_claiming_the_outcome_leaves_the_fighting_reported():
    c = claim("After ten days of battle around the refinery, both sides are now claiming control of it.")
    assert c.status == "reported"


def test_claimed_the_lives_is_not_a_claim():
    c = claim("The blast claimed the lives of 12 people in Kabul, officials said.")
    assert c.status == "reported" and c.claimed_by == "officials"


def test_cue_offsets_point_into_the_text():
    doc = doc_of("Nothing here.", "Boko Haram claimed the attack, police said.")
    s = doc.sentences[1]
    cues = find_cues(s.text, s.start)
    assert {c.kind for c in cues} == {"claim", "report"}
    for c in cues:
        assert doc.article.text[c.start : c.end] in ("claimed", "said")
    got = claim_for(doc, [(s.start, s.end)])
    assert doc.article.text[got.start : got.end] == "claimed"
