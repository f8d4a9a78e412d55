"""Every bad input yields one clear error naming it, and ingestion goes on with the good ones."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from ingest_story import STORY

from sitrep.errors import InputError
from sitrep.ingest import iter_inputs
from sitrep.settings import Settings
from sitrep.types import Article


@pytest.fixture
def story() -> str:
    return STORY


def _split(items) -> tuple[list[Article], list[InputError]]:
    items = list(items)
    return [x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, InputError)]


def _one_error(tmp_path: Path, story: str, name: str, data: bytes) -> InputError:
    (tmp_path / "good.txt").write_text(story, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    arts, errs = _split(iter_inputs([tmp_path]))
    assert [a.id for a in arts] == ["good"], "the good input must still come through"
    assert len(errs) == 1 and str(tmp_path / name) in str(errs[0])
    assert "\n" not in str(errs[0])
    return errs[0]


def test_binary_junk(tmp_path: Path, story: str) -> None:
    err = _one_error(tmp_path, story, "junk.txt", os.urandom(2000) + b"\x00" * 10)
    assert "binary" in err.problem


def test_control_character_junk_without_nul(tmp_path: Path, story: str) -> None:
    err = _one_error(tmp_path, story, "ctl.txt", bytes(range(1, 9)) * 300)
    assert "binary" in err.problem


def test_empty_file(tmp_path: Path, story: str) -> None:
    assert "empty" in _one_error(tmp_path, story, "empty.txt", b"  \n\n").problem


def test_only_furniture(tmp_path: Path, story: str) -> None:
    err = _one_error(tmp_path, story, "chrome.txt", b"Accessibility links\n\nBreaking News\nplease wait\n")
    assert "no text left" in err.problem


def test_broken_html(tmp_path: Path, story: str) -> None:
    err = _one_error(tmp_path, story, "broken.html", b"<html><body><div><p><<<</div>>> \xe2\x80\x94")
    assert "no article text" in err.problem


def test_undecodable_bytes(tmp_path: Path, story: str) -> None:
    # 0x81 and 0x8d are undefined in cp1252 and invalid as UTF-8
    err = _one_error(tmp_path, story, "bad.txt", story.encode() + b"\x81\x8d\x81 more")
    assert "undecodable" in err.problem


def test_cp1252_text_is_decoded(tmp_path: Path, story: str) -> None:
    (tmp_path / "w.txt").write_bytes(
        story.replace("Tuesday", "Tuesday \u2013 officials\u2019 account").encode("cp1252")
    )
    arts, errs = _split(iter_inputs([tmp_path]))
    assert not errs and "Tuesday \u2013 officials\u2019 account" in arts[0].text


def test_utf8_bom_is_dropped(tmp_path: Path, story: str) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + story.encode())
    (art,), _ = _split(iter_inputs([tmp_path]))
    assert art.text.startswith("Gunmen")


def test_jsonl_bad_lines_named_by_line_number(tmp_path: Path, story: str) -> None:
    lines = [
        json.dumps({"id": "ok1", "text": story}),
        "{not json",
        json.dumps({"text": story}),
        json.dumps({"id": "nobody"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "baddate", "text": story, "published": "last Tuesday"}),
        json.dumps({"id": "ok2", "text": story + " Later."}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "enc", "text": "\xff\xfe"}\n')
    arts, errs = _split(iter_inputs([path]))
    assert [a.id for a in arts] == ["ok1", "ok2"]
    by_line = {e.source.rsplit(":", 1)[1]: e.problem for e in errs}
    assert "invalid JSON" in by_line["2"]
    assert by_line["3"] == "missing required field 'id'"
    assert by_line["4"] == "missing required field 'text' (or 'html'; an empty 'text' only with a 'title')"
    assert "not a JSON object" in by_line["6"]
    assert "'published' is not a date" in by_line["7"]
    assert "not UTF-8" in by_line["9"]
    assert all(e.source.startswith(str(path) + ":") for e in errs)


def test_csv_without_text_column(tmp_path: Path, story: str) -> None:
    err = _one_error(tmp_path, story, "c.csv", b"id,title\n1,Hello\n")
    assert "no text column" in err.problem


def test_csv_row_without_id_names_its_line(tmp_path: Path, story: str) -> None:
    import csv

    story = story.replace("\n\n", " ")
    with (tmp_path / "c.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows([["id", "text"], ["r1", "two\nline " + story], ["", story], ["r3", story + " More."]])
    arts, errs = _split(iter_inputs([tmp_path / "c.csv"]))
    assert [a.id for a in arts] == ["r1", "r3"]
    (err,) = errs
    assert err.source == f"{tmp_path / 'c.csv'}:4" and "'id'" in err.problem  # row 1 spans lines 2-3


def test_bad_sidecar_line_is_reported_and_files_still_read(tmp_path: Path, story: str) -> None:
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text('{"id": "a", "source": "S"}\n{broken\n', encoding="utf-8")
    arts, errs = _split(iter_inputs([tmp_path]))
    assert arts[0].source == "S"
    assert errs[0].source == f"{tmp_path / 'manifest.jsonl'}:2"


def test_not_a_feed_xml(tmp_path: Path, story: str) -> None:
    pytest.importorskip("feedparser")
    err = _one_error(
        tmp_path, story, "data.xml", b"<?xml version='1.0'?><gazetteer><place name='x'/></gazetteer>"
    )
    assert "not an RSS/Atom feed" in err.problem


def test_feed_without_feedparser_names_the_file(tmp_path: Path, story: str, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "feedparser", None)  # import fails as if not installed
    err = _one_error(tmp_path, story, "news.rss", b"<rss version='2.0'><channel></channel></rss>")
    assert "feedparser" in err.problem and "sitrep[feeds]" in err.problem


def test_warc_without_warcio_names_the_file(tmp_path: Path, story: str, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    err = _one_error(tmp_path, story, "crawl.warc.gz", b"\x1f\x8b junk")
    assert "warcio" in err.problem


def test_broken_warc(tmp_path: Path, story: str) -> None:
    pytest.importorskip("warcio")
    err = _one_error(tmp_path, story, "crawl.warc", b"this is not a web archive at all\n" * 5)
    assert "WARC" in err.problem


def test_explicit_unsupported_file_is_skipped_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (err,) = list(iter_inputs([tmp_path / "notes.md"]))
    assert isinstance(err, InputError) and err.problem.startswith("skipped:")


def test_too_long_input(tmp_path: Path, story: str) -> None:
    (tmp_path / "long.txt").write_text(story * 10, encoding="utf-8")
    (err,) = list(iter_inputs([tmp_path], Settings(max_article_chars=1000)))
    assert isinstance(err, InputError) and "too long" in err.problem


FRENCH = (
    "Des hommes armés ont attaqué mardi un poste de contrôle sur la route entre deux villages, tuant "
    "quatre soldats et en blessant six autres, selon un responsable de la province. Les assaillants "
    "se sont enfuis dans les collines après un échange de tirs qui a duré environ une heure."
)


def test_non_english_article_is_skipped_not_dropped_silently(tmp_path: Path, story: str) -> None:
    (tmp_path / "en.txt").write_text(story, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    arts, errs = _split(iter_inputs([tmp_path]))
    assert [a.id for a in arts] == ["en"]
    (err,) = errs
    assert err.source == str(tmp_path / "fr.txt")
    assert err.problem.startswith("skipped:") and "language fr not supported" in err.problem


def test_language_given_in_metadata_is_trusted(tmp_path: Path, story: str) -> None:
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "x", "text": story, "language": "de"}) + "\n", encoding="utf-8"
    )
    (err,) = list(iter_inputs([tmp_path]))
    assert "language de not supported" in str(err)


def test_a_library_crash_ends_only_that_input(tmp_path: Path, story: str, monkeypatch) -> None:
    import trafilatura

    def boom(*args, **kwargs):
        raise RuntimeError("parser exploded\non two lines")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    err = _one_error(
        tmp_path, story, "page.html", b"<html><body><p>Some words here for the page.</p></body></html>"
    )
    assert err.problem == "cannot read: RuntimeError: parser exploded on two lines"


def test_a_record_with_a_title_and_empty_text_is_its_headline(tmp_path):
    """Paywalled pages arrive with a headline and no body: the headline is the article."""
    lines = [
        json.dumps({"id": "paywall", "title": "Three boys shot in Durham", "text": ""}),
        json.dumps({"id": "blank", "title": "   ", "text": ""}),
        json.dumps({"id": "none", "text": ""}),
    ]
    path = tmp_path / "titles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errs = _split(iter_inputs([path]))
    assert [a.id for a in arts] == ["paywall"]
    assert arts[0].text == "Three boys shot in Durham"
    assert sorted(e.source.rsplit(":", 1)[1] for e in errs) == ["2", "3"]
