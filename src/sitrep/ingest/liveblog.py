"""Live blogs: one page, many timestamped entries, each read as an article of its own.

A live blog (wire services' and broadcasters' "live updates" pages) stacks short reports of
different hours, days and places, newest first. Read as one article its events blur into one
story dated by the page; read entry by entry each keeps its own time, heading and place.

A page is searched for entries only when its HTML holds a live-blog signal (``liveblog.json``:
a JSON-LD ``LiveBlogPosting``, "live-blog" classes, "/live/" addresses). Entries are then found
by their timestamps: a ``<time>`` element or a short line holding a clock time and only stamp
words ("11:52 GMT", "Tue 9 Jan 2024 11.52 GMT", "5 min ago"). The container with most children
holding a stamp and some text is the entry list (containers of the same tag and class hold the
other days' entries); its children are the entries. Without JSON-LD the entries must hold most
of the page's paragraph text (``MIN_ENTRY_SHARE``), so that a comment list or a sidebar of
timestamped headlines never splits an article. A JSON-LD ``liveBlogUpdate`` gives an entry its
date when the page shows only a clock time, and its ``articleBody`` stands in for entries the
HTML lacks (pages that render them with JavaScript).

Each entry's date: its stamp's ``datetime`` attribute, else a full date in the stamp, else the day
heading above it in the list ("Tuesday 9 January 2024"), else the matching JSON-LD update's. A stamp
may stand in a heading, alone ("<h2>10:42 GMT</h2>") or opening it ("10:42 GMT - Strike on tents":
the rest is the entry's title). Once ingest knows the page's day and country, :func:`settle` dates
the rest: a day and month without year take the nearest year, a clock time alone takes the page's
day (one more per midnight crossed between entries), and a time written in UTC becomes the local
day and time (``sitrep.time.zones``); an entry with none of these has no date of its own.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from sitrep.ingest._data import live_words

__all__ = ["LiveEntry", "WrittenTime", "entry_numbers", "has_live_signal", "is_stamp", "live_entries", "settle"]

# Fewer entries than this is no live blog worth splitting (a page with one entry is an article).
MIN_ENTRIES = 2
# An entry holds at least this many characters of text: a stamp with an embedded post or a photo
# and a one-line caption ("Rescuers at the scene") is no report (the shortest report entries on
# the pages of tests/ingest/pages_s15 have ~90).
MIN_ENTRY_CHARS = 40
# Without a JSON-LD live blog, the entries hold at least this share of the page's paragraph text:
# a live blog is its entries; comments or a "latest" sidebar are a minority of an article page.
MIN_ENTRY_SHARE = 0.5
# A timestamp line is short: "Tuesday 9 January 2024 11.52 GMT" has 32 characters, the longest
# stamp form seen ("Updated Jan 9, 2024, 11:52 a.m. ET") 34; longer lines are text.
MAX_STAMP_CHARS = 60
# A day heading between entries ("Tuesday, 9 January 2024") is as short as a stamp line.
MAX_DAY_HEADING_CHARS = 60
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}[:.h]\d{2}(?![\d.:]\d)|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_AGO = re.compile(r"^\s*\d+\s*[^\W\d_]{1,7}\.?\s+ago\s*$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
_ANCHOR = re.compile(r"^[A-Za-z0-9][\w.:-]{0,79}$")
_STAMP_TAGS = tuple("time span div p small strong b em a h2 h3 h4 h5 h6 li".split())
_HEADINGS = ("h1", "h2", "h3", "h4", "h5")
_ANCHOR_ATTRS = ("id", "data-id", "data-post-id", "data-entry-id", "data-block-id")


@dataclass(frozen=True, slots=True)
class LiveEntry:
    """One entry of a live blog: its text (stamp removed), heading, day, anchor and the reason."""

    text: str
    heading: str | None
    published: date | None
    anchor: str | None
    reason: str
    clock: str | None = None  # the entry's local time as written, 24-hour "HH:MM" ("06:15")
    # What the stamp writes of its time that needs the page's day, country or zone (see ``settle``).
    written: WrittenTime | None = None


@dataclass(frozen=True, slots=True)
class WrittenTime:
    """An entry stamp's time as written, before it is settled against the page (:func:`settle`)."""

    utc: bool = False  # ``published`` and ``clock`` are in UTC ("...T21:30:00Z", "10:42 GMT")
    month_day: tuple[int, int] | None = None  # a day with no year ("Updated 14 March, 09:10")
    zones: tuple[Any, ...] = ()  # local zones the page writes (labels first, then offsets)


@cache
def _signals() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The live-blog signals, lower case: those holding "live", and the others."""
    signals = [s.lower() for s in live_words()["signals"]]
    return tuple(s for s in signals if "live" in s), tuple(s for s in signals if "live" not in s)


def has_live_signal(html: str) -> bool:
    """Whether the page's HTML holds a live-blog signal (``liveblog.json``). Signals holding "live"
    are looked for only around the page's few "live"s: a tenth of the time of testing each on the
    whole page (pages run to hundreds of kilobytes)."""
    low = html.lower()
    with_live, others = _signals()
    if any(s in low for s in others):
        return True
    reach = max(map(len, with_live), default=0)
    i = low.find("live")
    while i >= 0:
        window = low[max(0, i - reach) : i + reach]
        if any(s in window for s in with_live):
            return True
        i = low.find("live", i + 4)
    return False


def is_stamp(text: str) -> bool:
    """Whether a short text is a timestamp line: a clock time (or "n min ago") and stamp words only."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_STAMP_CHARS or not (_CLOCK.search(text) or _AGO.match(text)):
        return False
    words = live_words()["stamp_words"]
    for w in _WORDS.findall(text):
        low = w.lower()
        if low not in words and low.rstrip(".") not in words and not (w.isupper() and len(w) <= 5):
            return False
    return True


# A heading opening with a stamp and a separator: "10:42 GMT - Strike on tents", "09.10: Drone hits".
_PREFIXED = re.compile(r"^(\S.{2,%d}?)\s*[-\u2013\u2014|:]\s+(\S.*)$" % MAX_STAMP_CHARS, re.DOTALL)


def stamp_prefix(text: str) -> tuple[str, str] | None:
    """(stamp, rest) of a heading that opens with a stamp ("10:42 GMT - Strike on tents in
    al-Mawasi"), else None; a heading that is only a stamp has no rest and is a stamp itself."""
    m = _PREFIXED.match(" ".join(text.split()))
    if m is None or _CLOCK.search(m.group(1)) is None or not is_stamp(m.group(1)):
        return None
    return m.group(1), m.group(2)


def _stamp_text(stamp: Any) -> str:
    """The stamp's text: the stamp part of a heading that opens with one, else all of it."""
    text = " ".join(stamp.text_content().split())
    prefixed = stamp_prefix(text) if stamp.tag in _HEADINGS and not is_stamp(text) else None
    return prefixed[0] if prefixed else text


def _stamp_elements(tree: Any) -> list[Any]:
    """Timestamp elements in page order (outermost of nested ones with the same text)."""
    out: list[Any] = []
    taken: set[Any] = set()
    for el in tree.iter(*_STAMP_TAGS):
        if el in taken or not _looks_stamped(el):
            continue
        out.append(el)
        taken.update(el.iterdescendants())
    return out


def _looks_stamped(el: Any) -> bool:
    if el.tag == "time" and (el.get("datetime") or "").strip()[:4].isdigit():
        return True
    if el.tag in _HEADINGS and stamp_prefix(el.text_content()) is not None:
        return True
    if len(el) > 3:  # a stamp has at most a few inline parts ("<b>11:52</b> <span>GMT</span>")
        return False
    return is_stamp(el.text_content())


def _attr_words(el: Any) -> set[str]:
    from sitrep.ingest.page import _box_attr_words

    return _box_attr_words(el)


def _excluded(el: Any) -> bool:
    return bool(_attr_words(el) & live_words()["not_entry_words"])


def _candidates(stamps: list[Any]) -> dict[Any, list[Any]]:
    """Container -> its children holding a stamp, in page order (each child once)."""
    out: dict[Any, list[Any]] = {}
    for s in stamps:
        node = s
        for parent in s.iterancestors():
            kids = out.setdefault(parent, [])
            if not kids or kids[-1] is not node:
                kids.append(node)
            node = parent
    return out


def _text_len(el: Any) -> int:
    return len(" ".join(el.text_content().split()))


def _entry_children(kids: list[Any]) -> list[Any]:
    return [
        k for k in kids if isinstance(k.tag, str) and not _excluded(k) and _text_len(k) >= MIN_ENTRY_CHARS
    ]


def _score(kids: list[Any]) -> tuple[int, int]:
    """(children with a paragraph of text, children with text): entries are written in paragraphs,
    the links of a "key events" or "latest" list are not."""
    entries = _entry_children(kids)
    return sum(_p_chars([k]) >= MIN_ENTRY_CHARS for k in entries), len(entries)


def _best_container(cands: dict[Any, list[Any]]) -> Any | None:
    best, best_score = None, (0, MIN_ENTRIES - 1)
    for container, kids in cands.items():
        if len(kids) < MIN_ENTRIES or _excluded(container) or container.tag == "html":
            continue
        score = _score(kids)
        if score[1] >= MIN_ENTRIES and score > best_score:
            best, best_score = container, score
    return best


def _twins(best: Any, cands: dict[Any, list[Any]]) -> list[Any]:
    """The best container and those of the same tag and class outside it (other days' lists)."""
    cls = best.get("class")
    if not cls:
        return [best]
    inside = set(best.iterancestors()) | set(best.iterdescendants())
    return [
        c for c in cands if c is best or (c.tag == best.tag and c.get("class") == cls and c not in inside)
    ]


def _anchor(el: Any) -> str | None:
    """The entry's own anchor: an id on the entry or on the element it wraps alone
    (``<li><article id="post_1">``)."""
    while el is not None:
        for attr in _ANCHOR_ATTRS:
            value = (el.get(attr) or "").strip()
            if value and _ANCHOR.match(value):
                return value
        el = el[0] if len(el) == 1 and isinstance(el[0].tag, str) else None
    return None


def _heading(el: Any) -> str | None:
    for h in el.iter(*_HEADINGS):
        text = " ".join(h.text_content().split())
        if text and not is_stamp(text):
            return text
    return None


def _prefixed_heading(stamps: list[Any]) -> str | None:
    """The headline after the stamp of a heading that opens with one ("10:42 GMT - Strike on ...")."""
    for s in stamps:
        text = " ".join(s.text_content().split())
        if s.tag in _HEADINGS and not is_stamp(text) and (found := stamp_prefix(text)):
            return found[1]
    return None


def _stamp_day(stamp: Any) -> date | None:
    from sitrep.ingest.build import parse_published
    from sitrep.ingest.header import parse_date

    raw = (stamp.get("datetime") or "").strip() if stamp.tag == "time" else ""
    if raw:
        try:
            if day := parse_published(raw):
                return day
        except ValueError:
            pass
    return parse_date(_stamp_text(stamp))


# A day and month with no year ("14 March", "March 14th"), not a clock ("March 09:10").
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\b\.?")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![:.h]\d)")


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a stamp that writes a day and month but no year, else None."""
    from sitrep.ingest.header import _month

    for rx, order in ((_DAY_MONTH, (1, 0)), (_MONTH_DAY, (0, 1))):
        for m in rx.finditer(text):
            month, day = _month(m.group(order[0] + 1)), int(m.group(order[1] + 1))
            if month and 1 <= day <= 31:
                return month, day
    return None


# A stamp's datetime in UTC: "Z", "+00:00", "+0000" after the clock.
_ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$", re.IGNORECASE)
# A clock labelled GMT or UTC with no offset ("10:42 GMT", not "10:42 GMT+3").
_UTC_LABEL = re.compile(r"\b(?:GMT|UTC)\b(?!\s*[+\-\u2212]\s*\d)")


# A zone label other than UTC's in a stamp's text ("BST", "EAT", "GMT+3"; not "GMT", "AM").
_OTHER_LABEL = re.compile(r"\b(?!(?:GMT|UTC|AM|PM)\b)[A-Z]{2,5}\b|\b(?:GMT|UTC)\s*[+\-\u2212]\s*\d")


def _stamp_utc(stamp: Any) -> bool:
    """Whether the stamp's time is written in UTC: a datetime ending "Z" or "+00:00", unless its text
    shows the same clock time under another zone's label ("06.15 BST" on "...T06:15:00Z": the CMS
    put a "Z" on the local time), or a clock labelled GMT or UTC ("10:42 GMT")."""
    raw = (stamp.get("datetime") or "").strip() if stamp.tag == "time" else ""
    text = _stamp_text(stamp)
    if raw:
        same_clock = clock_of("", text) == clock_of(raw)
        return bool(_ISO_UTC.match(raw)) and not (same_clock and _OTHER_LABEL.search(text))
    return bool(_UTC_LABEL.search(text))


# "2024-04-16T06:15:00+02:00": the clock time as written (local to the page, not converted).
_ISO_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})")
_TEXT_CLOCK = re.compile(r"(?<![\d.:])(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\b)?|\b(\d{1,2})\s*([ap])\.?m\b", re.IGNORECASE)


def clock_of(raw: str | None, text: str = "") -> str | None:
    """The 24-hour "HH:MM" of a stamp: its ISO ``datetime`` value as written, else the clock time
    in its text ("6:15 AM", "18.40", "9pm"); None when neither holds one."""
    if m := _ISO_CLOCK.match((raw or "").strip()):
        return f"{m.group(1)}:{m.group(2)}"
    m = _TEXT_CLOCK.search(text)
    if m is None:
        return None
    hour, minute, half = (int(m.group(1)), m.group(2), m.group(3)) if m.group(1) else (int(m.group(4)), "00", m.group(5))
    if half:
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return f"{hour:02d}:{minute}" if hour < 24 and int(minute) < 60 else None


def _stamp_clock(stamp: Any) -> str | None:
    raw = (stamp.get("datetime") or "") if stamp.tag == "time" else ""
    return clock_of(raw, _stamp_text(stamp))


def _without_stamps(el: Any, stamps: list[Any]) -> Any:
    """A copy of the entry without its stamps (the page's tree is left as it is)."""
    from sitrep.ingest.page import _drop

    mine = copy.deepcopy(el)
    marks = {id(s) for s in stamps}
    for orig, dup in zip(el.iter(), mine.iter(), strict=True):
        if id(orig) in marks:
            dup.set("data-sitrep-stamp", "1")
    for dup in list(mine.iterfind(".//*[@data-sitrep-stamp]")):
        _drop(dup)
    return mine


def _entry_text(el: Any) -> str:
    """The entry's text (figures, embeds and share bars go as in feed entries)."""
    import lxml.html

    from sitrep.ingest.readers import fragment_text

    return fragment_text(lxml.html.tostring(el, encoding="unicode"))


def _day_heading(el: Any) -> date | None:
    from sitrep.ingest.header import parse_date

    text = " ".join(el.text_content().split()) if isinstance(el.tag, str) else ""
    return parse_date(text) if text and len(text) <= MAX_DAY_HEADING_CHARS else None


def _html_entries(tree: Any) -> list[tuple[Any, list[Any], date | None]]:
    """(entry element, its stamps, the day heading above it) in page order."""
    stamps = _stamp_elements(tree)
    cands = _candidates(stamps)
    best = _best_container(cands)
    if best is None:
        return []
    entries: list[tuple[Any, date | None]] = []
    for container in _twins(best, cands):
        chosen = set(_entry_children(cands[container]))
        day = None
        for child in container:
            if child in chosen:
                entries.append((child, day))
            elif (heading := _day_heading(child)) is not None:
                day = heading
    own = _stamps_by_entry(stamps, {el for el, _ in entries})
    return [(el, own.get(el, []), day) for el, day in entries]


def _stamps_by_entry(stamps: list[Any], entries: set[Any]) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = {}
    for s in stamps:
        holder = next((a for a in (s, *s.iterancestors()) if a in entries), None)
        if holder is not None:
            out.setdefault(holder, []).append(s)
    return out


def _p_chars(els: Any) -> int:
    return sum(len(" ".join(p.text_content().split())) for el in els for p in el.iter("p"))


def _ld_updates(tree: Any) -> list[dict[str, Any]]:
    """The ``liveBlogUpdate`` items of the page's JSON-LD ``LiveBlogPosting``."""
    from sitrep.ingest.page import _json_ld

    out: list[dict[str, Any]] = []
    for item in _json_ld(tree):
        kinds = item.get("@type") if isinstance(item.get("@type"), list) else [item.get("@type")]
        if any(isinstance(k, str) and k.lower() == "liveblogposting" for k in kinds):
            updates = item.get("liveBlogUpdate") or []
            out += [u for u in (updates if isinstance(updates, list) else [updates]) if isinstance(u, dict)]
    return out


def _ld_text(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _ld_anchor(update: dict[str, Any]) -> str | None:
    for key in ("url", "@id"):
        value = update.get(key)
        if isinstance(value, str) and "#" in value:
            frag = value.rsplit("#", 1)[1].strip()
            if _ANCHOR.match(frag):
                return frag
    return None


def _ld_day(update: dict[str, Any]) -> date | None:
    from sitrep.ingest.build import parse_published

    for key in ("datePublished", "dateCreated", "dateModified"):
        try:
            if day := parse_published(update.get(key)):
                return day
        except ValueError:
            continue
    return None


def _fold(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").casefold()).split())


def _ld_match(
    updates: list[dict[str, Any]], heading: str | None, anchor: str | None
) -> dict[str, Any] | None:
    """The JSON-LD update of an entry: same anchor, else same headline."""
    for u in updates:
        if anchor and _ld_anchor(u) == anchor:
            return u
    key = _fold(heading)
    return next((u for u in updates if key and _fold(_ld_text(u.get("headline"))) == key), None)


def _from_html(tree: Any, updates: list[dict[str, Any]]) -> list[LiveEntry]:
    found = _html_entries(tree)
    if len(found) < MIN_ENTRIES:
        return []
    if not updates and _p_chars(el for el, _, _ in found) < MIN_ENTRY_SHARE * _p_chars([tree]):
        return []
    out = []
    for el, stamps, day in found:
        out.append(_html_entry(el, stamps, day, updates))
    return [e for e in out if len(e.text) >= MIN_ENTRY_CHARS]


def _html_entry(el: Any, stamps: list[Any], day: date | None, updates: list[dict[str, Any]]) -> LiveEntry:
    bare = _without_stamps(el, stamps)
    heading, anchor = _heading(bare) or _prefixed_heading(stamps), _anchor(el)
    dated = next((s for s in stamps if _stamp_day(s)), None)
    match = _ld_match(updates, heading, anchor)
    utc = False
    if dated is not None:
        published, why, utc = _stamp_day(dated), "the entry's timestamp", _stamp_utc(dated)
    elif day:
        published, why = day, "the day heading above the entry"
    elif match and (ld := _ld_day(match)):
        published, why, utc = ld, "the entry's JSON-LD liveBlogUpdate", _ld_utc(match)
    else:
        published, why = None, "no date of its own (the page's applies)"
    clocked = next((s for s in ([dated] if dated is not None else stamps) if _stamp_clock(s)), None)
    clock = _stamp_clock(clocked) if clocked is not None else None
    if clocked is not None and dated is None:
        utc = _stamp_utc(clocked)
    if clock is None and match and published and published == _ld_day(match):
        clock = clock_of(str(match.get("datePublished") or ""))
    written = WrittenTime(utc, next((md for s in stamps if (md := month_day(_stamp_text(s)))), None))
    entry_anchor = anchor or (match and _ld_anchor(match))
    return LiveEntry(_entry_text(bare), heading, published, entry_anchor, why, clock, written)


def _ld_utc(update: dict[str, Any]) -> bool:
    return bool(_ISO_UTC.match(str(update.get("datePublished") or "").strip()))


def _from_json_ld(updates: list[dict[str, Any]]) -> list[LiveEntry]:
    """Entries from the JSON-LD updates' ``articleBody`` (pages that render entries with JavaScript)."""
    out = []
    for u in updates:
        body = u.get("articleBody")
        if isinstance(body, str) and len(body.strip()) >= MIN_ENTRY_CHARS:
            day = _ld_day(u)
            why = "the entry's JSON-LD liveBlogUpdate" if day else "no date of its own (the page's applies)"
            clock = clock_of(str(u.get("datePublished") or "")) if day else None
            written = WrittenTime(utc=bool(day) and _ld_utc(u))
            out.append(LiveEntry(body.strip(), _ld_text(u.get("headline")), day, _ld_anchor(u), why, clock, written))
    return out if len(out) >= MIN_ENTRIES else []


def live_entries(tree: Any, html: str) -> list[LiveEntry]:
    """The entries of a live blog in page order, or [] when the page is none (see the module
    docstring). Call before the page's boxes are pruned: entries are copied, the tree is not changed."""
    if not has_live_signal(html):
        return []
    updates = _ld_updates(tree)
    entries = _from_html(tree, updates) or _from_json_ld(updates)
    if not entries:
        return []
    zones = page_zones(tree, html)
    return [replace(e, written=replace(e.written or WrittenTime(), zones=zones)) for e in entries]


def entry_numbers(entries: list[LiveEntry]) -> list[str]:
    """A stable key per entry: its anchor, else its number counted from the oldest entry (the
    page's end when newest first, as live blogs are) so that new entries on top keep old keys."""
    newest_first = _newest_first(entries)
    n = len(entries)
    keys = []
    for i, e in enumerate(entries):
        keys.append(e.anchor if e.anchor else str(n - i if newest_first else i + 1))
    return _unique(keys)


def _newest_first(entries: list[LiveEntry]) -> bool:
    days = [e.published for e in entries if e.published]
    return len(days) < 2 or days[0] >= days[-1]


def _unique(keys: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for k in keys:
        seen[k] = seen.get(k, 0) + 1
        out.append(k if seen[k] == 1 else f"{k}-{seen[k]}")
    return out


# Local zones a page writes: "GMT+3", "UTC+05:30" or a local abbreviation ("EAT", "PKT"; the
# labels of ``sitrep/data/time/zones.json``), and ISO datetimes with a UTC offset ("+03:00").
_ZONE_LABEL = re.compile(r"\b(?:GMT|UTC)\s?[+\-\u2212]\s?\d{1,2}(?::?\d\d)?\b|\b[A-Z]{3,4}\b")
_ISO_OFFSET = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?([+\-]\d\d:?\d\d)\b")


def page_zones(tree: Any, html: str) -> tuple[Any, ...]:
    """The page's local zones, most written first: zone labels of its text, then the UTC offsets of
    its datetimes (a newsroom's offset can be among these: a label or the country goes first)."""
    from collections import Counter

    from sitrep.time.zones import label_zone, offset_of, parse_offset

    body = tree.find("body")
    text = " ".join((body if body is not None else tree).itertext())  # elements apart: "GMT+3" "22:30"
    labels = Counter(z for m in _ZONE_LABEL.finditer(text) if _time_context(text, m.start())
                     and (z := label_zone(m.group(0))))
    offsets = Counter(o for m in _ISO_OFFSET.finditer(html) if (o := parse_offset(m.group(1))))
    found = [z for z, _ in labels.most_common(1)]
    found += [z for o, _ in offsets.most_common(1) if (z := offset_of(o, f"the UTC offset {_hhmm(o)} of the page's datetimes"))]
    return tuple(found)


# A zone label is one only next to a clock time or the word "time(s)" before it ("22:30 EAT", "All
# times are EAT (GMT+3)"): "the ICT ministry" names no zone. Characters looked back:
LABEL_CONTEXT_CHARS = 30
_TIME_WORD = re.compile(r"\btimes?\b", re.IGNORECASE)


def _time_context(text: str, start: int) -> bool:
    before = text[max(0, start - LABEL_CONTEXT_CHARS):start]
    return bool(_CLOCK.search(before) or _TIME_WORD.search(before))


def _hhmm(offset: Any) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def settle(entries: list[LiveEntry], page_day: date | None, country: str | None) -> list[LiveEntry]:
    """The entries with their days settled against the page, once ingest knows its day and country:

    1. a stamp with a day and month but no year takes the year that puts it nearest the page's day;
    2. an entry stamped with a clock time only ("10:42 GMT", "Posted at 7.15am") takes the day of
       the nearest dated entry, else the page's day for the oldest entry, one day more for each
       midnight crossed between clock times (a clock earlier than the one posted before it);
    3. a stamp written in UTC ("...T22:30:00Z", "23:10 GMT") becomes the local day and time of the
       zone the page labels ("EAT", "GMT+3"), else of the article's country (``zones.json``), else of
       the UTC offsets of the page's datetimes; with none it stays UTC and the reason says so.
    """
    out = [_with_year(e, page_day) for e in entries]
    out = _chain(out, page_day)
    return [_localised(e, country) for e in out]


# A day and month without year is at most this many days from the page's day: a live blog runs
# for days or weeks, not half a year (beyond, the year is unknown and the entry keeps the page's).
MAX_YEARLESS_DAYS = 183


def _with_year(e: LiveEntry, page_day: date | None) -> LiveEntry:
    md = e.written.month_day if e.written else None
    if e.published or md is None or page_day is None:
        return e
    days = []
    for year in (page_day.year - 1, page_day.year, page_day.year + 1):
        try:
            days.append(date(year, *md))
        except ValueError:
            continue
    best = min(days, key=lambda d: abs((d - page_day).days), default=None)
    if best is None or abs((best - page_day).days) > MAX_YEARLESS_DAYS:
        return e
    return replace(e, published=best, reason="the entry's timestamp (day and month; the year nearest the page's date)")


def _minutes(clock: str | None) -> int | None:
    return int(clock[:2]) * 60 + int(clock[3:]) if clock else None


def _chain(entries: list[LiveEntry], page_day: date | None) -> list[LiveEntry]:
    """Rule 2 of :func:`settle`, walked from the oldest entry to the newest."""
    if not any(e.published is None and e.clock for e in entries):
        return entries
    newest_first = _clocks_newest_first(entries)
    chrono = list(reversed(entries)) if newest_first else list(entries)
    first = next((i for i, e in enumerate(chrono) if e.published), None)
    if first is None and page_day is None:
        return entries
    if first is None:
        chrono[0] = _chained(chrono[0], page_day, "the page's date (the oldest entry)", 0)
        first = 0 if chrono[0].published else None
    if first is None:
        return entries
    for i in range(first + 1, len(chrono)):
        chrono[i] = _step(chrono[i], chrono[i - 1], +1)
    for i in range(first - 1, -1, -1):
        chrono[i] = _step(chrono[i], chrono[i + 1], -1)
    return list(reversed(chrono)) if newest_first else chrono


def _step(entry: LiveEntry, known: LiveEntry, direction: int) -> LiveEntry:
    """A clock-only entry next to an entry whose day is known, one step later (+1) or earlier (-1)."""
    if entry.published or not entry.clock or known.published is None:
        return entry
    mine, theirs = _minutes(entry.clock), _minutes(known.clock)
    crossed = theirs is not None and mine is not None and (mine < theirs if direction > 0 else mine > theirs)
    source = "the day of the entry posted before it" if direction > 0 else "the day of the entry posted after it"
    return _chained(entry, known.published, source, direction * crossed)


def _chained(entry: LiveEntry, day: date | None, source: str, shift: int) -> LiveEntry:
    if entry.published or not entry.clock or day is None:
        return entry
    why = f"the entry's clock time on {source}"
    if shift:
        why += ", a midnight crossed between their clock times"
    return replace(entry, published=day + timedelta(days=shift), reason=why)


def _clocks_newest_first(entries: list[LiveEntry]) -> bool:
    """Whether the page lists its newest entry first: by the entries' days when two differ, else by
    their clock times (most neighbours going down), else yes (live blogs mostly are)."""
    days = [e.published for e in entries if e.published]
    if len(set(days)) >= 2:
        return days[0] >= days[-1]
    clocks = [m for e in entries if (m := _minutes(e.clock)) is not None]
    down = sum(a > b for a, b in zip(clocks, clocks[1:]))
    up = sum(a < b for a, b in zip(clocks, clocks[1:]))
    return down >= up


def _localised(e: LiveEntry, country: str | None) -> LiveEntry:
    """Rule 3 of :func:`settle`."""
    if e.written is None or not e.written.utc or e.published is None or e.clock is None:
        return e
    from datetime import datetime, timezone

    from sitrep.time.zones import country_zone

    labels = [z for z in e.written.zones if z.source.startswith("the label")]
    others = [z for z in e.written.zones if not z.source.startswith("the label")]
    zone = next(iter(labels + [z for z in [country_zone(country)] if z] + others), None)
    if zone is None:
        return replace(e, reason=f"{e.reason}, in UTC (no local time zone on the page or for its country)")
    hour, minute = divmod(_minutes(e.clock) or 0, 60)
    instant = datetime(e.published.year, e.published.month, e.published.day, hour, minute, tzinfo=timezone.utc)
    local = zone.local(instant)
    why = f"{e.reason}, {e.clock} UTC read as {local:%H:%M} local time (UTC{_hhmm(zone.at(instant))}, {zone.source})"
    return replace(e, published=local.date(), clock=f"{local:%H:%M}", reason=why)
