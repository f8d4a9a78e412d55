"""Session 17 audit of claims on made-up reports: a Sahel branch of the Islamic State "claimed the
attack", the Qassam Brigades "said its fighters had", Ukraine's military on its own strike, "accepted
responsibility in a statement", "no one has claimed ... but officials suspect", a junta blaming a
resistance force that denies it, a rebel group denying and blaming the army, the Syrian Observatory,
Human Rights Watch in a report, "via its Amaq news agency", "the Houthis' military spokesman said",
"could not independently verify", "a claim the army rejected", "witnesses told AFP". Expectations
written before running."""

from __future__ import annotations

import pytest

import audit_s16

# date: a day, a tuple of acceptable days or ("range", first, last); fat: a toll, a tuple of acceptable
# tolls or "none" (no deaths); hi: the high end; status: one or a tuple; by: a lower-case part of claimed_by
PASSAGES = [
    {'id': 'q01', 'pub': '2024-06-27', 'title': 'Attack in Tahoua region',
     'text': 'Gunmen killed 20 soldiers at a checkpoint near Tassia in western Niger on Tuesday. The Islamic '
             "State's Sahel Province claimed the attack on Wednesday.",
     'date': '2024-06-25', 'fat': 20, 'status': 'claimed', 'by': 'islamic state'},
    {'id': 'q02', 'pub': '2024-05-07', 'title': 'Qassam ambush claim',
     'text': "Hamas's armed wing, the Qassam Brigades, said its fighters had killed five Israeli soldiers in "
             'an ambush in Jabalia on Monday.',
     'date': '2024-05-06', 'fat': 5, 'status': 'claimed', 'by': 'qassam'},
    {'id': 'q03', 'pub': '2024-02-02', 'title': 'Ship hit off Crimea',
     'text': "Ukraine's military intelligence said its naval drones sank the Russian missile boat Ivanovets "
             'in the Black Sea overnight. Moscow did not comment.',
     'date': ('2024-02-01', '2024-02-02'), 'status': 'claimed', 'by': 'ukrain'},
    {'id': 'q04', 'pub': '2024-10-08', 'title': 'ELN claims base attack',
     'text': 'The ELN accepted responsibility in a statement for an attack with explosives on a military base '
             'in Puerto Jordán, Arauca, on Sunday that killed two soldiers.',
     'date': '2024-10-06', 'fat': 2, 'status': 'claimed', 'by': 'eln'},
    {'id': 'q05', 'pub': '2024-08-05', 'title': 'Lido beach attack',
     'text': "At least 32 people were killed when gunmen and a suicide bomber attacked Mogadishu's Lido "
             'beach on Friday night, police said. Al-Shabaab said it was behind the assault.',
     'date': '2024-08-02', 'fat': 32, 'status': 'claimed', 'by': 'shabaab'},
    {'id': 'q06', 'pub': '2024-03-19', 'title': 'Bus bomb in Kandahar',
     'text': 'No one has claimed responsibility for the bombing of a bus in Kandahar on Sunday that killed '
             'nine passengers, but Taliban officials suspect the Islamic State, a provincial spokesman said.',
     'date': '2024-03-17', 'fat': 9, 'status': 'reported', 'by': 'spokesman'},
    {'id': 'q07', 'pub': '2024-04-09', 'title': 'Bomb in Mandalay',
     'text': "Myanmar's junta blamed the People's Defence Force for a bomb that killed three people at a "
             'Mandalay bus station on Saturday. The PDF denied any role.',
     'date': '2024-04-06', 'fat': 3, 'status': ('disputed', 'denied', 'reported')},
    {'id': 'q08', 'pub': '2024-02-14', 'title': 'Camp shelled near Sake',
     'text': 'Shelling of a camp for displaced people near Sake killed six people on Monday, camp managers '
             'said. M23 denied targeting civilians and blamed the Congolese army.',
     'date': '2024-02-12', 'fat': 6, 'status': ('disputed', 'denied', 'reported')},
    {'id': 'q09', 'pub': '2024-05-21', 'title': 'Strikes in Idlib',
     'text': 'Russian air strikes killed seven civilians in Idlib province on Monday, the Syrian '
             'Observatory for Human Rights said.',
     'date': '2024-05-20', 'fat': 7, 'status': 'reported', 'by': 'syrian observatory'},
    {'id': 'q10', 'pub': '2024-07-25', 'title': 'HRW on Zamzam camp',
     'text': 'RSF fighters killed at least 15 civilians during an attack on Zamzam camp on 12 June, Human '
             'Rights Watch said in a report published on Thursday.',
     'date': '2024-06-12', 'fat': 15, 'status': 'reported', 'by': 'human rights watch'},
    {'id': 'q11', 'pub': '2024-04-05', 'title': 'IS claims Mozambique raid',
     'text': "The Islamic State claimed via its Amaq news agency that its fighters beheaded four Christians "
             'in Chiure district on Tuesday.',
     'date': '2024-04-02', 'fat': 4, 'status': 'claimed', 'by': 'islamic state'},
    {'id': 'q12', 'pub': '2024-02-21', 'title': 'Houthis hit ship',
     'text': "The Houthis' military spokesman Yahya Saree said their forces fired missiles at the British "
             'cargo ship Rubymar in the Gulf of Aden on Sunday.',
     'date': '2024-02-18', 'status': 'claimed', 'by': 'houthi'},
    {'id': 'q13', 'pub': '2024-09-03', 'title': 'JNIM claims Barsalogho',
     'text': 'JNIM said it killed some 300 militiamen and soldiers in Barsalogho on Saturday, a figure '
             'Reuters could not independently verify.',
     'date': '2024-08-31', 'fat': 300, 'status': 'claimed', 'by': 'jnim'},
    {'id': 'q14', 'pub': '2024-11-26', 'title': 'Kurram convoy',
     'text': 'Gunmen opened fire on a convoy of Shia passengers in Kurram district on Thursday, killing 42 '
             'people, witnesses told AFP.',
     'date': '2024-11-21', 'fat': 42, 'status': 'reported', 'by': 'witnesses'},
    {'id': 'q15', 'pub': '2024-01-30', 'title': 'Tower 22 attack',
     'text': 'The Islamic Resistance in Iraq said it launched the drone attack on a US base in Jordan on '
             'Sunday that killed three American soldiers.',
     'date': '2024-01-28', 'fat': 3, 'status': 'claimed', 'by': 'islamic resistance'},
    {'id': 'q16', 'pub': '2024-03-12', 'title': 'Strike near Avdiivka',
     'text': "Russia's defence ministry said its forces killed 70 Ukrainian soldiers in a strike near Avdiivka "
             'on Monday, a claim the Ukrainian army rejected.',
     'date': '2024-03-11', 'status': ('disputed',)},
    {'id': 'q17', 'pub': '2024-09-24', 'title': 'Raid in Zamfara',
     'text': 'Troops killed 12 bandits in a raid on their hideout in Tsafe, Zamfara state, on Sunday, army '
             'spokesman Major General Edward Buba said.',
     'date': '2024-09-22', 'fat': 12, 'status': ('claimed', 'reported'), 'by': 'army'},
    {'id': 'q18', 'pub': '2024-06-18', 'title': 'Killings in Jenin',
     'text': 'Israeli forces killed three Palestinians in a raid on the Jenin refugee camp on Monday, the '
             'Palestinian health ministry said. The army said the men were militants who opened fire on '
             'troops.',
     'date': '2024-06-17', 'fat': 3, 'status': ('reported', 'disputed'), 'by': 'health ministry'},
    {'id': 'q19', 'pub': '2024-05-02', 'title': 'CAR village attack',
     'text': 'Armed men believed to belong to the 3R group killed eight herders near Bocaranga on Tuesday, '
             'according to a UN source.',
     'date': '2024-04-30', 'fat': 8, 'status': 'reported', 'by': 'un source'},
    {'id': 'q20', 'pub': '2024-12-10', 'title': 'Hospital shelled in Omdurman',
     'text': 'The Sudanese army accused the RSF of shelling a hospital in Omdurman on Sunday, killing six '
             'patients. The RSF rejected the accusation.',
     'date': '2024-12-08', 'fat': 6, 'status': ('disputed', 'denied', 'reported')},
]

# expectations met when the passages were kept (session 17): all but the known misses; session 17
# round 6 (helper 90) fixed q02, q03, q06 and q16
FLOORS = {'date': 20, 'fat': 17, 'status': 20, 'by': 16}


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
