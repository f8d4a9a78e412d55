"""Session 18 audit of tolls on made-up reports, written blind (expectations before running): a toll
told over two sentences and updated ("The toll climbed to 19", "rose to 27 from 20"), ranges from one
or two sources ("between 20 and 30", "the UN said 12 while local officials put it at 20"), attackers'
dead counted as ACLED counts them (all deaths, attackers and suicide bombers included), "bodies taken
to the morgue" or "brought to the hospital" as a second estimate, a headline's figure against the
body's, missing and abducted people who are not dead, a period's toll that is not the event's ("this
month alone 40 were killed"), a spelled-out toll. End to end, the main event (largest toll)."""

from __future__ import annotations

import pytest

import audit_s16

# date: a day, a tuple of acceptable days or ("range", first, last); fat: a toll, a tuple of acceptable
# tolls or "none" (no deaths); lo: the low end; hi: the high end
PASSAGES = [
    # a toll told over two sentences, then updated
    {'id': 't01', 'pub': '2025-01-14', 'title': 'Strike on Deir al-Balah',
     'text': 'An Israeli air strike on a house in Deir al-Balah killed at least 12 people on Monday, the civil '
             'defence agency said. The toll climbed to 19 by evening as rescuers pulled more bodies from the '
             'rubble.',
     'date': '2025-01-13', 'fat': 19},
    {'id': 't02', 'pub': '2025-02-11', 'title': 'Zaporizhzhia strike toll rises',
     'text': "The death toll from Sunday's Russian glide-bomb attack on Zaporizhzhia rose to 27 from 20, the "
             'regional governor said on Tuesday, as emergency crews finished searching the site.',
     'date': '2025-02-09', 'fat': 27, 'lo': 20},
    {'id': 't03', 'pub': '2025-03-04', 'title': 'Car bomb in Mogadishu',
     'text': 'A car bomb exploded outside a restaurant in Mogadishu on Sunday evening, killing six people, '
             'police said. Two more victims died of their wounds in hospital on Monday.',
     'date': '2025-03-02', 'fat': 8},
    {'id': 't04', 'pub': '2025-04-08', 'title': 'Attack on Kipupu',
     'text': 'Mai-Mai fighters attacked the village of Kipupu in South Kivu on Saturday, killing five '
             'civilians, a local administrator said. By Monday the number of dead had risen to 11.',
     'date': '2025-04-05', 'fat': 11},
    # ranges, from one source or two
    {'id': 't05', 'pub': '2025-05-13', 'title': 'Clashes in Kordofan',
     'text': 'Between 20 and 30 people were killed in fighting between the army and the RSF around '
             'Babanusa on Saturday, according to residents.',
     'date': '2025-05-10', 'fat': 20, 'lo': 20, 'hi': 30},
    {'id': 't06', 'pub': '2025-06-10', 'title': 'Village attack near Bunia',
     'text': 'The UN said 12 civilians were killed in an attack on a village near Bunia on Sunday, while '
             'local officials put the toll at 20.',
     'date': '2025-06-08', 'fat': 12, 'hi': 20},
    {'id': 't07', 'pub': '2025-07-22', 'title': 'Airstrike on Sagaing market',
     'text': 'A military airstrike on a market in Sagaing region killed 15 people on Saturday, a local '
             'resistance group said. Independent media outlet Myanmar Now reported that 23 people died.',
     'date': '2025-07-19', 'fat': 15, 'hi': 23},
    {'id': 't08', 'known_miss': '"an overnight attack ... on Sunday": "overnight" dates the event to the publication day (time area)',
     'pub': '2025-08-05', 'title': 'Gang attack in Cite Soleil',
     'text': 'Gang members killed 15 to 20 people in an overnight attack on Cite Soleil on Sunday, a human '
             'rights group said.',
     'date': '2025-08-03', 'fat': 15, 'lo': 15, 'hi': 20},
    # attackers' dead: ACLED counts every death
    {'id': 't09', 'pub': '2025-09-16', 'title': 'Attack on Diffa base',
     'text': 'Soldiers repelled an attack by Boko Haram fighters on a base near Diffa on Sunday, killing 15 '
             'assailants, the defence ministry said. Four soldiers were also killed.',
     'date': '2025-09-14', 'fat': 19},
    {'id': 't10', 'known_miss': 'a suicide bomber who blew himself up is not counted: tests/events/s17_smoke and tests/time/test_time_s17_audit.py d21 expect the victims only, against ACLED counting attackers (lead to decide)',
     'pub': '2025-10-07', 'title': 'Mosque bombing in Konduga',
     'text': 'Two suicide bombers blew themselves up at a mosque in Konduga on Friday, killing seven '
             'worshippers, police said.',
     'date': '2025-10-03', 'fat': 9},
    {'id': 't11', 'pub': '2025-11-04', 'title': 'Checkpoint bombing in Bannu',
     'text': 'A suicide bomber killed himself and three policemen at a checkpoint in Bannu district on '
             'Sunday, officials said.',
     'date': '2025-11-02', 'fat': 4},
    {'id': 't12', 'pub': '2025-01-14', 'title': 'Base attack in Lower Shabelle',
     'text': 'Al-Shabaab fighters stormed an army base in Lower Shabelle on Sunday, killing five soldiers. The '
             'army said 17 militants were killed in the fighting that followed.',
     'date': '2025-01-12', 'fat': 22},
    {'id': 't13', 'pub': '2025-02-11', 'title': 'Bus attack in Zacatecas',
     'text': 'Gunmen shot dead four passengers on a bus in Zacatecas on Monday before police killed two of '
             'the attackers in a shootout, state officials said.',
     'date': '2025-02-10', 'fat': 6},
    {'id': 't14', 'pub': '2025-03-19', 'title': 'Raid in Khyber',
     'text': 'Security forces killed three militants in a raid in Khyber district on Monday; two soldiers '
             'were also killed in the exchange of fire, the military said.',
     'date': '2025-03-17', 'fat': 5},
    # bodies recovered, brought to the morgue or the hospital
    {'id': 't15', 'pub': '2025-04-08', 'title': 'Shelling in Goma',
     'text': 'Shelling of a neighbourhood of Goma killed at least seven people on Sunday, the provincial '
             'government said. A hospital source said 11 bodies had been brought to the morgue.',
     'date': '2025-04-06', 'fat': 7, 'hi': 11},
    {'id': 't16', 'pub': '2025-05-13', 'title': 'Massacre in Mopti region',
     'text': 'Residents of a village in the Bandiagara area said they had buried 26 bodies after gunmen '
             'attacked on Sunday. A local official said 18 people had been killed.',
     'date': '2025-05-11', 'fat': 18, 'hi': 26},
    {'id': 't17', 'pub': '2025-06-10', 'title': 'Ravine in Guanajuato',
     'text': 'Investigators recovered the bodies of 17 men from a ravine outside Irapuato on Monday, state '
             'prosecutors said.',
     'date': '2025-06-09', 'fat': 17},
    # a headline's figure against the body's
    {'id': 't18', 'pub': '2025-07-22', 'title': 'Dozens killed in El Fasher shelling',
     'text': 'At least 35 people were killed when RSF shells hit a crowded market in El Fasher on Sunday, '
             'the local resistance committee said.',
     'date': '2025-07-20', 'fat': 35},
    {'id': 't19', 'pub': '2025-08-05', 'title': 'Missile strike kills 9 in Kharkiv',
     'text': 'A Russian missile hit an apartment block in Kharkiv on Monday, killing nine people and '
             'wounding 40, the mayor said.',
     'date': '2025-08-04', 'fat': 9},
    # missing and abducted people are not dead
    {'id': 't20', 'pub': '2025-09-16', 'title': 'Raid in Kaura Namoda',
     'text': 'Bandits killed three villagers and abducted 25 others in a raid on a village in Kaura Namoda, '
             'Zamfara state, on Sunday, residents said.',
     'date': '2025-09-14', 'fat': 3},
    {'id': 't21', 'pub': '2025-10-07', 'title': 'Ambush near Djibo',
     'text': 'Eight soldiers were killed and 12 others are missing after jihadists ambushed a supply convoy '
             'near Djibo on Saturday, security sources said.',
     'date': '2025-10-04', 'fat': 8},
    {'id': 't22', 'pub': '2025-11-04', 'title': 'Students kidnapped in Kaduna',
     'text': 'Gunmen abducted at least 40 students from a secondary school in Kaduna state on Monday, '
             'police said.',
     'date': '2025-11-03', 'fat': 'none'},
    # a period's toll is not one event's
    {'id': 't23', 'pub': '2025-01-14', 'title': 'Clashes in Kidal region',
     'text': 'Clashes between the army and rebels near Tessalit killed four people on Sunday, a local '
             'official said. This month alone, more than 40 people have been killed in the region, '
             'according to the UN.',
     'date': '2025-01-12', 'fat': 4},
    {'id': 't24', 'pub': '2025-02-11', 'title': 'Attack in Cabo Delgado',
     'text': 'Insurgents beheaded two farmers near Macomia on Saturday, a community leader said. In the past '
             'week, at least 30 people have been killed in attacks across the district.',
     'date': '2025-02-08', 'fat': 2},
    # a spelled-out toll, a toll with its attackers inside
    {'id': 't25', 'pub': '2025-03-04', 'title': 'Ambush in Ethiopia',
     'text': 'Thirty-one people were killed when Fano militiamen ambushed a bus in the Amhara region on '
             'Saturday, a local official told Reuters.',
     'date': '2025-03-01', 'fat': 31},
    {'id': 't26', 'pub': '2025-03-19', 'title': 'Attack on Kurram checkpoint',
     'text': 'Fourteen people, including three attackers, were killed when militants stormed a checkpoint in '
             'Kurram on Sunday, police said.',
     'date': '2025-03-16', 'fat': 14},
    # round 2, written blind after the round-1 fixes (a held-out check of them)
    {'id': 't27', 'pub': '2025-04-08', 'title': 'Strike on Jabalia shelter',
     'text': 'At least nine people were killed in an Israeli strike on a school used as a shelter in Jabalia '
             'on Sunday, the health ministry said. Al Jazeera reported that 15 people had died.',
     'date': '2025-04-06', 'fat': 9, 'hi': 15},
    {'id': 't28', 'pub': '2025-05-13', 'title': 'Monastery bombed in Sagaing',
     'text': 'A junta airstrike on a monastery in Sagaing region killed 12 people on Friday, the National '
             'Unity Government said. Monks said they had cremated 18 bodies.',
     'date': '2025-05-09', 'fat': 12, 'hi': 18},
    {'id': 't29', 'pub': '2025-06-10', 'title': 'Ambush toll rises in Mali',
     'text': 'Four soldiers were killed in an ambush near Boni on Sunday, the army said. By Tuesday the toll '
             'had climbed to seven after three wounded soldiers died.',
     'date': '2025-06-08', 'fat': 7},
    {'id': 't30', 'pub': '2025-07-22', 'title': 'Kharkiv toll revised',
     'text': "Officials raised the death toll from Saturday's missile strike on Kharkiv to 41 from 33 on "
             'Monday.',
     'date': '2025-07-19', 'fat': 41, 'lo': 33},
    {'id': 't31', 'known_miss': 'a suicide bomber who blew himself up is not counted: tests/events/s17_smoke and tests/time/test_time_s17_audit.py d21 expect the victims only, against ACLED counting attackers (lead to decide)',
     'pub': '2025-08-05', 'title': 'Female bomber in Maiduguri',
     'text': 'A female suicide bomber detonated her explosives at a checkpoint in Maiduguri on Sunday, '
             'killing four civilians, police said.',
     'date': '2025-08-03', 'fat': 5},
    {'id': 't32', 'pub': '2025-09-16', 'title': 'Hotel siege in Mogadishu',
     'text': 'Security forces killed all five attackers after they stormed a hotel in Mogadishu on Sunday, '
             'where the gunmen had killed nine guests, police said.',
     'date': '2025-09-14', 'fat': 14},
    {'id': 't33', 'pub': '2025-10-07', 'title': 'Fishermen attacked on Lake Chad',
     'text': 'Seventeen fishermen are missing and three were confirmed dead after jihadists attacked their '
             'boats on Lake Chad on Saturday, a fishermen\'s union official said.',
     'date': '2025-10-04', 'fat': 3},
    {'id': 't34', 'pub': '2025-11-04', 'title': 'Highway kidnapping',
     'text': 'Bandits abducted 12 passengers and killed their driver on the Abuja-Kaduna highway on Sunday, '
             'police said.',
     'date': '2025-11-02', 'fat': 1},
    {'id': 't35', 'pub': '2025-01-14', 'title': 'Miners killed in Zamfara',
     'text': 'Gunmen killed six miners in Anka, Zamfara state, on Saturday, residents said. Since the start '
             'of the month, more than 70 people have been killed in the state.',
     'date': '2025-01-11', 'fat': 6},
    {'id': 't36', 'pub': '2025-02-11', 'title': '22 killed in Benue attack',
     'text': 'Gunmen killed at least 18 villagers in an attack on Yelwata in Benue state on Friday night, '
             'police said.',
     'date': '2025-02-07', 'fat': 18},
    {'id': 't37', 'pub': '2025-03-04', 'title': 'Cartel clashes in Culiacan',
     'text': 'Clashes between rival cartel cells in Culiacan killed five people on Sunday, state prosecutors '
             'said. The forensic service said it had received eight bodies.',
     'date': '2025-03-02', 'fat': 5, 'hi': 8},
    {'id': 't38', 'known_miss': '"Two al-Shabaab fighters cornered by troops near Beledweyne killed themselves": a participle clause between the victims and their predicate',
     'pub': '2025-03-19', 'title': 'Fighters cornered in Hiraan',
     'text': 'Two al-Shabaab fighters cornered by troops near Beledweyne killed themselves with grenades on '
             'Monday, and a soldier died in the blast, the army said.',
     'date': '2025-03-17', 'fat': 3},
    {'id': 't39', 'pub': '2025-04-08', 'title': 'Convoy ambush in Tigray border area',
     'text': 'A dozen soldiers were killed when gunmen ambushed a convoy near Humera on Saturday, a regional '
             'official said.',
     'date': '2025-04-05', 'fat': 12},
    {'id': 't40', 'pub': '2025-05-13', 'title': 'Strike on Kherson bus',
     'text': 'A Russian drone hit a bus in Kherson on Monday, killing two passengers. Local authorities later '
             'said a third passenger had died in hospital.',
     'date': '2025-05-12', 'fat': 3},
]

# blind score (session 18, before any fix): date 25/26, fat 22/26, lo 2/3, hi 5/6 (misses: t02 low end
# after "rose to 27 from 20", t07 a later sentence's own source, t08 date, t10 suicide bombers, t15 bodies
# brought to the morgue, t16 bodies buried, t23 "this month alone"); after the round-1 fixes all but t08.
# Round 2 (t27-t40) blind, after the round-1 fixes: date 14/14, fat 11/14, lo 1/1, hi 3/3 (misses: t36 a
# headline's larger figure, t38, t40 "a third passenger had died"); after the round-2 fixes all but t38.
FLOORS = {'date': 39, 'fat': 37, 'lo': 4, 'hi': 9}


def checks(p: dict, ev) -> dict[str, bool]:
    """audit_s16's checks and the low end of the range ("lo")."""
    out = audit_s16.checks(p, ev)
    if p.get("lo") is not None:
        out["lo"] = ev is not None and ev.fatalities_low == p["lo"]
    return out


def check_passage(p: dict, ev) -> str | None:
    got = checks(p, ev)
    if p.get("known_miss"):
        assert not all(got.values()), "a known miss now passes: drop its known_miss"
        return p["known_miss"]
    assert all(got.values()), (got, ev and (ev.event_date, ev.fatalities, ev.fatalities_low, ev.fatalities_high))
    return None


@pytest.fixture(scope="module")
def main_events() -> dict[str, object]:
    return audit_s16.main_events(PASSAGES)


def test_match_counts_keep_their_floors(main_events):
    met: dict[str, int] = {}
    for p in PASSAGES:
        for key, ok in checks(p, main_events[p["id"]]).items():
            met[key] = met.get(key, 0) + ok
    assert {k: met.get(k, 0) >= v for k, v in FLOORS.items()} == {k: True for k in FLOORS}, met


@pytest.mark.parametrize("p", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_each_passage(main_events, p):
    reason = check_passage(p, main_events[p["id"]])
    if reason:
        pytest.xfail(reason)
