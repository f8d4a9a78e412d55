"""Session 12 typing and tolls: ground taken back in the present tense of notes ("forces clear X
of militants"), ground fights with air support, armed men killing armed men, popular justice on
suspected criminals, intercepted objects (not people), destruction during an attack, nouns naming
an earlier event, mutual riots, protest wordings, and vague or qualified tolls ("a reported 60",
"a couple", "many")."""

from datetime import date

import pytest

from sitrep.events.counts import find_quantities
from sitrep.events.lexicon import load_lexicon
from sitrep.events.runner import EventRunner, best_draft, text_article
from typing_helpers import sub_type as _sub

_REGAINED, _TAKEN = "Government regains territory", "Non-state actor overtakes territory"






@pytest.mark.parametrize(
    "text, sub",
    [
        ("Malian troops clear Boulkessi of JNIM fighters after a two-day operation.", _REGAINED),
        ("FARDC soldiers dislodge M23 rebels from Kibumba on Sunday.", _REGAINED),
        ("Kala-Balge is captured from Boko Haram by military forces, residents say.", _REGAINED),
        ("Military forces regain control of several locations held by ISWAP in Borno.", _REGAINED),
        ("Burkinabe forces clear the jihadist camps in the forest near Djibo.", _REGAINED),
        ("Al-Shabaab fighters drove Somali troops out of the town of Moqokori.", _TAKEN),
    ],
)
def test_ground_taken_back_in_notes_and_news(text, sub):
    assert _sub(text) == sub


def test_it_is_not_clear_is_no_clearing_of_ground():
    assert _sub("It is not clear from the reports whether the attack on Kidal was planned.") not in {
        _REGAINED,
        _TAKEN,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese army ground troops backed by air strikes fought RSF fighters in Omdurman.",
        "The army launched an infantry assault on Tatmadaw-held Lashio with air support.",
    ],
)
def test_ground_fight_with_air_support_is_no_air_strike(text):
    assert _sub(text) not in {"Air/drone strike", "Shelling/artillery/missile attack"}


def test_a_plain_air_strike_stays():
    assert _sub("Russian warplanes struck a market in Idlib, killing nine civilians.") == "Air/drone strike"


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Suspected ADF militants killed three soldiers and a civilian near Beni.", "Armed clash"),
        ("Gunmen killed two members of a vigilante group at a checkpoint in Zamfara.", "Armed clash"),
        ("Gunmen killed 20 villagers and two soldiers in the Mopti region.", "Attack"),
        ("A lone gunman killed two police officers and a woman in Dallas.", "Attack"),
        ("Police say the suspect killed two people outside a bar in Tulsa.", "Attack"),
    ],
)
def test_killings_of_armed_men_by_armed_groups(text, sub):
    assert _sub(text) == sub


def test_state_forces_killing_fleeing_militants_is_a_clash():
    assert _sub("Troops encountered fleeing ISWAP fighters near Monguno, killed 30.") == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Vigilantes in Goma lynched two suspected thieves.",
        "A suspected kidnapper was beaten to death by a mob in Tegucigalpa.",
        "Residents of Kibera beat a suspected phone thief into a coma.",
    ],
)
def test_popular_justice_on_suspected_criminals_is_mob_violence(text):
    assert _sub(text) == "Mob violence"


def test_a_robbery_suspect_who_kills_is_no_mob():
    assert _sub("Residents said the robbery suspect shot and killed a shopkeeper in Monterrey.") != "Mob violence"


@pytest.mark.parametrize(
    "text, disrupted",
    [
        ("Israeli air defences intercepted two rockets fired from Gaza on Tuesday.", True),
        ("The parcels were intercepted by customs officers in Rotterdam before delivery.", True),
        ("Soldiers intercepted a group of ISWAP fighters near Monguno and repelled them.", False),
    ],
)
def test_intercepted_objects_not_people(text, disrupted):
    assert (_sub(text) == "Disrupted weapons use") is disrupted


def test_destruction_during_a_killing_is_the_attack():
    text = "Fulani militiamen attacked Yelwata, killing 12 villagers and burning down 40 houses."
    assert _sub(text) == "Attack"


def test_destruction_told_after_the_killing_types_the_event_as_the_attack(runner):
    text = (
        "Suspected cattle rustlers attack Lilo in Zamfara, killing fifty. "
        "The attackers also burnt some houses and destroyed other property."
    )
    best = best_draft(runner.doc(text_article("s12-lilo", text, date(2015, 5, 2))))
    assert best is not None and best.sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Dapchi, the site of a recent mass abduction of schoolgirls.",
        "Boko Haram attacks Chibok, the scene of a school girl abduction a month ago.",
    ],
)
def test_a_noun_naming_an_earlier_event_loses_to_the_news(text):
    assert _sub(text) == "Attack"


def test_a_parenthesis_ends_its_negation():
    assert _sub("During the week (date not known) troops battle ISWAP near Damasak.") == "Armed clash"


def test_rescued_hostages_are_no_abduction():
    assert _sub("Troops rescue 20 hostages from a forest camp in Zamfara.") != "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers converged on the state house in Yola to agitate for salary arrears.",
        "Teachers in Kinshasa protest the killing of a colleague by unknown gunmen.",
        "Nurses picketed the ministry in Harare to demand payment of their allowances.",
    ],
)
def test_protest_wordings(text):
    assert _sub(text) == "Peaceful protest"


def test_a_ransom_demand_is_no_protest():
    assert _sub("The kidnappers called the family in Kaduna to demand ransom.") != "Peaceful protest"


def test_a_before_clause_is_a_later_step_not_an_old_event(runner):
    text = "Students took to the roads before storming the assembly in Lagos in protest against fee hikes."
    best = best_draft(runner.doc(text_article("s12-before", text, date(2014, 6, 3))))
    assert best is not None and best.event_type == "Protests"


def test_a_mutual_riot_is_rioters_against_rioters(runner):
    text = "Election day violence reported between PDP and APC supporters in Ikirun, several injured."
    best = best_draft(runner.doc(text_article("s12-riot", text, date(2015, 4, 11))))
    assert best is not None and best.sub_event_type == "Mob violence"
    assert best.actor2 is not None and best.actor2.name.startswith("Rioters")


def _killed(text: str) -> list[int]:
    return [q.value for q in find_quantities(text, ()) if q.kind == "killed"]


@pytest.mark.parametrize(
    "text, toll",
    [
        ("Suspected militiamen attacked Djugu, killing a reported 60.", 60),
        ("Unknown gunmen killed a couple in their farm near Kaduna.", 2),
        ('Bandits attack Zurmi, killing "many" villagers.', 10),
        ("Unidentified gunmen kill a pharmacist in Enugu.", 1),
    ],
)
def test_vague_and_qualified_tolls(text, toll):
    assert toll in _killed(text)


def test_rhetorical_many_is_no_count():
    assert _killed("The region has seen so many deaths this year, the governor said.") == []


def test_deaths_an_event_follows_are_not_its_toll(runner):
    text = "Shiite members protest in Bauchi following the death of many of their members in Zaria."
    best = best_draft(runner.doc(text_article("s12-grief", text, date(2015, 12, 14))))
    assert best is not None and not best.fatalities


def test_every_new_cue_keeps_the_word_prefilter():
    lex = load_lexicon()
    assert lex.trigger_keys, "a cue without anchors disables the sentence prefilter"
    for cue in ("RETAKE", "CLEAR_OF", "GROUP_KILL", "JUSTICE_ACT", "JUSTICE_PASSIVE", "STATE_KILL", "INTERCEPTED"):
        assert lex.anchors[cue], cue


def test_a_bombing_stopped_by_troops_is_against_the_forces(runner):
    text = "Nigerian forces intercept a pair of suicide bombers attempting to enter Maiduguri."
    best = best_draft(runner.doc(text_article("s12-bomb-forces", text, date(2016, 1, 30))))
    assert best is not None and best.sub_event_type == "Suicide bomb"
    assert best.actor2 is not None and best.actor2.inter == 1


def test_a_market_bombing_stays_against_civilians(runner):
    text = "A suicide bomber blew herself up at a crowded bus station in Maroua, killing 19 people."
    best = best_draft(runner.doc(text_article("s12-bomb-civilians", text, date(2016, 1, 30))))
    assert best is not None and best.sub_event_type == "Suicide bomb"
    assert best.actor2 is None or best.actor2.inter != 1


def test_a_bare_toll_sentence_continues_the_event(runner):
    text = "Army troops dislodge ISWAP fighters from Marte, killing many of them. Two soldiers reported dead."
    best = best_draft(runner.doc(text_article("s12-toll-next", text, date(2021, 4, 20))))
    assert best is not None and best.fatalities == 12


def test_an_armed_gang_killing_people_is_an_attack():
    from datetime import date

    from sitrep.events.runner import text_article

    doc = EventRunner().doc(text_article(
        "g", "Gang members killed 12 people in the Port-au-Prince neighbourhood of Cite Soleil on Monday.",
        date(2024, 3, 15)))
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Attack", 12)]
    assert doc.events[0].place is not None and doc.events[0].place.name == "Port-au-Prince"
    # a robbery is still no political violence
    robbery = EventRunner().doc(text_article(
        "r", "Robbers killed a shopkeeper during a robbery on Monday.", date(2024, 3, 15)))
    assert all(e.event_type != "Violence against civilians" for e in robbery.events)
