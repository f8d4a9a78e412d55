"""ACLED-style notes of one or two sentences, written from an event's fields and its own evidence.

The first sentence says who did what to whom, where and when: the date, place, actors and sub-type
come from the record's fields; where a canonical actor name is generic ("Unidentified Armed Group
(Iraq)", "Civilians (Sudan)") the evidence's own description replaces it ("gunmen", "villagers"),
and the evidence may name the target ("a convoy") and the means ("an ambulance packed with
explosives"). The second sentence gives the toll (the record's fatalities, broken down by the
evidence's victim nouns when they add up), the wounded, and the claim (the record's claim fields).
Every phrase taken from the evidence is a :class:`Lift` with its offsets into the passage
(:func:`note_parts`); the knowledge (nouns, cues, templates) is ``data/events/notes.json``.

A note is a function of the fields and the evidence passage only, so the note of a draft and the
note of its single-source record agree (:func:`note_for`, :func:`note_for_event`), which is how the
merge stage tells a generated note (rewritten after merging) from a hand-written one (kept).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from sitrep.events.counts import _CASE_ODD, find_quantities, required_literals
from sitrep.events.lexicon import DATA_DIR
from sitrep.events.modality import is_aggregate
from sitrep.textutil import trie_alternation
from sitrep.types import Event, EventDraft, Place, Quantity, Sentence

__all__ = [
    "NOTE_MAX_CHARS",
    "Lift",
    "NoteFields",
    "NoteParts",
    "compose",
    "date_phrase",
    "note_for",
    "note_for_event",
    "note_parts",
    "place_phrase",
    "prepare",
]

# A note never runs longer than this: ACLED's own notes (Nigeria dev set) are a median of about 200
# characters; the longest canonical names ("Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai
# wal-Jihad", "Military Forces of Democratic Republic of Congo") with a place, a breakdown and a claim
# fit in 320. Over the cap, the optional parts are dropped one by one (``_REDUCTIONS``).
NOTE_MAX_CHARS = 320
# Evidence spans of a draft separated by at most this many characters are one passage (sentences of
# one paragraph or a headline over its lead), as ``records.evidence_run`` glues them.
EVIDENCE_GLUE_GAP = 3
# Characters before a target or a means phrase searched for the verb or preposition that makes it
# the target ("attacked a convoy", "struck the entrance of a restaurant") or the means ("drove an").
CUE_WINDOW = 60
# Characters before a description searched for a source cue ("according to residents").
SOURCE_WINDOW = 20
# A victim noun of more words than this is a clause, not a noun ("members of a rival group" is five
# words; "people who were at the market when it" is no noun).
MAX_VICTIM_WORDS = 5


@lru_cache(maxsize=1)
def _templates() -> dict:
    return json.loads((DATA_DIR / "notes.json").read_text(encoding="utf-8"))


# English month names, as ``%B`` writes them in the C locale (speed: ``strftime`` builds a time
# tuple and calls into the time module on every note; a test pins the equality).
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def date_phrase(value: date | None, precision: int) -> str:
    if value is None:
        return "On an unknown date"
    month_year = f"{_MONTHS[value.month - 1]} {value.year}"
    if precision >= 3:
        return f"In {month_year}"
    day = f"{value.day} {month_year}"
    return f"Around {day}" if precision == 2 else f"On {day}"


def place_phrase(place: Place | None, geo_precision: int) -> str:
    if place is None:
        return ""
    return _where(place.name, place.admin1, place.country, geo_precision)


def _where(name: str, admin1: str | None, country: str | None, geo_precision: int) -> str:
    if not name:
        return ""
    extras = [x for x in (admin1, country) if x and x != name]
    where = name + (f" ({', '.join(extras)})" if extras else "")
    return f" {'near' if geo_precision == 2 else 'in'} {where}"


@dataclass(frozen=True)
class NoteFields:
    """What a note says, from a draft or from a (merged) event record, and the evidence passage."""

    when: date | None
    precision: int
    where: str  # " in Hillah (Babil, Iraq)" or ""
    actor1: str
    actor2: str | None
    sub_event_type: str
    fatalities: int | None
    claim_status: str
    claimed_by: str | None
    passage: str = ""


@dataclass(frozen=True)
class Lift:
    """A phrase taken from the evidence: ``passage[start:end] == text``."""

    role: str  # "actor1", "actor2", "target", "means", "killed", "wounded"
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class NoteParts:
    """The pieces of a note: the rendered phrases and the evidence spans they come from."""

    subject: str
    plural_subject: bool
    actor2: str | None
    target: str | None
    means: str | None
    killed: tuple[tuple[int, str], ...]  # (count, victim noun) groups of the toll breakdown
    wounded: tuple[int, str] | None
    lifts: tuple[Lift, ...]


# ---- reading the evidence -------------------------------------------------------------------

_DATELINE = re.compile(r"[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]+\s+")
_AGENCY_DATELINE = re.compile(r"\([^)\n]{1,30}\)\s*[—–-]+\s+")
# A headline line: no final stop, a blank line after it (every match holds a line break).
_HEADLINE = re.compile(r"\s*[^\n]+?(?<![.!?\"”])\s*\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z0-9\"“])|\n\s*\n")


def _body_start(passage: str) -> int:
    """Where the story's sentences start: after a headline line (no final stop, a blank line after
    it) and a dateline ("HILLA, Iraq — ", "(s16 daily) — ")."""
    pos = 0
    head = _HEADLINE.match(passage) if "\n" in passage else None  # speed: most passages are one line
    if head and passage[head.end():].strip():
        pos = head.end()
    for _ in range(2):  # "MIAMI (WSVN) - MIAMI (WSVN) – "
        m = _DATELINE.match(passage, pos) or _AGENCY_DATELINE.match(passage, pos)
        if not m:
            break
        pos = m.end()
    return pos


def _sentences(passage: str, start: int) -> tuple[Sentence, ...]:
    out, pos = [], start
    for m in [*_SENTENCE_END.finditer(passage, start), None]:
        end = m.start() if m else len(passage)
        if passage[pos:end].strip():
            out.append(Sentence(pos, end, passage[pos:end]))
        pos = m.end() if m else end
    return tuple(out)


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=8)
def _description_rx(kind: str) -> re.Pattern[str]:
    t = _templates()
    nouns = t["descriptions"][kind]
    mods = _alternation(t["description_modifiers"])
    return re.compile(
        rf"\b(?P<mods>(?:(?:{mods})\s+)*)(?:(?P<pl>{_alternation(nouns['plural']) or '(?!)'})"
        rf"|(?P<sg>{_alternation(nouns['singular']) or '(?!)'}))\b(?!-)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _cue_rx() -> dict[str, re.Pattern[str]]:
    t = _templates()
    return {
        "source_after": re.compile(t["source_after"], re.IGNORECASE),
        "source_before": re.compile(t["source_before"], re.IGNORECASE),
        "target_cue": re.compile(t["target_cues"], re.IGNORECASE),
        "means_cue": re.compile(t["means_cues"], re.IGNORECASE),
        "target": re.compile(
            rf"\b(?P<det>a|an|the|their|its|his|her)\s+(?P<mods>(?:(?:{_alternation(t['target_modifiers'])})\s+){{0,2}})"
            rf"(?P<noun>{_alternation(t['targets'])})\b(?![-'’])",
            re.IGNORECASE,
        ),
        "means": re.compile(rf"\b(?:{'|'.join(f'(?:{p})' for p in t['means'])})\b", re.IGNORECASE),
    }


@lru_cache(maxsize=16)
def _needles(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased literals one of which every match of the case-insensitive ``rx`` holds (None: no
    such set is known)."""
    found = required_literals(rx.pattern)
    return frozenset(x.lower() for x in found) if found else None


@lru_cache(maxsize=8)
def _description_needles(kind: str) -> frozenset[str] | None:
    """The longest word of each of a description class's nouns: every match of
    ``_description_rx(kind)`` holds one (lower-cased)."""
    nouns = _templates()["descriptions"][kind]
    words = [w.lower().split() for w in (*nouns["plural"], *nouns["singular"])]
    return frozenset(max(w, key=len) for w in words) if words and all(words) else None


def _may_match(needles: frozenset[str] | None, passage: str) -> bool:
    """False only when a pattern whose every match holds one of ``needles`` cannot match anywhere in
    ``passage`` (speed: one substring test per literal instead of the pattern tried at every word;
    a passage holding a character that a case-insensitive pattern takes for an ASCII letter is
    always tried, see ``counts._CASE_ODD``)."""
    if needles is None or not passage.isascii() and any(c in passage for c in _CASE_ODD):  # isascii: speed
        return True
    return _finder(needles).search(passage.lower()) is not None


@lru_cache(maxsize=16)
def _finder(needles: frozenset[str]) -> re.Pattern[str]:
    """Any of ``needles`` anywhere (one search in C rather than a substring test per needle)."""
    return re.compile(trie_alternation(needles))


def prepare() -> None:
    """Load the templates and compile the patterns now, once, rather than in the first note that
    needs each (a mid-run first use compiles a pattern of a few hundred characters)."""
    kinds = _templates()["descriptions"]
    for kind in kinds:
        _description_rx(kind)
    cues = _cue_rx()
    for needles in (_needles(cues["target"]), _needles(cues["means"]), *map(_description_needles, kinds)):
        if needles is not None:
            _finder(needles)
    _kept_capitals()


@lru_cache(maxsize=256)
def _generic_kind(name: str | None) -> str | None:
    """The description class of a generic canonical actor name, else None."""
    if not name:
        return None
    for kind, prefixes in _templates()["generic_actors"].items():
        if any(name == p or name.startswith(p + " (") for p in prefixes):
            return kind
    return None


def _with_article(phrase: str, plural: bool) -> str:
    if plural:
        return phrase
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def _lower_words(text: str, keep: frozenset[str]) -> str:
    """Lower-case a lifted phrase (it may open a sentence: "Gunmen") but keep proper adjectives."""
    return " ".join(w if w in keep else w.lower() for w in text.split())


@lru_cache(maxsize=1)
def _kept_capitals() -> frozenset[str]:
    words = " ".join(_templates()["description_modifiers"]).split()
    return frozenset(w for w in words if w[:1].isupper())


def _description(passage: str, body: int, kind: str, role: str) -> tuple[str, bool, Lift] | None:
    """The first description of a generic actor in the passage's body that is no source of the
    report ("residents said"): (rendered phrase, plural, lift)."""
    cues, rx = _cue_rx(), _description_rx(kind)
    if not _may_match(_description_needles(kind), passage):
        return None
    for m in rx.finditer(passage, body):
        if cues["source_after"].match(passage, m.end()):
            continue
        if cues["source_before"].search(passage[max(0, m.start() - SOURCE_WINDOW):m.start()]):
            continue
        plural = m.group("pl") is not None
        text = m.group(0)
        return _with_article(_lower_words(text, _kept_capitals()), plural), plural, Lift(role, text, m.start(), m.end())
    return None


def _target(passage: str, body: int) -> tuple[str, Lift] | None:
    """The thing attacked, named right after an attack verb or preposition ("attacked a convoy",
    "struck the Abu Shouk camp" is not read: names between the article and the noun are left out)."""
    cues = _cue_rx()
    if not _may_match(_needles(cues["target"]), passage):
        return None
    for m in cues["target"].finditer(passage, body):
        if not cues["target_cue"].search(passage[max(body, m.start() - CUE_WINDOW):m.start()]):
            continue
        start = m.start("mods") if m.group("mods") else m.start("noun")
        phrase = " ".join(passage[start:m.end()].lower().split())
        return _with_article(phrase, False), Lift("target", passage[start:m.end()], start, m.end())
    return None


def _means(passage: str, body: int) -> tuple[str, Lift] | None:
    cues = _cue_rx()
    if not _may_match(_needles(cues["means"]), passage):
        return None
    for m in cues["means"].finditer(passage, body):
        if not cues["means_cue"].search(passage[max(body, m.start() - CUE_WINDOW):m.start()]):
            continue
        phrase = " ".join(m.group(0).lower().split())
        head = phrase.split(" and ")[0]
        plural = "with explosives" not in phrase and head.endswith("s")
        return _with_article(phrase, plural), Lift("means", m.group(0), m.start(), m.end())
    return None


# ---- tolls ----------------------------------------------------------------------------------


def _victim_noun(q: Quantity) -> str | None:
    """The victim noun of a count as a note writes it, or None: no noun, a pronoun, a clause, a
    name ("Amari Brown", "Members of ISIS": the last word capitalised), a noun that opens the count
    ("Toddler killed": it may be a headline's capital) or one that disagrees with the count."""
    t = _templates()
    who = re.sub(r"(?i)^(?:a|an|the|one)\s+", "", " ".join((q.who or "").split()))
    words = who.lower().split()
    if not who or who.lower() in t["victim_noun_reject"] or len(words) > MAX_VICTIM_WORDS:
        return None
    if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", who) or words[0] in t["victim_noun_reject"]:
        return None
    if words[-1] in t["victim_noun_open_ends"]:  # "40 members of": a cut phrase
        return None
    if who.lower() in t["victim_nouns_as_people"]:
        return "people"
    if q.text.startswith(who) or not who.split()[-1].islower():
        return None
    return who if _agrees(words[-1], q.value) else None


def _agrees(noun: str, n: int) -> bool:
    plural = noun.endswith("s") and not noun.endswith(("ss", "us")) or noun in _templates()["plural_nouns"]
    return plural == (n != 1)


@lru_cache(maxsize=1024)
def _tally(sentence: str) -> bool:
    low = sentence.lower()
    return is_aggregate(sentence) or any(c in low for c in _templates()["tally_cues"])


def _exact(qs, kind: str) -> list[tuple[Quantity, str | None]]:
    return [(q, _victim_noun(q)) for q in qs if q.kind == kind and q.value > 0 and "vague" not in q.reason]


def _breakdown(qs: tuple[Quantity, ...], fatalities: int) -> tuple[tuple[int, str], ...]:
    """Victim groups of the toll: all named groups when they add up to the record's toll, else the
    one group that equals it; () when the evidence's groups do not fit the toll."""
    groups: list[tuple[int, str]] = []
    for q, noun in _exact(qs, "killed"):
        if noun and noun not in (g[1] for g in groups) and (q.value, noun) not in groups:
            groups.append((q.value, noun))
    named = [g for g in groups if g[1] != "people"] or groups
    if named and sum(v for v, _ in named) == fatalities:
        return tuple(named)
    single = [g for g in groups if g[0] == fatalities]
    return (single[0],) if single else ()


def _count_phrase(n: int, noun: str) -> str:
    if noun == "people" and n == 1:
        noun = "person"
    return f"{n:,} {noun}"


def _toll_clause(fatalities: int | None, killed: tuple[tuple[int, str], ...]) -> str | None:
    t = _templates()
    if fatalities is None:
        return None
    if fatalities == 0:
        return t["no_fatalities"]
    verb = (t["singular_verbs"] if fatalities == 1 else t["plural_verbs"])["killed"]
    total = sum(v for v, _ in killed)
    if killed and total == fatalities:
        groups = [_count_phrase(v, w) for v, w in killed]
        listed = groups[0] if len(groups) == 1 else ", ".join(groups[:-1]) + " and " + groups[-1]
        verb = t["singular_verbs"]["killed"] if len(groups) == 1 and fatalities == 1 else t["plural_verbs"]["killed"]
        return f"{listed} {verb}"
    return f"{_count_phrase(fatalities, 'people')} {verb}"


def _wounded_clause(wounded: tuple[int, str] | None, after_toll: bool) -> str | None:
    if wounded is None:
        return None
    n, noun = wounded
    t = _templates()
    verb = (t["singular_verbs"] if n == 1 else t["plural_verbs"])["injured"]
    if after_toll and noun == "people":
        return f"{n:,} {verb.split()[-1]}"  # "95 people were killed and 158 wounded"
    return f"{_count_phrase(n, noun)} {verb}"


def _claim_clause(f: NoteFields) -> str | None:
    """The claim as ACLED writes it: "X claimed responsibility" only where a non-state doer claims
    its own attack; any other claim by a party ("Colombian army" counting the dead of a clash it
    fought, a force announcing its own deployment) is "claimed by X" (notes v3)."""
    status, by = f.claim_status, f.claimed_by
    if status == "reported":
        return None
    t = _templates()
    key = status if by else f"{status}_unknown"
    if key == "claimed" and not _claims_responsibility(f, t):
        key = "claimed_party"
    return t["claim_sentences"].get(key, "").format(by=by) or None


def _claims_responsibility(f: NoteFields, t: dict) -> bool:
    """A violent act whose doer is a non-state group claiming it: the claimant is that group, under
    this name or another ("the Pakistani Taliban" for "TTP: Tehreek-i-Taliban Pakistan"), unless the
    doer is a generic actor ("Unidentified Armed Group (Mali)": someone else's claim, JNIM's)."""
    if f.sub_event_type not in t["responsibility_sub_types"] or f.actor1.startswith(tuple(t["state_actor_prefixes"])):
        return False
    return f.claimed_by == f.actor1 or "(" not in f.actor1


# ---- composing ------------------------------------------------------------------------------


def note_parts(f: NoteFields) -> NoteParts:
    """What the evidence adds to the fields (each lifted phrase with its offsets in ``f.passage``)."""
    passage, lifts = f.passage, []
    body = _body_start(passage)
    subject, plural = f.actor1, _generic_kind(f.actor1) in ("protesters", "rioters", "victims")
    actor2 = f.actor2
    kind1, kind2 = _generic_kind(f.actor1), _generic_kind(f.actor2)
    if passage and kind1:
        found = _description(passage, body, kind1, "actor1")
        if found:
            subject, plural = found[0], found[1]
            lifts.append(found[2])
    if passage and kind2 and kind2 != kind1:
        found = _description(passage, body, kind2, "actor2")
        if found and found[0].lower() != subject.lower():
            actor2 = found[0]
            lifts.append(found[2])
    target = _target(passage, body) if passage and f.sub_event_type in _templates()["target_verbs"] else None
    means = _means(passage, body) if passage and f.sub_event_type in _templates()["means_sub_types"] else None
    lifts.extend(x[1] for x in (target, means) if x)
    # a conflict's or a year's tally ("more than 3,290 people have been shot this year") is no count
    # of this event: its sentences are left out, as the events stage leaves them out of tolls
    sentences = tuple(s for s in _sentences(passage, body) if not _tally(s.text))
    qs = find_quantities(passage, sentences) if sentences else ()
    killed = _breakdown(qs, f.fatalities) if f.fatalities else ()
    wounded = next(((q.value, n or "people", q) for q, n in _exact(qs, "injured")), None)
    lifts.extend(Lift("killed", q.text, q.start, q.end) for q in qs
                 if q.kind == "killed" and (q.value, _victim_noun(q)) in killed)
    if wounded:
        lifts.append(Lift("wounded", wounded[2].text, wounded[2].start, wounded[2].end))
    return NoteParts(subject, plural, actor2, target[0] if target else None, means[0] if means else None,
                     killed, wounded[:2] if wounded else None, tuple(lifts))


def _first_sentence(f: NoteFields, p: NoteParts) -> str:
    t = _templates()
    actor2 = p.actor2 or t["unknown_actor2"]
    their = "their" if p.plural_subject else "its"
    template = t["target_verbs"].get(f.sub_event_type) if p.target else None
    verb = (template or t["verbs"].get(f.sub_event_type, "was involved in an event"))
    verb = verb.format(actor2=actor2, target=p.target or "", their=their)
    means = t["means_clause"].format(means=p.means) if p.means else ""
    return f"{date_phrase(f.when, f.precision)}, {p.subject} {verb}{means}{f.where}."


def _second_sentence(f: NoteFields, p: NoteParts) -> str:
    toll = _toll_clause(f.fatalities, p.killed)
    wounded = _wounded_clause(p.wounded, bool(toll) and f.fatalities != 0)
    first = f"{toll} and {wounded}" if toll and wounded and f.fatalities else None
    parts = [first] if first else [x for x in (toll, wounded) if x]
    claim = _claim_clause(f)
    if claim:
        parts.append(claim)
    if not parts:
        return ""
    text = "; ".join(parts)
    return " " + text[:1].upper() + text[1:] + "."


# Optional parts dropped in this order when a note runs over NOTE_MAX_CHARS.
_REDUCTIONS = (
    lambda p: replace(p, means=None),
    lambda p: replace(p, wounded=None),
    lambda p: replace(p, killed=()),
    lambda p: replace(p, target=None),
)


def _render(f: NoteFields, p: NoteParts) -> str:
    return _first_sentence(f, p) + _second_sentence(f, p)


def _cut(text: str) -> str:
    """A note over the cap after every reduction (giant names): cut at the last word boundary."""
    head = text[: NOTE_MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:(")
    return head + "."


def compose(f: NoteFields) -> str:
    """'On 23 June 2014, gunmen clashed with Police Forces of Iraq in an attack on a convoy in
    Hillah (Babil, Iraq). 69 prisoners, 1 policeman and 8 attackers were killed.'"""
    parts = note_parts(f)
    note = _render(f, parts)
    for reduce in _REDUCTIONS:
        if len(note) <= NOTE_MAX_CHARS:
            return note
        parts = reduce(parts)
        note = _render(f, parts)
    if len(note) > NOTE_MAX_CHARS:
        note = _render(f, replace(parts, subject=f.actor1, actor2=f.actor2, plural_subject=False))
    return note if len(note) <= NOTE_MAX_CHARS else _cut(note)


def _draft_passage(draft: EventDraft, text: str | None) -> str:
    """The draft's first evidence passage, as its record's source carries it."""
    spans = sorted(draft.evidence, key=lambda e: (e.start, e.end))
    if not spans:
        return ""
    if text is not None:
        from sitrep.records import evidence_run

        start, end = evidence_run(draft, text)
        return text[start:end]
    out, end = spans[0].text, spans[0].end
    for e in spans[1:]:
        if e.start - end > EVIDENCE_GLUE_GAP:
            break
        out += (" " if e.start > end else "") + e.text[max(0, end - e.start):]
        end = max(end, e.end)
    return out


def note_for(draft: EventDraft, text: str | None = None) -> str:
    """The note of a draft; ``text`` is the article's text (its evidence passage as the record
    will carry it), else the draft's evidence spans are glued."""
    return compose(NoteFields(
        draft.date.value, draft.date.precision, place_phrase(draft.place, draft.geo_precision),
        draft.actor1.name, draft.actor2.name if draft.actor2 else None, draft.sub_event_type,
        draft.fatalities, draft.claim.status, draft.claim.claimed_by, _draft_passage(draft, text),
    ))


def note_for_event(ev: Event) -> str:
    """The note of a record whose fields changed (e.g. after merging reports)."""
    when = date.fromisoformat(ev.event_date) if ev.event_date else None
    return compose(NoteFields(
        when, ev.time_precision, _where(ev.location, ev.admin1, ev.country, ev.geo_precision),
        ev.actor1, ev.actor2, ev.sub_event_type, ev.fatalities, ev.claim_status, ev.claimed_by,
        ev.sources[0].evidence if ev.sources else "",
    ))
