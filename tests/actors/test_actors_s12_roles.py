"""Session 12: who is actor1 when ACLED's conventions decide (two-sided battles, suspected
perpetrators, identity and communal militias, vigilantes, party officials), across many conflicts."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import build_doc
from sitrep.actors.dictionary import default_dictionary
from sitrep.actors.roles import assign_actors, attributed_group, roles_stated, state_first
from sitrep.actors.stage import article_country
from sitrep.types import Actor


def first_sentence_roles(sentences: tuple[str, ...], etype: str, sub: str, country: str | None):
    """actor1 and actor2 of an event stated by the first sentence of a small article."""
    doc = build_doc(*sentences)
    a1, a2, why = assign_actors(doc, [(0, len(sentences[0]))], etype, sub, country)
    return a1, a2, why


def names(sentences: tuple[str, ...], etype: str, sub: str, country: str | None) -> tuple[str, str | None]:
    a1, a2, _ = first_sentence_roles(sentences, etype, sub, country)
    return a1.name, a2.name if a2 else None


@pytest.mark.parametrize(
    "sentences, etype, sub, country, want1",
    [
        # suspected or blamed perpetrators, in the next sentence
        (
            ("A car bomb killed 20 people at a bus station in Gombe.", "Boko Haram is suspected."),
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
            "Nigeria",
            "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        ),
        (
            ("Gunmen killed nine traders on the road to Beledweyne.", "Police blamed the attack on al-Shabaab."),
            "Violence against civilians",
            "Attack",
            "Somalia",
            "Al Shabaab",
        ),
        (
            ("A roadside bomb struck a bus near Kamina.", "The perpetrators are believed to be ADF."),
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
            "Democratic Republic of Congo",
            "ADF: Allied Democratic Forces",
        ),
        # a group blamed for something else in the past is no suspect of this event
        (
            ("Unidentified gunmen attacked a prison near Kaduna.", "Boko Haram had been blamed for two earlier prison breaks."),
            "Violence against civilians",
            "Attack",
            "Nigeria",
            "Unidentified Armed Group (Nigeria)",
        ),
        # a named doer is kept whatever the text says of suspects
        (
            ("FARC dissidents ambushed a patrol in Cauca.", "The ELN is also suspected of an attack in Arauca."),
            "Battles",
            "Armed clash",
            "Colombia",
            "FARC Dissidents",
        ),
    ],
)
def test_suspected_group_is_actor1(sentences, etype, sub, country, want1):
    assert names(sentences, etype, sub, country)[0] == want1


def test_attributed_group_names_one_group_only():
    doc = build_doc("A bomb exploded at a market in Gao.", "JNIM and ISGS are both suspected.")
    assert attributed_group(doc, [(0, len("A bomb exploded at a market in Gao."))], "Mali") is None


@pytest.mark.parametrize(
    "sentences, etype, sub, country, want",
    [
        # a fight of two sides: state forces first (ACLED's order)
        (
            ("Boko Haram attacked Gubta village but was repelled by soldiers.",),
            "Battles",
            "Armed clash",
            "Nigeria",
            ("Military Forces of Nigeria", "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
        ),
        # the state side hit: the attacker stays actor1
        (
            ("Militants attacked a police convoy near Peshawar, killing five police officers.",),
            "Battles",
            "Armed clash",
            "Pakistan",
            ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
        ),
        # only the non-state side hit is named: the state forces fought it
        (
            ("Scores of al-Shabaab fighters were killed in an operation in Lower Shabelle.",),
            "Battles",
            "Armed clash",
            "Somalia",
            ("Military Forces of Somalia", "Al Shabaab"),
        ),
        # killed "in a clash with" troops: the troops are a side, not a victim
        (
            ("Four M23 rebels were killed in a clash with FARDC troops near Kibumba.",),
            "Battles",
            "Armed clash",
            "Democratic Republic of Congo",
            ("Military Forces of Democratic Republic of Congo", "M23: March 23 Movement"),
        ),
        # state forces reporting their own fight
        (
            ("The army reported the recapture of two villages in Sagaing.",),
            "Battles",
            "Armed clash",
            "Myanmar",
            ("Military Forces of Myanmar", None),
        ),
    ],
)
def test_battle_sides(sentences, etype, sub, country, want):
    a1, a2, why = first_sentence_roles(sentences, etype, sub, country)
    a1, a2, _ = state_first(a1, a2, etype, sub, roles_stated(why))
    assert (a1.name, a2.name if a2 else None) == want


@pytest.mark.parametrize(
    "reason, stated",
    [
        ("actor1: 'militants' (agent wording); actor2: 'police officers' (patient wording)", True),
        ("actor1: 'Boko Haram' (agent wording); actor2: 'soldiers' (agent wording)", False),
        ("actor1: 'ISIS' (agent wording); actor2: 'Iraqi army' (armed actors lean agent)", False),
        ("actor1: 'Boko Haram' (armed actors lean agent); actor2: 'troops' (patient wording (reduced passive))", True),
    ],
)
def test_roles_stated_only_when_the_state_side_is_hit(reason, stated):
    assert roles_stated(reason) is stated


@pytest.mark.parametrize(
    "sentence, country, want1",
    [
        ("Gunmen, suspected to be Fulani, attacked Dinya village, killing four.", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
        ("Unidentified gunmen, likely Fulani, attacked a village near Djibo.", "Burkina Faso", "Fulani Ethnic Militia (Burkina Faso)"),
        ("Fulani again attack several villages in Sanga, killing 20.", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
        ("A Dogon group attacked the Peul hamlet of Ogossagou.", "Mali", "Dogon Ethnic Militia (Mali)"),
        ("Suspected Tuareg gunmen ambushed a convoy near Menaka.", "Mali", "Tuareg Ethnic Militia (Mali)"),
        ("Lendu militiamen raided a displacement camp in Djugu.", "Democratic Republic of Congo", "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ],
)
def test_identity_militia_as_doer(sentence, country, want1):
    assert names((sentence,), "Violence against civilians", "Attack", country)[0] == want1


@pytest.mark.parametrize(
    "sentence, country, want",
    [
        ("Four people died in a clash between Fulani and Berom in Riyom.", "Nigeria", ("Fulani", "Berom")),
        ("Nuer and Dinka youths clashed in Jonglei.", "South Sudan", ("Nuer", "Dinka")),
        ("Clashes between Masalit and Arab militias left 30 dead in El Geneina.", "Sudan", ("Masalit", "Arab")),
    ],
)
def test_two_identity_sides(sentence, country, want):
    a1, a2 = names((sentence,), "Battles", "Armed clash", country)
    assert (a1, a2) == tuple(f"{w} Ethnic Militia ({country})" for w in want)


def test_victims_named_by_identity_are_not_militias():
    a1, a2 = names(("Thirty Berom villagers were killed by gunmen.",), "Violence against civilians", "Attack", "Nigeria")
    assert a1 == "Unidentified Armed Group (Nigeria)" and a2 == "Civilians (Nigeria)"


def test_the_attackers_refer_back_to_the_named_group():
    got = names(
        ("Suspected Boko Haram gunmen killed a cleric in Zaria. The gunmen also killed his wife.",),
        "Violence against civilians",
        "Attack",
        "Nigeria",
    )
    assert got[0].startswith("Boko Haram")


@pytest.mark.parametrize(
    "sentence, country, want1",
    [
        ("A communal clash over farmland in Ibaji left four dead.", "Nigeria", "Unidentified Communal Militia (Nigeria)"),
        ("Clashes between two rival clans in Galgaduud killed six.", "Somalia", "Unidentified Communal Militia (Somalia)"),
        # no communal wording: the usual battle, state forces first
        ("Gunmen and soldiers clashed near Jos.", "Nigeria", "Military Forces of Nigeria"),
    ],
)
def test_communal_fights(sentence, country, want1):
    assert names((sentence,), "Battles", "Armed clash", country)[0] == want1


def test_communal_fight_has_two_communal_sides():
    a1, a2 = names(("Inter-communal fighting in Pibor killed twelve.",), "Battles", "Armed clash", "South Sudan")
    assert a1 == a2 == "Unidentified Communal Militia (South Sudan)"


@pytest.mark.parametrize(
    "sentence, country, want1",
    [
        ("A vigilante mob set an alleged thief alight in Apapa.", "Nigeria", "Vigilante Militia (Nigeria)"),
        ("Vigilantes lynched two suspected cattle thieves in Kaduna.", "Nigeria", "Vigilante Militia (Nigeria)"),
        # a mob punishing a suspected offender: vigilantes (ACLED Nigeria notes, all 16 such mobs)
        ("An angry mob beat a suspected thief to death in Kisumu.", "Kenya", "Vigilante Militia (Kenya)"),
        ("A mob lynched a man accused of witchcraft in Chiapas.", "Mexico", "Vigilante Militia (Mexico)"),
        # a plain mob stays the rioters (ACLED's mob violence)
        ("An angry mob burned shops after a football match in Kisumu.", "Kenya", "Rioters (Kenya)"),
    ],
)
def test_mob_violence_doer(sentence, country, want1):
    assert names((sentence,), "Riots", "Mob violence", country)[0] == want1


@pytest.mark.parametrize(
    "sentence",
    [
        "A PDP leader was stabbed to death at his home in Ilesa.",
        "An APC ward chairman was attacked and beheaded in Omoku.",
        "Gunmen kidnapped the son of a former PDP chairman.",
        "Gunmen shot dead a chieftain of the APC at Festac Town.",
        "A bomb exploded at the home of a chieftain of Peoples Democratic Party (PDP), wounding five persons.",
        "Unidentified gunmen killed a Peoples' Democratic Party (PDP) youth leader in Ushongo.",
    ],
)
def test_party_officials_are_civilians(sentence):
    a1, a2 = names((sentence,), "Violence against civilians", "Attack", "Nigeria")
    assert "PDP" not in a1 and "APC" not in a1
    assert a2 == "Civilians (Nigeria)"


def test_party_supporters_still_act_as_the_party():
    a1, _ = names(("PDP supporters attacked APC members in Port Harcourt.",), "Riots", "Violent demonstration", "Nigeria")
    assert a1 == "Rioters (Nigeria)"  # ACLED's riots: the rioters, whoever they support
    dictionary = default_dictionary()
    found = [m.actor.name for m in dictionary.mentions("PDP supporters attacked APC members.", 0, "Nigeria")]
    assert found == ["PDP: People's Democratic Party", "APC: All Progressives Congress"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Workers under the NLC protested in the state capital.", "Nigeria"),
        ("Gunmen attacked a village in Agatu LGA.", "Nigeria"),
        ("Residents of a barangay fled the clashes.", "Philippines"),
        ("Protesters marched through the town.", None),
    ],
)
def test_country_cues_give_the_article_country(text, want):
    assert article_country(build_doc(text), default_dictionary()) == want


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            "Fulani herdsmen attacked {x}.",
            "A clash between Tiv and Jukun youths in {x} left two dead.",
            "Gunmen, believed to be Dogon, raided {x}.",
            "A PDP leader was shot in {x}.",
            "A vigilante mob lynched a thief in {x}.",
        ]
    ),
    st.text(alphabet="abcdefghij KLMNOP,.'-", min_size=0, max_size=30),
)
def test_mention_offsets_slice_the_text(template, filler):
    text = template.format(x=filler)
    for m in default_dictionary().mentions(text, 5, "Nigeria"):
        assert m.actor.start is not None and m.actor.end is not None
        assert text[m.actor.start - 5 : m.actor.end - 5] == m.actor.text


def test_attribution_keeps_unidentified_without_a_named_suspect():
    doc = build_doc("Gunmen killed three farmers near Bunia.", "The motive is not known.")
    a1, _, _ = assign_actors(doc, [(0, 40)], "Violence against civilians", "Attack", "Democratic Republic of Congo")
    assert a1 == Actor("Unidentified Armed Group (Democratic Republic of Congo)", 3, a1.start, a1.end, a1.text, a1.reason)


def test_suspicion_falling_on_a_group_names_it():
    first = "A bomb blast at a college in Kano killed eight people."
    doc = build_doc(first, "It was not yet clear who did it but suspicion fell on Boko Haram.")
    a1, _, why = assign_actors(doc, [(0, len(first))], "Explosions/Remote violence", "Remote explosive/landmine/IED", "Nigeria")
    assert a1.name.startswith("Boko Haram") and "suspected or blamed" in why


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["LGA", "NLC", "barangay", "Niger", "Delta", "Niger Delta", "lga", "FCT", "x", "the"]), max_size=8))
def test_country_cues_are_the_same_with_the_precheck(words):
    from sitrep.actors.precheck import tokens

    text = " ".join(words)
    d = default_dictionary()
    want = Counter()
    for form, country in (("LGA", "Nigeria"), ("NLC", "Nigeria"), ("barangay", "Philippines"), ("FCT", "Nigeria")):
        want[country] += len(re.findall(rf"(?<![\w'’-]){form}(?![\w-])", text))
    want[("Nigeria")] += text.count("Niger Delta")
    assert d.cue_countries(text, tokens(text)) == +want


def test_party_named_after_a_leader_who_speaks_is_still_the_party():
    found = [m.actor.name for m in default_dictionary().mentions("Leaders of the PDP said the APC attacked them.", 0, "Nigeria")]
    assert found == ["Civilians (Nigeria)", "APC: All Progressives Congress"]


@pytest.mark.parametrize(
    "sentence, country",
    [
        ("Fulani herdsmen were attacked by an unidentified armed group near Maihula.", "Nigeria"),
        ("Al-Shabaab fighters were ambushed by unknown gunmen near Baidoa.", "Somalia"),
    ],
)
def test_an_unidentified_doer_does_not_refer_back(sentence, country):
    a1, _ = names((sentence,), "Battles", "Armed clash", country)
    assert a1 == f"Unidentified Armed Group ({country})"


def test_unidentified_men_are_armed_not_civilians():
    a1, _ = names(("The commissioner was kidnapped by unidentified men in Osara.",), "Violence against civilians", "Abduction/forced disappearance", "Nigeria")
    assert a1 == "Unidentified Armed Group (Nigeria)"


def test_a_generic_noun_known_as_a_named_group_is_that_group():
    found = default_dictionary().mentions("A kingpin was arrested by the vigilante group known as the Civilian JTF.", 0, "Nigeria")
    assert [m.actor.text for m in found] == ["vigilante group", "Civilian JTF"]
    assert {m.actor.name for m in found} == {"Civilian JTF"}


@pytest.mark.parametrize(
    "text, want",
    [
        ("A Fulani group attacks Obangedde.", ["Fulani Ethnic Militia (Nigeria)"]),
        ("A suicide bomber struck a procession of a Shiite group in Garum Mallam.", []),
    ],
)
def test_an_identity_group_is_a_militia_only_when_it_acts(text, want):
    found = [m.actor.name for m in default_dictionary().mentions(text, 0, "Nigeria") if m.kind == "militia"]
    assert found == want
