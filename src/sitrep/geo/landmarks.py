"""Well-known sites the gazetteer lacks: refineries, dams, power plants, air bases, hospitals ...

War news often names a place only through a site: "the Mosul Dam", "Azovstal", "al-Shifa hospital",
or by description, "Ukraine's largest nuclear power plant", "the country's biggest oil refinery".
cities500 holds towns only, so such a place is found here, from a curated table
(``data/geo/landmarks.tsv``, kind words in ``landmark_kinds.json``; see the README there).

- By own name: a name of the table ("Azovstal"), or a stem followed by one of the site's kind words
  ("Mosul Dam", "Baiji oil refinery", "Zaporizhzhia plant"). The span covers the whole name, so the
  town inside it ("Mosul") is no separate mention: the stage drops mentions overlapping these spans.
- By description: "<Country>'s / the country's / the nation's (largest|biggest|main|only|principal)
  <kind>" or "the largest <kind> in <Country> / in the country", when the table ranks one site of
  that kind first in that country (or region: "Europe's largest nuclear power plant"). "the
  country's" takes the document's focus country; with none known, nothing is emitted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sitrep.geo import sources
from sitrep.geo.normalize import fold, name_key
from sitrep.textutil import SkipScan
from sitrep.types import Place, Toponym

__all__ = [
    "Landmark", "described_toponyms", "landmark_spans", "landmark_toponyms", "landmarks", "ranked_site",
    "site_place",
]

# Confidence of a site found by its own name: the table's names are specific ("Mosul Dam"), but a stem
# plus a generic kind word ("Kursk plant") can name another site of the town.
NAMED_CONFIDENCE = 0.9
# ... described with its country named ("Iraq's biggest oil refinery"): the table's rank is a fact,
# but a ranking can change over time (a new refinery opens).
DESCRIBED_CONFIDENCE = 0.8
# ... described as "the country's" biggest, the country taken from the document's focus (may be wrong
# in an article about two countries).
FOCUS_CONFIDENCE = 0.6
# Words of the superlative ("the country's largest dam"); "major"/"key" rank nothing.
SUPERLATIVES = ("largest", "biggest", "main", "only", "principal")
# Capitalised words in front of "'s" read as the possessor ("Saudi Arabia's", "On Sunday Iraq's"):
# at most this many, the longest suffix naming a country or a ranked region wins.
MAX_OWNER_WORDS = 3


@dataclass(frozen=True, slots=True)
class Landmark:
    """One row of ``landmarks.tsv``."""

    key: str
    name: str
    names: tuple[str, ...]  # own names, enough on their own ("Azovstal")
    stems: tuple[str, ...]  # names that need a kind word after them ("Mosul" + "Dam")
    kinds: tuple[str, ...]  # canonical kinds of ``landmark_kinds.json``
    cc: str
    feature_class: str
    feature_code: str
    latitude: float
    longitude: float
    town: str  # a gazetteer town of the same first-level division (gives ``admin1``)
    largest_kinds: tuple[str, ...]  # kinds of which it is the largest / main one ...
    largest_in: tuple[str, ...]  # ... in these countries (ISO alpha-2) or regions ("Europe")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _row(cells: list[str]) -> Landmark:
    c = cells + [""] * (13 - len(cells))
    return Landmark(c[0], c[1], _split(c[2]), _split(c[3]), _split(c[4]), c[5], c[6], c[7],
                    float(c[8]), float(c[9]), c[10], _split(c[11]), _split(c[12]))


@lru_cache(maxsize=1)
def landmarks() -> tuple[Landmark, ...]:
    """The table, in file order (earlier rows win a name two rows share)."""
    out = []
    for line in sources.data_text("landmarks.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(_row([c.strip() for c in line.split("\t")]))
    return tuple(out)


@lru_cache(maxsize=1)
def _kind_data() -> dict:
    return json.loads(sources.data_text("landmark_kinds.json"))


def _phrases(kind: str, named: bool) -> tuple[str, ...]:
    k = _kind_data()["kinds"][kind]
    return tuple(k["phrases"]) + (tuple(k["name_only"]) if named else ())


# ---------------------------------------------------------------------------------------- by name


@lru_cache(maxsize=1)
def _name_automaton():
    """Aho-Corasick over folded name keys -> (key, row index, length of the name part)."""
    import ahocorasick

    index: dict[str, tuple[int, int]] = {}
    for i, site in enumerate(landmarks()):
        for name in site.names:
            index.setdefault(name_key(name), (i, len(name_key(name))))
        for stem in site.stems:
            for kind in site.kinds:
                for phrase in _phrases(kind, named=True):
                    # "Mosul Dam", and "Kabul's airport"
                    index.setdefault(name_key(f"{stem} {phrase}"), (i, len(name_key(stem))))
                    index.setdefault(name_key(f"{stem}'s {phrase}"), (i, len(name_key(stem))))
    auto = ahocorasick.Automaton()
    for key, (i, n) in index.items():
        auto.add_word(key, (key, i, n))
    auto.make_automaton()
    return auto


def landmark_spans(text: str, folded: str | None = None) -> list[tuple[int, int, Landmark]]:
    """(start, end, site) of every site named by its own name in ``text``, disjoint, in text order.
    ``folded`` is ``fold(text)`` when the caller has it (speed)."""
    folded = fold(text) if folded is None else folded
    rows, found = landmarks(), []
    for end, (key, i, n) in _name_automaton().iter(folded):
        start, stop = end + 1 - len(key), end + 1
        if _bounded(text, start, stop) and _capitalised(text[start:start + n]):
            found.append((start, stop, rows[i]))
    return _longest_first(found)


def _bounded(text: str, start: int, end: int) -> bool:
    """No letter or digit glued before or after the match."""
    return not (start and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


def _capitalised(name: str) -> bool:
    """The name part is written as a name: one of its words starts with a capital ("al-Shifa")."""
    return any(w[:1].isupper() for w in re.split(r"[\s\-]+", name))


def _longest_first(found: list[tuple[int, int, Landmark]]) -> list[tuple[int, int, Landmark]]:
    out: list[tuple[int, int, Landmark]] = []
    for s, e, site in sorted(found, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e, site))
    return out


def landmark_toponyms(text: str, spans: Sequence[tuple[int, int, Landmark]], gazetteer) -> list[Toponym]:
    """A toponym per site named in ``text`` (from ``landmark_spans``)."""
    out = []
    for s, e, site in spans:
        town = _airport_town(text[s:e], site, gazetteer)
        if town is not None:
            why = f"the town of {site.name}, named as its airport"
            out.append(Toponym(s, e, text[s:e], town, why, NAMED_CONFIDENCE))
            continue
        why = f"landmark: {site.name} ({site.kinds[0]}), named in the text"
        out.append(Toponym(s, e, text[s:e], site_place(site, gazetteer), why, NAMED_CONFIDENCE))
    return out


# A town's airport named after it ("Mogadishu airport", "Kabul's airport") is coded as the town itself
# (ACLED codes a populated place, precision 1) when it lies within this distance of the town's centre.
AIRPORT_TOWN_KM = 25.0


def _airport_town(surface: str, site: Landmark, gazetteer) -> Place | None:
    """The site's town, when the text names an airport by that town and a kind word ("Mogadishu airport")."""
    from sitrep.geo.build import haversine_km

    key = name_key(surface)
    if site.kinds[0] != "airport" or not key.startswith(name_key(site.town)) \
            or key in {name_key(n) for n in (site.name, *site.names)}:
        return None  # "Baghdad International Airport": the site's own name stays the site
    towns = [p for p in gazetteer.candidates(site.town) if p.country_code == site.cc and p.feature_class == "P"
             and p.latitude is not None]
    near = [p for p in towns if haversine_km(p.latitude, p.longitude, site.latitude, site.longitude) <= AIRPORT_TOWN_KM]
    return max(near, key=lambda p: p.population) if near else None


def site_place(site: Landmark, gazetteer) -> Place:
    """The site as a ``Place``: its country from the gazetteer, its admin1 from its town's."""
    country = gazetteer.country(site.cc)
    return Place(
        name=site.name, latitude=site.latitude, longitude=site.longitude,
        country=country.name if country else None, country_code=site.cc, admin1=_admin1(site, gazetteer),
        geonameid=None, feature_class=site.feature_class, feature_code=site.feature_code, population=0,
    )


def _admin1(site: Landmark, gazetteer) -> str | None:
    """The first-level division of the site's town: the town of that name in the site's country
    nearest to the site."""
    towns = [p for p in gazetteer.candidates(site.town) if p.country_code == site.cc
             and p.latitude is not None and p.admin1]
    if not towns:
        return None
    near = min(towns, key=lambda p: (p.latitude - site.latitude) ** 2 + (p.longitude - site.longitude) ** 2)
    return near.admin1


# ---------------------------------------------------------------------------------- by description


@lru_cache(maxsize=1)
def _description_patterns() -> tuple[SkipScan, re.Pattern, dict[str, str]]:
    """The superlative words, a kind phrase right after them, and phrase -> canonical kind."""
    kinds = _kind_data()["kinds"]
    phrase_kind = {p.casefold(): k for k in kinds for p in _phrases(k, named=False)}
    alt = "|".join(re.escape(p) for p in sorted(phrase_kind, key=len, reverse=True))
    stops = "|".join(re.escape(w) for w in _kind_data()["after_kind_stops"])
    sup = SkipScan(re.compile(rf"\b({'|'.join(SUPERLATIVES)})\s+", re.I))  # scouted (speed; same matches)
    kind = re.compile(rf"({alt})\b(?![\-'’])(?!\s+(?:{stops})\b)", re.I)
    return sup, kind, phrase_kind


# "the country's", "the nation's", "this country's" right before the superlative.
_GENERIC_OWNER = re.compile(r"\b(?:the|this)\s+((?:country|nation)['’]s)\s+$", re.I)
# "Iraq's", "Saudi Arabia's", "Europe's" right before the superlative.
_NAMED_OWNER = re.compile(rf"((?:[A-Z][\w\-]*\s+){{0,{MAX_OWNER_WORDS - 1}}}[A-Z][\w\-]*)['’]s\s+$")
# "the largest <kind>" ... then " in Iraq" / " in the country".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?$", re.I)
_IN_GENERIC = re.compile(r"\s+in\s+(?:the|this)\s+(?:country|nation)\b", re.I)
_IN_NAMED = re.compile(rf"\s+in\s+((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){{0,{MAX_OWNER_WORDS - 1}}})")


@dataclass(frozen=True, slots=True)
class _Description:
    start: int
    end: int
    kind: str
    owner: str | None  # a named possessor ("Iraq", "Europe"); None for "the country's"


def _descriptions(text: str) -> list[_Description]:
    sup, kind_re, phrase_kind = _description_patterns()
    out = []
    for m in sup.finditer(text):
        k = kind_re.match(text, m.end())
        if k is None:
            continue
        d = _described(text, m.start(), k.end(), phrase_kind[k.group(1).casefold()])
        if d is not None:
            out.append(d)
    return out


# "Afghanistan's main prison in the south", "the largest port of the region": a part of the country.
_PART_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|centre|center)\w*|region|province|area|state|district)\b", re.I)


def _described(text: str, start: int, end: int, kind: str) -> _Description | None:
    if _PART_AFTER.match(text, end):
        return None
    before = text[max(0, start - 80):start]
    if (g := _GENERIC_OWNER.search(before)) is not None:
        return _Description(start - len(before) + g.start(1), end, kind, None)
    if (n := _NAMED_OWNER.search(before)) is not None:
        return _Description(start, end, kind, n.group(1))
    if _THE_BEFORE.search(before) and not _ONE_OF.search(text[max(0, start - 90):start - 4]):
        if _IN_GENERIC.match(text, end):
            return _Description(start, end, kind, None)
        if (n := _IN_NAMED.match(text, end)) is not None:
            return _Description(start, end, kind, n.group(1))
    return None


def _scope(owner: str, gazetteer) -> str | None:
    """The country code or ranked region the possessor names: the longest run of its words that is
    a country or a region ("On Sunday Iraq" -> IQ, "Saudi Arabia" -> SA, "Europe" -> europe)."""
    words = owner.split()
    runs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
    for run in sorted(runs, key=len, reverse=True):
        country = gazetteer.country(run)
        if country is not None and country.country_code:
            return country.country_code
        if run.casefold() in _regions():
            return run.casefold()
    return None


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Ranked scopes of the table that are no country code ("europe", "gaza")."""
    return frozenset(s.casefold() for site in landmarks() for s in site.largest_in if not _is_code(s))


def _is_code(scope: str) -> bool:
    return len(scope) == 2 and scope.isupper()


def ranked_site(kind: str, scope: str) -> Landmark | None:
    """The site the table ranks first of ``kind`` in ``scope`` (ISO code or region), if exactly one."""
    hits = [s for s in landmarks() if kind in s.largest_kinds
            and any(x == scope or x.casefold() == scope for x in s.largest_in)]
    return hits[0] if len(hits) == 1 else None


def described_toponyms(text: str, gazetteer, focus_country: str | None,
                       taken: Sequence[tuple[int, int]] = ()) -> list[Toponym]:
    """A toponym per site named by description ("Iraq's biggest oil refinery"), its span not
    overlapping ``taken``. "the country's" needs ``focus_country`` (ISO alpha-2)."""
    out = []
    for d in _descriptions(text):
        if any(s < d.end and d.start < e for s, e in taken):
            continue
        scope = _scope(d.owner, gazetteer) if d.owner else focus_country
        site = ranked_site(d.kind, scope) if scope else None
        if site is None:
            continue
        how = d.owner if d.owner else f"the document's country ({focus_country})"
        why = (f"landmark: {site.name}, described ('{text[d.start:d.end]}') as the largest or main "
               f"{d.kind} of {how}")
        conf = DESCRIBED_CONFIDENCE if d.owner else FOCUS_CONFIDENCE
        out.append(Toponym(d.start, d.end, text[d.start:d.end], site_place(site, gazetteer), why, conf))
    return out
