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
from functools import cache
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.ingest.build import META_FIELDS, article_from_text, articles_from_html, parse_published
from sitrep.ingest.decode import check_text, decode_bytes
from sitrep.ingest.files import SIDECAR
from sitrep.settings import Settings
from sitrep.types import Article

__all__ = ["Item", "read_file", "Sidecars", "safe_id", "one_line"]

Item = tuple[str, Article | InputError]
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
    return next(_build_many(loc, lambda: [build()], text, settings))


def _build_many(loc: str, build: Callable[[], list[Article]], text: str, settings: Settings) -> Iterator[Item]:
    """``_build`` for a page that may give several articles (a live blog's entries, located
    ``loc#key`` after their id's key)."""
    if len(text) > settings.max_article_chars:
        yield _error(
            loc, f"too long: {len(text):,} characters (max_article_chars {settings.max_article_chars:,})"
        )
        return
    try:
        arts = build()
    except ValueError as exc:
        yield _error(loc, str(exc))
        return
    for art in arts:
        yield (f"{loc}#{art.id.rsplit('#', 1)[1]}" if len(arts) > 1 and "#" in art.id else loc), art


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
    if kind == "html":
        yield from _build_many(loc, lambda: articles_from_html(path.stem, text, **meta), text, settings)
    else:
        yield _build(loc, lambda: article_from_text(path.stem, text, **meta), text, settings)


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


def _aliases(name: str) -> tuple[str, ...]:
    from sitrep.ingest._data import corpus_fields

    return corpus_fields()[name]


@cache
def _alias_index() -> dict[str, tuple[str, int]]:
    """Corpus field name -> (article field, rank among its names; 0 is best)."""
    from sitrep.ingest._data import corpus_fields

    index: dict[str, tuple[str, int]] = {}
    for name, aliases in corpus_fields().items():
        for rank, alias in enumerate(aliases):
            index.setdefault(alias, (name, rank))
    return index


Fields = dict[str, tuple[str, Any]]  # article field -> (corpus field, value)


def _mapped(rec: dict[str, Any]) -> tuple[Fields, set[str]]:
    """The record's values by article field (the best-ranked non-empty corpus field of each), and
    the article fields given only as an empty string (a paywalled page's empty 'text')."""
    index = _alias_index()
    best: Fields = {}
    ranks: dict[str, int] = {}
    empty: set[str] = set()
    for key, value in rec.items():
        low = str(key).strip().lower()
        hit = index.get(low)
        if hit is None:
            continue
        name, rank = hit
        if value == "":
            empty.add(name)
        elif value in (None, [], {}):
            continue
        elif rank < ranks.get(name, len(index)):
            best[name], ranks[name] = (low, value), rank
    return best, empty - set(best)


def _body(fields: Fields) -> tuple[str | None, str | None, Any]:
    """(kind "text"/"html", field, value) of the record's text; summaries only without a text."""
    for kind, name in (("text", "text"), ("html", "html"), ("text", "summary")):
        if name in fields:
            return kind, *fields[name]
    return None, None, None


def _record_id(fields: Fields) -> str | None:
    """The record's id, else one derived from its url (news-please and newspaper3k records have none)."""
    if "id" in fields:
        return str(fields["id"][1])
    url = fields.get("url", (None, None))[1]
    return safe_id(url, url) if isinstance(url, str) and url.strip() else None


def _meta_value(fields: Fields, name: str) -> Any:
    value = fields.get(name, (None, None))[1]
    if isinstance(value, dict):  # NewsAPI's "source": {"id": ..., "name": "BBC News"}
        value = value.get("name") or value.get("title")
    return value if value not in (None, "") else None


def _uncut(body: str) -> str:
    """The text without the mark an API left where it cut it ("... [+1520 chars]")."""
    from sitrep.ingest._data import cut_marks

    for rx in cut_marks():
        body = rx.sub("", body)
    return body


def _is_date(value: Any) -> bool:
    try:
        return parse_published(value) is not None
    except ValueError:
        return False


def _no_text(loc: str, rec: dict[str, Any]) -> Item:
    problem = "missing required field 'text' (or 'html'; an empty 'text' only with a 'title')"
    others = sorted(low for k in rec if (low := str(k).strip().lower()) not in _aliases("id"))
    if others:
        read = ", ".join(_aliases("text")[:6] + _aliases("html")[:1] + _aliases("summary")[:1])
        problem += f"; fields found: {', '.join(others)[:200]}; text is read from: {read}, ..."
    return _error(loc, problem)


def _record_items(loc: str, rec: dict[str, Any], settings: Settings, path: Path) -> Iterator[Item]:
    """A corpus record ({"id", "text" | "html", ...metadata}, field names of ``fields.json``) as
    articles (several for a live blog's HTML) or an error."""
    fields, empty = _mapped(rec)
    rid = _record_id(fields)
    if rid is None:
        yield _error(loc, "missing required field 'id'")
        return
    kind, field, body = _body(fields)
    title = _meta_value(fields, "title")
    headline_only = kind is None and "text" in empty and isinstance(title, str) and title.strip()
    if kind is None and not headline_only:
        yield _no_text(loc, rec)
        return
    kind, body = kind or "text", "" if headline_only else body
    if isinstance(body, list) and all(isinstance(x, str) for x in body):  # paragraphs as a list
        body = "\n\n".join(body)
    if not isinstance(body, str):
        yield _error(loc, f"field {field!r} is not a string")
        return
    body = _uncut(body) if kind == "text" and "[+" in body else body
    meta = {k: v for k in META_FIELDS if (v := _meta_value(fields, k)) is not None}
    if "published" in meta and fields["published"][0] != "published" and not _is_date(meta["published"]):
        del meta["published"]  # another tool's "date" or "time" column may hold anything; ours may not

    def build() -> list[Article]:
        if not headline_only:  # a paywalled page: its headline is the article (ingest.build)
            check_text(body)
        if kind == "html":
            return articles_from_html(rid, body, origin="corpus", input_path=str(path), **meta)
        return [article_from_text(rid, body, origin="corpus", input_path=str(path), **meta)]

    yield from _build_many(loc, build, body, settings)


def read_jsonl(path: Path, settings: Settings) -> Iterator[Item]:
    for loc, rec in _json_lines(path):
        if isinstance(rec, InputError):
            yield loc, rec
        else:
            yield from _record_items(loc, rec, settings, path)


# A .json file is read whole: at most this many times ``max_article_chars`` (a news-please article
# file holds one record, an export of a few thousand records runs to tens of megabytes).
MAX_JSON_FILE_ARTICLES = 2000


def read_json(path: Path, settings: Settings) -> Iterator[Item]:
    """A ``.json`` file: one record (news-please writes one file per article) or a list of them
    (records located ``file[n]``). A file with no record holding a text field is skipped."""
    loc = str(path)
    try:
        if path.stat().st_size > MAX_JSON_FILE_ARTICLES * settings.max_article_chars:
            yield _error(loc, "too large for a .json corpus file: split it or write it as JSONL")
            return
        data = json.loads(decode_bytes(path.read_bytes()))
    except (OSError, ValueError) as exc:
        yield _error(loc, f"invalid JSON: {exc}")
        return
    records = data if isinstance(data, list) else [data]
    if not any(isinstance(r, dict) and _has_text_field(r) for r in records):
        yield _error(loc, "skipped: a JSON file with no article record (no text field)")
        return
    for n, rec in enumerate(records, start=1):
        where = loc if not isinstance(data, list) else f"{loc}[{n}]"
        if isinstance(rec, dict):
            yield from _record_items(where, rec, settings, path)
        else:
            yield _error(where, f"not a JSON object but {type(rec).__name__}")


def _has_text_field(rec: dict[str, Any]) -> bool:
    keys = {str(k).strip().lower() for k in rec}
    return any(a in keys for name in ("text", "html", "summary") for a in _aliases(name))


def _csv_rows(path: Path, settings: Settings) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and (first line, row) pairs; the csv field limit is raised only while reading."""
    text = decode_bytes(path.read_bytes())
    old = csv.field_size_limit(max(settings.max_article_chars + 1, 131072))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(path, text))
        header = list(reader.fieldnames or [])
        rows, line = [], reader.line_num + 1
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
        return header, rows
    finally:
        csv.field_size_limit(old)


def _delimiter(path: Path, text: str) -> str:
    """A tab for ``.tsv`` files and for files whose header line has tabs and no commas."""
    header = text.split("\n", 1)[0]
    return "\t" if path.suffix.lower() == ".tsv" or ("\t" in header and "," not in header) else ","


def read_csv(path: Path, settings: Settings) -> Iterator[Item]:
    """A CSV (or tab-separated) corpus with a header row: a text column (``text``, ``body``,
    ``content``, ``maintext``, ``html`` ...: ``fields.json``) and an ``id`` (or a url) column."""
    try:
        header, rows = _csv_rows(path, settings)
    except (OSError, ValueError, csv.Error) as exc:
        yield _error(str(path), f"cannot read CSV: {exc}")
        return
    columns = {h.strip().lower() for h in header if h}
    if not any(a in columns for name in ("text", "html", "summary") for a in _aliases(name)):
        expected = ", ".join(_aliases("text")[:6] + _aliases("html")[:1])
        yield _error(str(path), f"CSV has no text column (expected one of: {expected}, ...)")
        return
    if not any(a in columns for a in _aliases("id") + _aliases("url")):
        yield _error(str(path), "CSV has no 'id' column")
        return
    for line, row in rows:
        rec = {k: v for k, v in row.items() if isinstance(k, str)}
        yield from _record_items(f"{path}:{line}", rec, settings, path)


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


def _warc_items(path: Path, record: Any, settings: Settings) -> Iterator[Item]:
    url = record.rec_headers.get_header("WARC-Target-URI")
    aid = safe_id(record.rec_headers.get_header("WARC-Record-ID"), url or "")
    loc = f"{path}[{aid}]"
    try:
        html = _record_html(record)
    except ValueError as exc:
        return iter([_error(loc, str(exc))])
    return _build_many(
        loc,
        lambda: articles_from_html(aid, html, url=url, origin="warc", input_path=str(path)),
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
                    yield from _warc_items(path, record, settings)
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
    readers = {"jsonl": read_jsonl, "json": read_json, "csv": read_csv, "feed": read_feed, "warc": read_warc}
    return readers[kind](path, settings)
