"""Session 16b, typing round 8: what a sentence recalls does not speak for the story's event.

A background clause ("a week after gunmen stormed the hotel") runs on through a participle of
harm (", killing 20"), a relative clause on its place (", where hundreds were killed") and a
number's comma; its actors are no actors of the event the main clause states. The recalled event
itself is dropped, not made an event of its own: "a week after" dates it only relative to an event
whose own date is a guess, and ACLED codes such an event from its own reports. A responsibility
claim told between the event's sentences is the event's claim. A suicide bombing that killed
civilians in a crowded place keeps civilians as its victims, even if it went off at a checkpoint.
Talks that are under way are no agreement; a crowd with no cause is no protest; a curfew imposed
"after clashes" is the measure, and the clashes its cause."""

from datetime import date

import pytest
from typing_helpers import sub_type as _sub

from sitrep.events.modality import background_clause, background_spans
from sitrep.events.runner import EventRunner, text_article

_DAY = date(2024, 3, 12)


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _events(runner, text: str, day: date = _DAY):
    return list(runner.doc(text_article("s16b", text, day)).events or ())


# --- background clauses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("The raid came a week after al-Shabaab fighters overran a base near Kismayo, killing 12 soldiers.", "killing"),
        ("The strike came days after RSF fighters stormed a camp in El Fasher, wounding dozens.", "wounding"),
        ("It comes two weeks after gunmen attacked a church in Owo, leaving 40 worshippers dead.", "dead"),
        ("Residents gathered to mark one year since troops withdrew from the town, where hundreds of civilians were killed.", "killed"),
        ("Crowds marked six months since the attack on the festival, in which 1,200 people were killed.", "killed"),
    ],
)
def test_a_background_clause_runs_on_through_what_it_recalls(text, word):
    assert background_clause(text, text.index(word)) is not None


@pytest.mark.parametrize(
    "text, word",
    [
        # a main clause after the background clause is not in it
        ("A day after the army left, gunmen stormed the village of Kadia, killing 11.", "stormed"),
        ("Days after the ceasefire collapsed, militias shelled Tripoli's airport.", "shelled"),
    ],
)
def test_the_main_clause_after_it_is_not(text, word):
    assert background_clause(text, text.index(word)) is None


def test_background_spans_cover_each_recalled_clause():
    text = "The bombing came a week after gunmen stormed a hotel in Mogadishu, killing 20, and days after an assault on a base."
    spans = background_spans(text)
    assert spans and spans[0][0] == text.index("came a week after")
    assert any(lo <= text.index("killing") < hi for lo, hi in spans)
    assert any(lo <= text.index("assault") < hi for lo, hi in spans)
    assert not any(lo <= text.index("bombing") < hi for lo, hi in spans)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded at a market in Mogadishu on Monday, killing 14 people. The attack came a week after "
        "al-Shabaab gunmen stormed a hotel in the city, killing more than 20 people.",
        "A roadside bomb struck a minibus near Quetta on Sunday, killing nine passengers. The blast came two weeks after "
        "BLA fighters attacked a train in Bolan, killing 26 people.",
    ],
)
def test_actors_of_a_recalled_clause_do_not_speak_for_the_event(runner, text):
    events = _events(runner, text)
    assert events
    # neither the story's bombing nor any event of the story's days is the recalled group's
    assert all(d.actor1.name not in ("Al Shabaab", "BLA: Balochistan Liberation Army") for d in events)


def test_the_recalled_event_is_no_event_of_its_own(runner):
    text = (
        "Gunmen killed six farmers in Zamfara on Tuesday, police said. The attack came a week after bandits "
        "raided a village in Sokoto, abducting 30 women."
    )
    events = _events(runner, text)
    assert len(events) == 1
    assert events[0].sub_event_type == "Attack"


def test_actors_of_a_trailing_background_clause_are_dropped(runner):
    text = "Sudanese troops retook the town of Singa on Saturday, two months after RSF fighters seized it."
    (ev,) = _events(runner, text)
    assert ev.actor1.name != "Rapid Support Forces"


# --- responsibility claims between the event's sentences --------------------------------------


@pytest.mark.parametrize(
    "text, by",
    [
        (
            "A suicide bomber blew himself up at a rally in Bajaur on Sunday, killing 54 people. The blast ripped "
            "through a tent where party workers had gathered. Islamic State Khorasan claimed responsibility for the "
            "attack. Many of the wounded were taken to Peshawar. Officials condemned the bombing.",
            "Islamic State Khorasan",
        ),
        (
            "A car bomb exploded near a military checkpoint in Mogadishu on Saturday, killing eight people. The blast "
            "hit the checkpoint at midday. Al-Shabaab claimed responsibility for the bombing. Residents said the "
            "explosion damaged shops. The government condemned the attack.",
            "Al Shabaab",
        ),
    ],
)
def test_a_claim_between_the_event_sentences_is_its_claim(runner, text, by):
    events = _events(runner, text)
    lead = min(events, key=lambda d: min(e.start for e in d.evidence))
    assert lead.claim.status == "claimed"
    assert lead.actor1.name.startswith(by.split()[0])


# --- suicide bombings that killed civilians ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up in a crowded market near a police checkpoint in Maiduguri, killing 19 people.",
        "A suicide car bomb went off at a checkpoint in a crowded street in Mogadishu on Friday, killing 30. Most of "
        "the dead were civilians.",
        "A suicide bomber struck at a checkpoint outside a mosque in Peshawar, killing 12; many of the victims were "
        "worshippers.",
    ],
)
def test_a_suicide_bombing_that_killed_civilians_keeps_them(runner, text):
    ev = next(d for d in _events(runner, text) if d.sub_event_type == "Suicide bomb")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber rammed a car into a military checkpoint near Konduga on Sunday, killing three soldiers.",
        "A suicide bomber attacked an army base in Bulo Marer, the military said.",
    ],
)
def test_a_suicide_bombing_of_forces_stays_against_them(runner, text):
    ev = next(d for d in _events(runner, text) if d.sub_event_type == "Suicide bomb")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Military Forces of")


# --- talks, crowds, curfews -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ELN is in peace talks with the government.",
        "The Taliban have been in talks with US envoys in Doha for months.",
        "The group, which is in peace talks with Manila, denied involvement.",
        "Talks between the junta and the Arakan Army remain stalled.",
    ],
)
def test_talks_under_way_are_no_agreement(text):
    assert _sub(text) != "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels started peace talks with the government on Monday.",
        "The government and the guerrillas agreed to resume peace talks.",
    ],
)
def test_talks_that_start_stay_an_agreement(text):
    assert _sub(text) == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered in the main square as rebel fighters drove through the streets.",
        "Crowds lined the road to greet the returning president in Juba.",
    ],
)
def test_a_crowd_with_no_cause_is_no_protest(text):
    assert _sub(text) != "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered outside the governor's office to demand the release of the detained activists.",
        "Large crowds gathered in Khartoum on Thursday chanting against military rule.",
        "A crowd of supporters gathered outside the court in Lahore.",
    ],
)
def test_a_crowd_with_a_cause_is_a_protest(text):
    assert _sub(text) == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Curfew imposed in Baidoa after clashes",
        "Curfew declared in Jos following deadly clashes between youths",
        "A state of emergency was declared in Tigray amid fighting.",
        "Authorities imposed a dusk-to-dawn curfew in Kasese on Sunday.",
    ],
)
def test_a_curfew_after_violence_is_the_measure(text):
    assert _sub(text) == "Change to group/activity"


def test_anniversary_of_killings_is_no_new_event(runner):
    text = (
        "Hundreds gathered in Yola on Friday to mark two years since soldiers stormed the camp, where 30 "
        "displaced people were shot. Officials laid wreaths at a memorial."
    )
    assert not [d for d in _events(runner, text) if d.event_type == "Violence against civilians"]
