"""The resolver's hints from an article's metadata (the page title's site name first, else the host),
and a state's name that is also a given name still counting as the state."""

from __future__ import annotations

import pytest
from conftest import build_article

from sitrep.geo.gazetteer import default_gazetteer
from sitrep.geo.stage import article_hints, geoparse
from sitrep.settings import Settings

ARCHIVED = "http://web.archive.org/web/20160801000000/http://www.kansascity.com/news/local/crime/article1.html"


def test_the_host_gives_the_state_when_the_title_does_not():
    art = build_article("a", "A man was shot on Prospect Avenue.", title="Man shot on Prospect", url=ARCHIVED)
    assert article_hints(art) == {"site_country": "US", "site_admin1": "Missouri"}


def test_the_title_site_name_wins_over_the_host():
    art = build_article("b", "A man was shot.", title="Man shot - WTVM.com-Columbus, GA", url=ARCHIVED)
    assert article_hints(art)["site_admin1"] == "Georgia"


def test_a_foreign_outlet_recalling_a_us_state_gives_no_state():
    from sitrep.geo.site import host_state

    assert host_state("https://georgiatoday.ge/news/1") is None
    assert host_state("http://web.archive.org/web/2016/http://www.georgiatoday.ge/x") is None
    assert host_state("https://www.ajc.georgia.us/news") == "Georgia"


def test_no_hint_from_a_host_naming_no_state_or_for_another_country():
    plain = build_article("c", "A man was shot.", title="Man shot", url="https://www.example.com/news/1")
    assert article_hints(plain) is None
    abroad = build_article("d", "Gunmen attacked a village.", title="Attack", url=ARCHIVED, country="NG")
    assert article_hints(abroad) == {"country": "NG"}


def test_a_state_that_is_also_a_given_name_is_not_muted(gazetteer):
    """Bare given names vouch for no other reading ("Elizabeth" pulling Houston to Pennsylvania), but
    "Georgia" is the state first: muting it let a small Atlanta, Illinois beat Atlanta, Georgia in
    an LGL story naming Georgia four times."""
    from sitrep.geo.detect import detect
    from sitrep.geo.resolve import _mute

    text = ("ATLANTA - A network leader prosecuted in a Georgia man's death spoke on Tuesday. Georgia "
            "authorities charged him.")
    mentions = detect(text, gazetteer)
    muted = _mute(text, mentions, [gazetteer.candidates(m.key) for m in mentions])
    assert "georgia" in {m.key for m in mentions} and "georgia" not in muted


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer(Settings())


def test_organisation_acronyms_written_like_call_letters_are_no_us_station():
    """"(KRG)" in an Erbil story or "(KIA)" in a Kachin one is no Kansas station: no side, no US vote."""
    from sitrep.geo.detect import call_sign_side, register_votes

    for text in (
        "Shelling hit villages near Erbil, the Kurdistan Regional Government (KRG) said.",
        "The Kachin Independence Army (KIA) attacked a post near Laiza.",
        "Aid stalled in El Fasher, the World Food Programme (WFP) and the World Health Organization (WHO) said.",
    ):
        assert call_sign_side(text) is None, text
        assert "US" not in register_votes(text), text
    station = "ORLANDO, Fla. (WESH) - Deputies said the World Health Organization (WHO) was not involved."
    assert call_sign_side(station) == "W" and "US" in register_votes(station)
