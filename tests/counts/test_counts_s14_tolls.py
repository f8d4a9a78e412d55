"""Session 14 tolls: a toll named with its incident before the link, an attacker's own count against
another source's, "N more" deaths, tallies of a war or a month, and a note's "Fatalities: 0"."""

from __future__ import annotations

import pytest
from conftest import build_doc

from sitrep.events.counts import fatalities_for, find_quantities
from sitrep.types import Doc


def toll(*sentences: str) -> tuple[int | None, int | None, int | None, str]:
    doc = build_doc(*sentences)
    doc = Doc(doc.article, sentences=doc.sentences, quantities=find_quantities(doc.article.text, doc.sentences))
    return fatalities_for(doc, [(0, len(doc.article.text))])


@pytest.mark.parametrize("sentences, expected", [
    ((("The death toll from Saturday's suicide bombing at a market in the Bakara area of Mogadishu rose to 31 "
       "on Monday, hospital officials said."), "Officials had initially put the toll at 18."), 31),
    (("The toll from Tuesday's twin bombings in Kabul has climbed to 54, the ministry said.",), 54),
    (("The death toll in the landslide-hit village after the militia raid reached 12.",), 12),
])
def test_a_toll_named_with_its_incident(sentences, expected):
    assert toll(*sentences)[0] == expected


def test_a_toll_link_still_needs_a_number():
    assert toll("The death toll from the attack on the market in Goma is unknown.")[0] is None


@pytest.mark.parametrize("sentences, value, high", [
    (("Al-Shabaab said it had killed 47 Kenyan soldiers in an attack on a base in Lamu.",
      "The Kenyan military said three soldiers died in the attack."), 3, 47),
    (("ISWAP claimed to have killed 30 soldiers near Marte.", "The army said five soldiers were killed."), 5, 30),
    (("The Taliban said they had killed 20 policemen in Kunduz.",
      "Provincial officials said 7 policemen were killed."), 7, 20),
])
def test_an_attackers_own_count_gives_way_to_another_sources(sentences, value, high):
    v, _, h, _ = toll(*sentences)
    assert (v, h) == (value, high)


def test_an_attackers_own_count_alone_is_the_toll():
    assert toll("The army said it had killed 30 insurgents in the Sambisa forest.")[0] == 30


def test_an_attackers_count_of_another_group_still_adds():
    # the army's count of insurgents and a count of soldiers are two groups
    assert toll("The army said it had killed 30 insurgents near Bama.", "Two soldiers died in the fighting.")[0] == 32


@pytest.mark.parametrize("sentences, expected", [
    (("Gunmen attacked two villages in Bokkos on Sunday night.", "In Mushu, 14 people were killed.",
      "In nearby Ruku, nine more died, a local leader said."), 23),
    (("Five soldiers were killed in the ambush near Kidal and two more died in hospital.",), 7),
])
def test_n_more_adds_to_the_count_before_it(sentences, expected):
    assert toll(*sentences)[0] == expected


def test_n_more_does_not_add_to_a_stated_toll():
    assert toll("Two more bodies were found in the rubble in Antakya, bringing the death toll to 23.")[0] == 23


@pytest.mark.parametrize("sentences, expected", [
    (("A Russian missile strike on Dnipro on Friday killed five people, officials said.",
      "More than 10,000 civilians have been killed since the start of the war, according to the UN."), 5),
    (("The UN says at least 14,000 people have been killed in the conflict in eastern Ukraine.",
      "On Wednesday, separatist shelling killed two Ukrainian soldiers near Avdiivka."), 2),
    (("Thursday's ambush near Kidal brought to 30 the number of soldiers killed this month.",
      "Six soldiers died in the ambush."), 6),
    (("Some 400 people have died since the fighting in Tigray erupted.",
      "An air strike on Mekele killed 3 people on Monday."), 3),
])
def test_tallies_of_a_war_or_a_month_are_no_events_toll(sentences, expected):
    assert toll(*sentences)[0] == expected


def test_a_tally_alone_sets_no_toll():
    assert toll("More than 1,000 civilians have been killed since the outbreak of the insurgency.")[0] is None


def test_a_fighting_toll_with_since_a_weekday_is_the_events():
    # "since Monday" is no war's tally: the fighting of the last days is the event
    assert toll("At least 20 people have been killed in the fighting in Tripoli since Monday.")[0] == 20


@pytest.mark.parametrize("text, expected", [
    ("Around 10 October 2023, armed men abducted 15 civilians near Djibo. Fatalities: 0.", 0),
    ("Gunmen attacked a convoy near Kidal. Fatalities: none.", 0),
])
def test_a_notes_zero_fatalities(text, expected):
    assert toll(text)[0] == expected


def test_an_attackers_claim_gives_way_to_another_sources_overall_figure():
    v, _, h, _ = toll("At least 18 people died when a suicide bomber struck a mosque in Peshawar, police said.",
                      "The Islamic State's local affiliate said its fighter had killed 60 worshippers.")
    assert (v, h) == (18, 60)


@pytest.mark.parametrize("text, value, high", [
    ("Security forces killed between six and eight protesters in Mathare.", 6, 8),
    ("Between two and four civilians died in the shelling of Kherson.", 2, 4),
])
def test_two_number_words_joined_by_and_are_a_range_not_a_sum(text, value, high):
    v, _, h, _ = toll(text)
    assert (v, h) == (value, high)


def test_succumbed_to_injuries_is_a_death():
    qs = find_quantities("A soldier later succumbed to his injuries in Srinagar.", [])
    assert [(q.kind, q.value) for q in qs] == [("killed", 1)]
