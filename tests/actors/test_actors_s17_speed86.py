"""Session 17 (helper 86): the actor dictionary's ASCII fast paths give what the full checks gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.actors import dictionary as D
from sitrep.actors.precheck import FOLDS_TO_ASCII

PIECES = ["ISIS", "Boko Haram", "gunmen", "Gunmen", "police", "-led", "HTS-led", "militants", " ", ", ",
          "the ", "Fulani", "herdsmen", "soldiers", "ſoldiers", "İ", "ı", "K", "’", "é", "ß", "ﬁ", "army"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def _slow_plain(text: str) -> str:
    return text.translate(D._PLAIN) if any(ch in text for ch in FOLDS_TO_ASCII) else text


@settings(max_examples=600, deadline=None)
@given(texts)
def test_actors_s17_plain_equals_the_translation(text: str) -> None:
    assert D.plain(text) == _slow_plain(text)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_actors_s17_lowered_scan_equals_the_pattern(text: str) -> None:
    d = D.default_dictionary()
    assert d._fast.get(id(d._bare)) is not None
    for rx in (d._named_ci, d._bare):
        fast = d._fast.get(id(rx))
        if fast is None:
            continue  # no lower-cased scan for this pattern
        assert [(m.span(), m.groups()) for m in fast(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_actors_s17_mentions_in_ascii_and_wide_texts() -> None:
    d = D.default_dictionary()
    names = [m.actor.name for m in d.mentions("Suspected Boko Haram gunmen attacked Gwoza.", 0, "Nigeria")]
    assert names and names[0].startswith("Boko Haram")
    wide = [m.actor.text for m in d.mentions("Al-Shabaab fighters struck Afgooye, residents said “at dawn”.", 0, "Somalia")]
    assert wide and wide[0].startswith("Al-Shabaab")
