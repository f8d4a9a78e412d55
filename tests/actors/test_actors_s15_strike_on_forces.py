"""An unattributed strike on state or foreign forces: the default doer of air and drone strikes
(the host state's military) would be the target itself or its host, so with drone wording or a
target that is that very military the doer is an unidentified armed group, and the forces hit are
actor2. A strike on a non-state group keeps the state as its doer."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.events.runner import text_article

DAY = date(2024, 2, 10)


def _first(runner, text: str):
    events = list(runner.doc(text_article("s", text, DAY)).events or ())
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, target", [
    ("A drone attack on a US base in northeastern Jordan killed three American service members on Sunday.",
     "Military Forces of the United States"),
    ("A drone struck a Malian army post near Gao on Friday, killing four soldiers.", "Military Forces of Mali"),
    ("An air strike hit a Syrian army convoy near Deir ez-Zor on Friday, killing six soldiers.",
     "Military Forces of Syria"),
])
def test_unattributed_strike_on_forces(runner, text, target):
    e = _first(runner, text)
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1.name.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.name == target


@pytest.mark.parametrize("text, doer", [
    ("A drone strike killed 12 al-Shabaab fighters near Jilib on Friday, officials said.", "Military Forces of Somalia"),
    ("Air strikes hit rebel positions near Goma on Friday, killing nine M23 fighters.",
     "Military Forces of Democratic Republic of Congo"),
])
def test_strike_on_armed_group_keeps_the_state(runner, text, doer):
    e = _first(runner, text)
    assert e.actor1.name.startswith(doer.split(" of ")[0]) and e.actor1.inter == 1
