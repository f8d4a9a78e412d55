"""Scoring of the session 16 smoke articles (``s16_smoke/articles.jsonl``): each article's
expected events (type, sub-type, actor1, actor2 in ACLED naming) against the drafts the
events stage gives at the default confidence floor. The matching loop is shared with the other
smoke fixtures (``tests/events/smoke_score.py``). Run as a script to print a table."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import smoke_score  # noqa: E402
from smoke_score import Scored, totals  # noqa: E402,F401

FIXTURE = Path(__file__).resolve().parent / "articles.jsonl"
FIELDS = ("type", "sub", "actor1", "actor2")


def articles() -> list[dict]:
    return smoke_score.read_articles(FIXTURE)


def as_fields(draft) -> dict:
    return {
        "type": draft.event_type,
        "sub": draft.sub_event_type,
        "actor1": draft.actor1.name,
        "actor2": draft.actor2.name if draft.actor2 is not None else None,
    }


def score(runner, floor: float) -> list[Scored]:
    return smoke_score.score(articles(), runner, floor, as_fields, FIELDS, FIELDS)


if __name__ == "__main__":
    results = score(*smoke_score.default_runner_and_floor())
    for s in results:
        for i, e in enumerate(s.expected):
            g = s.matched(i) or None
            bad = [f for f, ok in s.hits(i).items() if not ok]
            print(f"{'OK ' if not bad else 'BAD'} {s.article:28} exp {e['sub']} | {e['actor1']} | {e['actor2']}")
            if bad:
                print(f"     {' ' * 28} got {g and g['sub']} | {g and g['actor1']} | {g and g['actor2']}   wrong: {bad}")
        used = {j for _, j in s.pairs}
        for j, g in enumerate(s.got):
            if j not in used:
                print(f"XTR {s.article:28} got {g['type']}/{g['sub']} | {g['actor1']} | {g['actor2']}")
    print(totals(results))
