"""Session 16 audit of event dates on made-up reports from many conflicts and outlet styles (wire
datelines, live-blog entries, humanitarian updates, translated local press): "the night of Monday to
Tuesday", "overnight", "late Friday", "last Friday" across a new year, "on 3 March" / "March 3" / "3/4",
"earlier this week", "on the eve of the 20 December vote", "two days ago", "since Monday", "between 12
and 14 June", "in mid-May", a weekday during Ramadan, a date in the headline only, "a year after the
attack on ..." (never the anniversary's day), "on Christmas Eve". Expectations were written before the
passages were run; each passage's main event (its largest toll) is checked end to end."""

from __future__ import annotations

import pytest

import audit_s16

# date: a day, a tuple of acceptable days or ("range", first, last); fat: a toll, a tuple of acceptable
# tolls or "none" (no deaths); hi: the high end; status: one or a tuple; by: a lower-case part of claimed_by
PASSAGES = [
    {'id': 't01',
     'pub': '2024-03-06',
     'title': 'Soldiers killed near Gao',
     'text': 'GAO, Mali (AP) — Suspected jihadists attacked a military post near Gao on the night of Monday '
             'to Tuesday, killing four soldiers, the army said.',
     'date': '2024-03-04',
     'fat': 4,
     'status': 'reported',
     'by': 'army'},
    {'id': 't02',
     'pub': '2024-01-02',
     'title': 'Drones hit Odesa',
     'text': 'KYIV, Ukraine (AP) — Russian drones struck Odesa overnight, killing two people and wounding '
             'nine, regional governor Oleh Kiper said on Tuesday.',
     'date': ('2024-01-01', '2024-01-02'),
     'fat': 2,
     'status': 'reported',
     'by': 'kiper'},
    {'id': 't03',
     'pub': '2023-06-14',
     'title': 'Shelling in Khartoum',
     'text': 'In the early hours of Sunday, fighters of the Rapid Support Forces shelled the Mayo district '
             'of southern Khartoum, killing at least 12 civilians, including three children, according to a '
             'local resistance committee.',
     'date': '2023-06-11',
     'fat': 12,
     'status': 'reported',
     'by': 'resistance committee'},
    {'id': 't04',
     'pub': '2025-01-01',
     'title': 'Church attack in Ituri',
     'text': 'BUNIA, Congo (Reuters) - Gunmen killed seven worshippers at a church in Kasanga village late '
             'Friday, a local official told Reuters on Tuesday.',
     'date': '2024-12-27',
     'fat': 7,
     'status': 'reported',
     'by': 'local official'},
    {'id': 't05',
     'pub': '2025-01-02',
     'title': 'Strike on Jabalia house',
     'text': 'Last Friday, an Israeli airstrike on a house in Jabalia killed 15 people, among them six '
             'women, the Gaza civil defence agency said.',
     'date': '2024-12-27',
     'fat': 15,
     'status': 'reported',
     'by': 'civil defence'},
    {'id': 't06',
     'pub': '2024-03-06',
     'title': 'Police station stormed in Balcad',
     'text': 'MOGADISHU (Somali Wire) — Al-Shabaab fighters stormed a police station in Balcad on 3 March, '
             'killing five officers.',
     'date': '2024-03-03',
     'fat': 5},
    {'id': 't07',
     'pub': '2024-03-10',
     'title': 'Party shooting in Salamanca',
     'text': 'Cartel gunmen opened fire at a birthday party in Salamanca, Guanajuato, on March 3, leaving '
             'six dead, state prosecutors said.',
     'date': '2024-03-03',
     'fat': 6,
     'status': 'reported',
     'by': 'prosecutors'},
    {'id': 't08',
     'pub': '2024-03-06',
     'title': 'Officers shot in Delmas',
     'text': 'Two police officers were shot dead by gang members in Delmas on 3/4, the police union SYNAPOHA '
             'said.',
     'date': '2024-03-04',
     'fat': 2},
    {'id': 't09',
     'pub': '2024-04-18',
     'title': 'Village bombed in Sagaing',
     'text': 'Earlier this week, Myanmar military jets bombed a village in Sagaing region, killing nine '
             'villagers, the National Unity Government said.',
     'date': ('range', '2024-04-15', '2024-04-18'),
     'fat': 9},
    {'id': 't10',
     'pub': '2023-12-22',
     'title': 'Election workers killed in Kasai',
     'text': 'Militiamen attacked a polling station in Kananga on the eve of the 20 December vote, killing '
             'three election workers, the electoral commission said.',
     'date': '2023-12-19',
     'fat': 3},
    {'id': 't11',
     'pub': '2024-07-08',
     'title': 'Roadside bomb in North Waziristan',
     'text': 'Two days ago a roadside bomb killed four soldiers in North Waziristan, the ISPR said in a '
             'statement.',
     'date': '2024-07-06',
     'fat': 4,
     'status': 'reported',
     'by': 'ispr'},
    {'id': 't12',
     'pub': '2024-05-23',
     'title': 'Buthidaung fighting',
     'text': 'Clashes between the Myanmar army and the Arakan Army around Buthidaung have killed at least 30 '
             'people since Monday, residents said.',
     'date': '2024-05-20',
     'fat': 30,
     'status': 'reported',
     'by': 'residents'},
    {'id': 't13',
     'pub': '2023-06-20',
     'title': 'El Geneina killings',
     'text': 'Between 12 and 14 June, militiamen and RSF fighters killed at least 40 civilians in El '
             'Geneina, survivors told Human Rights Watch.',
     'date': '2023-06-12',
     'fat': 40,
     'status': 'reported',
     'by': 'survivors'},
    {'id': 't14',
     'pub': '2024-06-10',
     'title': 'Wedding strike in Sennar',
     'text': 'In mid-May, a drone strike on a wedding in Sennar state killed 11 guests, relatives said.',
     'date': ('range', '2024-05-10', '2024-05-20'),
     'fat': 11},
    {'id': 't15',
     'pub': '2024-04-02',
     'title': 'Mosque attack in Zamfara',
     'text': 'Bandits attacked worshippers at a mosque in Zamfara state during Ramadan prayers on Friday, '
             'killing 10, a lawmaker said.',
     'date': '2024-03-29',
     'fat': 10},
    {'id': 't16',
     'pub': '2024-04-16',
     'title': 'Five killed in Quetta market blast on Monday',
     'text': 'A bomb hidden in a motorcycle exploded at a crowded vegetable market in Quetta, killing five '
             'people, police said.',
     'date': '2024-04-15',
     'fat': 5,
     'status': 'reported',
     'by': 'police'},
    {'id': 't17',
     'pub': '2024-10-08',
     'title': 'Rockets fired at Tel Aviv',
     'text': 'A year after the attack on the Nova music festival, Hamas fighters fired rockets at Tel Aviv '
             'on Monday, lightly injuring two people.',
     'date': '2024-10-07',
     'fat': 0},
    {'id': 't18',
     'pub': '2023-08-30',
     'title': 'Convoy ambushed near Kobo',
     'text': 'On Tuesday, a year after the Ethiopian army retook Kobo, Fano militiamen ambushed a federal '
             'convoy near the town, killing eight soldiers, a hospital source said.',
     'date': '2023-08-29',
     'fat': 8},
    {'id': 't19',
     'pub': '2023-11-23',
     'title': 'Zaongo attack',
     'text': 'OUAGADOUGOU (local press, translated) — Armed men attacked the village of Zaongo in the night '
             'of Tuesday to Wednesday, killing 14 civilians, local sources told our correspondent.',
     'date': '2023-11-21',
     'fat': 14},
    {'id': 't20',
     'pub': '2024-06-17',
     'title': 'Live: Ukraine war',
     'text': "08:14 GMT — Ukraine's air force says it shot down 23 of 30 drones launched overnight. Debris "
             "fell in Kyiv's Solomianskyi district, killing one person, the city administration said.",
     'date': ('2024-06-16', '2024-06-17'),
     'fat': 1},
    {'id': 't21',
     'pub': '2024-02-20',
     'title': 'Yemen humanitarian update',
     'text': 'On 12 February, shelling by Houthi forces hit a residential area in Taiz city, killing two '
             'children and injuring four other civilians, according to local authorities.',
     'date': '2024-02-12',
     'fat': 2,
     'status': 'reported',
     'by': 'local authorities'},
    {'id': 't22',
     'pub': '2024-10-10',
     'title': 'Mine attack toll rises',
     'text': "The death toll from Wednesday's attack on a coal mine in Darra Adam Khel rose to 21, officials "
             'said.',
     'date': '2024-10-09',
     'fat': 21},
    {'id': 't23',
     'pub': '2024-08-30',
     'title': 'ADF massacre in Lubero',
     'text': 'Last week, suspected ADF rebels hacked 18 villagers to death in Lubero territory, civil '
             'society leaders said on Friday.',
     'date': ('range', '2024-08-19', '2024-08-25'),
     'fat': 18},
    {'id': 't24',
     'pub': '2024-01-03',
     'title': 'Attack in Plateau',
     'text': 'JOS, Nigeria (AP) — Gunmen killed at least 20 villagers in attacks on three communities in '
             'Bokkos on Christmas Eve, the local government chairman said.',
     'date': '2023-12-24',
     'fat': 20},
    {'id': 'u01',
     'pub': '2024-02-26',
     'title': 'Live updates: Sudan',
     'text': 'Updated 14:02 — Residents of Omdurman said artillery fire killed three members of one family '
             'late on Saturday night. The Sudanese Armed Forces blamed the RSF for the shelling.',
     'date': '2024-02-24',
     'fat': 3,
     'status': 'reported',
     'by': 'residents'},
    {'id': 'u02',
     'pub': '2024-11-12',
     'title': 'OCHA flash update',
     'text': 'Between 8 and 10 November, non-state armed groups attacked four villages in Djibo commune, '
             'killing 17 civilians and displacing some 3,000 people, according to humanitarian partners.',
     'date': '2024-11-08',
     'fat': 17,
     'status': 'reported',
     'by': 'humanitarian partners'},
    {'id': 'u05',
     'pub': '2024-01-09',
     'title': 'Cartel violence in Sonora',
     'text': 'Gunmen killed a municipal police chief and two of his bodyguards in Cajeme on the night of '
             'Sunday to Monday, the state security office said.',
     'date': '2024-01-07',
     'fat': 3,
     'status': 'reported',
     'by': 'security office'},
    {'id': 'u06',
     'pub': '2024-04-12',
     'title': 'Eid attack',
     'text': 'Two worshippers were shot dead outside a mosque in Kunduz on the first day of Eid al-Fitr, the '
             "Taliban's police spokesman said.",
     'date': '2024-04-10',
     'fat': 2},
    {'id': 'u07',
     'pub': '2024-05-06',
     'title': 'Haiti gang attack',
     'text': 'PORT-AU-PRINCE, Haiti (AP) — Gang members torched homes in Gressier over the weekend, killing '
             'at least nine people, a human rights group said Monday.',
     'date': ('range', '2024-05-04', '2024-05-05'),
     'fat': 9,
     'status': 'reported',
     'by': 'human rights group'},
    {'id': 'u10',
     'pub': '2024-03-18',
     'title': 'Myanmar airstrike',
     'text': 'Junta aircraft bombed a monastery in Sagaing region on 14 March, killing 11 villagers '
             'sheltering there, a local resistance group said on Saturday. The junta did not respond to '
             'requests for comment.',
     'date': '2024-03-14',
     'fat': 11,
     'status': 'reported',
     'by': 'resistance group'},
    {'id': 'u16',
     'pub': '2024-01-29',
     'title': 'Ethiopia Amhara',
     'text': 'Government troops killed at least 45 civilians in Merawi on 29 January, residents and a health '
             'worker told Reuters. The government did not comment.',
     'date': '2024-01-29',
     'fat': 45,
     'status': 'reported',
     'by': 'residents'},
]

# expectations met when the passages were kept (session 16): all but the known misses
FLOORS = {'date': 31, 'fat': 31, 'status': 17, 'by': 17}


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
