"""Death tolls, session 13: the phenomena behind the fatality errors on ACLED notes and GVDB.

Each test names one phenomenon (a list opened by a single victim, ranges, tolls of an earlier
event, revised tolls in a later sentence, grievances and reprisals, animals, deaths from illness,
the predicate left out of a note's list ...), with sentences written for conflicts across the
world, not taken from any article.
"""

from __future__ import annotations

import pytest
from conftest import build_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.events.counts import PRIOR, fatalities_for, find_quantities
from sitrep.types import Doc


def doc_of(*sentences: str) -> Doc:
    doc = build_doc(*sentences)
    return Doc(
        doc.article, sentences=doc.sentences, quantities=find_quantities(doc.article.text, doc.sentences)
    )


def toll(*sentences: str) -> int | None:
    doc = doc_of(*sentences)
    return fatalities_for(doc, [(0, len(doc.article.text))])[0]


def first_toll(*sentences: str) -> int | None:
    """The toll of an event whose evidence is the first sentence only."""
    doc = doc_of(*sentences)
    first = doc.sentences[0]
    return fatalities_for(doc, [(first.start, first.end)])[0]


def killed(text: str) -> list[int]:
    return [q.value for q in find_quantities(text, []) if q.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants stormed the village near Beni, killing a local chief and 12 of his relatives.", 13),
        ("Gunmen kill a parish priest and two worshippers at a church in Zamfara.", 3),
        ("A suicide bomber blew herself up at a market in Maiduguri, killing herself and six traders.", 7),
        ("A female bomber killed herself, a soldier and four civilians at the checkpoint in Mogadishu.", 6),
        ("Cartel gunmen shot dead the mayor and 4 of his bodyguards outside Morelia.", 5),
        ("Unidentified assailants killed a village head and a farmer in Tillaberi.", 2),
        ("The drone strike killed a Hamas commander and three other people in Khan Younis.", 4),
        ("Police fatally shot a teenage boy and his uncle during the raid in Rio.", 2),
    ],
)
def test_a_list_opened_by_one_victim_counts_every_member(text, expected):
    assert toll(text) == expected


def test_a_list_member_must_end_its_noun_phrase():
    """ "killed 2, a local vigilante group mobilized": the group is not a victim."""
    assert toll("The raid killed 2, a local vigilante group mobilized and arrested 20 suspects.") == 2


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("Gunmen attacked a wedding in Plateau, killing between 6 and 12 guests.", 6, 12),
        ("Fighting in El Fasher killed between 40-60 civilians, medics said.", 40, 60),
        ("Two or three soldiers were killed in the ambush near Kidal.", 2, 3),
        ("Shelling killed 10 to 15 people in Avdiivka.", 10, 15),
        ("Rescuers found 400 or more bodies in mass graves near Izium.", 400, 400),
    ],
)
def test_a_range_is_read_at_its_lower_end(text, value, high):
    doc = doc_of(text)
    v, lo, hi, _ = fatalities_for(doc, [(0, len(doc.article.text))])
    assert (v, hi) == (value, high)
    assert lo <= v <= hi


def test_a_dash_alone_makes_no_range():
    """ "I-10", "1-10" are roads, scores or dates: no range without "between"."""
    assert killed("A worker hurt on 1-10 was taken to hospital, where he was treated.") == []
    assert all(
        q.value != 16 for q in find_quantities("Four boys, between the ages of 16-18 were also injured.", [])
    )


def test_years_and_ages_are_no_range():
    assert toll("Ten children aged 0 to 17 died in shootings statewide in 2013.") != 17


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("Shortly after an attack on Mbau which killed 20, soldiers arrested 15 suspects.",), 20),
        (
            (
                "Gunmen returned to the village a day after a raid that left 30 people dead.",
                "Seven people were killed in the new attack.",
            ),
            7,
        ),
        (
            (
                (
                    "Two days after militants attacked a base near Kidal, killing four soldiers, "
                    "about 12 herders were killed in Menaka."
                ),
            ),
            12,
        ),
        (
            (
                "A week after RSF fighters stormed Ardamata, killing dozens, five more civilians died in a new raid.",
            ),
            5,
        ),
    ],
)
def test_the_toll_of_an_earlier_event_is_used_only_when_nothing_else_is(sentences, expected):
    assert toll(*sentences) == expected


def test_an_earlier_events_toll_is_marked():
    qs = find_quantities("Residents fled a day after an attack which killed 9 villagers in Ituri.", [])
    assert [q.value for q in qs if PRIOR in q.reason] == [9]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "Two bombs hit a market in Kano, killing at least four people.",
                "By evening the death toll had risen to 19.",
            ),
            19,
        ),
        (
            ("A car bomb exploded in Mogadishu; 12 people died.", "The death count was later raised to 31."),
            31,
        ),
        (
            (
                "At least 22 were killed when a shell hit the bus station in Kramatorsk.",
                "Rescuers worked through the night.",
                "Three wounded later died, bringing the total dead (after revision) to 25.",
            ),
            25,
        ),
    ],
)
def test_a_revised_toll_in_a_following_sentence_is_the_events_toll(sentences, expected):
    assert first_toll(*sentences) == expected


def test_a_revision_far_from_the_evidence_is_not_taken():
    sentences = (
        "A landmine killed three soldiers near Tessalit.",
        "The army sent reinforcements.",
        "Officials met on Monday.",
        "Elsewhere, the death toll of the floods rose to 80.",
    )
    assert first_toll(*sentences) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Traders marched in Aba in protest of the death of their colleague who was killed by a soldier.",
        "A mob attacked the vigilantes guarding the market for allegedly killing a labourer.",
        "Police arrested a man in Cali for killing three people.",
    ],
)
def test_deaths_that_caused_the_event_are_not_its_toll(text):
    assert toll(text) in (None, 0)


def test_deaths_from_illness_are_no_toll():
    assert toll("Nurses protested after a doctor who died of Ebola was kept in the morgue.") is None
    assert toll("The former commander, who had died of natural causes, was buried in Goma.") is None
    assert toll("A prisoner died of his wounds in the camp near Bunia.") == 1


def test_animals_are_no_toll():
    assert toll("Two herders were killed along with 40 of their cattle near Jos.") == 2
    assert toll("Raiders shot dead five cows and a herdsman in Darfur.") == 1


def test_an_unknown_toll_is_no_count():
    assert toll("No military casualties; Taliban dead not known.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes in Ashaka, 10 soldiers KIA, 70 militants.", 80),
        ("Fighting near Bakhmut, 15 Wagner fighters dead, four Ukrainian soldiers.", 19),
        ("Five civilians were killed, three of them children.", 5),
        ("Three people were killed, 12 injured.", 3),
    ],
)
def test_a_further_group_with_its_predicate_left_out(text, expected):
    assert toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six members of the militia (Mai-Mai Yakutumba) were killed in the clash.", 6),
        ("Eleven (some sources claim 20) are dead after the clash in Sittwe.", 11),
        ("Fourteen, including a teenage girl were reportedly killed in Jalingo.", 14),
        ("About 25 other members of the al-Shabaab group also died during the assault.", 25),
        ("A pair of suspected thieves were attacked and killed by a mob in Onitsha.", 2),
        ("A village chief is shot and beheaded over a land dispute in Cabo Delgado.", 1),
        ("A journalist was kidnapped and killed by gunmen in Tamaulipas.", 1),
    ],
)
def test_subjects_with_asides_subsets_and_chained_verbs(text, expected):
    assert toll(text) == expected


def test_chained_verbs_need_an_auxiliary():
    """ "gunmen attacked and killed three farmers": the gunmen are no victims."""
    assert toll("Five gunmen attacked and killed three farmers in Kaduna.") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty reported ELN deaths followed the offensive in Arauca.", 60),
        ("One reported civilian death in Idlib.", 1),
        ("The air strike has claimed four lives in Marib.", 4),
        ("The ambush cost at least 12 lives near Sake.", 12),
        ('"Scores" of fighters were killed in the offensive on Maungdaw.', 20),
        ('During the operation "a number" of insurgents were killed.', 10),
        ("Gunmen attacked the village, killing a family of seven.", 7),
        ("A vigilante group lynches three suspected kidnappers in Ota.", 3),
    ],
)
def test_count_nouns_lives_and_vague_amounts(text, expected):
    assert toll(text) == expected


def test_lives_verbs_take_only_lives():
    assert killed("The group claimed 20 attacks in the Sahel last year.") == []
    assert killed("The war took its toll on 12 districts.") == []


def test_verbs_of_blame_do_not_make_a_count_of_deaths():
    assert killed("Two men were charged over deaths in Lagos.") == []
    assert killed("So far in 2016, 24 traffic-related fatalities were recorded.") == []


def test_a_near_miss_is_no_death():
    assert toll("A mob nearly lynches a woman in Kano before police save her.") is None


def test_the_village_head_and_others():
    """ "the village head and 45 others": 46, not the larger figure alone."""
    assert toll("Boko Haram attacks Dille, kills the village head and 45 others.") == 46


def test_a_part_of_the_dead_is_not_added():
    assert toll("Gunmen killed 30 people in Bokkos.", "Many of those killed were children.") == 30
    assert toll("Three people were shot in Chicago.", "One of the victims died in hospital.") >= 1


_WORDS = [
    "killing",
    "killed",
    "a",
    "the",
    "village",
    "head",
    "and",
    "45",
    "others",
    "herself",
    "seven",
    "between",
    "6",
    "12",
    "or",
    "more",
    "lives",
    "claimed",
    "after",
    "attack",
    "which",
    ",",
    ".",
    "soldiers",
    "dead",
    "KIA",
    "two",
    "(",
    ")",
    "were",
    "shot",
    "is",
    "attacked",
    "cattle",
    "of",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=16).map(" ".join))
def test_every_count_slices_its_text_and_keeps_its_range(text):
    for q in find_quantities(text, []):
        assert text[q.start : q.end] == q.text
        assert 0 <= q.low <= q.value <= q.high
        assert q.reason


def test_the_unborn_are_not_counted():
    assert toll("The gunman opened fire in Tijuana, killing five adults and an unborn child.") == 5


def test_other_people_beside_a_named_group_are_added():
    assert toll("The bombing in Maiduguri killed the two perpetrators and three other people.") == 5
    assert (
        toll(
            "Four members of the family were killed in Kasai.",
            "Three other members of the family were buried.",
        )
        == 4
    )


def test_injuries_besides_victims_counted_elsewhere_give_no_zero_toll():
    """ "The shooting also injured two men": the evidence reports no death, but not "no deaths"."""
    assert toll("The shooting also injured a 39-year-old man and a 26-year-old man, police said.") is None
    assert toll("The shelling injured 12 people in Kharkiv.") == 0


def test_a_years_tally_is_background():
    assert toll("The attack on the bus killed four people.", "There have been 13 such deaths this year.") == 4
