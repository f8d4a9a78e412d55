"""From raw text or HTML plus optional metadata to one :class:`~sitrep.types.Article`.

Metadata is taken from layers in priority order: what the caller gives (a sidecar, a corpus line,
a feed entry), then the HTML's own metadata, then the article's first lines (dateline, byline,
headline). ``Article.origin`` records the layer each value came from.

A headline given with the article (a corpus or feed field, a sidecar, the HTML ``<title>``) that the
body does not already contain becomes the first paragraph of ``Article.text``: a headline is
evidence like any sentence ("3 boys shot in Durham" over a paywalled page), every offset refers to
the text the pipeline reads, and ``Article.origin["headline"]`` names the layer it came from. An
outlet's name around it ("... - KSLA News 12", "... :: WRAL.com") is dropped first, and a title of
fewer than ``MIN_HEADLINE_WORDS`` words ("en") or that only names the outlet is never added.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any

from sitrep.ingest._data import outlets
from sitrep.ingest.clean import clean_lines, normalize_lines
from sitrep.ingest.header import find_header_meta, guess_title, parse_date
from sitrep.ingest.lang import detect_language
from sitrep.types import Article

__all__ = [
    "META_FIELDS",
    "article_from_html",
    "article_from_text",
    "articles_from_html",
    "headline_of",
    "parse_published",
]

META_FIELDS = ("title", "url", "source", "published", "language", "country")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WORD = re.compile(r"[^\W\d_]{2,}")
# A written-out publication date ("Monday, June 23, 2014 5:56 AM EDT") is short; a longer value is
# a sentence that happens to hold a date, not a date.
MAX_WRITTEN_DATE_CHARS = 40
# An article needs at least this many words of two or more letters: fewer is markup debris or an
# empty page ("<<<\n>> —" from broken HTML), never a report (the shortest CASE-2021 snippet has 5).
MIN_ARTICLE_WORDS = 3
Layer = tuple[str, dict[str, Any]]  # (origin, {field: value})
# A given title becomes the first paragraph only with at least this many words of two or more
# letters: "en" or "Home" is a page name, not a headline (the shortest GVA headlines that report a
# shooting, "Teen shot", "Man killed", have two).
MIN_HEADLINE_WORDS = 2
# A segment of a title after (or before) " | ", " :: ", " - " is an outlet's name when it has at most
# this many words and reads like one (see _outlet_segment): "KSLA News 12 Shreveport, Louisiana
# News Weather & Sports" has 9 words, the longest such suffix among the GVA dev titles.
MAX_OUTLET_WORDS = 10
# A whole title is a page name ("The Cleveland Daily Banner", "MSC News") only when this short:
# a title-case headline may hold an outlet word ("Three-Year-Old Shot Multiple Times While ...").
MAX_PAGE_NAME_WORDS = 4
# Words that mark a title segment as an outlet's name (newspaper and broadcaster nouns, lower case).
OUTLET_WORDS = frozenset(
    "news times post tribune herald journal gazette online tv radio channel press daily sun star "
    "register observer chronicle inquirer courier sports weather media dispatch bulletin telegraph "
    "examiner sentinel globe patch newspaper magazine network blotter eyewitness".split()
)
# A section label above the headline ("War", "News Feature", "Israel-Palestine conflict") has at
# most this many words, and at most this many such lines stand above the headline in the text.
MAX_KICKER_WORDS = 3
MAX_KICKER_LINES = 3
# A page declaring itself a video (og:type video.*) is skipped when its text, headline aside, has
# fewer words than this: player debris and a one-line blurb ("Watch: rescuers search the rubble")
# are no report; a video page with a written story (a few paragraphs) is read as an article.
MIN_VIDEO_PAGE_WORDS = 40
# Key of a page's posted/published stamp in ``extract_html``'s metadata: a fallback that comes after
# the dated lines of the text itself (origin "byline", like the same stamp read from the text).
STAMP_KEY = "_page_stamp"
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||::|-|–|—|»)\s+")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|tv|us|co|info|news)\b", re.IGNORECASE)
_CALL_SIGN = re.compile(r"^(?:[KW][A-Z]{2,3}|CBS|NBC|ABC|FOX|CNN|PBS|NPR|AP|UPI)(?:-?TV|\d+)?$")
_FOLD = re.compile(r"[^\w]+|_")


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
    if (digits := _digit_date(value, s)) is not None:
        return digits
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


# Epoch timestamps: seconds below this, milliseconds from it (1e11 s is the year 5138; 1e11 ms is
# March 1973, before any digital news corpus).
EPOCH_MS_FROM = 10**11
# GDELT and feeds: 20240315, 202403151230, 20240315123000, 20240315T123000Z (not 13 digits: epoch ms)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\d{4}|\d{6}|T\d{4}(?:\d{2})?Z?)?$")
_EPOCH = re.compile(r"^\d{9,10}(?:\.\d+)?$|^\d{12,13}$")


def _digit_date(value: Any, s: str) -> date | None:
    """A compact date ("20240315", GDELT's "20240315123000", "20240315T123000Z", also as a number)
    or an epoch timestamp in seconds or milliseconds (a number or a string of 9-10 or 12-13
    digits), UTC day; None for anything else."""
    if isinstance(value, bool):
        return None
    m = _COMPACT.match(s)  # first: GDELT writes SQLDATE 20240315 as a number too
    if m and (day := _valid_day(int(m[1]), int(m[2]), int(m[3]))):
        return day
    if isinstance(value, (int, float)) or _EPOCH.match(s):
        from datetime import UTC

        seconds = float(s) / (1000 if float(s) >= EPOCH_MS_FROM else 1)
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            raise ValueError(f"'published' is not a date: {s[:40]!r} (an epoch timestamp out of range)") from None
    return None


def _valid_day(y: int, mo: int, d: int) -> date | None:
    from sitrep.ingest.header import MAX_YEAR, MIN_YEAR

    if not MIN_YEAR <= y <= MAX_YEAR:  # "97830720..." is an epoch in milliseconds, not the year 9783
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


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
    if "country" in fields:
        fields["country"] = parse_country(fields["country"])
    return origin, fields, input_path


def parse_country(value: Any) -> str:
    """The ISO 3166-1 alpha-2 code of a country given by name or code ("Nigeria", "NG", "NGA").

    Raises ``ValueError`` naming the value when it is no country.
    """
    from sitrep.actors.countries import country_by_name

    s = " ".join(str(value).split())
    known = country_by_name(s)
    if known is not None and known.iso2:
        return known.iso2.upper()
    import pycountry

    try:
        return pycountry.countries.lookup(s).alpha_2
    except LookupError:
        raise ValueError(f"'country' is not a known country: {s[:40]!r} (a name or an ISO 3166 code, e.g. NG or Nigeria)") from None


def article_from_text(id: str, text: str, **meta: Any) -> Article:
    """Clean ``text``, read its dateline/byline/headline, hash it.

    ``meta`` may hold ``title``, ``url``, ``source``, ``published``, ``language`` (these win over
    anything read from the text), ``origin`` (where they came from; default "corpus") and
    ``input_path``. Raises ``ValueError`` when nothing is left after cleaning.
    """
    origin, fields, input_path = _given(meta)
    return _assemble(id, text, [(origin, fields)], input_path)


def article_from_html(id: str, html: str, **meta: Any) -> Article:
    """Main text and metadata via trafilatura (publication date: htmldate, no extensive search).
    A live blog is read as one article here; :func:`articles_from_html` splits it into entries."""
    origin, fields, input_path = _given(meta)
    text, html_meta = extract_html(html, fields.get("url"))
    return _page_article(id, text, html_meta, (origin, fields), input_path)


def _page_article(id: str, text: str, html_meta: dict[str, Any], given: Layer, input_path: str | None) -> Article:
    stamp = html_meta.pop(STAMP_KEY, None)
    fallback = [("byline", {"published": stamp})] if stamp else []
    return _assemble(id, text, [given, ("html-meta", html_meta)], input_path, fallback)


def articles_from_html(id: str, html: str, **meta: Any) -> list[Article]:
    """Like :func:`article_from_html`, but a live blog gives one article per entry
    (:mod:`sitrep.ingest.liveblog`): id ``<id>#<anchor or number>``, the entry's heading (else the
    page's title, never added to the text), day (else the page's) and address with its anchor.
    Entries with no article text are left out; ``ValueError`` as for a page."""
    from sitrep.ingest.liveblog import live_entries
    from sitrep.ingest.page import load_page

    origin, fields, input_path = _given(meta)
    tree = load_page(html)
    if tree is None:
        raise ValueError("no article text found in the HTML (empty or broken page)")
    entries = live_entries(tree, html)
    try:
        text, html_meta = _extract_tree(tree, fields.get("url"))
    except ValueError:  # a live blog rendered by JavaScript: its entries are in its JSON-LD
        if not entries:
            raise
        text, html_meta = "\n\n".join(e.text for e in entries), _declared_meta(tree)
    if not entries:
        return [_page_article(id, text, html_meta, (origin, fields), input_path)]
    return _entry_articles(id, entries, (text, html_meta), (origin, fields), input_path)


def _declared_meta(tree: Any) -> dict[str, Any]:
    """Title, address and date the page declares (JSON-LD), for a page without text of its own."""
    from sitrep.ingest.page import page_hints

    hints = page_hints(tree)
    found = {"title": hints.headline, "url": hints.url, "published": _lenient_date(hints.published)}
    return {k: v for k, v in found.items() if v}


def _entry_articles(
    id: str, entries: list[Any], page: tuple[str, dict[str, Any]], given: Layer, input_path: str | None
) -> list[Article]:
    from dataclasses import replace

    from sitrep.ingest.liveblog import entry_numbers, settle

    text, html_meta = page
    origin, fields = given
    stamp = html_meta.pop(STAMP_KEY, None)
    page_title = headline_of(fields.get("title") or html_meta.get("title"), html_meta.get("source"))
    base_url = (fields.get("url") or html_meta.get("url") or "").split("#")[0] or None
    language = fields.get("language") or detect_language(text).language
    country = None if fields.get("country") else title_country(page_title)
    rest = [(origin, _without(fields, "title", "url")), ("html-meta", _without(html_meta, "title", "url"))]
    fallback = [("byline", {"published": stamp})] if stamp else []
    page_day = _pick(rest + fallback)[0].get("published")
    entries = settle(entries, page_day, fields.get("country") or country)
    out = []
    for key, entry in zip(entry_numbers(entries), entries):
        url = f"{base_url}#{entry.anchor}" if base_url and entry.anchor else base_url
        own = {"title": entry.heading, "url": url, "published": entry.published, "language": language, "country": country}
        try:
            art = _assemble(f"{id}#{key}", entry.text, [("html-meta", own), *rest], input_path, fallback)
        except ValueError:
            continue  # an entry that is only a stamp and an embed: no report
        why = {**art.origin, "liveblog": f"entry {key} of live blog {id}; date: {entry.reason}"}
        if entry.clock and entry.published:  # the posting time dates night news (sitrep.time.liveentry)
            why["liveblog_time"] = entry.clock
        if art.title is None and page_title:
            why["title"] = "html-meta"
        out.append(replace(art, title=art.title or page_title, origin=why))
    if not out:
        raise ValueError("no article text in any entry of the live blog")
    return out


def title_country(title: str | None) -> str | None:
    """The ISO code of the one country a live blog's title names ("Sudan war live: ..." -> "SD"),
    else None (none, or several: "Israel-Lebanon border clashes"). Names only, not demonyms: "Israeli
    strikes on Rafah" is about Gaza. The entries of a live blog often name only a town or a site of
    the conflict the page is about; the hint lets them keep that country."""
    if not title:
        return None
    pattern, codes = _country_names()
    found = {codes[m.group(0)] for m in pattern.finditer(title)}
    return found.pop() if len(found) == 1 else None


@cache
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Country names and their other names, without demonyms, as one pattern (built once), and
    each name's ISO code."""
    import pycountry

    from sitrep.actors.countries import countries

    codes: dict[str, str] = {}
    for c in countries():
        for form in c.forms:
            if not form.startswith(c.adjective) and form.lower() != "congolese":
                codes.setdefault(form, c.iso2.upper())
    for pc in pycountry.countries:  # countries the table lacks ("Myanmar", "Chad")
        for name in (pc.name, getattr(pc, "common_name", None)):
            if name and "," not in name:
                codes.setdefault(name, pc.alpha_2)
    names = sorted(codes, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), codes


def _without(values: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in keys}


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """(main text, metadata found in the page); ``ValueError`` when there is no main text, and one
    whose message starts with "skipped:" for a video page with hardly any text."""
    from sitrep.ingest.page import load_page

    tree = load_page(html)
    if tree is None:
        raise ValueError("no article text found in the HTML (empty or broken page)")
    return _extract_tree(tree, url)


def _extract_tree(tree: Any, url: str | None) -> tuple[str, dict[str, Any]]:
    """``extract_html`` on a parsed page (changed: its boxes are pruned).

    Boxes that are not the story are removed first (:mod:`sitrep.ingest.page`); the top-level
    JSON-LD headline wins over trafilatura's title (which may be a live-blog entry's); a dateline
    the page declares (JSON-LD ``dateline``, a "dateline" element) leads the text when the body
    lacks it (:func:`sitrep.ingest.header.with_dateline`).
    """
    import trafilatura

    from sitrep.ingest.header import with_dateline
    from sitrep.ingest.page import junk_kind, page_hints, page_stamps, prune_boxes

    hints = page_hints(tree)
    prune_boxes(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise ValueError("no article text found in the HTML (empty or broken page)")
    title = hints.headline or doc.title
    text = _drop_kicker(doc.text, title)
    _refuse_video_page(text, title, hints.og_type)
    if kind := junk_kind(title, text):
        raise ValueError(f"skipped: not an article but a {kind} ({one_line_snippet(title or text)})")
    text = with_dateline(text, hints.dateline, title)
    source = outlets().get(doc.sitename, doc.sitename) if doc.sitename else None
    found = {"title": title, "source": source, "url": doc.url or hints.url, "published": doc.date}
    found = {k: v for k, v in found.items() if v}
    if "published" in found:
        found["published"] = _lenient_date(found["published"])
    if not found.get("published") and (stamp := find_header_meta(page_stamps(tree))).published:
        found[STAMP_KEY] = stamp.published  # "Posted 15 Feb 2024" in a header trafilatura dropped
    return text, found


def one_line_snippet(text: str, limit: int = 60) -> str:
    """``text`` on one line, quoted, cut at ``limit`` characters."""
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _drop_kicker(text: str, title: str | None) -> str:
    """The text without a section label standing above the headline ("War", "News Feature")."""
    lines = text.split("\n")
    if not title or len(lines) < 2:
        return text
    for i, line in enumerate(lines[:MAX_KICKER_LINES]):
        if _fold(line) == _fold(title):
            kickers = lines[:i]
            if all(len(k.split()) <= MAX_KICKER_WORDS and not k.rstrip().endswith((".", "!", "?")) for k in kickers):
                return "\n".join(lines[i:])
            break
    return text


def _refuse_video_page(text: str, title: str | None, og_type: str | None) -> None:
    """A page that declares itself a video and has hardly any text besides its title is skipped."""
    if not (og_type or "").lower().startswith("video"):
        return
    body = text.replace(title, " ", 1) if title else text
    words = len(_WORD.findall(body))
    if words < MIN_VIDEO_PAGE_WORDS:
        raise ValueError(f"skipped: a video page (og:type {og_type}) with only {words} words of text")


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


def _fold(text: str) -> str:
    """Lower case, runs of punctuation and spaces as one space ("Militants’ claim" ~ "militants' claim")."""
    return " ".join(_FOLD.sub(" ", text.casefold()).split())


def _outlet_segment(segment: str, source: str | None, max_words: int = MAX_OUTLET_WORDS) -> bool:
    """Whether a title segment names the outlet rather than the news ("WRAL.com", "CBS 5",
    "KSLA News 12 Shreveport, Louisiana News Weather & Sports", the article's own source)."""
    words = segment.split()
    if not words:
        return False
    if _DOMAIN.search(words[0]):  # "NBC-2.com WBBH News for Fort Myers, Cape Coral & Naples"
        return True
    if len(words) > max_words:
        return False
    if source and _fold(segment) == _fold(source) or segment in outlets():
        return True
    if _DOMAIN.search(segment):
        return True
    lowered = [w for w in words if w[0].islower() and w not in ("and", "of", "the", "&")]
    marked = any(_CALL_SIGN.match(w.strip(",.")) or w.strip(",.").lower() in OUTLET_WORDS for w in words)
    return marked and not lowered


def headline_of(title: str | None, source: str | None = None) -> str | None:
    """The news in a given title: outlet names around it dropped; None when too short to be news."""
    if not title:
        return None
    parts = _TITLE_SEPARATOR.split(" ".join(title.split()).strip(" |:-–—»"))
    while len(parts) > 1 and _outlet_segment(parts[0], source):
        parts.pop(0)
    # the outlet's name and whatever follows it ("- wistv.com - Columbia, South Carolina")
    cut = next((i for i in range(1, len(parts)) if _outlet_segment(parts[i], source)), len(parts))
    parts = parts[:cut]
    head = " - ".join(parts) if len(parts) > 1 else parts[0]
    if len(_WORD.findall(head)) < MIN_HEADLINE_WORDS or _outlet_segment(head, source, MAX_PAGE_NAME_WORDS):
        return None
    return head


def _with_headline(body: str, values: dict[str, Any], origin: dict[str, str]) -> str:
    """``body`` led by the given headline as its own paragraph, unless the body already holds it
    (compared folded) or the title was read from the body itself."""
    if origin.get("title") in (None, "none", "headline"):
        return body
    head = headline_of(values.get("title"), values.get("source"))
    if head is None or _fold(head) in _fold(body):
        return body
    origin["headline"] = origin["title"]
    return f"{head}\n\n{body}" if body.strip() else head


# Where a publication date read from the text itself came from; a date given with the input
# (corpus, sidecar, feed, HTML metadata) is never second-guessed by the URL.
_TEXT_DATE_ORIGINS = frozenset({"dateline", "byline", "none"})


def _date_from_url(values: dict[str, Any], origin: dict[str, str]) -> None:
    """A date in the URL dates an article the input and its header do not, and corrects a header
    still carrying last year in early January (``sitrep.time.urls.published_date``)."""
    from sitrep.time.urls import published_date

    if origin.get("published", "none") not in _TEXT_DATE_ORIGINS or not values.get("url"):
        return
    day, where = published_date(values.get("published"), values["url"])
    if where == "url":
        values["published"], origin["published"] = day, "url"


def _assemble(
    id: str, raw: str, layers: list[Layer], input_path: str | None, fallback: list[Layer] | None = None
) -> Article:
    lines = normalize_lines(raw)
    cleaned = clean_lines(lines)
    layers = layers + _header_layers(lines, cleaned.text.split("\n")) + (fallback or [])
    values, origin = _pick(layers)
    _date_from_url(values, origin)
    text = _with_headline(cleaned.text, values, origin)
    if not text.strip():
        raise ValueError("no text left after removing page furniture")
    if len(_WORD.findall(text, 0, 2000)) < MIN_ARTICLE_WORDS:
        raise ValueError(f"no article text (fewer than {MIN_ARTICLE_WORDS} words)")
    language = values.get("language") or detect_language(text).language
    return Article(
        id=str(id),
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=values.get("title"),
        url=values.get("url"),
        source=values.get("source"),
        published=values.get("published"),
        language=_language_code(language),
        origin=origin,
        input_path=input_path,
        country=values.get("country"),
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
            if field not in ("language", "country"):  # optional hints: no origin when absent
                origin[field] = "none"
    return values, origin


def _language_code(value: Any) -> str | None:
    """ "en-US" -> "en", "English" -> "en" (GDELT and some scrapers write names); None stays None."""
    if not value:
        return None
    code = str(value).replace("_", "-").split("-")[0].strip().lower()
    if len(code) > 2:  # ISO 639-2/3 codes and names
        import pycountry

        try:
            found = pycountry.languages.lookup(code)
            return str(getattr(found, "alpha_2", None) or found.alpha_3)
        except LookupError:
            return code
    return code or None
