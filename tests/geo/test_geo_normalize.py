from hypothesis import given, strategies as st

from sitrep.geo.normalize import fold, name_key, name_keys


@given(st.text(max_size=200))
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


def test_fold_strips_accents_and_unifies_marks():
    assert fold("Tikrīt") == "tikrit"
    assert fold("Tall ‘Afar") == "tall 'afar"
    assert fold("Ado-Ekiti") == "ado ekiti"


def test_name_key_collapses_spaces_and_drops_the():
    assert name_key("The  Gaza   Strip") == "gaza strip"
    assert name_keys("Tall ‘Afar") == {"tall 'afar", "tall afar"}
