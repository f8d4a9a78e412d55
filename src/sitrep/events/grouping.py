"""Sentences of one article that report the same event become one group.

A typed sentence joins the previous group when it is close (``MAX_GAP`` sentences) and
compatible (same kind of event, no conflicting place or day), or any earlier group it shares a
death toll, a place or (when neither names a place) an actor with. Headings join the first
compatible group that follows them. Untyped sentences that continue a group ("The convoy was
headed from ...", "Another 34 people were wounded.") are added to its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitrep.events.lexicon import load_lexicon
from sitrep.events.typing import SentenceType
from sitrep.types import Doc, Sentence

__all__ = [
    "OWN_LOOTING",
    "VIOLENT_TYPES",
    "Group",
    "Mention",
    "continuations",
    "group_mentions",
    "intervention_in",
    "is_heading",
]

# Two typed sentences at most this many sentences apart may be one event without sharing a
# place, toll or actor (calibrated on the seeds: follow-up sentences sit 1-2 sentences later).
MAX_GAP = 2
# An anaphoric mention ("the attack") looks this many sentences back for its event.
ANAPHORA_REACH = 8
# How many untyped sentences after a group may continue it.
MAX_CONTINUATION = 2
# A heading is a line without final punctuation of at most this many words.
HEADING_MAX_WORDS = 16
# Letters kept by the crude stem that ties a definite noun back to its introduction.
STEM_CHARS = 6
# A bare toll joined to an event of another kind keeps this share of its own rule score (below
# the event's sentences: the toll never decides the event's type).
TOLL_SCORE_SHARE = 0.5
# Death tolls shared by two sentences link them only from this size up ("one", "two" are common).
MIN_LINKING_TOLL = 5

TRANSFER = "Non-violent transfer of territory"
LOOTING = "Looting/property destruction"
# The reason's ending of a raid's reading made looting of its own beside a fight (events stage).
OWN_LOOTING = "looting of its own"
PEACEFUL_PROTEST = "Peaceful protest"
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
CROWD_TYPES = frozenset({"Protests", "Riots"})
_CONTINUES = re.compile(r"^(?:The|This|That|These|Those|Its|Their)\s+(?:\w+\s+){0,2}?(\w{4,})", re.IGNORECASE)
_ALSO_START = re.compile(r"^(?:Another|Also|In addition|Additionally|Meanwhile,? (?:another|a further))\b")
# "Twelve soldiers killed.", "Six dead, injuries reported.", "At least 500 dead": a sentence that
# opens on a bare toll tells the deaths of the event before it (ACLED notes, news follow-ups).
_TOLL_OPENING = re.compile(
    r"^[\"“]?(?:(?:at least|about|some|an estimated|no fewer than|more than|over|nearly)\s+)?"
    r"(?:\d[\d,]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|scores|many|several)[\"”]?"
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:were|are|was|is|have been|has been)\s+)?(?:(?:reported(?:ly)?|confirmed|"
    r"feared|believed)\s+)?(?:dead|killed|died|kia)\b",
    re.IGNORECASE,
)
# "Police said at least six people had died.", "Officials said 12 people were killed.": a
# sentence that is nothing but a toll, named by a source, with no doer, place or day of its own,
# tells the deaths of the event before it, be it a riot (a kind of its own).
_BARE_TOLL = re.compile(
    r"^(?:[\w'’ -]{2,60}?\s+(?:said|says|say|reported|confirmed|added)\s+(?:that\s+)?)?"
    r"(?:(?:at least|about|some|an estimated|no fewer than|more than|over|nearly|up to)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|dozens|scores|several|many)\s+(?:people|persons|civilians|residents|villagers|others|"
    r"protesters|demonstrators|victims|soldiers|troops|policemen|police officers|officers|gendarmes|"
    r"personnel|fighters|militants|insurgents|attackers|assailants|rebels|members|militiamen)?\s*(?:had|have|has|were|was|are)?\s*(?:been\s+)?"
    r"(?:died|dead|killed|lost their lives|perished)(?:\s+(?:so far|in (?:the|all) (?:violence|unrest|clashes|attack|fighting)))?"
    r"[\s,]*(?:[\w'’ ]{0,40}\bsaid)?\s*[.!]?[\"”]?$",
    re.IGNORECASE,
)
# Event types whose last group a bare toll may tell the deaths of.
TOLL_TYPES = VIOLENT_TYPES | {"Riots"}
_INDEFINITE = re.compile(r"\b(?:a|an)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?([\w-]{4,})\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b\d[\d,]*\b")
# "The victim ...", "The 16-year-old ...": a sentence opening on a definite noun phrase
_DEFINITE_OPENING = re.compile(r"^(?:The|This|That|These|Those|Both)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A sentence that reports an event, with what links it to other sentences."""

    index: int
    sentence: Sentence
    typed: SentenceType
    places: frozenset[str]
    days: frozenset[str]
    tolls: frozenset[int]
    actors: frozenset[str]
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    mentions: tuple[Mention, ...]
    extra: tuple[Sentence, ...] = ()

    @property
    def last(self) -> int:
        return max(m.index for m in self.mentions)

    @property
    def places(self) -> frozenset[str]:
        return frozenset().union(*(m.places for m in self.mentions))

    @property
    def days(self) -> frozenset[str]:
        return frozenset().union(*(m.days for m in self.mentions))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(sorted({m.sentence for m in self.mentions} | set(self.extra), key=lambda s: s.start))


def is_heading(s: Sentence, index: int, title: str | None) -> bool:
    text = s.text.strip()
    if index == 0 or (title and text == title.strip()):
        return True
    return not text.endswith((".", "!", "?", '"', "”", "'")) and len(text.split()) <= HEADING_MAX_WORDS


def _family(et: str, sub: str = "") -> str:
    if et in VIOLENT_TYPES or sub == "Looting/property destruction":  # destruction during an attack
        return "violent"
    return "crowd" if et in CROWD_TYPES else et


def _compatible(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Can two typed sentences be one event? A taking of ground goes with fighting only (a
    massacre in a seized city is another event); within a family, anything else goes."""
    if {a[1], b[1]} <= TERRITORY | {TRANSFER}:  # "seized the town after the army withdrew"
        return True
    fa, fb = _family(*a), _family(*b)
    if fa != fb:
        return False
    if fa == "Strategic developments":
        return a[1] == b[1]
    ground = {s for s in (a[1], b[1]) if s in TERRITORY}
    return not ground or {a[1], b[1]} <= TERRITORY | {"Armed clash"}


def _own_looting(m: Mention) -> bool:
    """A raid that only looted, told apart from a fight (the events stage's ``OWN_LOOTING``)."""
    return m.typed.sub_event_type == LOOTING and m.typed.reason.endswith(OWN_LOOTING)


def _same_kind(m: Mention, g: Group) -> bool:
    mine = (m.typed.event_type, m.typed.sub_event_type)
    kinds = {(x.typed.event_type, x.typed.sub_event_type) for x in g.mentions}
    # looting told as its own act beside a fight is an event of its own (ACLED codes both)
    battle = m.typed.event_type == "Battles" or any(k[0] == "Battles" for k in kinds)
    if battle and (_own_looting(m) or any(_own_looting(x) for x in g.mentions)):
        return False
    return all(_compatible(mine, k) for k in kinds) or (
        m.typed.anaphoric and any(_compatible(mine, k) for k in kinds)
    )


def _conflict(m: Mention, g: Group) -> bool:
    places, days = g.places, g.days
    if m.places and places and not (m.places & places):
        return True
    return bool(m.days and days and not (m.days & days))


def _linked(m: Mention, g: Group) -> bool:
    tolls = frozenset().union(*(x.tolls for x in g.mentions))
    if {t for t in m.tolls & tolls if t >= MIN_LINKING_TOLL}:
        return True
    if m.places & g.places:
        return True
    if not m.places and not g.places:
        return bool(m.actors & frozenset().union(*(x.actors for x in g.mentions)))
    return False


def _refers_back(m: Mention) -> bool:
    """"The victim suffered a gunshot wound ...": a sentence that opens on a definite noun phrase
    naming the people hit, and names no place or day of its own, tells more of an event already
    reported (as "the attack" does)."""
    if m.places or m.days:
        return False
    head = _DEFINITE_OPENING.match(m.sentence.text)
    if head is None:
        return False
    victim = load_lexicon().cues_i.get("VICTIM")
    return victim is not None and victim.search(head.group(1)) is not None


def _bare_toll(m: Mention) -> bool:
    """Whether the typed sentence is only a death toll with no place or day of its own."""
    return not m.places and not m.days and _BARE_TOLL.match(m.sentence.text.strip()) is not None


def _toll_target(m: Mention, groups: list[Group]) -> int | None:
    """The latest violent or riot group near enough for a bare toll to tell its deaths."""
    for i in range(len(groups) - 1, -1, -1):
        if m.index - groups[i].last > MAX_GAP:
            return None
        if any(x.typed.event_type in TOLL_TYPES for x in groups[i].mentions):
            return i
    return None


def _as_toll(m: Mention, g: Group) -> Mention:
    """A bare toll joined to a group reads as that group's event, never outranking its sentences."""
    lead = max(g.mentions, key=lambda x: x.typed.score)
    typed = replace(
        m.typed,
        event_type=lead.typed.event_type,
        sub_event_type=lead.typed.sub_event_type,
        score=min(m.typed.score, lead.typed.score) * TOLL_SCORE_SHARE,
        reason=f"{m.typed.reason}; a bare toll of the event before",
    )
    return replace(m, typed=typed)


# A sentence opening so tells another event than the ones before it: it joins none of them.
# Not "Elsewhere in the area": ACLED's own notes so add a second engagement of the same operation
# to one event (ACLED Nigeria dev: the one such note keeps its joint toll).
_APART_START = re.compile(
    r"^(?:Separately|Elsewhere(?! in the (?:same )?(?:area|vicinity|locality))|In (?:a |an )?(?:separate|unrelated|different) (?:[\w-]+ )?(?:incident|attack|development|event|raid|strike|bombing|clash|case)s?"
    r"|In (?:another|a further|a second|a third|yet another) (?:[\w-]+ )?(?:incident|attack|development|event|raid|strike|bombing|clash|case)"
    r"|In other (?:news|developments|incidents|violence)|On a separate note)\b"
)


def _apart(m: Mention) -> bool:
    """"Separately, RSF shelling of the camp killed five", "Elsewhere, militants shelled a post",
    "In another attack, ...": the writer marks the sentence as a different event."""
    return _APART_START.match(m.sentence.text.lstrip("\"'“‘ ")) is not None


def _sequel_fight(m: Mention, groups: list[Group]) -> bool:
    """"CODECO militiamen killed 12 villagers ... The assailants then fought peacekeepers who came
    to the rescue": a fight told as what followed an attack on civilians is another event (ACLED
    codes the attack and the battle apart, each with its own second actor and toll)."""
    if m.typed.event_type != "Battles" or not groups:
        return False
    if any(x.typed.event_type != "Violence against civilians" for x in groups[-1].mentions):
        return False
    return load_lexicon().cues_i["SEQUEL_FIGHT"].search(m.sentence.text) is not None


# "Some protesters had earlier broken into the parliament compound": an act told in the
# pluperfect with "earlier" happened before the story's main event, at another moment.
_EARLIER_ACT = re.compile(
    r"\bhad (?:\w+ly )?(?:earlier|previously|already|first)\b|\bearlier (?:on|in the day)\b", re.IGNORECASE
)
RIOT = "Violent demonstration"


def _earlier_riot(m: Mention, groups: list[Group]) -> bool:
    """'Police opened fire on demonstrators ..., killing five. Some protesters had earlier broken
    into the parliament and set part of it on fire': the rioting told as an earlier act of the
    crowd is an event of its own beside the force used on the protest (ACLED codes the violent
    demonstration, Rioters, and the excessive force against protesters apart)."""
    if m.typed.sub_event_type != RIOT or not groups or not _EARLIER_ACT.search(m.sentence.text):
        return False
    return all(x.typed.sub_event_type != RIOT for x in groups[-1].mentions)


def _target(m: Mention, groups: list[Group]) -> int | None:
    if _apart(m) or _sequel_fight(m, groups) or _earlier_riot(m, groups):
        return None
    toll = (
        _toll_target(m, groups)
        if groups and _bare_toll(m) and not any(x.typed.event_type == m.typed.event_type for x in groups[-1].mentions)
        else None
    )
    if toll is not None:
        return toll
    if (
        groups
        and m.index - groups[-1].last <= MAX_GAP
        and _same_kind(m, groups[-1])
        and not _conflict(m, groups[-1])
    ):
        return len(groups) - 1
    if m.typed.anaphoric or _refers_back(m):  # "the attack", "the victim": the latest event it can be
        for i in range(len(groups) - 1, -1, -1):
            if (
                m.index - groups[i].last <= ANAPHORA_REACH
                and _same_kind(m, groups[i])
                and not _conflict(m, groups[i])
            ):
                return i
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if _same_kind(m, g) and not _conflict(m, g) and _linked(m, g):
            return i
    return None


def _attach_headings(groups: list[Group]) -> list[Group]:
    """A group made only of headings joins the first compatible group after it."""
    out: list[Group] = []
    pending: list[Group] = []
    for g in groups:
        if all(m.heading for m in g.mentions) and len(g.mentions) <= 2:
            pending.append(g)
            continue
        keep = [p for p in pending if not _joinable(p, g)]
        joined = [m for p in pending if p not in keep for m in p.mentions]
        pending = keep  # a heading not about this event may be about a later one
        out.append(replace(g, mentions=tuple(sorted(joined + list(g.mentions), key=lambda m: m.index))))
    return out + pending


def _joinable(head: Group, g: Group) -> bool:
    first = min(g.mentions, key=lambda x: x.index)
    if _apart(first) or _sequel_fight(first, [head]):  # a heading sums up the story's first event
        return False
    return all(_same_kind(m, g) and not _conflict(m, g) for m in head.mentions)


def group_mentions(mentions: list[Mention]) -> list[Group]:
    """Mentions in text order to event groups (in order of their first sentence)."""
    groups: list[Group] = []
    for m in mentions:
        i = _target(m, groups) if not m.heading else None
        if i is None:
            groups.append(Group((m,)))
            continue
        if _bare_toll(m) and not _same_kind(m, groups[i]):
            m = _as_toll(m, groups[i])
        groups[i] = replace(groups[i], mentions=groups[i].mentions + (m,))
    merged = _roundup_headings(_attach_headings(groups))
    return sorted(merged, key=lambda g: min(x.index for x in g.mentions))


# A story whose body tells at least this many events is a roundup: its headline sums them up
# ("Drone kills two in Belgorod; shelling hits Vovchansk", "Fighting and drone strike hit Amhara").
ROUNDUP_BODY_GROUPS = 2
_SENTENCE_END = (".", "!", "?", '"', "”", "'")
# A headline summing up two stories joins their clauses with a semicolon ("Israel strikes Damascus;
# Turkish drones hit SDF near Manbij"); one without it (US local news: "Man shot in Deer Lodge",
# above a story of its follow-ups) names its own main event.
_CLAUSE_JOIN = re.compile(r";\s")


def _two_clauses(m: Mention) -> bool:
    return _CLAUSE_JOIN.search(m.sentence.text) is not None


def _roundup_headings(groups: list[Group]) -> list[Group]:
    """In a roundup, the headline tells no event of its own and types none. A group made only of
    the headings above the body is dropped when the headline joins two clauses with a semicolon and
    the body tells events of its type (they are the headline's events; "Man arrested after
    shooting" above two arrests keeps its shooting), and
    such a heading whose sub-event type no body sentence of its group shares stays evidence with
    a score of 0, so that it never types the group ("Papua rebels kill two drivers; army reports
    clash" joined to the killing would type it a clash). Heading-like lines inside the body (a
    transcript's "-- G Iraq's military is pushing back ... --") and stories of one body event
    keep theirs."""
    body = [g for g in groups if not all(m.heading for m in g.mentions)]
    if len(body) < ROUNDUP_BODY_GROUPS:
        return groups
    first = min(m.index for g in body for m in g.mentions if not m.heading)

    def headline(m: Mention) -> bool:
        # a heading above the body, not a heading-like line within it, nor the first sentence of
        # an untitled text (a lead, which ``is_heading`` counts as a heading)
        return m.heading and m.index < first and not m.sentence.text.rstrip().endswith(_SENTENCE_END)

    told = {m.typed.event_type for g in body for m in g.mentions if not headline(m)}
    out = []
    for g in groups:
        if all(headline(m) and _two_clauses(m) and m.typed.event_type in told for m in g.mentions):
            continue  # the body tells events of its type ("Man arrested after shooting" above two arrests: kept)
        subs = {m.typed.sub_event_type for m in g.mentions if not headline(m)}
        kept = tuple(
            m if not headline(m) or m.typed.sub_event_type in subs else replace(m, typed=replace(m.typed, score=0.0))
            for m in g.mentions
        )
        out.append(replace(g, mentions=kept))
    return out


def _introduced(g: Group) -> set[str]:
    """Nouns the group's sentences introduce ("an Iraqi police convoy", "a recruiting station")
    and its triggers: a later "the convoy" or "the attack" refers back to them."""
    words = {_stem(w) for m in g.mentions for w in re.findall(r"\w{4,}", m.typed.trigger)}
    for m in g.mentions:
        for np in _INDEFINITE.finditer(m.sentence.text):
            words.update(_stem(w) for w in re.findall(r"\w{4,}", np.group(1)))
    return words


def _stem(word: str) -> str:
    """A crude stem, enough to tie "the attack" to "attacked"."""
    return word.lower()[:STEM_CHARS]


def _continues(s: Sentence, words: set[str], introduced: set[str]) -> bool:
    if _ALSO_START.match(s.text) or _TOLL_OPENING.match(s.text) or _blames(s.text) or toll_update(s.text):
        return True
    m = _CONTINUES.match(s.text)
    if m and m.group(1).lower() in words:
        return True
    return any(_stem(d.group(1)) in introduced for d in _DEFINITE.finditer(s.text))


def toll_update(text: str) -> re.Match[str] | None:
    """A revised toll ("The number of people killed has risen to 45", "the death toll rose to 16",
    "bringing the toll to 12": ``TOLL_UPDATE`` in cues.json) tells more of the event before it."""
    return load_lexicon().cues_i["TOLL_UPDATE"].search(text)


def _blames(text: str) -> bool:
    """An untyped sentence laying the event before it at someone's door ("The local committee
    blamed the Rapid Support Forces", "Residents held the army responsible": ``BLAME`` in
    cues.json) continues it: the actors stage reads who is blamed in the event's spans."""
    return load_lexicon().cues_i["BLAME"].search(text) is not None


def continuations(doc: Doc, groups: list[Group], typed: set[int]) -> list[Group]:
    """Add the untyped sentences right after each group that continue it (after a peaceful
    protest, also one telling that forces intervened: "Police fired tear gas to disperse them")."""
    sents = doc.sentences or ()
    out = []
    for g in groups:
        words = {w.lower() for m in g.mentions for w in re.findall(r"\w{4,}", m.sentence.text)}
        introduced = _introduced(g)
        protest = all(m.typed.sub_event_type == PEACEFUL_PROTEST for m in g.mentions)
        extra = []
        for k in range(g.last + 1, min(len(sents), g.last + 1 + MAX_CONTINUATION)):
            if k in typed:
                break
            if not _continues(sents[k], words, introduced) and not (protest and intervention_in(sents[k].text)):
                break
            extra.append(sents[k])
        out.append(replace(g, extra=tuple(extra)) if extra else g)
    return out


def intervention_in(text: str) -> re.Match[str] | None:
    """An asserted intervention of state forces against a crowd in a sentence without a protest
    word of its own ("Police fired tear gas to disperse them": ``INTERVENE`` and ``INTERVENER`` in
    cues.json), or None ("no one was arrested", "police may disperse the march", "the women blocked
    the road": no forces acted)."""
    from sitrep.events.modality import BLOCKING, assess

    cues = load_lexicon().cues_i
    if cues["INTERVENER"].search(text) is None:
        return None
    for hit in cues["INTERVENE"].finditer(text):
        if BLOCKING.isdisjoint(assess(text, hit.start(), hit.end()).flags):
            return hit
    return None


def numbers_in(text: str) -> frozenset[int]:
    """Digit numbers written in a sentence (a fallback when the quantities stage found none)."""
    out = set()
    for m in _NUMBER.finditer(text):
        try:
            out.add(int(m.group().replace(",", "")))
        except ValueError:
            continue
    return frozenset(out)
