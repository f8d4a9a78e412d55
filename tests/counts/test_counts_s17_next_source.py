"""Session 17: another source's toll opening the sentence after the event's ("The health ministry put
the toll at 31.") is an alternative estimate: it widens the range, it does not replace the toll."""

from __future__ import annotations

import pytest

from sitrep.api_python import extract, text_article


def _main(text: str, pub: str = "2024-05-06"):
    evs = extract([text_article(text, "a", title="Report", published=pub, source="s17 test wire")])
    assert evs, text
    return max(evs, key=lambda e: (e.fatalities or 0, e.confidence))


@pytest.mark.parametrize("text, fat, hi", [
    ("Militants killed 9 villagers in an attack on Dogon hamlets near Bandiagara on Sunday, the mayor "
     "said. A local youth association put the toll at 14.", 9, 14),
    ("An airstrike on a market in Sagaing killed 21 people on Saturday, a resistance group said. Local "
     "media put the figure at more than 30.", 21, 30),
    ("Police said four people died when a bomb went off at a bus stand in Quetta on Sunday. Hospital "
     "sources gave a higher toll of seven.", 4, 7),
    ("Eleven people were killed in clashes between gangs in Cité Soleil on Saturday, police said. "
     "Residents put the number of dead at 19.", 11, 19),
])
def test_the_next_sentences_toll_is_the_high_end(text, fat, hi):
    ev = _main(text)
    assert (ev.fatalities, ev.fatalities_high) == (fat, hi)


def test_a_lower_second_figure_is_the_low_end():
    ev = _main("Shelling killed 12 people in Avdiivka on Sunday, the regional governor said. Russian-installed "
               "officials put the toll at eight.")
    assert (ev.fatalities_low, ev.fatalities, ev.fatalities_high) == (8, 12, 12)


def test_a_toll_two_sentences_on_is_no_second_source():
    ev = _main("Gunmen killed six farmers near Kadugli on Sunday, a local official said. The area has seen "
               "repeated raids this year. A rights group put the toll at 10.")
    assert (ev.fatalities, ev.fatalities_high) == (6, 6)


def test_a_second_source_alone_still_gives_the_toll():
    ev = _main("A drone struck a wedding party in Rada'a on Sunday. Medical staff put the toll at 13.")
    assert ev.fatalities == 13
