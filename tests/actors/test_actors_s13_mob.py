"""Session 13: mob justice is vigilantism, a group's other name is no second side, and the groups
and identity labels added for the ACLED notes, with sentences from many countries."""

from __future__ import annotations

import pytest
from conftest import build_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.actors.dictionary import default_dictionary
from sitrep.actors.roles import assign_actors, score_roles

MOB = ("Riots", "Mob violence")


def names(sentence: str, etype: str, sub: str, country: str | None) -> tuple[str, str | None, str]:
    doc = build_doc(sentence)
    a1, a2, why = assign_actors(doc, [(0, len(sentence))], etype, sub, country)
    return a1.name, a2.name if a2 else None, why


@pytest.mark.parametrize(
    "sentence, country",
    [
        ("A mob lynched a suspected thief at a market in Kampala.", "Uganda"),
        ("Residents beat two suspected robbers to death in Eldoret.", "Kenya"),
        ("Villagers set ablaze a man suspected of stealing a goat near Kananga.", "Democratic Republic of Congo"),
        ("An angry crowd burned alive two men accused of kidnapping children in Puebla.", "Mexico"),
        ("A mob killed a man for allegedly stealing cattle in Jharkhand.", "India"),
        ("Traders lynched a robbery suspect at the Ariaria market.", "Nigeria"),
        ("Two suspected kidnappers were killed by mob justice in Cochabamba.", "Bolivia"),
    ],
)
def test_mob_punishing_a_suspect_is_a_vigilante_militia(sentence: str, country: str) -> None:
    a1, _, why = names(sentence, *MOB, country)
    assert a1 == f"Vigilante Militia ({country})"
    assert "mob justice" in why


@pytest.mark.parametrize(
    "sentence, country",
    [
        # a mob that turns on police or on armed men stays rioters, whatever the suspicion
        ("A mob attacked two police officers trying to arrest a murder suspect in Abakaliki.", "Nigeria"),
        ("A mob attacked vigilantes accused of killing a labourer in Aba.", "Nigeria"),
        # no punishment of a suspect: rioters
        ("A mob burned shops and cars after a football match in Lubumbashi.", "Democratic Republic of Congo"),
        ("An angry mob attacked a journalist covering the rally in Karachi.", "Pakistan"),
    ],
)
def test_other_mobs_stay_rioters(sentence: str, country: str) -> None:
    a1, _, _ = names(sentence, *MOB, country)
    assert a1 == f"Rioters ({country})"


def test_mob_justice_is_only_read_in_mob_violence() -> None:
    """The same wording in an armed attack names no vigilantes: the rule is for mobs only."""
    a1, _, _ = names("Gunmen killed a man suspected of stealing cattle in Zamfara.", "Violence against civilians", "Attack", "Nigeria")
    assert a1 == "Unidentified Armed Group (Nigeria)"


def test_a_groups_other_name_is_not_the_other_side() -> None:
    """'X, or Y, clash with police': one side with two names against the police (listed first)."""
    a1, a2, _ = names(
        "Members of the BVYG, or Civilian JTF, clash with police in Maiduguri.", "Battles", "Armed clash", "Nigeria"
    )
    assert {a1, a2} == {"Police Forces of Nigeria", "BVYG: Borno Vigilance Youths Group"}


def test_two_groups_joined_by_and_stay_two_sides() -> None:
    a1, a2, _ = names("M23 rebels clashed with FDLR fighters near Rutshuru.", "Battles", "Armed clash", "Democratic Republic of Congo")
    assert {a1, a2} == {"M23: March 23 Movement", "FDLR: Democratic Forces for the Liberation of Rwanda"}


@given(st.sampled_from(["M23", "March 23 Movement"]), st.sampled_from([", or ", " (", ", also known as "]))
@settings(max_examples=20, deadline=None)
def test_apposition_keeps_one_mention(first: str, joiner: str) -> None:
    """Whatever the joiner, two names of one group give one scored mention, the first."""
    other = "March 23 Movement" if first == "M23" else "M23"
    text = f"Fighters of {first}{joiner}{other}{')' if joiner == ' (' else ''} attacked Bunagana."
    found = default_dictionary().mentions(text, 0, "Democratic Republic of Congo")
    scored = [s.mention.actor.text for s in score_roles(text, found, "Battles")]
    assert other not in scored
    assert any(first in t for t in scored)


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Members of MASSOB abducted a priest in Onitsha.", "MASSOB: Movement for the Actualization of a Sovereign State of Biafra"),
        ("Suspected members of the National Union of Road Transport Workers attacked traders in Ibadan.", "NURTW: National Union of Road Transport Workers"),
        ("Lashkar-e-Taiba militants attacked a police post in Kupwara.", "LeT: Lashkar-e-Taiba"),
        ("Lakurawa fighters raided two villages in Kebbi.", "Lakurawa"),
    ],
)
def test_groups_added_for_the_notes(sentence: str, want: str) -> None:
    a1, _, _ = names(sentence, "Violence against civilians", "Attack", None)
    assert a1 == want


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Two died in a clash between Iregwe and Rukuba youths in Bassa.", "Irigwe Ethnic Militia (Nigeria)"),
        ("Fourteen were killed in a clash between the Jukuns and Hausas in Ibi.", "Jukun Ethnic Militia (Nigeria)"),
    ],
)
def test_spellings_of_identity_labels(sentence: str, want: str) -> None:
    a1, _, _ = names(sentence, "Battles", "Armed clash", "Nigeria")
    assert a1 == want


def test_youths_hit_are_victims() -> None:
    a1, a2, _ = names("Gunmen killed three youths in Gao.", "Violence against civilians", "Attack", "Mali")
    """Young people killed are civilians, not rioters."""
    assert a1 == "Unidentified Armed Group (Mali)"
    assert a2 == "Civilians (Mali)"


@pytest.mark.parametrize(
    "sentence, country, want",
    [
        ("Members of the Andoni community attacked a police station in Okoro Ete.", "Nigeria", "Andoni Communal Militia (Nigeria)"),
        ("Members of the Agatu community attacked a group of herders in Odagbo.", "Nigeria", "Agatu Ethnic Militia (Nigeria)"),
        ("Gunmen from Odekpe and Echeno communities attacked Aguleri.", "Nigeria", "Odekpe Communal Militia (Nigeria)"),
        ("Members of the community attacked a health post in Tonj.", "South Sudan", "Unidentified Communal Militia (South Sudan)"),
    ],
)
def test_a_community_that_attacks_is_its_militia(sentence: str, country: str, want: str) -> None:
    a1, _, why = names(sentence, "Violence against civilians", "Attack", country)
    assert a1 == want
    assert "community" in why


def test_a_community_attacked_stays_civilians() -> None:
    a1, a2, _ = names("Gunmen attacked the Kajuru community, killing four.", "Violence against civilians", "Attack", "Nigeria")
    assert a1 == "Unidentified Armed Group (Nigeria)"
    assert a2 == "Civilians (Nigeria)"


def hinted_doc(sentence: str, hint: str | None):
    from dataclasses import replace

    doc = build_doc(sentence)
    return replace(doc, article=replace(doc.article, country=hint))


@pytest.mark.parametrize(
    "sentence, hint, where, want",
    [
        # one place read abroad does not outvote the input's country hint
        ("Police arrested 150 suspected militants near Ore.", "NG", "United States", "Police Forces of Nigeria"),
        ("Soldiers killed four voters in Bayan Dutse.", "NG", "China", "Military Forces of Nigeria"),
        # no hint: the event's place decides, as before
        ("Police arrested 150 suspected militants near Ore.", None, "United States", "Police Forces of the United States"),
        # hint and place agree
        ("Troops arrested two smugglers near Gao.", "ML", "Mali", "Military Forces of Mali"),
    ],
)
def test_country_hint_against_the_place(sentence: str, hint: str | None, where: str, want: str) -> None:
    doc = hinted_doc(sentence, hint)
    a1, _, _ = assign_actors(doc, [(0, len(sentence))], "Strategic developments", "Arrests", where)
    assert a1.name == want


def test_a_story_about_elsewhere_keeps_its_country_whatever_the_desk() -> None:
    """A Somalia desk's story whose places all lie in Kenya: the places outvote the hint."""
    from dataclasses import replace

    from sitrep.types import Place, Toponym

    sentence = "Police arrested 20 suspected militants in Mandera and Wajir, Kenya."
    doc = hinted_doc(sentence, "SO")
    kenya = Place("Mandera", 3.9, 41.8, "Kenya", "KE", feature_class="P")
    toponyms = tuple(
        Toponym(sentence.index(w), sentence.index(w) + len(w), w, replace(kenya, name=w)) for w in ("Mandera", "Wajir")
    )
    doc = replace(doc, toponyms=toponyms)
    a1, _, _ = assign_actors(doc, [(0, len(sentence))], "Strategic developments", "Arrests", "Kenya")
    assert a1.name == "Police Forces of Kenya"


@pytest.mark.parametrize(
    "sentence, country, want",
    [
        ("Militia members from Agila attacked Ojiogu village in a boundary dispute.", "Nigeria", "Agila Communal Militia (Nigeria)"),
        ("Clashes between militias of Share and Tsaragi continued into a second day.", "Nigeria", "Unidentified Communal Militia (Nigeria)"),
        ("Militias from neighbouring villages fought over grazing land near Marsabit.", "Kenya", "Unidentified Communal Militia (Kenya)"),
        # no place after the militia: an unidentified armed group, as before
        ("Militias attacked the village of Kirumba.", "Democratic Republic of Congo", "Unidentified Armed Group (Democratic Republic of Congo)"),
    ],
)
def test_a_militia_of_a_place_is_its_communal_militia(sentence: str, country: str, want: str) -> None:
    a1, a2, _ = names(sentence, "Battles", "Armed clash", country)
    assert a1 == want
    assert a2 != "Unidentified Armed Group (" + country + ")"  # the same militia is not its own enemy


def test_a_regions_militia_is_no_communal_militia() -> None:
    """'Militiamen from Darfur': read as a region by the geoparser, so no town's militia."""
    from dataclasses import replace

    from sitrep.types import Place, Toponym

    sentence = "Militiamen from Darfur attacked a market in Geneina."
    doc = build_doc(sentence)
    darfur = Place("Darfur", 13.0, 24.0, "Sudan", "SD", feature_class="L")
    doc = replace(doc, toponyms=(Toponym(16, 22, "Darfur", darfur),))
    a1, _, _ = assign_actors(doc, [(0, len(sentence))], "Violence against civilians", "Attack", "Sudan")
    assert a1.name == "Unidentified Armed Group (Sudan)"


@pytest.mark.parametrize(
    "text, government",
    [
        ("Youths from Alor-Uno in Nsukka Local Government invaded a neighbouring village.", False),
        ("A bomb exploded near the headquarters of Funtua local government in Katsina State.", False),
        ("The local government imposed a curfew in Jos.", True),
        ("The government deployed troops to Maiduguri.", True),
    ],
)
def test_a_districts_local_government_is_a_place(text: str, government: bool) -> None:
    found = [m.actor.name for m in default_dictionary().mentions(text, 0, "Nigeria")]
    assert ("Government of Nigeria" in found) is government


def test_a_community_invaded_is_no_militia() -> None:
    a1, _, _ = names(
        "Youths from Alor-Uno invaded the neighbouring Amaogbo community, destroying property.",
        "Violence against civilians", "Attack", "Nigeria",
    )
    assert "Amaogbo" not in a1
