"""Session 16e: terse ACLED-style coder notes from other countries than the dev set's Nigeria.

``s16e_acled_style.tsv`` holds 94 notes written for this test in the register of ACLED's event
descriptions ("JNIM militants attacked a FAMa position in Boni (Douentza, Mopti). 4 soldiers
killed."), from some twenty countries, each with the coding expected before any run: sub-event
type, actor1 and actor2 under ACLED's canonical names (no period: ``periods.tsv`` labels are
tested elsewhere), location and fatalities. Each note runs as the ACLED evaluation runs it: an
article of its own, the event's day as published, no country hint. The floors hold the matched
share of each field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.events.runner import EventRunner, best_draft, text_article

FIXTURE = Path(__file__).with_name("s16e_acled_style.tsv")

# measured at the end of session 16e: type 0.883, actor1 0.968, location 0.872, fatalities 0.979
# (before its aliases: actor1 0.872, location 0.862); floors a little below
FLOORS = {"type": 0.86, "actor1": 0.94, "location": 0.85, "fatalities": 0.95}


def load() -> list[dict[str, str]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        day, sub, a1, a2, loc, fat, note = line.split("\t")
        rows.append({"date": day, "sub": sub, "actor1": a1, "actor2": a2, "location": loc, "fatalities": fat, "note": note})
    return rows


def score(runner: EventRunner, row: dict[str, str]) -> dict[str, object]:
    art = text_article("s16e", row["note"], date.fromisoformat(row["date"]))
    d = best_draft(runner.doc(art))
    if d is None:
        return {"type": False, "actor1": False, "actor2": False, "location": False, "fatalities": row["fatalities"] == "0", "got": None}
    names = {n.casefold() for n in row["location"].split("|")}
    return {
        "type": d.sub_event_type == row["sub"],
        "actor1": d.actor1 is not None and d.actor1.name == row["actor1"],
        "actor2": (d.actor2.name if d.actor2 else "") == row["actor2"],
        "location": d.place is not None and d.place.name.casefold() in names,
        "fatalities": (d.fatalities or 0) == int(row["fatalities"]),
        "got": (d.sub_event_type, d.actor1.name if d.actor1 else None, d.actor2.name if d.actor2 else None,
                d.place.name if d.place else None, d.fatalities),
    }


@pytest.fixture(scope="module")
def results():
    runner = EventRunner()
    return [score(runner, row) for row in load()]


def test_fixture_is_varied():
    rows = load()
    assert len(rows) >= 80
    assert len({r["actor1"] for r in rows}) >= 40


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_matched_share_holds_its_floor(results, field):
    share = sum(bool(r[field]) for r in results) / len(results)
    assert share >= FLOORS[field], f"{field}: {share:.3f} < {FLOORS[field]}"


@pytest.mark.parametrize(
    "note, day, actor1",
    [
        ("FAMa repulsed an attack on its post in Tessit (Ansongo, Gao). 2 soldiers killed.", "2023-02-10", "Military Forces of Mali"),
        ("SAF and allied joint forces clashed with RSF in El Fasher (North Darfur). 9 killed.", "2024-09-12", "Military Forces of Sudan"),
        ("FARDC clashed with CODECO near Fataki (Djugu, Ituri). 3 militiamen killed.", "2023-08-01", "Military Forces of Democratic Republic of Congo"),
        ("Tatmadaw troops shelled Mindat (Chin). 1 civilian killed.", "2022-03-04", "Military Forces of Myanmar"),
        ("KDF soldiers killed 2 suspected Al Shabaab militants near Kiunga (Lamu).", "2023-09-14", "Military Forces of Kenya"),
    ],
)
def test_local_abbreviations_of_state_forces(note, day, actor1):
    d = best_draft(EventRunner().doc(text_article("s16e", note, date.fromisoformat(day))))
    assert d is not None and d.actor1 is not None and d.actor1.name == actor1


if __name__ == "__main__":  # a report of every miss: PYTHONPATH=src python tests/actors/test_actors_s16e_acled_style.py
    runner = EventRunner()
    rows = load()
    got = [score(runner, r) for r in rows]
    for r, g in zip(rows, got):
        bad = [k for k in ("type", "actor1", "actor2", "location", "fatalities") if not g[k]]
        if bad:
            print(",".join(bad), "|", r["sub"], "|", r["actor1"], "|", r["actor2"], "|", r["location"], r["fatalities"], "\n   got", g["got"], "\n   ", r["note"])
    for k in ("type", "actor1", "actor2", "location", "fatalities"):
        print(k, round(sum(bool(g[k]) for g in got) / len(got), 4))


@pytest.mark.parametrize(
    "text, country, name",
    [
        ("SNA factions shelled SDF positions near Tal Rifaat.", "Syria", "SNA: Syrian National Army"),
        ("SNA troops retook the village from Al Shabaab.", "Somalia", "Military Forces of Somalia"),
        ("SNA troops retook the village.", None, "Military Forces of Somalia"),
        ("PDF fighters ambushed a convoy near Kani.", "Myanmar", "PDF: People's Defense Force"),
        ("AA fighters seized a base in Paletwa.", "Myanmar", "AA: Arakan Army"),
        ("NAS fighters ambushed a convoy near Yei.", None, "NAS: National Salvation Front"),
    ],
)
def test_local_aliases_name_their_group_in_its_country(text, country, name):
    from sitrep.actors.dictionary import ActorDictionary

    found = [m.actor.name for m in ActorDictionary.bundled().mentions(text, 0, country)]
    assert found and found[0] == name


@pytest.mark.parametrize(
    "text, country",
    [
        ("The ministry posted a PDF of the report on its website.", "Kenya"),
        ("Police said the driver had an AA battery pack in the car.", "Mexico"),
        ("NAS engineers presented the study in Washington.", "United States"),
    ],
)
def test_local_aliases_name_nobody_elsewhere(text, country):
    from sitrep.actors.dictionary import ActorDictionary

    names = [m.actor.name for m in ActorDictionary.bundled().mentions(text, 0, country)]
    assert not any(n.startswith(("PDF:", "AA:", "NAS:")) for n in names), names
