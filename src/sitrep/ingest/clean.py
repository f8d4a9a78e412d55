"""Plain-text cleaning: normalise characters, drop page furniture and duplicated lines.

The patterns live in ``sitrep/data/ingest/furniture.tsv``. Cleaning works line by line and never
rewrites the words of a kept line, so evidence quoted later is the article's own wording.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sitrep.ingest._data import furniture_table

__all__ = ["Cleaned", "clean_text", "clean_lines", "normalize_lines", "furniture_kind"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
# How a list item starts once a page is text (trafilatura writes "- item"; feeds and scrapes "• item").
_LIST_MARKS = ("- ", "• ", "* ", "· ", "– ")
# A teaser line repeated inside the next paragraph is dropped only when it is at least this long:
# shorter repeats ("He said no.") are too likely to be coincidences.
MIN_TEASER_CHARS = 30
# A scraped page flattened into text often glues the page title, the outlet's name and the
# dateline into one line ("Man shot near mall | Example TVSPRINGFIELD, Ill. (KXYZ) -- Police ...").
# A dateline is capitals, then either a comma, a state or country and "(" or a dash, or no state
# but a dash or a "(Month d" stamp right after ("FOX6Now.comMILWAUKEE —", "Fox 59INDIANAPOLIS
# (December 3, 2015)"); glued means a lower-case letter or a digit stands right before it. It is looked for only in the article's first
# GLUED_DATELINE_CHARS characters (page titles run to about 200) and becomes a line of its own,
# so that it reads as the dateline it is.
GLUED_DATELINE_CHARS = 300
_GLUED_DATELINE = re.compile(
    r"(?<=[a-z0-9])(?<!Mc)(?<!Mac)[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*"
    r"(?:,\s*[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?\s*(?:\(|—|–|--|-\s)|\s+(?:—|–|--)|\s+\([A-Z][a-z]+\.? \d)"
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned text and what was removed: (line, reason) pairs, grouped by cleaning step."""

    text: str
    removed: tuple[tuple[str, str], ...]


def normalize_lines(text: str) -> list[str]:
    """NFC, one kind of line break, no invisible or control characters, single spaces, no edges."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    return _unglue_dateline([_SPACES.sub(" ", line).strip() for line in text.split("\n")])


def _unglue_dateline(lines: list[str]) -> list[str]:
    """The lines with a dateline glued to the end of a title line moved to a line of its own."""
    seen = 0
    for i, line in enumerate(lines):
        if seen >= GLUED_DATELINE_CHARS:
            break
        m = _GLUED_DATELINE.search(line, 0, GLUED_DATELINE_CHARS - seen)
        if m:
            return [*lines[:i], line[: m.start()].rstrip(), line[m.start():], *lines[i + 1:]]
        seen += len(line) + 1
    return lines


def furniture_kind(line: str) -> str | None:
    """The furniture kind of a whole line ("nav", "player", "credit" ...) or None."""
    n = len(line)
    for kind, pattern, longest in furniture_table():
        if n <= longest and pattern.fullmatch(line):
            return kind
    return None


def clean_text(text: str) -> Cleaned:
    """Text without page furniture, duplicated lines and teasers; paragraphs kept."""
    return clean_lines(normalize_lines(text))


def clean_lines(lines: list[str]) -> Cleaned:
    """``clean_text`` on lines already normalised by :func:`normalize_lines`."""
    removed: list[tuple[str, str]] = []
    kept = _drop_furniture(lines, removed)
    kept = _drop_repeats(kept, removed)
    kept = _drop_teasers(kept, removed)
    return Cleaned(_join(kept), tuple(removed))


def _drop_furniture(lines: list[str], removed: list[tuple[str, str]]) -> list[str]:
    """Furniture lines out; after a 'related' heading ("More on this story", "You may also like")
    the list items right below it ("- Who are the rebels?") go too: they are other stories' headlines."""
    out = []
    in_related = False
    for line in lines:
        if in_related and (not line or line.startswith(_LIST_MARKS)):
            if line:
                removed.append((line, "furniture:related list item"))
            continue
        kind = furniture_kind(line) if line else None
        in_related = kind == "related"
        if kind:
            removed.append((line, f"furniture:{kind}"))
        else:
            out.append(line)
    return out


def _key(line: str) -> str:
    return line.casefold()


def _drop_repeats(lines: list[str], removed: list[tuple[str, str]]) -> list[str]:
    """Keep the first copy of a line seen twice (duplicated captions, player titles)."""
    seen: set[str] = set()
    out = []
    for line in lines:
        if line and _key(line) in seen:
            removed.append((line, "duplicate line"))
            continue
        seen.add(_key(line))
        out.append(line)
    return out


def _drop_teasers(lines: list[str], removed: list[tuple[str, str]]) -> list[str]:
    """Drop a sentence standing alone when the next paragraph repeats it (a summary or teaser)."""
    out: list[str] = []
    nxt = ""
    for line in reversed(lines):
        if _is_teaser(line, nxt):
            removed.append((line, "teaser repeated by the next paragraph"))
            continue
        out.append(line)
        nxt = line or nxt
    return out[::-1]


def _is_teaser(line: str, nxt: str) -> bool:
    return (
        len(line) >= MIN_TEASER_CHARS
        and len(nxt) > len(line)
        and _SENTENCE_END.search(line) is not None
        and _key(line) in _key(nxt)
    )


def _join(lines: list[str]) -> str:
    """Lines joined by newlines; runs of blank lines become one blank line."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
