"""Live blogs are read entry by entry: each entry becomes an article with its own id, heading, day
and anchored address, so that events of different days and places are not blurred into one story.
Pages in ``pages_s15/`` are made up in the styles of several outlets (blocks with ``<time
datetime>``, a stream of posts with clock times only, cards dated by JSON-LD, day headings, a
JavaScript shell whose entries are only in its JSON-LD); two article pages with timestamped
comments or a "latest" rail must stay one article each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs
from sitrep.ingest.build import articles_from_html
from sitrep.ingest.liveblog import LiveEntry, entry_numbers, is_stamp
from sitrep.types import Article

PAGES = Path(__file__).parent / "pages_s15"


def _articles(name: str) -> list[Article]:
    items = list(iter_inputs([PAGES / f"{name}.html"]))
    assert not [x for x in items if isinstance(x, InputError)], items
    return [x for x in items if isinstance(x, Article)]


# page -> [(id, title, published, url ending, words in the text, words never in the text)]
EXPECT = {
    "live_sudan_blocks": [
        (
            "live_sudan_blocks#block-a3",
            "Drone attack knocks out Kosti power station",
            date(2024, 4, 16),
            "#block-a3",
            ["Kosti"],
            ["El Fasher", "Omdurman", "08.40", "Copy link"],
        ),
        (
            "live_sudan_blocks#block-a2",
            "Sudan war live: fighting spreads",
            date(2024, 4, 16),
            "#block-a2",
            ["El Fasher"],
            ["Kosti", "Photograph", "Sudan war live"],
        ),
        (
            "live_sudan_blocks#block-a1",
            "Army says it has retaken bridge",
            date(2024, 4, 15),
            "#block-a1",
            ["Halfaya"],
            ["El Fasher", "22.10"],
        ),
    ],
    "live_ukraine_stream": [
        (
            "live_ukraine_stream#post_65f01c2",
            "Port infrastructure damaged in Odesa",
            date(2024, 3, 12),
            "#post_65f01c2",
            ["Odesa"],
            ["Pisochyn", "11:05", "Share"],
        ),
        (
            "live_ukraine_stream#post_65f0188",
            "Two dead after glide bomb",
            date(2024, 3, 12),
            "#post_65f0188",
            ["Pisochyn", "Rescuers"],
            ["Odesa"],
        ),
        (
            "live_ukraine_stream#post_65f0150",
            "Energy facility hit",
            date(2024, 3, 12),
            "#post_65f0150",
            ["Vilniansk"],
            ["Kharkiv"],
        ),
    ],
    "live_gaza_cards": [
        (
            "live_gaza_cards#upd-3",
            "Army raid in Jenin refugee camp",
            date(2024, 2, 20),
            "#upd-3",
            ["Jenin"],
            ["Rafah", "2 hours ago"],
        ),
        (
            "live_gaza_cards#upd-2",
            "Strike on house in Rafah kills family",
            date(2024, 2, 19),
            "#upd-2",
            ["Tel al-Sultan"],
            ["Jenin"],
        ),
        (
            "live_gaza_cards#upd-1",
            "Patients moved out of Khan Younis",
            date(2024, 2, 19),
            "#upd-1",
            ["Nasser hospital"],
            ["1 day ago"],
        ),
    ],
    "live_kyiv_days": [
        (
            "live_kyiv_days#u-1809",
            "Ukraine war latest",
            date(2024, 3, 13),
            "#u-1809",
            ["Kherson"],
            ["Avdiivka", "2:20 PM", "Become a member"],
        ),
        (
            "live_kyiv_days#u-1807",
            "Ukraine war latest",
            date(2024, 3, 13),
            "#u-1807",
            ["Avdiivka"],
            ["Kherson"],
        ),
        (
            "live_kyiv_days#u-1801",
            "Ukraine war latest",
            date(2024, 3, 12),
            "#u-1801",
            ["Khotin"],
            ["Kherson", "Tuesday, March 12"],
        ),
    ],
    "live_myanmar_jsonld_only": [
        (
            "live_myanmar_jsonld_only#entry-2",
            "Air strike hits village in Sagaing",
            date(2024, 1, 8),
            "#entry-2",
            ["Kan Kaung"],
            ["Paletwa", "JavaScript"],
        ),
        (
            "live_myanmar_jsonld_only#entry-1",
            "Arakan Army says it seized town",
            date(2024, 1, 7),
            "#entry-1",
            ["Paletwa"],
            ["Kan Kaung"],
        ),
    ],
}


@pytest.mark.parametrize("page", sorted(EXPECT))
def test_each_live_blog_entry_is_an_article(page: str) -> None:
    arts = _articles(page)
    assert len(arts) == len(EXPECT[page])
    for art, (aid, title, day, url_end, present, absent) in zip(arts, EXPECT[page]):
        assert art.id == aid
        assert art.title and art.title.startswith(title), art.title
        assert art.published == day, (aid, art.published)
        assert art.url and art.url.endswith(url_end) and art.url.count("#") == 1
        assert art.language == "en"
        for words in present:
            assert words in art.text, (aid, words)
        for words in absent:
            assert words not in art.text, (aid, words)
        assert art.origin["liveblog"].startswith(f"entry {aid.split('#')[1]} of live blog {page}")


def test_page_title_names_an_entry_without_heading_but_is_not_its_text() -> None:
    arts = _articles("live_kyiv_days")
    assert all(a.title.startswith("Ukraine war latest") for a in arts)
    assert all("Ukraine war latest" not in a.text for a in arts)
    assert arts[0].text.startswith("Russian shelling kills woman in Kherson.")


def test_entry_dates_say_where_they_come_from() -> None:
    sudan, stream = _articles("live_sudan_blocks"), _articles("live_ukraine_stream")
    assert sudan[0].origin["liveblog"].endswith("date: the entry's timestamp")
    assert stream[0].origin["liveblog"].endswith("date: the entry's clock time on the day of the entry posted before it")
    kyiv = _articles("live_kyiv_days")
    assert kyiv[2].origin["liveblog"].endswith("the day heading above the entry")


def test_rereading_a_live_blog_gives_the_same_ids_and_texts() -> None:
    first = [(a.id, a.content_hash) for a in _articles("live_gaza_cards")]
    assert first == [(a.id, a.content_hash) for a in _articles("live_gaza_cards")]
    assert len({i for i, _ in first}) == len(first)


@pytest.mark.parametrize("page", ["article_with_comments_mali", "article_with_latest_sidebar_colombia"])
def test_article_pages_with_timestamped_comments_or_rails_stay_one_article(page: str) -> None:
    (art,) = _articles(page)
    assert art.id == page and "liveblog" not in art.origin
    assert "nobody listens" not in art.text and "Coffee exports" not in art.text


@pytest.mark.parametrize(
    "text",
    [
        "11:52 GMT",
        "08.40 BST",
        "Tue 9 Jan 2024 11.52 GMT",
        "Updated Jan 9, 2024, 11:52 a.m. ET",
        "5 min ago",
        "2 hours ago",
        "1 day ago",
        "14h05",
        "9:15 AM",
        "Posted at 21:40 EAT",
        "15 Apr 2024 22.10 BST",
        "10:42",
    ],
)
def test_timestamp_lines(text: str) -> None:
    assert is_stamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 5 people at 10:30 in Kaduna",
        "Score: 2:1 after extra time",
        "Page 12 of 40",
        "Listen 3:45",
        "",
        "At least 12 dead in 2 hours of shelling",
        "The 9.15 train to Lviv was cancelled",
    ],
)
def test_not_timestamp_lines(text: str) -> None:
    assert not is_stamp(text)


def _entry(anchor: str | None, day: date | None) -> LiveEntry:
    return LiveEntry("Some report text long enough to be an entry of a live blog.", None, day, anchor, "test")


def test_entries_without_anchor_are_numbered_from_the_oldest() -> None:
    newest_first = [
        _entry(None, date(2024, 5, 3)),
        _entry("a7", date(2024, 5, 2)),
        _entry(None, date(2024, 5, 1)),
    ]
    assert entry_numbers(newest_first) == ["3", "a7", "1"]
    oldest_first = list(reversed(newest_first))
    assert entry_numbers(oldest_first) == ["1", "a7", "3"]
    assert entry_numbers([_entry("x", None), _entry("x", None)]) == ["x", "x-2"]


_PLACES = ["Kidal", "Bakhmut", "Marawi", "Goma", "Sittwe", "Kismayo", "Jenin", "Bamenda", "Tal Afar", "Khost"]
_CLOCK = st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda hm: f"{hm[0]:02d}:{hm[1]:02d} GMT")


def _page(entries: list[tuple[str, str]]) -> str:
    blocks = "".join(
        f'<div class="live-post" id="p{i}"><time>{clock}</time><p>Fighting was reported near {place} on the '
        f"day of this update, local officials told reporters there.</p></div>"
        for i, (place, clock) in enumerate(entries)
    )
    return (
        "<html><head><title>Conflict live updates</title></head><body><h1>Conflict live updates</h1>"
        f'<div class="live-blog">{blocks}</div></body></html>'
    )


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_PLACES), _CLOCK), min_size=2, max_size=6, unique_by=lambda e: e[0])
)
def test_every_entry_gets_its_own_text_and_only_its_own(entries: list[tuple[str, str]]) -> None:
    arts = articles_from_html("page", _page(entries), published="2024-06-01")
    assert [a.id for a in arts] == [f"page#p{i}" for i in range(len(entries))]
    for art, (place, clock) in zip(arts, entries):
        assert place in art.text and clock not in art.text
        assert all(other not in art.text for other, _ in entries if other != place)
        # clock-only entries: the page's day, one more per midnight crossed (session 18)
        assert date(2024, 6, 1) <= art.published <= date(2024, 6, len(entries)) and art.title == "Conflict live updates"


def test_a_page_without_live_signal_is_never_split() -> None:
    html = (
        _page([("Kidal", "10:00 GMT"), ("Goma", "11:00 GMT")]).replace("live", "news").replace("Live", "News")
    )
    (art,) = articles_from_html("plain", html)
    assert "Kidal" in art.text and "Goma" in art.text and art.id == "plain"


@pytest.mark.parametrize(
    ("page", "country"),
    [
        ("live_sudan_blocks", "SD"),
        ("live_kyiv_days", "UA"),
        ("live_gaza_cards", None),
        ("live_ukraine_stream", "UA"),
    ],
)
def test_entries_take_the_one_country_their_page_title_names(page: str, country: str | None) -> None:
    assert {a.country for a in _articles(page)} == {country}


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Sudan war live: RSF shells El Fasher", "SD"),
        ("DR Congo live: M23 advance on Sake", "CD"),
        ("Myanmar conflict: live updates", "MM"),
        ("Burkina Faso attack: latest updates", "BF"),
        ("Israel-Lebanon border clashes - latest updates", None),  # two countries
        ("Live: Israeli strikes on Rafah", None),  # a demonym is no country name
        ("Nigeria news live", "NG"),
        ("Conflict live updates", None),
        (None, None),
    ],
)
def test_title_country(title: str | None, code: str | None) -> None:
    from sitrep.ingest.build import title_country

    assert title_country(title) == code


def test_stamp_inside_the_heading_is_neither_title_nor_text_and_oldest_first_numbers_from_the_top() -> None:
    posts = [
        ("2024-08-01T07:10:00+05:00", "07:10 PKT", "Blast hits police van in Peshawar", "Peshawar"),
        ("2024-08-02T13:30:00+05:00", "13:30 PKT", "Militants attack checkpoint in Bannu", "Bannu"),
    ]
    blocks = "".join(
        f'<section class="live-entry"><h3><time datetime="{iso}">{clock}</time> {head}</h3>'
        f"<p>Officials in {town} said the attack left several members of the security forces wounded.</p></section>"
        for iso, clock, head, town in posts
    )
    html = f'<html><body><h1>Pakistan security live</h1><div class="stream">{blocks}</div></body></html>'
    first, second = articles_from_html("pk", html)
    assert (first.id, second.id) == ("pk#1", "pk#2")
    assert first.title == "Blast hits police van in Peshawar" and "PKT" not in first.text
    assert (first.published, second.published) == (date(2024, 8, 1), date(2024, 8, 2))
    assert first.country == "PK" and "Bannu" not in first.text


_SIGNAL_PIECES = st.sampled_from(
    [
        "live",
        "Live",
        "LIVE",
        "blog",
        "-",
        "_",
        " ",
        "/",
        "updates",
        "olive",
        "deliver",
        "latest",
        "as it happened",
        "<p>",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SIGNAL_PIECES, max_size=12).map("".join))
def test_live_signal_search_equals_the_plain_search(html: str) -> None:
    from sitrep.ingest._data import live_words
    from sitrep.ingest.liveblog import has_live_signal

    plain = any(s.lower() in html.lower() for s in live_words()["signals"])
    assert has_live_signal(html) == plain


def test_live_blog_in_a_corpus_line_and_in_a_warc_is_split_too(tmp_path: Path) -> None:
    import io
    import json

    html = (PAGES / "live_sudan_blocks.html").read_text(encoding="utf-8")
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(
        json.dumps({"id": "sd-live", "html": html, "country": "Sudan"}) + "\n", encoding="utf-8"
    )
    arts = [x for x in iter_inputs([corpus]) if isinstance(x, Article)]
    assert [a.id for a in arts] == ["sd-live#block-a3", "sd-live#block-a2", "sd-live#block-a1"]
    assert {a.country for a in arts} == {"SD"} and arts[2].published == date(2024, 4, 15)

    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        url = "https://www.dailyledger.example/world/live/2024/apr/16/sudan-war-live-news"
        payload = io.BytesIO(html.encode("utf-8"))
        writer.write_record(writer.create_warc_record(url, "response", payload=payload, http_headers=headers))
    assert warcio is not None
    arts = [x for x in iter_inputs([path]) if isinstance(x, Article)]
    assert len(arts) == 3 and all(a.id.split("#")[1].startswith("block-a") for a in arts)
    assert arts[0].url == f"{url}#block-a3"


def test_javascript_live_blog_entries_without_dates_take_the_declared_page_date() -> None:
    import json

    updates = [
        {"@type": "BlogPosting", "headline": f"Update {n}", "articleBody": body}
        for n, body in (
            (
                2,
                "Security forces said they had cleared the last gunmen from the hotel in Mogadishu after a siege.",
            ),
            (
                1,
                "Gunmen stormed a hotel near the presidential palace in Mogadishu, witnesses said by telephone.",
            ),
        )
    ]
    ld = {
        "@type": "LiveBlogPosting",
        "headline": "Somalia hotel siege",
        "datePublished": "2024-03-14T21:00:00+03:00",
    }
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps({**ld, "liveBlogUpdate": updates})}</script>'
        '</head><body><div id="app"></div></body></html>'
    )
    arts = articles_from_html("so", html)
    assert [a.id for a in arts] == ["so#2", "so#1"]
    assert all(a.published == date(2024, 3, 14) and a.country == "SO" for a in arts)
    assert arts[1].title == "Update 1" and "presidential palace" in arts[1].text
