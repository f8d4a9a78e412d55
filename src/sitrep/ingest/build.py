"""From raw text or HTML plus optional metadata to one :class:`~sitrep.types.Article`.

Metadata is taken from layers in priority order: what the caller gives (a sidecar, a corpus line,
a feed entry), then the HTML's own metadata, then the article's first lines (dateline, byline,
headline). ``Article.origin`` records the layer each value came from.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from sitrep.ingest.clean import clean_lines, normalize_lines
from sitrep.ingest.header import find_header_meta, guess_title, parse_date
from sitrep.ingest.lang import detect_language
from sitrep.types import Article

__all__ = ["article_from_text", "article_from_html", "parse_published", "META_FIELDS"]

META_FIELDS = ("title", "url", "source", "published", "language")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WORD = re.compile(r"[^\W\d_]{2,}")
# A written-out publication date ("Monday, June 23, 2014 5:56 AM EDT") is short; a longer value is
# a sentence that happens to hold a date, not a date.
MAX_WRITTEN_DATE_CHARS = 40
# An article needs at least this many words of two or more letters: fewer is markup debris or an
# empty page ("<<<\n>> —" from broken HTML), never a report (the shortest CASE-2021 snippet has 5).
MIN_ARTICLE_WORDS = 3
Layer = tuple[str, dict[str, Any]]  # (origin, {field: value})


def parse_published(value: Any) -> date | None:
    """A publication date from an ISO date/datetime, an RFC 2822 date, a short written date
    ("June 23, 2014"), a ``date`` or None.

    Raises ``ValueError`` for anything else, naming the value.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        if _ISO_DAY.match(s):
            return date.fromisoformat(s[:10])
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    written = parse_date(s)  # "June 23, 2014", "23 June 2014", "06/23/2014"
    if written is None or len(s) > MAX_WRITTEN_DATE_CHARS:
        raise ValueError(f"'published' is not a date: {s[:40]!r} (expected ISO 8601, e.g. 2014-06-23)")
    return written


def _given(meta: dict[str, Any]) -> tuple[str, dict[str, Any], str | None]:
    """(origin, metadata fields, input path) from the keyword arguments of the public builders."""
    meta = dict(meta)
    origin = str(meta.pop("origin", "corpus"))
    input_path = meta.pop("input_path", None)
    unknown = set(meta) - set(META_FIELDS)
    if unknown:
        raise TypeError(f"unknown article metadata: {', '.join(sorted(unknown))}")
    fields = {k: v if k == "published" else str(v).strip() for k, v in meta.items() if v not in (None, "")}
    if "published" in fields:
        fields["published"] = parse_published(fields["published"])
    return origin, fields, input_path


def article_from_text(id: str, text: str, **meta: Any) -> Article:
    """Clean ``text``, read its dateline/byline/headline, hash it.

    ``meta`` may hold ``title``, ``url``, ``source``, ``published``, ``language`` (these win over
    anything read from the text), ``origin`` (where they came from; default "corpus") and
    ``input_path``. Raises ``ValueError`` when nothing is left after cleaning.
    """
    origin, fields, input_path = _given(meta)
    return _assemble(id, text, [(origin, fields)], input_path)


def article_from_html(id: str, html: str, **meta: Any) -> Article:
    """Main text and metadata via trafilatura (publication date: htmldate, no extensive search)."""
    origin, fields, input_path = _given(meta)
    text, html_meta = extract_html(html, fields.get("url"))
    return _assemble(id, text, [(origin, fields), ("html-meta", html_meta)], input_path)


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """(main text, metadata found in the page); ``ValueError`` when there is no main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise ValueError("no article text found in the HTML (empty or broken page)")
    found = {"title": doc.title, "source": doc.sitename, "url": doc.url, "published": doc.date}
    found = {k: v for k, v in found.items() if v}
    if "published" in found:
        found["published"] = _lenient_date(found["published"])
    return doc.text, found


def _lenient_date(value: Any) -> date | None:
    try:
        return parse_published(value)
    except ValueError:
        return None


def _header_layers(lines: list[str], cleaned: list[str]) -> list[Layer]:
    head = find_header_meta(lines)
    layers: list[Layer] = []
    if head.published:
        layers.append((head.published_origin or "dateline", {"published": head.published}))
    if head.source:
        layers.append((head.source_origin or "dateline", {"source": head.source}))
    if title := guess_title(cleaned):
        layers.append(("headline", {"title": title}))
    return layers


def _assemble(id: str, raw: str, layers: list[Layer], input_path: str | None) -> Article:
    lines = normalize_lines(raw)
    cleaned = clean_lines(lines)
    if not cleaned.text.strip():
        raise ValueError("no text left after removing page furniture")
    if len(_WORD.findall(cleaned.text, 0, 2000)) < MIN_ARTICLE_WORDS:
        raise ValueError(f"no article text (fewer than {MIN_ARTICLE_WORDS} words)")
    layers = layers + _header_layers(lines, cleaned.text.split("\n"))
    values, origin = _pick(layers)
    language = values.get("language") or detect_language(cleaned.text).language
    return Article(
        id=str(id),
        text=cleaned.text,
        content_hash=hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest(),
        title=values.get("title"),
        url=values.get("url"),
        source=values.get("source"),
        published=values.get("published"),
        language=_language_code(language),
        origin=origin,
        input_path=input_path,
    )


def _pick(layers: list[Layer]) -> tuple[dict[str, Any], dict[str, str]]:
    """For each field the value of the first layer that has one, and that layer's origin."""
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for field in META_FIELDS:
        for name, fields in layers:
            if fields.get(field) not in (None, ""):
                values[field] = fields[field]
                origin[field] = name
                break
        else:
            if field != "language":
                origin[field] = "none"
    return values, origin


def _language_code(value: Any) -> str | None:
    """ "en-US" -> "en"; None stays None."""
    if not value:
        return None
    return str(value).replace("_", "-").split("-")[0].lower() or None
