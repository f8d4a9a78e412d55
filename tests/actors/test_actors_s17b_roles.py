"""Session 17b, actors: misses of the blind s17 smoke fixture, fixed by phenomenon.

- A group that claims an attack after an apposition ("The Islamic Resistance in Iraq, an umbrella
  of Iran-aligned factions, claimed the attack") is the attack's attributed doer: roles.json v7
  ``attributed_after`` allows one apposition and "claimed the attack/strike/bombing ...".
- A base set up has one actor only (defaults.json v6 ``single_actor``): the target of the
  campaign it serves is no actor2."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _drafts(runner, text: str, day: date = date(2024, 1, 16)):
    return list(runner.doc(text_article("s17b-actors", text, day)).events or ())


@pytest.mark.parametrize(
    "text, group",
    [
        ("Two drones struck a base hosting U.S. troops near Erbil on Monday, officials said. The Islamic "
         "Resistance in Iraq, an umbrella of Iran-aligned armed factions, claimed the attack on Telegram.",
         "Islamic Resistance in Iraq"),
        ("Gunmen stormed a hotel in Kabul on Monday, killing five guests. The Islamic State Khorasan Province, "
         "a regional affiliate of the jihadist group, claimed the attack in a statement.",
         "Islamic State Khorasan Province"),
        ("A roadside bomb hit a military convoy near Mogadishu on Sunday, killing four soldiers. Al Shabaab, "
         "the al Qaeda-linked insurgents, claimed the bombing.",
         "Al Shabaab"),
    ],
)
def test_a_claimant_after_an_apposition_is_the_doer(runner, text, group):
    drafts = _drafts(runner, text)
    assert drafts and drafts[0].actor1.name.startswith(group)


def test_a_group_that_has_not_claimed_is_no_doer(runner):
    text = ("Unknown assailants set off a bomb at a market in Maiduguri on Friday, killing six traders. "
            "Boko Haram, which has waged an insurgency since 2009, has not claimed the attack.")
    drafts = _drafts(runner, text)
    assert drafts and drafts[0].actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    "text, doer",
    [
        ("Turkish forces have established a new military base near Amedi in Duhok province, local officials "
         "said on Tuesday, expanding Ankara's presence in its campaign against the PKK.", "Military Forces of Turkey"),
        ("Wagner fighters set up a base at the airport of Tessalit on Sunday in their operation against the "
         "CSP rebels, residents said.", "Wagner Group"),
    ],
)
def test_a_base_set_up_has_no_second_actor(runner, text, doer):
    bases = [d for d in _drafts(runner, text) if d.sub_event_type == "Headquarters or base established"]
    assert bases and bases[0].actor1.name == doer and bases[0].actor2 is None


@pytest.mark.parametrize(
    "text, group",
    [
        ("JNIM militants attacked an army position near Karimama on Wednesday, killing 28 soldiers, the army "
         "said. Troops killed about 40 attackers, it said.", "JNIM"),
        ("ISWAP fighters stormed a military base in Marte on Sunday. Soldiers killed 17 attackers, the army said.",
         "Islamic State West Africa Province"),
        ("Al Shabaab militants raided a police station in Beledweyne on Friday. Police said they shot dead six "
         "assailants.", "Al Shabaab"),
    ],
)
def test_counted_attackers_are_the_group_the_evidence_names(runner, text, group):
    """'about 40 attackers' in a battle whose evidence names one armed group is that group
    (generic.tsv: attackers and assailants refer back, like "fighters")."""
    battles = [d for d in _drafts(runner, text) if d.event_type == "Battles"]
    assert battles
    sides = {battles[0].actor1.name, battles[0].actor2.name if battles[0].actor2 else ""}
    assert any(s.startswith(group) for s in sides), sides
    assert not any(s.startswith("Unidentified Armed Group") for s in sides), sides


def test_unknown_attackers_stay_unidentified(runner):
    text = "Unknown attackers killed five villagers in Dori on Monday, residents said."
    drafts = _drafts(runner, text)
    assert drafts and drafts[0].actor1.name.startswith("Unidentified Armed Group")
