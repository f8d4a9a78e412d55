"""TempEval-3 (TBAQ-cleaned): normalising DATE timexes against the document creation time.

For every TIMEX3 of type DATE in a document's <TEXT>, the expression (its text span) is read
against the DCT and rendered at TimeML granularity; the score is the share whose value equals the
gold value. The comparison canonicalises only notation, not meaning: week numbers are zero-padded
("2000-W7" = "2000-W07") and trailing unspecified parts are dropped ("199X" = "199",
"1989-XX" = "1989"). Detection recall is the share of gold DATE spans that ``find_matches`` finds
in the running text (exactly, or overlapping).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitrep.eval import evaluation

__all__ = ["Timex", "TmlDoc", "canonical", "read_tml", "score_tempeval"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TmlDoc:
    name: str
    dct: date
    text: str
    timexes: tuple[Timex, ...]


def _strip(body: str) -> tuple[str, list[Timex]]:
    """The text of a TimeML fragment without its tags, and the TIMEX3 spans in it."""
    parts: list[str] = []
    pos, open_at, attrs, out = 0, -1, {}, []
    length = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) == "TIMEX3" and not m.group(1):
            open_at, attrs = length, dict(_ATTR.findall(m.group(3)))
        elif m.group(2) == "TIMEX3" and m.group(1) and open_at >= 0:
            text = "".join(parts)
            kind, value = attrs.get("type", ""), attrs.get("value", "")
            out.append(Timex(open_at, length, text[open_at:length], kind, value))
            open_at = -1
    parts.append(html.unescape(body[pos:]))
    return "".join(parts), out


def read_tml(path: Path) -> TmlDoc:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4})-?(\d\d)-?(\d\d)', raw)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if dct is None or body is None:
        raise ValueError(f"{path}: no DCT or no TEXT")
    text, timexes = _strip(body.group(1))
    return TmlDoc(path.stem, date(*map(int, dct.groups())), text, tuple(timexes))


def documents(folder: Path, limit: int | None = None) -> Iterator[TmlDoc]:
    for i, path in enumerate(sorted(folder.rglob("*.tml"))):
        if limit is not None and i >= limit:
            return
        yield read_tml(path)


def canonical(value: str | None) -> str | None:
    """TimeML notation made comparable: zero-padded weeks, no trailing unspecified parts."""
    if value is None:
        return None
    v = value.strip().upper()
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)
    v = re.sub(r"(-XX)+$", "", v)
    return re.sub(r"(?<=\d)X+$", "", v)


def _normalise(doc: TmlDoc) -> Iterator[tuple[Timex, str | None]]:
    from sitrep.time.finder import clause_before, interpret, is_future
    from sitrep.time.reading import to_timeml

    previous = None
    for tx in doc.timexes:
        if tx.type != "DATE":
            continue
        future = is_future(clause_before(doc.text, tx.start, None))
        reading = interpret(tx.text, doc.dct, future, previous)
        if reading is not None and reading.known and not reading.anaphoric:
            previous = reading
        yield tx, (to_timeml(reading) if reading is not None else None)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _detection(doc: TmlDoc) -> dict[str, int]:
    from sitrep.time.finder import find_matches

    found = [(m.start, m.end) for m in find_matches(doc.text)]
    gold = [(t.start, t.end) for t in doc.timexes if t.type == "DATE"]
    calendar = [(t.start, t.end) for t in doc.timexes if t.type == "DATE" and t.value not in REFS]
    every = [(t.start, t.end) for t in doc.timexes]
    return {
        "gold": len(gold),
        "exact": sum(g in found for g in gold),
        "overlap": sum(_overlaps(g, found) for g in gold),
        "calendar": len(calendar),
        "calendar_overlap": sum(_overlaps(g, found) for g in calendar),
        "found": len(found),
        "found_in_gold": sum(_overlaps(f, every) for f in found),
    }


def score_documents(docs: Iterator[TmlDoc]) -> dict[str, float]:
    right = total = 0
    det: dict[str, int] = {}
    for doc in docs:
        for tx, value in _normalise(doc):
            total += 1
            right += canonical(value) == canonical(tx.value)
        for k, v in _detection(doc).items():
            det[k] = det.get(k, 0) + v
    return {
        "value_accuracy": right / total if total else 0.0,
        "dates": float(total),
        "detect_recall_exact": det["exact"] / max(det["gold"], 1),
        "detect_recall_overlap": det["overlap"] / max(det["gold"], 1),
        "detect_recall_calendar": det["calendar_overlap"] / max(det["calendar"], 1),
        "detect_precision_overlap": det["found_in_gold"] / max(det["found"], 1),
    }


@evaluation("tempeval", needs=("data/tempeval3-tbaq",))
def score_tempeval(root: Path, limit: int | None = None) -> dict[str, float]:
    """Value accuracy of DATE timexes and detection recall, over the TBAQ-cleaned documents."""
    return score_documents(documents(root / "data" / "tempeval3-tbaq", limit))
