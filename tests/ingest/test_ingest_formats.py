"""Each input format becomes articles with the right ids, text and metadata origins."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest
from ingest_story import STORY

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs
from sitrep.types import Article


@pytest.fixture
def story() -> str:
    return STORY


def _articles(paths) -> list[Article]:
    return [x for x in iter_inputs(paths) if isinstance(x, Article)]


def _errors(paths) -> list[InputError]:
    return [x for x in iter_inputs(paths) if isinstance(x, InputError)]


def test_txt_with_sidecar_metadata_wins_over_dateline(tmp_path: Path, story: str) -> None:
    (tmp_path / "a1.txt").write_text(f"NAIROBI (AP) — {story}", encoding="utf-8")
    (tmp_path / "a2.txt").write_text(f"KAMPALA, Uganda (Reuters, March 3, 2016) — {story}", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"id": "a1", "source": "Daily Example", "published": "2016-03-04", "note": "x"}) + "\n",
        encoding="utf-8",
    )
    a1, a2 = _articles([tmp_path])
    assert (a1.id, a1.source, a1.published) == ("a1", "Daily Example", date(2016, 3, 4))
    assert a1.origin["source"] == "sidecar" and a1.origin["published"] == "sidecar"
    assert (a2.source, a2.published) == ("Reuters", date(2016, 3, 3))
    assert a2.origin["source"] == "dateline" and a2.origin["published"] == "dateline"
    assert a1.input_path == str(tmp_path / "a1.txt")


def test_sidecar_null_published_lets_the_text_decide(tmp_path: Path, story: str) -> None:
    (tmp_path / "b.txt").write_text(f"Posted at 7:15 AM, Feb 9, 2015\n\n{story}", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        '{"id": "b", "published": null, "title": "Given"}\n', encoding="utf-8"
    )
    (art,) = _articles([tmp_path / "b.txt"])
    assert art.published == date(2015, 2, 9) and art.origin["published"] == "byline"
    assert art.title == "Given" and art.origin["title"] == "sidecar"
    assert "Posted at" not in art.text


HTML = """<html><head><title>Checkpoint attack kills four soldiers | Example Herald</title>
<meta property="og:site_name" content="Example Herald">
<meta property="article:published_time" content="2016-05-02T08:00:00Z">
<link rel="canonical" href="https://herald.example/world/checkpoint-attack"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Checkpoint attack kills four soldiers</h1>{paragraphs}</article>
<footer>Copyright 2016 Example Herald</footer></body></html>"""


def _html(story: str) -> str:
    return HTML.format(paragraphs="".join(f"<p>{p}</p>" for p in story.split("\n\n")))


def test_html_file_main_text_and_metadata(tmp_path: Path, story: str) -> None:
    (tmp_path / "h.html").write_text(_html(story), encoding="utf-8")
    (art,) = _articles([tmp_path / "h.html"])
    assert art.id == "h"
    assert "killing four soldiers" in art.text and "Home" not in art.text and "Copyright" not in art.text
    assert art.published == date(2016, 5, 2) and art.origin["published"] == "html-meta"
    assert art.source == "Example Herald" and art.url == "https://herald.example/world/checkpoint-attack"
    assert art.title and art.title.startswith("Checkpoint attack kills four soldiers")


def test_jsonl_corpus_text_and_html_lines(tmp_path: Path, story: str) -> None:
    lines = [
        {
            "id": "j1",
            "text": story,
            "source": "Wire",
            "published": "2016-05-02T10:00:00+00:00",
            "url": "https://x.example/1",
        },
        {"id": 7, "html": _html(story).replace("four", "five"), "language": "en"},
    ]
    (tmp_path / "corpus.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    j1, j2 = _articles([tmp_path / "corpus.jsonl"])
    assert (j1.id, j1.source, j1.published, j1.url) == ("j1", "Wire", date(2016, 5, 2), "https://x.example/1")
    assert j1.origin == {"title": "none", "url": "corpus", "source": "corpus", "published": "corpus"}
    assert j2.id == "7" and "killing five soldiers" in j2.text and j2.origin["source"] == "html-meta"


def test_csv_corpus_with_id_and_text_columns(tmp_path: Path, story: str) -> None:
    import csv

    with (tmp_path / "c.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "Text", "published"])
        w.writerow(["c1", "First", story, "2016-05-02"])
        w.writerow(["c2", "Second", story.replace("Tuesday", "Wednesday"), ""])
    c1, c2 = _articles([tmp_path / "c.csv"])
    assert (c1.id, c1.title, c1.published) == ("c1", "First", date(2016, 5, 2))
    assert c2.id == "c2" and "Wednesday" in c2.text and c2.published is None


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed News</title>
<language>en-gb</language>
<item><title>Checkpoint attack</title><link>https://feed.example/a?id=1</link>
<guid>https://feed.example/a?id=1</guid><pubDate>Tue, 03 May 2016 09:00:00 GMT</pubDate>
<description>{body}</description></item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Example Atom Desk</title><entry><title>Curfew imposed</title><id>tag:atom.example,2016:42</id>
<link href="https://atom.example/42"/><updated>2016-05-04T06:00:00Z</updated>
<content type="html">{body}</content></entry></feed>"""


def _escaped_paragraphs(story: str) -> str:
    from xml.sax.saxutils import escape

    return escape("".join(f"<p>{p}</p>" for p in story.split("\n\n")))


def test_rss_and_atom_feeds(tmp_path: Path, story: str) -> None:
    pytest.importorskip("feedparser")
    (tmp_path / "f.rss").write_text(RSS.format(body=_escaped_paragraphs(story)), encoding="utf-8")
    (tmp_path / "g.atom").write_text(ATOM.format(body=_escaped_paragraphs(story)), encoding="utf-8")
    rss, atom = _articles([tmp_path])
    assert rss.source == "Example Feed News" and rss.published == date(2016, 5, 3) and rss.language == "en"
    assert (
        rss.url == "https://feed.example/a?id=1"
        and rss.id.startswith("u")
        and rss.origin["published"] == "feed"
    )
    assert "\n\n" in rss.text and "<p>" not in rss.text
    assert atom.id.startswith("u") and len(atom.id) == 17  # a guid with a comma is hashed
    assert (atom.title, atom.published, atom.source) == (
        "Curfew imposed",
        date(2016, 5, 4),
        "Example Atom Desk",
    )


def _warc(path: Path, story: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        pages = [
            ("https://herald.example/a", "text/html; charset=utf-8", _html(story).encode()),
            ("https://herald.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ]
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(rec)


def test_warc_gz_html_responses_become_articles(tmp_path: Path, story: str) -> None:
    pytest.importorskip("warcio")
    _warc(tmp_path / "crawl.warc.gz", story)
    items = list(iter_inputs([tmp_path / "crawl.warc.gz"]))
    assert len(items) == 1 and isinstance(items[0], Article)
    art = items[0]
    assert art.url == "https://herald.example/a" and art.origin["url"] == "warc"
    assert len(art.id) == 36 and art.id.count("-") == 4  # the record's uuid
    assert "killing four soldiers" in art.text and art.published == date(2016, 5, 2)


def test_order_is_deterministic_and_sorted(tmp_path: Path, story: str) -> None:
    for name in ("zeta", "alpha", "mid"):
        (tmp_path / f"{name}.txt").write_text(f"{name.title()} report\n\n{story} {name}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "beta.txt").write_text(f"{story} beta", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(story, encoding="utf-8")
    first = [a.id for a in _articles([tmp_path])]
    again = [a.id for a in _articles([tmp_path / "zeta.txt", tmp_path])]
    assert first == again == ["alpha", "mid", "beta", "zeta"]  # sorted paths: sub/beta.txt < zeta.txt


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        iter_inputs([tmp_path / "nope.txt"])


def test_content_hash_is_sha256_of_clean_text(tmp_path: Path, story: str) -> None:
    import hashlib

    (tmp_path / "x.txt").write_text("Accessibility links\n\n" + story, encoding="utf-8")
    (art,) = _articles([tmp_path])
    assert art.content_hash == hashlib.sha256(art.text.encode()).hexdigest()
    assert not art.text.startswith("Accessibility")


def test_gzip_bytes_in_a_txt_file_are_an_error(tmp_path: Path, story: str) -> None:
    (tmp_path / "z.txt").write_bytes(gzip.compress(story.encode() * 3))
    (err,) = _errors([tmp_path])
    assert str(tmp_path / "z.txt") in str(err) and "binary" in err.problem


def test_html_declared_charset_and_in_article_furniture(tmp_path: Path, story: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in story.split("\n\n"))
    page = (
        '<html><head><meta charset="windows-1252"><title>Raid</title></head><body>'
        '<div class="share">Share this article</div><article><h1>Checkpoint raid</h1>'
        "<p>Posted at 6:10 AM, Jul 4, 2016</p>"
        f"{body}<p>Advertisement</p><p>Officials\u2019 account was disputed.</p></article></body></html>"
    )
    (tmp_path / "p.htm").write_bytes(page.encode("cp1252"))
    (art,) = _articles([tmp_path])
    assert "Officials\u2019 account was disputed." in art.text
    assert "Advertisement" not in art.text and "Posted at" not in art.text
    assert (art.published, art.origin["published"]) == (date(2016, 7, 4), "byline")
