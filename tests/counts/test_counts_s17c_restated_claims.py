"""Session 17c tolls: a toll told twice under two nouns (a headline and its lead, "villagers" and
"civilians"), the toll of an event recalled from months before ("a year after the blast killed 200"),
and an attacker's claim that names what else it did ("said on Telegram that it had stormed a post and
killed 25 soldiers"): a claim stays the range's other end, the independent figure is the toll."""

from __future__ import annotations

import pytest
from conftest import build_doc

from sitrep.events.counts import RECALLED, SELF_CLAIMED, fatalities_for, find_quantities
from sitrep.types import Article, Doc, Sentence


def _with_quantities(doc: Doc) -> Doc:
    return Doc(doc.article, sentences=doc.sentences, quantities=find_quantities(doc.article.text, doc.sentences))


def toll(*sentences: str):
    doc = _with_quantities(build_doc(*sentences))
    return fatalities_for(doc, [(0, len(doc.article.text))])


def headlined(headline: str, body: str):
    """A headline line, a blank line and a one-sentence body, both in the evidence."""
    text = f"{headline}\n\n{body}"
    start = len(headline) + 2
    doc = Doc(Article("t", text, "h"), sentences=(Sentence(0, len(headline), headline),
                                                  Sentence(start, len(text), body)))
    return fatalities_for(_with_quantities(doc), [(0, len(text))])


@pytest.mark.parametrize("headline, body, expected", [
    ("Gunmen kill seven herders in Plateau state",
     "Armed men killed seven villagers near Bokkos on Sunday, police said.", 7),
    ("Turkish drone kills four fighters in northern Syria",
     "A drone strike killed four militants near Sarmada on Monday, a war monitor said.", 4),
    ("Junta air strike kills six in Sagaing",
     "Six residents were killed when a jet bombed a village in Sagaing on Friday, locals said.", 6),
])
def test_a_headline_toll_told_again_in_the_lead_counts_once(headline, body, expected):
    assert headlined(headline, body)[0] == expected


@pytest.mark.parametrize("sentences, expected", [
    (("Al-Shabaab fighters killed five civilians in Afgoye on Friday.",
      "Elders said the five villagers killed were farmers."), 5),
    (("Shelling killed three soldiers near Pokrovsk overnight.",
      "Three troops were also killed in a separate attack near Toretsk."), 3),
])
def test_two_nouns_for_one_kind_of_victim_restate_a_small_toll(sentences, expected):
    assert toll(*sentences)[0] == expected


def test_distinct_kinds_of_victims_with_one_small_figure_still_add_up():
    got = toll("Militants killed three soldiers in Kidal on Monday.", "Three civilians were also killed in crossfire.")
    assert got[0] == 6


@pytest.mark.parametrize("text", [
    "Thousands rallied in Beirut on Tuesday, four years after the port explosion killed more than 200 people.",
    "Mourners gathered in Srebrenica on Thursday, on the anniversary of the massacre that killed 8,000 men.",
    "Students marched in Dhaka, two months after the crackdown which killed 300 protesters.",
])
def test_the_toll_of_an_event_recalled_from_months_before_is_none(text):
    assert not toll(text)[0]
    q = [q for q in find_quantities(text, (Sentence(0, len(text), text),)) if q.kind == "killed"]
    assert q and all(RECALLED in x.reason for x in q)


@pytest.mark.parametrize("text, expected", [
    ("Two weeks after taking the town, the rebels attacked a village, killing 30 people.", 30),
    ("Days after the ceasefire, gunmen killed 12 people in Kapoeta.", 12),
])
def test_a_time_distance_before_the_event_itself_keeps_its_toll(text, expected):
    assert toll(text)[0] == expected


def test_a_claim_naming_another_act_first_stays_a_claim():
    v, lo, hi, why = toll(
        "Gunmen killed 14 people in an attack on a market in Mopti region on Saturday, officials said.",
        "The group said on Telegram that it had stormed an army post and killed 25 soldiers.",
    )
    assert (v, hi) == (14, 25), why


def test_a_claims_list_is_one_claim_and_its_sum_is_the_other_end():
    v, lo, hi, why = toll(
        "Attackers killed 18 civilians near Ndélé on Thursday, the government said.",
        "The armed group said in a statement that it had attacked a patrol and killed six soldiers and a gendarme.",
    )
    assert (v, lo, hi) == (18, 7, 18), why


def test_list_member_after_a_claimed_count_carries_the_claim():
    text = "The rebels said they had ambushed a convoy and killed four soldiers and a policeman."
    qs = [q for q in find_quantities(text, (Sentence(0, len(text), text),)) if q.kind == "killed"]
    assert len(qs) == 2 and all(SELF_CLAIMED in q.reason for q in qs)


def test_a_source_reporting_what_others_did_is_no_claim():
    text = "Officials said they had found that gunmen killed nine miners near Sanmatenga."
    qs = [q for q in find_quantities(text, (Sentence(0, len(text), text),)) if q.kind == "killed"]
    assert qs and not any(SELF_CLAIMED in q.reason for q in qs)
