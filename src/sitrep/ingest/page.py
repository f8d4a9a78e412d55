"""Web pages before text extraction: boxes that are not the story, and what the page says it is.

trafilatura finds the main text well, but boxes placed inside the article container by many
outlets survive it: donation and membership appeals, newsletter sign-ups, paywall notices,
"related"/"most read" lists, AI-summary disclaimers. They are recognised by the words of their
``class``/``id`` attributes (``sitrep/data/ingest/boxes.json``) and removed from the parsed tree
before extraction. A box is removed only when it is small (``MAX_BOX_CHARS`` and under
``MAX_BOX_SHARE`` of the page's paragraph text), holds no ``<h1>`` and is no
``<article>``/``<main>``/``<body>``: an article body whose class happens to hold such a word
("entry-content share-enabled") stays. A "related" heading and the list right after it go too.

:func:`page_hints` reads what the page declares about itself: ``og:type`` (a video page) and the
top-level JSON-LD ``NewsArticle``/``LiveBlogPosting`` headline, dateline (else a "dateline" element's text) and url (trafilatura may take a
nested live-blog entry's headline for the page's). :func:`page_stamps` finds "Posted 15 Feb 2024"
stamps in page headers trafilatura drops; :func:`junk_kind` names pages that are no article at all
(error pages, consent walls, bot checks, JavaScript-only shells: ``junk.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sitrep.ingest._data import box_words, junk_phrases

__all__ = ["PageHints", "junk_kind", "load_page", "page_hints", "page_stamps", "prune_boxes"]

# A box holds at most this many characters of text: appeals, sign-ups and related lists run to
# 100-900 characters on the pages of tests/ingest/pages_s14 (the longest, a donation appeal with
# three paragraphs, has ~600); an article body, even a paywalled stub's, is rarely under 200 but
# may be, hence the structural guards as well (no <h1>, not article/main/body).
MAX_BOX_CHARS = 1500
# ... and less than this share of the text of all the page's paragraphs: a short article whose body
# container carries such a word ("entry-content share-enabled") holds most of the page's text.
MAX_BOX_SHARE = 0.5
_PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_NEWS_TYPES = frozenset(
    {
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "backgroundnewsarticle",
        "liveblogposting",
        "article",
        "blogposting",
    }
)


@dataclass(frozen=True, slots=True)
class PageHints:
    """What a page declares about itself (each None when it does not say)."""

    og_type: str | None = None
    headline: str | None = None
    dateline: str | None = None
    url: str | None = None
    published: str | None = None  # the news item's datePublished, as written


def load_page(html: str) -> Any:
    """The parsed page (an lxml tree) or None when it cannot be parsed."""
    from trafilatura.utils import load_html

    return load_html(html)


def _box_attr_words(el: Any) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    words = {w.lower() for w in _SPLIT.split(raw) if w}
    joined = {t.replace("-", "").replace("_", "").lower() for t in raw.split()}
    return words | joined


def _is_box(el: Any, words: frozenset[str], page_chars: int) -> bool:
    if not isinstance(el.tag, str) or el.tag in _PROTECTED_TAGS:
        return False
    if not (el.get("class") or el.get("id")) or not (_box_attr_words(el) & words):
        return False
    size = len(el.text_content())
    return size <= MAX_BOX_CHARS and size < MAX_BOX_SHARE * page_chars and not el.findall(".//h1")


def _related_lists(tree: Any) -> list[Any]:
    """A "related" heading ("More on this story", "You may also like") and the list right after it:
    trafilatura drops such a heading but keeps the list, other stories' headlines."""
    from sitrep.ingest.clean import furniture_kind

    out = []
    for heading in tree.iter("h2", "h3", "h4", "h5"):
        nxt = heading.getnext()
        if (
            nxt is not None
            and nxt.tag in ("ul", "ol")
            and furniture_kind(" ".join(heading.text_content().split())) == "related"
        ):
            out += [heading, nxt]
    return out


def prune_boxes(tree: Any) -> int:
    """Remove the boxes that are not the story (see the module docstring); how many were removed."""
    related = _related_lists(tree)
    for el in related:
        _drop(el)
    return len(related) + _prune_marked(tree)


def _prune_marked(tree: Any) -> int:
    words = box_words()
    page_chars = sum(len(p.text_content()) for p in tree.iter("p"))
    boxes = [el for el in tree.iter() if _is_box(el, words, page_chars)]
    inside = set(boxes)
    removed = 0
    for el in boxes:
        if el.getparent() is not None and not any(a in inside for a in el.iterancestors()):
            _drop(el)
            removed += 1
    return removed


def _drop(el: Any) -> None:
    """Remove ``el`` and what it holds, keeping the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                graph = item.get("@graph")
                out.extend(x for x in (graph if isinstance(graph, list) else [item]) if isinstance(x, dict))
    return out


def _is_news(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _NEWS_TYPES for k in kinds)


def _text(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def page_hints(tree: Any) -> PageHints:
    """``og:type`` and the top-level JSON-LD news item's headline and dateline."""
    og = tree.find('.//meta[@property="og:type"]')
    news = next((x for x in _json_ld(tree) if _is_news(x) and _text(x.get("headline"))), {})
    return PageHints(
        og_type=_text(og.get("content")) if og is not None else None,
        headline=_text(news.get("headline")),
        dateline=_text(news.get("dateline")) or _dateline_element(tree),
        url=_page_url(news),
        published=_text(news.get("datePublished")),
    )


# A dateline element ("<span class="dateline">KHARKIV, Ukraine</span>") is short; a longer text in
# an element so named is a paragraph that happens to carry the class.
MAX_DATELINE_CHARS = 80


def _dateline_element(tree: Any) -> str | None:
    """The text of the page's first element whose class or id holds the word "dateline"."""
    for el in tree.iter("span", "div", "p", "strong", "b", "em", "small"):
        if "dateline" in _box_attr_words(el):
            text = _text(el.text_content())
            if text and len(text) <= MAX_DATELINE_CHARS:
                return text
    return None


def _page_url(news: dict[str, Any]) -> str | None:
    """The news item's own address: ``url``, else ``mainEntityOfPage`` (a string or {"@id": ...})."""
    main = news.get("mainEntityOfPage")
    for value in (news.get("url"), main.get("@id") if isinstance(main, dict) else main):
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value.strip()
    return None


# A timestamp line of a page ("Posted 15 Feb 2024", "Published: 12 March 2024 10:02") is short:
# longer element texts are body text, which may quote older dates.
MAX_STAMP_CHARS = 80
_STAMP_START = re.compile(r"^\s*(?:first |originally )?(?:posted|published|date|updated)\b", re.IGNORECASE)
_STAMP_TAGS = ("p", "span", "div", "time", "li", "small", "em")


def page_stamps(tree: Any) -> list[str]:
    """Short texts of the page that read like a posted/published stamp, in page order (for pages
    whose stamp trafilatura drops with the header around it and no metadata dates)."""
    out = []
    for el in tree.iter(*_STAMP_TAGS):
        text = " ".join((el.text or "").split())
        if text and len(text) <= MAX_STAMP_CHARS and _STAMP_START.match(text):
            out.append(text)
    return out


# A page is junk (an error page, a consent wall, a bot check) only when its text is this short:
# such pages hold 10-80 words; longer texts are read as articles whatever their first line says.
MAX_JUNK_PAGE_WORDS = 120
# The phrase must sit in the page's title or its first line (the heading of an error page, a
# consent wall's "Before you continue to ..."): a report quoting "page not found" in its body stays.
JUNK_FIRST_LINE_CHARS = 200


def junk_kind(title: str | None, text: str) -> str | None:
    """The kind of non-article page ("'page not found' page", "bot check" ...) or None."""
    if len(text.split()) > MAX_JUNK_PAGE_WORDS:
        return None
    first = next((ln for ln in text.split("\n") if ln.strip()), "")[:JUNK_FIRST_LINE_CHARS]
    where = " ".join(f"{title or ''} {first}".split()).lower().replace("’", "'")
    for kind, phrases in junk_phrases():
        if any(p in where for p in phrases):
            return kind
    return None
