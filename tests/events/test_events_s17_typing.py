"""Session 17, typing: phenomena the s17 smoke fixture showed (tests/events/s17_smoke).

People seized ("gunmen seize 14 passengers") are abducted, not ground taken (``ABDUCT`` and
``NOT_SEIZURE`` in cues.json); an event named only as what a probe, trial or anniversary is of
("blast probe", "massacre trial") and a violent event characterised afterwards ("called the
crackdown a massacre") are no new events (``META_WORD``); sides that "traded fire" clashed (``CLASH``)."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _subs(runner, text: str, day: date = date(2024, 6, 24)) -> list[str]:
    return [d.sub_event_type for d in runner.doc(text_article("s17t", text, day)).events or ()]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seize 14 passengers from a bus in Kaduna",
        "Armed men seized a dozen traders on the road to Bunia on Friday, a civil society leader said.",
        "Abu Sayyaf militants seized three fishermen off Jolo on Sunday, the coast guard said.",
        "Al Shabaab fighters seized two aid workers near Beledweyne on Thursday, officials said.",
    ],
)
def test_people_seized_are_abducted(runner, text):
    subs = _subs(runner, text)
    assert "Abduction/forced disappearance" in subs and "Non-state actor overtakes territory" not in subs


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Rebels seized the town of Kiwanja on Sunday after heavy fighting, residents said.", "Non-state actor overtakes territory"),
        ("Al Shabaab fighters seized the town of Mahaas on Monday after government troops withdrew, residents said.", None),
    ],
)
def test_ground_seized_is_still_territory(runner, text, sub):
    subs = _subs(runner, text)
    assert "Abduction/forced disappearance" not in subs
    if sub:
        assert sub in subs


@pytest.mark.parametrize(
    "text",
    [
        "Beirut blast probe still stalled five years on",
        "Massacre trial opens in Conakry",
        "Lagos bombing inquiry hears from survivors",
        "Kenya marks Westgate attack anniversary",
    ],
)
def test_a_probe_trial_or_anniversary_of_an_event_is_no_event(runner, text):
    assert _subs(runner, text) == []


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Police fired on a crowd in Nairobi on Tuesday, killing four. Rights groups called the shooting a massacre.", 1),
        ("Gunmen killed 12 farmers near Konduga on Saturday. Local leaders branded the killings a massacre.", 1),
    ],
)
def test_an_event_called_a_massacre_afterwards_is_one_event(runner, text, kept):
    assert len(_subs(runner, text)) == kept


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Troops and TTP militants traded heavy fire in North Waziristan on Monday, the army said.", "Armed clash"),
        ("Police and gang members swapped gunfire for two hours in Cite Soleil on Friday, residents said.", "Armed clash"),
    ],
)
def test_traded_fire_is_a_clash(runner, text, sub):
    assert sub in _subs(runner, text)


def test_traded_words_are_no_clash(runner):
    assert _subs(runner, "The two leaders traded barbs over the budget in Abuja on Monday.") == []


def test_a_bombing_with_its_own_investigation_is_still_coded(runner):
    text = ("Bomb blast kills three in Quetta market\n\nQUETTA (wire) — A bomb exploded in a crowded market in "
            "Quetta on Monday, killing three people, police said. Investigators are examining the remains.")
    assert "Remote explosive/landmine/IED" in _subs(runner, text)
