"""From a group of sentences to an ``EventDraft``: type, place, date, actors, deaths, claim.

Each field comes from the engineer-owned function for it (``sitrep.geo.eventplace``,
``sitrep.time.eventdate``, ``sitrep.events.counts``, ``sitrep.events.claims``,
``sitrep.actors.roles``). While one of them is not importable, a clearly named fallback here
fills the field and says so in ``EventDraft.reasons``.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any, NamedTuple

from sitrep.events.grouping import Group
from sitrep.types import Actor, Claim, Doc, Evidence, Place, TimeRef

__all__ = [
    "Span",
    "default_actor2",
    "doc_country_name",
    "evidence_of",
    "find_actors",
    "find_claim",
    "find_date",
    "find_fatalities",
    "find_place",
    "hook",
    "not_after_publication",
    "resolve_type",
    "spans_of",
]

# With no date in the evidence, an event is placed in the week before publication (ACLED
# precision 2): news reports events of the last days.
FALLBACK_WEEK_DAYS = 6
_GENERIC_ACTOR = re.compile(r"^(?:Civilians|Unidentified|Protesters|Rioters)\b")


class Span(NamedTuple):
    """An evidence span as handed to the other stages' functions: unpacks as ``(start, end)``."""

    start: int
    end: int


@cache
def hook(path: str) -> Callable[..., Any] | None:
    """The function at 'module:name', or None while that module or name does not exist."""
    module, name = path.split(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def resolve_type(group: Group) -> tuple[str, str, float, str]:
    """The group's (event type, sub-event type, rule score, reason).

    A fresh statement beats an anaphoric one; a battle whose outcome is a taking of ground
    (another sentence of the group) is coded as the territorial change, as ACLED does.
    """
    fresh = [m for m in group.mentions if not m.typed.anaphoric] or list(group.mentions)
    best = max(fresh, key=lambda m: (m.typed.score, -m.index))
    handover = [m for m in group.mentions if m.typed.sub_event_type == "Non-violent transfer of territory"]
    if handover and best.typed.event_type == "Battles" and best.typed.sub_event_type != "Armed clash":
        return (*_typed(handover[0]), f"ground taken after a withdrawal: {handover[0].typed.reason}")
    ground = [
        m
        for m in group.mentions
        if m.typed.event_type == "Battles" and m.typed.sub_event_type != "Armed clash"
    ]
    if ground and best.typed.event_type == "Battles" and best not in ground:
        best = max(ground, key=lambda m: m.typed.score)
        return (
            best.typed.event_type,
            best.typed.sub_event_type,
            max(m.typed.score for m in group.mentions),
            f"battle with territorial outcome: {best.typed.reason}",
        )
    return best.typed.event_type, best.typed.sub_event_type, best.typed.score, best.typed.reason


def _typed(m) -> tuple[str, str, float]:
    return m.typed.event_type, m.typed.sub_event_type, m.typed.score


def evidence_of(group: Group) -> tuple[Evidence, ...]:
    return tuple(Evidence(s.start, s.end, s.text) for s in group.sentences)


def spans_of(evidence: tuple[Evidence, ...]) -> tuple[Span, ...]:
    return tuple(Span(e.start, e.end) for e in evidence)


def _inside(start: int, end: int, spans: tuple[Span, ...]) -> bool:
    return any(e.start <= start and end <= e.end for e in spans)


def doc_country_name(doc: Doc) -> str | None:
    fn = hook("sitrep.geo.eventplace:doc_country")
    if fn is not None:
        place = fn(doc)
        return place.country if place else None
    votes = Counter(t.place.country for t in doc.toponyms or () if t.place and t.place.country)
    return votes.most_common(1)[0][0] if votes else None


def find_place(
    doc: Doc, spans: tuple[Span, ...], anchors: tuple[tuple[int, int], ...] = ()
) -> tuple[Place | None, int, str]:
    """``anchors``: (start, end) document offsets of the event's triggers (its object is the place)."""
    fn = hook("sitrep.geo.eventplace:event_place")
    if fn is not None:
        return fn(doc, spans, anchors) if anchors else fn(doc, spans)
    inside = [t for t in doc.toponyms or () if t.place and _inside(t.start, t.end, spans)]
    towns = [t for t in inside if t.place.feature_class in ("P", "S")]
    if towns:
        return towns[0].place, 1, f"fallback: first town named in the evidence ({towns[0].text!r})"
    if inside:
        return inside[0].place, 3, f"fallback: region named in the evidence ({inside[0].text!r})"
    country = doc_country_name(doc)
    if country:
        return (
            Place(country, None, None, country, None, feature_class="A", feature_code="PCLI"),
            3,
            "fallback: article country",
        )
    return None, 3, "fallback: no place"


def find_date(doc: Doc, spans: tuple[Span, ...], violent: bool = False) -> TimeRef:
    """The event's date (``sitrep.time.eventdate``); a ``violent`` event dated by a follow-up
    ("was arrested Friday") or an unattached expression takes the incident's own day when the
    article states it elsewhere, and one a follow-up story recalls is dated to its own time or to
    an undated window before publication (``_recalled_story``); a bare weekday of its evidence kept
    from a first report takes the incident's written day of that weekday (``_weekday_anchor``)."""
    fn = hook("sitrep.time.eventdate:event_date")
    if fn is not None:
        when = fn(doc, spans)
        if when.reason.startswith(_UNDATED_EVIDENCE):
            when = _lead_date(doc, when)
        elif violent:
            when = _recalled_incident(doc, when)
        if violent:
            when = _recalled_story(doc, _incident_period(doc, when, spans))
            when = _weekday_anchor(doc, when)
            when = _counted_incident(doc, spans, when)
        return not_after_publication(when, doc.article.published)
    inside = [t for t in doc.times or () if t.value and _inside(t.start, t.end, spans)]
    if inside:
        return inside[0]
    pub = doc.article.published
    first = spans[0]
    if pub is None:
        return TimeRef(
            first.start, first.start, "", None, 3, reason="fallback: no date and no publication date"
        )
    return TimeRef(
        first.start,
        first.start,
        "",
        pub - timedelta(days=FALLBACK_WEEK_DAYS // 2),
        2,
        earliest=pub - timedelta(days=FALLBACK_WEEK_DAYS),
        latest=pub,
        reason="fallback: week before publication",
    )


def _counted_incident(doc: Doc, spans: tuple[Span, ...], when: TimeRef) -> TimeRef:
    """A violent event dated by a day of its sentence no incident word governs, that sentence
    counting the violence from that day ("on Monday, two days after jihadists killed 12 soldiers"):
    the counted day (``sitrep.time.counted``)."""
    from sitrep.time.counted import counted_incident

    return counted_incident(doc, spans, when)


def _weekday_anchor(doc: Doc, when: TimeRef) -> TimeRef:
    """A bare weekday of the event's own evidence re-read as the one day of that weekday the
    article writes out a week or more before its reading ("on Saturday night" in a caption kept
    from the first report, "on Nov. 12" further down): ``sitrep.time.weekdays``. On the GVA dev
    main events this re-dates 3 weekdays, all to the registry's day, and none wrongly. A weekday
    taken from elsewhere in the article (the lead-date rule) is left alone: there the written day
    was another incident's ("a July 7 attack in Dallas" in a report of a Thursday shooting: the one
    such re-dating on GVA dev was wrong). Violent events only: the written day is an incident's."""
    from sitrep.time.eventdate import reference_day
    from sitrep.time.weekdays import weekday_anchor

    if not when.reason.startswith(_IN_EVIDENCE):
        return when
    times = doc.times or ()
    return weekday_anchor(when, times, doc.article.text, reference_day(doc, times))


# event_date's reason for a date found in the evidence spans.
_IN_EVIDENCE = "in the evidence"
# event_date's reason when neither the evidence nor the sentence before it holds a date.
_UNDATED_EVIDENCE = "no date in the evidence"


def _lead_date(doc: Doc, when: TimeRef) -> TimeRef:
    """An event whose sentences carry no date takes the article's first day-precise date that dates
    an incident ("the March 9 shooting", "was shot on Jan. 7"), else its first day-precise date no
    follow-up governs ("in bond court Thursday", "a vigil Tuesday"), else its first day-precise date
    (none after publication, none a page stamp, none more than LEAD_MAX_DAYS back): news dates its
    main event early, and a report
    written days later (a follow-up, an arrest) names the day of the event there, while the first
    date of a follow-up is often the follow-up's own ("arrested Friday in the March 9 shooting").
    On the GVA dev articles whose main event is undated (incidents 0-600) the first date is right
    for 236 of 325 against 152 for the publication-day fallback; preferring an incident's date
    (clock times included: ``attachment(clock=True)``) changes 34 main-event dates of
    single-incident articles on half 0 of the incidents (26 right after against 4 before) and 21
    on half 1 (16 against 2). Skipping follow-ups' dates, page stamps and history changed 8 more on
    half 0 (7 right after against 1 before) and 13 on half 1 (9 against 4)."""
    from sitrep.time.eventdate import report_stamp

    pub, text = doc.article.published, doc.article.text
    days = [t for t in doc.times or ()
            if t.value is not None and t.precision == 1 and (pub is None or t.value <= pub)
            and not report_stamp(text, t) and not _history(t, pub)]
    if not days:
        return when
    first = next((t for t in days if _dates_incident(text, t)), None)
    why = "the article's first date of an incident"
    if first is None:
        first = next((t for t in days if not _dates_follow_up(text, t)), days[0])
        why = "the article's first date" + ("" if first is days[0] else " not of a follow-up")
    return replace(first, reason=f"no date in the evidence; {why}: {first.reason}")


# A date further back than this from publication is history recalled ("the Aug. 1, 1966 tower
# shooting"), not the day of the event a report is about: the GVA dev merge links follow-up
# reports (trials, sentencings) to incidents up to two years old (``sitrep.merge.features``).
LEAD_MAX_DAYS = 730


def _history(t: TimeRef, pub) -> bool:
    return pub is not None and t.value is not None and (pub - t.value).days > LEAD_MAX_DAYS


def _dates_follow_up(text: str, t: TimeRef) -> bool:
    from sitrep.time.attach import FOLLOW_UP, attachment

    return attachment(text, t) == FOLLOW_UP


def _dates_incident(text: str, t: TimeRef) -> bool:
    from sitrep.time.attach import INCIDENT, attachment

    return attachment(text, t, clock=True) == INCIDENT and not _quoted(text, t.start)


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation of its paragraph: "a shooting today" in a mayor's
    statement quoted a day later names the speaker's day, not a date the report gives."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count("\u201c") > para.count("\u201d") or para.count('"') % 2 == 1


def _recalled_incident(doc: Doc, when: TimeRef) -> TimeRef:
    """A violent event dated by an expression that does not date an incident (a follow-up's:
    "charged Friday in the shooting", "took the stand Monday", or an unattached one) takes the one
    earlier day the article dates as an incident's ("the March 9 shooting", "was shot on Jan. 7");
    two such days would be two incidents, so the evidence's day is kept. On the single-incident GVA
    dev articles this changes 23 main-event dates on half 0 (17 right after against 3 before) and
    27 on half 1 (19 against 4); most of the rest are a day off (overnight incidents). With no such
    day, a follow-up's day ("sentenced Thursday") gives way to the first earlier date no follow-up
    governs near it (``_before_follow_up``): 4 more right on half 0, 6 on half 1, none made wrong."""
    from sitrep.time.attach import FOLLOW_UP, INCIDENT, attachment
    from sitrep.time.eventdate import report_stamp

    text = doc.article.text
    how = attachment(text, when, clock=True) if when.value is not None and when.text else INCIDENT
    if how == INCIDENT:
        return when
    dated = [t for t in doc.times or () if t.value is not None and t.precision == 1 and t.value <= when.value
             and not report_stamp(text, t)]
    if when.value != doc.article.published and any(t.value == when.value and _dates_incident(text, t)
                                                   for t in dated):
        return when  # "the April 24 mass shooting" ... "prior to April 24": the day is the incident's
    earlier = [t for t in dated if t.value < when.value]
    days = [t for t in earlier if _dates_incident(text, t)]
    if len({t.value for t in days}) == 1:
        day = days[0]
        why = "not an incident's day, the article dates the incident"
        return replace(day, reason=f"{when.reason}; {why}: {day.reason}")
    if days or how != FOLLOW_UP:
        return when
    return _before_follow_up(text, when, [t for t in earlier if not _history(t, doc.article.published)])


# A week or a month (ACLED precision 2 or 3) names the period of an incident; a quarter or a year
# is background (``sitrep.time.eventdate.COARSE_MAX_DAYS``).
PERIOD_MAX_DAYS = 31


def _incident_period(doc: Doc, when: TimeRef, spans: tuple[Span, ...]) -> TimeRef:
    """A violent event dated to a day that no incident word governs, later than the week or month
    the article names for an incident ("last week's deaths", "opened fire on a cookout ... last
    week", "the attack last month"), happened in that period: the day is a follow-up's ("said in
    bond court Thursday", "charges were dismissed Tuesday"). So did an event the article dates to
    no day at all (the days up to publication) when it names any month or week for the incident
    ("the fatal shooting of ... in July" in a report of a fifth arrest). The first such period is
    taken, narrowed to the one day the article dates inside it, if any (``sitrep.time.eventdate``)."""
    from sitrep.time.attach import INCIDENT, attachment
    from sitrep.time.eventdate import narrowed, reference_day, report_stamp

    text, pub = doc.article.text, doc.article.published
    undated = not when.text and when.precision > 1
    if when.value is None or not undated and (
            when.precision != 1 or (when.text and attachment(text, when, clock=True) == INCIDENT)):
        return when
    periods = [t for t in doc.times or () if _period_before(t, when, pub, undated)
               and not report_stamp(text, t) and attachment(text, t) == INCIDENT and not _quoted(text, t.start)]
    if not periods:
        return when
    first = min(periods, key=lambda t: t.start)
    found = narrowed(first, doc.times or (), reference_day(doc, doc.times or ()), text, spans)
    return replace(found, reason=f"{when.reason}; later than the period the article names for the incident: "
                                 f"{found.reason}")


def _recalled_story(doc: Doc, when: TimeRef) -> TimeRef:
    """A violent event still dated at publication by nothing that dates an incident, in a follow-up
    story that counts back to its incident ("in the six weeks since the mass shooting") or whose
    headline names a court stage ("sentenced", "mistrial"): the counted time, else an undated
    window well before publication (``sitrep.time.recalled``), never the publication day."""
    from sitrep.time.recalled import recalled_date

    return recalled_date(doc, when)


def _period_before(t: TimeRef, when: TimeRef, pub, any_period: bool = False) -> bool:
    """Whether ``t`` is a week or month wholly before ``when`` and not after publication; unless
    ``any_period``, only the last week, weekend or month before publication ("last week", "this
    past weekend", "last month"): next to a day the article writes, a named month ("in August",
    "June 2014") or a count back ("a month ago") dates another incident as often as this one (on
    the GVA dev articles they moved 8 right main-event dates for 1 wrong one put right)."""
    if t.value is None or t.precision == 1 or t.earliest is None or t.latest is None:
        return False
    if not any_period and not _last_period().search(t.text):
        return False
    return (t.latest - t.earliest).days <= PERIOD_MAX_DAYS and t.latest < (when.earliest or when.value) \
        and (pub is None or t.latest <= pub)


@cache
def _last_period() -> re.Pattern[str]:
    """"last week", "past month", "this past weekend", "over the weekend": a relative word that looks
    back (``relatives`` of ``sitrep/data/time/lexicon.json``) before a week, weekend or month."""
    from sitrep.time.lexicon import lexicon

    back = "|".join(sorted((w for w, n in lexicon()["relatives"].items() if n == -1), key=len, reverse=True))
    units = r"\s+(?:week|weekend|month)"
    return re.compile(rf"^(?:(?:this\s+)?(?:{back}){units}|(?:over\s+)?the\s+weekend)$", re.I)


# How far from a follow-up's date (characters) the incident's day is looked for: a report states it
# near its lead; dates further down a scraped page are often a related story's ("Easter" in a
# sidebar). On the GVA dev main events so re-dated, the 10 right days lay within 900 characters
# of the text's start.
FOLLOW_UP_REACH_CHARS = 1000


def _before_follow_up(text: str, when: TimeRef, earlier: list[TimeRef]) -> TimeRef:
    """A violent event dated only by what followed it ("sentenced Thursday", "charged Friday") and
    no incident day in the article: the first earlier day no follow-up governs, if any (the lead
    date's rule, ``_lead_date``)."""
    plain = [t for t in earlier
             if not _dates_follow_up(text, t) and abs(t.start - when.start) <= FOLLOW_UP_REACH_CHARS]
    if not plain:
        return when
    day = min(plain, key=lambda t: t.start)
    why = "a follow-up's day, the article's first earlier date"
    return replace(day, reason=f"{when.reason}; {why}: {day.reason}")


def not_after_publication(when: TimeRef, published) -> TimeRef:
    """A reported event happened on or before the day it was published: a reading that lands later
    ("came a week after gunmen stormed ...", read forward from the attack) is cut back to end on the
    publication day."""
    if published is None or when.value is None or when.value <= published:
        return when
    width = when.latest - when.earliest if when.latest and when.earliest else timedelta(0)
    earliest = min(when.earliest or published, published - width)
    return replace(
        when,
        value=published,
        precision=max(when.precision, 2),
        earliest=earliest,
        latest=published,
        reason=f"{when.reason}; read as {when.value.isoformat()}, after publication: bounded by the publication day",
    )


def _default_actor(event_type: str, country: str | None) -> Actor:
    where = f" ({country})" if country else ""
    if event_type == "Protests":
        return Actor(f"Protesters{where}", 6, reason="default for protests")
    if event_type == "Riots":
        return Actor(f"Rioters{where}", 5, reason="default for riots")
    return Actor(f"Unidentified Armed Group{where}", 3, reason="no named actor in the evidence")


def default_actor2(event_type: str, sub: str, country: str | None) -> Actor | None:
    """The actors engineer's default second actor for the type ("Military Forces of Iraq" losing
    ground to a non-state actor); None while that function is not importable."""
    fn = hook("sitrep.actors.roles:_default_actor")
    return fn("actor2", event_type, sub, country) if fn is not None else None


def find_actors(
    doc: Doc, spans: tuple[Span, ...], event_type: str, sub: str, country: str | None, on: date | None = None
) -> tuple[Actor, Actor | None, str]:
    """actor1, actor2 and a reason; ``on`` is the event's day (a group's dated role: the Taliban
    were Afghanistan's state forces from August 2021)."""
    fn = hook("sitrep.actors.roles:assign_actors")
    if fn is not None:
        return fn(doc, spans, event_type, sub, country, on)
    inside = [a for a in doc.actors or () if a.start is not None and _inside(a.start, a.end, spans)]
    named = [a for a in inside if not _GENERIC_ACTOR.match(a.name)]
    actor1 = named[0] if named else _default_actor(event_type, country)
    others = [a for a in inside if a.name != actor1.name]
    return actor1, (others[0] if others else None), "fallback: first named actor in the evidence"


def find_fatalities(doc: Doc, spans: tuple[Span, ...]) -> tuple[int | None, int | None, int | None, str]:
    fn = hook("sitrep.events.counts:fatalities_for")
    if fn is not None:
        return fn(doc, spans)
    killed = {
        (q.start, q.end): q
        for q in doc.quantities or ()
        if q.kind == "killed" and _inside(q.start, q.end, spans)
    }
    if not killed:
        return None, None, None, "fallback: no death count in the evidence"
    qs = list(killed.values())
    return (
        sum(q.value for q in qs),
        sum(q.low for q in qs),
        sum(q.high for q in qs),
        "fallback: sum of death counts in the evidence",
    )


_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)
_DENY = re.compile(r"\bden(?:y|ies|ied)\b", re.IGNORECASE)


def find_claim(doc: Doc, spans: tuple[Span, ...], actor1: Actor | None) -> Claim:
    fn = hook("sitrep.events.claims:claim_for")
    if fn is not None:
        return fn(doc, spans, actor1=actor1)
    text = " ".join(doc.article.text[s:e] for s, e in spans)
    if _DENY.search(text):
        return Claim("denied", None, reason="fallback: a denial in the evidence")
    if _CLAIM.search(text):
        return Claim("claimed", actor1.name if actor1 else None, reason="fallback: 'claim' in the evidence")
    return Claim("reported", None, reason="fallback: stated as fact")
