"""Session 16: whoever blames or accuses tells of the event; the blamed party never does."""

from __future__ import annotations

import pytest
from conftest import build_doc

from sitrep.events.claims import claim_for


def claim(*sentences: str):
    doc = build_doc(*sentences)
    return claim_for(doc, [(s.start, s.end) for s in doc.sentences], None)


@pytest.mark.parametrize("text, by", [
    ("Local officials blamed the Arakan Army for the shelling of the Sittwe market that killed four.",
     "local officials"),
    ("Ukraine accused Russia of striking a children's hospital in Kyiv, killing two staff members.", "ukraine"),
    ("Rights groups have accused the army of killing 30 civilians in Moura.", "rights groups"),
    ("Villagers blamed Fulani herders for the attack on Mangu that killed 12.", "villagers"),
])
def test_the_one_who_blames_is_the_source(text, by):
    c = claim(text)
    assert (c.status, (c.claimed_by or "").lower()) == ("reported", by), c.reason


@pytest.mark.parametrize("text", [
    "Boko Haram was blamed for the attack on the village, which killed 12.",
    "The ADF, widely blamed for the massacre in Beni, killed 14 more people.",
    "Al-Shabaab is often accused of attacks on hotels in Mogadishu.",
])
def test_the_blamed_party_is_never_the_source(text):
    c = claim(text)
    assert c.claimed_by is None or "blam" not in c.reason and "accus" not in c.reason, c.reason


def test_a_resistance_committee_is_a_source():
    c = claim("Shelling killed at least 12 civilians in Mayo, according to a local resistance committee.")
    assert (c.status, c.claimed_by) == ("reported", "local resistance committee")
