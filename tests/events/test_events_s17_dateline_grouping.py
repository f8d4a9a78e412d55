"""Session 17, grouping: a dateline is where the story was filed, not a place of the event.

"HILLA, Iraq — Gunmen attacked a convoy ..." then "... came under fire near the town of
Hashimiya": one attack told in two sentences. Once all-capital datelines were read as places
(places round 8), the dateline town made the lead's event look like it happened somewhere else
than the next sentence's, and the attack split in two (found in the bundled Hilla example)."""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


CASES = [
    "MOPTI, Mali — Gunmen attacked a bus on Monday and at least 11 passengers were killed, officials said.\n\n"
    "The bus was travelling to Bandiagara when it came under fire near the town of Bankass. Three of the "
    "attackers also died in the exchange of fire that followed, an official said.",
    "HILLA, Iraq — Gunmen attacked a police convoy on Monday and at least six policemen were killed, a police "
    "officer said.\n\nThe convoy was driving to Karbala when it came under fire near the town of Musayyib. "
    "Two of the attackers also died in the fighting that followed, the officer said.",
    "MAIDUGURI, Nigeria (AP) — Insurgents attacked a military convoy on Sunday and at least nine soldiers were "
    "killed, a security source said.\n\nThe convoy was heading to Damboa when it came under fire near the town "
    "of Konduga. Four of the attackers also died in the fighting that followed, the source said.",
]


@pytest.mark.parametrize("text", CASES)
def test_dateline_town_does_not_split_one_attack(runner, text):
    doc = runner.doc(text_article("s17d", text, date(2024, 6, 25)))
    violent = [d for d in doc.events or () if d.event_type in ("Battles", "Violence against civilians")]
    assert len(violent) == 1, [(d.sub_event_type, d.location, d.fatalities) for d in violent]
