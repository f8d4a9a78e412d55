"""ACLED Nigeria 2014-16 notes: does sitrep code a coder's event description as the coder did?

Each note is run through the pipeline as an article; its highest-confidence draft is compared
with the record. ACLED's pre-2019 EVENT_TYPE is the target, so sitrep's sub-event types are
mapped to it (``OLD_TYPE``). Notes carry no publication date: the record's EVENT_DATE is used
as ``published``, only so that relative dates resolve (dates are not scored).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.eval import evaluation
from sitrep.eval.case2021 import in_half
from sitrep.eval.seeds import PLACE_KM, km

__all__ = ["OLD_TYPE", "actor_family", "load_records", "old_type", "same_name", "score_acled"]

OLD_TYPE: dict[str, str] = {
    "Armed clash": "Battle-No change of territory",
    "Government regains territory": "Battle-Government regains territory",
    "Non-state actor overtakes territory": "Battle-Non-state actor overtakes territory",
    "Headquarters or base established": "Headquarters or base established",
    "Non-violent transfer of territory": "Non-violent transfer of territory",
}
_BY_TYPE: dict[str, str] = {
    "Explosions/Remote violence": "Remote violence",
    "Violence against civilians": "Violence against civilians",
    "Protests": "Riots/Protests",
    "Riots": "Riots/Protests",
    "Strategic developments": "Strategic development",
}
_PARENS = re.compile(r"\s*\([^()]*\)")


def old_type(event_type: str, sub_event_type: str, target_inter: int | None = None) -> str:
    """The pre-2019 ACLED EVENT_TYPE for a current type and sub-event type.

    Before 2019 ACLED coded mob attacks on civilians as violence against civilians, clashes of
    party or communal militias as battles, and suicide bombings by
    their target: civilians (inter 7) as violence against civilians, state forces (1) as battles.
    """
    if sub_event_type == "Mob violence":  # party militias fighting each other were battles
        return {
            7: "Violence against civilians",
            3: "Battle-No change of territory",
            4: "Battle-No change of territory",
        }.get(target_inter or 0, "Riots/Protests")
    if sub_event_type == "Suicide bomb" and target_inter in (1, 7):
        return "Violence against civilians" if target_inter == 7 else "Battle-No change of territory"
    return OLD_TYPE.get(sub_event_type) or _BY_TYPE.get(event_type, "Battle-No change of territory")


def actor_family(name: str | None) -> str:
    """'Military Forces of Nigeria (2010-2015)' and '(2015-)' are one family; so are the two
    Boko Haram factions ('Boko Haram - ...')."""
    base = _PARENS.sub("", name or "").split(" - ")[0]
    return re.sub(r"\W+", " ", base).strip().casefold()


def load_records(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for feat in data["features"]:
        rec = dict(feat["properties"])
        lon, lat = (feat.get("geometry") or {}).get("coordinates", (None, None))[:2]
        rec["_lat"], rec["_lon"] = lat, lon
        out.append(rec)
    return out


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Exact names; the data's U+FFFD (an apostrophe lost to an encoding error, "Jama\ufffdatu")
    stands for any one character."""
    if predicted is None or gold is None:
        return predicted == gold
    if "\ufffd" not in gold:
        return predicted == gold
    return re.fullmatch(".".join(map(re.escape, gold.split("\ufffd"))), predicted) is not None


def _published(rec: dict[str, Any]) -> date | None:
    """The record's EVENT_DATE, day/month/year; 119 records write the year in two digits ("1/1/16":
    2016; ACLED's data start in 1997)."""
    try:
        d, m, y = (int(x) for x in str(rec["EVENT_DATE"]).split("/"))
        if y < 100:
            y += 2000 if y < 50 else 1900
        return date(y, m, d)
    except (KeyError, ValueError):
        return None


def _location_ok(draft, rec: dict[str, Any]) -> bool:
    """The gold LOCATION's name, or within PLACE_KM of its coordinates."""
    place = draft.place
    if place.name.casefold() == str(rec.get("LOCATION", "")).casefold():
        return True
    return _location_near(draft, rec)


def _location_near(draft, rec: dict[str, Any]) -> bool:
    """Within PLACE_KM of the gold coordinates: the name alone does not count ("Baga" read in Spain
    shares the gold's name but is no right answer), reported as ``acc_location_km``."""
    place = draft.place
    if place.latitude is None or rec["_lat"] is None:
        return False
    return km(place.latitude, place.longitude, rec["_lat"], rec["_lon"]) <= PLACE_KM


def acled_labelled(draft, as_of: date | None):
    """The draft with its actors under ACLED's dated labels, as coded on ``as_of`` (the data set's
    snapshot): sitrep's canonical "Military Forces of Nigeria" is ACLED's "Military Forces of
    Nigeria (2015-)" for an event in Buhari's term (sitrep.actors.periods)."""
    from sitrep.actors.periods import dated_actor

    if draft is None:
        return None
    day = draft.date.value or draft.date.latest or draft.date.earliest
    return replace(draft, actor1=dated_actor(draft.actor1, day, as_of), actor2=dated_actor(draft.actor2, day, as_of))


def _row(draft, rec: dict[str, Any]) -> dict[str, float]:
    if draft is None:
        return {
            "type": 0.0,
            "actor1": 0.0,
            "actor1_loose": 0.0,
            "fatalities": float(rec.get("FATALITIES") == 0),
            "predicted": 0.0,
        }
    row = {
        "type": float(
            old_type(draft.event_type, draft.sub_event_type, draft.actor2.inter if draft.actor2 else None)
            == rec["EVENT_TYPE"]
        ),
        "actor1": float(same_name(draft.actor1.name, rec.get("ACTOR1"))),
        "actor1_loose": float(actor_family(draft.actor1.name) == actor_family(rec.get("ACTOR1"))),
        "fatalities": float((draft.fatalities or 0) == int(rec.get("FATALITIES") or 0)),
        "predicted": 1.0,
    }
    if draft.place is not None and draft.geo_precision < 3:
        row["location"] = float(_location_ok(draft, rec))
        row["location_km"] = float(_location_near(draft, rec))
    return row


# Every record of the set is Nigeria's: the ``hinted_*`` scores run each note with this country
# hint (``Article.country``, ``sitrep run --country``); the plain scores read the notes blind.
HINT_COUNTRY = "NG"


def _mean(rows: list[dict[str, float]], key: str) -> float:
    vals = [r[key] for r in rows if key in r]
    return sum(vals) / len(vals) if vals else 0.0


@evaluation("acled", needs=("data/acled-nigeria-dev/events.geojson",))
def score_acled(root: Path, limit: int | None = None, half: str | None = None) -> dict[str, float]:
    from sitrep.events.runner import EventRunner, best_draft, text_article

    records = load_records(root / "data" / "acled-nigeria-dev" / "events.geojson")
    # actor names are labelled as of the snapshot: its last day (periods that ended by then are closed)
    snapshot = max((d for d in map(_published, records) if d is not None), default=None)
    records = [r for r in records if in_half(str(r["EVENT_ID_CNTY"]), half)][:limit]
    runner = EventRunner()
    rows, hinted = [], []
    for rec in records:
        art = text_article(f"acled-{rec['EVENT_ID_CNTY']}", str(rec.get("NOTES") or ""), _published(rec))
        rows.append(_row(acled_labelled(best_draft(runner.doc(art)), snapshot), rec))
        # the same note as a Nigeria desk would run it: with the input's country hint
        told = replace(art, country=HINT_COUNTRY)
        hinted.append(_row(acled_labelled(best_draft(runner.doc(told)), snapshot), rec))
    out = {"n": float(len(rows))}
    for prefix, table in (("", rows), ("hinted_", hinted)):
        for key in ("type", "actor1", "actor1_loose", "fatalities", "predicted", "location", "location_km"):
            out[prefix + (f"acc_{key}" if key != "predicted" else "coverage")] = _mean(table, key)
    out["located"] = float(sum("location" in r for r in rows))
    return out
