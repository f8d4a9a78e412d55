"""Scoring of the session 16 smoke articles (``s16_smoke/articles.jsonl``): each article's
expected events (type, sub-type, actor1, actor2 in ACLED naming) against the drafts the
events stage gives at the default confidence floor. Run as a script to print a table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "articles.jsonl"
FIELDS = ("type", "sub", "actor1", "actor2")


def articles() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_fields(draft) -> dict:
    return {
        "type": draft.event_type,
        "sub": draft.sub_event_type,
        "actor1": draft.actor1.name,
        "actor2": draft.actor2.name if draft.actor2 is not None else None,
    }


@dataclass(frozen=True)
class Scored:
    article: str
    expected: tuple[dict, ...]
    got: tuple[dict, ...]
    pairs: tuple[tuple[int, int | None], ...]  # expected index, matched produced index

    def hits(self, i: int) -> dict[str, bool]:
        j = dict(self.pairs)[i]
        got = self.got[j] if j is not None else {}
        return {f: got.get(f, "<none>") == self.expected[i][f] for f in FIELDS}

    @property
    def extras(self) -> int:
        return len(self.got) - sum(1 for _, j in self.pairs if j is not None)


def _match(expected: list[dict], got: list[dict]) -> tuple[tuple[int, int | None], ...]:
    free, pairs = set(range(len(got))), []
    for i, e in enumerate(expected):
        best = max(sorted(free), key=lambda j: sum(got[j][f] == e[f] for f in FIELDS), default=None)
        if best is not None and got[best]["type"] != e["type"] and sum(got[best][f] == e[f] for f in FIELDS) == 0:
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


if __name__ == "__main__":
    from sitrep.events.runner import EventRunner
    from sitrep.settings import Settings

    results = score(EventRunner(), Settings().min_confidence)
    for s in results:
        for i, e in enumerate(s.expected):
            j = dict(s.pairs)[i]
            g = s.got[j] if j is not None else None
            bad = [f for f, ok in s.hits(i).items() if not ok]
            print(f"{'OK ' if not bad else 'BAD'} {s.article:28} exp {e['sub']} | {e['actor1']} | {e['actor2']}")
            if bad:
                print(f"     {' ' * 28} got {g and g['sub']} | {g and g['actor1']} | {g and g['actor2']}   wrong: {bad}")
        used = {j for _, j in s.pairs}
        for j, g in enumerate(s.got):
            if j not in used:
                print(f"XTR {s.article:28} got {g['type']}/{g['sub']} | {g['actor1']} | {g['actor2']}")
    print(totals(results))
