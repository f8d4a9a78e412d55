"""Whether a new event is the same real-world event as a stored one: gates, then a weighted score."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from sitrep.merge import features as F
from sitrep.merge.persons import shared_persons
from sitrep.merge.rules import MergeRules, load_rules
from sitrep.types import Event

__all__ = ["MergeDecision", "PairScore", "decide", "score_pair", "root_of", "MERGE_THRESHOLD"]

# Weight of each signal in the score (a weighted mean over the signals present). Place, text and
# names identify an event best; type and date mostly come from blocking already. Set by hand, then
# checked on the GVA dev set and the synthetic tests in tests/merge.
WEIGHTS: dict[str, float] = {
    "type": 1.0,
    "date": 1.0,
    "place": 1.5,
    "area": 1.5,
    "actors": 0.5,
    "counts": 1.0,
    "text": 1.5,
    "names": 1.5,
    "persons": 2.0,
    "address": 1.5,
    "copy": 3.0,
    "ages": 1.5,
    "victims": 1.5,
    "site": 1.5,
    "toll": 1.0,
    "claim": 1.0,  # a group's claim of the attack the other report tells: like a shared toll
    "revision": 1.0,  # a toll given as revised from the other's: it replaces the counts signal
}
# A signal that speaks against the merge (value below 0.5: tolls that contradict, different named
# actors) weighs this many times its weight: one contradiction outweighs agreeing context (same
# day, same city), which two unrelated shootings in a big city share.
CONTRADICTION_FACTOR = 2.5
# Wording (text signal) or names (names signal, 0.5 + half the shared share) this close identify
# an event even when one report places it only in a region or country. On GVA dev this adds
# recall (0.618 -> 0.622) at unchanged precision (0.996); 0.9/0.85 add less.
STRONG_TEXT = 0.8
STRONG_NAMES = 0.75
# Merge when the score reaches this. Below it the reports stay apart: a missed merge costs a
# duplicate row, a wrong merge loses an event, so the bar sits above what two different shootings
# in one city on one day reach in the synthetic GVA-style tests (about 0.6).
MERGE_THRESHOLD = 0.7
# When several stored events pass the threshold, those within this of the best score are
# ranked by confidence (see _pick). On the GVA dev tuning half: 0.1 -> F1 .779, 0.2 -> .782,
# 0.3 and more -> .782; 0.2 still lets a clearly better score decide.
PICK_MARGIN = 0.2
# An undated report (no date in the text, no publication date) merges only on stronger evidence.
UNDATED_THRESHOLD = 0.85
# Signals that identify an event beyond its time, place and type. Two reports coded with
# different (compatible) types, or placed only in a region or country, merge only when one of
# these agrees (value >= 0.5): a capture of a town and a killing there on the same days are not
# one event, nor are two shootings somewhere in the United States on one day (on GVA dev,
# merging country-level reports without this made 50 wrong groups).
IDENTITY = (
    "counts", "text", "names", "persons", "copy", "address", "victims", "site", "toll", "claim", "revision"
)
# Copy signal of an article's headline and a sentence of its body that carry the same type: the
# headline restates the lead, but less surely than a copied span (a headline may sum up two
# shootings). Insensitive on the GVA dev tuning half: 0.5, 0.75 and 1.0 give F1 .857, .856, .856.
RESTATED_VALUE = 0.75
# Two records citing different spans of one article are one event when they name at least this
# many persons in common (sitrep.merge.persons: private persons named with an age or a role). On
# the GVA dev tuning half (main-event B-cubed F1 / precision): no exception 0.868 / 0.993; 1 person
# 0.873 / 0.992; 2 persons 0.876 / 0.993; 3 persons 0.876 / 0.993.
SAME_ARTICLE_PERSONS = 2
# Two records citing different spans of one article are compared on their merits (the article gate
# lifts) when each is corroborated by at least this many independent outlets
# (combining.corroboration). On GVA dev (main-event B-cubed, P / R / F1): gate kept 0.986 / 0.829 /
# 0.901; lifted 0.986 / 0.836 / 0.905, precision unchanged on both halves (half 0: recall 0.807 ->
# 0.819; half 1: 0.851 -> 0.853).
CORROBORATED_OUTLETS = 2
# Evidence of a copied article matches the original's when this similar (rapidfuzz ratio, 0-100).
COPY_SPAN_RATIO = 90


@dataclass(frozen=True)
class MergeDecision:
    target_id: str | None
    score: float
    reason: str


@dataclass(frozen=True)
class PairScore:
    score: float
    blocked: str | None  # why the pair can never merge, or None
    reason: str

    @property
    def mergeable(self) -> bool:
        return self.blocked is None


def root_of(article_id: str, duplicate_of: Mapping[str, str | None]) -> str:
    """The original an article copies (following chains), or the article itself."""
    seen = {article_id}
    while (nxt := duplicate_of.get(article_id)) and nxt not in seen:
        seen.add(nxt)
        article_id = nxt
    return article_id


def _article_gate(
    a: Event, b: Event, duplicate_of: Mapping[str, str | None], same_type: bool = False, persons: int = 0
) -> F.Signal | F.Block | None:
    """Two events of one article (or of copies of one text) merge only when they are the same span,
    or when one is the article's headline and both carry the same type (a headline restates the
    lead: "3 boys shot in Durham" over the paragraph that tells the shooting), or when the two
    records name at least SAME_ARTICLE_PERSONS persons in common (an article that codes one shooting
    twice, as an attack and a clash or at the victim's suburb and at the city, whose two records
    each gathered other outlets' reports of it), or when each record is corroborated by at least
    CORROBORATED_OUTLETS independent articles: records that other outlets confirm apart are compared
    on their merits (an article that coded one incident twice, its lead and a later quote, has
    split the incident's reports between the two). Copies of one text (followed to their original)
    count as one article: a copy's headline may restate the body span another copy was coded at,
    but two different headlines of "copies" lead with two stories."""
    from sitrep.merge.combining import corroboration  # combining imports this module

    same_span = restated = False
    outlets = min(corroboration(a.sources, duplicate_of), corroboration(b.sources, duplicate_of))
    corroborated = outlets >= CORROBORATED_OUTLETS
    for x in a.sources:
        for y in b.sources:
            one_article = x.article_id == y.article_id
            if not one_article and root_of(x.article_id, duplicate_of) != root_of(y.article_id, duplicate_of):
                continue
            if (x.start, x.end) == (y.start, y.end) if one_article else _copied_span(x, y):
                same_span = True
            elif persons >= SAME_ARTICLE_PERSONS or corroborated:
                continue
            elif not (same_type and (F.is_headline(x) or F.is_headline(y))) or _two_headlines(x, y):
                if one_article:
                    return F.Block(f"two events of article {x.article_id}")
                return F.Block(f"two events of copies of one article ({x.article_id}, {y.article_id})")
            else:
                restated = True
    if same_span:
        return F.Signal("copy", 1.0, "same span of one text")
    return F.Signal("copy", RESTATED_VALUE, "the article's headline restates it") if restated else None


def _two_headlines(x, y) -> bool:
    """Two different openings of copies of one text (each span starts its text, a headline cut short
    with "..." included): pages that share most of their text (a news digest, a site's template)
    but lead with different stories, not one story restated."""
    return x.start == 0 and y.start == 0


def _copied_span(x, y) -> bool:
    """Two spans of copies of one text that are the same passage (COPY_SPAN_RATIO)."""
    from rapidfuzz import fuzz

    return fuzz.ratio(x.evidence, y.evidence) >= COPY_SPAN_RATIO


def _signals(a: Event, b: Event, duplicate_of: Mapping[str, str | None], rules: MergeRules) -> Iterator:
    """The signals, cheap gates first, so that a blocked pair costs little."""
    shared = shared_persons(a, b)
    kind = F.type_signal(a, b, rules)
    yield kind
    date = F.date_signal(a, b, bool(shared))
    revision: F.Signal | None | bool = False  # False: not computed yet (it costs a text search)
    if _revision_may_lift(a, b, date):
        revision = F.revision_signal(a, b, rules)
        date = F.date_signal(a, b, bool(shared), True) if revision is not None else date
    if isinstance(date, F.Block) and (why := F.identified_follow_up(a, b, rules)) is not None:
        date = F.Signal("date", F.REVISED_DATE_FLOOR, f"{F.date_gap(a, b)} days apart, a follow-up: {why}")
    yield date
    place = F.place_signal(a, b, bool(shared))
    if isinstance(place, F.Signal) and place.name == "area" and _follow_up(a, b):
        yield F.Block("a follow-up weeks apart must name the same town, not only a region")
    yield place
    yield _article_gate(a, b, duplicate_of, isinstance(kind, F.Signal) and kind.value >= 1.0, len(shared))
    yield F.actor_signal(a, b, rules)
    yield F.claim_signal(a, b, rules)
    if revision is False:
        revision = F.revision_signal(a, b, rules)
    yield revision or F.count_signal(a, b)
    yield F.mass_toll_signal(a, b)
    yield F.text_signal(a, b)
    yield F.names_signal(a, b, rules)
    yield F.persons_signal(shared)
    yield F.address_signal(a, b)
    yield F.site_signal(a, b, rules)
    yield F.victims_signal(a, b, rules)
    # Ages tell two victims apart only when nobody is known to be in both reports: reports naming
    # the same person may give different people's ages (the father charged, the child shot).
    yield None if shared else F.ages_signal(a, b, rules)


def _revision_may_lift(a: Event, b: Event, date: F.Signal | F.Block | None) -> bool:
    """Whether a revised toll could change the date signal: a gap beyond the tolerance but within
    the revision tolerance, or a date signal that counts against the pair."""
    if isinstance(date, F.Block):
        gap = F.date_gap(a, b)
        return gap is not None and gap <= F.revision_tolerance(a, b)
    return date is not None and date.value < 0.5


def _follow_up(a: Event, b: Event) -> bool:
    """Dated further apart than the tolerance (admitted only for the same persons)."""
    gap = F.date_gap(a, b)
    return gap is not None and gap > F.pair_tolerance(a, b)


def score_pair(
    a: Event, b: Event, duplicate_of: Mapping[str, str | None] | None = None, rules: MergeRules | None = None
) -> PairScore:
    """How likely two records are one event; ``blocked`` says why they never can be."""
    rules = rules or load_rules()
    signals = []
    for s in _signals(a, b, duplicate_of or {}, rules):
        if isinstance(s, F.Block):
            return PairScore(0.0, s.reason, s.reason)
        if s is not None:
            signals.append(s)
    identity = _identity(signals, F.is_point(a) and F.is_point(b))
    if _needs_identity(a, b, signals) and not identity:
        why = "nothing in common beyond type, time, region and actors"
        return PairScore(0.0, why, why)
    if not identity and (F.is_roundup(a, rules) or F.is_roundup(b, rules)):
        why = "a report summing up several incidents joins one only on names, an address or its wording"
        return PairScore(0.0, why, why)
    identified = _strong_identity(signals)
    strong = identified or _is_area(signals) and bool(identity)
    if identified and any(s.name == "date" for s in signals):
        signals = [s for s in signals if not _unknown_place(s)]
    weights = [WEIGHTS[s.name] * (CONTRADICTION_FACTOR if _contradicts(s, strong) else 1.0) for s in signals]
    total = sum(weights)
    score = sum(w * s.value for w, s in zip(weights, signals, strict=True)) / total if total else 0.0
    undated = F.window(a) is None or F.window(b) is None
    reason = "; ".join(s.reason for s in signals) + ("; undated" if undated else "")
    return PairScore(round(score, 3), None, reason)


def _unknown_place(signal: F.Signal) -> bool:
    """A report that names no place: once persons, an address, a copied span or close wording
    identify the event and the dates agree, the place is no longer evidence either way (a follow-up
    that names the victim but not the town), so it leaves the score. With no date either, it stays:
    the pair would rest on the names alone."""
    return signal.name == "area" and signal.value <= F.UNKNOWN_PLACE_VALUE


def _is_area(signals: list[F.Signal]) -> bool:
    return any(s.name == "area" for s in signals)


def _identity(signals: list[F.Signal], two_points: bool = False) -> list[F.Signal]:
    """The signals that identify the event beyond time and place. With a place known only as a
    region or country (not one place named alike by both) a shared toll is no identity: a day
    with one death somewhere in a country is common (on GVA dev, same-day country-level pairs
    with the same toll were 10 different incidents to 4 same). The same holds for the number of
    people shot: "4 shot" recurs in a big city's weeks, let alone a country's day, and for a toll
    given as revised upward ("revision"). A large toll shared ("toll", see features.MASS_TOLL) stays
    identity. With one region named alike, or a town and the district the other report names, only
    the same toll identifies (4 and 9 killed in one province on one day are two attacks as often as
    one; session 15, GVA dev unchanged). Two towns placed apart (``two_points``: beyond the radius
    in one region, or one name read as two places) are not joined by a group's claim either: a group
    claims several attacks in one region on one day (session 16)."""
    found = [s for s in signals if s.name in IDENTITY and s.value >= 0.5]
    vague = any(s.name == "area" and s.value < 0.5 for s in signals)
    if vague:
        left_out = ("counts", "victims", "revision", "claim") if two_points else ("counts", "victims", "revision")
        return [s for s in found if s.name not in left_out]
    if any(s.name == "area" for s in signals):  # one region or district: only the same toll counts
        return [s for s in found if s.name != "counts" or s.value >= 1.0]
    return found


def _strong_identity(signals: list[F.Signal]) -> bool:
    return any(
        s.name in ("copy", "persons", "address")
        or s.name == "text"
        and s.value >= STRONG_TEXT
        or s.name == "names"
        and s.value >= STRONG_NAMES
        for s in signals
    )


def _contradicts(signal: F.Signal, strong_identity: bool) -> bool:
    """Text and names only ever speak for a merge (they are left out when weak); a place known
    only as a region or country, or a point within the radius but not the same place (a
    neighbourhood and its city's centre), stops counting against it when wording, names, persons
    or the street block identify the event (a vaguer report, not a different place)."""
    if signal.name in ("area", "place") and strong_identity:
        return False
    return signal.value < 0.5 and signal.name not in ("text", "names")


def _needs_identity(a: Event, b: Event, signals: list[F.Signal]) -> bool:
    """A place known only as a region or country, or different types away from the same spot and
    day: time and place say too little. Two reports of one town on one day that code its violence
    differently (an attack, a clash) are as alike as two that code it the same."""
    if any(s.name == "area" for s in signals):
        return True
    if all(s.value >= 1.0 for s in signals if s.name == "type"):
        return False
    return not _same_spot_and_day(a, b, signals)


def _same_spot_and_day(a: Event, b: Event, signals: list[F.Signal]) -> bool:
    """One named place and one exact day (not two week or month windows that meet)."""
    same_place = any(s.name == "place" and s.value >= 1.0 for s in signals)
    exact = a.time_precision == 1 and b.time_precision == 1
    return same_place and exact and F.date_gap(a, b) == 0


def _pick(above: list[tuple[float, Event, PairScore]]) -> tuple[float, Event, PairScore]:
    """Among the candidates at or above the threshold, the most confident of those within
    PICK_MARGIN of the best score (the oldest on ties). An article that codes one incident twice
    (a clash and an attack) has its principal event as the more confident one: reports gathering
    on it rather than on the weaker twin keep the incident in one record."""
    top = max(score for score, _, _ in above)
    close = [x for x in above if x[0] >= top - PICK_MARGIN]  # never empty: the best is in it
    return max(close, key=lambda x: (x[1].confidence, x[0]))


def threshold_for(a: Event, b: Event) -> float:
    undated = F.window(a) is None or F.window(b) is None
    return UNDATED_THRESHOLD if undated else MERGE_THRESHOLD


def decide(
    event: Event, candidates: Iterable[Event], duplicate_of: Mapping[str, str | None] | None = None
) -> MergeDecision:
    """The stored event to merge ``event`` into (the best score at or above the threshold), or none.

    Candidates come oldest first; on equal scores the oldest wins.
    """
    rules = load_rules()
    above: list[tuple[float, Event, PairScore]] = []
    near: tuple[float, Event] | None = None
    for cand in candidates:
        if cand.event_id == event.event_id and cand.sources == event.sources:
            return MergeDecision(cand.event_id, 1.0, "the same event again")
        pair = score_pair(event, cand, duplicate_of, rules)
        if not pair.mergeable:
            continue
        if pair.score >= threshold_for(event, cand):
            above.append((pair.score, cand, pair))
        elif near is None or pair.score > near[0]:
            near = (pair.score, cand)
    if above:
        score, cand, pair = _pick(above)
        return MergeDecision(cand.event_id, score, f"score {score:.2f}: {pair.reason}")
    if near is not None:
        return MergeDecision(
            None, near[0], f"best candidate {near[1].event_id} scored {near[0]:.2f}, below threshold"
        )
    return MergeDecision(None, 0.0, "no compatible candidate")
