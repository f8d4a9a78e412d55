"""Session 16 audit of claims on made-up reports: "claimed responsibility", "denied involvement",
"blamed X", "accused X of", "said they had targeted", "could not be independently verified", "state
media reported", "in a statement on Telegram", "residents told Reuters", an anonymous security source,
"has not commented", "no group has claimed", a claim Kyiv denied. Expectations written before running."""

from __future__ import annotations

import pytest

import audit_s16

# date: a day, a tuple of acceptable days or ("range", first, last); fat: a toll, a tuple of acceptable
# tolls or "none" (no deaths); hi: the high end; status: one or a tuple; by: a lower-case part of claimed_by
PASSAGES = [
    {'id': 'k01',
     'pub': '2024-03-15',
     'title': 'Hotel siege in Mogadishu',
     'text': 'Gunmen stormed the SYL hotel near the presidential palace in Mogadishu on Thursday, killing at '
             'least three soldiers. Al-Shabaab claimed responsibility for the attack in a statement on its '
             'Andalus radio.',
     'date': '2024-03-14',
     'fat': 3,
     'status': 'claimed',
     'by': 'shabaab'},
    {'id': 'k02',
     'pub': '2022-04-06',
     'title': 'Moura killings',
     'text': 'Residents blamed Malian soldiers and foreign fighters for the killing of at least 20 civilians '
             'in Moura last week. The Malian army denied involvement.',
     'status': ('disputed', 'denied'),
     'fat': 20},
    {'id': 'k03',
     'pub': '2024-05-28',
     'title': 'Sittwe market shelled',
     'text': 'Local officials blamed the Arakan Army for the shelling of the Sittwe market on Sunday that '
             'killed four vendors.',
     'date': '2024-05-26',
     'fat': 4,
     'status': 'reported',
     'by': 'local officials'},
    {'id': 'k04',
     'pub': '2024-07-09',
     'title': "Children's hospital hit",
     'text': "Ukraine accused Russia of striking the Okhmatdyt children's hospital in Kyiv on Monday, "
             'killing two staff members.',
     'date': '2024-07-08',
     'fat': 2,
     'status': 'reported',
     'by': 'ukrain'},
    {'id': 'k05',
     'pub': '2024-01-12',
     'title': 'Houthis target ship',
     'text': 'The Houthis said they had targeted a commercial ship in the Red Sea with anti-ship missiles on '
             'Thursday.',
     'date': '2024-01-11',
     'status': 'claimed',
     'by': 'houthi'},
    {'id': 'k06',
     'pub': '2024-03-25',
     'title': 'ISWAP claims Borno attack',
     'text': 'ISWAP said it killed 22 soldiers in an attack on a base in Borno state on Saturday. The claim '
             'could not be independently verified.',
     'date': '2024-03-23',
     'fat': 22,
     'status': 'claimed',
     'by': 'islamic state'},
    {'id': 'k07',
     'pub': '2024-04-15',
     'title': 'Bus attack in Kalat',
     'text': 'State media reported that terrorists killed 11 passengers after stopping a bus in '
             "Balochistan's Kalat district on Saturday.",
     'date': '2024-04-13',
     'fat': 11,
     'status': 'reported',
     'by': 'state media'},
    {'id': 'k08',
     'pub': '2024-05-13',
     'title': 'IS claims Macomia killings',
     'text': "In a statement on Telegram, the Islamic State's Mozambique branch said its fighters had killed "
             'five Christians in Macomia on Friday.',
     'date': '2024-05-10',
     'fat': 5,
     'status': 'claimed',
     'by': 'islamic state'},
    {'id': 'k09',
     'pub': '2024-06-07',
     'title': 'Wad al-Nourah',
     'text': 'Residents told Reuters that RSF fighters looted homes and killed at least 10 people in the '
             'village of Wad al-Nourah on Wednesday.',
     'date': '2024-06-05',
     'fat': 10,
     'status': 'reported',
     'by': 'residents'},
    {'id': 'k10',
     'pub': '2024-09-16',
     'title': 'Pilgrims killed near Samarra',
     'text': 'Gunmen killed three Shia pilgrims near Samarra on Sunday, a security source said on condition '
             'of anonymity.',
     'date': '2024-09-15',
     'fat': 3,
     'status': 'reported',
     'by': 'security source'},
    {'id': 'k11',
     'pub': '2024-09-18',
     'title': 'Ambush in Arauca',
     'text': 'The Colombian army said ELN guerrillas killed two soldiers in an ambush in Arauca on Tuesday; '
             'the ELN has not commented.',
     'date': '2024-09-17',
     'fat': 2,
     'status': 'reported',
     'by': 'colombian army'},
    {'id': 'k12',
     'pub': '2024-11-02',
     'title': 'Kabul bombing',
     'text': "No group has claimed responsibility for Friday's bombing at a market in Kabul, which killed "
             'six people, police said.',
     'date': '2024-11-01',
     'fat': 6,
     'status': 'reported',
     'by': 'police'},
    {'id': 'k13',
     'pub': '2024-02-19',
     'title': 'Attack on Kidal convoy',
     'text': 'JNIM said on its Telegram channel that it had ambushed an army convoy near Kidal on Sunday, '
             'killing 12 soldiers and Wagner fighters.',
     'date': '2024-02-18',
     'fat': 12,
     'status': 'claimed',
     'by': 'jnim'},
    {'id': 'k14',
     'pub': '2024-08-20',
     'title': 'Drone strike in Kursk',
     'text': "Russia's defence ministry said its forces had destroyed a Ukrainian column in the Kursk region "
             'on Monday, killing 40 soldiers, a claim Kyiv denied.',
     'date': '2024-08-19',
     'status': ('disputed',)},
    {'id': 'u08',
     'pub': '2024-08-15',
     'title': 'Drone attack in Kursk',
     'text': "Kyiv said its forces had advanced further into the Kursk region. Russia's governor said a "
             'Ukrainian drone killed one civilian in Rylsk overnight.',
     'fat': 1},
    {'id': 'u09',
     'pub': '2023-10-18',
     'title': 'Gaza hospital blast',
     'text': 'Hundreds of people were killed in an explosion at the al-Ahli Arab hospital in Gaza City on '
             'Tuesday, the Gaza health ministry said. Israel denied responsibility and blamed a misfired '
             'rocket by Islamic Jihad.',
     'date': '2023-10-17',
     'status': ('disputed', 'reported', 'denied')},
    {'id': 'u12',
     'pub': '2024-07-22',
     'title': 'Somalia cafe bombing',
     'text': "At least five people were killed when a car bomb exploded outside a cafe in Mogadishu's "
             'Bondhere district on Sunday night. Al-Shabaab claimed responsibility via its Shahada News '
             'Agency.',
     'date': '2024-07-21',
     'fat': 5,
     'status': 'claimed',
     'by': 'shabaab'},
    {'id': 'u14',
     'pub': '2024-10-21',
     'title': 'Attack in Bannu',
     'text': 'A police officer was killed and two others were wounded on Sunday when militants attacked a '
             'checkpoint in Bannu district. The Tehreek-e-Taliban Pakistan claimed the attack.',
     'date': '2024-10-20',
     'fat': 1,
     'status': 'claimed',
     'by': 'taliban'},
]

# expectations met when the passages were kept (session 16): all but the known misses
FLOORS = {'date': 16, 'fat': 15, 'status': 17, 'by': 14}


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
