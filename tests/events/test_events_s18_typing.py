"""Session 18, typing and grouping: phenomena the blind s18 smoke fixture showed (tests/events/s18_smoke).

- Drones flown by any side strike from the air: "a drone launched by the RSF struck an army base",
  "used quadcopters to drop explosives" are Air/drone strikes, not a clash or an IED (``AIR``).
- A roundup's headline tells no event of its own: with two events or more in the body, a heading
  that joins none is dropped and a heading never types a body event it disagrees with
  (``grouping._roundup_headings``).
- Talks still to come and deals still far off are no agreement (``AGREE_PENDING``); quitting a deal
  undoes it (``AGREE_UNDONE``).
- What a court is told or finds recounts the crime tried (``COURT_ACCOUNT``, read again only with an
  old date of its own near the trigger); a trial "over the massacre" names its event (``META_WORD``).
- "has seen years of clashes" is a recap (modality ``recap``); "attacks have grown deadlier" a trend
  (``TREND``); captives "marched into the forest" are no march; a seized train is no ground taken;
  "terrorist acts" are no armed target; burying the dead in a mass grave is no discovery of one.
"""

from datetime import date

import pytest

from sitrep.events.runner import EventRunner, text_article
from typing_helpers import sub_type


@pytest.fixture(scope="module")
def runner():
    return EventRunner()


def _drafts(runner, text: str, day: date = date(2024, 9, 18)):
    return list(runner.doc(text_article("s18t", text, day)).events or ())


@pytest.mark.parametrize(
    "text",
    [
        "A drone launched by the Rapid Support Forces struck an army base near Kosti on Monday, killing three soldiers.",
        "Drones operated by Fano militiamen hit a federal police camp near Bahir Dar on Friday, officials said.",
        "Tehrik-i-Taliban Pakistan militants used quadcopter drones to drop explosives on a police post in Bannu on Sunday.",
        "Kachin Independence Army drones dropped bombs on a junta outpost near Bhamo on Friday, killing four soldiers.",
        "Cartel gunmen used drones to drop explosives on a village in Michoacan on Sunday, wounding two residents.",
        "Al Shabaab militants used a quadcopter to drop a mortar bomb on an army base in Hiraan, the army said.",
        "Russian troops dropped grenades from drones on Ukrainian positions near Pokrovsk on Tuesday.",
    ],
)
def test_drones_of_any_side_strike_from_the_air(text):
    assert sub_type(text) == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Militants planted explosives on a road near Miranshah on Monday, killing two soldiers.",
        "A roadside bomb struck a police van in Bannu on Saturday, killing two policemen.",
    ],
)
def test_bombs_laid_on_the_ground_stay_explosive_devices(text):
    assert sub_type(text) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text, subs",
    [
        (
            "12 soldiers killed in Borno ambush; bomb hits market in Yobe\n\n"
            "ISWAP fighters ambushed an army convoy near Damboa on Friday, killing 12 soldiers, military sources said. "
            "In a separate incident, a bomb exploded at a market in Geidam, Yobe State, on Saturday, killing two traders.",
            ["Armed clash", "Remote explosive/landmine/IED"],
        ),
        (
            "Gunmen kill six at Kinshasa bar; troops clash with M23 near Sake\n\n"
            "Gunmen killed six people at a bar in Kinshasa's Limete district on Saturday, police said. "
            "Elsewhere, soldiers and M23 rebels clashed near Sake on Sunday, leaving five fighters dead, the army said.",
            ["Attack", "Armed clash"],
        ),
        (
            "Fighting and airstrike hit Shan state\n\n"
            "TNLA fighters and junta troops clashed near Lashio on Saturday, residents said, and a hospital official said "
            "four fighters were killed. Separately, a military airstrike on a monastery near Namhsan on Monday killed "
            "nine civilians, the TNLA said.",
            ["Armed clash", "Air/drone strike"],
        ),
    ],
)
def test_a_roundup_headline_adds_no_event_and_types_none(runner, text, subs):
    assert sorted(d.sub_event_type for d in _drafts(runner, text)) == sorted(subs)


def test_a_single_story_keeps_its_headline(runner):
    text = ("Drone strike kills four in Omdurman\n\n"
            "A drone struck a market in Omdurman on Monday, killing four civilians, medics said.")
    drafts = _drafts(runner, text)
    assert len(drafts) == 1 and drafts[0].sub_event_type == "Air/drone strike"
    assert any(e.text.startswith("Drone strike kills") for e in drafts[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Delegations of the government and the M23 will meet in Doha next week for a new round of talks on a permanent ceasefire.",
        "Sudan's army and the RSF are due to resume talks on a humanitarian truce in Jeddah on Monday.",
        "Houthi and government negotiators will hold talks in Muscat on a prisoner exchange later this month.",
        "Analysts warned that a peace deal remained far off.",
        "Russia quit the Black Sea grain deal on Monday.",
    ],
)
def test_pending_or_quit_agreements_are_no_agreement(text):
    assert sub_type(text) != "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "The government and the guerrillas agreed to resume peace talks.",
        "Houthi and government delegations signed a prisoner exchange deal in Muscat on Sunday.",
        "The two sides agreed a ceasefire on Monday after talks on a truce in Doha.",
    ],
)
def test_agreements_made_stay(text):
    assert sub_type(text) == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses told the court that soldiers opened fire on the crowd, killing more than 150 people.",
        "The court found that forces under his command killed about 8,000 men and boys near Srebrenica.",
        "A survivor testified that gunmen shot dead her husband and two sons in the village.",
        "The trial of former junta officers over the stadium massacre resumed in Conakry on Monday.",
        "Court hears survivors in Jenin massacre case",
    ],
)
def test_what_a_court_hears_is_no_new_event(text):
    assert sub_type(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Massacre trial resumes in Conakry\n\nThe trial of former junta officers over the stadium massacre resumed in "
        "Conakry on Monday. Witnesses told the court that soldiers opened fire on the crowd, killing more than 150 people.",
        "Militia leader's appeal rejected\n\nJudges on Tuesday upheld the sentence of a former militia commander in Bunia. "
        "The tribunal found that fighters under his command killed 30 villagers in Bogoro.",
    ],
)
def test_a_trial_story_gives_no_event_of_its_hearing_days(runner, text):
    assert _drafts(runner, text) == []


def test_a_court_account_with_its_own_old_date_recalls_its_event(runner):
    text = ("ICC convicts former militia chief\n\nJudges at the International Criminal Court on Monday found a former "
            "militia leader guilty of war crimes. The court found that militiamen under his command raped women in Mukjar in March 2004.")
    drafts = _drafts(runner, text, date(2025, 10, 6))
    assert drafts and all(d.date.value is not None and d.date.value.year == 2004 for d in drafts)


def test_news_that_mentions_a_court_stays_news(runner):
    text = ("Soldiers kill five protesters in Kayes\n\nSoldiers opened fire on protesters in Kayes on Monday, killing five, "
            "a hospital official said. Relatives said they would take the case to court.")
    assert [d.sub_event_type for d in _drafts(runner, text)] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    "text",
    [
        "Benue has seen years of deadly clashes between farmers and herders over land.",
        "Villagers in Ituri have endured months of raids by CODECO militiamen.",
        "Attacks on army bases have grown larger and deadlier, and blockades of towns have become a routine tactic.",
        "Kidnappings along the Abuja-Kaduna highway have surged this year.",
        "Drone strikes in Sagaing have intensified since the coup, rights groups say.",
    ],
)
def test_recaps_and_trends_are_no_event(text):
    assert sub_type(text) is None


@pytest.mark.parametrize(
    "text, sub",
    [
        ("Rebels have shelled Kharkiv overnight, killing 4.", "Shelling/artillery/missile attack"),
        ("Suspected herders killed 12 farmers in Yelwata on Friday, police said.", "Attack"),
    ],
)
def test_news_with_a_count_or_day_stays(text, sub):
    assert sub_type(text) == sub


@pytest.mark.parametrize(
    "text, sub",
    [
        ("The gunmen marched the victims into the forest, a community leader said.", None),
        ("Bandits marched 40 villagers into the bush on Sunday.", None),
        ("Thousands of women marched through Kano on Monday to demand the release of abducted girls.", "Peaceful protest"),
        ("Hundreds marched to parliament in Kathmandu on Tuesday.", "Peaceful protest"),
        ("Houthi forces seized a cargo ship in the Red Sea on Sunday.", None),
        ("Rebels seized the town of Kiwanja on Sunday after heavy fighting, residents said.", "Non-state actor overtakes territory"),
        ("Residents have buried the dead in a mass grave.", "Attack"),
        ("Villagers discovered a mass grave containing 30 bodies near Izium on Sunday.", "Other"),
        ("Troops targeted terrorists hiding in the forest near Dikwa, killing 9.", "Armed clash"),
    ],
)
def test_words_that_look_like_events(text, sub):
    assert sub_type(text) == sub


def test_a_headline_without_semicolon_keeps_its_own_event(runner):
    text = ("Man shot dead in Gulu market\n\n"
            "Police arrested two suspects in Gulu on Tuesday, a police spokesman said. "
            "Separately, soldiers arrested a local councillor in Kitgum on Monday.")
    subs = [d.sub_event_type for d in _drafts(runner, text)]
    assert "Attack" in subs and subs.count("Arrests") == 2
