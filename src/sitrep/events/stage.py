"""The "events" stage: typed sentences, grouped per event, assembled into ``EventDraft`` records.

``extract_events(doc)`` is the whole of it; the stage only registers it in the pipeline.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cached_property, lru_cache

from sitrep.actors.roles import (
    mutual_wording,
    regaining_side,
    roles_stated,
    state_affiliate,
    state_first,
    two_sided_clash,
)
from sitrep.events.assemble import (
    hook,
    Span,
    default_actor2,
    doc_country_name,
    evidence_of,
    find_actors,
    find_claim,
    find_date,
    find_fatalities,
    find_place,
    resolve_type,
    spans_of,
)
from sitrep.events.confidence import Signals, confidence
from sitrep.events.grouping import (
    OWN_LOOTING,
    VIOLENT_TYPES,
    Group,
    Mention,
    continuations,
    group_mentions,
    intervention_in,
    is_heading,
    numbers_in,
    toll_update,
)
from sitrep.events.lexicon import load_escalation, load_lexicon
from sitrep.events.modality import (
    background_clause,
    background_spans,
    clause_bounds,
    is_aggregate,
    measure_cause,
    names_earlier_event,
    opener_end,
)
from sitrep.events.notes import note_for
from sitrep.events.quantity_view import QuantityView
from sitrep.events.typing import classify_sentence, could_type, headline_vetoes
from sitrep.pipeline import Context, stage
from sitrep.types import Actor, Claim, Doc, EventDraft, Evidence, Sentence, TimeRef

__all__ = ["detect_mentions", "draft_for", "extract_events", "make_events", "prepare"]

# A sentence saying only "the city"/"the town" borrows the places of the sentence before it.
_BARE_PLACE = re.compile(r"\bthe (?:city|town|village|area|base|district)\b(?! of)", re.IGNORECASE)
# A town named as a reference point ("south of Baghdad", "20 km from Kirkuk") is not where it happened.
_REFERENCE = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|"
    r"miles|kilometers|kilometres|km)\s+(?:\w+\s+)?(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GENERIC_ACTOR = re.compile(r"^(?:Civilians|Unidentified|Protesters|Rioters)\b")
# ACLED inter codes of armed actors (state forces, rebels, political and identity militias).
_ARMED_INTER = frozenset({1, 2, 3, 4})
# Places that can conflict (two events): towns and sites, not regions or countries.
_FINE_CLASSES = frozenset({"P", "S"})


class _Spans:
    """Span-bearing records of one kind (toponyms, times ...) sorted, for range look-ups."""

    def __init__(self, items):
        self.items = sorted((x for x in items or () if x.start is not None), key=lambda x: x.start)
        self.starts = [x.start for x in self.items]

    def within(self, s: Sentence) -> list:
        lo, hi = bisect_left(self.starts, s.start), bisect_right(self.starts, s.end)
        return [x for x in self.items[lo:hi] if x.end <= s.end]

    def before(self, pos: int) -> list:
        return self.items[: bisect_left(self.starts, pos)]


@dataclass(frozen=True)
class _Index:
    toponyms: _Spans | None
    times: _Spans
    quantities: _Spans | QuantityView
    actors: _Spans | None
    armed: _Spans  # actors with an armed inter code

    @classmethod
    def of(cls, doc: Doc) -> _Index:
        armed = [a for a in doc.actors or () if a.inter in _ARMED_INTER]
        return cls(
            None if doc.toponyms is None else _Spans(doc.toponyms),
            _Spans(doc.times),
            _quantity_index(doc.quantities),
            None if doc.actors is None else _Spans(doc.actors),
            _Spans(armed),
        )


def _quantity_index(quantities):
    """The quantities stage's lazy view reads a sentence's counts when asked (``within``); counts
    given as a tuple (a document built by hand) are indexed like the other records."""
    return quantities if isinstance(quantities, QuantityView) else _Spans(quantities)


def _places(ix: _Index, s: Sentence) -> tuple[tuple[tuple[int, int], ...] | None, list]:
    """Toponym spans of the sentence (sentence offsets; None without a toponyms stage) and the
    toponyms of towns and sites in it."""
    if ix.toponyms is None:
        return None, []
    tops = ix.toponyms.within(s)
    spans = tuple((t.start - s.start, t.end - s.start) for t in tops)
    return spans, [t for t in tops if t.place and t.place.feature_class in _FINE_CLASSES]


def _reporting_span(doc: Doc) -> tuple[int, int]:
    """The article's dateline span from the geoparser's event-place code (empty without it)."""
    fn = hook("sitrep.geo.eventplace:reporting_span")
    return fn(doc) if fn is not None else (0, 0)


def _event_places(s: Sentence, towns: list, trig_start: int, dateline: tuple[int, int] = (0, 0)) -> frozenset[str]:
    """The towns of the trigger's clause ("seized the town of Rutba, 113 km from Baghdad" is
    Rutba), else those named before it ("In the city of Hillah, ... four were killed"); a town
    in a later clause is about something else ("..., after officials boosted security in Baghdad");
    the article's dateline (``dateline``, its span) is where the story was filed, no event town:
    "HILLA, Iraq — ..." then "... came under fire near the town of Hashimiya" is one attack."""
    lo, hi = clause_bounds(s.text, trig_start)
    towns = [
        t
        for t in towns
        if not (dateline[0] <= t.start and t.end <= dateline[1])
        and not _REFERENCE.search(s.text, max(0, t.start - s.start - 40), t.start - s.start)
        and background_clause(s.text, t.start - s.start) is None  # "a day after capturing Mosul, ..."
    ]
    inside = [t for t in towns if lo <= t.start - s.start < hi] or [
        t for t in towns if t.start - s.start < lo
    ]
    return frozenset(t.place.name for t in inside)


def _actor_sides(ix: _Index, s: Sentence) -> tuple[tuple[int, int, str], ...] | None:
    """Armed actors of the sentence from the actors stage, as (start, end, side), sentence offsets."""
    if ix.actors is None:
        return None
    return tuple(
        (a.start - s.start, a.end - s.start, "state" if a.inter == 1 or state_affiliate(a) else "nonstate")
        for a in ix.armed.within(s)
    )


def _side_hint(ix: _Index, before: int) -> str | None:
    prior = ix.armed.before(before)
    if not prior:
        return None
    return "state" if prior[-1].inter == 1 else "nonstate"


# A "before" clause tells what the subject did next ("took to the roads before storming the
# assembly in protest"): a later step of the same story, never an old event to drop.
_LATER_CLAUSE = re.compile(r"before\b", re.IGNORECASE)


def _undated_background(ix: _Index, s: Sentence, typed, published=None) -> bool:
    """A trigger read only inside a background clause ("since it seized Mosul", "a day after
    capturing X") recalls an earlier event: without a date of its own clause it would be dated to
    the publication day, so the sentence reports no new event. Nor does one whose trigger noun
    names an earlier event as a reference ("the site of a recent abduction", "the group behind a
    bombing in Marawi": ``recalled_noun`` in modality.json)."""
    if "recalled" not in typed.modality.flags:
        return False
    bounds = background_clause(s.text, typed.trigger_start)
    if bounds is None:  # a trigger noun naming an earlier event ("the group behind a bombing in X")
        return names_earlier_event(s.text, typed.trigger_start, typed.trigger_end) is not None
    if _LATER_CLAUSE.match(s.text, bounds[0]):
        return False
    lo, hi = s.start + bounds[0], s.start + bounds[1]
    # the opener's own words ("came a week after") read forward from the publication day give a
    # day that has not come: no date of the recalled event ("a day after" from a dated main
    # clause, "held on Sunday - a day after ...", still dates it)
    opener = s.start + opener_end(s.text, bounds[0])
    return not any(
        _datable(t) and lo <= t.start and t.end <= hi and not (t.start < opener and _after(t, published))
        for t in ix.times.within(s)
    )


def _after(t, published) -> bool:
    return published is not None and t.value is not None and t.value > published


# The widest span (days) a background clause's own date may admit and still date the event it
# recalls: a month (ACLED's coarsest time precision). "since it resumed fighting in 2021" names a
# year, the start of a campaign, never one event ACLED could date.
MAX_RECALL_SPAN_DAYS = 31


def _datable(t) -> bool:
    if t.value is None:
        return False
    return t.earliest is None or t.latest is None or (t.latest - t.earliest).days <= MAX_RECALL_SPAN_DAYS


def _self_dated(doc: Doc, ix: _Index, s: Sentence) -> bool:
    """Does the sentence name a day or week of its own, not after publication ("On Oct. 1, ...")?"""
    published = doc.article.published
    return any(
        t.value is not None and t.precision <= 2 and (published is None or t.value <= published)
        for t in ix.times.within(s)
    )


# Veto cues a follow-up story lifts when the incident it recalls can be dated: a court stage in its
# headline or a count back from the time of writing ("six weeks since the shooting"), which
# ``sitrep.time.recalled`` turns into a window before publication, or a date of the sentence's
# own well before publication ("sentenced ... for killing X on March 4, 2013"). Such a story's
# sentence reports the shooting it recalls, an event of its own time, never of the publication day.
RECALL_LIFTS = frozenset({"COURT", "COURT_VERDICT"})
# Lifted like them only for a sentence holding an old date of its own near the trigger: what a
# court is told or finds ("Witnesses told the court that soldiers opened fire on the crowd") is the
# crime tried; "the court found that militiamen killed 100 men in March 2004" dates it, while a
# court-stage headline alone would date it to the hearing's days.
DATED_RECALL_LIFTS = frozenset({"COURT_ACCOUNT"})
# Modality flags that do not block a follow-up story's lifted reading: a court story's "accused of
# fatally shooting three people" recalls a shooting that happened (who did it is the question).
# Only with a date of the sentence's own near the trigger ("accused of shooting X in March"): on
# GVA dev, such readings dated by the headline's court stage alone joined wrong incidents.
RECALL_TOLERATES = frozenset({"attribution", "accusation"})
# A score paid by a reading the lifted veto would have silenced: the story's fresh events win.
RECALL_PENALTY = 0.85


class _Recall:
    """Whether the document's recalled incident can be dated, computed once, when a sentence asks
    (``anchor``): None when the story tells of an accident, else why ("" when only a sentence's own
    date can)."""

    def __init__(self, doc: Doc):
        self.article = doc.article

    @cached_property
    def anchor(self) -> str | None:
        return _recall_anchor(self.article)


# Cues that, anywhere in a follow-up story, keep its vetoes: the story may recall an accidental,
# self-inflicted or hunting shooting ("charged after his son, 6, found the gun"), no ACLED event.
RECALL_BLOCKERS = ("NOT_ATTACK",)


def _recall_anchor(article) -> str | None:
    """Why the article's recalled incident can be dated: a court-stage headline, a count back, ""
    for neither; None for a story without publication date or telling of an accident anywhere."""
    from sitrep.events.lexicon import load_lexicon
    from sitrep.time.recalled import count_back, court_stage_cue

    cues = load_lexicon().cues_i
    text = f"{article.title or ''}\n{article.text}"
    if article.published is None or any(cues[c].search(text) for c in RECALL_BLOCKERS):
        return None
    cue = court_stage_cue(article)
    if cue is not None:
        return f"headline court stage {cue!r}"
    counted = count_back(article.text, article.published)
    return "" if counted is None else f"count back {counted.text!r}"


# How close to the trigger a date must sit to date the recalled incident (chars before, after):
# "in the January shooting deaths", "for killing X on March 4, 2013"; farther off it dates the
# court stage ("On Oct. 1, a man was charged in the shooting death ..."). Set on those wordings.
NEAR_BEFORE, NEAR_AFTER = 20, 45


def _old_date(doc: Doc, ix: _Index, s: Sentence, trigger: tuple[int, int]) -> str | None:
    """A date near the trigger ending well before publication ("on March 4, 2013", "in the
    January shooting"), or None. Not a weekday of the last days: "sentenced Friday" dates the
    court stage, not the incident."""
    from sitrep.time.recalled import RECALLED_MIN_DAYS

    published = doc.article.published
    lo, hi = s.start + trigger[0] - NEAR_BEFORE, s.start + trigger[1] + NEAR_AFTER
    for t in ix.times.within(s) if published is not None else ():
        last = t.latest or t.value
        if last is not None and lo <= t.start <= hi and (published - last).days > RECALLED_MIN_DAYS:
            return f"dated {t.text!r}"
    return None


# A story with no event whose headline alone names one ("Crab Festival Shooting Rocks the
# Williston Community" above a video page's boilerplate): no veto is lifted, so no dating anchor
# is needed; the headline is news of its own days.
HEADLINE_ONLY_NOTE = "the headline of a story that tells no event in its body"


def _recalled_reading(doc: Doc, ix: _Index, s: Sentence, recall: _Recall, classify) -> object | None:
    """A story without events read again: its headline by the headline-only rules (nothing
    lifted), else the sentence's reading with the follow-up vetoes lifted (and an accusation
    tolerated, ``RECALL_TOLERATES``), when its incident can be dated."""
    anchor = recall.anchor
    if anchor is None:
        return None
    plain = classify()  # only the headline rules can read it now: nothing is lifted
    if plain is not None:
        return replace(plain, reason=f"{plain.reason}; {HEADLINE_ONLY_NOTE}")
    lifted = RECALL_LIFTS
    typed = classify(lifted)
    if typed is None:
        lifted = RECALL_LIFTS | DATED_RECALL_LIFTS
        typed = classify(lifted)
        if typed is None or not _old_date(doc, ix, s, (typed.trigger_start, typed.trigger_end)):
            return None
    dated = _old_date(doc, ix, s, (typed.trigger_start, typed.trigger_end))
    if not dated and RECALL_TOLERATES.intersection(typed.modality.flags):
        return None  # an accused's shooting with no date of its own: which incident is unknown
    why = dated or anchor
    if not why:
        return None
    reason = f"{typed.reason}; a follow-up story's recalled incident ({why}): {'/'.join(sorted(lifted))} vetoes lifted"
    return replace(typed, score=typed.score * RECALL_PENALTY, reason=reason)


def _context(doc: Doc, i: int) -> str | None:
    """The sentence whose vetoes reach sentence ``i``: the one before it; for the first line (the
    headline, which sums up the lead) the lead, whose ``lead_vetoes`` only reach it ("Boy, 4, shot
    in Dayton" / "... when his brother accidentally fired a pistol"; not "... and crash scenes")."""
    sents = doc.sentences or ()
    if i > 0:
        return sents[i - 1].text
    # read as a later line: a first line that is no headline (a note's first sentence) has no context
    headline = len(sents) > 1 and is_heading(sents[0], 1, doc.article.title)
    return sents[1].text if headline else None


# Sub-event types after which a headline is read once more for the violent event it names: "Three
# men arrested in connection with the shooting of a police officer" reports the arrest and the
# shooting, and ACLED codes both (the shooting dated to its own time, see _second_reading_date).
# Headlines only: a body sentence ("police arrested X and charged him with murder in the death of
# Y") sits among the story's own telling of the violence, which dates and places it better (on
# GVDB dev such body readings moved two right incident days to a month; no GVA join needed them).
SECOND_READING_AFTER = frozenset({"Arrests"})
# The event types that second reading may give: violence, not another development or a protest.
SECOND_READING_SKIPS = frozenset({"Strategic developments", "Protests"})


def _sentence_mentions(
    doc: Doc,
    ix: _Index,
    i: int,
    s: Sentence,
    imposed: frozenset[str] = frozenset(),
    recall: _Recall | None = None,
) -> tuple[Mention, ...]:
    """The sentence's event reading as a mention, and after an arrest the violent event the
    sentence also reports, if any (``SECOND_READING_AFTER``)."""
    if not could_type(s.text):
        return ()
    spans, towns = _places(ix, s)
    prev = _context(doc, i)

    def classify(lifted: frozenset[str] = frozenset(), skip: frozenset[str] = frozenset()):
        tolerated = RECALL_TOLERATES if lifted else frozenset()
        return classify_sentence(
            s.text,
            places=spans,
            side_hint=_side_hint(ix, s.start),
            actor_sides=_actor_sides(ix, s),
            context=prev,
            vetoes=imposed,
            dated=_self_dated(doc, ix, s),
            lead=i == 0,
            lifted=lifted,
            # headline-only rules ("Fort Riley shooting") read a follow-up story without events only:
            # on GVA dev, in every story they moved places and types of events already found
            headline=recall is not None and (i == 0 or s.text.strip() == (doc.article.title or "").strip()),
            skip_types=skip,
            tolerated=tolerated,
        )

    typed = classify() if recall is None else _recalled_reading(doc, ix, s, recall, classify)
    if typed is None or _undated_background(ix, s, typed, doc.article.published):
        return ()
    if typed.sub_event_type in CAUSE_READING_AFTER and recall is None:
        cause = classify(skip=CAUSE_READING_SKIPS)
        if cause is not None and measure_cause(s.text, cause.trigger_start) is not None:
            measure = replace(typed, reason=f"{typed.reason}; {MEASURE_NOTE}")
            cause = replace(cause, reason=f"{cause.reason}; {CAUSE_READING_NOTE}")
            return _as_mention(doc, ix, i, s, towns, measure), _as_mention(doc, ix, i, s, towns, cause)
    first = _as_mention(doc, ix, i, s, towns, typed)
    if typed.sub_event_type not in SECOND_READING_AFTER or recall is not None or not first.heading:
        return (first,)
    other = classify(skip=SECOND_READING_SKIPS)
    if other is None or _undated_background(ix, s, other, doc.article.published):
        return (first,)
    why = f"{other.reason}; {SECOND_READING_NOTE}"
    return first, _as_mention(doc, ix, i, s, towns, replace(other, reason=why))


SECOND_READING_NOTE = "the violent event an arrest sentence names (a second reading)"
# Sub-event types of a measure taken in response to violence ("Authorities imposed a curfew after
# clashes killed 12", "a state of emergency was declared after gunmen killed nine"): the violence
# its own background clause tells (``modality.measure_cause``: recent, with a harm of its own) is
# read as a second event of the sentence, as ACLED codes the curfew and the clash; dated as the
# sentence is (same-day or unanchored). The measure keeps no actor nor toll of that clause.
CAUSE_READING_AFTER = frozenset({"Change to group/activity"})
CAUSE_READING_SKIPS = frozenset({"Strategic developments", "Protests"})
CAUSE_READING_NOTE = "the violence a measure was taken after (a second reading)"
MEASURE_NOTE = "taken after violence read as an event of its own"  # the measure's reading
# How many days before an arrest the violent event it names may lie, when the article writes no
# date and the arrest is dated to the days up to publication: the event is dated to that window,
# never to the arrest's days themselves. Set wide (a month): GVA dev arrest stories join their
# incidents' first reports with 1 to 30 days between them.
SECOND_READING_LAG_DAYS = 30


def _second_reading_date(doc: Doc, group: Group, spans, when):
    """A second reading's date: when no date expression of the article gives it (the days up to
    publication) and it is the one the arrest of the same sentences has, the window of
    SECOND_READING_LAG_DAYS up to that date (ACLED precision 3), else ``when``: a date written in
    the sentence may be the event's own ("wanted in the Nov. 11 shooting ... arrested"), and the
    article's first date of an incident, which the dates stage takes for undated evidence, is right
    more often than such a window (on GVA dev 3 main events of 3)."""
    if when.text or not all(m.typed.reason.endswith(SECOND_READING_NOTE) for m in group.mentions):
        return when
    arrest = find_date(doc, spans)
    if (arrest.value, arrest.earliest, arrest.latest) != (when.value, when.earliest, when.latest):
        return when
    hi = when.latest or when.value
    if hi is None:
        return when
    lo = hi - timedelta(days=SECOND_READING_LAG_DAYS)
    lag = SECOND_READING_LAG_DAYS
    why = f"{when.reason}; that dates the arrest: the event it names lies up to {lag} days before"
    return TimeRef(when.start, when.end, when.text, lo + (hi - lo) / 2, 3, lo, hi, reason=why)


def _as_mention(doc: Doc, ix: _Index, i: int, s: Sentence, towns: list, typed) -> Mention:
    """A typed sentence with what links it to the other sentences of its event."""
    names = _event_places(s, towns, typed.trigger_start, _reporting_span(doc))
    if not names and i > 0 and _BARE_PLACE.search(s.text):
        names = frozenset(t.place.name for t in _places(ix, doc.sentences[i - 1])[1])
    days = frozenset(t.value.isoformat() for t in ix.times.within(s) if t.value and t.precision == 1)
    tolls = frozenset(q.value for q in ix.quantities.within(s) if q.kind == "killed") or numbers_in(s.text)
    actors = frozenset(
        a.name for a in (ix.actors.within(s) if ix.actors else ()) if not _GENERIC_ACTOR.match(a.name)
    )
    return Mention(i, s, typed, names, days, tolls, actors, is_heading(s, i, doc.article.title))


def _headline(doc: Doc) -> str | None:
    """The article's title, else its first line when that reads as a heading (no final stop)."""
    if doc.article.title:
        return doc.article.title
    first = (doc.sentences or (None,))[0]
    # read as a later line: the first line of a text counts as a heading whatever it is
    return first.text if first is not None and is_heading(first, 1, None) else None


def detect_mentions(doc: Doc) -> list[Mention]:
    """Every sentence of the doc that reports an event that happened, typed. A document that
    reports none may be a follow-up story (a trial, a charge) recalling its incident: read again
    with the follow-up vetoes lifted where that incident can be dated (``_recalled_reading``);
    a story with a fresh event keeps its court sentences out of it."""
    ix = _Index.of(doc)
    return _mentions(doc, ix) or _mentions(doc, ix, _Recall(doc))


# Destruction told as more of a killing or an attack ("also", "as well") is part of that attack
# (ACLED codes the attack): such a looting/property destruction reading's score is multiplied by
# this in a story that reports violence, so that the attack types their event (0.66 x 0.75 = 0.495,
# under the weakest attack rule; ACLED Nigeria notes even half: "attack Lilo, killing fifty. The
# attackers were also alleged to have burnt some houses"). Without "also" the destruction keeps its
# score: on GVA dev, lowering every destruction reading of a violent story cost merges (F1 -0.0002).
LOOTING_IN_ATTACK = 0.75
LOOTING = "Looting/property destruction"


def _destruction_in_attack(mentions: list[Mention]) -> list[Mention]:
    """Looting or destruction readings told as more of a story's violence count for less than it."""
    if not any(m.typed.event_type in VIOLENT_TYPES and m.typed.sub_event_type != LOOTING for m in mentions):
        return mentions
    return [
        replace(m, typed=replace(m.typed, score=m.typed.score * LOOTING_IN_ATTACK))
        if m.typed.sub_event_type == LOOTING and "also" in m.typed.modality.flags
        else m
        for m in mentions
    ]


def _mentions(doc: Doc, ix: _Index, recall: _Recall | None = None) -> list[Mention]:
    headings, everywhere, _ = headline_vetoes(_headline(doc))
    title = doc.article.title
    out = []
    for i, s in enumerate(doc.sentences or ()):
        # the headline's verdict (an accident) holds for the article's other headline-like lines
        # ("Related story: boy, 10, shot in face"); a body sentence keeps its own and its
        # predecessor's vetoes (silencing whole accident stories cost 1.6 points of GVA recall)
        imposed = headings if headings and is_heading(s, i, title) else everywhere
        out.extend(_sentence_mentions(doc, ix, i, s, imposed, recall))
    out = _without_toll_updates(_without_needless_second_readings(out))
    return _destruction_in_attack(_looting_beside_battle(_without_closing_measures(out, _headline(doc))))


# A measure of public order a story may close on ("A curfew was declared in the city until Friday").
_PUBLIC_ORDER = re.compile(r"\b(?:curfews?|state of emergency|martial law|lockdown)\b", re.IGNORECASE)


def _without_closing_measures(mentions: list[Mention], headline: str | None) -> list[Mention]:
    """'Russian artillery shelled Kherson, killing 21 ... A curfew was declared in the city until
    Friday morning': a curfew or state of emergency told after a story's violence, neither in its
    headline nor its lead, is a detail of that violence's aftermath, no event of its own (ACLED codes
    a curfew as a change to group/activity when it is notable: the news itself, "Authorities imposed
    a curfew in Baidoa", or a measure headlined, "Curfew imposed in Jos after clashes"; ACLED
    Nigeria dev names curfews only inside the notes of violent events, never as events)."""
    if headline and _PUBLIC_ORDER.search(headline):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        measure = m.typed.sub_event_type in CAUSE_READING_AFTER and _PUBLIC_ORDER.search(m.typed.trigger)
        if measure and not m.heading:
            body = [p for p in out if not p.heading]
            if any(p.typed.event_type in _VIOLENT for p in body) and m.index != body[0].index:
                continue
        out.append(m)
    return out


_RAIDERS_AGAIN = re.compile(r"^\W*(?:The|These|Those|They|Its|Their)\b")
# Cues of the looting a raid's sentence tells, and of harm to people that makes the raid an attack.
_LOOT_CUES, _HARM_CUES = ("LOOT",), ("KILL", "KILL_VERB", "INJURE", "ABDUCT", "HARM", "MOB_HARM", "SHOOTING")
# The cue a raid's trigger must be ("raided", "stormed"): a shooting or a killing is no raid.
_RAID_CUE = "ARMED_RAID"


def _looting_beside_battle(mentions: list[Mention]) -> list[Mention]:
    """'Insurgents raided the town of Macomia, looting shops and food stores ... Soldiers fought
    the insurgents near the town': in a story whose fight is told in a sentence of its own, a raid
    that only looted (no one killed, hurt or taken in its sentence) is the looting, an event ACLED
    codes apart from the clash (Looting/property destruction; told with "also" it stays part of
    the fight, see grouping). Elsewhere a raid with looting stays an attack (cues.json)."""
    # a fight told by the raiders' own back-reference ("The attackers killed five soldiers") is
    # the raid going on: its looting is part of it
    fights = [m for m in mentions if m.typed.event_type == "Battles"]
    if not any(not _RAIDERS_AGAIN.match(m.sentence.text) for m in fights):
        return mentions
    cues = load_lexicon().cues_i
    out = []
    for m in mentions:
        text = m.sentence.text
        raid = (
            m.typed.sub_event_type == "Attack"
            and not m.heading
            and "also" not in m.typed.modality.flags
            and cues[_RAID_CUE].fullmatch(m.typed.trigger) is not None
        )
        after = m.typed.trigger_end
        loot = raid and next((h for c in _LOOT_CUES if (h := cues[c].search(text, after))), None)
        if loot and not any(cues[c].search(text) for c in _HARM_CUES):
            why = f"{m.typed.reason}; a raid that only looted ({loot.group()!r}) beside a fight: {OWN_LOOTING}"
            looting = replace(m.typed, event_type="Strategic developments", sub_event_type=LOOTING, reason=why)
            m = replace(m, typed=looting)
        out.append(m)
    return out


def _without_toll_updates(mentions: list[Mention]) -> list[Mention]:
    """A sentence whose trigger is a revised toll of a violent event told before it ("The number
    of people killed has risen to 45", "The death toll rose to 16 on Monday") is no event of its
    own: it continues that event (``grouping.continuations``) and the counts read its figure."""
    out: list[Mention] = []
    for m in mentions:
        hit = toll_update(m.sentence.text) if any(p.typed.event_type in _VIOLENT for p in out) else None
        if hit is None or not hit.start() <= m.typed.trigger_start < hit.end():
            out.append(m)
    return out


def _second(m: Mention) -> bool:
    return m.typed.reason.endswith(SECOND_READING_NOTE)


def _without_needless_second_readings(mentions: list[Mention]) -> list[Mention]:
    """An arrest sentence's second reading stands for the violent event only when no other
    sentence of the story tells one: a story that reports its shooting in a sentence of its own
    dates and places it there (on GVA dev, second readings in such stories moved their lead event
    to the arrest's place, "arrested in New Orleans after officer killed", and split incidents)."""
    if any(m.typed.event_type in _VIOLENT and not _second(m) for m in mentions):
        return [m for m in mentions if not _second(m)]
    return mentions


def _place(doc: Doc, group: Group, spans):
    """Sentences whose trigger clause names a town first, then the body (a heading's "U.S.
    condemns ..." is no place of the event), then everything."""
    named = tuple(Span(m.sentence.start, m.sentence.end) for m in group.mentions if m.places)
    heads = {(m.sentence.start, m.sentence.end) for m in group.mentions if m.heading}
    body = tuple(sp for sp in spans if (sp.start, sp.end) not in heads)
    anchors = tuple(
        (m.sentence.start + m.typed.trigger_start, m.sentence.start + m.typed.trigger_end)
        for m in group.mentions
    )
    for subset in (named, body if heads else ()):
        if subset:
            found = find_place(doc, subset, anchors)
            if found[0] is not None and found[1] < 3:
                return found
    return find_place(doc, spans, anchors)


# Territorial changes: the sub-event type and the inter codes of the side that took the ground.
_TAKERS = {
    "Non-state actor overtakes territory": frozenset({2, 3, 4}),
    "Government regains territory": frozenset({1, 8}),  # foreign forces alongside the state: co-agents
}


def _losing_side(group: Group, event_type: str, sub: str, actor1, actor2, why: str, place, country):
    """In a taking of ground, an actor2 of the taker's own side named before the trigger is a
    co-agent ("Sunni insurgents led by ISIL ... took Tikrit"), not the side that lost the ground:
    the side that lost is then the event type's default one."""
    takers = _TAKERS.get(sub)
    if takers is None or actor2 is None or actor2.start is None or actor2.inter not in takers:
        return actor2, why
    triggers = [m.sentence.start + m.typed.trigger_start for m in group.mentions]
    if not any(m.sentence.start <= actor2.start < t for m, t in zip(group.mentions, triggers)):
        return actor2, why
    fallback = default_actor2(event_type, sub, (place.country if place else None) or country)
    note = f"{why}; {actor2.name} is the taker's side, named before the trigger"
    if fallback is None or fallback.name == actor1.name:
        return None, f"{note}: no losing side named"
    return fallback, f"{note}: default losing side"


# Cues of a fight told as mutual ("supporters of two parties clash", "violence between rival
# groups"): a mob violence event so typed is rioters against rioters, not rioters against civilians.
MUTUAL_CUES = frozenset({"CLASH", "VIOLENCE_BETWEEN", "ELECTION_VIOLENCE"})


def _mutual_riot(group: Group, sub: str, actor2, why: str, country: str | None):
    """ACLED codes two groups of rioters fighting each other as Rioters against Rioters: a mob
    violence event typed from a mutual wording gets rioters of the country as its second actor
    when no named group was found (the wording names no victims)."""
    if sub != "Mob violence" or (actor2 is not None and not _GENERIC_ACTOR.match(actor2.name)):
        return actor2, why
    if not any(MUTUAL_CUES.intersection(m.typed.cues) for m in group.mentions if m.typed.sub_event_type == sub):
        return actor2, why
    name = f"Rioters ({country})" if country else "Rioters"
    return Actor(name, 5, reason="a mutual fight of rioters"), f"{why}; a mutual fight: rioters on both sides"


# Cues of a sentence whose victims are civilians whoever the actors stage named after the verb:
# a rally, a protest or party members assaulted ("gunmen attack an APC rally", "PDP youths attack
# APC supporters"), or suspected criminals dealt popular justice ("vigilantes lynch a suspected
# thief"). ACLED codes such victims as civilians (party members as Civilians with the party as
# associated actor; a lynched suspect is no armed group).
CIVILIAN_VICTIM_CUES = frozenset({"ASSAULT_GATHERING", "SUSPECT_CRIMINAL"})
_VICTIM_SUBS = frozenset({"Attack", "Mob violence"})
# Inter codes of a second actor that such a wording makes civilians: none, a political militia
# (the party of the members attacked, a suspect read as an unidentified armed group), rioters.
_REPLACED_INTERS = frozenset({None, 3, 5})


def _civilian_victims(group: Group, sub: str, actor2, why: str, country: str | None):
    """The victims of an assault on a gathering or of popular justice are civilians (see
    ``CIVILIAN_VICTIM_CUES``), unless the second actor found is state forces, rebels or an identity
    militia named as such."""
    if sub not in _VICTIM_SUBS or (actor2 is not None and actor2.inter not in _REPLACED_INTERS):
        return actor2, why
    typed = [m for m in group.mentions if m.typed.sub_event_type == sub]
    cue = next((c for m in typed for c in m.typed.cues if c in CIVILIAN_VICTIM_CUES), None)
    if cue is None and sub == "Mob violence":  # "a vigilante mob captured a suspected kidnapper"
        suspect = load_lexicon().cues_i["SUSPECT_CRIMINAL"]
        cue = "SUSPECT_CRIMINAL" if any(suspect.search(m.sentence.text) for m in typed) else None
    if cue is None:
        return actor2, why
    name = f"Civilians ({country})" if country else "Civilians"
    return Actor(name, 7, reason=f"victims of {cue.lower()}"), f"{why}; the victims are civilians ({cue})"


# Cues of a discovery of bodies (cues.json): who found them is no party to the killing.
BODY_CUES = frozenset({"FOUND_SLAIN", "BODY_FOUND"})
_BODY_WORDS = re.compile(r"bod(?:y|ies)|found", re.IGNORECASE)


def _found_bodies(group: Group, sub: str, actors: tuple, why: str, country: str | None):
    """Bodies found after a killing ("villagers found the bodies of seven herders", "police
    recovered nine bodies bearing gunshot wounds"): ACLED codes an attack by an unidentified armed
    group on civilians; the finders named before the verb (civilians, or state forces who only
    found them) are neither side. Actors named otherwise (the killers after "by") are kept."""
    actor1, actor2 = actors
    if sub != "Attack" or actor1 is None or (actor1.inter != 7 and actor1.start is None):
        return actor1, actor2, why
    if not _finder(actor1, _discoveries(group)):
        return actor1, actor2, why
    where = f" ({country})" if country else ""
    unknown = Actor(f"Unidentified Armed Group{where}", 3, reason="bodies found: the killers are not named")
    if actor2 is None or actor2.name == actor1.name or actor2.inter != 7:
        actor2 = Actor(f"Civilians{where}", 7, reason="bodies found: the dead are civilians")
    return unknown, actor2, f"{why}; {actor1.name} found the bodies: unidentified armed group v civilians"


def _discoveries(group: Group) -> list[tuple[int, int]]:
    """(sentence start, offset in the document) of each wording of bodies found in the group."""
    cues = load_lexicon().cues_i
    return [
        (m.sentence.start, m.sentence.start + hit.start())
        for m in group.mentions
        if _BODY_WORDS.search(m.sentence.text)  # every wording holds one: a cheap gate
        for c in BODY_CUES
        if (hit := cues[c].search(m.sentence.text))
    ]


def _finder(actor1, found: list[tuple[int, int]]) -> bool:
    """Is ``actor1`` civilians, or named in a sentence of a discovery before its wording?"""
    if not found:
        return False
    if actor1.inter == 7:
        return True
    return actor1.start is not None and any(start <= actor1.start < at for start, at in found)


def _mob_target(group: Group, sub: str, actor2, why: str, country: str | None):
    """A mob that wrecks property or attacks police and hurts nobody else ("a mob burnt down a
    police patrol vehicle", "an angry mob attacked a fast food outlet") has the police, or no one,
    as its second actor, not the civilians the type defaults to: ACLED codes such a crowd as
    rioters against the police or against nobody (``MOB_PROPERTY``, ``MOB_POLICE_VICTIM`` in
    cues.json; a killing or an injury in the typed sentences keeps the civilians)."""
    if sub != "Mob violence" or actor2 is None or actor2.inter != 7 or not _GENERIC_ACTOR.match(actor2.name):
        return actor2, why
    typed = [m for m in group.mentions if m.typed.sub_event_type == sub]
    if any(CIVILIAN_VICTIM_CUES.intersection(m.typed.cues) for m in typed):
        return actor2, why
    cues = load_lexicon().cues_i
    texts = [m.sentence.text for m in typed]
    if any(cues[c].search(t) for c in ("KILL", "INJURE", "MOB_HARM") for t in texts):
        return actor2, why
    hit = next((found for t in texts if (found := cues["MOB_PROPERTY"].search(t))), None)
    if hit is None:
        return actor2, why
    police = next((found for t in texts if (found := cues["MOB_POLICE_VICTIM"].search(t))), None)
    if police is None:
        return None, f"{why}; the mob wrecked property ({hit.group()!r}), no one hurt: no second actor"
    name = f"Police Forces of {country}" if country else "Police Forces"
    police_actor = Actor(name, 1, reason="the police the mob attacked")
    return police_actor, f"{why}; the mob attacked the police ({police.group()!r})"


def _bombed_forces(group: Group, sub: str, actor2, why: str, country: str | None):
    """A suicide bombing aimed at state forces or stopped by them (a checkpoint, a barracks,
    "soldiers shot the bomber", "intercepted by troops": ``SECURITY_TARGET`` in cues.json) has
    those forces as its second actor, not civilians: ACLED codes it against them (a battle in its
    pre-2019 types). Unless the event's sentences say civilians died or the blast struck a
    crowded public place ("into a crowded street", "many of the dead were civilians":
    ``CIVILIAN_TOLL``): a checkpoint it went off at is then only where, and the dead are civilians."""
    if sub != "Suicide bomb" or (actor2 is not None and not _GENERIC_ACTOR.match(actor2.name)):
        return actor2, why
    cues = load_lexicon().cues_i
    stated = [m.sentence.text for m in group.mentions]
    hit = next((found for t in stated if (found := cues["SECURITY_TARGET"].search(t))), None)
    if hit is None:
        return actor2, why
    texts = stated + [s.text for s in group.extra]
    civil = next((found for t in texts if (found := cues["CIVILIAN_TOLL"].search(t))), None)
    if civil is not None:
        return actor2, f"{why}; civilians died ({civil.group()!r}), not only the forces at {hit.group()!r}"
    forces = default_actor2("Battles", "Non-state actor overtakes territory", country)
    if forces is None or forces.inter != 1:
        return actor2, why
    return forces, f"{why}; the bombing targeted state forces ({hit.group()!r}): {forces.name}"


# Remote violence whose typed sentences name places where civilians live or shelter (camps of
# the displaced, markets, schools, homes: ``CIVILIAN_SHELTER`` in cues.json) and no target
# otherwise: ACLED codes the people there as the second actor, Civilians of the event's country.
_REMOTE_SUBS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"})


def _struck_shelters(group: Group, sub: str, actor2, why: str, country: str | None):
    """"The toll from the shelling of two displacement camps has risen to 35": with no target
    named, the people of the camps are the victims (Civilians of the country). So are the owners
    of homes, shops or schools set on fire or looted ("gang members set fire to dozens of homes")."""
    if (sub not in _REMOTE_SUBS and sub != LOOTING) or actor2 is not None:
        return actor2, why
    cue = load_lexicon().cues_i["CIVILIAN_SHELTER"]
    hit = next((f for m in group.mentions if m.typed.sub_event_type == sub and (f := cue.search(m.sentence.text))), None)
    if hit is None:
        return actor2, why
    civilians = default_actor2("Violence against civilians", "Attack", country)
    if civilians is None or civilians.inter != 7:
        civilians = Actor(f"Civilians ({country})" if country else "Civilians", 7)
    return replace(civilians, reason=f"the people of the {hit.group()!r} struck"), f"{why}; the {hit.group()!r} struck shelter civilians"


def _escalated(evidence, event_type: str, sub: str, why: str) -> tuple[str, str, str]:
    """A protest whose demonstrators destroy property, burn tyres or barricade roads (in any of
    its sentences) is a violent demonstration."""
    subs, (to_type, to_sub), cue = load_escalation()
    if sub not in subs:
        return event_type, sub, why
    hit = next((m for e in evidence if (m := cue.search(e.text))), None)
    if hit is None:
        return event_type, sub, why
    return to_type, to_sub, f"{why}; the demonstrators turned violent ({hit.group()!r})"


def _intervened(group: Group, event_type: str, sub: str, why: str) -> tuple[str, str, str]:
    """A peaceful protest followed by a sentence telling that forces dispersed, tear-gassed or
    arrested the crowd (a continuation of its group, see ``grouping.continuations``) is a protest
    with intervention."""
    if sub != "Peaceful protest":
        return event_type, sub, why
    hit = next((m for s in group.extra if (m := intervention_in(s.text))), None)
    if hit is None:
        return event_type, sub, why
    return event_type, "Protest with intervention", f"{why}; the next sentence tells of an intervention ({hit.group()!r})"


def _dated(when) -> bool:
    """Did a date expression of the text (not the publication day) give the date?"""
    return bool(when.text) and "fallback" not in when.reason and not when.reason.startswith("no date")


def _foreign_taker(doc: Doc, stated, sub: str, actors, country: str | None):
    """A foreign state's forces taking ground from the host state are not a government regaining
    its own territory: ACLED codes it as a non-state actor overtaking territory, the foreign forces
    (inter 8) as actor1 and the host state's forces as actor2. Foreign forces that take ground from
    a rebel group (named in the evidence: ACLED codes "Chadian forces overtake Damasak from Boko
    Haram" as regained) or fight alongside the host state's own forces ("Nigerian and Cameroonian
    forces recaptured ...") keep "Government regains territory"."""
    actor1, actor2 = actors
    if sub != "Government regains territory" or actor1 is None or actor1.inter != 8:
        return sub, actor2, ""
    if _host_forces_alongside(doc, stated, actor1, actor2) or _joint(doc, actor1):
        return sub, actor2, ""
    if (actor2 is not None and actor2.inter in (2, 3, 4)) or _rebels_named(doc, stated):
        return sub, actor2, ""  # "Chadian forces overtake Damasak from Boko Haram": ground regained for the state
    taker = "Non-state actor overtakes territory"
    if actor2 is None:
        actor2 = default_actor2("Battles", taker, country)
    return taker, actor2, f"; foreign forces ({actor1.name}) took the ground"


def _joint(doc: Doc, actor1) -> bool:
    """Is the taker the last of partners named together ("Nigerian and Cameroonian forces")?"""
    if actor1.start is None:
        return False
    window = doc.article.text[max(0, actor1.start - 30) : actor1.start]
    return load_lexicon().partner_before.search(window) is not None  # partners named right before


def _host_partner(doc: Doc, sub: str, actors, country: str | None):
    """'Nigerian and Cameroonian forces carried out clearing operations' in Nigeria: the host
    state's forces named as the foreign taker's partner lead the regaining (actor1), the foreign
    forces are actor2 when no other side is named."""
    actor1, actor2 = actors
    if sub != "Government regains territory" or actor1 is None or actor1.inter != 8 or actor1.start is None:
        return actor1, actor2, ""
    from sitrep.actors.countries import country_by_name

    host = country_by_name(country) if country else None
    window = doc.article.text[max(0, actor1.start - 30) : actor1.start]
    if host is None or not load_lexicon().partner_before.search(window) or not any(f in window for f in host.forms):
        return actor1, actor2, ""
    forces = default_actor2("Battles", "Non-state actor overtakes territory", country)
    if forces is None or forces.inter != 1:
        return actor1, actor2, ""
    return forces, actor2 or actor1, f"; {host.name}'s forces named with {actor1.name}: the host state leads"


def _rebels_named(doc: Doc, stated) -> bool:
    """Does the evidence name a rebel group or militia (inter 2-4)?"""
    return any(
        a.inter in (2, 3, 4) and any(s <= (a.start or -1) < e for s, e in stated) for a in doc.actors or ()
    )


def _host_forces_alongside(doc: Doc, stated, actor1, actor2) -> bool:
    """Does the evidence name another state's forces (the actors stage codes every state's forces
    inter 1) than the taker's, other than the side that lost the ground?"""
    lost = actor2.start if actor2 is not None else None
    return any(
        a.inter == 1
        and a.name != actor1.name
        and a.start != lost
        and any(s <= (a.start or -1) < e for s, e in stated)
        for a in doc.actors or ()
    )


# "Russian troops (have) withdrew from Kherson": up to two auxiliaries or adverbs between a side and
# the verb (``WITHDREW`` in cues.json) that says it gave the ground up.
_BEFORE_VERB = re.compile(r"[ \t]+(?:(?:have|has|had|reportedly|also|then|finally|quietly|hastily)[ \t]+){0,2}",
                          re.IGNORECASE)


def _withdrew(text: str, end: int) -> bool:
    gap = _BEFORE_VERB.match(text, end)
    return gap is not None and load_lexicon().cues_i["WITHDREW"].match(text, gap.end()) is not None


def _withdrawn_side(doc: Doc, stated, sub: str, actors, country: str | None):
    """In a non-violent transfer ACLED's actor1 is the side that takes the ground: a side that
    withdrew ("Russian troops withdrew from Kherson, and Ukrainian forces entered the city") is
    actor2, the other armed side named in the evidence actor1. Kept when no taker is named."""
    actor1, actor2 = actors
    if sub != "Non-violent transfer of territory" or actor1 is None or actor1.end is None:
        return actor1, actor2, ""
    if not _withdrew(doc.article.text, actor1.end):
        gone = _withdrawn_other(doc, stated, actor1, country) if actor2 is None else None
        if gone is None:
            return actor1, actor2, ""
        return actor1, gone, f"; {gone.name} withdrew: the side that gave the ground up"
    taker = actor2 if actor2 is not None and actor2.inter in _TAKER_INTERS else _other_armed(doc, stated, actor1, country)
    if taker is None:
        return actor1, actor2, ""
    return taker, actor1, f"; {actor1.name} withdrew: {taker.name} took the ground"


_TAKER_INTERS = frozenset({1, 2, 3, 4, 8})


def _withdrawn_other(doc: Doc, stated, actor1, country: str | None):
    """An armed side of the evidence other than ``actor1`` that withdrew ("occupied the town after
    government troops withdrew"), or None."""
    from sitrep.actors.dictionary import default_dictionary

    text, dictionary = doc.article.text, default_dictionary()
    for s, e in stated:
        for m in dictionary.mentions(text[s:e], s, country):
            a = m.actor
            if a.inter in _TAKER_INTERS and a.name != actor1.name and a.end is not None and _withdrew(text, a.end):
                return a
    return None


def _other_armed(doc: Doc, stated, actor1, country: str | None):
    """The first armed actor of the evidence other than ``actor1``, coded for the event's country."""
    from sitrep.actors.dictionary import default_dictionary

    text, dictionary = doc.article.text, default_dictionary()
    for s, e in stated:
        for m in dictionary.mentions(text[s:e], s, country):
            if m.actor.inter in _TAKER_INTERS and m.actor.name != actor1.name:
                return m.actor
    return None


# Militias (ACLED inter 3 political, 4 identity) hold no state power: their "arrests" are
# abductions, and a beating or killing with them an attack on civilians (ACLED keeps "Arrests"
# for state forces and authorities in de facto control of ground, whom rebels may be).
_MILITIA_INTERS = frozenset({3, 4})


def _militia_arrest(group: Group, event_type: str, sub: str, actor1, why: str) -> tuple[str, str, str]:
    """'Imbonerakure youths beat and detained three opposition members': no arrest but an attack
    (an abduction when nobody is hurt). Only for a militia the wording makes the doer (``why``,
    the actor reason, says "agent wording" or names it as an armed actor), not one the role
    finder fell back on ("default", a party named among the people held)."""
    if sub != "Arrests" or actor1 is None or actor1.inter not in _MILITIA_INTERS:
        return event_type, sub, ""
    said = why.split("; actor2")[0]
    if not why.startswith("actor1: ") or not ("(agent wording" in said or "(armed actors lean agent)" in said):
        return event_type, sub, ""
    triggers = [m.sentence.start + m.typed.trigger_start for m in group.mentions if m.typed.sub_event_type == sub]
    if actor1.start is None or not any(m.sentence.start <= actor1.start < t for m, t in zip(group.mentions, triggers)):
        return event_type, sub, ""  # "intercepted 15 suspected members of a terrorist group": held, not holding
    harmed = load_lexicon().cues_i["HARMED"]  # "beat", "tortured", "killed" ...
    hurt = next((m for x in group.mentions if (m := harmed.search(x.sentence.text))), None)
    if hurt is not None:
        why = f"; a militia ({actor1.name}) detains and hurts ({hurt.group()!r}): an attack"
        return "Violence against civilians", "Attack", why
    why = f"; a militia ({actor1.name}) holds no power of arrest: an abduction"
    return "Violence against civilians", "Abduction/forced disappearance", why


def _coded_actors(doc: Doc, group: Group, stated, typed: tuple[str, str, str], place, country: str | None, on=None):
    """((type, sub-type, type reason), (actor1, actor2, actor reason)) as ACLED codes them: the
    roles of the wording (as of ``on``, the event's day), then two named sides of a clash, the
    losing side of a taking of ground, state forces regaining ground and listed first in battles."""
    event_type, sub, type_reason = typed
    where = (place.country if place else None) or country
    actor1, actor2, actor_reason = find_actors(doc, stated, event_type, sub, where, on)
    sides = two_sided_clash(doc, stated, where) if event_type == "Riots" else None
    if sides is not None:
        event_type, sub, (actor1, actor2) = "Battles", "Armed clash", sides
        type_reason += f"; {actor1.name} and {actor2.name} fight each other: an armed clash"
        actor_reason = "the two named sides of the clash, in the order named"
    actor2, actor_reason = _mutual_riot(group, sub, actor2, actor_reason, where)
    actor2, actor_reason = _bombed_forces(group, sub, actor2, actor_reason, where)
    actor2, actor_reason = _mob_target(group, sub, actor2, actor_reason, where)
    actor2, actor_reason = _civilian_victims(group, sub, actor2, actor_reason, where)
    actor2, actor_reason = _struck_shelters(group, sub, actor2, actor_reason, where)
    actor1, actor2, actor_reason = _found_bodies(group, sub, (actor1, actor2), actor_reason, where)
    sub, actor2, foreign = _foreign_taker(doc, stated, sub, (actor1, actor2), where)
    actor1, actor2, withdrew = _withdrawn_side(doc, stated, sub, (actor1, actor2), where)
    actor_reason += withdrew
    event_type, sub, arrest = _militia_arrest(group, event_type, sub, actor1, actor_reason)
    if arrest and (actor2 is None or actor2.inter != 7):
        actor2 = default_actor2(event_type, sub, where)
    type_reason += foreign + arrest
    actor2, actor_reason = _losing_side(group, event_type, sub, actor1, actor2, actor_reason, place, country)
    actor1, actor2, regained = regaining_side(actor1, actor2, event_type, sub, where)
    actor1, actor2, host = _host_partner(doc, sub, (actor1, actor2), where)
    regained += host
    stated_roles = roles_stated(actor_reason) and not mutual_wording(doc, stated)
    actor1, actor2, order = state_first(actor1, actor2, event_type, sub, stated_roles)
    return (event_type, sub, type_reason), (actor1, actor2, actor_reason + regained + order)


def _self_claimed(m) -> bool:
    """Does the mention's sentence carry an actor's claim ("the group said it had attacked army
    positions", "claimed responsibility")? Cached on the sentence text."""
    return _has_claim(m.sentence.text)


def _contradicted(group: Group) -> bool:
    """Does a sentence of the group deny or dispute something ("denied targeting civilians")?"""
    return any(_cue_kinds(m.sentence.text) & {"deny", "dispute"} for m in group.mentions)


def _has_claim(text: str) -> bool:
    return "claim" in _cue_kinds(text)


@lru_cache(maxsize=256)
def _cue_kinds(text: str) -> frozenset[str]:
    from sitrep.events.claims import find_cues

    return frozenset(c.kind for c in find_cues(text))


# The claimed reading that a report overrides, and the reported readings that override it.
_CLAIMED_BATTLES = frozenset({"Armed clash"})
_REPORTED_HARM = frozenset({"Violence against civilians", "Explosions/Remote violence"})
# A report naming civilians as the victims ("killed 150 civilians": the cue CIVILIAN) types the event
# even when the perpetrator's claim of a fight ("JNIM said it had targeted militia members") is not
# explicitly contradicted; an attack on a town ("an attack by Boko Haram on Konduga") names none.
_VICTIMS_DECIDE = "Violence against civilians"
_VICTIM_NAMED = "CIVILIAN"


def _civilians_reported(m) -> bool:
    return m.typed.event_type == _VICTIMS_DECIDE and _VICTIM_NAMED in m.typed.cues


def _reported_type(group: Group, typed: tuple[str, str, float, str]) -> tuple[str, str, float, str]:
    """A group typed as a fight only from a contradicted claim ("The RSF said it had attacked army
    positions and denied targeting civilians") after a reported attack on civilians or a strike ("RSF fighters killed 104 people in an attack
    on the village") is typed by the report: the perpetrator's version is the (disputed) claim,
    not the event's type. A report of civilian victims needs no contradiction to win."""
    sub = typed[1]
    if sub not in _CLAIMED_BATTLES or len(group.mentions) < 2:
        return typed
    chosen = [m for m in group.mentions if m.typed.sub_event_type == sub]
    if not chosen or not all(_self_claimed(m) for m in chosen):
        return typed
    reported = [
        m
        for m in group.mentions
        if m.typed.event_type in _REPORTED_HARM and not m.typed.anaphoric and not _self_claimed(m)
    ]
    if not reported:
        return typed
    best = max(reported, key=lambda m: (m.typed.score, -m.index))
    if not _civilians_reported(best) and not _contradicted(group):
        return typed  # only reported civilian victims outweigh an uncontradicted claim of a fight
    why = f"{best.typed.reason}; the {sub!r} reading comes only from a claim"
    return best.typed.event_type, best.typed.sub_event_type, best.typed.score, why


def _claim_of(doc: Doc, spans, stated, actors) -> Claim:
    """The event's claim; a claim made by the side the event hit ("US aircraft struck Houthi
    targets ... The Houthis said they had targeted a warship") is that side's claim of another act
    of its own, not a claim of this event: the sentences stating the event are read alone, and a
    claim still by the side hit gives way to a plain report."""
    actor1, actor2 = actors
    claim = find_claim(doc, spans, actor1)
    if claim.status != "claimed" or actor2 is None or actor1 is None or actor1.name == actor2.name:
        return claim
    if claim.claimed_by != actor2.name:
        return claim
    for span in stated:  # the first stating sentence whose claim is not the side hit's
        own = find_claim(doc, (span,), actor1)
        if own.status != "claimed" or own.claimed_by != actor2.name:
            return replace(own, reason=f"{own.reason}; {actor2.name}, the side hit, claims an act of its own")
    return Claim("reported", None, reason=f"{actor2.name}, the side hit, claims an act of its own, not this one")


def _stated_parts(m: Mention) -> tuple[Span, ...]:
    """The mention's sentence without the background clauses its trigger is not in: "The attack
    came a week after Taliban gunmen stormed the hotel, killing 20" states this story's attack,
    and the gunmen of the storming it recalls are no actor of it (nor is "rebels" in "troops
    retook the town, two days after rebels seized it"). A "before" clause is a later step of the
    same story ("took to the roads before storming the assembly") and stays."""
    s, t = m.sentence, m.typed
    if t.reason.endswith(CAUSE_READING_NOTE):  # the measure's cause: its clause alone states it
        cause = measure_cause(s.text, t.trigger_start)
        if cause is not None:
            return (Span(s.start + cause[0], s.start + cause[1]),)
    cut = [
        (lo if not lo <= t.trigger_start < hi else opener_end(s.text, lo), hi)
        for lo, hi in background_spans(s.text)
        if (not lo <= t.trigger_start < hi or t.trigger_start < opener_end(s.text, lo))
        and not _LATER_CLAUSE.match(s.text, lo)
    ]
    parts, pos = [], 0
    for lo, hi in cut:
        parts.append((pos, lo))
        pos = hi
    parts.append((pos, len(s.text)))
    return tuple(Span(s.start + lo, s.start + hi) for lo, hi in parts if s.text[lo:hi].strip())


def draft_for(doc: Doc, group: Group, country: str | None) -> EventDraft | None:
    """Assemble one draft; None when nothing at all bounds its date."""
    event_type, sub, score, type_reason = _reported_type(group, resolve_type(group))
    evidence = evidence_of(group)
    event_type, sub, type_reason = _escalated(evidence, event_type, sub, type_reason)
    event_type, sub, type_reason = _intervened(group, event_type, sub, type_reason)
    spans = spans_of(evidence)
    place, geo_precision, place_reason = _place(doc, group, spans)
    when = _second_reading_date(doc, group, spans, find_date(doc, spans, violent=event_type in _VIOLENT))
    if when.value is None and when.earliest is None and when.latest is None:
        return None
    # actors come from the sentences that state the event, not from the context sentences added
    # after them, nor from a background clause of theirs that recalls another event
    stated = tuple(part for m in group.mentions for part in _stated_parts(m))
    day = when.value or when.latest or when.earliest
    coded = _coded_actors(doc, group, stated, (event_type, sub, type_reason), place, country, day)
    (event_type, sub, type_reason), (actor1, actor2, actor_reason) = coded
    # a development's toll is only one its own words state: not a recalled clause's ("the curfew
    # came a week after clashes killed 12"), nor the cause a measure was taken after (an event of
    # its own, CAUSE_READING_AFTER)
    own = event_type == "Strategic developments"
    fatalities, low, high, fat_reason = find_fatalities(doc, stated if own else spans)
    claim = _claim_of(doc, spans, stated, (actor1, actor2))
    conf, conf_reason = confidence(
        Signals(
            score,
            len(group.mentions),
            all(m.typed.anaphoric for m in group.mentions),
            all(m.heading for m in group.mentions),
            place is not None and geo_precision < 3,
            _dated(when),
            not actor1.name.startswith("Unidentified"),
            sub,
        )
    )
    draft = EventDraft(
        doc.article.id,
        event_type,
        sub,
        evidence,
        when,
        place,
        geo_precision,
        actor1,
        actor2,
        fatalities,
        low,
        high,
        claim,
        confidence=conf,
        reasons={
            "type": type_reason,
            "place": place_reason,
            "date": when.reason,
            "actors": actor_reason,
            "fatalities": fat_reason,
            "claim": claim.reason,
            "confidence": conf_reason,
            "evidence": f"{len(group.mentions)} typed + {len(group.extra)} continuing sentences",
        },
    )
    return replace(draft, notes=note_for(draft, doc.article.text))


def extract_events(doc: Doc) -> tuple[EventDraft, ...]:
    """All event drafts of one document (needs sentences; uses toponyms, times, quantities, actors).

    Actor names are the contract's canonical names ("Military Forces of Nigeria"); ACLED's dated
    labels ("Military Forces of Nigeria (2015-)") are :func:`sitrep.actors.periods.dated_actor`."""
    mentions = detect_mentions(doc)
    if not mentions:
        return ()
    groups = continuations(doc, group_mentions(mentions), {m.index for m in mentions})
    country = doc_country_name(doc)
    drafts = [d for d in (draft_for(doc, g, country) for g in groups) if d is not None]
    return tuple(_single_event_toll(doc, drafts))


# Event types whose drafts carry a death toll of their own.
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def _single_event_toll(doc: Doc, drafts: list[EventDraft]) -> list[EventDraft]:
    """A report of one violent event whose sentences say nothing of deaths gives the toll elsewhere
    ("He died at the hospital", "the third officer fatally shot"): the article's toll is the
    event's. With two violent events or more, none of which states a toll of its own, the toll is
    the lead event's (the first in the text: news tells its main event first, and sentences such as
    "the shooting happened at 10 p.m." come out as events of their own); when one of them states a
    toll, a toll outside the events' sentences stays unused."""
    violent = [i for i, d in enumerate(drafts) if d.event_type in _VIOLENT]
    if not violent or any(drafts[i].fatalities is not None for i in violent):
        return drafts
    i = min(violent, key=lambda k: min((e.start for e in drafts[k].evidence), default=0))
    lead = "only" if len(violent) == 1 else "lead"
    # a conflict's overall toll ("has killed thousands since 2009") is no toll of this event
    body = tuple(Span(s.start, s.end) for s in doc.sentences or () if not is_aggregate(s.text))
    fatalities, low, high, why = find_fatalities(doc, body)
    if fatalities is None:
        return drafts
    reasons = {**drafts[i].reasons, "fatalities": f"the article's {lead} violent event; its toll: {why}"}
    draft = replace(drafts[i], fatalities=fatalities, fatalities_low=low, fatalities_high=high, reasons=reasons)
    drafts[i] = replace(draft, notes=note_for(draft, doc.article.text))
    return drafts


def prepare() -> None:
    """Compile now, once, the patterns the events stage and the readers it calls build on first use
    (dates recalled or counted back, weekday anchors, place owners and venues, notes): a mid-run first
    use compiled them in whichever article needed them first, about 50M instructions in all."""
    from sitrep.events import assemble, notes
    from sitrep.geo import eventplace
    from sitrep.time import counted, recalled, weekdays

    for build in (recalled._court_cue, recalled._count_pattern, recalled._since_link, counted._count,
                  weekdays._weekday_pattern, weekdays._month_pattern, assemble._last_period,
                  eventplace._owner_pattern, eventplace._venue_head):
        build()
    notes.prepare()


@stage("events", requires=("sentences", "toponyms", "times", "quantities", "actors"), assigns=("events",))
def make_events(ctx: Context) -> Callable[[Doc], Doc]:
    floor = ctx.settings.min_confidence
    prepare()

    def run(doc: Doc) -> Doc:
        return replace(doc, events=tuple(d for d in extract_events(doc) if d.confidence >= floor))

    return run
