"""Readers: one per input format, each yielding ``(location, Article | InputError)``.

``location`` names the input in messages: the file, ``file:line`` for corpus lines, ``file[entry
n]`` for feed entries, ``file[record id]`` for WARC records. Readers never raise for a bad input.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.ingest.build import META_FIELDS, article_from_html, article_from_text, parse_published
from sitrep.ingest.decode import check_text, decode_bytes
from sitrep.ingest.files import SIDECAR
from sitrep.settings import Settings
from sitrep.types import Article

__all__ = ["Item", "read_file", "Sidecars", "safe_id", "one_line"]

Item = tuple[str, Article | InputError]
TEXT_COLUMNS = ("text", "body", "content", "article")
_SAFE_ID = re.compile(r"^[\w.:-]{1,100}$")
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]{0,400}>")
_WARC_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)
# Elements of a feed entry's HTML that are no text of the story (a caption describes a photo, it
# does not report; trafilatura drops captions from pages the same way).
_MEDIA_TAGS = ("figure", "figcaption", "iframe", "script", "style", "video", "audio", "noscript")
_BLOCK_END = re.compile(r"<\s*(?:br\s*/?|/\s*(?:p|div|li|h[1-6]|blockquote|tr|section|article))\s*>", re.I)


def safe_id(raw: str | None, fallback: str) -> str:
    """``raw`` when it is a short token; otherwise a hash of ``raw`` (or of ``fallback``)."""
    raw = (raw or "").strip().strip("<>")
    if raw.startswith("urn:uuid:"):
        raw = raw[len("urn:uuid:") :]
    if raw and _SAFE_ID.match(raw):
        return raw
    return "u" + hashlib.sha1((raw or fallback).encode("utf-8")).hexdigest()[:16]


def one_line(problem: str) -> str:
    """Messages are one line: a library's multi-line exception text is joined."""
    return " ".join(problem.split())


def _error(loc: str, problem: str) -> Item:
    return loc, InputError(loc, one_line(problem))


def _build(loc: str, build: Callable[[], Article], text: str, settings: Settings) -> Item:
    """Run ``build`` and turn a ``ValueError`` into an ``InputError`` for ``loc``."""
    if len(text) > settings.max_article_chars:
        return _error(
            loc, f"too long: {len(text):,} characters (max_article_chars {settings.max_article_chars:,})"
        )
    try:
        return loc, build()
    except ValueError as exc:
        return _error(loc, str(exc))


# --- plain text and HTML files, with their sidecar -------------------------------------------


class Sidecars:
    """The ``manifest.jsonl`` metadata beside text and HTML files, read once per folder."""

    def __init__(self) -> None:
        self._by_dir: dict[Path, dict[str, dict[str, Any]]] = {}

    def load(self, folder: Path) -> Iterator[Item]:
        """Read the folder's sidecar if not yet read; yield an error for each bad line."""
        if folder in self._by_dir:
            return
        self._by_dir[folder] = {}
        path = folder / SIDECAR
        if path.is_file():
            yield from self._read(path, self._by_dir[folder])

    def meta(self, folder: Path, article_id: str) -> dict[str, Any]:
        return self._by_dir.get(folder, {}).get(article_id, {})

    def _read(self, path: Path, out: dict[str, dict[str, Any]]) -> Iterator[Item]:
        for loc, rec in _json_lines(path):
            if isinstance(rec, InputError):
                yield loc, rec
            elif problem := _sidecar_problem(rec):
                yield _error(loc, problem)
            else:
                out[str(rec["id"])] = {k: rec[k] for k in META_FIELDS if rec.get(k) not in (None, "")}


def _sidecar_problem(rec: dict[str, Any]) -> str | None:
    if rec.get("id") in (None, ""):
        return "missing required field 'id'"
    if "text" in rec or "html" in rec:
        return (
            "a sidecar manifest.jsonl holds metadata only (no 'text'/'html'); rename it to use it as a corpus"
        )
    try:
        parse_published(rec.get("published"))
    except ValueError as exc:
        return str(exc)
    return None


def read_document(path: Path, kind: str, sidecars: Sidecars, settings: Settings) -> Iterator[Item]:
    """A ``.txt`` or ``.html`` file as one article; id = file name without extension."""
    yield from sidecars.load(path.parent)
    loc = str(path)
    try:
        text = decode_bytes(path.read_bytes(), html=kind == "html")
    except (OSError, ValueError) as exc:
        yield _error(loc, str(exc))
        return
    meta = dict(sidecars.meta(path.parent, path.stem), origin="sidecar", input_path=loc)
    make = article_from_html if kind == "html" else article_from_text
    yield _build(loc, lambda: make(path.stem, text, **meta), text, settings)


# --- corpora ---------------------------------------------------------------------------------


def _json_lines(path: Path) -> Iterator[tuple[str, dict[str, Any] | InputError]]:
    """Each non-blank line of a JSONL file as an object, or an error naming file and line."""
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            loc = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield loc, InputError(loc, "undecodable bytes: the line is not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield loc, InputError(loc, f"invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(rec, dict):
                yield loc, InputError(loc, f"not a JSON object but {type(rec).__name__}")
                continue
            yield loc, rec


def _record_item(loc: str, rec: dict[str, Any], settings: Settings, path: Path) -> Item:
    """A corpus record ({"id", "text" | "html", ...metadata}) as an article or an error."""
    rid = rec.get("id")
    if rid in (None, ""):
        return _error(loc, "missing required field 'id'")
    field = (
        "text" if rec.get("text") not in (None, "") else "html" if rec.get("html") not in (None, "") else None
    )
    headline_only = field is None and rec.get("text") == "" and isinstance(rec.get("title"), str) and rec["title"].strip()
    if field is None and not headline_only:
        return _error(loc, "missing required field 'text' (or 'html'; an empty 'text' only with a 'title')")
    field = field or "text"
    body = rec[field]
    if not isinstance(body, str):
        return _error(loc, f"field {field!r} is not a string")
    meta = {k: rec[k] for k in META_FIELDS if rec.get(k) not in (None, "")}
    make = article_from_html if field == "html" else article_from_text

    def build() -> Article:
        if not headline_only:  # a paywalled page: its headline is the article (ingest.build)
            check_text(body)
        return make(str(rid), body, origin="corpus", input_path=str(path), **meta)

    return _build(loc, build, body, settings)


def read_jsonl(path: Path, settings: Settings) -> Iterator[Item]:
    for loc, rec in _json_lines(path):
        yield (loc, rec) if isinstance(rec, InputError) else _record_item(loc, rec, settings, path)


def _csv_rows(path: Path, settings: Settings) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and (first line, row) pairs; the csv field limit is raised only while reading."""
    text = decode_bytes(path.read_bytes())
    old = csv.field_size_limit(max(settings.max_article_chars + 1, 131072))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = list(reader.fieldnames or [])
        rows, line = [], reader.line_num + 1
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
        return header, rows
    finally:
        csv.field_size_limit(old)


def read_csv(path: Path, settings: Settings) -> Iterator[Item]:
    """A CSV corpus with a header row: ``id`` and one of ``text``/``body``/``content``/``html``."""
    try:
        header, rows = _csv_rows(path, settings)
    except (OSError, ValueError, csv.Error) as exc:
        yield _error(str(path), f"cannot read CSV: {exc}")
        return
    columns = {h.strip().lower(): h for h in header if h}
    text_col = next((columns[c] for c in TEXT_COLUMNS + ("html",) if c in columns), None)
    if text_col is None:
        yield _error(
            str(path), f"CSV has no text column (expected one of: {', '.join(TEXT_COLUMNS + ('html',))})"
        )
        return
    if "id" not in columns:
        yield _error(str(path), "CSV has no 'id' column")
        return
    field = "html" if columns.get("html") == text_col else "text"
    for line, row in rows:
        rec = {k.strip().lower(): v for k, v in row.items() if isinstance(k, str)}
        rec[field] = row.get(text_col)
        yield _record_item(f"{path}:{line}", rec, settings, path)


# --- feeds and web archives ------------------------------------------------------------------


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    import lxml.html

    if not _TAG.search(html):
        return html
    marked = _BLOCK_END.sub("\n\n", html)
    try:
        tree = lxml.html.fromstring(f"<div>{marked}</div>")
        _drop_media(tree)
        return tree.text_content()
    except Exception:  # lxml raises several types for broken markup: fall back to stripping tags
        return _TAG.sub(" ", marked)


def _drop_media(tree: Any) -> None:
    """Figures with their captions and credits, embedded players and scripts, and the boxes that
    are not the story (share bars, related links: :func:`sitrep.ingest.page.prune_boxes`)."""
    from sitrep.ingest.page import prune_boxes

    for el in list(tree.iter(*_MEDIA_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    prune_boxes(tree)


def _entry_date(entry: Any) -> date | None:
    """The entry's own calendar day: the date as written with its UTC offset ("2024-06-02T21:05-05:00"
    is 2 June, not the 3 June feedparser's UTC reading gives); else feedparser's parsed date."""
    for raw in (dict.get(entry, "published"), dict.get(entry, "updated")):  # no feedparser key aliasing
        try:
            if day := parse_published(raw):
                return day
        except ValueError:
            continue
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def _entry_item(path: Path, n: int, entry: Any, feed_meta: dict[str, Any], settings: Settings) -> Item:
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else entry.get("summary", "")
    raw_id = entry.get("id") or entry.get("link")
    loc = f"{path}[entry {n}]"
    if not body.strip():  # a video or link-only entry (feedparser drops embedded players)
        return _error(loc, "skipped: feed entry has no text (no content or summary)")
    text = fragment_text(body)
    meta = {
        "title": entry.get("title"),
        "url": entry.get("link"),
        "published": _entry_date(entry),
        **feed_meta,
    }
    aid = safe_id(raw_id, f"{path}#{n}")
    return _build(
        loc, lambda: article_from_text(aid, text, origin="feed", input_path=str(path), **meta), text, settings
    )


def read_feed(path: Path, settings: Settings) -> Iterator[Item]:
    """An RSS or Atom file (needs the optional ``feedparser``: ``pip install 'sitrep[feeds]'``)."""
    try:
        import feedparser
    except ImportError:
        yield _error(str(path), "reading RSS/Atom needs feedparser: pip install 'sitrep[feeds]'")
        return
    try:
        parsed = feedparser.parse(path.read_bytes())
    except OSError as exc:
        yield _error(str(path), str(exc))
        return
    if not parsed.entries:
        problem = "not an RSS/Atom feed" if not parsed.get("version") else "feed has no entries"
        yield _error(str(path), problem)
        return
    feed = parsed.get("feed", {})
    feed_meta = {"source": feed.get("title"), "language": feed.get("language")}
    for n, entry in enumerate(parsed.entries, start=1):
        yield _entry_item(path, n, entry, feed_meta, settings)


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in ctype)


def _record_html(record: Any) -> str:
    body = record.content_stream().read()
    ctype = record.http_headers.get_header("Content-Type") or ""
    m = re.search(r"charset=([\w-]+)", ctype, re.I)
    if m:
        try:
            return body.decode(m.group(1))
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_bytes(body, html=True)


def _warc_item(path: Path, record: Any, settings: Settings) -> Item:
    url = record.rec_headers.get_header("WARC-Target-URI")
    aid = safe_id(record.rec_headers.get_header("WARC-Record-ID"), url or "")
    loc = f"{path}[{aid}]"
    try:
        html = _record_html(record)
    except ValueError as exc:
        return _error(loc, str(exc))
    return _build(
        loc,
        lambda: article_from_html(aid, html, url=url, origin="warc", input_path=str(path)),
        html,
        settings,
    )


def read_warc(path: Path, settings: Settings) -> Iterator[Item]:
    """HTML responses (status 2xx) of a WARC or WARC.gz file (needs the optional ``warcio``)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield _error(str(path), "reading WARC needs warcio: pip install 'sitrep[warc]'")
        return
    records = pages = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                records += record.format != "arc" and record.rec_type in _WARC_TYPES
                if _is_html_response(record):
                    pages += 1
                    yield _warc_item(path, record, settings)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield _error(str(path), f"broken WARC: {exc}")
        return
    if not records:
        yield _error(str(path), "broken WARC: no WARC records found")
    elif not pages:
        yield _error(str(path), "skipped: no HTML responses in the archive")


def read_file(path: Path, kind: str, sidecars: Sidecars, settings: Settings) -> Iterator[Item]:
    """Dispatch on the input kind (see :func:`sitrep.ingest.files.input_kind`)."""
    if kind in ("text", "html"):
        return read_document(path, kind, sidecars, settings)
    readers = {"jsonl": read_jsonl, "csv": read_csv, "feed": read_feed, "warc": read_warc}
    return readers[kind](path, settings)
