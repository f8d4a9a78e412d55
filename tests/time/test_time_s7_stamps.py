"""Page stamps ("Posted:", "Updated:", "UPDATE 1:50PM FRIDAY:", "(DOB ...)") date the report or a
person, not an event; the first "Posted" stamp before the given publication date is the day the
report's relative dates were written on."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from sitrep.time.eventdate import event_date, reference_times
from sitrep.time.finder import find_times
from sitrep.time.stamps import posted_day, report_stamp
from sitrep.types import Article, Doc, Sentence

PUB = date(2013, 3, 26)  # a Tuesday


def _stamped(text: str) -> list[tuple[str, bool]]:
    return [(t.text, report_stamp(text, t)) for t in find_times(text, PUB)]


def test_posted_and_updated_lines_are_stamps():
    text = "Posted: Sunday, March 10, 2013 10:02 AM EST Updated: Monday, March 25, 2013 8:56 PM EST"
    assert _stamped(text) == [("Sunday, March 10, 2013", True), ("Monday, March 25, 2013", True)]


def test_update_with_a_clock_and_a_birth_date_are_stamps():
    assert _stamped("UPDATE 1:50PM FRIDAY: the school will open at 3 p.m.")[0] == ("FRIDAY", True)
    assert _stamped("Investigators say Tim Caston (DOB 07/19/98) fired at the teens.") == [("07/19/98", True)]


def test_a_date_in_prose_after_posted_is_not_a_stamp():
    assert _stamped("The photo was posted on June 14, 2012 by the group.") == [("June 14, 2012", False)]


def test_the_first_posted_stamp_before_publication_is_the_posted_day():
    text = "Posted: Sunday, March 10, 2013 Updated: Monday, March 25, 2013\nA man was shot early Sunday."
    assert posted_day(text, find_times(text, PUB), PUB) == date(2013, 3, 10)


def test_a_later_stamp_or_one_further_down_is_not_the_posted_day():
    later = "(Published Wednesday, March 27, 2013)\nA man was shot early Sunday."
    assert posted_day(later, find_times(later, PUB), PUB) is None
    down = "(Published Wednesday, March 27, 2013)\nVideo (Published Sunday, March 3, 2013)"
    assert posted_day(down, find_times(down, PUB), PUB) is None


def test_relative_dates_read_against_the_posted_day():
    text = "Posted: Sunday, March 10, 2013 Updated: Monday, March 25, 2013\nA man was shot early Sunday."
    sunday = [t for t in reference_times(text, PUB) if t.text == "early Sunday"]
    assert sunday[0].value == date(2013, 3, 10)


def test_an_undated_event_falls_back_to_the_posted_day_not_the_update():
    text = "Posted: Saturday, March 2, 2013 Updated: Saturday, March 16, 2013\nOne man died in a shooting."
    sents = (Sentence(text.index("One"), len(text), text[text.index("One"):]),)
    doc = Doc(Article("a", text, "h", published=date(2013, 3, 16)), sentences=sents)
    when = event_date(doc, [(sents[0].start, sents[0].end)])
    assert (when.earliest, when.latest, when.precision) == (date(2013, 2, 28), date(2013, 3, 2), 2)


@given(st.text(alphabet="abc :\n()", max_size=30), st.sampled_from(["Posted: ", "Updated: ", "(Published "]))
def test_any_stamped_full_date_is_a_stamp_wherever_the_line_sits(prefix, word):
    text = f"{prefix}\n{word}March 2, 2013 | a man was shot"
    found = [t for t in find_times(text, PUB) if t.text == "March 2, 2013"]
    assert found and report_stamp(text, found[0])


ARCHIVED = "http://web.archive.org/web/20150718014713/http://example.com/news/people-killed-home"


def test_capture_day_of_a_web_archive_url():
    from sitrep.time.stamps import capture_day

    assert capture_day(ARCHIVED) == date(2015, 7, 18)
    assert capture_day("http://example.com/2015/07/18/story") is None
    assert capture_day("http://web.archive.org/web/20151340000000/http://x.com/") is None


def test_a_publication_date_later_than_the_capture_gives_way_to_it():
    text = "Four people were found shot to death Wednesday in a home."
    later = date(2017, 1, 28)
    wednesday = reference_times(text, later, url=ARCHIVED)[0]
    assert wednesday.value == date(2015, 7, 15)
    assert reference_times(text, date(2015, 7, 17), url=ARCHIVED)[0].value == date(2015, 7, 15)


def test_an_undated_event_of_a_wrongly_dated_capture_is_a_month_before_it():
    text = "Headline\n\nFour people were found shot to death in a home."
    start = text.index("Four")
    doc = Doc(Article("a", text, "h", url=ARCHIVED, published=date(2017, 1, 28)),
              sentences=(Sentence(start, len(text), text[start:]),))
    when = event_date(doc, [(start, len(text))])
    assert (when.precision, when.latest) == (3, date(2015, 7, 18))
    assert when.earliest < date(2015, 7, 1)


def test_a_verb_right_after_the_date_governs_it():
    from sitrep.time.attach import FOLLOW_UP, INCIDENT, attachment

    def how(text: str) -> int:
        return attachment(text, find_times(text, PUB)[0])

    assert how("One died and 11 were shot, and Chief Craig on Sunday pleaded with witnesses.") == FOLLOW_UP
    assert how("A man Sunday shot his neighbor in the leg.") == INCIDENT
    assert how("A man was shot Sunday, said police.") == INCIDENT
