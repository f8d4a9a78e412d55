"""Session 17 audit of event dates on made-up reports: national days other than the US's
("Independence Day" in Ukraine, Mali, Somalia, Pakistan, Mexico, Colombia, Congo), Islamic feasts
("the first day of Ramadan", Ashura, "the eve of Eid al-Fitr", the Prophet's birthday with its
weekday), Orthodox Christmas, Palm Sunday, Nowruz, New Year's Eve, a live-blog clock heading, a
wire dateline with its own date, "between 3 and 5 April", a transcript's "the morning of the 9th",
"last Thursday" across a month, "eight days ago", "during Friday prayers". Expectations were written
before the passages were run; each passage's main event (its largest toll) is checked end to end."""

from __future__ import annotations

import pytest

import audit_s16

# date: a day, a tuple of acceptable days or ("range", first, last); fat: a toll, a tuple of acceptable
# tolls or "none" (no deaths); hi: the high end; status: one or a tuple; by: a lower-case part of claimed_by
PASSAGES = [
    {'id': 'd01', 'pub': '2024-08-26', 'title': 'Drones hit Kharkiv',
     'text': 'KHARKIV, Ukraine (Reuters) - Russian drones struck residential buildings in Kharkiv on '
             'Independence Day, killing two people and wounding 14, regional governor Oleh Syniehubov said.',
     'date': '2024-08-24', 'fat': 2, 'status': 'reported', 'by': 'syniehubov'},
    {'id': 'd02', 'pub': '2023-09-25', 'title': 'Camp attacked near Bandiagara',
     'text': 'BAMAKO, Mali (AFP) - Jihadists attacked an army camp near Bandiagara on Independence Day, '
             'killing nine soldiers, security sources told AFP.',
     'date': '2023-09-22', 'fat': 9, 'status': 'reported', 'by': 'security sources'},
    {'id': 'd03', 'pub': '2024-07-03', 'title': 'Mortar hits celebration',
     'text': "MOGADISHU (Somali Wire) - A mortar round fired at a gathering marking Somalia's Independence "
             'Day killed three people in the Wadajir district, police said.',
     'date': '2024-07-01', 'fat': 3, 'status': 'reported', 'by': 'police'},
    {'id': 'd04', 'pub': '2024-08-16', 'title': 'Grenade at rally',
     'text': 'QUETTA, Pakistan (AP) - A grenade thrown at an Independence Day rally in Khuzdar killed two '
             'people and wounded 25, police said.',
     'date': '2024-08-14', 'fat': 2, 'status': 'reported', 'by': 'police'},
    {'id': 'd05', 'pub': '2024-03-14', 'title': 'Gaza strikes on first day of Ramadan',
     'text': 'Israeli strikes killed at least 67 Palestinians across the Gaza Strip on the first day of '
             'Ramadan, the Gaza health ministry said.',
     'date': '2024-03-11', 'fat': 67, 'status': 'reported', 'by': 'health ministry'},
    {'id': 'd06', 'pub': '2024-07-19', 'title': 'Ashura procession bombed',
     'text': "A roadside bomb hit a procession of Shia mourners marking Ashura in Kabul's Dasht-e-Barchi "
             'area, killing four people, the police spokesman said.',
     'date': ('2024-07-16', '2024-07-17'), 'fat': 4},
    {'id': 'd07', 'pub': '2025-04-01', 'title': 'Market struck in El Fasher',
     'text': 'RSF drones struck a crowded market in El Fasher on the eve of Eid al-Fitr, killing 12 people, '
             'the local resistance committee said.',
     'date': '2025-03-29', 'fat': 12, 'status': 'reported', 'by': 'resistance committee'},
    {'id': 'd08', 'pub': '2025-01-09', 'title': 'Belgorod shelled',
     'text': 'Ukrainian shelling killed one man in the Belgorod region on Orthodox Christmas, the regional '
             'governor Vyacheslav Gladkov wrote on Telegram.',
     'date': '2025-01-07', 'fat': 1, 'status': 'reported', 'by': 'gladkov'},
    {'id': 'd09', 'pub': '2024-07-10', 'title': 'Live: Israel-Gaza war',
     'text': '09:41 GMT - Strike on tents in al-Mawasi\n'
             'An Israeli strike on a tent camp in al-Mawasi killed eight displaced people overnight, the '
             'civil defence agency said.',
     'date': ('2024-07-09', '2024-07-10'), 'fat': 8, 'status': 'reported', 'by': 'civil defence'},
    {'id': 'd10', 'pub': '2024-11-12', 'title': 'ADF attack in Beni',
     'text': 'BENI, Congo, Nov 11 (Reuters) - ADF rebels killed at least 17 people in an overnight attack on '
             'a village in Beni territory, the army said on Monday.',
     'date': ('2024-11-10', '2024-11-11'), 'fat': 17, 'status': 'reported', 'by': 'army'},
    {'id': 'd11', 'pub': '2024-05-20', 'title': 'EHRC on Gondar clashes',
     'text': 'Between 3 and 5 April 2024, clashes between Fano militias and federal forces in Gondar town '
             'left at least 30 civilians dead, according to the Ethiopian Human Rights Commission.',
     'date': '2024-04-03', 'fat': 30, 'status': 'reported', 'by': 'human rights commission'},
    {'id': 'd12',  # known miss until session 18 (a bare ordinal day, patterns v12)
     'pub': '2024-07-11', 'title': 'Briefing transcript',
     'text': 'QUESTION: Can you confirm the strike near Al-Bukamal?\n'
             'SPOKESMAN: Yes. On the morning of the 9th, coalition aircraft struck a vehicle near Al-Bukamal, '
             'killing two ISIS operatives.',
     'date': '2024-07-09', 'fat': 2},
    {'id': 'd13', 'pub': '2024-10-02', 'title': 'Miners killed in Zamfara',
     'text': 'Last Thursday, bandits killed five miners at a gold site in Maru, Zamfara state, residents '
             'said.',
     'date': '2024-09-26', 'fat': 5, 'status': 'reported', 'by': 'residents'},
    {'id': 'd14', 'pub': '2024-09-17', 'title': 'Night attack in Burkina',
     'text': 'OUAGADOUGOU (AFP) - On the night of 14 to 15 September, gunmen attacked the village of '
             'Tawori, killing at least 20 volunteers of the VDP, local sources said.',
     'date': '2024-09-14', 'fat': 20, 'status': 'reported', 'by': 'local sources'},
    {'id': 'd15', 'pub': '2024-05-10', 'title': 'Convoy ambush in Katsina',
     'text': 'Eight days ago, bandits ambushed a convoy of traders near Danmusa in Katsina state, killing '
             'six, a community leader said.',
     'date': '2024-05-02', 'fat': 6, 'status': 'reported', 'by': 'community leader'},
    {'id': 'd16', 'pub': '2025-01-02', 'title': 'Killings in Solino',
     'text': "PORT-AU-PRINCE, Haiti (AP) - Gang members shot dead six people in the capital's Solino "
             "neighbourhood on New Year's Eve, a local rights group said Thursday.",
     'date': '2024-12-31', 'fat': 6, 'status': 'reported', 'by': 'rights group'},
    {'id': 'd17', 'pub': '2024-09-18', 'title': 'Culiacan violence',
     'text': "Gunmen killed four people in Culiacán during Mexico's Independence Day celebrations, the "
             'Sinaloa prosecutor\'s office said.',
     'date': ('2024-09-15', '2024-09-16'), 'fat': 4},
    {'id': 'd18', 'pub': '2024-07-22', 'title': 'Police station attacked in Tame',
     'text': 'BOGOTA (Reuters) - ELN guerrillas attacked a police station in Tame, Arauca, on Independence '
             'Day, killing two police officers, Colombia\'s defence ministry said.',
     'date': '2024-07-20', 'fat': 2, 'status': 'reported', 'by': 'defence ministry'},
    {'id': 'd19',  # known miss until session 18 (the written weekday moves a lunar feast: time/feastday.py)
     'pub': '2023-09-30', 'title': 'Mastung bombing',
     'text': "A suicide bomber struck a procession marking the Prophet's birthday in Mastung, Balochistan, "
             'on Friday, killing at least 52 people, officials said.',
     'date': '2023-09-29', 'fat': 52, 'status': 'reported', 'by': 'officials'},
    {'id': 'd20', 'pub': '2024-03-26', 'title': 'Church attacked in North Kivu',
     'text': 'Suspected ADF militants attacked worshippers at a church in Kasindi during Palm Sunday mass, '
             'killing six, civil society leaders said.',
     'date': '2024-03-24', 'fat': 6, 'status': 'reported', 'by': 'civil society'},
    {'id': 'd21', 'pub': '2025-03-10', 'title': 'Mosque bombing in Nowshera',
     'text': 'PESHAWAR, Pakistan (AP) - A suicide bomber blew himself up inside a seminary mosque in Nowshera '
             'during Friday prayers, killing six worshippers, police said.',
     'date': '2025-03-07', 'fat': 6, 'status': 'reported', 'by': 'police'},
    {'id': 'd22', 'pub': '2024-03-22', 'title': 'Nowruz attack',
     'text': 'Gunmen fired on people celebrating Nowruz in a park in Kabul, killing three, the Taliban '
             'interior ministry said.',
     'date': ('2024-03-20', '2024-03-21'), 'fat': 3},
    {'id': 'd23', 'pub': '2024-07-02', 'title': 'Shells near Goma',
     'text': 'GOMA, Congo (Reuters) - Shells fired by M23 rebels hit a camp for displaced people near Goma '
             'on Independence Day, killing five, camp officials said.',
     'date': '2024-06-30', 'fat': 5, 'status': 'reported', 'by': 'camp officials'},
]

# expectations met when the passages were kept (session 17): all but the known misses
FLOORS = {'date': 23, 'fat': 23, 'status': 19, 'by': 19}  # date 21 -> 23 in session 18 (d12, d19)


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
