"""Feeds whose entries carry HTML (content:encoded) or only a summary, a small WARC crawl, and the
page-box pruning guards."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs
from sitrep.ingest.page import load_page, page_hints, prune_boxes
from sitrep.types import Article

PAGES = Path(__file__).parent / "pages_s14"


def _split(paths):
    items = list(iter_inputs(paths))
    return [x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, InputError)]


def test_rss_content_encoded_loses_caption_share_bar_and_read_also() -> None:
    pytest.importorskip("feedparser")
    arts, errs = _split([PAGES / "conflict_feed.rss"])
    first, summary_only = arts
    assert first.title == "Boko Haram fighters kill 7 fishermen near Lake Chad"
    assert first.published == date(2024, 5, 2) and first.source == "Lake Chad Monitor"
    assert "MAIDUGURI, Nigeria" in first.text
    for junk in ("Photo: Staff/AFP", "Share this", "appeared first on", "Borno imposes curfew", "\nX\n"):
        assert junk not in first.text, junk
    assert summary_only.text.startswith("Cameroon: separatists abduct")  # the title leads a bare summary
    (err,) = errs
    assert err.source.endswith("[entry 3]") and err.problem.startswith("skipped: feed entry has no text")


def test_atom_entry_keeps_its_local_publication_day() -> None:
    pytest.importorskip("feedparser")
    (peru, ecuador), _ = _split([PAGES / "security_desk.atom"])
    assert peru.published == date(2024, 6, 2)  # 21:05 at UTC-5 is 2 June there, 3 June in UTC
    assert "Subscribe to our newsletter" not in peru.text
    assert ecuador.published == date(2024, 6, 1) and "Machala" in ecuador.text


def _warc(path: Path, pages: list[tuple[str, str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, body, ctype in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


def test_warc_with_several_responses(tmp_path: Path) -> None:
    pytest.importorskip("warcio")

    def page(name: str) -> bytes:
        return (PAGES / name).read_bytes()

    _warc(
        tmp_path / "crawl.warc.gz",
        [
            (
                "https://www.dawn.example/news/1812345",
                "200 OK",
                page("dawn_khyber.html"),
                "text/html; charset=utf-8",
            ),
            (
                "https://sahel.example/cafe",
                "200 OK",
                page("sahel_cp1252.html"),
                "text/html; charset=windows-1252",
            ),
            ("https://x.example/gone", "404 Not Found", b"<html><body>Not found</body></html>", "text/html"),
            ("https://x.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n", "image/png"),
            ("https://x.example/fr", "200 OK", page("french_mali.html"), "text/html"),
        ],
    )
    arts, errs = _split([tmp_path / "crawl.warc.gz"])
    assert [a.source for a in arts] == ["DAWN.COM", "Sahel Tribune"]
    assert arts[0].published == date(2024, 3, 18) and "Comments are closed" not in arts[0].text
    assert "café’s owner" in arts[1].text and arts[1].origin["url"] == "warc"
    assert [e.problem.split(":")[0] for e in errs] == ["skipped"] and "language fr" in errs[0].problem


def test_rereading_the_pages_gives_the_same_articles() -> None:
    once, _ = _split([PAGES])
    twice, _ = _split([PAGES])
    assert [(a.id, a.content_hash, a.published) for a in once] == [
        (a.id, a.content_hash, a.published) for a in twice
    ]


BODY = "<p>" + " ".join(["Gunmen attacked a checkpoint near the town on Friday, police said."] * 6) + "</p>"


@pytest.mark.parametrize(
    ("html", "kept", "gone"),
    [
        # a short article whose body container carries a box word keeps its body
        (f'<html><body><div class="entry-content share-enabled">{BODY}</div></body></html>', "Gunmen", None),
        # a donation box inside the article goes, the story stays
        (
            (
                f'<html><body><article><h1>Attack</h1>{BODY}<div class="support-box"><p>Support our journalism.</p>'
                "<p>Make a donation today and keep us free.</p></div></article></body></html>"
            ),
            "Gunmen",
            "donation",
        ),
        # a share bar goes, the words written after it inside the same block stay
        (
            f'<html><body><div>{BODY}<span class="share-bar">Share Tweet</span> Two were wounded.</div></body></html>',
            "Two were wounded",
            "Tweet",
        ),
        # a related heading and its list go; a list elsewhere stays
        (
            (
                f"<html><body><article>{BODY}<h3>More on this story</h3><ul><li>Other news</li></ul>"
                "<ul><li>Victims named</li></ul></article></body></html>"
            ),
            "Victims named",
            "Other news",
        ),
    ],
)
def test_box_pruning(html: str, kept: str, gone: str | None) -> None:
    tree = load_page(html)
    prune_boxes(tree)
    text = tree.text_content()
    assert kept in text
    assert gone is None or gone not in text


def test_page_hints_read_the_top_level_news_item() -> None:
    html = (
        '<html><head><meta property="og:type" content="video.other"><script type="application/ld+json">'
        '{"@graph": [{"@type": "WebSite", "name": "X"}, {"@type": ["NewsArticle"], "headline": " Raid  in Kidal ",'
        ' "dateline": "KIDAL, Mali", "mainEntityOfPage": {"@id": "https://x.example/kidal"},'
        ' "hasPart": [{"@type": "BlogPosting", "headline": "Entry"}]}]}</script></head><body></body></html>'
    )
    hints = page_hints(load_page(html))
    assert (hints.og_type, hints.headline, hints.dateline, hints.url) == (
        "video.other",
        "Raid in Kidal",
        "KIDAL, Mali",
        "https://x.example/kidal",
    )
