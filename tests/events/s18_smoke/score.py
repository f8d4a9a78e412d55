"""Scoring of the session 18 smoke articles (``s18_smoke/articles.jsonl``): whole records.

Each article's expected events are matched to the drafts the events stage gives at the default
confidence floor (greedily, by the number of agreeing type, sub-type and actor fields; a draft that
agrees on none of them and differs in type is no match), then every field is scored:

- ``type``, ``sub``, ``actor1``, ``actor2``: exact ACLED names, undated ("Military Forces of Chad",
  not "... (2021-)"); no actor2 is ``None``.
- ``location``: the draft place's name equals the expected town, compared without case and accents
  (a name match only: no distance rule, so a right place under another spelling counts as a miss).
- ``country``: the draft place's ISO code is the expected ACLED country's.
- ``date``: the draft's best day equals the expected ISO day.
- ``fatalities``: the draft's count (none read as 0) equals the expected integer.
- ``extras``: drafts matched to no expected event (in the no-event articles, every draft).

The matching loop is shared with the other smoke fixtures (``tests/events/smoke_score.py``).
Run as a script to print a table and the totals."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import smoke_score  # noqa: E402
from smoke_score import Scored, totals  # noqa: E402,F401

FIXTURE = Path(__file__).resolve().parent / "articles.jsonl"
MATCH_FIELDS = ("type", "sub", "actor1", "actor2")
FIELDS = (*MATCH_FIELDS, "location", "country", "date", "fatalities")


def articles() -> list[dict]:
    return smoke_score.read_articles(FIXTURE)


def as_fields(draft) -> dict:
    place = draft.place
    return {
        "type": draft.event_type,
        "sub": draft.sub_event_type,
        "actor1": draft.actor1.name,
        "actor2": draft.actor2.name if draft.actor2 is not None else None,
        "location": place.name if place is not None else None,
        "country_code": place.country_code if place is not None else None,
        "date": draft.date.value.isoformat() if draft.date.value is not None else None,
        "fatalities": draft.fatalities or 0,
    }


def field_ok(field: str, expected: dict, got: dict) -> bool:
    if not got:
        return False
    if field == "location":
        return smoke_score.fold(got["location"]) == smoke_score.fold(expected["location"])
    if field == "country":
        from sitrep.actors.countries import country_by_name

        want = country_by_name(expected["country"])
        return want is not None and got["country_code"] == want.iso2
    return got[field] == expected[field]


def score(runner, floor: float) -> list[Scored]:
    return smoke_score.score(articles(), runner, floor, as_fields, MATCH_FIELDS, FIELDS, field_ok)


def _show(g: dict | None) -> str:
    if not g:
        return "<no draft>"
    keys = (*MATCH_FIELDS, "location", "country_code", "date", "fatalities")
    return " | ".join(str(g[k]) for k in keys)


def report(results: list[Scored], width: int = 26) -> None:
    for s in results:
        for i, e in enumerate(s.expected):
            g = s.matched(i)
            bad = [f for f, ok in s.hits(i).items() if not ok]
            exp = " | ".join(str(e[f]) for f in FIELDS)
            print(f"{'OK ' if not bad else 'BAD'} {s.article:{width}} exp {exp}")
            if bad:
                print(f"    {'':{width}} got {_show(g)}   wrong: {bad}")
        used = {j for _, j in s.pairs}
        for j, g in enumerate(s.got):
            if j not in used:
                print(f"XTR {s.article:{width}} got {_show(g)}")
    print(totals(results))


if __name__ == "__main__":
    report(score(*smoke_score.default_runner_and_floor()))
