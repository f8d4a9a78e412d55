"""Session 17: a national day read in the article's own country, Islamic feasts from the table of
lunar dates (2000-2035), Ramadan as its 30 days unless its first day is named, and a few feasts of
other calendars (Orthodox and Ethiopian Christmas, Palm Sunday, Nowruz)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.time.finder import find_times
from sitrep.time.lexicon import lexicon
from sitrep.time.national import national_days


def _only(text: str, pub: date):
    times = find_times(text, pub)
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize("text, pub, want", [
    ("ODESA, Ukraine - A missile hit the port on Independence Day, killing three dock workers.",
     date(2023, 8, 28), date(2023, 8, 24)),
    ("Militants ambushed a convoy in northern Mali on Independence Day, killing eleven.",
     date(2022, 9, 25), date(2022, 9, 22)),
    ("NIAMEY (Reuters) - Gunmen attacked a mine near Tillaberi on Independence Day.",
     date(2024, 8, 6), date(2024, 8, 3)),
    ("Two men were shot during Independence Day parades in Karachi.", date(2021, 8, 16), date(2021, 8, 14)),
    ("A grenade exploded at an Independence Day rally in Kabul, the Taliban said.", date(2023, 8, 21),
     date(2023, 8, 19)),
    ("YANGON - A bomb went off near a ceremony marking Myanmar's Independence Day.", date(2023, 1, 6),
     date(2023, 1, 4)),
    ("Gang members fired on revellers in Port-au-Prince on Independence Day.", date(2024, 1, 3),
     date(2024, 1, 1)),
])
def test_independence_day_is_the_countrys_own(text, pub, want):
    assert _only(text, pub).value == want


def test_independence_day_without_a_country_stays_the_us_day():
    t = _only("Fireworks at an Independence Day party in Dayton ended in a shooting.", date(2019, 7, 8))
    assert t.value == date(2019, 7, 4)


def test_the_first_country_named_decides():
    text = ("KHARKIV, Ukraine - Russian drones struck the city on Independence Day; Russia's defence "
            "ministry said it hit military targets.")
    assert _only(text, date(2024, 8, 26)).value == date(2024, 8, 24)
    assert national_days("No holiday is named here, only Kyiv.") == {}


@pytest.mark.parametrize("text, pub, want", [
    ("Strikes killed 40 on the first day of Ramadan in Rafah.", date(2024, 3, 13), date(2024, 3, 11)),
    ("A car bomb went off in Mogadishu at the start of the holy month of Ramadan.", date(2023, 3, 25),
     date(2023, 3, 23)),
    ("A bomb tore through a Shia procession on Ashura in Karbala.", date(2023, 7, 30), date(2023, 7, 28)),
    ("Gunmen attacked worshippers on the eve of Eid al-Adha in Zamfara.", date(2025, 6, 8), date(2025, 6, 5)),
    ("An attack on a Mawlid gathering in Kaduna killed dozens.", date(2023, 12, 5), date(2023, 9, 27)),
    ("Shelling killed two on Orthodox Christmas in Donetsk.", date(2022, 1, 9), date(2022, 1, 7)),
    ("Troops opened fire on worshippers at Genna celebrations in Lalibela.", date(2024, 1, 10), date(2024, 1, 7)),
    ("Militants raided a church in Cabo Delgado on Palm Sunday.", date(2023, 4, 4), date(2023, 4, 2)),
    ("Rockets hit a park full of families celebrating Nowruz in Herat.", date(2022, 3, 23), date(2022, 3, 21)),
])
def test_feasts_are_dated(text, pub, want):
    assert _only(text, pub).value == want


def test_ramadan_alone_is_its_thirty_days():
    t = _only("Attacks on markets rose during Ramadan in northern Burkina Faso.", date(2024, 4, 20))
    assert (t.earliest, t.latest, t.value) == (date(2024, 3, 11), date(2024, 4, 9), date(2024, 3, 11))
    assert t.precision > 1


def test_the_lunar_table_covers_2000_to_2035_and_keeps_observed_eids():
    dates = lexicon()["holiday_dates"]
    for name in ("ramadan", "eid al-fitr", "eid al-adha", "ashura", "mawlid", "islamic new year"):
        assert set(dates[name]) == {str(y) for y in range(2000, 2036)}, name
    assert dates["eid al-fitr"]["2023"] == "04-21" and dates["eid al-adha"]["2024"] == "06-16"
    # a lunar year is 354 or 355 days (observed days one off either way): each feast comes 10 to 12
    # days earlier each year, or two lunar years later after a year that holds it twice (the table
    # keeps a year's first occurrence: Ramadan 2030 begins on 6 January and again on 26 December)
    for name in ("ramadan", "eid al-fitr", "eid al-adha", "ashura", "mawlid"):
        days = [date(int(y), int(md[:2]), int(md[3:])) for y, md in sorted(dates[name].items())]
        gaps = [(b - a).days for a, b in zip(days, days[1:])]
        assert all(353 <= g <= 356 or 707 <= g <= 710 for g in gaps), (name, gaps)
        assert sum(g > 400 for g in gaps) <= 2, name


def test_outside_the_table_a_lunar_feast_stays_undated():
    assert all(t.value is None for t in find_times("It happened on Ashura, 1998.", date(2024, 1, 1)))
