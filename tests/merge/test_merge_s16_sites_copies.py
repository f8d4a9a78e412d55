"""Session 16 merge: a site named right before a weekday ("near Westport Sunday") is still that
site, and copies of one text follow the one-article rules (a copy's headline restates the body
span another copy was coded at; two copies opening with different stories stay apart)."""

from __future__ import annotations

from merge_helpers import ev

from sitrep.merge.features import site_signal, sites
from sitrep.merge.rules import load_rules
from sitrep.merge.scoring import MERGE_THRESHOLD, score_pair

RULES = load_rules()
KIDAL = ("Kidal", 18.44, 1.41, "Mali", "Kidal", 2455290)
MALI = ("Mali", 17.0, -4.0, "Mali", None, None)
SANAA = ("Sanaa", 15.35, 44.21, "Yemen", "Amanat Al Asimah", 71137)
MARIUPOL = ("Mariupol", 47.10, 37.55, "Ukraine", "Donetsk", 701822)
CLASH = ("Battles", "Armed clash")


def test_a_weekday_after_the_site_is_no_part_of_its_name():
    e = ev("a", "art1", "Four shot during a gunbattle near Westport Sunday morning.")
    assert "westport" in sites(e, RULES)
    f = ev("b", "art2", "Fighters clashed with the army in Anefis Tuesday, a local official said.", place=KIDAL)
    assert "anefis" in sites(f, RULES)
    # a name that is all stopwords stays out
    g = ev("c", "art3", "The attack happened on Sunday Morning, police said.")
    assert not sites(g, RULES)


def test_the_same_site_before_a_weekday_joins_a_clash_and_an_attack():
    clash = ev("a", "art1", "Soldiers and rebels exchanged fire near Aguelhok Monday night, residents said.",
               place=MALI, geo_precision=3, kind=CLASH,
               actors=("Military Forces of Mali", "Unidentified Armed Group (Mali)"))
    attack = ev("b", "art2", "Several people were wounded in an attack in Aguelhok, the mayor said.",
                place=MALI, geo_precision=3,
                actors=("Unidentified Armed Group (Mali)", "Civilians (Mali)"))
    assert site_signal(clash, attack, RULES) is not None
    different = ev("c", "art3", "Several people were wounded in an attack in Tessalit, the mayor said.",
                   place=MALI, geo_precision=3,
                   actors=("Unidentified Armed Group (Mali)", "Civilians (Mali)"))
    assert site_signal(clash, different, RULES) is None
    assert not score_pair(clash, different).mergeable


def _copy_pair(headline_a: str, body_b: str, place=SANAA):
    """Event 'a' coded at the headline of article 'orig', 'b' at a body sentence of its copy."""
    a = ev("a", "orig", headline_a, place=place, start=0)
    b = ev("b", "copy", body_b, place=place, start=240)
    return a, b


def test_a_copy_headline_restates_the_body_span_of_another_copy():
    a, b = _copy_pair("Missile strike kills six at Sanaa wedding hall",
                      "A missile struck a wedding hall in the north of Sanaa on Saturday evening, medics said.")
    dup = {"copy": "orig"}
    pair = score_pair(a, b, dup)
    assert pair.mergeable and pair.score >= MERGE_THRESHOLD, pair.reason
    assert "headline restates" in pair.reason
    # a body sentence of one copy against another body sentence of the other stays apart
    c = ev("c", "orig", "Shelling hit the old city market in Sanaa a day later.", place=SANAA, start=900)
    assert not score_pair(c, b, dup).mergeable


def test_two_copies_opening_with_different_stories_stay_apart():
    a = ev("a", "orig", "Two civilians killed by shelling in Mariupol", place=MARIUPOL, start=0)
    b = ev("b", "copy", "Volunteer driver wounded in Mariupol evacuation convoy...", place=MARIUPOL, start=0)
    pair = score_pair(a, b, {"copy": "orig"})
    assert not pair.mergeable and "copies" in (pair.blocked or "")
