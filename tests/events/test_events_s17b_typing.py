"""Session 17b, typing and actors: misses of the blind s17 smoke fixture, fixed by phenomenon.

- A denial of reports ("the army denied reports that soldiers had clashed with ...", "dismissed
  rumours of a shootout") refutes the event it reports: ``markers.refuted`` in modality.json,
  looked for anywhere before the trigger, flags it negated.
- A perpetrator's own version ("the group said it had attacked soldiers") does not turn a reported
  killing of civilians into a battle, even when nobody contradicts it explicitly: the victims the
  report describes decide (events stage, ``_reported_type``)."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _drafts(runner, text: str, day: date = date(2024, 3, 14)):
    return list(runner.doc(text_article("s17b", text, day)).events or ())


# ---- denials of reports -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The Malian army on Tuesday denied reports that its soldiers had clashed with jihadists near Boni.",
        "Police in Culiacan dismissed rumours of a shootout in the city centre on Sunday.",
        "Ukraine's general staff rejected Russian claims that its troops had been ambushed near Kupiansk.",
        "The Somali government denies reports of an attack on its base in Bardhere",
        "Residents of Omdurman refuted social media posts that the RSF had shelled the central market.",
    ],
)
def test_a_denied_report_is_no_event(runner, text):
    assert _drafts(runner, text) == []


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Soldiers clashed with militants near Boni on Monday, the Malian army said.", "Armed clash"),
        ("Gunmen opened fire on a bus near Culiacan on Sunday, killing four passengers, police said.", "Attack"),
        # a denial of something else does not refute the event the sentence reports
        ("Al Shabaab fighters attacked an army base in Bardhere on Friday; the group denied that it used civilians as shields.", "Armed clash"),
    ],
)
def test_reports_without_a_denial_stay_events(runner, text, sub):
    assert sub in [d.sub_event_type for d in _drafts(runner, text)]


# ---- the perpetrator's version against the reported victims ------------------------------------

@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "Gunmen killed 14 villagers in Kilwa near the Zambian border on Thursday, provincial officials said, "
            "blaming the CODECO militia. CODECO said in a statement that it had attacked an army post and killed "
            "six soldiers.",
            "CODECO",
        ),
        (
            "JNIM fighters killed at least 30 civilians who were fetching water near Djibo on Sunday, local "
            "sources said. The group claimed it had targeted militia members.",
            "JNIM",
        ),
        (
            "Al Shabaab militants killed nine farmers near Afgooye on Monday, elders said. The group said it had "
            "attacked government soldiers in the area.",
            "Al Shabaab",
        ),
    ],
)
def test_reported_civilian_victims_outweigh_a_claimed_fight(runner, text, doer):
    drafts = _drafts(runner, text)
    assert drafts, text
    best = drafts[0]
    assert (best.event_type, best.sub_event_type) == ("Violence against civilians", "Attack")
    assert doer.lower() in best.actor1.name.lower()
    assert best.actor2 is not None and best.actor2.name.startswith("Civilians")


def test_a_claimed_fight_reported_as_a_fight_stays_a_battle(runner):
    text = ("Fighters of the Islamic State West Africa Province attacked a military base in Marte on Monday, "
            "killing several soldiers, officials said. The group said it had killed 20 soldiers.")
    types = [d.event_type for d in _drafts(runner, text)]
    assert "Battles" in types and "Violence against civilians" not in types


# ---- a measure taken after attacks: the attackers are its cause, not its actor --------------------

@pytest.mark.parametrize(
    "text, doer",
    [
        ("Chad's government declared a state of emergency in Lac province on Monday and imposed a curfew in "
         "the town of Bol, after a series of attacks by jihadists on army posts.", "Government of Chad"),
        ("Authorities in Cabo Delgado imposed a dusk-to-dawn curfew in Mocimboa da Praia on Friday, following "
         "raids by Islamic State fighters on nearby villages.", "Government of Mozambique"),
        ("Niger's government declared a state of emergency in Tillaberi on Monday and imposed a curfew in the "
         "town of Ayorou, amid repeated ambushes by militants on army patrols.", "Government of Niger"),
    ],
)
def test_a_measure_after_attacks_is_the_government_s(runner, text, doer):
    changes = [d for d in _drafts(runner, text) if d.sub_event_type == "Change to group/activity"]
    assert changes and changes[0].actor1.name == doer


# ---- a withdrawal under a ceasefire is a transfer, the ceasefire is only its frame ---------------

@pytest.mark.parametrize(
    "text",
    [
        "The Lebanese army deployed in the town of Naqoura on Sunday after Israeli troops withdrew from it, "
        "a handover under the ceasefire agreed last year, the army said.",
        "Russian forces pulled out of the village of Zaliznychne on Sunday under a local truce brokered by "
        "Turkey, and Ukrainian troops moved in, officials said.",
        "M23 rebels withdrew from Kibumba on Friday as part of the Luanda agreement, regional officials said.",
    ],
)
def test_a_withdrawal_under_a_ceasefire_is_a_transfer_of_territory(runner, text):
    assert "Non-violent transfer of territory" in [d.sub_event_type for d in _drafts(runner, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis said on Monday they withdrew from the talks under the UN plan.",
        "Sudan's army is expected to withdraw from the capital under the Jeddah agreement.",
    ],
)
def test_no_transfer_without_ground_given_up(runner, text):
    assert "Non-violent transfer of territory" not in [d.sub_event_type for d in _drafts(runner, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Troops repelled an attack by ISWAP on Monguno. The army said it killed 40 insurgents in a firefight that lasted hours.",
        "Soldiers beat back an assault by Al Shabaab on Balad. The army claimed 30 militants dead in a gunbattle.",
    ],
)
def test_an_attack_on_a_town_names_no_civilian_victims(runner, text):
    """Only victims the report names as civilians outweigh a claim: an attack on a town names none."""
    types = [d.event_type for d in _drafts(runner, text)]
    assert "Battles" in types and "Violence against civilians" not in types


# ---- an operation against an armed gang that kills is a fight, not an attack on civilians ---------

@pytest.mark.parametrize(
    "text, target",
    [
        ("A police operation against the Comando Vermelho gang in the favelas of Rio de Janeiro on Tuesday "
         "killed 64 people, including four police officers, state authorities said.", "CV: Red Command"),
        ("A military operation against Gulf Clan fighters in rural Antioquia on Sunday left nine people dead, "
         "the army said.", "Clan del Golfo"),
        ("A police raid on a gang hideout in Cite Soleil, Port-au-Prince, on Thursday killed 12 people, officials said.",
         None),
    ],
)
def test_an_operation_against_a_gang_is_an_armed_clash(runner, text, target):
    drafts = _drafts(runner, text)
    assert drafts and drafts[0].sub_event_type == "Armed clash"
    if target:
        assert drafts[0].actor2 is not None and drafts[0].actor2.name.startswith(target)


def test_shots_at_officers_before_drones_are_no_air_defence(runner):
    text = "Gang members fired at officers and used drones to drop explosives in Rio de Janeiro on Tuesday, police said."
    assert "Disrupted weapons use" not in [d.sub_event_type for d in _drafts(runner, text)]


def test_shots_at_drones_are_still_air_defence(runner):
    text = "Ukrainian soldiers fired at two Russian drones over Kharkiv on Monday night, officials said."
    assert "Disrupted weapons use" in [d.sub_event_type for d in _drafts(runner, text)]
