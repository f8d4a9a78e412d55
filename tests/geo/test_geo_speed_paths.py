"""The geoparser's fast paths give what the slow ones gave: literal pre-checks before pattern scans,
state words looked up by initial, register phrases folded once, and choices remembered for a name
repeated in a text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import detect, features, resolve, streets
from sitrep.geo.normalize import fold
from sitrep.geo.resolve import Colocation, Focus, _anchors, _choose, _second_pass, colocation
from sitrep.geo.detect import Mention

from geo_places import hand_place

PIECES = [
    "Main Street", "Highway 19", "I-95", "State Route 7", "County Road 12", "CR 5", "Route", "route 9",
    "Neches River", "River Oaks", "Lake Charles", "Mt. Pleasant", "Coffman Park", "Park", "lake",
    "Jackson and Barrow counties", "Lafourche and Terrebonne parishes", "counties", "Counties",
    "Sheriff's Office", "sheriff’s office", "councillors", "Councillors", "township", "Surprise, Ariz.",
    "N.Y.", "Ohio", "Ohioan", "Oh", "Washington", "the", "of", "in", ",", ".", "-", "\n", "É", "İ",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_literal_prechecks_only_skip_scans_that_find_nothing(text):
    _, numbered, _ = streets._patterns()
    after, before, _ = features._feature_patterns()
    suffixes, prefixes = features._affixes()
    if not streets._holds_any(text, streets._road_prefixes()):
        assert list(numbered.finditer(text)) == []
    if not streets._holds_any(text, suffixes):
        assert list(after.finditer(text)) == []
    if not streets._holds_any(text, prefixes):
        assert list(before.finditer(text)) == []
    if not any(noun in text for noun in detect._PLURAL_SUFFIX):
        assert list(detect._LISTED.finditer(text)) == []


def _state_word_scan(text: str, at: int) -> bool:
    """The state-word test as it was: every state word tried at ``at``."""
    return any(text.startswith(w, at) and not text[at + len(w):at + len(w) + 1].isalpha() for w in detect._state_words())


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 80))
def test_state_word_by_initial_equals_the_scan_over_every_word(text, at):
    assert detect._state_word(text, at) == _state_word_scan(text, at)


def _register_votes_unfolded(text: str) -> list[str]:
    """Register votes as they were: each phrase folded for each text."""
    from sitrep.geo import sources

    low = fold(text)
    out = []
    for cc, phrases in sources.cues()["country_register"].items():
        for p in phrases:
            i = low.find(fold(p))
            if i >= 0 and (i == 0 or not low[i - 1].isalnum()) and not low[i + len(p):i + len(p) + 1].isalnum():
                out.append(cc)
    return out


@settings(max_examples=200, deadline=None)
@given(texts)
def test_register_votes_with_phrases_folded_once(text):
    assert detect.register_votes(text) == _register_votes_unfolded(text)


def test_register_votes_still_need_whole_words():
    assert "US" in detect.register_votes("The Sheriff's Office said.")
    assert detect.register_votes("The councillorship was vacant.") == []


# ---- choices remembered for repeated names --------------------------------------------------------

_p = hand_place


TOWNS = {
    "paris": [_p("Paris", 48.85, 2.35, "FR", "IDF", "PPLC", 2_100_000), _p("Paris", 36.3, -88.3, "US", "TN"),
              _p("Paris", 33.66, -95.55, "US", "TX", pop=25_000)],
    "dublin": [_p("Dublin", 40.1, -83.1, "US", "OH", pop=41_000), _p("Dublin", 37.7, -121.9, "US", "CA", pop=60_000)],
    "columbus": [_p("Columbus", 39.96, -83.0, "US", "OH", pop=850_000), _p("Columbus", 32.46, -84.99, "US", "GA")],
    "ohio": [_p("Ohio", 40.25, -82.75, "US", "OH", "ADM1", 11_700_000)],
    "henry county": [_p("Henry County", 36.3, -88.3, "US", "TN", "ADM2", 0)],
    "worthington": [_p("Worthington", 40.09, -83.02, "US", "OH", pop=14_000)],
}
KEYS = sorted(TOWNS)
ALL = [p for ps in TOWNS.values() for p in ps]

mention_keys = st.lists(st.tuples(st.sampled_from(KEYS), st.sampled_from([None, ("ADM2",)])), min_size=1, max_size=10)


def _inputs(data, keyed):
    mentions = [Mention(10 * i, 10 * i + len(k), k.title(), k, frozenset(), suffix) for i, (k, suffix) in enumerate(keyed)]
    cands = [list(TOWNS[k]) for k, _ in keyed]  # a fresh list per mention, the same places: as the gazetteer gives
    picks = [data.draw(st.tuples(st.sampled_from([None, *ALL]), st.sampled_from([0.5, 1.0, 3.0]))) for _ in mentions]
    holders = data.draw(st.lists(st.integers(0, len(mentions) - 1), max_size=3))
    containers = {i: data.draw(st.sampled_from(TOWNS["ohio"] + TOWNS["paris"][:1])) for i in holders}
    focus = data.draw(st.sampled_from([Focus(None, None), Focus("US", "OH"), Focus("FR", None)]))
    weights = st.floats(0.0, 3.0, allow_nan=False)
    coh = {(k, j): data.draw(weights) for k in KEYS for j in range(len(TOWNS[k])) if data.draw(st.booleans())}
    pairs = {(k, j): data.draw(weights) for k in KEYS for j in range(len(TOWNS[k])) if data.draw(st.booleans())}
    return mentions, cands, picks, focus, containers, coh, pairs


def _second_pass_unremembered(mentions, cands, picks, focus, containers, coloc, coh, pairs):
    anchors = _anchors(picks)
    divisions = {(p.country_code, p.admin1) for p, margin in picks
                 if p is not None and p.feature_code == "ADM1" and margin >= 1.0}
    return [_choose(i, m, cs, focus, containers.get(i), anchors, divisions, coloc, coh, pairs)
            for i, (m, cs) in enumerate(zip(mentions, cands))]


@settings(max_examples=300, deadline=None)
@given(st.data(), mention_keys)
def test_remembered_choices_equal_choices_made_afresh(data, keyed):
    mentions, cands, picks, focus, containers, coh, pairs = _inputs(data, keyed)
    coloc = colocation(mentions, cands)
    want = _second_pass_unremembered(mentions, cands, picks, focus, containers, coloc, coh, pairs)
    got = _second_pass(mentions, cands, picks, focus, containers, coloc, coh, pairs)
    assert got == want
    assert [t.reason for t in got] == [t.reason for t in want]  # reasons are compare=True fields too, made explicit


def test_a_mention_that_alone_picked_an_anchor_does_not_share_the_next_one_s_choice():
    """Mention 0 alone picked Worthington: it may not lean on its own pick, while mention 2, the same
    name, may. The memo keeps the two apart."""
    keyed = [("columbus", None), ("dublin", None), ("columbus", None)]
    mentions = [Mention(10 * i, 10 * i + len(k), k.title(), k, frozenset(), s) for i, (k, s) in enumerate(keyed)]
    cands = [list(TOWNS[k]) for k, _ in keyed]
    picks = [(TOWNS["worthington"][0], 3.0), (None, 0.0), (None, 0.0)]
    empty = Colocation({}, {})
    got = _second_pass(mentions, cands, picks, Focus(None, None), {}, empty, {}, {})
    assert got == _second_pass_unremembered(mentions, cands, picks, Focus(None, None), {}, empty, {}, {})
    assert "Worthington" not in got[0].reason and "Worthington" in got[2].reason


def test_resolve_module_keeps_its_public_names():
    assert {"resolve", "doc_focus", "inside", "colocation"} <= set(resolve.__all__)
