"""Session 15b tolls: a revised toll is the event's toll and the figure it replaces its low end;
cumulative tolls of a war or a campaign ("since October", "in the war") are no event's toll."""

from __future__ import annotations

import pytest
from conftest import build_doc

from sitrep.events.counts import fatalities_for, find_quantities
from sitrep.types import Doc


def toll(*sentences: str) -> tuple[int | None, int | None, int | None, str]:
    doc = build_doc(*sentences)
    doc = Doc(doc.article, sentences=doc.sentences, quantities=find_quantities(doc.article.text, doc.sentences))
    return fatalities_for(doc, [(0, len(doc.article.text))])


def evidence_toll(evidence: str, *after: str) -> tuple[int | None, int | None, int | None, str]:
    """The toll of an event whose evidence is the first sentence, the others following it."""
    doc = build_doc(evidence, *after)
    doc = Doc(doc.article, sentences=doc.sentences, quantities=find_quantities(doc.article.text, doc.sentences))
    first = doc.sentences[0]
    return fatalities_for(doc, [(first.start, first.end)])


@pytest.mark.parametrize("sentences, value, low", [
    (("Shelling hit a market in Omdurman, killing 20 people.",
      "The number of people killed has risen to 45, the health ministry said."), 45, 20),
    (("A suicide bomber struck a rally in Bajaur, killing at least 20 people.",
      "The death toll rose to 35 as more of the wounded died."), 35, 20),
    (("Gunmen attacked a village in Zamfara, killing nine residents.",
      "Three more bodies were found, bringing the toll to 12."), 12, 9),
    (("An air strike hit a market in Sagaing, killing 14 people.",
      "Six more died of their wounds, raising the number of dead to 20."), 20, 14),
    (("Russian missiles hit an apartment block in Dnipro, killing 25 residents.",
      "The number of dead had gone up to 40 after rescuers finished searching the rubble."), 40, 25),
    (("A car bomb exploded at a checkpoint in Mogadishu.",
      "The death toll from the blast has climbed to 63, a police officer said, up from 40 reported earlier."), 63, 40),
    (("An Israeli strike hit a school in Gaza City.", "Medics said the toll had reached 27, up from 15."), 27, 15),
    (("A landmine hit a bus in Tigray.", "The death toll went up to 11, up from nine."), 11, 9),
])
def test_a_revised_toll_is_the_toll_and_the_earlier_figure_its_low_end(sentences, value, low):
    v, lo, hi, _ = toll(*sentences)
    assert (v, lo) == (value, low) and hi >= v


@pytest.mark.parametrize("evidence, after, value", [
    ("Fighters raided the village of Mukondi in North Kivu, killing 30 residents.",
     "The number of people killed has grown to 45, a local official said.", 45),
    ("A bomb went off at a bus station in Maiduguri, killing 8 people.",
     "The death toll has since swelled to 19, hospital staff said.", 19),
])
def test_a_revision_after_the_evidence_is_the_events_toll(evidence, after, value):
    assert evidence_toll(evidence, after)[0] == value


@pytest.mark.parametrize("sentences, value", [
    (("Israeli strikes on Rafah killed 12 people overnight.",
      "Since the war began, more than 30,000 people have been killed in Gaza."), 12),
    (("Jihadists attacked an army post near Menaka, killing 8 soldiers.",
      "The attack brings to more than 400 the number of soldiers killed in the region since January."), 8),
    (("An air strike killed five people in Khan Younis.",
      "The death toll in Gaza since October 7 has risen to 27,019, the health ministry said."), 5),
    (("Russian shelling killed two civilians in Kherson.",
      "The death toll of the war has risen to more than 10,000 civilians, the UN said."), 2),
    (("Security forces shot dead three protesters in Mandalay.",
      "The number of people killed since the coup has risen to 1,200, a rights group said."), 3),
    (("Bandits killed 14 villagers in Sokoto state.",
      "The toll since the start of the year has reached 600, an NGO said."), 14),
])
def test_a_war_or_campaign_toll_is_no_events_toll(sentences, value):
    assert toll(*sentences)[0] == value


@pytest.mark.parametrize("sentences, value, low", [
    # an event's own toll named with "since" an incident, or with its incident, stays
    (("The death toll since Sunday's bombing of the market in Kabul has risen to 31.",), 31, 31),
    (("The death toll from the fighting in Khartoum on Monday rose to 50.",), 50, 50),
    # a higher figure "up from" is no earlier figure; nor is a figure in another clause
    (("The death toll rose to 12, up from 40 injured.",), 12, 12),
    (("The death toll stood at 12. Prices went up from 40 cents.",), 12, 12),
])
def test_negatives_keep_their_toll(sentences, value, low):
    v, lo, _, _ = toll(*sentences)
    assert (v, lo) == (value, low)


def test_a_plain_toll_with_groups_keeps_its_own_low_end():
    """No revision verb: the overall figure's own low end ("the death toll is 8": 5 + 3 named)."""
    v, lo, _, _ = toll("The attack killed five soldiers and three civilians.", "The death toll is 8.")
    assert (v, lo) == (8, 8)


@pytest.mark.parametrize("sentence, values", [
    ("Jihadists ambushed a convoy near Djibo, killing at least 15 of them, two security sources told Reuters.", [15]),
    ("Soldiers shot dead four looters, three witnesses said.", [4]),
    ("The raid killed 3 soldiers, 2 police and 4 civilians, the army said.", [3, 2, 4]),
    ("Gunmen killed five farmers and two herders near Jos, police said.", [5, 2]),
])
def test_the_source_after_a_victim_list_is_no_victim(sentence, values):
    from sitrep.types import Sentence

    found = find_quantities(sentence, (Sentence(0, len(sentence), sentence),))
    assert [q.value for q in found if q.kind == "killed"] == values
