"""Scoring of the session 17 smoke articles (``s17_smoke/articles.jsonl``): whole records.

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

Run as a script to print a table and the totals."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "articles.jsonl"
MATCH_FIELDS = ("type", "sub", "actor1", "actor2")
FIELDS = (*MATCH_FIELDS, "location", "country", "date", "fatalities")


def articles() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _fold(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


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
        return _fold(got["location"]) == _fold(expected["location"])
    if field == "country":
        from sitrep.actors.countries import country_by_name

        want = country_by_name(expected["country"])
        return want is not None and got["country_code"] == want.iso2
    return got[field] == expected[field]


@dataclass(frozen=True)
class Scored:
    article: str
    expected: tuple[dict, ...]
    got: tuple[dict, ...]
    pairs: tuple[tuple[int, int | None], ...]  # expected index, matched produced index

    def hits(self, i: int) -> dict[str, bool]:
        j = dict(self.pairs)[i]
        got = self.got[j] if j is not None else {}
        return {f: field_ok(f, self.expected[i], got) for f in FIELDS}

    @property
    def extras(self) -> int:
        return len(self.got) - sum(1 for _, j in self.pairs if j is not None)


def _agree(got: dict, expected: dict) -> int:
    return sum(got[f] == expected[f] for f in MATCH_FIELDS)


def _match(expected: list[dict], got: list[dict]) -> tuple[tuple[int, int | None], ...]:
    free, pairs = set(range(len(got))), []
    for i, e in enumerate(expected):
        best = max(sorted(free), key=lambda j: _agree(got[j], e), default=None)
        if best is not None and got[best]["type"] != e["type"] and _agree(got[best], e) == 0:
            best = None
        pairs.append((i, best))
        free.discard(best)
    return tuple(pairs)


def score(runner, floor: float) -> list[Scored]:
    from sitrep.events.runner import text_article

    out = []
    for a in articles():
        text = f"{a['title']}\n\n{a['text']}"
        doc = runner.doc(text_article(a["id"], text, date.fromisoformat(a["published"])))
        got = [as_fields(d) for d in doc.events or () if d.confidence >= floor]
        out.append(Scored(a["id"], tuple(a["expected"]), tuple(got), _match(a["expected"], got)))
    return out


def totals(scored: list[Scored]) -> dict[str, int]:
    t = {f: 0 for f in FIELDS}
    for s in scored:
        for i in range(len(s.expected)):
            for f, ok in s.hits(i).items():
                t[f] += ok
    t["expected"] = sum(len(s.expected) for s in scored)
    t["extras"] = sum(s.extras for s in scored)
    return t


def _show(g: dict | None) -> str:
    if not g:
        return "<no draft>"
    keys = (*MATCH_FIELDS, "location", "country_code", "date", "fatalities")
    return " | ".join(str(g[k]) for k in keys)


if __name__ == "__main__":
    from sitrep.events.runner import EventRunner
    from sitrep.settings import Settings

    results = score(EventRunner(), Settings().min_confidence)
    for s in results:
        for i, e in enumerate(s.expected):
            j = dict(s.pairs)[i]
            g = s.got[j] if j is not None else None
            bad = [f for f, ok in s.hits(i).items() if not ok]
            exp = " | ".join(str(e[f]) for f in FIELDS)
            print(f"{'OK ' if not bad else 'BAD'} {s.article:26} exp {exp}")
            if bad:
                print(f"    {'':26} got {_show(g)}   wrong: {bad}")
        used = {j for _, j in s.pairs}
        for j, g in enumerate(s.got):
            if j not in used:
                print(f"XTR {s.article:26} got {_show(g)}")
    print(totals(results))
