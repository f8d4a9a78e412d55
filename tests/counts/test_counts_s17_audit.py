"""Session 17 audit of tolls on made-up reports: a second source's higher toll in the next sentence
("The Sudan Doctors Network put the toll at 24.", "Hospital officials gave a higher toll of 17.",
"Residents said at least 10 bodies ..."), "between 40 and 60", "including the bomber", "two children
were among the four", a toll revised upwards, "seven people, five of them soldiers", "nearly 50",
"one soldier killed and another wounded", "a pregnant woman and her three children", a toll broken
down by side, "no casualties were reported", bodies found that bring a toll up, deaths in hospital
added, a spelled-out toll. Expectations written before running; end to end."""

from __future__ import annotations

import pytest

import audit_s16

# date: a day, a tuple of acceptable days or ("range", first, last); fat: a toll, a tuple of acceptable
# tolls or "none" (no deaths); hi: the high end; status: one or a tuple; by: a lower-case part of claimed_by
PASSAGES = [
    {'id': 'n01', 'pub': '2024-10-15', 'title': 'Market shelled in El Obeid',
     'text': 'At least 18 people were killed when RSF shells hit a market in El Obeid on Monday, a medical '
             'source said. The Sudan Doctors Network put the toll at 24.',
     'date': '2024-10-14', 'fat': 18, 'hi': 24},
    {'id': 'n02', 'pub': '2024-05-15', 'title': 'School strike in Nuseirat',
     'text': "Gaza's civil defence said 14 people were killed in Tuesday's strike on a school sheltering "
             'displaced families in Nuseirat. Hospital officials gave a higher toll of 17.',
     'date': '2024-05-14', 'fat': 14, 'hi': 17},
    {'id': 'n03', 'pub': '2024-02-12', 'title': 'Suicide attack in Beledweyne',
     'text': 'A suicide car bomb at a checkpoint in Beledweyne on Sunday killed 12 people, including the '
             'bomber, a local police commander said.',
     'date': '2024-02-11', 'fat': 12},
    {'id': 'n04', 'pub': '2024-04-23', 'title': 'Shell hits house in Nyala',
     'text': 'Two children were among the four people killed when a shell hit a house in Nyala on Saturday, '
             'a relative told Radio Dabanga.',
     'date': '2024-04-20', 'fat': 4},
    {'id': 'n05', 'pub': '2024-04-30', 'title': 'Odesa strike toll rises',
     'text': 'The toll from Monday\'s Russian missile strike on Odesa has climbed to 31, up from 20 reported '
             'earlier, the regional administration said on Tuesday.',
     'date': '2024-04-29', 'fat': 31},
    {'id': 'n06', 'pub': '2024-03-05', 'title': 'Ambush in Tillaberi',
     'text': 'Seven people, five of them soldiers, died when their convoy hit an explosive device near '
             'Tera on Sunday, a local official said.',
     'date': '2024-03-03', 'fat': 7},
    {'id': 'n07', 'pub': '2024-06-12', 'title': 'Village raid in Ituri',
     'text': 'Nearly 50 people were killed in a raid by CODECO militiamen on a village in Djugu territory on '
             'Monday, a local NGO said.',
     'date': '2024-06-10', 'fat': (48, 49, 50)},
    {'id': 'n08', 'pub': '2024-08-07', 'title': 'Sniper fire in Donetsk',
     'text': 'One soldier was killed and another wounded by sniper fire near Vuhledar on Tuesday, the '
             'brigade said.',
     'date': '2024-08-06', 'fat': 1},
    {'id': 'n09', 'pub': '2024-10-21', 'title': 'Airstrike in Rakhine',
     'text': 'A pregnant woman and her three children were killed when a junta jet bombed their village in '
             "Rakhine state's Minbya township on Saturday, residents said.",
     'date': '2024-10-19', 'fat': 4},
    {'id': 'n10', 'pub': '2024-01-17', 'title': 'Attack on Borno town',
     'text': 'The attack on Gajiram on Monday killed 19 people - 11 civilians and eight soldiers - a '
             'military source said.',
     'date': '2024-01-15', 'fat': 19},
    {'id': 'n11', 'pub': '2024-09-09', 'title': 'Drone downed over Kursk',
     'text': 'A Ukrainian drone hit a fuel depot in the Kursk region on Sunday; no casualties were reported, '
             'the governor said.',
     'date': '2024-09-08', 'fat': 'none'},
    {'id': 'n12', 'pub': '2024-08-12', 'title': 'Sinjah clashes',
     'text': 'Between 40 and 60 people were killed in clashes around Sinjah in Sennar state last week, '
             'according to local activists.',
     'fat': 40, 'hi': 60},
    {'id': 'n13', 'pub': '2024-11-06', 'title': 'Bodies found in Guerrero',
     'text': 'Two more bodies were found near Chilpancingo on Tuesday, bringing to nine the number of people '
             'killed in the weekend attack on a family gathering, state prosecutors said.',
     'fat': 9},
    {'id': 'n14', 'pub': '2024-06-04', 'title': 'Market bomb in Maiduguri',
     'text': 'At least 11 people were killed when a bomb exploded at a market in Maiduguri on Monday, '
             'police said. Three more died of their wounds in hospital overnight.',
     'date': '2024-06-03', 'fat': 14},
    {'id': 'n15', 'pub': '2024-02-19', 'title': 'Kirkuk road ambush',
     'text': 'Twenty-three Iraqi soldiers were killed when Islamic State fighters ambushed their patrol on '
             'a road south of Kirkuk on Saturday night, security sources said.',
     'date': '2024-02-17', 'fat': 23},
    {'id': 'n16', 'pub': '2024-03-27', 'title': 'OCHA flash update: Cabo Delgado',
     'text': 'On 25 March, non-state armed groups attacked Quissanga district headquarters, killing 3 '
             'civilians and wounding 7, according to humanitarian partners.',
     'date': '2024-03-25', 'fat': 3},
    {'id': 'n17', 'pub': '2024-10-01', 'title': 'Manbij clashes',
     'text': 'Eight SDF fighters and five members of the Turkish-backed Syrian National Army were killed in '
             'clashes near Manbij on Sunday, the Syrian Observatory for Human Rights said.',
     'date': '2024-09-29', 'fat': 13},
    {'id': 'n18', 'pub': '2024-06-25', 'title': 'Morgue count in Cap-Haitien',
     'text': 'Police said six people died in a gang attack on a bus near Cap-Haitien on Sunday. Residents '
             'said at least 10 bodies had been taken to the morgue.',
     'date': '2024-06-23', 'fat': 6, 'hi': 10},
    {'id': 'n19', 'pub': '2024-12-04', 'title': 'Khan Younis strike',
     'text': 'An Israeli strike on a tent in Khan Younis killed 21 people on Wednesday, medics said. The '
             'Israeli military said it had targeted Hamas militants.',
     'date': '2024-12-04', 'fat': 21},
    {'id': 'n20', 'pub': '2024-07-30', 'title': 'Mine blast in Helmand',
     'text': 'A leftover mine exploded in a field in Helmand province on Monday, killing three children and '
             'wounding a fourth, a provincial spokesman said. Local residents put the number of dead at five.',
     'date': '2024-07-29', 'fat': 3, 'hi': 5},
]

# expectations met when the passages were kept (session 17): all but the known misses; session 18
# (helper 101) fixed n18 (a count of bodies in the next sentence is a second estimate)
FLOORS = {'date': 18, 'fat': 20, 'hi': 5}


@pytest.fixture(scope="module")
def main_events() -> dict[str, object]:
    return audit_s16.main_events(PASSAGES)


def test_match_counts_keep_their_floors(main_events):
    met = audit_s16.met_counts(PASSAGES, main_events)
    assert {k: met.get(k, 0) >= v for k, v in FLOORS.items()} == {k: True for k in FLOORS}, met


@pytest.mark.parametrize("p", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_each_passage(main_events, p):
    reason = audit_s16.check_passage(p, main_events[p["id"]])
    if reason:
        pytest.xfail(reason)
