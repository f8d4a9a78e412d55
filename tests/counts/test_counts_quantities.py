"""Counts of people: words and digits, qualifiers, vague amounts, sums, subsets, zeros, exclusions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events.counts import fatalities_for, find_quantities, parse_number
from sitrep.types import Article, Doc, Sentence


from conftest import build_doc


def doc_of(*sentences: str) -> Doc:
    doc = build_doc(*sentences)
    return Doc(doc.article, sentences=doc.sentences, quantities=find_quantities(doc.article.text, doc.sentences))


def toll(*sentences: str) -> tuple[int | None, int | None, int | None, str]:
    doc = doc_of(*sentences)
    return fatalities_for(doc, [(0, len(doc.article.text))])


def killed(text: str) -> list[int]:
    return [q.value for q in find_quantities(text, []) if q.kind == "killed"]


@pytest.mark.parametrize(
    "token, expected",
    [
        ("1,700", 1700),
        ("1700", 1700),
        ("forty", 40),
        ("twenty-five", 25),
        ("two hundred", 200),
        ("two hundred and fifty", 250),
        ("a dozen", 12),
        ("dozens", 12),
        ("hundreds of", 100),
        ("scores of", 20),
        ("3 thousand", 3000),
        ("several", 10),
        ("a number of", 10),
        ("a few", 3),
    ],
)
def test_parse_number(token, expected):
    value, low, high = parse_number(token)
    assert value == expected and low <= value <= high


def test_parse_number_rejects_words():
    assert parse_number("many teacups") is None


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            [
                "At least 40 detainees and three gendarmes were killed when gunmen attacked the prison transfer."
            ],
            43,
        ),
        (
            [
                "At least 40 detainees and three gendarmes were killed when gunmen attacked the prison transfer.",
                "Six attackers also died in the exchange of fire.",
            ],
            49,
        ),
        (["Gunmen stormed the village, killing 6 civilians, including 2 women."], 6),
        (["The death toll rose to 27 on Tuesday."], 27),
        (["Rescuers said 15 people were killed.", "By evening the death toll had risen to 27."], 27),
        (["The bodies of 12 people were found near Goma."], 12),
        (["Dozens of people were killed in Maiduguri."], 12),
        (["Hundreds were killed in the Darfur offensive."], 100),
        (["A dozen soldiers died in the ambush near Diffa."], 12),
        (["The raid left up to 35 fighters dead, a spokesman said."], 35),
        (["More than 20 soldiers were killed in Ménaka."], 20),
        (["The group claimed to have executed 1300 captives near Raqqa."], 1300),
        (["The group claimed it killed 1,700 soldiers."], 1700),
        (["On the radio they said we killed thirty -- fighters of the other side."], 30),
        (["Russian shelling killed three civilians and wounded 12 in Kherson."], 3),
        (["A soldier was killed and two others were wounded when an IED exploded near Kidal."], 1),
        (["Two Palestinians were shot dead by troops in Jenin."], 2),
        (["Seven miners were kidnapped and one was killed in Zamfara."], 1),
    ],
)
def test_fatalities_across_reports(sentences, expected):
    value, low, high, why = toll(*sentences)
    assert value == expected, why
    assert low <= value <= high


def test_up_to_is_a_ceiling():
    value, low, high, _ = toll("Shelling left up to 25 people dead.")
    assert (value, high) == (25, 25) and low < 25


def test_wounded_are_kept_apart_and_casualties_are_not_deaths():
    doc = doc_of(
        "At least seven people died in a mortar strike on the market. Another 19 people were injured."
    )
    kinds = {(q.kind, q.value) for q in doc.quantities}
    assert ("killed", 7) in kinds and ("injured", 19) in kinds
    assert toll("At least seven people died in Goma. Another 19 people were injured.")[0] == 7
    assert toll("The bombing caused 40 casualties, officials said.")[:3] == (0, 0, 0)
    assert toll("Twelve people were wounded in the grenade attack in Bujumbura.")[:3] == (0, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the blast, police said.",
        "There were no casualties in the attack on the checkpoint.",
        "The drone struck an empty building, causing no casualties.",
    ],
)
def test_explicit_zero(text):
    assert toll(text)[0] == 0


def test_nothing_about_deaths_is_none():
    assert toll("Rebels seized the town of Bunagana on Monday.")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "A 5-year-old girl was playing outside in 2014.",
        "The convoy travelled 30 km from Gao at 8:20 a.m.",
        "At least 60% of the district is under their control.",
        "Police said the 36-year-old had a record.",
        "The rebels fired 30 rounds at the base in 2019.",
        "Some 200 trainers are due in Niamey next month.",
    ],
)
def test_ages_times_distances_years_are_not_death_counts(text):
    assert killed(text) == []


def test_age_in_apposition_is_not_a_count():
    assert killed("Timothy Bunn, 36, was killed in the exchange.") == [1]


def test_singular_victims():
    assert toll("A man was shot and killed in Tikrit on Friday.")[0] == 1
    assert toll("Jean Bosco, a teacher, was killed in Beni.")[0] == 1
    assert toll("Gunmen killed a police officer at a checkpoint in Kaduna.")[0] == 1


def test_kinds_other_than_deaths():
    qs = find_quantities("Bandits abducted 30 students in Kebbi and police arrested 12 suspects.", [])
    assert {(q.kind, q.value) for q in qs} == {("abducted", 30), ("arrested", 12)}


def test_victim_noun_is_kept():
    q = find_quantities("At least 40 detainees and three gendarmes were killed.", [])
    assert [(q.value, q.who) for q in q] == [(40, "detainees"), (3, "gendarmes")]
    assert all("At least" in x.reason or "stated" in x.reason for x in q)


def test_spans_outside_the_evidence_are_ignored():
    doc = doc_of("Ten soldiers were killed in Gao.", "Separately, 40 people were killed in Mopti.")
    first = doc.sentences[0]
    assert fatalities_for(doc, [(first.start, first.end)])[0] == 10


_PHRASES = [
    "At least 12 civilians were killed",
    "five soldiers died",
    "killing 3 police officers",
    "dozens of people were wounded",
    "the death toll rose to 27",
    "a 5-year-old girl",
    "no one was killed",
    "in 2019",
    "30 km away",
    "up to 35 fighters dead",
    "Another 4 people were injured",
    "and",
    ",",
    "Gunmen attacked Gao",
    "1,700 recruits were executed",
    "forty were killed",
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=10))
def test_offsets_slice_the_text_and_ranges_hold(pieces):
    text = " ".join(pieces) + "."
    for q in find_quantities(text, []):
        assert text[q.start : q.end] == q.text
        assert q.low <= q.value <= q.high
        assert q.kind in {"killed", "injured", "abducted", "arrested", "displaced", "casualties"}
    value, low, high, _ = fatalities_for(Doc(Article("p", text, "h"), sentences=()), [(0, len(text))])
    if value is not None:
        assert low <= value <= high


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 99_999), st.sampled_from(["civilians", "soldiers", "people", "militants"]))
def test_any_digit_count_is_read_back(n, who):
    text = f"Officials said {n:,} {who} were killed in the fighting."
    assert killed(text) == [n]


def test_another_reports_figure_widens_the_range_only():
    value, low, high, why = toll("Gunmen shot dead two farmers (Premium Times claim seven dead) in Gassol.")
    assert (value, low, high) == (2, 2, 7) and "other reports" in why


def test_quoted_vague_counts():
    assert toll('A suicide bomber attacked the barracks in Gombe, killing "several."')[0] == 10
    assert toll('Boko Haram killed "dozens" in an attack on Fatawe.')[0] == 12


def test_a_precise_figure_beats_a_vague_one_for_the_same_victims():
    value, _, _, why = toll(
        "Dozens of inmates, several guards killed",
        "At least 30 inmates and four guards were killed when gunmen attacked the convoy near Kaduna.",
    )
    assert value == 34, why


def test_a_count_in_a_sentence_dated_to_another_year_is_background():
    value, _, _, why = toll(
        "Gunmen killed two guards at the depot in Kano on Friday.",
        "In 2012, 40 people were killed in a similar raid nearby.",
    )
    assert value == 2, why
    assert (
        toll("In March 2019, 40 people were killed in a raid near Baga.")[0] == 40
    )  # nothing else: it counts


def test_one_of_several_victims_is_not_the_count():
    assert killed("She was one of two people killed by the mob.") == [1]  # she is the one, not two


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a headline and its body sentence state one toll: not summed
        (["Jihadist group says it executed 1,700 captured army recruits",
          "The group said on Sunday it had killed 1,700 Shiite recruits near the river."], 1700),
        (["Bandits kill 23 villagers in Zamfara", "Gunmen on motorcycles killed 23 villagers in the raid."], 23),
        # the same small figure for groups sharing no word, in two sentences: two groups
        (["Two soldiers were killed in the ambush near Diffa.", "Two herders died later in the crossfire."], 4),
        # one sentence naming two groups of the same size: both count
        (["Five police and five soldiers were killed when the convoy was hit near Kidal."], 10),
    ],
)
def test_same_toll_restated_across_sentences_is_counted_once(sentences, expected):
    value, low, high, why = toll(*sentences)
    assert value == expected, why
    assert low <= value <= high
