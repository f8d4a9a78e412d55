"""Session 18, actors: the country of generic actors when the article never names it, and ACLED's
labels for a few state units and gangs.

A note read blind often names no country, yet its setting words do: a country cue ("woreda",
"naira", "cedis", ``country_cues.tsv``) or an identity that lives in one country ("Tiv", "Kikuyu",
``identities.tsv`` ``home``). These vote for the article's country, and when they agree on one
country that the text does not contradict, they outweigh an event place read abroad (a village
named like a town elsewhere). A demonym before "national(s)" names foreigners (no vote), and a
country's name inside a cue ("Niger Delta") is the cue's. State units carry ACLED's unit suffix
after the government period ("Police Forces of Mexico (2018-2024) National Guard")."""

from datetime import date

import pytest

from sitrep.actors.countries import split_unit
from sitrep.actors.dictionary import ActorDictionary, actor_country
from sitrep.actors.periods import dated_actor
from sitrep.actors.stage import setting_country
from sitrep.events.runner import EventRunner, best_draft, text_article
from sitrep.types import Actor, Article, Doc


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.bundled()


def _draft(runner, text: str, day: date = date(2024, 3, 10)):
    return best_draft(runner.doc(text_article("s18", text, day)))


def _doc(text: str) -> Doc:
    return Doc(Article(id="s18", text=text, content_hash="s18"))


# ----- setting words vote for a country ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, country",
    [
        ("Kikuyu youths blocked the road and stoned passing cars.", "Kenya"),
        ("Dogon militiamen burned granaries overnight.", "Mali"),
        ("Suspected Tiv militiamen raided the settlement.", "Nigeria"),
        ("Amhara militiamen ambushed a convoy on the highway.", "Ethiopia"),
        ("Lendu fighters torched a displacement camp.", "Democratic Republic of Congo"),
        ("Gunmen seized goods worth 3,000 cedis from traders.", "Ghana"),
        ("Farmers were shot dead in a kebele of the district.", "Ethiopia"),
        ("Shelling damaged homes in the hromada on Sunday.", "Ukraine"),
        ("Robbers took 2 million naira from a filling station.", "Nigeria"),
    ],
)
def test_setting_words_give_the_country(dictionary, text, country):
    assert setting_country(_doc(text), dictionary) == country


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified gunmen opened fire on a bus, killing four.",  # no setting word
        "Fulani herders clashed with farmers.",  # Fulani live in many countries: no home
        "Kikuyu and Tigrayan traders were robbed.",  # two countries' words: no single setting
        "Amhara militiamen crossed into Sudan and attacked farms.",  # the text names another country
    ],
)
def test_no_setting_country_when_the_words_do_not_agree_on_one(dictionary, text):
    assert setting_country(_doc(text), dictionary) is None


@pytest.mark.parametrize(
    "text, country",
    [
        ("Gunmen killed three farmers in Lilo kebele on Tuesday, woreda officials said.", "Ethiopia"),
        ("Kalenjin raiders attacked Daraga village at dawn, killing four people and driving away cattle.", "Kenya"),
        ("Tiv militia attacked a traditional ruler's palace in Giza, killing five.", "Nigeria"),
    ],
)
def test_setting_words_outweigh_a_place_read_abroad(runner, text, country):
    d = _draft(runner, text)
    assert d is not None and d.actor1.name.endswith(f"({country})"), d and d.actor1.name


def test_a_named_country_keeps_its_place(runner):
    d = _draft(runner, "Gunmen killed two traders at Eke market in Belgium and took goods worth 3,000 cedis.")
    assert d is not None and d.actor1.name.endswith("(Belgium)"), d and d.actor1.name


def test_generic_actors_take_the_setting_country_without_a_place(runner):
    d = _draft(runner, "Unidentified gunmen killed three farmers in a kebele of the woreda on Tuesday.")
    assert d is not None and d.actor1.name == "Unidentified Armed Group (Ethiopia)"
    assert d.actor2 is not None and d.actor2.name == "Civilians (Ethiopia)"


# ----- votes that are not the setting's --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, foreign",
    [
        ("Two Chinese nationals were kidnapped at a mining site.", "China"),
        ("A Nigerien national was beaten by a mob.", "Niger"),
        ("Kidnappers released three Turkish expatriates.", "Turkey"),
    ],
)
def test_foreign_nationals_cast_no_country_vote(dictionary, text, foreign):
    named, _ = dictionary.country_votes(text)
    assert foreign not in named


def test_a_demonym_of_forces_still_votes(dictionary):
    named, _ = dictionary.country_votes("Chinese troops patrolled the border.")
    assert named["China"] == 1


def test_a_country_name_inside_a_cue_is_the_cues(dictionary):
    text = "Militants blew up a pipeline in the Niger Delta."
    named, _ = dictionary.country_votes(text)
    assert "Niger" not in named
    assert dictionary.cue_countries(text)["Nigeria"] == 1


# ----- ACLED labels ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "of_text, split",
    [
        ("Mexico National Guard", ("Mexico", "National Guard")),
        ("Bangladesh Rapid Action Battalion", ("Bangladesh", "Rapid Action Battalion")),
        ("the United States", ("the United States", "")),
        ("Democratic Republic of Congo", ("Democratic Republic of Congo", "")),
    ],
)
def test_split_unit(of_text, split):
    assert split_unit(of_text) == split


@pytest.mark.parametrize(
    "name, day, as_of, label",
    [
        ("Police Forces of Mexico National Guard", date(2023, 5, 1), date(2025, 1, 1),
         "Police Forces of Mexico (2018-2024) National Guard"),
        ("Police Forces of Bangladesh Rapid Action Battalion", date(2020, 5, 1), date(2025, 1, 1),
         "Police Forces of Bangladesh (2009-2024) Rapid Action Battalion"),
        ("Military Forces of Bangladesh Border Guard Bangladesh", date(2025, 2, 1), date(2025, 3, 1),
         "Military Forces of Bangladesh (2024-) Border Guard Bangladesh"),
        ("Military Forces of Ivory Coast", date(2020, 12, 24), date(2021, 1, 1), "Military Forces of Ivory Coast (2011-)"),
        ("Military Forces of Brazil", date(2024, 6, 1), date(2024, 7, 1), "Military Forces of Brazil (2023-)"),
    ],
)
def test_state_units_carry_the_period_before_the_unit(name, day, as_of, label):
    assert dated_actor(Actor(name, 1), day, as_of).name == label


def test_a_unit_is_its_countrys_force(dictionary):
    assert actor_country("Police Forces of Mexico National Guard") == "Mexico"
    actor = dictionary.canonical("Police Forces of Bangladesh Rapid Action Battalion")
    assert actor is not None and actor.inter == 1


@pytest.mark.parametrize(
    "text, name",
    [
        ("Members of the Guardia Nacional clashed with gunmen of the Sinaloa Cartel in Culiacan, Sinaloa, "
         "leaving four dead.", "Police Forces of Mexico (2018-) National Guard"),
        ("RAB members arrested three suspected militants in Dhaka.",
         "Police Forces of Bangladesh (2009-) Rapid Action Battalion"),
        ("Border Guard Bangladesh troops opened fire on smugglers in Lalmonirhat, killing two.",
         "Military Forces of Bangladesh (2009-) Border Guard Bangladesh"),
        ("Gunmen of the Comando Vermelho opened fire on police in a favela of Rio de Janeiro, killing two "
         "officers.", "CV: Red Command"),
        ("Military police killed six suspects during an operation in the Mare complex in Rio de Janeiro.",
         "Military Forces of Brazil (2023-) Military Police"),
        ("Palestinian fighters attacked an Israeli army position in Khan Younis on Monday, killing two "
         "soldiers. The Qassam Brigades claimed the attack.", "Hamas Movement"),
        ("Fighters of the Segunda Marquetalia ambushed an army patrol in Tumaco, Narino, killing three "
         "soldiers.", "FARC Dissidents"),
    ],
)
def test_acled_labels(runner, text, name):
    d = _draft(runner, text)
    assert d is not None
    from sitrep.eval.acled import acled_labelled

    d = acled_labelled(d, date(2024, 3, 10))
    assert name in {d.actor1.name, d.actor2.name if d.actor2 else None}, (d.actor1.name, d.actor2)


def test_military_police_outside_brazil_are_not_brazils(runner):
    d = _draft(runner, "Military police detained two soldiers accused of looting in Kabul.")
    names = {d.actor1.name, d.actor2.name if d.actor2 else None} if d else set()
    assert names and not any(n and "Brazil" in n for n in names), names


def test_national_guard_outside_mexico_is_not_mexicos(runner):
    d = _draft(runner, "National Guard troops were deployed in Minneapolis after protesters set fire to a police "
                       "station, officials said.")
    names = {d.actor1.name, d.actor2.name if d.actor2 else None} if d else set()
    assert not any(n and "Mexico" in n for n in names), names


def test_identity_militias_use_acleds_country_spelling(dictionary):
    actor = dictionary.identity_militia("Hema", "Democratic Republic of the Congo")
    assert actor is not None and actor.name == "Hema Ethnic Militia (Democratic Republic of Congo)"
