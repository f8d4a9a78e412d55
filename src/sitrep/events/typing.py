"""Sentence-level event detection and ACLED sub-event typing from the cue lexicon.

A sentence gets the highest-scoring rule whose cues are all present, whose vetoes are absent
and whose trigger is asserted (see :mod:`sitrep.events.modality`). ``@territory`` rules are
resolved to "Government regains territory" or "Non-state actor overtakes territory" by who took
the ground.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from sitrep.events.lexicon import (
    _TOKEN,
    ANCHOR_CHARS,
    MAX_MEMO_WORDS,
    MIN_KEY_CHARS,
    Lexicon,
    Rule,
    load_lexicon,
)
from sitrep.events.modality import BLOCKING, SUBORDINATE, Modality, assess, background_clause, clause_start
from sitrep.types import EVENT_TYPES

__all__ = [
    "SUB_TO_TYPE",
    "SentenceType",
    "classify_sentence",
    "could_type",
    "event_type_of",
    "headline_vetoes",
]

SUB_TO_TYPE: dict[str, str] = {sub: et for et, subs in EVENT_TYPES.items() for sub in subs}

# An anaphoric trigger ("the attack") usually refers back to an event already reported: its
# rule score is multiplied by this, so that a fresh trigger in the same sentence wins (set so that
# 0.8 x the best rule stays below every plain rule but the weakest; checked on the seeds).
ANAPHORIC_PENALTY = 0.8
# Triggers that stay events after "to": people gather "to protest", groups meet "to sign a truce".
PURPOSE_OK = frozenset({"PROTEST", "PROTEST_VERB", "CHANGE", "CHANGE_STRONG", "AGREE", "AGREE_STRONG"})
# Triggers that report what happened even as a continuing activity ("police continue to arrest
# organisers", "the factions continue to fortify their positions", "protesters continued to
# rally"): ACLED codes the arrests, the fortifying and the protest of the day; a violent verb told
# so ("militants continue to attack villages") is a habit, not one event, and stays blocked.
ONGOING_OK = frozenset({"ARREST", "CHANGE", "CHANGE_STRONG", "GROUP_FORMED", "HQ", "PROTEST", "PROTEST_VERB"})
# Flags that such a continuing activity carries: "continue to" (generic, and ongoing when it is
# the only generic word) and the "to" before the verb.
_ONGOING_FLAGS = frozenset({"ongoing", "generic", "infinitive"})
# A trigger whose clause names a year ("the scene of a 2017 chemical attack") or that sits in a
# background clause ("a week after gunmen stormed", see modality.background_clause) is usually an
# old event recalled; the sentence's other reading wins when there is one (CASE-2021 dev: +1 point
# of accuracy against no penalty). A main-clause reading always beats a background-clause one.
RECALLED_PENALTY = 0.85
# A trigger read only because its rule tolerates a blocking flag (a chemical attack told as an
# accusation, "accused the army of dropping chlorine") pays this, as a recalled one does: a
# reading of the sentence's own main clause ("launched airstrikes on groups it accused of a
# chlorine attack") wins (CASE-2021 dev: the one such snippet is an air strike).
TOLERATED_PENALTY = RECALLED_PENALTY
# How far after a passive trigger ("fell to", "captured by") to look for who took ground (chars).
ACTOR_REACH = 120


@dataclass(frozen=True, slots=True)
class SentenceType:
    """What one sentence reports: the sub-event type, its trigger (sentence offsets) and why."""

    event_type: str
    sub_event_type: str
    score: float
    trigger_start: int
    trigger_end: int
    trigger: str
    cues: tuple[str, ...]
    modality: Modality
    reason: str

    @property
    def anaphoric(self) -> bool:
        return self.modality.anaphoric


def event_type_of(sub: str) -> str:
    return SUB_TO_TYPE[sub]


# Without toponyms from the geo stage, a capitalised word after a preposition counts as a place.
_PLACE_GUESS = re.compile(
    r"\b(?:from|in|into|of|near|at|over|to|outside|around) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


@dataclass(frozen=True, slots=True)
class _Span:
    """A match-like span for cues that come from other stages (PLACE)."""

    s: int
    e: int
    text: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self) -> str:
        return self.text


_AGENT_BEFORE = re.compile(r"\bby (?:[\w-]+ ){0,3}$", re.IGNORECASE)
# "killing 16, including a police corporal": people named after "including" are a few of the
# victims, not the target that makes the event a fight (ACLED codes the attack on the many).
_INCLUDED_BEFORE = re.compile(r"\bincluding (?:an? |one |two |three |the |\d+ )?(?:[\w-]+ )?$", re.IGNORECASE)
# How far before a target word "including ..." is looked for (chars).
INCLUDED_REACH = 30
# "..., police said": the subject of a verb of saying or finding is a source, not a target.
_SPEAKER_AFTER = re.compile(
    r"(?:\s+(?:\w+ly|have|had|has|are|were|later))?\s+(?:said|say|says|told|tell|reported|report|reports|"
    r"believe|believed|added|stated|confirmed|announced|responded|arrived|found|identified|investigat\w+)\b",
    re.IGNORECASE,
)


# Sentences whose word keys and cue matches are kept: a sentence is pre-checked, read as itself,
# then as the next one's context (its vetoes), and what it holds is the same each time. Cleared
# past this many (the next sentence is all that needs them; a longer memory only keeps match
# objects alive, and clearing is safe while another thread reads the dict).
MAX_SHARED_SENTENCES = 16
_SHARED: dict[str, _Read] = {}


class _Read:
    """What one sentence gives under one lexicon: its lower-cased text (None when lower-casing
    moves offsets), its word keys (see :func:`_vocabulary_keys`; None: unknown), its cue matches."""

    __slots__ = ("cues", "folded", "keys", "lex")

    def __init__(self, lex: Lexicon, text: str):
        lowered = text.lower()  # matching lower-cased text is much faster than re.IGNORECASE
        self.lex, self.folded, self.cues = lex, lowered if len(lowered) == len(text) else None, {}
        self.keys = _vocabulary_keys(lex, self.folded) if self.folded else None


def _read(lex: Lexicon, text: str) -> _Read:
    """The shared reading of ``text`` under ``lex`` (speed: made once for every use of it)."""
    got = _SHARED.get(text)
    if got is None or got.lex is not lex:
        if len(_SHARED) >= MAX_SHARED_SENTENCES:
            _SHARED.clear()
        got = _SHARED[text] = _Read(lex, text)
    return got


_KEY_LENGTHS = range(MIN_KEY_CHARS, ANCHOR_CHARS + 1)
# Per lexicon, its key vocabulary and the keys of each word seen that are in it (cleared past
# MAX_MEMO_WORDS words, as the memo of ``word_keys``).
_VOCABULARY: dict[int, tuple[Lexicon, frozenset[str], dict[str, tuple[str, ...]]]] = {}


def _vocabulary_keys(lex: Lexicon, folded: str) -> frozenset[str]:
    """``word_keys(folded)`` less the keys no cue of ``lex`` is anchored on: every test typing
    makes with a sentence's keys is a test against anchors (trigger keys, cue anchors, rule
    anchors, partner anchors), so it gives the same answer with the smaller set, made faster."""
    got = _VOCABULARY.get(id(lex))
    if got is None or got[0] is not lex:
        got = _VOCABULARY[id(lex)] = (lex, frozenset().union(*lex.anchors.values()), {})
    _, vocabulary, memo = got
    toks = set(_TOKEN.findall(folded))  # speed: each distinct word once
    if len(memo) >= MAX_MEMO_WORDS:
        memo.clear()
    for tok in toks.difference(memo):  # the set difference runs in C; most words are known
        memo[tok] = tuple({tok[:n] for n in _KEY_LENGTHS} & vocabulary)
    return frozenset(chain.from_iterable(map(memo.__getitem__, toks)))


class _Matches:
    """Cue matches of one sentence, computed on demand. ``A|B`` means either cue."""

    def __init__(
        self,
        text: str,
        lex: Lexicon,
        places: tuple[tuple[int, int], ...] | None,
        actor_sides: tuple[tuple[int, int, str], ...] | None = None,
    ):
        self.text, self.lex, self.places, self._local = text, lex, places, {}
        read = _read(lex, text)
        self._cache, self.folded, self.keys = read.cues, read.folded, read.keys
        self.actor_sides = actor_sides

    def __call__(self, cue: str) -> list:
        # the lexicon's cues depend on the text alone: shared with the sentence read as context
        cache = self._local if "PLACE" in cue else self._cache
        if cue not in cache:
            cache[cue] = self._find(cue)
        return cache[cue]

    def _find(self, cue: str) -> list:
        if "|" in cue:
            return sorted((m for c in cue.split("|") for m in self(c)), key=lambda m: m.start())
        if cue == "PLACE":
            if self.places is not None:
                return [_Span(s, e, self.text[s:e]) for s, e in self.places]
            return [_Span(m.start(1), m.end(1), m.group(1)) for m in _PLACE_GUESS.finditer(self.text)]
        anchors = self.lex.anchors[cue]
        if self.keys is not None and anchors and anchors.isdisjoint(self.keys):
            return []
        found = (
            list(self.lex.cues[cue].finditer(self.folded))
            if self.folded
            else list(self.lex.cues_i[cue].finditer(self.text))
        )
        if cue.endswith("_TARGET"):  # "killed by police": the police did it, they are not the target
            found = [
                m
                for m in found
                if not _AGENT_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
                and not _SPEAKER_AFTER.match(self.text, m.end())
                and not _INCLUDED_BEFORE.search(self.text, max(0, m.start() - INCLUDED_REACH), m.start())
            ]
        return found


def _partner_ok(rule: Rule, trig: re.Match[str], matches: _Matches) -> bool:
    for cue in rule.all[1:]:
        found = matches(cue)
        if rule.before is not None:
            if not any(_close_before(rule, trig, m, matches) for m in found):
                return False
        elif rule.within is None:
            if not any(m.start() != trig.start() for m in found):
                return False
        elif not any(_close_after(rule, trig, m, matches) for m in found):
            return False
    return True


def _close_before(rule: Rule, trig: re.Match[str], m, matches: _Matches) -> bool:
    """A cue ending at most ``rule.before`` chars before the trigger, with no ``between_none`` cue
    in between ("police are searching after a boy was found shot": the boy was shot)."""
    if not (trig.start() - (rule.before or 0) <= m.start() and m.end() <= trig.start()):
        return False
    return not any(m.end() <= b.start() < trig.start() for c in rule.between_none for b in matches(c))


def _close_after(rule: Rule, trig: re.Match[str], m, matches: _Matches) -> bool:
    if not (
        trig.start() < m.start() <= trig.end() + (rule.within or 0)
    ):  # may sit inside "freed several villages"
        return False
    return not any(trig.end() <= b.start() < m.start() for c in rule.between_none for b in matches(c))


def _vetoed(
    rule: Rule,
    matches: _Matches,
    context: _LazyMatches | None,
    imposed: frozenset[str] = frozenset(),
    lifted: frozenset[str] = frozenset(),
) -> bool:
    none = [c for c in rule.none if c not in lifted] if lifted else rule.none
    return (
        any(matches(c) for c in none)
        or (context is not None and any(context(c) for c in none if context.reaches(c)))
        or not imposed.isdisjoint(none)
    )


def _rule_type(rule: Rule) -> str:
    """The event type a rule codes (a taking of ground is a battle whoever takes it)."""
    return "Battles" if rule.sub == "@territory" else SUB_TO_TYPE[rule.sub]


def headline_vetoes(
    title: str | None, lexicon: Lexicon | None = None
) -> tuple[frozenset[str], frozenset[str], str]:
    """The veto cues an article's headline imposes on its headline-like lines, those it imposes on
    every line, and why. A story headlined as an accidental or self-inflicted shooting ("Boy, 4,
    accidentally shoots himself") tells of no attack in its other headline-like lines either (a
    related story's "Boy, 10, shot in face"), unless the headline also reads as a killing of
    others ("Man kills wife, then himself, in murder-suicide"); a story headlined as a gunman's
    ("shooting rampage", "gunman") tells of no riot when it speaks of "the rampage"."""
    lex = lexicon or load_lexicon()
    if not title or not lex.headline_vetoes:
        return frozenset(), frozenset(), ""
    matches = _Matches(title, lex, ())
    hits = {
        c: found[0].group()
        for c in lex.headline_vetoes
        if (found := matches(c)) and not any(matches(u) for u in lex.headline_unless.get(c, ()))
    }
    reason = "; ".join(f"headline {c} ({w!r})" for c, w in hits.items())
    return frozenset(hits), frozenset(hits) & lex.headline_everywhere, reason


_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|has|have|had|\w+ly)\s+$", re.IGNORECASE)
_PREP_AFTER = re.compile(r"\s+(?:in|at|near|after|during|outside)\b", re.IGNORECASE)


def _reduced_relative(text: str, trig: re.Match[str]) -> bool:
    """'recruits captured in Tikrit': a participle after a noun, not a taking of ground."""
    word = trig.group().lower()
    if not word.endswith("ed") or " " in word:
        return False
    return (
        bool(_PREP_AFTER.match(text, trig.end()))
        and not _AUX_BEFORE.search(text, 0, trig.start())
        and trig.start() > 0
        and text[trig.start() - 1] == " "
    )


def _try_rule(
    rule: Rule,
    matches: _Matches,
    context: _LazyMatches | None,
    imposed: frozenset[str] = frozenset(),
    lifted: frozenset[str] = frozenset(),
    tolerated: frozenset[str] = frozenset(),
) -> tuple[re.Match[str], Modality] | None:
    triggers = matches(rule.all[0])
    if (
        not triggers
        or not all(matches(c) for c in rule.all[1:])
        or _vetoed(rule, matches, context, imposed, lifted)
    ):
        return None
    recalled = None
    for trig in triggers:
        if (
            not _partner_ok(rule, trig, matches)
            or (rule.sub == "@territory" and _reduced_relative(matches.text, trig))
            or _in_proper_name(matches.text, trig)
        ):
            continue
        mod = assess(matches.text, trig.start(), trig.end())
        factual = mod.factual or (tolerated and BLOCKING.isdisjoint(set(mod.flags) - tolerated))
        if factual or (rule.all[0] in PURPOSE_OK and _only_infinitive(mod)) or _ongoing_ok(rule, mod):
            if SUBORDINATE.isdisjoint(mod.flags):
                return trig, mod
            recalled = recalled or (trig, mod)  # a main-clause trigger later on wins over it
    return recalled


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _in_proper_name(text: str, trig) -> bool:
    """'the Balochistan *Liberation* Army', 'the Moro Islamic *Liberation* Front': a capitalised
    trigger between two capitalised words is part of a name, not an act (in a title-case headline,
    with no lower-case word of four letters or more, every word is capitalised)."""
    if trig.start() == 0 or not all(w[:1].isupper() for w in text[trig.start() : trig.end()].split()):
        return False
    if not _CAPITALISED_BEFORE.search(text, max(0, trig.start() - 30), trig.start()):
        return False
    if not _CAPITALISED_AFTER.match(text, trig.end()):
        return False
    return any(w[0].islower() for w in _TITLE_WORD.findall(text))


def _ongoing_ok(rule: Rule, mod: Modality) -> bool:
    """A non-violent activity told as continuing ("continue to detain activists"): see ONGOING_OK."""
    return (
        "ongoing" in mod.flags
        and rule.all[0] in ONGOING_OK
        and BLOCKING.isdisjoint(set(mod.flags) - _ONGOING_FLAGS)
    )


def _only_infinitive(mod: Modality) -> bool:
    return "infinitive" in mod.flags and not (BLOCKING - {"infinitive"}).intersection(mod.flags)


def _marks(matches: _Matches) -> list[tuple[int, int, str, str]]:
    """Actor words of the sentence as (start, end, side, text): from the actors stage, and from
    the STATE/NONSTATE cues where the actors stage found nothing ("the group")."""
    staged = sorted((s, e, side, matches.text[s:e]) for s, e, side in matches.actor_sides or ())
    marks = [(m.start(), m.end(), "state", m.group()) for m in matches("STATE")]
    marks += [(m.start(), m.end(), "nonstate", m.group()) for m in matches("NONSTATE")]
    extra = [x for x in marks if not any(x[0] < y[1] and y[0] < x[1] for y in staged)]
    return sorted(staged + extra)


# Head nouns with no side of their own: "rebel forces", "militia troops" are the modifier's side.
_GENERIC_HEADS = frozenset({"forces", "troops", "soldiers", "units"})


def _head(marks: list[tuple[int, int, str, str]]) -> tuple[str, str]:
    """The side of the first noun phrase: adjacent actor words are one phrase, whose last word
    is its head ("Arakan Army fighters" is fighters)."""
    head = marks[0]
    for nxt in marks[1:]:
        if nxt[0] - head[1] > 1:
            break
        if nxt[3].lower() in _GENERIC_HEADS and head[2] == "nonstate":
            head = (head[0], nxt[1], "nonstate", f"{head[3]} {nxt[3]}")  # "rebel forces"
            continue
        head = nxt
    return head[2], head[3]


# "fell to X", "captured by X", "captured from Boko Haram by X": who took the ground is named after.
_PASSIVE_AGENT = re.compile(r"\s*(?:from (?:[\w'’-]+ ){1,4})?(?:by|to)\b", re.IGNORECASE)


# "The militants were pushed back from their strongholds": a passive verb of expulsion says that
# its subject lost the ground, so the other side took it (when no agent after "by" names it).
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_EXPULSION_VERBS = frozenset(
    {"pushed", "driven", "expelled", "dislodged", "ousted", "routed", "flushed", "chased", "cleared", "forced", "beaten"}
)
_OTHER_SIDE = {"state": "nonstate", "nonstate": "state"}


def _side(matches: _Matches, trig: re.Match[str], hint: str | None) -> tuple[str, str]:
    """Who took the ground: 'state' or 'nonstate', with the words that say so; the other side of
    a subject that "was pushed back from" or "driven out of" the ground."""
    side, words = _named_side(matches, trig, hint)
    word = trig.group().lower().split(" ")[0]
    expelled = word in _EXPULSION_VERBS and _PASSIVE_BEFORE.search(matches.text, 0, trig.start())
    if (
        not expelled
        or side not in _OTHER_SIDE
        or words == "earlier sentence"
        or " by " in f" {trig.group()} "
    ):
        return side, words
    return _OTHER_SIDE[side], f"the other side of {words!r}, expelled"


def _named_side(matches: _Matches, trig: re.Match[str], hint: str | None) -> tuple[str, str]:
    """Who the sentence names as the taker: 'state' or 'nonstate', with the words that say so."""
    text, marks = matches.text, _marks(matches)
    word = trig.group().lower()
    passive = (
        _PASSIVE_AGENT.match(text, trig.end())
        or word.startswith(("fell", "fallen", "falls", "came"))
        or (word.endswith((" by", " to")) and not word.startswith("advanced"))
    )
    if passive:
        agent = passive.end() if isinstance(passive, re.Match) else trig.end()
        after = [x for x in marks if agent - 3 <= x[0] <= trig.end() + ACTOR_REACH]
        if after:
            return _head(after)
    clause = clause_start(text, trig.start())
    background = background_clause(text, trig.start())
    if background is not None:  # "the army ... since rebels captured X": the background clause's own subject
        clause = max(clause, background[0])
    before = [x for x in marks if clause <= x[0] and x[1] <= trig.start()]
    if before:  # the clause's subject comes first: "security forces ... on Taliban militants recaptured"
        partner = _state_partner(text, marks, before[0], matches.lex.coordination)
        return partner if partner is not None else _head(before)
    before = [x for x in marks if x[1] <= trig.start()]
    if before:  # no actor in the clause: the sentence's subject ("militants ... after taking over a base")
        return _head(before)
    return (hint, "earlier sentence") if hint else ("", "")


def _state_partner(text: str, marks, first, coordination: re.Pattern[str] | None) -> tuple[str, str] | None:
    """State forces coordinated before the clause's subject ("Malian troops and Wagner fighters",
    the clause split at "and"; the words between them: ``coordination`` of the lexicon) take the
    ground with it: the state side, as ACLED codes joint operations with the government."""
    if coordination is None:  # a lexicon built without "coordination"
        return None
    prior = [x for x in marks if x[1] <= first[0] and coordination.fullmatch(text, x[1], first[0])]
    if prior and prior[-1][2] == "state" and first[2] != "state":
        return "state", f"{prior[-1][3]} with {first[3]}"
    return None


def _resolve_territory(
    rule: Rule, trig: re.Match[str], matches: _Matches, hint: str | None
) -> tuple[str, str]:
    side, word = _side(matches, trig, hint)
    retake = rule.all[0] in ("RETAKE", "RETAKEN")
    if rule.all[0] == "RETAKEN" and not _PASSIVE_AGENT.match(matches.text, trig.end()):
        # "the rebel-held town of X was retaken": the side named before lost it, no taker is named
        side, word = "", ""
    if not side:
        side, word = ("state", "default for retaking") if retake else ("nonstate", "default for taking")
    sub = "Government regains territory" if side == "state" else "Non-state actor overtakes territory"
    return sub, f"taken by {side} side ({word!r})"


def _candidate(
    rule: Rule,
    matches: _Matches,
    context: _LazyMatches | None,
    hint: str | None,
    imposed: frozenset[str] = frozenset(),
    lifted: frozenset[str] = frozenset(),
    tolerated: frozenset[str] = frozenset(),
) -> SentenceType | None:
    found = _try_rule(rule, matches, context, imposed, lifted, tolerated | rule.tolerates)
    if found is None:
        return None
    trig, mod = found
    sub, extra = rule.sub, ""
    if sub == "@territory":
        sub, extra = _resolve_territory(rule, trig, matches, hint)
    score = (
        rule.score
        * (ANAPHORIC_PENALTY if mod.anaphoric else 1.0)
        * (RECALLED_PENALTY if {"dated", "recalled"}.intersection(mod.flags) else 1.0)
        * (TOLERATED_PENALTY if rule.tolerates.intersection(mod.flags) else 1.0)
    )
    cue_text = " + ".join(rule.all[1:])
    reason = (
        f"trigger {trig.group()!r}" + (f" + {cue_text}" if cue_text else "") + (f"; {extra}" if extra else "")
    )
    if mod.flags:
        reason += f"; {mod.reason}"
    return SentenceType(
        SUB_TO_TYPE[sub], sub, score, trig.start(), trig.end(), trig.group(), rule.all, mod, reason
    )


class _LazyMatches:
    """The sentence before, matched only when a rule's vetoes are looked up in it."""

    def __init__(
        self,
        text: str,
        lex: Lexicon,
        lifted: frozenset[str] = frozenset(),
        only: frozenset[str] | None = None,
    ):
        self.text, self.lex, self._m, self.lifted, self.only = text, lex, None, lifted, only

    def reaches(self, cue: str) -> bool:
        """Is the veto ``cue`` looked for in this context?"""
        return cue not in self.lifted and (self.only is None or cue in self.only)

    def __call__(self, cue: str) -> list:
        if self._m is None:
            self._m = _Matches(self.text, self.lex, ())
        return self._m(cue)


_ANCHORS: dict[int, tuple[frozenset[str], ...]] = {}
_RULE_INDEX: dict[int, tuple[dict[str, frozenset[int]], frozenset[int]]] = {}


def _rules_for(lex: Lexicon, keys: frozenset[str] | None) -> list[Rule]:
    """The rules whose trigger and other cues may match a sentence with these word keys, best
    score first (all rules when the keys are unknown)."""
    if keys is None:
        return list(lex.rules)
    partners = _partner_anchors(lex)
    return [lex.rules[i] for i in _picked(lex, keys) if _partners_present(partners[i], keys)]


def _partners_present(anchors: tuple[frozenset[str], ...], keys: frozenset[str]) -> bool:
    """Does the sentence hold a key of each of a rule's other cues (see :func:`_partner_anchors`)?"""
    for a in anchors:
        if a.isdisjoint(keys):
            return False
    return True


def _picked(lex: Lexicon, keys: frozenset[str]) -> list[int]:
    """Indices (best score first) of the rules whose trigger cue may match these word keys."""
    got = _RULE_INDEX.get(id(lex))
    if got is None:
        by_key: dict[str, set[int]] = {}
        for i, needs in enumerate(_rule_anchors(lex)):
            for k in needs:
                by_key.setdefault(k, set()).add(i)
        always = frozenset(i for i, needs in enumerate(_rule_anchors(lex)) if not needs)
        got = ({k: frozenset(v) for k, v in by_key.items()}, always)
        _RULE_INDEX[id(lex)] = got
    by_key, always = got
    picked = set(always)
    for k in keys & by_key.keys():
        picked |= by_key[k]
    return sorted(picked)


_PARTNERS: dict[int, tuple[tuple[frozenset[str], ...], ...]] = {}


def _partner_anchors(lex: Lexicon) -> tuple[tuple[frozenset[str], ...], ...]:
    """Per rule, the word keys of its other cues (one key of each set must occur, or the cue finds
    nothing and the rule fails): the test :meth:`_Matches._find` starts with, made once per rule
    instead of after scanning for the trigger. Cues without keys (PLACE, unfiltered) are left out."""
    got = _PARTNERS.get(id(lex))
    if got is None:
        got = tuple(
            tuple(a for a in (_cue_anchor(lex, c) for c in rule.all[1:]) if a) for rule in lex.rules
        )
        _PARTNERS[id(lex)] = got
    return got


def _rule_anchors(lex: Lexicon) -> tuple[frozenset[str], ...]:
    """Per rule, the word keys one of which a sentence must hold for its trigger cue to match (an
    empty set: no filter; ``A|B`` cues: either's keys, or no filter when either has none)."""
    got = _ANCHORS.get(id(lex))
    if got is None:
        got = tuple(_cue_anchor(lex, rule.all[0]) for rule in lex.rules)
        _ANCHORS[id(lex)] = got
    return got


def _cue_anchor(lex: Lexicon, cue: str) -> frozenset[str]:
    parts = [lex.anchors.get(c, frozenset()) for c in cue.split("|")]
    return frozenset() if any(not p for p in parts) else frozenset().union(*parts)


def could_type(text: str, lexicon: Lexicon | None = None) -> bool:
    """False when no rule's trigger can match the sentence (the cheap word-key test alone)."""
    lex = lexicon or load_lexicon()
    if not lex.trigger_keys:
        return True
    read = _read(lex, text)
    if read.folded is None:
        return True
    return bool(read.folded) and not lex.trigger_keys.isdisjoint(read.keys)


def classify_sentence(
    text: str,
    *,
    places: tuple[tuple[int, int], ...] | None = None,
    side_hint: str | None = None,
    actor_sides: tuple[tuple[int, int, str], ...] | None = None,
    context: str | None = None,
    lexicon: Lexicon | None = None,
    vetoes: frozenset[str] = frozenset(),
    dated: bool = False,
    lead: bool = False,
    lifted: frozenset[str] = frozenset(),
    headline: bool = False,
    skip_types: frozenset[str] = frozenset(),
    tolerated: frozenset[str] = frozenset(),
) -> SentenceType | None:
    """The best event reading of one sentence, or None when it reports no event that happened.

    ``places`` are toponym spans relative to the sentence (None: guess from capitalisation);
    ``actor_sides`` are (start, end, 'state'|'nonstate') actor spans from the actors stage;
    ``side_hint`` ('state'/'nonstate') is who acted in the preceding sentences, used when this
    one says only "they"; ``context`` (the sentence before) is searched for vetoes too (an
    explosion after "a fire broke out at the plant" is an accident); ``vetoes`` are veto cues
    imposed from outside the sentence (the article's headline, :func:`headline_vetoes`): a rule
    listing one of them does not apply. A ``dated`` sentence (one holding a date of its own)
    narrates its own event: the context's vetoes listed in the lexicon's ``dated_lifts`` (a court
    story's "charged in the shooting death") do not reach it ("On Oct. 1, officers responded to
    a shooting"). When the ``context`` is the ``lead`` after a headline, only the lexicon's
    ``lead_vetoes`` are looked for in it ("Boy, 4, shot" then "... accidentally fired").
    ``lifted`` veto cues hold nowhere, in the sentence, its context or imposed (the events stage
    lifts ``COURT`` for a follow-up story that can date the incident it recalls). Rules marked
    ``headline`` apply to a ``headline`` only (the article's title or first line). Rules of the
    event types in ``skip_types`` are not tried (the sentence's other reading: "arrested in
    connection with the shooting of an officer" read for its shooting, see the events stage).
    Modality flags in ``tolerated`` do not block a trigger (a court story's "a man accused of
    fatally shooting three people": the shooting happened, who did it is what is disputed).
    """
    lex = lexicon or load_lexicon()
    matches = _Matches(text, lex, places, actor_sides or None)
    if matches.keys is not None and lex.trigger_keys and lex.trigger_keys.isdisjoint(matches.keys):
        return None
    context_lifted = (lex.dated_lifts if dated else frozenset()) | lifted | lex.sentence_vetoes
    ctx = _LazyMatches(context, lex, context_lifted, lex.lead_vetoes if lead else None) if context else None
    best: SentenceType | None = None
    background: SentenceType | None = None  # best reading inside a background clause
    keys, rules = matches.keys, lex.rules
    # speed: _rules_for with its test of the rule's other cues made only for the rules reached
    order, partners = (range(len(rules)), None) if keys is None else (_picked(lex, keys), _partner_anchors(lex))
    for i in order:
        rule = rules[i]
        if best is not None and rule.score <= best.score:
            break
        if partners is not None and not _partners_present(partners[i], keys):
            continue
        if (rule.headline and not headline) or (skip_types and _rule_type(rule) in skip_types):
            continue
        if not matches(rule.all[0]):  # speed: most rules tried find no trigger (_try_rule's first test)
            continue
        cand = _candidate(rule, matches, ctx, side_hint, vetoes, lifted, tolerated)
        if cand is None:
            continue
        if not SUBORDINATE.isdisjoint(cand.modality.flags):
            if background is None or cand.score > background.score:
                background = cand
        elif best is None or cand.score > best.score:
            best = cand
    return best or background
