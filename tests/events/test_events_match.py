"""The event matcher behind ``sitrep eval seeds`` (and any gold file in the same format)."""

from __future__ import annotations

from sitrep.eval.case2021 import CODE_TO_SUB, macro_f1
from sitrep.eval.seeds import field_checks, km, match_events
from sitrep.events.notes import date_phrase
from sitrep.types import EVENT_TYPES, Event, SourceRef


def event(
    art: str,
    evidence: str,
    sub: str = "Armed clash",
    et: str = "Battles",
    when: str = "2014-06-23",
    lat: float | None = 32.46,
    lon: float | None = 44.42,
    fat: int | None = 76,
    actor: str = "Islamic State",
) -> Event:
    src = SourceRef(art, None, None, None, evidence, 0, len(evidence))
    return Event(
        "ev",
        when,
        1,
        et,
        sub,
        actor,
        None,
        2,
        None,
        "Iraq",
        None,
        "Hillah",
        lat,
        lon,
        1,
        None,
        fat,
        fat,
        fat,
        "reported",
        None,
        (src,),
        "",
    )


def gold(gid: str, doc: str, evidence: str, required: bool = True) -> dict:
    return {
        "id": gid,
        "docs": [doc],
        "required": required,
        "labels": ["Battles: Armed clash"],
        "location": {"name": "Hillah", "lat": 32.4637, "lon": 44.4196},
        "actor1": ["Islamic State"],
        "fatalities": 76,
        "fatalities_ok": [76, 81],
        "claim_status": "reported",
        "evidence": evidence,
        "date": "2014-06-23",
        "date_window": ["2014-06-23", "2014-06-23"],
    }


def test_match_by_shared_evidence_and_field_accuracy() -> None:
    preds = [event("a", "At least 71 prisoners were killed when militants attacked a convoy.")]
    golds = [gold("g", "a", "71 prisoners were killed when militants attacked a convoy")]
    m = match_events(preds, golds)
    s = m.scores()
    assert (s["tp"], s["fp"], s["fn"], s["f1"]) == (1.0, 0.0, 0.0, 1.0)
    assert s["acc_labels"] == 1.0 and s["acc_fatalities"] == 1.0 and s["acc_place"] == 1.0


def test_prediction_on_another_document_does_not_match() -> None:
    m = match_events(
        [event("b", "militants attacked a convoy")], [gold("g", "a", "militants attacked a convoy")]
    )
    assert m.scores()["tp"] == 0 and m.false_positives == (0,) and m.missed == (0,)


def test_optional_gold_neither_rewards_nor_penalises() -> None:
    preds = [event("a", "advisers will arrive", sub="Other", et="Strategic developments")]
    golds = [gold("opt", "a", "advisers will arrive", required=False)]
    s = match_events(preds, golds).scores()
    assert (s["tp"], s["fp"], s["fn"], s["ignored"]) == (0.0, 0.0, 0.0, 1.0)


def test_match_without_evidence_needs_label_place_and_date() -> None:
    golds = [gold("g", "a", "completely different words here")]
    assert match_events([event("a", "fighting near the city")], golds).scores()["tp"] == 1.0
    assert match_events([event("a", "fighting", when="2014-07-30")], golds).scores()["tp"] == 0.0


def test_one_to_one() -> None:
    preds = [event("a", "militants attacked a convoy"), event("a", "militants attacked a convoy")]
    s = match_events(preds, [gold("g", "a", "militants attacked a convoy")]).scores()
    assert (s["tp"], s["fp"]) == (1.0, 1.0)


def test_field_checks_strip_actor_country_and_null_fatalities() -> None:
    g = gold("g", "a", "x") | {"actor1": ["Unidentified Armed Group"], "fatalities_ok": []}
    checks = field_checks(event("a", "x", actor="Unidentified Armed Group (Iraq)", fat=None), g)
    assert checks["actor1"] and checks["fatalities"]


def test_km() -> None:
    assert abs(km(33.34, 44.40, 32.46, 44.42) - 98) < 3


def test_case_codes_map_to_acled_sub_types() -> None:
    subs = {s for v in EVENT_TYPES.values() for s in v}
    assert set(CODE_TO_SUB.values()) == subs


def test_macro_f1() -> None:
    assert macro_f1(["a", "b"], ["a", "b"], {"a", "b"}) == 1.0
    assert macro_f1(["a", "b"], ["b", "a"], {"a", "b"}) == 0.0


def test_date_phrase_by_precision() -> None:
    from datetime import date

    assert date_phrase(date(2014, 6, 23), 1) == "On 23 June 2014"
    assert date_phrase(date(2014, 6, 15), 3) == "In June 2014"
