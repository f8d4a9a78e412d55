"""Session 18b actor phenomena: a worldwide group's local branch, a group named only as the
background of an act, a strike's named target, burned civilian property, and the doer of a
roundup headline's other clause."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.actors.branches import branch_of
from sitrep.actors.roles import assign_actors
from sitrep.types import Actor, Article, Doc, Sentence

from conftest import build_doc


def _actors(*sentences: str, etype: str, sub: str, country: str, on: date | None = None):
    doc = build_doc(*sentences)
    doc = Doc(Article("t", doc.article.text, "h", published=on), sentences=doc.sentences)
    return assign_actors(doc, [(s.start, s.end) for s in doc.sentences], etype, sub, country, on)


# --- a worldwide group's branch, by country (branches.tsv) -------------------------------------


@pytest.mark.parametrize(
    "sentence, country, want",
    [
        ("Islamic State fighters ambushed a patrol near Menaka, killing six soldiers.", "Mali",
         "Islamic State Sahel Province"),
        ("ISIS militants attacked an army post near Djibo, killing 12 soldiers.", "Burkina Faso",
         "Islamic State Sahel Province"),
        ("IS fighters attacked a base near Monguno, killing five soldiers.", "Nigeria",
         "Islamic State West Africa Province"),
        ("Islamic State fighters attacked a checkpoint in Kabul, killing four policemen.", "Afghanistan",
         "Islamic State Khorasan Province"),
        ("ISIS militants attacked an army post near Beni, killing three soldiers.",
         "Democratic Republic of Congo", "Islamic State Central Africa Province"),
        ("Islamic State fighters attacked a Puntland army base in the Cal Miskaad hills.", "Somalia",
         "Islamic State Somalia Province"),
        ("Islamic State fighters attacked an army position near Raqqa, killing two soldiers.", "Syria",
         "Islamic State"),  # no province: the core group
    ],
)
def test_a_generic_islamic_state_is_its_branch_in_the_country(sentence, country, want):
    a1, _, why = _actors(sentence, etype="Battles", sub="Armed clash", country=country, on=date(2024, 6, 1))
    assert a1.name == want, why


def test_a_place_of_the_article_picks_another_branch_of_the_same_country():
    sahel = "Islamic State fighters attacked soldiers near Tillaberi, killing seven."
    diffa = "Islamic State fighters attacked soldiers near Bosso in the Diffa region, killing seven."
    on = date(2024, 6, 1)
    assert _actors(sahel, etype="Battles", sub="Armed clash", country="Niger", on=on)[0].name == (
        "Islamic State Sahel Province"
    )
    assert _actors(diffa, etype="Battles", sub="Armed clash", country="Niger", on=on)[0].name == (
        "Islamic State West Africa Province"
    )


def test_a_branch_follows_the_day_of_the_event():
    actor = Actor("Islamic State", 2)
    assert branch_of(actor, "Mozambique", date(2021, 3, 24)).name == "Islamic State Central Africa Province"
    assert branch_of(actor, "Mozambique", date(2023, 3, 24)).name == "Islamic State Mozambique Province"
    assert branch_of(actor, None, date(2023, 3, 24)).name == "Islamic State"
    assert branch_of(Actor("Al Shabaab", 2), "Somalia", date(2023, 3, 24)).name == "Al Shabaab"


# --- a group named as the background of the act ("amid a war between ...") ---------------------


@pytest.mark.parametrize(
    "sentence, country, want",
    [
        ("Gunmen burst into a bar in Culiacan on Friday and left four men dead, amid a turf war between "
         "factions of the Sinaloa Cartel.", "Mexico", "Unidentified Armed Group (Mexico)"),
        ("Gunmen on motorbikes sprayed a bar in Bamenda with bullets, leaving three dead, amid a long "
         "conflict with the Ambazonian separatists.", "Cameroon", "Unidentified Armed Group (Cameroon)"),
        ("Armed men killed five villagers near Bunia amid a rivalry between CODECO factions.",
         "Democratic Republic of Congo", "Unidentified Armed Group (Democratic Republic of Congo)"),
    ],
)
def test_a_group_named_as_the_background_is_not_the_doer(sentence, country, want):
    a1, _, why = _actors(sentence, etype="Violence against civilians", sub="Attack", country=country)
    assert a1.name == want, why


def test_a_group_that_did_it_amid_a_war_stays_the_doer():
    sentence = "Al-Shabaab fighters killed six traders in Afgoye amid the war with the government."
    a1, _, why = _actors(sentence, etype="Violence against civilians", sub="Attack", country="Somalia")
    assert a1.name == "Al Shabaab", why


# --- a strike's named target outranks the civilians it killed -----------------------------------


@pytest.mark.parametrize(
    "sentences, country, doer, want",
    [
        (("US airstrikes on a port in Hodeidah killed 20 people.",
          "The US military said it targeted fuel depots that supply the Houthis."),
         "Yemen", "Military Forces of the United States", "Houthi Movement"),
        (("A drone strike on a village near Jilib killed seven people.",
          "The army said the strike targeted a meeting of al-Shabaab commanders."),
         "Somalia", "Military Forces of Somalia", "Al Shabaab"),
    ],
)
def test_a_strike_named_as_aimed_at_an_armed_side_is_on_that_side(sentences, country, doer, want):
    etype, sub = "Explosions/Remote violence", "Air/drone strike"
    a1, a2, why = _actors(*sentences, etype=etype, sub=sub, country=country)
    assert (a1.name, a2.name if a2 else None) == (doer, want), why


def test_a_strike_on_civilians_with_no_side_targeted_keeps_the_civilians():
    a1, a2, why = _actors(
        "Russian missiles struck a shopping centre in Kharkiv, killing 14 people.",
        etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", country="Ukraine",
    )
    assert a2 is not None and a2.name == "Civilians (Ukraine)", why


# --- burned or destroyed property of civilians --------------------------------------------------


@pytest.mark.parametrize(
    "sentence, country",
    [
        ("Fano fighters set fire to a dozen lorries on the road to Bahir Dar.", "Ethiopia"),
        ("Gang members torched homes in the Carrefour neighbourhood.", "Haiti"),
        ("Arakan Army fighters destroyed several fishing boats near Sittwe.", "Myanmar"),
    ],
)
def test_burned_property_of_civilians_has_the_civilians_as_target(sentence, country):
    _, a2, why = _actors(sentence, etype="Strategic developments", sub="Looting/property destruction",
                         country=country)
    assert a2 is not None and a2.name == f"Civilians ({country})", why


def test_a_plain_looting_raid_keeps_no_target():
    _, a2, why = _actors(
        "ADF fighters raided the town of Eringeti, looting shops before withdrawing.",
        etype="Strategic developments", sub="Looting/property destruction",
        country="Democratic Republic of Congo",
    )
    assert a2 is None, why


# --- a roundup headline: each event's own doer --------------------------------------------------


def _headline_doc(title: str, body: str) -> tuple[Doc, list[tuple[int, int]]]:
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    sents = (Sentence(0, len(title), title), Sentence(start, len(text), body))
    doc = Doc(Article("t", text, "h", title=title), sentences=sents)
    return doc, [(0, len(title)), (start, len(text))]


@pytest.mark.parametrize(
    "title, body, country, want",
    [
        ("Ukrainian drones hit Belgorod depot; Russian strikes kill five in Kharkiv",
         "Russian missile strikes on an industrial district of the eastern city of Kharkiv killed five "
         "people.",
         "Ukraine", "Military Forces of Russia"),
        ("SPLM-N shells Kadugli; RSF drone kills 12 in El Fasher",
         "An RSF drone strike on a crowded market in the besieged city of El Fasher killed 12 people.",
         "Sudan", "Rapid Support Forces"),
    ],
)
def test_a_headline_clause_of_another_event_gives_no_doer(title, body, country, want):
    doc, spans = _headline_doc(title, body)
    etype, sub = "Explosions/Remote violence", "Shelling/artillery/missile attack"
    a1, _, why = assign_actors(doc, spans, etype, sub, country)
    assert a1.name == want, why


def test_a_one_clause_headline_keeps_its_doer():
    doc, spans = _headline_doc(
        "Boko Haram kills nine farmers in Borno",
        "Gunmen attacked farmers working their fields near Damboa, killing nine, residents said.",
    )
    a1, _, why = assign_actors(doc, spans, "Violence against civilians", "Attack", "Nigeria")
    assert a1.name.startswith("Boko Haram"), why
