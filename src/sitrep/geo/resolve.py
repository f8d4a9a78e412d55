"""Choosing a gazetteer place for each detected mention.

Two passes. The first scores each mention's candidates alone (population, feature class, a following
"province"/"county"). The document's focus (country and first-level division) is then taken from
those first picks, demonyms, a dateline and caller hints. The second pass adds the focus, containment
stated in the text ("Springfield, Ill.", "the western Anbar town of Rutba") and closeness to the
other places named: co-location (regions holding candidates of several names), spatial coherence
(``sitrep.geo.coherence``: candidates of different names lying near each other), pair evidence (the
one candidate of a name lying next to a candidate of another name: "Paris" with "Henry County") and
nearness to confident first picks. A state that only qualifies a town ("Sulpher, La.") votes for
nothing else. A name shared by a country, state or region and small towns means the division; a
national capital outranks a division named like it; a name that says "Sea" or "Lake" means the water
body; a name a text places once ("Louisville, Ky.") means that place throughout. Towns known only
from ZIP codes are candidates only for names the text cues as places and cast no votes; a country's
name said of people or an address ("a Lebanon woman") is a town; a one-word name known only as small
towns' old names is a word; a national capital's name is no reading of its country's towns that bear
it only as an old name; a town the gazetteer lacks in the US state written after it ("Greenwood,
W. Va.") is placed at that state; a state written after a town is the state the town is placed in
("Quincy, Washington" is no capital). One-word names the text never cues as places, all of whose
readings are small towns, or that are given names, vouch for no other name's reading (coherence, pair
evidence): they are mostly people. A first-level division of under a million people is no reading of
a name a city of 100,000 bears in another country ("St. Louis" is no Senegalese region). Muted names
anchor no neighbour either ("Perkins" in a byline does not pull Cheyenne to Oklahoma). A country or
division is no reading of its initials written as a word ("Car" is no CAR); a bare name the text also
writes as a county is that county's ("Pasco deputies" after "Pasco County"); "the X neighborhood" far
from every city the text names is unplaced; streets the detector marks ("Broadway and Pike") are
unplaced; broadcaster call letters ("WESH") favour states on their side of the Mississippi. Scores
are in log10-population units; every weight is a named constant.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sitrep.geo import sources
from sitrep.geo.build import curated_rows, haversine_km
from sitrep.geo.coherence import coherence, singled_out
from sitrep.geo.conflict_zones import BONUS_GROUP_COUNTRY
from sitrep.geo.detect import (
    COMPASS_WORDS,
    STREET_CUE,
    Mention,
    call_sign_side,
    residence,
    strong_cue,
    word_before,
    words_after,
)
from sitrep.geo.normalize import name_key, name_keys, without_article
from sitrep.types import Place, Toponym

__all__ = ["Colocation", "Focus", "colocation", "resolve", "doc_focus", "inside"]

# Feature-class priors (calibrated on LGL dev: a country name usually means the country, a national
# capital outranks same-named towns and states ("Washington"), a first-level division outranks a town of the same name).
BONUS_COUNTRY = 2.0
BONUS_ADMIN1 = 2.0
BONUS_CAPITAL = 2.5
# Divisions with fewer people than this (the sum of their towns) get no division bonus: a parish of
# Grenada ("Saint George", 7,500) does not outrank St. George, Utah.
MIN_DIVISION_POPULATION = 50_000
BONUS_CURATED = 1.0  # curated regions carry rough populations; keep them above villages of the same name
# A following "province"/"county" picks the matching division level.
BONUS_SUFFIX = 4.0
PENALTY_SUFFIX = 1.0
# Document focus: candidates in the focus country / focus first-level division.
BONUS_FOCUS_COUNTRY = 3.0
BONUS_FOCUS_ADMIN1 = 0.0  # off since co-location and coherence: on LGL even articles it cost 1.2 points
# A division named anywhere in the document ("Ohio") favours its towns.
BONUS_NAMED_DIVISION = 2.0
# Containment stated in the text: inside the container / outside it.
BONUS_CONTAINED = 6.0
PENALTY_NOT_CONTAINED = 4.0
# Closeness to other named places (first-pass picks): within NEAR_KM / within REGION_KM.
NEAR_KM, REGION_KM = 100.0, 300.0
BONUS_NEAR, BONUS_REGION = 2.0, 1.0
# Focus: a country needs this share of the weighted votes to become the document's focus.
FOCUS_MIN_SHARE = 0.3
# Vote weights for the focus.
VOTE_COUNTRY, VOTE_ADMIN1, VOTE_PLACE, VOTE_DEMONYM, VOTE_DATELINE, VOTE_HINT = 2.0, 1.5, 1.0, 1.0, 3.0, 10.0

_POSTAL = re.compile(r", ([A-Z]{2})\b")
# "X town of <division>", "X area of <division>": the division after the name contains it.
_CONTAINED_WORDS = r"\s+(?:town|city|village|district|community|area|locality|suburb|ward)\s+(?:of|in)\s+(?:the\s+)?"
_CONTAINED_GAP = re.compile(rf"^{_CONTAINED_WORDS}$")
_CONTAINED_AHEAD = re.compile(_CONTAINED_WORDS)  # the same words, matched from a name's end
_DIVISIONS = frozenset({"ADM1", "ADM2", "PCLI"})
_CONTAINER_GAP = re.compile(r"^\s+(?:[a-z]+\s+)?(?:town|city|village|district|county|province|region|suburb|area)\s+(?:of\s+)?$")


@dataclass(frozen=True, slots=True)
class Focus:
    country: str | None  # ISO alpha-2
    admin1: str | None
    reason: str = ""


def inside(place: Place, container: Place) -> bool:
    """Whether ``place`` lies in ``container`` (a country or a first-level division)."""
    if container.feature_code in ("PCLI", "TERR") or (container.feature_class == "A" and container.admin1 is None):
        return place.country_code == container.country_code
    if container.feature_code == "ADM1":
        return place.country_code == container.country_code and place.admin1 == container.admin1
    if container.latitude is None or place.latitude is None:
        return False
    return haversine_km(place.latitude, place.longitude, container.latitude, container.longitude) <= NEAR_KM


# A candidate known by this name only as an alternate (an old or foreign name: "Paris" for
# Swainsboro, Georgia) ranks below places whose own name it is.
PENALTY_ALTERNATE = 3.0


# Towns known only from ZIP codes (``build.ZIP_TOWN_CODE``) carry no population; cities500 lists every
# town of 500 people, so they are smaller: scored as this many people, below every cities500 town of
# their name and above a place known by the name only as an alternate ("Cookville" for Cookeville).
ZIP_TOWN_POPULATION = 250


def prior(place: Place, suffix: tuple[str, ...] | None, key: str | None = None) -> tuple[float, list[str]]:
    score = math.log10((place.population or (ZIP_TOWN_POPULATION if place.feature_code == "PPLL" else 0)) + 1)
    if key is not None and place.feature_class == "P" and not _own_spelling(key, place.name, place.country_code):
        score -= PENALTY_ALTERNATE
    if place.feature_code == "PCLI":
        score += BONUS_COUNTRY
    elif place.feature_code == "ADM1":
        score += BONUS_ADMIN1 if place.population >= MIN_DIVISION_POPULATION else 0.0
    elif place.feature_code == "PPLC" and (key is None or key in _own_keys(place.name)):
        score += BONUS_CAPITAL  # a capital's old names are not its renown ("St. George" is not Freetown)
    elif place.geonameid is None and place.feature_code not in ("ADM2", "PPLL"):  # PPLL: ZIP-code towns
        score += BONUS_CURATED
    if suffix:
        if place.feature_code in suffix:
            score += BONUS_SUFFIX
        elif place.feature_class == "P":
            score -= PENALTY_SUFFIX
    return score, _prior_reasons(place, suffix)


def _prior_reasons(place: Place, suffix: tuple[str, ...] | None) -> list[str]:
    """The reasons ``prior`` gives (the rest of its score goes without saying)."""
    return [f"named with its {place.feature_code} suffix"] if suffix and place.feature_code in suffix else []


@lru_cache(maxsize=4096)
def _own_keys(name: str) -> frozenset[str]:
    return frozenset(name_keys(name))


@lru_cache(maxsize=16384)
def _own_name(key: str, name: str) -> bool:
    """Whether ``key`` is ``name``'s own name, or that name without its Arabic article ("Qamishli" for
    Al Qamishli)."""
    own = _own_keys(name)
    return key in own or any(without_article(k) == key for k in own)


# An alternate name this long that is a variant of the place's own name (``_variant``, same first letter,
# length within ``SPELLING_MAX_LENGTH_GAP``) is the same name transliterated otherwise ("Haditha" /
# "Hadithah", "Jowhar" / "Jawhar", "Kupiansk" / "Kupyansk", "Gambella" / "Gambela"), the spelling
# English news uses, not an old or foreign name: it takes no ``PENALTY_ALTERNATE``. Shorter names are
# left out ("Soul" beside "Seoul" is a word), and so are towns of English-named countries, whose
# alternates are other towns' spellings ("Cookville" for Cookeville, "Centerville" for Centreville;
# measured on LGL: those readings were wrong), and names much longer or shorter ("Cancun" / "Changchun").
SPELLING_MIN_CHARS = 6
SPELLING_MAX_LENGTH_GAP = 2


@lru_cache(maxsize=16384)
def _own_spelling(key: str, name: str, cc: str | None) -> bool:
    """Whether ``key`` is ``name``'s own name, that name without its Arabic article, a spelling news
    uses for it (``sources.exonyms``: "Zaporozhye"), or (outside ``ENGLISH_NAMED`` countries) a
    transliteration of it."""
    if _own_name(key, name) or key in sources.exonyms().get((cc or "", name_key(name)), ()):
        return True
    if len(key) < SPELLING_MIN_CHARS or cc in ENGLISH_NAMED:
        return False
    if any(_short_form(k) == key for k in _own_keys(name)):
        return True
    return any(k[:1] == key[:1] and abs(len(k) - len(key)) <= SPELLING_MAX_LENGTH_GAP and _variant(key, k)
               for k in _own_keys(name))


# "Zamora de Hidalgo", "Mocimboa da Praia", "Valle de Santiago": a one-word name, then a linking word
# and an honorific or qualifier that news drops ("Zamora", "Mocimboa"). Outside ``ENGLISH_NAMED``
# countries the first word alone is the town's own short name, not an old or foreign one.
_LINKS = re.compile(r"^(\S+) (?:de|del|da|do|dos|das|des|du|de la|de las|de los)\b ")


def _short_form(key: str) -> str | None:
    m = _LINKS.match(key)
    return m.group(1) if m else None


class _Priors:
    """``prior(...)[0]`` remembered per candidate, suffix and name key for one document (speed: the
    first pass, the focus votes, coherence and pair evidence all score the same candidates), plus
    the bonus of ``favoured`` countries (``conflict_zones.favoured_countries``: a conflict report's
    countries) for their towns and divisions."""

    def __init__(self, favoured: Mapping[str, float] | None = None) -> None:
        self.memo: dict[tuple[int, tuple[str, ...] | None, str | None], float] = {}
        self.favoured = favoured or {}

    def __call__(self, place: Place, suffix: tuple[str, ...] | None, key: str | None) -> float:
        k = (id(place), suffix, key)  # the document's candidates stay alive while it is resolved
        score = self.memo.get(k)
        if score is None:
            score = self.memo[k] = prior(place, suffix, key)[0] + self.bonus(place)
        return score

    def bonus(self, place: Place) -> float:
        if not self.favoured or place.feature_code in _UNFAVOURED_CODES:
            return 0.0
        return self.favoured.get(place.country_code, 0.0)


# Countries themselves and regions take no favour: it is for a town or division against its namesake.
_UNFAVOURED_CODES = frozenset({"PCLI", "RGN", "CONT", "TERR"})


def _prior_score(place: Place, suffix: tuple[str, ...] | None, key: str | None) -> float:
    return prior(place, suffix, key)[0]


def _first_pass(mentions: Sequence[Mention], cands: Sequence[list[Place]],
                score_of=_prior_score) -> list[tuple[Place | None, float]]:
    """Best candidate alone and its margin over the runner-up."""
    out = []
    for m, cs in zip(mentions, cands):
        scored = sorted(((score_of(c, m.suffix, m.key), i) for i, c in enumerate(cs)), reverse=True)
        if not scored:
            out.append((None, 0.0))
            continue
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 5.0
        out.append((cs[scored[0][1]], margin))
    return out


# Candidates kept per mention when sharing its focus vote (the rest carry negligible weight).
VOTE_CANDIDATES = 5
# A division's share of the vote is scaled by this when one of the name's kept candidates lies in
# another country: VOTE_ADMIN1 * this = VOTE_PLACE.
SHARED_DIVISION_VOTE = VOTE_PLACE / VOTE_ADMIN1


def _vote_shares(mentions: Sequence[Mention], cands: Sequence[list[Place]],
                 score_of=_prior_score) -> list[list[tuple[Place, float]]]:
    """Each mention's focus vote split over its candidates by a softmax of their prior scores.

    A first-level division whose name a place in another country shares votes as a town does
    (``SHARED_DIVISION_VOTE``), not as a division, when another name of the text has a candidate in
    that other country and none in the division's: "Nara" (Japan's prefecture, Mali's town) beside
    "Niono" (Mali only) tells no more of Japan than "Niono" tells of Mali. "Ontario" beside "London"
    keeps its weight: London has a reading in Canada too."""
    kept, seen = [], set()
    for m, cs in zip(mentions, cands):
        if m.key in seen:  # a name repeated votes once: repetition must not entrench a wrong reading
            continue
        seen.add(m.key)
        scored = sorted(((score_of(c, m.suffix, m.key), i) for i, c in enumerate(cs)), reverse=True)[:VOTE_CANDIDATES]
        kept.append([(cs[i], s) for s, i in scored])
    countries = [{p.country_code for p, _ in ks} for ks in kept]
    out = []
    for n, ks in enumerate(kept):
        if not ks:
            out.append([])
            continue
        others = set().union(*(c for j, c in enumerate(countries) if j != n))
        top = ks[0][1]
        weights = [(p, math.exp(s - top)) for p, s in ks]
        total = sum(w for _, w in weights)
        out.append([(p, w / total * (SHARED_DIVISION_VOTE if p.feature_code == "ADM1"
                                     and p.country_code not in others and countries[n] - {p.country_code} & others
                                     else 1.0)) for p, w in weights])
    return out


def _with_neighbours(mentions: Sequence[Mention], cands: Sequence[list[Place]], score_of, coh, pairs):
    """``score_of`` plus the spatial evidence of the other names (coherence, pair evidence), as the
    second pass adds it: a name's focus vote goes to the reading its neighbours back ("Nara" with
    "Niono" votes for Mali's Nara, not Japan's prefecture; "Cordoba" with "Orizaba" for Veracruz's
    town). Without such evidence the vote is split by the prior alone, as before."""
    if not coh and not pairs:
        return score_of
    index = {(m.key, id(c)): j for m, cs in zip(mentions, cands) for j, c in enumerate(cs)}

    def score(place: Place, suffix, key) -> float:
        s = score_of(place, suffix, key)
        j = index.get((key, id(place)))
        if j is not None:
            s += BONUS_COHERENT * min(coh.get((key, j), 0.0), COHERENCE_CAP)
            s += BONUS_SINGLED * min(pairs.get((key, j), 0.0), SINGLED_CAP)
        return s

    return score


def doc_focus(picks: Sequence[Sequence[tuple[Place, float]]], demonyms: Sequence[str] = (),
              dateline: str | None = None, hints: Mapping[str, str] | None = None) -> Focus:
    """The document's focus country and first-level division, by weighted votes.

    ``picks`` holds, per mention, its candidates with the share of the mention's vote each gets.
    """
    votes: Counter[str] = Counter()
    for shares in picks:
        for p, share in shares:
            if p.country_code:
                w = VOTE_COUNTRY if p.feature_code == "PCLI" else VOTE_ADMIN1 if p.feature_code == "ADM1" else VOTE_PLACE
                votes[p.country_code] += w * share
    for cc in demonyms:
        votes[cc] += VOTE_DEMONYM
    if dateline:
        votes[dateline] += VOTE_DATELINE
    if hints and hints.get("country"):
        votes[hints["country"]] += VOTE_HINT
    if hints and hints.get("site_country"):
        votes[hints["site_country"]] += VOTE_ADMIN1  # the site's state, as if the text named it
    if not votes:
        return Focus(None, None, "no place named")
    told = set(demonyms) | {dateline} | {(hints or {}).get(k) for k in ("country", "site_country")}
    cc, n = max(votes.items(), key=lambda kv: (kv[1], kv[0] in told))  # a tie goes to what the words say
    if n / sum(votes.values()) < FOCUS_MIN_SHARE:
        return Focus(None, None, "no dominant country")
    admin = _focus_admin1(picks, cc, hints)
    return Focus(cc, admin, f"focus {cc} by {n:.1f} of {sum(votes.values()):.1f} votes")


def _focus_admin1(picks, cc: str, hints: Mapping[str, str] | None) -> str | None:
    if hints and hints.get("admin1"):
        return hints["admin1"]
    votes: Counter[str] = Counter()
    for shares in picks:
        for p, share in shares:
            if p.country_code == cc and p.admin1 and p.feature_code != "PCLI":
                votes[p.admin1] += share
    return votes.most_common(1)[0][0] if votes else None


# Co-location: a region (country, first-level division) where candidates of several distinct names
# lie is likely the document's. Each other name votes for every region its candidates lie in, with
# weight 1/sqrt(number of such regions), so that a name found in one state only ("Worthington") counts
# fully and one found in thirty ("Franklin") barely. Calibrated on LGL even articles.
BONUS_COLOCATED = 1.5
# Spatial coherence (see sitrep.geo.coherence): prior units per unit of support, and its cap.
BONUS_COHERENT = 1.5
COHERENCE_CAP = 3.0
COLOCATION_CAP = 2.0
# Pair evidence (see sitrep.geo.coherence.singled_out): prior units per name singling a candidate out
# ("Paris" with "Henry County": Paris, Tennessee), and its cap. Calibrated on LGL even articles.
BONUS_SINGLED = 2.0
SINGLED_CAP = 2.0


def _regions(cs: Sequence[Place]) -> frozenset[tuple[str, str | None]]:
    return frozenset((c.country_code or "", c.admin1) for c in cs if c.country_code and c.feature_code != "PCLI")


@dataclass(frozen=True, slots=True)
class Colocation:
    """Region support: ``total`` over every name, ``own`` each name's share of it."""

    total: Mapping[tuple[str, str | None], float]
    own: Mapping[str, Mapping[tuple[str, str | None], float]]

    def support(self, key: str, place: Place) -> float:
        """Support for ``place``'s region from the names other than ``key``."""
        r = (place.country_code or "", place.admin1)
        return self.total.get(r, 0.0) - self.own.get(key, {}).get(r, 0.0)


def colocation(mentions: Sequence[Mention], cands: Sequence[list[Place]]) -> Colocation:
    by_key: dict[str, frozenset] = {}
    for m, cs in zip(mentions, cands):
        by_key.setdefault(m.key, _regions(cs))
    total: Counter = Counter()
    own: dict[str, dict] = {}
    for k, regions in by_key.items():
        w = 1.0 / math.sqrt(len(regions)) if regions else 0.0
        own[k] = dict.fromkeys(regions, w)
        for r in regions:
            total[r] += w
    return Colocation(total, own)


def _containers(text: str, mentions: Sequence[Mention], picks, gazetteer) -> dict[int, Place]:
    """Mention index -> the place the text says contains it."""
    out: dict[int, Place] = {}
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.start == m.end + 2 and text[m.end:nxt.start] == ", " and picks[i + 1][0]:
            if picks[i + 1][0].feature_code in ("PCLI", "ADM1", "TERR"):
                out[i] = picks[i + 1][0]
                continue
        country = _country_suffix(text, m.end)
        if country is not None and gazetteer.country(country) is not None:
            out[i] = gazetteer.country(country)  # "Logo LGA": a Nigerian local government area
            continue
        postal = _POSTAL.match(text, m.end)
        if postal and postal.group(1) in sources.us_states():
            state = gazetteer.admin1("US", sources.us_states()[postal.group(1)].name)
            if state is not None:
                out[i] = state
                continue
        bracket = _bracketed_division(text, mentions, i, picks)
        if bracket is not None:
            out[i] = bracket  # ACLED notes: "Pauktaw (Sittwe, Rakhine)"
            continue
        prev = mentions[i - 1] if i > 0 else None
        if prev is not None and picks[i - 1][0] and _CONTAINER_GAP.match(text[prev.end:m.start]):
            out[i] = picks[i - 1][0]
        elif nxt is not None and picks[i + 1][0] and picks[i + 1][0].feature_code in _DIVISIONS \
                and (_CONTAINED_GAP.match(text[m.end:nxt.start]) or _said_in(text, m, nxt)):
            out[i] = picks[i + 1][0]  # "Kadoka town of Nasarawa State", "Boni in the Mopti region"
    return out


# ACLED notes follow a place with its divisions in brackets, smallest first: "Pauktaw (Sittwe,
# Rakhine)", "Djibo (Djibo, Soum, Sahel)". A bracket longer than this is prose, not such a list.
BRACKET_MAX_CHARS = 80


_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|al|el|de|du|des|la|le))*"
_NAME_LIST = re.compile(rf"{_NAME}(?:\s*[,/]\s*{_NAME})*")


def division_bracket(text: str, end: int) -> int | None:
    """Where the bracket after a name ending at ``end`` closes, when it holds only a list of names
    ("(Sittwe, Rakhine)", "(Gamboru/Ngala, Borno)"), not prose ("(reportedly outside Maiduguri)")."""
    if not text.startswith(" (", end):
        return None
    close = text.find(")", end + 2, end + 2 + BRACKET_MAX_CHARS)
    if close < 0 or not _NAME_LIST.fullmatch(text, end + 2, close):
        return None
    return close


def _bracketed_division(text: str, mentions: Sequence[Mention], i: int, picks) -> Place | None:
    """The first-level division (or country) that closes the bracket right after mention ``i``."""
    close = division_bracket(text, mentions[i].end)
    if close is None:
        return None
    last = next((j for j in range(i + 1, len(mentions)) if mentions[j].end == close), None)
    p = picks[last][0] if last is not None else None
    return p if p is not None and p.feature_code in ("ADM1", "PCLI") else None


# The word a division's name may end in ("Cordoba Department", "Santander Department"): the bracket of
# a note says "(Cordoba)".
_DIVISION_SUFFIX = re.compile(r"\s+(?:department|province|state|region|governorate|oblast|district|prefecture)$")


def _towns_own_divisions(text: str, mentions: Sequence[Mention], cands: list[list[Place]],
                         gazetteer) -> list[list[Place]]:
    """The last name of a bracket of divisions after a town ("Tierralta (Cordoba)") is the division of
    that town's country its candidates lie in (Colombia's Cordoba department), when none of its own
    readings contains one of them (Argentina's Cordoba province does not)."""
    out = list(cands)
    for i, m in enumerate(mentions):
        comma = _comma_division(text, mentions, cands, i, gazetteer)
        if comma:
            out[i + 1] = comma
            continue
        close = division_bracket(text, m.end)
        j = next((j for j in range(i + 1, len(mentions)) if mentions[j].end == close), None) if close else None
        if j is None or not cands[i]:
            continue
        if any(inside(t, d) for d in cands[j] if d.feature_code == "ADM1" for t in cands[i]):
            continue
        found: list[Place] = []
        for t in cands[i]:
            if t.feature_class == "P" and t.admin1 and _DIVISION_SUFFIX.sub("", name_key(t.admin1)) == mentions[j].key:
                d = gazetteer.admin1(t.country_code or "", t.admin1)
                if d is not None and d not in found:
                    found.append(d)
        if found:
            out[j] = found
    return out


# After "Town, Name": more names of a list ("Homs, Hama and Aleppo"), where the second name is no container.
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*[A-Z]")


def _comma_division(text: str, mentions: Sequence[Mention], cands: list[list[Place]], i: int,
                    gazetteer) -> list[Place]:
    """"Cordoba, Veracruz": a town, a comma, and a name that is also the first-level division holding
    one of the town's namesakes (session 17): the name is that division (Mexico's Veracruz state, not
    its port city; the gazetteer knows the state as "Veracruz State" only), so that it contains the
    town. Not inside a list of names ("Homs, Hama and Aleppo")."""
    if i + 1 >= len(mentions) or text[mentions[i].end:mentions[i + 1].start] != ", ":
        return []
    nxt = mentions[i + 1]
    if _LIST_GOES_ON.match(text, nxt.end) or all(d.feature_code == "ADM1" for d in cands[i + 1]):
        return []
    towns = [t for t in cands[i] if t.feature_class == "P"]
    found = [d for d in cands[i + 1] if d.feature_code == "ADM1" and any(inside(t, d) for t in towns)]
    for t in towns if not found else ():
        if t.admin1 and _DIVISION_SUFFIX.sub("", name_key(t.admin1)) == nxt.key:
            d = gazetteer.admin1(t.country_code or "", t.admin1)
            if d is not None and d not in found:
                found.append(d)
    return found


def _bracketed(text: str, mentions: Sequence[Mention], containers: Mapping[int, Place]) -> set[int]:
    """The mentions whose container is the division closing their bracket."""
    return {i for i in containers if division_bracket(text, mentions[i].end) is not None}


# "an Iran-backed militia", "the Saudi Arabia-led coalition": the country behind an actor.
SPONSOR_AFTER = re.compile(r"[-–](?:backed|led|allied|sponsored|funded|aligned|supported|armed|trained|brokered)\b")


def _sponsors(text: str, mentions: Sequence[Mention]) -> set[int]:
    """Mentions naming who backs an actor: no vote for where the text is."""
    return {i for i, m in enumerate(mentions) if SPONSOR_AFTER.match(text, m.end)}


def _compass_divisions_abroad(mentions: Sequence[Mention], chosen: list[Toponym], focus: Focus,
                              demonyms: set[str]) -> list[Toponym]:
    """A division named only by compass words ("Southwest Region", "Far North Region") in a text that
    never names its country otherwise (no other place there, no demonym, not the focus) is some
    other body's part ("the Houston Police Department's Southwest Region"), not Cameroon's region."""
    named = {t.place.country_code for m, t in zip(mentions, chosen) if t.place is not None and not _compass_named(m)}
    out = []
    for m, t in zip(mentions, chosen):
        cc = t.place.country_code if t.place is not None else None
        if cc and _compass_named(m) and t.place.feature_code == "ADM1" and cc != focus.country \
                and cc not in named and cc not in demonyms:
            t = Toponym(t.start, t.end, t.text, None, f"a compass-named division of {t.place.country or cc}, a country "
                        "the text does not name", 0.0)
        out.append(t)
    return out


def _compass_named(m: Mention) -> bool:
    words = m.text.lower().replace("-", " ").split()
    return len(words) > 1 and all(w in COMPASS_WORDS for w in words[:-1]) \
        and words[-1] in ("region", "province", "state", "department", "zone")


def _said_inside(text: str, mentions: Sequence[Mention], cands: list[list[Place]],
                 containers: Mapping[int, Place]) -> list[list[Place]]:
    """A name the text puts "in" a first-level division ("San Luis, in Huila department", "Boni in the
    Mopti region", a note's "Pauktaw (Sittwe, Rakhine)") is one of that division's places; when the gazetteer knows none of that name there,
    a town it lacks, placed at the division's centre, not a namesake elsewhere (San Luis, Argentina)."""
    out = list(cands)
    bracketed = _bracketed(text, mentions, containers)
    for i, c in containers.items():
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        said = nxt is not None and _said_in(text, mentions[i], nxt) or i in bracketed
        if c.feature_code != "ADM1" or not said or any(_peer_or_bigger(p, c) for p in cands[i]):
            continue  # "Michigan, in Utah" is a list, not Michigan inside Utah
        out[i] = [p for p in cands[i] if inside(p, c)] or [_unlisted_town(mentions[i], c)]
    return out


def _peer_or_bigger(p: Place, division: Place) -> bool:
    """A country, or a first-level division of the same country: no reading of a name inside it."""
    return p.feature_code in ("PCLI", "TERR") or (p.feature_code == "ADM1" and p.country_code == division.country_code)


def _said_in(text: str, m: Mention, nxt: Mention) -> bool:
    """"X in (the) Y", "X, in Y": Y contains X, unless Y only qualifies a noun after it ("in Utah's
    Zion National Park")."""
    return _IN_DIVISION_GAP.match(text[m.end:nxt.start]) is not None and not text.startswith(("'s", "’s"), nxt.end)


# "Boni in the Mopti region", "Kani in Sagaing", "Rubaya in North Kivu": a name, "in", and a first-level
# division or a country (``_DIVISIONS``; a town after "in" is no container: "Paris in Texas" is rare
# beside "the Paris office in London").
_IN_DIVISION_GAP = re.compile(r"^,?\s+in\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _country_suffix_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """Words after a name that only one country's divisions take (``country_suffixes`` in cues.json)."""
    table = {w: cc for cc, words in sources.cues().get("country_suffixes", {}).items() for w in words}
    alt = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"[ \t]+({alt})(?![\w.])"), table


def _country_suffix(text: str, end: int) -> str | None:
    """The country whose division the name ending at ``end`` is, by the word after it ("Logo LGA")."""
    pattern, table = _country_suffix_pattern()
    m = pattern.match(text, end)
    return table[m.group(1)] if m else None


def _told_countries(demonyms: Sequence[str], hints: Mapping[str, str] | None) -> frozenset[str]:
    """Countries the words name without a place: demonyms ("Malian soldiers") and the caller's hint."""
    return frozenset([*demonyms, *([hints["country"]] if hints and hints.get("country") else [])])


def _border_told(text: str) -> frozenset[str]:
    """"near the Mauritanian border": that country and its neighbours (``geo.borders``)."""
    if "border" not in text and "frontier" not in text:
        return frozenset()  # speed: most texts name no border
    from sitrep.geo.borders import border_countries
    from sitrep.geo.detect import demonym_mentions

    return border_countries(text, demonym_mentions(text))


def _namesakes_at_home(mentions: Sequence[Mention], chosen: list[Toponym], cands: Sequence[list[Place]],
                       containers: Mapping[int, Place], told: frozenset[str]) -> list[Toponym]:
    """A name read abroad, in a country nothing else in the text names, turned into its namesake of
    the country the words name (a demonym, the caller's hint): "Malian soldiers ... near Nara" is
    Mali's town, not Japan's prefecture, however much bigger; "Afghan police in Jalalabad" is not
    India's town. Names the text places itself ("Nara, Japan") stay."""
    if not told:
        return chosen
    named = Counter(t.place.country_code for t in chosen if t.place is not None)
    out = list(chosen)
    for i, (m, t) in enumerate(zip(mentions, chosen)):
        p = t.place
        if p is None or i in containers or p.country_code in told or p.feature_code in ("PCLI", "CONT", "RGN") \
                or named[p.country_code] > sum(1 for u in chosen if u.place is p):
            continue
        home = [c for c in cands[i] if c.country_code in told and _own_spelling(m.key, c.name, c.country_code)]
        if home:
            best = max(home, key=lambda c: c.population)
            out[i] = replace(t, place=best, reason=f"the namesake in {best.country}, the country "
                             f"the text's words name, not {p.name}, {p.country}")
    return out


# A village abroad smaller than this, in a document about another country that never names the
# village's country, far from every other place named, is an unknown local place, not that village:
# "Boko Haram attacked Lilo" is no French commune.
STRAY_ABROAD_POPULATION = 20_000


def _strays_abroad(text: str, mentions: Sequence[Mention], chosen: list[Toponym], focus: Focus, anchors,
                   voted: set[str], containers: Mapping[int, Place]) -> list[Toponym]:
    """Small places abroad the document gives no reason for, left unplaced (span kept, no coordinates);
    so is a place abroad of any size that the text calls a village ("Gero village", "the village of
    Tuba"): a town of 35,000 or a city is no village, the name is an unknown local place."""
    if focus.country is None:
        return chosen
    named = Counter(t.place.country_code for t in chosen if t.place is not None)
    out = list(chosen)
    for i, t in enumerate(chosen):
        p = t.place
        if p is None or i in containers or p.feature_class != "P" or p.country_code == focus.country \
                or p.country_code in voted:
            continue
        village = _called_village(text, t.start, t.end)
        division = mentions[i].suffix is not None  # "Northern Samar province" is no Ukrainian town
        if p.population >= STRAY_ABROAD_POPULATION and not village and not division:
            continue
        if named[p.country_code] > sum(1 for u in chosen if u.place is p) or _nearest_anchor(i, p, anchors):
            continue  # its country is named by another place, or another place named lies near it
        size = "a place abroad the text calls a village" if village else \
            "a town abroad the text calls a division" if division else "a small place abroad"
        why = f"{size} ({p.name}, {p.country}) in a text about {focus.country} that never names its country"
        out[i] = Toponym(t.start, t.end, t.text, None, why, 0.0)
    return out


# "Gero village", "Zang communities", "the village of Tuba", "villages of Lwa, Dum and Rachi": the
# text calls the place a village or a rural community.
_VILLAGE_WORDS = r"(?:villages?|communit(?:y|ies)|settlements?|hamlets?|townships?)"
_VILLAGE_AFTER = re.compile(rf"\s+{_VILLAGE_WORDS}\b")
_VILLAGE_BEFORE = re.compile(rf"\b{_VILLAGE_WORDS}\s+(?:of\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?){{0,12}}$")


def _called_village(text: str, start: int, end: int) -> bool:
    return _VILLAGE_AFTER.match(text, end) is not None or \
        _VILLAGE_BEFORE.search(text, max(0, start - 160), start) is not None


def _unknown_divisions(text: str, mentions: Sequence[Mention], chosen: list[Toponym],
                       containers: Mapping[int, Place]) -> list[Toponym]:
    """A division only one country has ("Logo LGA"), or a town the text puts in a country ("Lilo
    village in Iraq"), that the gazetteer lacks there stays unplaced, rather than taking a namesake
    abroad."""
    out = list(chosen)
    for i, m in enumerate(mentions):
        c, t = containers.get(i), chosen[i]
        stated = _country_suffix(text, m.end) or (c is not None and c.feature_code == "PCLI"
                                                   and _CONTAINED_AHEAD.match(text, m.end) is not None)
        if c is not None and t.place is not None and stated and not inside(t.place, c):
            why = f"no place of this name known in {c.name}, where the text puts it"
            out[i] = Toponym(m.start, m.end, m.text, None, why, 0.0)
    return out


@dataclass(frozen=True, slots=True)
class _Anchor:
    """A confident pick that pulls other candidates towards it, once per distinct place."""

    place: Place
    lat: float  # radians
    cos_lat: float
    mentions: tuple[int, ...]  # indices of the mentions that picked it, ascending


def _anchors(picks, margin_min: float = 1.0) -> list[_Anchor]:
    """First-pass picks confident enough to pull others towards them (towns, not countries).

    A place picked by several mentions is one anchor (a long article names its town many times:
    the distance is computed once per place, not once per mention)."""
    by_place: dict[Place, list[int]] = {}
    for i, (p, margin) in enumerate(picks):
        if p is not None and p.latitude is not None and margin >= margin_min \
                and p.feature_code not in ("PCLI", "ADM1", "RGN", "CONT"):
            by_place.setdefault(p, []).append(i)
    return [_Anchor(p, math.radians(p.latitude), math.cos(math.radians(p.latitude)), tuple(js))
            for p, js in by_place.items()]


def _score(i: int, c: Place, m: Mention, focus: Focus, container: Place | None, anchors,
           divisions=frozenset(), coloc: Colocation | None = None, coherent: float = 0.0,
           singled: float = 0.0, score_of=_prior_score) -> tuple[float, list[str]]:
    """``score_of``: ``prior(...)[0]``, or a ``_Priors`` memo of it (speed: the first pass has scored
    every candidate already)."""
    score, why = score_of(c, m.suffix, m.key), _prior_reasons(c, m.suffix)
    if isinstance(score_of, _Priors) and score_of.bonus(c) > 0:
        why.append(f"in a country of the conflict the text reports ({c.country_code})")
    if singled > 0:
        score += BONUS_SINGLED * min(singled, SINGLED_CAP)
        why.append(f"next to a place another name of the text can only mean ({singled:.1f})")
    if coherent > 0:
        score += BONUS_COHERENT * min(coherent, COHERENCE_CAP)
        why.append(f"close to other places of the text ({coherent:.1f})")
    if coloc is not None and c.feature_code != "PCLI":
        support = min(coloc.support(m.key, c), COLOCATION_CAP)
        if support > 0:
            score += BONUS_COLOCATED * support
            why.append(f"{c.admin1 or c.country_code} holds other names of the text ({support:.1f})")
    if c.feature_code != "ADM1" and (c.country_code, c.admin1) in divisions:
        score += BONUS_NAMED_DIVISION
        why.append(f"in {c.admin1}, also named")
    if c.feature_code != "ADM1" and (c.country_code, c.admin1, BROADCAST) in divisions:
        score += BONUS_BROADCAST
        why.append(f"in {c.admin1}, on the side of the Mississippi the text's call letters give")
    if focus.country and c.country_code == focus.country:
        score += BONUS_FOCUS_COUNTRY
        why.append(f"in the document's country ({c.country})")
        if BONUS_FOCUS_ADMIN1 and focus.admin1 and c.admin1 == focus.admin1:
            score += BONUS_FOCUS_ADMIN1
            why.append(f"in the document's main division ({c.admin1})")
    if container is not None:
        if inside(c, container):
            score += BONUS_CONTAINED
            why.append(f"inside {container.name}, as the text says")
        else:
            score -= PENALTY_NOT_CONTAINED
    near = _nearest_anchor(i, c, anchors)
    if near is not None:
        d, a = near
        if d <= NEAR_KM:
            score += BONUS_NEAR
            why.append(f"{d:.0f} km from {a.name}, also named")
        elif d <= REGION_KM:
            score += BONUS_REGION
    return score, why


def _nearest_anchor(i: int, c: Place, anchors: Sequence[_Anchor]) -> tuple[float, Place] | None:
    """The closest anchor within ``REGION_KM`` picked by a mention other than ``i`` and not named like
    ``c``; between equally close ones, the one picked first in the text."""
    if c.latitude is None:
        return None
    best, first = None, -1
    limit = REGION_KM
    lat = math.radians(c.latitude)
    cos_lat = math.cos(lat)
    for a in anchors:
        p = a.place
        if p.name == c.name or abs(c.latitude - p.latitude) * _KM_PER_DEGREE > limit:
            continue  # a degree of latitude is 111 km everywhere: most candidates stop here
        j = a.mentions[0] if a.mentions[0] != i else a.mentions[1] if len(a.mentions) > 1 else None
        if j is None:
            continue
        d = _haversine_km(lat, cos_lat, c.longitude, a.lat, a.cos_lat, p.longitude)
        if d <= limit and (best is None or d < best[0] or (d == best[0] and j < first)):
            best, first, limit = (d, p), j, d
    return best


def _haversine_km(lat1: float, cos1: float, lon1: float, lat2: float, cos2: float, lon2: float) -> float:
    """``build.haversine_km`` with the latitudes already in radians and their cosines known: the
    same operations in the same order, so the same distance to the last bit (speed)."""
    dl = math.radians(lon2 - lon1)
    a = math.sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


_KM_PER_DEGREE = 111.19



def resolve(text: str, mentions: Sequence[Mention], gazetteer, demonyms: Sequence[str] = (),
            dateline: str | None = None, hints: Mapping[str, str] | None = None,
            favoured: Mapping[str, float] | None = None) -> tuple[list[Toponym], Focus]:
    """A ``Toponym`` per mention (``place=None`` when no candidate fits) and the document focus.
    ``favoured``: country code -> a bonus for its towns and divisions (a conflict report's countries)."""
    streets = [Toponym(m.start, m.end, m.text, None, STREET_REASON, 0.0) for m in mentions if STREET_CUE in m.cues]
    if streets:  # "at Broadway and Pike" after "E Pike St.": a street, no town, and no vote
        mentions = [m for m in mentions if STREET_CUE not in m.cues]
    toponyms, focus = _resolve(text, mentions, gazetteer, demonyms, dateline, hints, favoured)
    return toponyms + streets, focus


STREET_REASON = "a street the text names in full or at a crossing (no gazetteer entry)"


def _resolve(text: str, mentions: Sequence[Mention], gazetteer, demonyms: Sequence[str] = (),
             dateline: str | None = None, hints: Mapping[str, str] | None = None,
             favoured: Mapping[str, float] | None = None) -> tuple[list[Toponym], Focus]:
    mentions, cands = _zip_towns_gated(text, mentions, [gazetteer.candidates(m.key) for m in mentions])
    cands = [_division_asked(m, _town_division(m, _spelled_out(m, cs), gazetteer)) for m, cs in zip(mentions, cands)]
    kept = [i for i, (m, cs) in enumerate(zip(mentions, cands))
            if not _alternate_only(m, cs) or _placed_by_next(text, mentions, cands, i)]
    if len(kept) < len(mentions):  # words that are only small towns' old names vote for nothing
        mentions, cands = [mentions[i] for i in kept], [cands[i] for i in kept]
    cands = _towns_own_divisions(text, mentions, cands, gazetteer)
    score_of = _Priors(favoured)
    picks = _first_pass(mentions, cands, score_of)
    containers = _containers(text, mentions, picks, gazetteer)
    cands = _said_inside(text, mentions, cands, containers)
    cands = _towns_not_countries(text, mentions, cands)
    cands = [cs if i in containers else _unshadowed(_cities_not_regions(cs, mentions[i].suffix), mentions[i])
             for i, cs in enumerate(cands)]
    quals = _qualifiers(mentions, containers)
    silent = quals | _sponsors(text, mentions)
    voting = [[] if i in silent else _known(cs) for i, cs in enumerate(cands)]  # "Sulpher, La.": La. tells of Sulpher only
    mute = _mute(text, mentions, cands)
    coloc = colocation(mentions, voting)
    scorer = lambda i, c: score_of(c, mentions[i].suffix, mentions[i].key)  # noqa: E731
    coh = coherence([m.key for m in mentions], voting, scorer, dict.fromkeys(mute, 0.0))
    pairs = singled_out([m.key for m in mentions], voting, scorer, mute)
    focus = doc_focus(_vote_shares(mentions, voting, _with_neighbours(mentions, voting, score_of, coh, pairs)),
                      demonyms, dateline, hints)
    first = (_unmuted(_unqualified(picks, quals), mentions, mute), focus)
    site = _site_division(hints) | _broadcast_region(text)
    chosen = _second_pass(mentions, cands, *first, containers, coloc, coh, pairs, score_of, site)
    # once more, with the focus and neighbours of the second pass (settles "Georgia" by its towns)
    picks2 = [(t.place, 2.0 * t.confidence) for t in chosen]
    kept = [i for i in range(len(chosen)) if i not in quals]
    distinct = _distinct([mentions[i] for i in kept], [chosen[i] for i in kept])
    focus = doc_focus([[(t.place, 1.0)] if t.place else [] for t in distinct], demonyms, dateline, hints)
    again = (_unmuted(_unqualified(picks2, quals), mentions, mute), focus)
    if not _same_pass(first, again):  # else the pass would choose as it did (speed)
        chosen = _second_pass(mentions, cands, *again, containers, coloc, coh, pairs, score_of, site)
    chosen = _one_sense(mentions, chosen, containers)
    chosen = _qualifiers_as_read(mentions, chosen, containers, picks)
    chosen = _unknown_divisions(text, mentions, chosen, containers)
    chosen = _cities_not_divisions(text, mentions, chosen, cands, focus, demonyms)
    chosen = _divisions_named_elsewhere(text, mentions, chosen)
    anchors = _anchors(picks2)
    placed = {mentions[i].key for i in containers}  # "Springfield, Ohio": every "Springfield" is a place
    kept = {i for i, (m, t) in enumerate(zip(mentions, chosen))
            if m.key in placed or _plausible(m, t, focus, anchors) or _notable(cands[i])}
    border = _border_told(text)
    chosen = _namesakes_at_home(mentions, chosen, cands, containers, _told_countries(demonyms, hints) | border)
    # a group's theatres are no strays ("ISWAP fighters overran Bosso": Niger's, not Nigeria's, town)
    theatres = {cc for cc, bonus in (favoured or {}).items() if bonus >= BONUS_GROUP_COUNTRY}
    chosen = _strays_abroad(text, mentions, chosen, focus, anchors, set(demonyms) | theatres | border, containers)
    chosen = _compass_divisions_abroad(mentions, chosen, focus, set(demonyms))
    chosen = _county_shorthand(mentions, chosen, cands)
    chosen = _neighbourhoods_far(text, mentions, chosen)
    chosen = [_as_written(m, t) for m, t in zip(mentions, chosen)]
    return _place_counties([t for i, t in enumerate(chosen) if i in kept], gazetteer), focus


# A city this populous keeps its gazetteer name whatever the text calls it ("Bombay" is shown as
# Mumbai): its name is the one every reader knows. Smaller towns are shown as written (below).
WELL_KNOWN_POPULATION = 1_000_000


# Countries whose towns GeoNames names in English already: another name the text uses is an old
# name or a nickname ("Soul" for Seoulton), not a better spelling.
ENGLISH_NAMED = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})


def _as_written(m: Mention, t: Toponym) -> Toponym:
    """A town found under another of its names is shown as the text spells it: GeoNames' own name of
    a small town is often a transliteration no English report uses ("Hyosha" for Oicha, "I'zaz" for
    Azaz, "Debre Mark'os"), and ACLED writes the common spelling too. Curated names ("Kyiv" for
    "Kiev"), big cities, towns of English-speaking countries, capitalised datelines and abbreviations
    keep the gazetteer's name."""
    p = t.place
    if p is None or p.feature_class != "P" or p.feature_code == UNLISTED_TOWN_CODE \
            or p.population >= WELL_KNOWN_POPULATION or p.name == m.text or p.country_code in ENGLISH_NAMED:
        return t
    shown = m.text
    if shown.isupper() or "." in shown or not shown[:1].isupper() or name_key(p.name) in _curated_names():
        return t
    marked = any(c in _TRANSLIT_MARKS for c in p.name) and not any(c in _TRANSLIT_MARKS for c in shown)
    if not marked and (m.key in _own_keys(p.name) or _variant(m.key, name_key(p.name))):
        return t
    return replace(t, place=replace(p, name=shown), reason=f"{t.reason}; shown as written ({p.name} in the gazetteer)")


# Letters GeoNames' transliterations carry and English news drops ("Debre Mark'os", "I'zaz").
_TRANSLIT_MARKS = frozenset("‘’ʼʻ`")
# Two spellings this alike are variants of one name ("Khan Yunis" / "Khan Younis", "Izmayil" /
# "Izmail"): the gazetteer's stays, so that every report of the town shows one name. "Hyosha" /
# "Oicha" (0.36), "I'zaz" / "Azaz" (0.75), "Comalapa" / "Frontera Comalapa" (0.64) are not.
VARIANT_RATIO = 0.8


def _variant(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= VARIANT_RATIO


@lru_cache(maxsize=1)
def _curated_names() -> frozenset[str]:
    """Keys of the names curated rows give their places (the spelling news uses)."""
    return frozenset(name_key(r.name) for r in curated_rows())


_NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?:neighborhood|neighbourhood)s?\b")
# "the Penrose neighborhood", "Chicago's Chatham neighborhood" (but "an Atlanta neighborhood" is Atlanta's)
_NEIGHBOURHOOD_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$")


def _neighbourhoods_far(text: str, mentions: Sequence[Mention], chosen: list[Toponym]) -> list[Toponym]:
    """"the Penrose neighborhood", "in the city's Washington Park neighborhood": a part of a city the text
    names, not a town of that name (under ``PLAUSIBLE_POPULATION``) far from every other town of the text
    (Penrose, Colorado in a St. Louis story). Such a reading is left unplaced; one near a town of the text
    stays, and "an Atlanta neighborhood" is Atlanta's."""
    marked = {m.key: t.place for m, t in zip(mentions, chosen) if _NEIGHBOURHOOD_AFTER.match(text, m.end)
              and _NEIGHBOURHOOD_BEFORE.search(text, max(0, m.start - 20), m.start)
              and t.place is not None and t.place.population < PLAUSIBLE_POPULATION}
    far = {k for k, p in marked.items() if _far_from_the_rest(k, p, mentions, chosen)}
    if not far:
        return chosen
    return [Toponym(t.start, t.end, t.text, None, f"a neighbourhood of a town the text names, not {t.place.name}, "
                    f"{t.place.admin1 or t.place.country_code}, far from them", 0.0)
            if m.key in far and t.place == marked[m.key] else t for m, t in zip(mentions, chosen)]


def _far_from_the_rest(key: str, p: Place, mentions: Sequence[Mention], chosen: list[Toponym]) -> bool:
    """Whether town ``p`` lies more than ``NEAR_KM`` from every city (``PLAUSIBLE_POPULATION``) the text's
    other names are read as, and the text names such a city: the city the neighbourhood is part of."""
    others = [t.place for m, t in zip(mentions, chosen) if t.place is not None and m.key != key
              and t.place.feature_class == "P" and t.place.latitude is not None
              and t.place.population >= PLAUSIBLE_POPULATION]
    if p.feature_class != "P" or p.latitude is None or not others:
        return False
    return all(haversine_km(p.latitude, p.longitude, o.latitude, o.longitude) > NEAR_KM for o in others)


def _spelled_out(m: Mention, cs: list[Place]) -> list[Place]:
    """Without the countries and divisions the name abbreviates, unless written in capitals: "Car" in
    "Sitting In Car" is no "CAR" (Central African Republic), "Uae" no "UAE"."""
    if m.text.isupper() or " " in m.key or not any(c.feature_code in _NOT_TOWNS for c in cs):
        return cs
    return [c for c in cs if not (c.feature_code in _NOT_TOWNS and _initials(c.name) == m.key)]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.lower().replace("-", " ").split() if w not in _INITIAL_SKIPS)


_INITIAL_SKIPS = frozenset({"of", "the", "and"})


def _county_shorthand(mentions: Sequence[Mention], chosen: list[Toponym], cands) -> list[Toponym]:
    """A bare name the text also writes as a county ("Pasco deputies" after "Pasco County", "Montgomery"
    after "Montgomery County, Md.") is short for the county or its town: a reading in another state is
    replaced by the town of the county's state, or else by the county itself."""
    counties: dict[str, Toponym] = {}
    for m, t in zip(mentions, chosen):
        p = t.place
        if p is not None and p.feature_code == "ADM2" and p.country_code == "US" and m.key.endswith(" county"):
            counties.setdefault(m.key[: -len(" county")], t)
    if not counties:
        return chosen
    out = list(chosen)
    for i, (m, t) in enumerate(zip(mentions, chosen)):
        county = counties.get(m.key)
        if county is None or t.place is None or t.place.admin1 == county.place.admin1:
            continue
        towns = [c for c in cands[i] if c.feature_class == "P" and c.country_code == "US"
                 and c.admin1 == county.place.admin1]
        place = max(towns, key=lambda c: c.population) if towns else county.place
        why = f"short for '{county.text}' named in the text ({county.place.admin1})"
        out[i] = Toponym(m.start, m.end, m.text, place, why, county.confidence)
    return out


# Cues that let a town known only from ZIP codes (``build.ZIP_TOWN_CODE``) be a candidate: such names
# are often surnames or words ("Freeman", "United", "Deputy"), and cities500 lacks them because they
# are small. "Comma-before" is left out: lists of people and firms have commas too. Measured on LGL
# even articles: without the gate the table added 51 false mentions for 18 right ones.
ZIP_TOWN_CUES = frozenset({"prep", "noun-of", "direction-of", "noun-after", "resident-after", "state-after"})


# "HUME – Principal ...": an all-capital name before a dash is a dateline, even glued to a title.
_DASH_AFTER = re.compile(r"\s*(?:—|–|\x97|--| - )")


def _zip_towns_gated(text: str, mentions: Sequence[Mention],
                     cands: list[list[Place]]) -> tuple[Sequence[Mention], list[list[Place]]]:
    """Mentions and their candidates without ZIP-code towns for names that no mention cues as a place
    ("in Lore City", "a Meadow Grove man", "Hume, Ill.", "HUME -" as the dateline); a mention left
    with no candidate is no mention."""
    from sitrep.geo.build import ZIP_TOWN_CODE
    from sitrep.geo.stage import dateline_span

    if not any(c.feature_code == ZIP_TOWN_CODE for cs in cands for c in cs):
        return mentions, cands
    dateline = dateline_span(text) or (0, 0)
    cued = {m.key for m in mentions if dateline[0] <= m.start < dateline[1]
            or (m.text.isupper() and _DASH_AFTER.match(text, m.end))
            or ((m.cues & ZIP_TOWN_CUES or m.suffix or residence(text, m)) and not _named_on(text, m)
                and not _region_like(text, m))} | _listed_with_towns(text, mentions, cands)
    kept = [(m, cs if m.key in cued and not _notable(cs) else [c for c in cs if c.feature_code != ZIP_TOWN_CODE])
            for m, cs in zip(mentions, cands)]
    kept = [(m, sorted(cs, key=lambda c: c.feature_code == ZIP_TOWN_CODE)) for m, cs in kept if cs]
    return [m for m, _ in kept], [cs for _, cs in kept]


_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or "})


def _listed_with_towns(text: str, mentions: Sequence[Mention], cands: list[list[Place]]) -> set[str]:
    """Names listed next to a known town ("Harwinton, Bantam, Litchfield", "Pleasant City and Lore City
    departments"): a list of places goes on being a list of places."""
    from sitrep.geo.build import ZIP_TOWN_CODE

    known = [any(c.feature_class == "P" and c.feature_code != ZIP_TOWN_CODE for c in cs) for cs in cands]
    out = set()
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if text[a.end:b.start] in _LIST_GAPS and (known[i] or known[i + 1]) and not _named_on(text, b):
            out.update((a.key, b.key))
    return out


_NEXT_WORD = re.compile(r" ([A-Z][\w'’]*)")


# "Doe, 42, of Lebanon", "400 S. Locust St., Lebanon": an age or a street address before the name.
_AGE_OR_ADDRESS_BEFORE = re.compile(r"(?:, \d{1,3}, of |\b\d+ [A-Z][\w.' ]{0,40}?\b(?:St|Ave|Rd|Dr|Blvd|Street|Avenue|Road"
                                    r"|Drive|Lane|Ln)\.?, )$")


def _towns_not_countries(text: str, mentions: Sequence[Mention], cands: list[list[Place]]) -> list[list[Place]]:
    """A country's name said of people or homes ("a Lebanon woman", "the Jordan boys", "Doe, 42, of
    Palestine", "400 Locust St., Lebanon") is a town: English says "Lebanese" of a country's people.
    Every mention of such a name loses its country candidates when a town candidate is left."""
    both = {i for i, cs in enumerate(cands)  # only names of a country and of towns can change (speed)
            if any(c.feature_code == "PCLI" for c in cs) and any(c.feature_class == "P" for c in cs)}
    townish = {mentions[i].key for i in both if "resident-after" in mentions[i].cues
               or _AGE_OR_ADDRESS_BEFORE.search(text, max(0, mentions[i].start - 60), mentions[i].start)}
    if not townish:
        return cands
    return [[c for c in cs if c.feature_code != "PCLI"] if i in both and m.key in townish else cs
            for i, (m, cs) in enumerate(zip(mentions, cands))]


def _region_like(text: str, m: Mention) -> bool:
    """"in the Midwest", "across the Atlantic", "on the Delta": "the" before a name makes it a region or a
    water body, not a small town, unless a noun or a resident follows ("the Meadow Grove man")."""
    return text[max(0, m.start - 4):m.start].lower() == "the " and not m.cues & {"resident-after", "noun-after"}


def _named_on(text: str, m: Mention) -> bool:
    """Whether a capitalised word other than a place noun, or a possessive, follows: the name is the
    start of a longer one ("at Handley Middle School", "near Olive Garden", "from United Airlines")."""
    if text.startswith(("'s", "’s"), m.end):
        return True  # "at Dow's plant", "Fleming's Steakhouse": a firm's or a person's
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and nxt.group(1).lower() not in _place_nouns()


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return frozenset(sources.cues()["place_nouns"])


def _known(cs: list[Place]) -> list[Place]:
    """The candidates before the ZIP-code towns (``_zip_towns_gated`` puts those last): a ZIP town may
    be chosen, but does not vote for the document's country, region or neighbours. Measured on LGL:
    as voters they pulled well-placed names elsewhere ("Youngstown", "Denver")."""
    n = len(cs)
    while n and cs[n - 1].feature_code == "PPLL":
        n -= 1
    return cs if n == len(cs) else cs[:n]


def _one_sense(mentions: Sequence[Mention], chosen: list[Toponym], containers: Mapping[int, Place]) -> list[Toponym]:
    """A name the text places once ("Louisville, Ky.") means that place wherever else it stands alone."""
    placed = {}
    for i in sorted(containers):
        t = chosen[i]
        if t.place is not None and inside(t.place, containers[i]):
            placed.setdefault(mentions[i].key, t)
    out = []
    for i, (m, t) in enumerate(zip(mentions, chosen)):
        first = placed.get(m.key)
        if first is None or i in containers or t.place == first.place:
            out.append(t)
        else:
            out.append(replace(t, place=first.place, reason=f"{first.reason}; as where the text places it"))
    return out


def _qualifiers(mentions: Sequence[Mention], containers: Mapping[int, Place]) -> set[int]:
    """Mentions that only say where the mention before them lies ("Sulpher, La.", "Mexico, N.Y."): US
    style names the state of out-of-town places only, so such a state is no vote for the document's."""
    return {i + 1 for i in containers if i + 1 < len(mentions) and mentions[i + 1].start == mentions[i].end + 2}


def _mute(text: str, mentions: Sequence[Mention], cands: Sequence[list[Place]]) -> frozenset[str]:
    """Names that vouch for no other name's reading (coherence, pair evidence): one-word names the
    text never cues as places ("in", "X police", "X, Ohio", "from X") whose every candidate is a
    small town (under ``PLAUSIBLE_POPULATION``) or that are given names (not those of a country or
    first-level division: "Georgia" the state still vouches for Atlanta): mostly people and words
    ("Robertson," singling out Cleveland, Queensland; "Elizabeth" pulling Houston to Pennsylvania).
    Measured on LGL (all articles): end to end 0.811 -> 0.815; muting them in co-location as well
    lost part of that (0.813), so co-location still hears them."""
    cued, bare = set(), {}
    for m, cs in zip(mentions, cands):
        if " " in m.text or strong_cue(m) or residence(text, m) or _resident_after(text, m):
            cued.add(m.key)
        else:
            bare[m.key] = cs
    return frozenset(k for k, cs in bare.items() if k not in cued and (
        k in _given_names() and not _division_name(cs)
        or all(c.feature_class == "P" and c.population < PLAUSIBLE_POPULATION for c in cs)))


def _division_name(cs: Sequence[Place]) -> bool:
    """A country's or first-level division's name ("Georgia", "Victoria"): a place word first, even
    where it is also a given name."""
    return any(c.feature_code in _SHADOWING for c in cs)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return sources.first_names() | frozenset(sources.cues()["place_given_names"])


def _resident_after(text: str, m: Mention) -> bool:
    """"LaGrange man charged", "Roswell police": a resident or agency noun after the name, even where
    detection dropped the cue at a sentence start."""
    nxt = words_after(text, m.end, 1)
    return bool(nxt) and text[m.end:m.end + 1] == " " and nxt[0] in _after_place()


@lru_cache(maxsize=1)
def _after_place() -> frozenset[str]:
    return frozenset(sources.cues()["after_place"])


def _qualifiers_as_read(mentions: Sequence[Mention], chosen: list[Toponym], containers: Mapping[int, Place],
                        picks) -> list[Toponym]:
    """A state or country written after a town ("Quincy, Washington") is the division the town was
    placed in, not a namesake the second pass prefers alone (the capital, Washington, D.C.)."""
    out = list(chosen)
    for i, c in containers.items():
        j = i + 1
        if j < len(mentions) and mentions[j].start == mentions[i].end + 2 and picks[j][0] is c \
                and chosen[i].place is not None and inside(chosen[i].place, c) and chosen[j].place != c:
            why = f"the division '{mentions[i].text}' is placed in, as the text says"
            out[j] = Toponym(mentions[j].start, mentions[j].end, mentions[j].text, c, why, chosen[i].confidence)
    return out


def _unqualified(picks, quals: set[int]):
    return [(None, 0.0) if i in quals else p for i, p in enumerate(picks)]


def _unmuted(picks, mentions: Sequence[Mention], mute: frozenset[str]):
    """The picks without those of muted names (``_mute``): a surname or a word ("Perkins" in a byline,
    "JUSTICE" in a caption) that vouches for no reading by coherence or pair evidence anchors none
    either, or its village pulls a city's name to a namesake nearby ("Cheyenne" to Oklahoma)."""
    if not mute:
        return picks
    return [(None, 0.0) if m.key in mute else p for m, p in zip(mentions, picks)]


# A name shared by a country or first-level division and by towns smaller than this means the division
# ("Russia" is not Russia, Ohio; "Missouri" is not a village) unless the text places it ("Mexico, N.Y.").
SHADOW_POPULATION = 10_000


def _unshadowed(cs: list[Place], m: Mention) -> list[Place]:
    if _FEATURE_WORDS & set(m.key.split(" ")) and any(c.feature_class in ("H", "T") for c in cs):
        return [c for c in cs if c.feature_class in ("H", "T")]  # "Red Sea" is the sea, not the Sudanese state
    if not any(c.feature_code in _SHADOWING for c in cs):
        return _capital_names_kept(cs, m)
    big = [c for c in cs if c.feature_class != "P" or c.population >= SHADOW_POPULATION]
    return _capital_first(_capital_names_kept(big, m), m)


_SHADOWING = frozenset({"PCLI", "ADM1", "RGN", "CONT"})


# A first-level division of fewer people than this is no reading of a name that a city of at least
# PLAUSIBLE_POPULATION people bears in another country: "St. Louis" is not Senegal's Saint-Louis
# region (480,000 people, spread over a region, where the score compares them with a city's). The
# division's own towns of that name stay ("Saint-Louis" in a Senegal report is its city).
SALIENT_DIVISION_POPULATION = 1_000_000


def _cities_not_regions(cs: list[Place], suffix: tuple[str, ...] | None = None) -> list[Place]:
    """Without small divisions a bigger foreign city bears the name of, unless the words after the
    name say it is a division ("Yala province" is Thailand's, though Patan in Nepal is also "Yala")."""
    small = [c for c in cs if c.feature_code == "ADM1" and c.population < SALIENT_DIVISION_POPULATION]
    if not small or (suffix and "ADM1" in suffix):
        return cs
    drop = {id(d) for d in small if any(c.feature_class == "P" and c.population >= PLAUSIBLE_POPULATION
                                         and c.country_code != d.country_code for c in cs)}
    return [c for c in cs if id(c) not in drop] if drop else cs


# A division named after its capital, written bare ("in Kano", "Lagos"), is the city: ACLED codes
# the bare name as the town at precision 1 (on the Nigeria notes: Lagos 28 of 28, Kano 16, Kaduna 5,
# Ibadan 24). The town must be this big and lie in the division; "Kano State", "the state of Kano"
# stay the division.
DIVISION_CAPITAL_POPULATION = 100_000
_DIVISION_OF_BEFORE = re.compile(
    r"\b(?:state|province|region|governorate|oblast|department|prefecture|district)\s+of\s+(?:the\s+)?$", re.I)


# "Khost city", "Mahas town": the words after the name say it is the town, whatever its size.
_TOWN_WORD_AFTER = re.compile(r"\s+(?:city|town)\b")
# "30 miles north of Gao", "20 km from Hodeidah", "the city of Hodeidah": a point a distance is measured
# from, or a name the words before call a town, is the town, not the division of its name.
_TOWN_POINT_BEFORE = re.compile(
    r"(?:\b(?:km|kilomet(?:er|re)s?|miles?)\)?\s+(?:\w+\s+)?(?:from|of)|\b(?:city|town)\s+of)\s+(?:the\s+)?$", re.I)
# How far before a mention ``_TOWN_POINT_BEFORE`` looks: "kilometres northwest of the " fits.
TOWN_POINT_REACH = 40


def _cities_not_divisions(text: str, mentions: Sequence[Mention], chosen: list[Toponym], cands,
                          focus: Focus, demonyms: Sequence[str]) -> list[Toponym]:
    """``_city_not_its_division`` for every mention the words cue as a place ("in Kano") or whose
    country something else in the text names (another place, a demonym): "Mendoza knew the
    shooter", a US story's only "place", is no reading of either."""
    named: dict[str, set[str]] = defaultdict(set)
    for m, t in zip(mentions, chosen):
        if t.place is not None and t.place.country_code:
            named[t.place.country_code].add(m.key)
    out = []
    for m, t, cs in zip(mentions, chosen, cands):
        cc = t.place.country_code if t.place is not None else None
        backed = strong_cue(m) or bool(named.get(cc, set()) - {m.key}) or cc in demonyms
        out.append(_city_not_its_division(text, t, cs, m, focus) if backed else t)
    return out


def _city_not_its_division(text: str, t: Toponym, cs: list[Place], m: Mention, focus: Focus) -> Toponym:
    """The division chosen for a bare name (or one followed by "city" / "town"), turned into its
    capital of that name (the choice of country is left as it was), in a text about that division's country (in a US story "Mendoza"
    read as Argentina's province is a surname misread, and its city would only be a worse one)."""
    d = t.place
    if d is None or d.feature_code != "ADM1" or m.suffix is not None \
            or (focus.country is not None and focus.country != d.country_code) \
            or _DIVISION_OF_BEFORE.search(text, max(0, m.start - 30), m.start):
        return t
    if _named_as_division(text, m):
        return t  # "Arauca department", "Diffa Region": named as the division
    said_town = _TOWN_WORD_AFTER.match(text, m.end) is not None \
        or _TOWN_POINT_BEFORE.search(text, max(0, m.start - TOWN_POINT_REACH), m.start) is not None
    least = 0 if said_town or _capital_named_alike(d) else DIVISION_CAPITAL_POPULATION  # "Khost city", "in Diffa"
    seat = _seat_of(d) if said_town or _capital_named_alike(d) else frozenset()
    # "Idleb city": the words after say it is the town, whichever of its spellings the text uses
    city = next((c for c in cs if c.feature_class == "P" and c.population >= least
                 and c.country_code == d.country_code and c.admin1 == d.admin1
                 and (said_town or _own_spelling(m.key, c.name, c.country_code) or name_key(c.name) in seat)), None)
    return t if city is None else replace(t, place=city, reason=f"{t.reason}; the city, not its division")


@lru_cache(maxsize=1)
def _seats() -> dict[tuple[str, str], frozenset[str]]:
    """(country, name key of a division or of one of its other names) -> name keys of its seat
    (``admin1_seats.tsv``)."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in sources.seats():
        for n in (r.name, *r.names):
            out[(r.cc, name_key(n))].add(name_key(r.seat))
    return {k: frozenset(v) for k, v in out.items()}


def _seat_of(d: Place) -> frozenset[str]:
    """Name keys of the seat of division ``d``: "Quneitra" governorate's is Al Qunaytirah, a town the
    gazetteer knows by a spelling other than the division's (used only for divisions whose capital
    bears their name, ``division_capitals.tsv``)."""
    table = _seats()
    return table.get((d.country_code or "", name_key(d.admin1 or "")), frozenset()) \
        | table.get((d.country_code or "", name_key(d.name)), frozenset())


def _divisions_named_elsewhere(text: str, mentions: Sequence[Mention], chosen: list[Toponym]) -> list[Toponym]:
    """A bare name read as a small town is the division of that name when the text elsewhere calls
    it the division ("Bomb wounds rangers in Narathiwat" over "... of Narathiwat province"); a name
    the words make a town ("the town of X", "30 km north of X", "X city") stays the town, and so
    does a capital of ``DIVISION_CAPITAL_POPULATION`` or more ("in Kano" beside "Kano State")."""
    divisions = {m.key: t.place for m, t in zip(mentions, chosen) if _called_division(text, m, t)}
    if not divisions:
        return chosen
    return [_as_division(text, m, t, divisions[m.key]) if m.key in divisions else t
            for m, t in zip(mentions, chosen)]


def _called_division(text: str, m: Mention, t: Toponym) -> bool:
    """The mention is read as a first-level division and the words name it so ("Narathiwat province",
    "the province of Narathiwat")."""
    return t.place is not None and t.place.feature_code == "ADM1" and (
        m.suffix is not None or _named_as_division(text, m)
        or _DIVISION_OF_BEFORE.search(text, max(0, m.start - 30), m.start) is not None)


def _as_division(text: str, m: Mention, t: Toponym, d: Place) -> Toponym:
    p = t.place
    if p is None or p.feature_class != "P" or p.country_code != d.country_code or p.admin1 != d.admin1 \
            or p.population >= DIVISION_CAPITAL_POPULATION or "direction-of" in m.cues \
            or _TOWN_WORD_AFTER.match(text, m.end) is not None \
            or _TOWN_POINT_BEFORE.search(text, max(0, m.start - TOWN_POINT_REACH), m.start) is not None:
        return t
    return replace(t, place=d, reason=f"{t.reason}; the division, as the text calls it elsewhere")


def _named_as_division(text: str, m: Mention) -> bool:
    """The name ends with a division word or one follows it ("Arauca department", "Diffa Region")."""
    words = sources.cues()["division_words"]
    last = m.key.rsplit(" ", 1)[-1] if " " in m.key else ""
    nxt = _WORD_AFTER.match(text, m.end)
    return last in words or (nxt is not None and nxt.group(1).lower() in words)


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _capital_named_alike(d: Place) -> bool:
    """The division's capital bears its name (``division_capitals.tsv``): its bare name is the town
    at any size ("in Diffa", "Tillaberi"), unlike a division whose capital has another name (Nasarawa)."""
    from sitrep.geo.normalize import fold

    return (d.country_code or "", fold(d.admin1 or "")) in sources.division_capitals()


def _capital_names_kept(cs: list[Place], m: Mention) -> list[Place]:
    """A national capital's own name is no reading of its country's towns that bear it only as an old
    or other name ("WASHINGTON —" is not Watervliet or Piqua, once called Washington); towns whose own
    name it is stay ("Paris, Texas"), and so do other countries' towns ("Kingston" for Kingston upon
    Thames)."""
    capitals = {c.country_code for c in cs if c.feature_code == "PPLC" and m.key in _own_keys(c.name)}
    if not capitals:
        return cs
    return [c for c in cs
            if c.feature_class != "P" or c.country_code not in capitals or m.key in _own_keys(c.name)]
# Words that say a name is a water body or a landform.
_FEATURE_WORDS = frozenset({"sea", "ocean", "gulf", "bay", "lake", "river", "strait", "mountains", "mountain", "mount",
                            "mt.", "peninsula", "heights", "island", "islands"})


def _capital_first(cs: list[Place], m: Mention) -> list[Place]:
    """A national capital named like a first-level division elsewhere in its country is the capital
    unless a suffix asks for the division ("Washington" is the city; "Washington state" the state)."""
    capitals = [c for c in cs if c.feature_code == "PPLC" and m.key in _own_keys(c.name)]
    if m.suffix or not capitals:
        return cs
    return [c for c in cs if not (c.feature_code == "ADM1" and any(
        k.country_code == c.country_code and k.admin1 != c.admin1 for k in capitals))]


def _distinct(mentions: Sequence[Mention], chosen: Sequence[Toponym]) -> list[Toponym]:
    seen, out = set(), []
    for m, t in zip(mentions, chosen):
        if m.key not in seen:
            seen.add(m.key)
            out.append(t)
    return out


def _second_pass(mentions, cands, picks, focus: Focus, containers, coloc: Colocation | None = None,
                 coh: Mapping[tuple[str, int], float] | None = None,
                 pairs: Mapping[tuple[str, int], float] | None = None, score_of=_prior_score,
                 named=frozenset()) -> list[Toponym]:
    """``named``: (country code, admin1) of divisions named outside the text (the site's state)."""
    anchors = _anchors(picks)
    divisions = _divisions(picks) | named
    verdicts = _Verdicts(anchors)
    return [_choose(i, m, cs, focus, containers.get(i), anchors, divisions, coloc, coh, pairs, verdicts, score_of)
            for i, (m, cs) in enumerate(zip(mentions, cands))]


# A place in a state on the side of the Mississippi that the text's broadcaster call letters give
# ("WESH": east, so Polk County, Florida over Polk County, Iowa): ``divisions`` holds such states as
# (country, state, BROADCAST). As much as a confident neighbour 100-300 km away (BONUS_REGION): the
# letters are a rough clue (a few stations keep the other side's letter).
BROADCAST = "broadcast"
BONUS_BROADCAST = 1.0


def _broadcast_region(text: str) -> frozenset[tuple[str, str, str]]:
    side = call_sign_side(text)
    if side is None:
        return frozenset()
    return frozenset(("US", state, BROADCAST) for state in sources.cues().get("call_sign_states", {}).get(side, ()))


def _site_division(hints: Mapping[str, str] | None) -> frozenset[tuple[str, str]]:
    """The division a site name gives (``sitrep.geo.site``), counted as one the text names."""
    if hints and hints.get("site_country") and hints.get("site_admin1"):
        return frozenset({(hints["site_country"], hints["site_admin1"])})
    return frozenset()


def _divisions(picks) -> set[tuple[str | None, str | None]]:
    """(country code, admin1) of the first-level divisions picked with a margin of 1 or more."""
    return {(p.country_code, p.admin1) for p, margin in picks
            if p is not None and p.feature_code == "ADM1" and margin >= 1.0}


def _same_pass(a: tuple[list, Focus], b: tuple[list, Focus]) -> bool:
    """Whether ``_second_pass`` would choose alike with (picks, focus) ``a`` and ``b``: it reads the picks
    only through their anchors and divisions, so equal anchors, divisions and focus give equal choices."""
    return a[1] == b[1] and _divisions(a[0]) == _divisions(b[0]) and _anchors(a[0]) == _anchors(b[0])


class _Verdicts:
    """Choices already made in one pass, for mentions repeating a name (speed: a text names its town
    many times). A choice depends on the mention only through its name key, suffix, stated container,
    candidates and, when the mention is the first to pick some anchor, its index (the anchor then
    counts from its next mention, see ``_nearest_anchor``); so these make the memo key and a repeated
    mention gets the same candidate, reasons and confidence as its first occurrence."""

    def __init__(self, anchors: Sequence[_Anchor]) -> None:
        self.firsts = frozenset(a.mentions[0] for a in anchors)
        self.memo: dict[tuple, tuple[int, str, float]] = {}

    def key(self, i: int, m: Mention, cs: Sequence[Place], container: Place | None) -> tuple:
        # ids: the candidates and the container are live objects for the whole pass
        return m.key, m.suffix, id(container), tuple(map(id, cs)), i if i in self.firsts else -1


# A one-word mention with no cue that resolves to a place smaller than this, outside the document's
# country (and main division), far from the other places named, is taken for a surname or a common
# word ("Nelson said", "Commerce"). Calibrated on LGL dev: 100k keeps cities, drops villages.
PLAUSIBLE_POPULATION = 100_000
_BROAD = frozenset({"PCLI", "ADM1", "ADM2", "RGN", "CONT", "TERR"})


def _plausible(m: Mention, t: Toponym, focus: Focus, anchors) -> bool:
    p = t.place
    if p is None or " " in m.text or strong_cue(m) or p.feature_code in _BROAD or p.population >= PLAUSIBLE_POPULATION:
        return True
    if focus.country and p.country_code == focus.country and (focus.admin1 is None or p.admin1 == focus.admin1):
        return True
    near = _nearest_anchor(-1, p, anchors)
    return near is not None and near[0] <= NEAR_KM


def _town_division(m: Mention, cs: list[Place], gazetteer) -> list[Place]:
    """"the Zaporizhzhia region", "Kherson province": a division the gazetteer knows only by a longer
    name ("Zaporizhzhia Oblast"), found as the division of a town of the name whose division's name
    begins with it; joins the candidates."""
    if not m.suffix or any(c.feature_code in m.suffix for c in cs):
        return cs
    from sitrep.geo.normalize import fold

    for c in sorted(cs, key=lambda c: -c.population):
        if c.feature_class == "P" and c.admin1 and c.country_code and fold(c.admin1).startswith(m.key + " "):
            d = gazetteer.admin1(c.country_code, c.admin1)
            if d is not None and d.feature_code in m.suffix:
                return [d, *cs]
    return cs


def _division_asked(m: Mention, cs: list[Place]) -> list[Place]:
    """"Chin State", "X province": a division the gazetteer lacks is no town that only bears the name
    as another name (Qinzhou, once written "Chin"); towns whose own name it is stay."""
    if not m.suffix or any(c.feature_code in m.suffix for c in cs):
        return cs
    return [c for c in cs  # "U.S. state": a country stays
            if _own_spelling(m.key, c.name, c.country_code) or c.feature_code in ("PCLI", "TERR")]


def _alternate_only(m: Mention, cs: Sequence[Place]) -> bool:
    """A one-word name with no cue that no candidate bears as its own name, only as an alternate of
    places smaller than ``PLAUSIBLE_POPULATION`` ("Soul" for Seoul's old spelling is no reading of
    "It is Well with My Soul"; "Market", "Commissioner", "Seven" are other towns' old names): a word,
    not a place. Measured on LGL (both halves): fewer false mentions, no right one lost."""
    if " " in m.text or strong_cue(m) or not cs or m.key in _curated_keys():
        return False  # a curated spelling ("Qaim" for Al Qaim) is as good as the place's own name
    return all(c.feature_class == "P" and not _own_name(m.key, c.name)
               and c.population < PLAUSIBLE_POPULATION
               for c in cs)


def _placed_by_next(text: str, mentions: Sequence[Mention], cands: Sequence[list[Place]], i: int) -> bool:
    """"Haditha, Iraq", "Jowhar, Middle Shabelle": a name followed by a comma and a country or a
    first-level division is a place, even one the gazetteer knows only by another spelling; not the
    last word of a longer name ("Riyom Local Government Area, Plateau state"). A country whose name
    is also its people's adjective ("Hpakant, Myanmar") is read as a demonym, not a mention: it counts
    when one of the name's candidates lies in it."""
    if word_before(text, mentions[i].start)[:1].isupper():
        return False
    if i + 1 < len(mentions) and text[mentions[i].end:mentions[i + 1].start] == ", ":
        return any(c.feature_code in _COUNTRY_OR_DIVISION for c in cands[i + 1])
    after = _COMMA_NAME.match(text, mentions[i].end)
    if after is None:
        return False
    words = after.group(1).split(" ")
    told = {sources.demonyms().get(" ".join(words[:n])) for n in range(1, len(words) + 1)}
    return any(c.country_code in told for c in cands[i])


_COMMA_NAME = re.compile(r", ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


_COUNTRY_OR_DIVISION = frozenset({"PCLI", "ADM1"})


@lru_cache(maxsize=1)
def _curated_keys() -> frozenset[str]:
    return frozenset(name_key(n) for r in curated_rows() for n in (r.name, *r.names))


# A name that some town this populous bears is kept even when its reading here is a small place: the
# name is a place name, whichever place it is. Calibrated on LGL even articles.
NOTABLE_POPULATION = 300_000


def _notable(cs: Sequence[Place]) -> bool:
    return any(c.feature_class == "P" and c.population >= NOTABLE_POPULATION for c in cs)


def _choose(i: int, m: Mention, cs: list[Place], focus: Focus, container, anchors, divisions=frozenset(),
            coloc: Colocation | None = None, coh: Mapping[tuple[str, int], float] | None = None,
            pairs: Mapping[tuple[str, int], float] | None = None, verdicts: _Verdicts | None = None,
            score_of=_prior_score) -> Toponym:
    if not cs:
        return Toponym(m.start, m.end, m.text, None, "no gazetteer entry", 0.0)
    key = verdicts.key(i, m, cs, container) if verdicts is not None else None
    verdict = verdicts.memo.get(key) if verdicts is not None else None
    if verdict is None:
        verdict = _verdict(i, m, cs, focus, container, anchors, divisions, coloc, coh, pairs, score_of)
        if verdicts is not None:
            verdicts.memo[key] = verdict
    k, reason, confidence = verdict
    if container is not None and container.feature_code == "ADM1" and not inside(cs[k], container) \
            and ("state-after" in m.cues or cs[k].country_code != container.country_code) \
            and not any(c.feature_code in _NOT_TOWNS for c in cs):
        return _in_container(m, container)
    return Toponym(m.start, m.end, m.text, cs[k], reason, confidence)


# Names one of whose readings is a country, a division or a national capital are no unknown town
# ("Indiana, Illinois" is a list; "TBILISI, Georgia" a capital and its country).
_NOT_TOWNS = frozenset({"PCLI", "ADM1", "PPLC", "TERR"})
# Confidence of a town the gazetteer does not know in the division the text places it in.
CONTAINER_ONLY_CONFIDENCE = 0.3


def _in_container(m: Mention, container: Place) -> Toponym:
    """"Greenwood, W. Va." with no Greenwood of West Virginia in the gazetteer: a US state written
    after the town ("state-after") is surer than a namesake elsewhere, so the mention is a town of
    that state the gazetteer lacks, placed at the state's centre. (A comma list of other names,
    "Moscow, Kyiv", is no such statement.)"""
    why = f"{UNLISTED_REASON} {container.name}, where the text puts it; placed at its centre"
    return Toponym(m.start, m.end, m.text, _unlisted_town(m, container), why, CONTAINER_ONLY_CONFIDENCE)


def _unlisted_town(m: Mention, container: Place) -> Place:
    return replace(container, name=m.text, geonameid=None, feature_class="P", feature_code=UNLISTED_TOWN_CODE,
                   population=0)


UNLISTED_REASON = "no place of this name known in"


def unlisted(t: Toponym) -> bool:
    """Whether the toponym is a town the gazetteer lacks, placed at the centre of its division."""
    return t.place is not None and t.place.feature_code == UNLISTED_TOWN_CODE


# Feature code of such a town (sitrep's own, not GeoNames'): a populated place whose position is
# only its division's, so an event there has precision 3.
UNLISTED_TOWN_CODE = "PPLU"


def _verdict(i: int, m: Mention, cs: list[Place], focus: Focus, container, anchors, divisions,
             coloc: Colocation | None, coh: Mapping[tuple[str, int], float] | None,
             pairs: Mapping[tuple[str, int], float] | None, score_of=_prior_score) -> tuple[int, str, float]:
    """The chosen candidate's index, the reason and the confidence."""
    coh, pairs = coh or {}, pairs or {}
    scored = sorted(((_score(i, c, m, focus, container, anchors, divisions, coloc, coh.get((m.key, k), 0.0),
                             pairs.get((m.key, k), 0.0), score_of), k) for k, c in enumerate(cs)),
                    key=lambda x: (-x[0][0], x[1]))
    (best, why), k = scored[0]
    second = next((s for (s, _), j in scored[1:] if not _same_place(cs[j], cs[k])), None)
    margin = best - second if second is not None else 5.0
    confidence = round(1.0 / (1.0 + math.exp(-margin)), 3)
    n = len(cs)
    base = "only candidate" if n == 1 else f"best of {n} candidates"
    reason = "; ".join([base, *why]) if why else f"{base} (population and feature class)"
    return k, reason, confidence


def _same_place(a: Place, b: Place) -> bool:
    if a.latitude is None or b.latitude is None:
        return False
    return a.country_code == b.country_code and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) < 10


def _place_counties(toponyms: list[Toponym], gazetteer) -> list[Toponym]:
    """Counties have no coordinates in the bundled gazetteer: place them among the document's towns of
    the same state, else at the state's centre."""
    towns: dict[tuple[str, str], list[tuple[int, Place]]] = defaultdict(list)  # (start, town)
    for t in toponyms:
        p = t.place
        if p is not None and p.feature_class == "P" and p.admin1 and p.latitude is not None:
            towns[(p.country_code or "", p.admin1)].append((t.start, p))
    out = []
    for t in toponyms:
        p = t.place
        if p is None or p.latitude is not None or not p.admin1:
            out.append(t)
            continue
        out.append(_locate_county(t, towns.get((p.country_code or "", p.admin1), []), gazetteer))
    return out


def _county_anchor(towns: list[tuple[int, Place]]) -> tuple[float, float, str]:
    places = [p for _, p in towns]
    lat = sum(x.latitude for x in places) / len(places)
    lon = sum(x.longitude for x in places) / len(places)
    return lat, lon, f"county placed at the mean of {len(places)} town(s) of {places[0].admin1} named in the text"


_COUNTY_WORDS = re.compile(r"\s+(?:County|Parish|Borough|Census Area|Municipality)$")


def _namesake_town(county: Place, gazetteer) -> Place | None:
    """The town of the same state named like the county ("Madison" for Madison County), if any."""
    base = _COUNTY_WORDS.sub("", county.name)
    towns = [c for c in gazetteer.candidates(base) if c.feature_class == "P" and c.country_code == county.country_code
             and c.admin1 == county.admin1 and c.latitude is not None]
    return max(towns, key=lambda c: c.population) if towns else None


def _locate_county(t: Toponym, towns: list[Place], gazetteer) -> Toponym:
    p = t.place
    if towns:
        lat, lon, why = _county_anchor(towns)
    elif (town := _namesake_town(p, gazetteer)) is not None:
        lat, lon = town.latitude, town.longitude
        why = f"county placed at {town.name}, the town of {p.admin1} sharing its name"
    else:
        state = gazetteer.admin1(p.country_code or "", p.admin1)
        if state is None or state.latitude is None:
            return t
        lat, lon, why = state.latitude, state.longitude, f"county placed at the centre of {p.admin1}"
    return replace(t, place=replace(p, latitude=round(lat, 4), longitude=round(lon, 4)), reason=f"{t.reason}; {why}")
