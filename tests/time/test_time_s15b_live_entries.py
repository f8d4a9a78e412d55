"""Live-blog entries are posted within hours of their news: an event an entry states without a date
takes the one date the entry writes elsewhere, else the entry's own day at precision 1 (the day
before when the entry was posted in the small hours); an article, or an entry dated only by its
page, keeps the article rule (the two days up to publication, mid-point, precision 2)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from sitrep.time.eventdate import event_date
from sitrep.time.finder import find_times
from sitrep.time.liveentry import EARLY_POST_HOUR, POSTED_TIME_KEY, entry_day
from sitrep.types import Article, Doc, Sentence

DAY = date(2024, 4, 16)  # a Tuesday
OWN = "entry 7 of live blog page; date: the entry's timestamp"


def _doc(*sentences: str, origin: dict[str, str] | None = None, published: date = DAY) -> Doc:
    text, sents = "", []
    for s in sentences:
        sents.append(Sentence(len(text), len(text) + len(s), s))
        text += s + "\n"
    art = Article("page#7", text, "h", published=published, origin=origin or {})
    return Doc(art, sentences=tuple(sents), times=find_times(text, published, tuple(sents)))


def _date_of(doc: Doc, index: int = 0):
    s = doc.sentences[index]
    return event_date(doc, [(s.start, s.end)])


UNDATED = [
    "At least six people were killed when shells landed on the livestock market in El Fasher, volunteers said.",
    "A roadside bomb struck a police patrol near Kandahar, killing two officers.",
    "Gunmen opened fire on worshippers at a church in Kaduna state, leaving four dead.",
    "Two paramedics were injured when a drone hit an ambulance in Kherson, the regional governor said.",
    "Soldiers fired tear gas at protesters marching on the presidential palace in Conakry.",
]


@pytest.mark.parametrize("sentence", UNDATED)
def test_undated_event_of_an_entry_is_the_entrys_day(sentence):
    t = _date_of(_doc(sentence, origin={"liveblog": OWN}))
    assert (t.value, t.precision, t.earliest, t.latest) == (DAY, 1, DAY, DAY)
    assert "live-blog entry" in t.reason


@pytest.mark.parametrize("sentence", UNDATED)
def test_an_article_keeps_the_two_day_window(sentence):
    t = _date_of(_doc(sentence))
    assert (t.precision, t.latest, t.earliest) == (2, DAY, DAY - timedelta(days=2))
    assert "live-blog" not in t.reason


@pytest.mark.parametrize("sentence", UNDATED[:3])
def test_an_entry_dated_only_by_its_page_is_read_like_an_article(sentence):
    origin = {"liveblog": "entry 3 of live blog page; date: no date of its own (the page's applies)"}
    t = _date_of(_doc(sentence, origin=origin))
    assert t.precision == 2 and t.value == DAY - timedelta(days=1)


@pytest.mark.parametrize("later, value, precision", [
    ("The attack took place overnight, the army said.", DAY, 2),
    ("The shelling began last night, residents said.", DAY - timedelta(days=1), 1),
    ("The raid happened yesterday, a local official said.", DAY - timedelta(days=1), 1),
    ("The blast happened on Sunday, a police source said.", date(2024, 4, 14), 1),
    ("The fighting broke out this morning.", DAY, 1),
])
def test_a_date_elsewhere_in_the_entry_dates_its_story(later, value, precision):
    first = "Militiamen torched houses in a village of Ituri province, killing 11 civilians."
    t = _date_of(_doc(first, later, origin={"liveblog": OWN}))
    assert (t.value, t.precision) == (value, precision)
    assert "the one date the live-blog entry writes" in t.reason


def test_relative_dates_of_an_entry_resolve_against_the_entrys_day():
    """ "yesterday", "on Monday", "this morning" in the evidence are read against the entry's day."""
    for sentence, value in [
        ("Israeli troops raided Nablus yesterday, killing a teenager.", DAY - timedelta(days=1)),
        ("Al-Shabaab fighters attacked a base in Lower Shabelle on Monday.", DAY - timedelta(days=1)),
        ("Police dispersed a rally in Dhaka this morning with batons.", DAY),
    ]:
        t = _date_of(_doc(sentence, origin={"liveblog": OWN}))
        assert t.value == value and t.precision == 1 and t.reason.startswith("in the evidence")


def test_two_different_days_in_an_entry_date_nothing_and_the_entrys_day_applies():
    doc = _doc("Drones hit an oil depot in Bryansk, the governor said.",
               "Kyiv was struck on Sunday and Kharkiv yesterday.", origin={"liveblog": OWN})
    t = _date_of(doc)
    assert (t.value, t.precision) == (DAY, 1)


def test_a_statement_day_is_no_date_of_the_story():
    """ "said on Monday" dates the statement (a follow-up), not the incident."""
    doc = _doc("Rebels ambushed an army convoy near Bunia, killing five soldiers.",
               "The army said on Monday that it had sent reinforcements.", origin={"liveblog": OWN})
    t = _date_of(doc)
    assert (t.value, t.precision) == (DAY, 1)


def test_bare_earlier_is_the_same_day():
    doc = _doc("Earlier, the governor said a missile hit a warehouse in Odesa.", origin={"liveblog": OWN})
    assert (_date_of(doc).value, _date_of(doc).precision) == (DAY, 1)


@pytest.mark.parametrize("clock, value, precision", [
    ("05:40", DAY - timedelta(days=1), 2),
    ("00:15", DAY - timedelta(days=1), 2),
    (f"{EARLY_POST_HOUR:02d}:00", DAY, 1),
    ("14:30", DAY, 1),
    ("garbled", DAY, 1),
])
def test_an_entry_posted_in_the_small_hours_reports_the_night(clock, value, precision):
    origin = {"liveblog": OWN, POSTED_TIME_KEY: clock}
    t = _date_of(_doc(UNDATED[0], origin=origin))
    assert (t.value, t.precision) == (value, precision)
    if precision == 2:
        assert (t.earliest, t.latest) == (DAY - timedelta(days=1), DAY)


def test_entry_day_only_for_entries_with_their_own_day():
    assert entry_day(Article("a", "x", "h", published=DAY)) is None
    assert entry_day(Article("a", "x", "h", published=DAY, origin={"liveblog": OWN})) == DAY
    assert entry_day(Article("a", "x", "h", published=None, origin={"liveblog": OWN})) is None


def test_fixture_live_blog_entries_take_their_own_day():
    """The Sudan fixture: an undated shelling in an entry posted at 06:15 on 16 April reports the
    night (15-16 April, valued on the 15th, precision 2); the power-station strike an entry posted at
    08:40 dates "early on Tuesday" is of 16 April, precision 1."""
    from sitrep import extract
    from sitrep.ingest.build import articles_from_html

    page = Path(__file__).parents[1] / "ingest" / "pages_s15" / "live_sudan_blocks.html"
    arts = articles_from_html("live_sudan_blocks", page.read_text(encoding="utf-8"))
    shelling = next(a for a in arts if "livestock market" in a.text)
    assert shelling.origin.get(POSTED_TIME_KEY) == "06:15"
    events = extract(shelling)
    assert events and all(e.event_date == "2024-04-15" and e.time_precision == 2
                          and e.date_latest == shelling.published.isoformat() for e in events)
    power = next(a for a in arts if "power station" in a.text)
    events = extract(power)
    assert events and all(e.event_date == power.published.isoformat() and e.time_precision == 1 for e in events)
