"""Shared scoring loop of the smoke fixtures (``s16_smoke``, ``s17_smoke``, ``s18_smoke``).

A fixture is a JSON-lines file of articles (id, published, title, text, expected events). Each
article's expected events are matched to the drafts the events stage gives at a confidence floor
greedily, by the number of agreeing *match fields* (type, sub-type, actors); a draft that agrees on
none of them and differs in type is no match. Every expected event is then scored field by field
with the fixture's own checker, and drafts matched to nothing count as ``extras``.

A fixture's ``score.py`` supplies three things: the match fields, the scored fields, a function
turning a draft into a plain dict and a checker ``field_ok(field, expected, got) -> bool``."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

FieldOk = Callable[[str, dict, dict], bool]


def read_articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fold(name: str | None) -> str:
    """A name without accents or case, for place comparisons."""
    text = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def equal_field(field: str, expected: dict, got: dict) -> bool:
    """The plain checker: the draft's value equals the expected one (a missing draft never does)."""
    return bool(got) and got.get(field) == expected[field]


def match(expected: list[dict], got: list[dict], fields: tuple[str, ...]) -> tuple[tuple[int, int | None], ...]:
    """Pairs (expected index, draft index or None), greedy in the order of the expected events."""

    def agree(j: int, e: dict) -> int:
        return sum(got[j][f] == e[f] for f in fields)

    free, pairs = set(range(len(got))), []
    for i, e in enumerate(expected):
        best = max(sorted(free), key=lambda j: agree(j, e), default=None)
        if best is not None and got[best]["type"] != e["type"] and agree(best, e) == 0:
            best = None
        pairs.append((i, best))
        free.discard(best)
    return tuple(pairs)


@dataclass(frozen=True)
class Scored:
    article: str
    expected: tuple[dict, ...]
    got: tuple[dict, ...]
    pairs: tuple[tuple[int, int | None], ...]  # expected index, matched produced index
    fields: tuple[str, ...]
    field_ok: FieldOk = equal_field

    def matched(self, i: int) -> dict:
        j = dict(self.pairs)[i]
        return self.got[j] if j is not None else {}

    def hits(self, i: int) -> dict[str, bool]:
        got = self.matched(i)
        return {f: self.field_ok(f, self.expected[i], got) for f in self.fields}

    @property
    def extras(self) -> int:
        return len(self.got) - sum(1 for _, j in self.pairs if j is not None)


def score(
    articles: list[dict],
    runner,
    floor: float,
    as_fields: Callable[[object], dict],
    match_fields: tuple[str, ...],
    fields: tuple[str, ...],
    field_ok: FieldOk = equal_field,
) -> list[Scored]:
    from sitrep.events.runner import text_article

    out = []
    for a in articles:
        text = f"{a['title']}\n\n{a['text']}"
        doc = runner.doc(text_article(a["id"], text, date.fromisoformat(a["published"])))
        got = tuple(as_fields(d) for d in doc.events or () if d.confidence >= floor)
        expected = tuple(a["expected"])
        pairs = match(list(expected), list(got), match_fields)
        out.append(Scored(a["id"], expected, got, pairs, fields, field_ok))
    return out


def totals(scored: list[Scored]) -> dict[str, int]:
    fields = scored[0].fields if scored else ()
    t = {f: 0 for f in fields}
    for s in scored:
        for i in range(len(s.expected)):
            for f, ok in s.hits(i).items():
                t[f] += ok
    t["expected"] = sum(len(s.expected) for s in scored)
    t["extras"] = sum(s.extras for s in scored)
    return t


def default_runner_and_floor():
    from sitrep.events.runner import EventRunner
    from sitrep.settings import Settings

    return EventRunner(), Settings().min_confidence
