"""actor1/actor2 from the wording of hand-written evidence, across many conflicts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitrep.actors.dictionary import default_dictionary
from sitrep.actors.roles import assign_actors
from sitrep.actors.stage import article_country, find_actors
from sitrep.types import Article, Doc, Place, Sentence, Toponym


from conftest import build_doc


def doc_of(*sentences: str) -> Doc:
    return build_doc(*sentences)


def roles(text: str, event_type: str, sub: str, country: str | None) -> tuple[str, str | None, int, str]:
    doc = doc_of(text)
    a1, a2, why = assign_actors(doc, [(0, len(text))], event_type, sub, country)
    return a1.name, (a2.name if a2 else None), a1.inter, why


@pytest.mark.parametrize(
    "text, etype, sub, country, a1, a2",
    [
        (
            "At least 12 villagers were killed when gunmen attacked Koulogon.",
            "Violence against civilians",
            "Attack",
            "Mali",
            "Unidentified Armed Group (Mali)",
            "Civilians (Mali)",
        ),
        (
            "Five soldiers were killed by al-Shabaab fighters near Afgoye.",
            "Battles",
            "Armed clash",
            "Somalia",
            "Al Shabaab",
            "Military Forces of Somalia",
        ),
        (
            "M23 rebels attacked FARDC positions in Rutshuru.",
            "Battles",
            "Armed clash",
            "Democratic Republic of Congo",
            "M23: March 23 Movement",
            "Military Forces of Democratic Republic of Congo",
        ),
        (
            "The Tatmadaw bombed the village, killing eight villagers.",
            "Explosions/Remote violence",
            "Air/drone strike",
            "Myanmar",
            "Military Forces of Myanmar",
            "Civilians (Myanmar)",
        ),
        (
            "ELN guerrillas ambushed a police patrol in Arauca.",
            "Battles",
            "Armed clash",
            "Colombia",
            "ELN: National Liberation Army",
            "Police Forces of Colombia",
        ),
        (
            "CJNG gunmen killed four people at a bar in Celaya.",
            "Violence against civilians",
            "Attack",
            "Mexico",
            "CJNG: Jalisco New Generation Cartel",
            "Civilians (Mexico)",
        ),
        (
            "Fulani herdsmen attacked farmers in Agatu, killing 20.",
            "Violence against civilians",
            "Attack",
            "Nigeria",
            "Fulani Ethnic Militia (Nigeria)",
            "Civilians (Nigeria)",
        ),
        (
            "An Israeli airstrike killed five Hamas fighters in Khan Younis.",
            "Explosions/Remote violence",
            "Air/drone strike",
            "Palestine",
            "Military Forces of Israel",
            "Hamas Movement",
        ),
        (
            "Police fired tear gas on protesters in Nairobi.",
            "Protests",
            "Excessive force against protesters",
            "Kenya",
            "Police Forces of Kenya",
            "Protesters (Kenya)",
        ),
        (
            "Thousands of demonstrators marched through Khartoum.",
            "Protests",
            "Peaceful protest",
            "Sudan",
            "Protesters (Sudan)",
            None,
        ),
    ],
)
def test_roles_across_conflicts(text, etype, sub, country, a1, a2):
    got1, got2, _, why = roles(text, etype, sub, country)
    assert (got1, got2) == (a1, a2), why


def test_passive_victims_and_the_attacked_convoy():
    text = (
        "At least 30 inmates and four police officers were killed on Monday when militants attacked "
        "a police convoy transferring prisoners, officials said."
    )
    a1, a2, _, _ = roles(text, "Battles", "Armed clash", "Nigeria")
    assert a1 == "Unidentified Armed Group (Nigeria)"
    assert a2 == "Police Forces of Nigeria"  # a battle's other side is armed, not the inmates
    a1, a2, _, _ = roles(text, "Violence against civilians", "Attack", "Nigeria")
    assert a2 == "Civilians (Nigeria)"


def test_reduced_passive_headline_victims_are_not_agents():
    a1, a2, _, _ = roles(
        "Dozens of inmates, several guards and police officers killed", "Battles", "Armed clash", "Iraq"
    )
    assert a1 == "Unidentified Armed Group (Iraq)" and a2 == "Police Forces of Iraq"


def test_a_claimant_is_the_agent():
    a1, _, _, why = roles(
        "Boko Haram claimed the attack on the market in Konduga.",
        "Violence against civilians",
        "Attack",
        "Nigeria",
    )
    assert a1.startswith("Boko Haram") and "claims" in why


def test_a_source_is_not_a_participant():
    a1, a2, _, _ = roles(
        "Gunmen killed three traders near Zamfara, police said.",
        "Violence against civilians",
        "Attack",
        "Nigeria",
    )
    assert (a1, a2) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_foreign_forces_are_external():
    name, _, inter, _ = roles(
        "Russian forces shelled Kharkiv, killing three civilians.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "Ukraine",
    )
    assert (name, inter) == ("Military Forces of Russia", 8)


def test_defaults_when_nobody_is_named():
    a1, a2, inter, why = roles(
        "An explosion killed three people in a market.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "Somalia",
    )
    assert (a1, a2, inter) == ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)", 3)
    assert "default" in why
    a1, a2, _, _ = roles("The town changed hands.", "Battles", "Non-state actor overtakes territory", "Mali")
    assert a2 == "Military Forces of Mali"


def test_definite_fighters_and_pronouns_refer_to_the_salient_group():
    doc = doc_of(
        "Al-Shabaab fighters attacked a base in Lower Shabelle.",
        "Al-Shabaab later said it held the area.",
        "The fighters also seized the town of Jilib.",
        "They have taken over the airstrip too, residents said.",
    )
    s3, s4 = doc.sentences[2], doc.sentences[3]
    a1, _, why = assign_actors(
        doc, [(s3.start, s3.end)], "Battles", "Non-state actor overtakes territory", "Somalia"
    )
    assert a1.name == "Al Shabaab" and "refers back" in why
    a1, a2, why = assign_actors(
        doc, [(s4.start, s4.end)], "Battles", "Non-state actor overtakes territory", "Somalia"
    )
    assert a1.name == "Al Shabaab" and a2.name == "Military Forces of Somalia"


def test_bare_gunmen_stay_unidentified_even_next_to_a_known_group():
    doc = doc_of(
        "Boko Haram is active in Borno.",
        "Boko Haram has attacked before.",
        "Gunmen killed four farmers near Biu.",
    )
    s = doc.sentences[2]
    a1, _, _ = assign_actors(doc, [(s.start, s.end)], "Violence against civilians", "Attack", "Nigeria")
    assert a1.name == "Unidentified Armed Group (Nigeria)"


def test_actor1_is_never_none_and_country_may_be_unknown():
    doc = doc_of("Something happened.")
    a1, a2, _ = assign_actors(doc, [(0, 19)], "Riots", "Mob violence", None)
    assert a1.name == "Rioters" and a1.inter == 5
    assert a2 is not None and a2.name == "Civilians"  # no country known: no parenthesis


def test_stage_country_prefers_places_over_demonyms():
    doc = doc_of(
        "U.S. officials and American diplomats met.", "The U.S. envoy spoke.", "Gunmen attacked Gao."
    )
    d = default_dictionary()
    assert article_country(doc, d) == "United States"
    gao = Place("Gao", 16.27, -0.04, "Mali", "ML")
    tops = tuple(
        Toponym(doc.article.text.index("Gao"), doc.article.text.index("Gao") + 3, "Gao", gao)
        for _ in range(2)
    )
    doc = replace(doc, toponyms=tops)
    assert article_country(doc, d) == "Mali"
    found = find_actors(doc, d)
    assert [a.name for a in found if a.text == "Gunmen"] == ["Unidentified Armed Group (Mali)"]
    assert all(doc.article.text[a.start : a.end] == a.text for a in found)


def test_actors_and_quantities_stages_run_in_a_pipeline():
    from sitrep.pipeline import Pipeline

    text = "Nigerian troops repelled Boko Haram fighters near Bama.\nTwelve insurgents were killed, the army said."
    doc = Pipeline(["sentences", "quantities", "actors"])(Doc(Article("p", text, "h")))
    assert [a.name for a in doc.actors][:2] == [
        "Military Forces of Nigeria",
        "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad",
    ]
    assert all(text[a.start : a.end] == a.text for a in doc.actors)
    assert [(q.kind, q.value) for q in doc.quantities] == [("killed", 12)]


def test_a_list_of_victims_shares_one_role():
    doc = doc_of("Villagers, traders and soldiers were killed when bandits stormed the market in Zurmi.")
    from sitrep.actors.roles import score_roles

    d = default_dictionary()
    scores = score_roles(doc.article.text, d.mentions(doc.article.text, 0, "Nigeria"), "Battles")
    by_text = {s.mention.actor.text: s for s in scores}
    assert all(by_text[t].patient > by_text[t].agent for t in ("Villagers", "traders", "soldiers"))
    assert by_text["bandits"].agent > by_text["bandits"].patient
