"""Session 17, actors: phenomena the s17 smoke fixture showed (tests/events/s17_smoke).

Manipur's Meitei and Kuki armed men are ethnic militias (``identities.tsv``); arrested or seized
activists and staff members are civilians (``generic.tsv``); Brazil's prison gangs are named
(``named.json``); a headline's "gunmen" give way to the group a country's generic noun names in
the body ("separatists" in Cameroon, ``local_names.tsv``); in force used on a protest the
protesters are never actor1, whatever their own verbs ("protesters took to the streets")."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _events(runner, text: str, day: date = date(2024, 6, 24)):
    return list(runner.doc(text_article("s17a", text, day)).events or ())


def _names(drafts):
    return {(d.actor1.name, d.actor2.name if d.actor2 else None) for d in drafts}


@pytest.mark.parametrize(
    "text, side",
    [
        ("IMPHAL (wire) — Suspected Kuki militants opened fire on Meitei farmers in a paddy field near Moirang "
         "in Manipur on Tuesday, killing two, police said.", "Kuki Ethnic Militia (India)"),
        ("IMPHAL (wire) — Meitei militiamen and Kuki gunmen traded fire for hours near Churachandpur "
         "in Manipur on Sunday, officials said.", "Meitei Ethnic Militia (India)"),
        ("IMPHAL (wire) — Suspected Meitei militants torched a church in Kangpokpi district of Manipur on "
         "Sunday, police said.", "Meitei Ethnic Militia (India)"),
    ],
)
def test_manipur_armed_men_are_ethnic_militias(runner, text, side):
    drafts = _events(runner, text)
    assert drafts and side in {n for pair in _names(drafts) for n in pair}


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Security agents in Kinshasa detained two rights activists on Wednesday, their lawyer said.",
         "Civilians (Democratic Republic of Congo)"),
        ("Police in Harare arrested four activists at a press conference on Friday, a lawyers' group said.",
         "Civilians (Zimbabwe)"),
        ("Militants seized three staff members of a medical charity near Kidal on Monday, the charity said.",
         "Civilians (Mali)"),
    ],
)
def test_activists_and_staff_are_civilians(runner, text, victims):
    drafts = _events(runner, text)
    assert drafts and drafts[0].actor2 is not None and drafts[0].actor2.name == victims


@pytest.mark.parametrize(
    "text, gang",
    [
        ("SAO PAULO (wire) — Police killed three members of the Primeiro Comando da Capital in a shootout in "
         "Guaruja on Friday, officials said.", "PCC: First Capital Command"),
        ("RIO DE JANEIRO (wire) — Gunmen of the Comando Vermelho fired on a police patrol in Niteroi on Monday, "
         "wounding two officers, police said.", "CV: Red Command"),
    ],
)
def test_brazil_gangs_are_named(runner, text, gang):
    drafts = _events(runner, text)
    assert drafts and gang in {n for pair in _names(drafts) for n in pair}


@pytest.mark.parametrize(
    "text, group",
    [
        ("Gunmen kidnap six nurses near Mamfe\n\nBUEA, Cameroon (wire) — Armed separatists abducted six nurses "
         "from a health centre near Mamfe in the South-West region on Tuesday, a hospital official said.",
         "Ambazonian Separatists"),
        ("Gunmen kill two traders in Cameroon's Ndop\n\nBAMENDA (wire) — Separatist fighters shot dead two "
         "traders at a market in Ndop on Friday, residents said.", "Ambazonian Separatists"),
    ],
)
def test_the_body_names_the_group_by_its_countrys_noun(runner, text, group):
    drafts = _events(runner, text)
    assert drafts and drafts[0].actor1.name == group


@pytest.mark.parametrize(
    "text",
    [
        "KINSHASA (wire) — Protesters took to the streets of Goma on Wednesday against the UN mission, and "
        "soldiers opened fire on the crowd, killing six, officials said.",
        "Dozens killed as security forces fire on protesters in Khartoum\n\nKHARTOUM (wire) — Protesters "
        "marched on the presidential palace on Thursday, and security forces fired live rounds at them, "
        "killing 12, medics said.",
    ],
)
def test_force_used_on_a_protest_has_the_forces_as_actor1(runner, text):
    drafts = [d for d in _events(runner, text) if d.sub_event_type == "Excessive force against protesters"]
    assert drafts and not drafts[0].actor1.name.startswith("Protesters")
