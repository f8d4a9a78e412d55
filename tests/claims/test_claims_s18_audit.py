"""Session 18 audit of claims on made-up reports, written blind (expectations before running): armed
groups' claims on Telegram, through their news agencies and radio stations, army communiqués, a
military's own strike, denials and counter-accusations, "could not be independently verified", state
media (SANA, MRTV, Saba), "residents said", prosecutors, humanitarian monitors, a gang leader's video.
End to end, the main event (largest toll)."""

from __future__ import annotations

import pytest

import audit_s16

# date: a day, a tuple of acceptable days or ("range", first, last); fat: a toll, a tuple of acceptable
# tolls or "none" (no deaths); status: one or a tuple; by: a lower-case part of claimed_by
PASSAGES = [
    # armed groups' claims: Telegram, news agencies, radio
    {'id': 'k01', 'pub': '2025-01-14', 'title': 'JNIM claims attack on Dori post',
     'text': 'JNIM claimed in a statement on Telegram that its fighters killed 14 soldiers in an attack on an '
             'army post near Dori on Sunday.',
     'date': '2025-01-12', 'fat': 14, 'status': 'claimed', 'by': 'jnim'},
    {'id': 'k02', 'pub': '2025-02-11', 'title': 'Bomb at Quetta station',
     'text': 'A bomb exploded at the railway station in Quetta on Monday, killing 11 people, police said. The '
             'Balochistan Liberation Army claimed responsibility on its Telegram channel.',
     'date': '2025-02-10', 'fat': 11, 'status': 'claimed', 'by': 'balochistan liberation army'},
    {'id': 'k03', 'pub': '2025-03-04', 'title': 'Shabaab radio claims ambush',
     'text': "Al-Shabaab said on its Radio Andalus that its fighters had killed nine Somali soldiers in an "
             'ambush near Afgooye on Sunday.',
     'date': '2025-03-02', 'fat': 9, 'status': 'claimed', 'by': 'shabaab'},
    {'id': 'k04', 'pub': '2025-04-08', 'title': 'IS claims Beni raid',
     'text': 'The Islamic State claimed through its Amaq news agency that fighters of its Central Africa '
             'Province killed 22 Christians in a raid near Beni on Saturday.',
     'date': '2025-04-05', 'fat': 22, 'status': 'claimed', 'by': 'islamic state'},
    {'id': 'k05', 'pub': '2025-05-13', 'title': 'Houthis claim drone downing',
     'text': 'The Houthis said they shot down a US MQ-9 Reaper drone over Marib province on Sunday. The claim '
             'could not be independently verified.',
     'date': '2025-05-11', 'status': 'claimed', 'by': 'houthi'},
    {'id': 'k06', 'pub': '2025-06-10', 'title': 'Arakan Army takes base',
     'text': 'The Arakan Army said it had captured a border guard battalion headquarters in Maungdaw township '
             'on Sunday, killing dozens of junta troops.',
     'date': '2025-06-08', 'status': 'claimed', 'by': 'arakan army'},
    {'id': 'k07', 'pub': '2025-07-22', 'title': 'TTP claims attack in North Waziristan',
     'text': 'Militants attacked a security post in North Waziristan on Sunday, killing six soldiers, '
             'officials said. The Pakistani Taliban claimed the attack in a message to reporters.',
     'date': '2025-07-20', 'fat': 6, 'status': 'claimed', 'by': 'taliban'},
    # army communiques and a military's own strike
    {'id': 'k08', 'pub': '2025-08-05', 'title': 'Army says it killed terrorists near Djibo',
     'text': 'The army said in a communique that its troops had killed 23 terrorists during an operation near '
             'Djibo on Sunday.',
     'date': '2025-08-03', 'fat': 23, 'status': 'claimed', 'by': 'army'},
    {'id': 'k09', 'pub': '2025-09-16', 'title': 'IDF strike in Gaza City',
     'text': 'The Israeli military said it struck a Hamas command centre in Gaza City on Monday. The '
             'civil defence agency said five people were killed in the strike.',
     'date': '2025-09-15', 'fat': 5, 'status': ('claimed', 'reported')},
    {'id': 'k10', 'pub': '2025-10-07', 'title': 'Russian ministry claims strikes',
     'text': "Russia's defence ministry said its forces destroyed a Ukrainian ammunition depot near "
             'Kramatorsk on Sunday, killing up to 50 soldiers. Kyiv did not comment.',
     'date': '2025-10-05', 'status': 'claimed', 'by': 'defence ministry'},
    {'id': 'k11', 'pub': '2025-11-04', 'title': 'Nigerian air force strike',
     'text': 'The Nigerian Air Force said its jets killed more than 30 bandits in strikes on their camps in '
             'Zamfara state on Saturday, according to a statement by its spokesman.',
     'date': '2025-11-01', 'fat': 30, 'status': 'claimed', 'by': 'air force'},
    # denials and counter-accusations
    {'id': 'k12', 'pub': '2025-01-14', 'title': 'Camp shelled near Tawila',
     'text': 'Local activists accused the RSF of shelling a camp for displaced people near Tawila on Saturday, '
             'killing eight people. The RSF denied responsibility.',
     'date': '2025-01-11', 'fat': 8, 'status': ('denied', 'disputed')},
    {'id': 'k13', 'pub': '2025-02-11', 'title': 'Ethiopian army and Fano',
     'text': 'Fano militiamen said they killed 30 soldiers in fighting near Debre Markos on Sunday, a claim '
             'the government dismissed as propaganda.',
     'date': '2025-02-09', 'status': 'disputed'},
    {'id': 'k14', 'pub': '2025-03-19', 'title': 'Taliban deny civilian deaths',
     'text': 'Pakistani air strikes killed 15 civilians in Paktika province on Sunday, Taliban officials said. '
             "Pakistan's military denied hitting any civilians.",
     'date': '2025-03-16', 'fat': 15, 'status': ('disputed', 'denied', 'reported')},
    {'id': 'k15', 'pub': '2025-04-08', 'title': 'Police station attack in Cauca',
     'text': 'An explosive attack on a police station in Suarez, Cauca, killed two officers on Sunday. The '
             'Estado Mayor Central denied any involvement and blamed a rival faction.',
     'date': '2025-04-06', 'fat': 2, 'status': ('denied', 'disputed')},
    # state media and other reporters
    {'id': 'k16', 'pub': '2025-05-13', 'title': 'Strikes near Damascus',
     'text': 'Israeli air strikes near Damascus killed two soldiers on Monday, the state news agency SANA '
             'reported, citing a military source.',
     'date': '2025-05-12', 'fat': 2, 'status': 'reported', 'by': 'sana'},
    {'id': 'k17', 'pub': '2025-06-10', 'title': 'MRTV on Mandalay attack',
     'text': 'Terrorists detonated a bomb at a market in Mandalay on Sunday, killing four people, state-run '
             'MRTV said.',
     'date': '2025-06-08', 'fat': 4, 'status': 'reported', 'by': 'mrtv'},
    {'id': 'k18', 'pub': '2025-07-22', 'title': 'US strikes on Hodeidah',
     'text': 'US strikes on the port of Hodeidah killed six people on Sunday, the Houthi-run Saba news agency '
             'said.',
     'date': '2025-07-20', 'fat': 6, 'status': 'reported', 'by': 'saba'},
    {'id': 'k19', 'pub': '2025-08-05', 'title': 'Village raid in Zamfara',
     'text': 'Gunmen on motorcycles killed 11 people in a raid on a village in Maru, Zamfara state, on '
             'Saturday, residents said.',
     'date': '2025-08-02', 'fat': 11, 'status': 'reported', 'by': 'residents'},
    {'id': 'k20', 'pub': '2025-09-16', 'title': 'Bodies in Culiacan',
     'text': 'Six men were found shot dead on a road outside Culiacan on Monday, Sinaloa state prosecutors '
             'said.',
     'date': '2025-09-15', 'fat': 6, 'status': 'reported', 'by': 'prosecutors'},
    {'id': 'k21', 'pub': '2025-10-07', 'title': 'Attack in Ancuabe',
     'text': 'Insurgents killed three villagers and burned houses in Ancuabe district on Friday, according to '
             'the monitoring group Cabo Ligado.',
     'date': '2025-10-03', 'fat': 3, 'status': 'reported', 'by': 'cabo ligado'},
    {'id': 'k22', 'pub': '2025-11-04', 'title': 'Gang video in Port-au-Prince',
     'text': 'Gang leader Jimmy Cherizier said in a video posted on social media that his men had attacked a '
             'police station in Port-au-Prince on Sunday. Police said two officers were killed.',
     'date': '2025-11-02', 'fat': 2, 'status': ('claimed', 'reported')},
    {'id': 'k23', 'pub': '2025-01-14', 'title': 'Drone strike in Kursk',
     'text': "Ukraine's General Staff said its drones hit a Russian command post in the Kursk region on "
             'Monday. The claim could not be verified.',
     'date': '2025-01-13', 'status': 'claimed', 'by': 'general staff'},
    {'id': 'k24', 'pub': '2025-02-11', 'title': 'Clashes in Sweida',
     'text': 'Clashes between Druze fighters and Bedouin tribesmen in Sweida killed 17 people on Sunday, the '
             'Syrian Observatory for Human Rights said. The claim could not be independently verified.',
     'date': '2025-02-09', 'fat': 17, 'status': 'reported', 'by': 'syrian observatory'},
    # round 2, written blind after the round-1 fixes (a held-out check of them)
    {'id': 'k25', 'pub': '2025-05-13', 'title': 'IS claims Malam Fatori attack',
     'text': 'The Islamic State said on Telegram that its fighters killed seven Nigerian soldiers near Malam '
             'Fatori on Sunday.',
     'date': '2025-05-11', 'fat': 7, 'status': 'claimed', 'by': 'islamic state'},
    {'id': 'k26', 'pub': '2025-06-10', 'title': 'Strike in south Lebanon',
     'text': 'Activists blamed Israeli forces for a strike that killed three journalists in southern Lebanon '
             'on Monday. The Israeli military denied targeting journalists.',
     'date': '2025-06-09', 'fat': 3, 'status': ('denied', 'disputed')},
    {'id': 'k27', 'pub': '2025-07-22', 'title': 'Blast near Zahedan',
     'text': "A bomb killed four police officers near Zahedan on Sunday, Iran's state news agency IRNA "
             'reported.',
     'date': '2025-07-20', 'fat': 4, 'status': 'reported', 'by': 'irna'},
    {'id': 'k28', 'pub': '2025-08-05', 'title': 'Village raid in Katsina',
     'text': 'Bandits killed eight people in a night raid on a village in Katsina state on Saturday, '
             'residents told Reuters.',
     'date': '2025-08-02', 'fat': 8, 'status': 'reported', 'by': 'residents'},
    {'id': 'k29', 'pub': '2025-09-16', 'title': 'M23 drone claim',
     'text': 'M23 said it had shot down a Congolese army drone over Rutshuru on Sunday, a claim that could not '
             'be independently verified.',
     'date': '2025-09-14', 'status': 'claimed', 'by': 'm23'},
    {'id': 'k30', 'pub': '2025-10-07', 'title': 'Qassam claims Khan Younis attack',
     'text': 'The Qassam Brigades said on Telegram that their fighters had killed four Israeli soldiers in '
             'an ambush east of Khan Younis on Sunday.',
     'date': '2025-10-05', 'fat': 4, 'status': 'claimed', 'by': 'qassam'},
    {'id': 'k31', 'pub': '2025-11-04', 'title': 'Bomb in Peshawar market',
     'text': 'A bomb hidden in a motorcycle killed five people at a market in Peshawar on Monday, police '
             'said. No group has claimed the attack.',
     'date': '2025-11-03', 'fat': 5, 'status': 'reported', 'by': 'police'},
    {'id': 'k32', 'pub': '2025-01-14', 'title': 'Shooting at Sittwe checkpoint',
     'text': 'Witnesses said they had seen soldiers shoot dead four men at a checkpoint in Sittwe on '
             'Friday.',
     'date': '2025-01-10', 'fat': 4, 'status': 'reported', 'by': 'witnesses'},
    {'id': 'k33', 'pub': '2025-02-11', 'title': 'Attack in Antioquia',
     'text': 'Gunmen killed five soldiers guarding a power station in Antioquia on Sunday, the defence '
             'minister said. The Clan del Golfo denied responsibility in a statement.',
     'date': '2025-02-09', 'fat': 5, 'status': ('denied', 'disputed')},
    {'id': 'k34', 'pub': '2025-03-04', 'title': 'Drones over Belgorod',
     'text': 'Ukrainian drones killed two people in Belgorod on Monday, Russian state news agency RIA '
             'Novosti reported.',
     'date': '2025-03-03', 'fat': 2, 'status': 'reported', 'by': 'ria'},
    {'id': 'k35', 'known_miss': '"The Malian army said ... that it had neutralised 20 terrorists": no event is detected (events cues read "neutralised" only right after a force)',
     'pub': '2025-03-19', 'title': 'Army communique in Mali',
     'text': 'The Malian army said in a communique that it had neutralised 20 terrorists near Kidal on '
             'Sunday. The FLA rebel alliance said those killed were civilians.',
     'date': '2025-03-16', 'fat': 20, 'status': ('claimed', 'disputed')},
]

# blind score (session 18, before any fix): date 24/24, fat 18/19, status 23/24, by 18/18 (misses: k12 a
# denial of responsibility in the next sentence, k20 "found shot dead"); after the round-1 fixes all.
# Round 2 (k25-k35) blind, after the round-1 fixes: date 10/11, fat 8/10, status 10/11, by 8/8 (misses:
# k32 "shoot dead four men", k35 no event); after the round-2 fixes all but k35.
FLOORS = {'date': 34, 'fat': 28, 'status': 34, 'by': 26}


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
