"""Is a trigger asserted as something that happened? Future, modal, negated, conditional,
generic and aggregate uses are not events; attributive and anaphoric uses are flagged.

All markers live in ``sitrep/data/events/modality.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from sitrep.events.lexicon import compile_alternation, load_modality

__all__ = [
    "SUBORDINATE",
    "Modality",
    "assess",
    "background_clause",
    "background_spans",
    "causal_clause",
    "clause_bounds",
    "clause_start",
    "clause_window",
    "is_aggregate",
    "measure_cause",
    "opener_end",
    "names_earlier_event",
    "recap",
]

# Flags of a trigger in a subordinate clause: an earlier event recalled ("since it seized Mosul")
# or a reason ("since the talks had stalled"); a main-clause reading of the sentence wins.
SUBORDINATE = frozenset({"recalled", "subordinate"})

# Flags that make a trigger non-factual (it does not report an event that happened).
BLOCKING = frozenset(
    {
        "question",
        "irrealis",
        "negated",
        "conditional",
        "generic",
        "ongoing",
        "aggregate",
        "disjunction",
        "attributive",
        "figurative",
        "attribution",
        "accusation",
        "commemorated",
        "background",
        "infinitive",
    }
)
_WORD = re.compile(r"[\w'’-]+")
# "to <trigger>" is not an intention after these: "managed to capture", "gathered to protest".
_ACHIEVED = re.compile(
    r"\b(?:managed|succeeded|went on|used|use|were able|was able|decided|agreed|voted|began|"
    r"started|converged|gathered|assembled|marched|came|went|streets|trooped|poured|rallied|"
    r"turned out|met|premises|gate|outside)\s+(?:\w+\s+){0,3}?to\s+$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


@dataclass(frozen=True, slots=True)
class Modality:
    flags: tuple[str, ...]
    reason: str

    @property
    def factual(self) -> bool:
        return not BLOCKING.intersection(self.flags)

    @property
    def anaphoric(self) -> bool:
        return "anaphoric" in self.flags


@dataclass(frozen=True)
class _Markers:
    window_tokens: int
    patterns: dict[str, re.Pattern[str]]
    breaks: re.Pattern[str]
    anaphoric: frozenset[str]
    attributive: frozenset[str]
    nominal: frozenset[str]
    also: re.Pattern[str]
    figurative: tuple[re.Pattern[str], re.Pattern[str]]
    background: re.Pattern[str]
    background_end: re.Pattern[str]
    relative_end: re.Pattern[str]
    recap: dict[str, re.Pattern[str]]
    perfect: re.Pattern[str]
    asserting: re.Pattern[str]  # a relative clause saying the trigger's event happened
    # a trigger noun naming an earlier event: (regex ending before it, regex starting after it)
    recalled_noun: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    # what an anniversary or commemoration is of (regex ending before the trigger)
    commemorated: re.Pattern[str] | None = None
    # a modal right after a trigger noun ("fighting could spread"; regex matched after it)
    modal_after: re.Pattern[str] | None = None
    # words one of which the text before a trigger holds when ``commemorated`` may match
    commemoration_gate: tuple[str, ...] = ()
    # a break followed by a participle of harm that continues the background clause (", killing")
    continued: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    data = load_modality()
    pats = {name: compile_alternation(frags) for name, frags in data["markers"].items()}
    breaks = re.compile("|".join(re.escape(b) for b in data["clause_breaks"]), re.IGNORECASE)
    return _Markers(
        int(data["window_tokens"]),
        pats,
        breaks,
        frozenset(data["anaphoric_determiners"]),
        frozenset(data["attributive_words"]),
        frozenset(data["nominal_triggers"]),
        compile_alternation(data["also_markers"]),
        (
            re.compile(data["figurative"]["trigger"], re.IGNORECASE),
            re.compile(data["figurative"]["after"], re.IGNORECASE),
        ),
        re.compile(data["relative_background"], re.IGNORECASE),
        re.compile(data["background_clause_end"]),
        re.compile(data["relative_clause_end"], re.IGNORECASE),
        {k: re.compile(v, re.IGNORECASE if k.startswith("perfect") else 0) for k, v in data["recap"].items() if k != "comment"},
        re.compile(data["causal_since"]["perfect"], re.IGNORECASE),
        re.compile(data["asserting_relative"], re.IGNORECASE),
        _recalled_noun(data),
        _optional(data, "commemorated", "before"),
        _optional(data, "modal_after", "after"),
        tuple(data.get("commemorated", {}).get("gate", ())),
        _optional(data, "background_continued", "after"),
    )


def _optional(data, key: str, field: str) -> re.Pattern[str] | None:
    got = data.get(key)
    return re.compile(got[field], re.IGNORECASE) if got else None


def _recalled_noun(data) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    got = data.get("recalled_noun")
    if not got:
        return None
    return re.compile(got["before"], re.IGNORECASE), re.compile(got["after"], re.IGNORECASE)


def names_earlier_event(text: str, start: int, end: int) -> str | None:
    """'the site of a recent abduction', 'a school girl abduction a month ago': the words that make
    the trigger a reference to an earlier event, or None (``recalled_noun`` in modality.json)."""
    pats = _markers().recalled_noun
    if pats is None:
        return None
    hit = pats[0].search(text[max(0, start - 80) : start]) or pats[1].match(text[end : end + 60])
    return hit.group().strip() if hit else None


def _unreal_noun(m: _Markers, text: str, start: int, end: int) -> list[tuple[str, str]]:
    """Flags from the words hugging a trigger noun: what an anniversary is of ("commemorated"),
    a modal right after it ("fighting could spread": "irrealis")."""
    out = []
    lo = max(0, start - 80)
    gated = m.commemorated is not None and any(g in text[lo:start].lower() for g in m.commemoration_gate)
    if gated and (hit := m.commemorated.search(text, lo, start)):
        out.append(("commemorated", hit.group().split()[0]))
    if m.modal_after is not None and (hit := m.modal_after.match(text, end)) and _noun_like(text, start, end):
        out.append(("irrealis", hit.group().strip()))
    return out


_AUXILIARY = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "get", "gets"})
# Before a noun inside a phrase ("the victims of the shooting are expected to survive"): the modal
# after it is the head noun's.
_PREPOSITIONS = frozenset({"of", "in", "at", "from", "after", "during", "by", "with", "for", "since", "before", "on"})


def _noun_like(text: str, start: int, end: int) -> bool:
    """Is the trigger the subject noun of its clause ("fighting could spread"), not a verb ("who
    were shot are expected to recover": the modal is the main clause's) nor a noun inside a phrase?"""
    trig = text[start:end].lower()
    if trig.endswith("ed") or trig.split(" ")[0] in _AUXILIARY:
        return False
    words = _WORD.findall(text[max(0, start - 40) : start].lower())
    return not (words and words[-1] in _AUXILIARY) and not _PREPOSITIONS.intersection(words[-2:])


def clause_start(text: str, trig_start: int) -> int:
    """Where the trigger's clause starts (after the last clause break before it)."""
    cut = 0
    for br in _markers().breaks.finditer(text[:trig_start]):
        cut = br.end()
    return cut


def clause_bounds(text: str, trig_start: int) -> tuple[int, int]:
    """(start, end) of the trigger's clause: between the clause breaks around it."""
    nxt = _markers().breaks.search(text, trig_start)
    return clause_start(text, trig_start), (nxt.start() if nxt else len(text))


def clause_window(text: str, trig_start: int) -> str:
    """The words of the trigger's clause before it (at most ``window_tokens`` of them)."""
    words = _WORD.findall(text[clause_start(text, trig_start) : trig_start])
    return " ".join(words[-_markers().window_tokens :])


def _opener(text: str, start: int) -> re.Match[str] | None:
    """The last background-clause opener ("since", "a day after" ...) ending before ``start``."""
    hits, ends = _openers(text)
    at = bisect_right(ends, start)  # the hits do not overlap: their ends ascend
    return hits[at - 1] if at else None


# Sentences whose background-clause openers are kept (speed: a sentence's triggers, towns and
# sides each ask for the opener before them); cleared past this many, as typing's shared readings.
MAX_OPENER_TEXTS = 16
_OPENERS: dict[str, tuple[list[re.Match[str]], list[int]]] = {}


def _openers(text: str) -> tuple[list[re.Match[str]], list[int]]:
    """Every background-clause opener of ``text`` in order, and their ends."""
    got = _OPENERS.get(text)
    if got is None:
        if len(_OPENERS) >= MAX_OPENER_TEXTS:
            _OPENERS.clear()
        # no endpos: "after (?=seizing)" looks ahead
        hits = list(_markers().patterns["recalled"].finditer(text))
        got = _OPENERS[text] = (hits, [h.end() for h in hits])
    return got


def background_clause(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the background clause holding the trigger at ``start`` ("since it seized
    Mosul", "a day after capturing Mosul", "which militants had taken"), or None. The clause runs
    from its opener to the next punctuation break: a main clause after the comma is not in it."""
    return _background(text, start, _opener(text, start))


def _background(text: str, start: int, opener: re.Match[str] | None) -> tuple[int, int] | None:
    m = _markers()
    if opener is None or _causal_since(text, opener):
        return None
    # a relative clause ("who had defected ...") also ends where the main clause's verb comes
    ends = m.relative_end if opener.group().lower().endswith(("had", "been")) else m.background_end
    if _clause_end(text, opener.end(), ends, m.continued) < start:
        return None
    return opener.start(), _clause_end(text, start, ends, m.continued)


def _clause_end(text: str, pos: int, ends: re.Pattern[str], continued: re.Pattern[str] | None) -> int:
    """Where the background clause running at ``pos`` ends: the next break, unless that break
    only leads into a participle of the recalled act ("a week after gunmen stormed the hotel,
    killing 20": the killing is the storming's; ``background_continued`` in modality.json)."""
    while (end := ends.search(text, pos)) is not None:
        if continued is None or not end.group().startswith(",") or not continued.match(text, end.end()):
            return end.start()
        pos = end.end()
    return len(text)


def background_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every background clause of ``text`` ("a week after gunmen stormed the
    hotel, killing 20", "since it seized Mosul"): what they name is an earlier event's."""
    out: list[tuple[int, int]] = []
    for hit in _markers().patterns["recalled"].finditer(text):
        if out and hit.start() < out[-1][1]:
            continue
        got = _background(text, hit.end(), hit)
        if got is not None:
            out.append(got)
    return out


@lru_cache(maxsize=1)
def _measure_markers() -> dict[str, re.Pattern[str]] | None:
    got = load_modality().get("measure_cause")
    if not got:
        return None
    return {k: re.compile(v, re.IGNORECASE) for k, v in got.items() if k != "comment"}


def measure_cause(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the cause clause holding the trigger at ``start`` when a measure's own
    background clause tells a recent harm ("a curfew was imposed after clashes *killed* 12": the
    clause after "after"), else None: not when the opener puts it at a distance ("the curfew came a
    week after ...") or the clause dates it long before ("after clashes killed 12 last year"); see
    ``measure_cause`` in modality.json."""
    m = _measure_markers()
    opener = _opener(text, start)
    if m is None or opener is None or not m["opener"].match(opener.group()):
        return None
    if m["anchored"].search(opener.group()):
        return None
    bounds = _background(text, start, opener)
    if bounds is None:
        return None
    clause = text[opener.end() : bounds[1]]
    if not m["harm"].search(clause) or m["stale"].search(clause):
        return None
    return opener.end(), bounds[1]


def opener_end(text: str, lo: int) -> int:
    """Where the opener of a background clause starting at ``lo`` ends ("came a week after",
    "curfew imposed in Jos after"): the clause's own words come after it; ``lo`` when none starts there."""
    hit = _markers().patterns["recalled"].match(text, lo)
    return lo if hit is None else hit.end()


def causal_clause(text: str, start: int) -> str | None:
    """'since' opening the clause of the trigger at ``start`` when it means 'because'."""
    return _causal(text, start, _opener(text, start))


def _causal(text: str, start: int, opener: re.Match[str] | None) -> str | None:
    if opener is None or not _causal_since(text, opener):
        return None
    if _markers().background_end.search(text, opener.end(), start):
        return None
    return opener.group()


def _causal_since(text: str, opener: re.Match[str]) -> bool:
    """A bare 'since' with no perfect tense around it means 'because': nothing is recalled."""
    if opener.group().lower() != "since":
        return False
    end = _markers().background_end.search(text, opener.end())
    rest = text[: opener.start()] + " " + text[end.start() if end else len(text) :]
    return _markers().perfect.search(rest) is None


def recap(text: str, start: int, end: int) -> str | None:
    """The words that make the trigger at ``text[start:end]`` a present-perfect recap of many
    events ("have ambushed convoys", "has killed hundreds", "have raided villages for months"), or None."""
    r = _markers().recap
    if r["perfect_anywhere"].search(text, 0, start) is None:  # cheap test first: most sentences
        return None
    before = text[clause_start(text, start) : start]
    aux = r["perfect_anywhere"].search(before)
    if aux and not r["perfect_before"].search(before):  # "has killed hundreds ... in bombings"
        vague = r["vague_after"].search(text[aux.end() : start])
        return vague.group().strip() if vague else None
    if aux is None:
        return None
    after = text[end : end + 60]
    hit = r["vague_after"].search(after) or r["bare_plural_after"].search(after)
    return hit.group().strip() if hit else None


def is_aggregate(text: str) -> bool:
    """Does the sentence speak of many events over a span of time ("whose insurgency has killed
    thousands since 2009")?"""
    lowered = _aggregate_lowered()
    if lowered is not None and text.isascii():  # speed: see _aggregate_lowered
        return lowered.search(text.lower()) is not None
    return _markers().patterns["aggregate"].search(text) is not None


@lru_cache(maxsize=1)
def _aggregate_lowered() -> re.Pattern[str] | None:
    """The aggregate markers as a case-sensitive pattern for lower-cased ASCII text (None when a
    fragment is not all lower case, e.g. an escape such as ``\\W``). On ASCII text it finds a match
    exactly when the case-insensitive pattern does (lower-casing ASCII keeps each character's
    place and class), in about two thirds of the work: no case conversion of each character tried."""
    frags = load_modality()["markers"]["aggregate"]
    if any(f != f.lower() for f in frags):
        return None
    return compile_alternation(frags, ignore_case=False)


def _previous_word(text: str, trig_start: int) -> str:
    words = _WORD.findall(text[max(0, trig_start - 40) : trig_start])
    return words[-1].lower() if words else ""


_NOT_NOUN = frozenset(
    {
        "by",
        "in",
        "on",
        "at",
        "from",
        "to",
        "and",
        "or",
        "with",
        "as",
        "after",
        "when",
        "during",
        "into",
        "near",
        "over",
        "for",
        "the",
        "a",
        "an",
        "their",
        "his",
        "her",
        "its",
    }
)


def _noun_follows(text: str, end: int) -> bool:
    """'the abducted girls', 'recently seized city': a participle used as an adjective."""
    nxt = re.match(r"\s+([A-Za-z][\w'’-]*)", text[end:])
    return bool(nxt) and nxt.group(1).lower() not in _NOT_NOUN


def _word_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match that is not an acronym ("CAN", the Christian Association, is no modal)."""
    for hit in pattern.finditer(text):
        word = hit.group()
        if not (word.isupper() and len(word) > 1):
            return hit
    return None


def _flags(text: str, start: int, end: int) -> list[tuple[str, str]]:
    m = _markers()
    window = clause_window(text, start)
    found = [
        (n, hit.group())
        for n in ("irrealis", "negation", "conditional", "generic", "attribution", "accusation")
        if (hit := _word_search(m.patterns[n], window))
    ] if not _asserted_by_relative(text, start, end) else []
    found = _ongoing_only(found)
    if refuted := m.patterns["refuted"].search(text, 0, start):  # "denied reports that troops had clashed"
        found.append(("negation", refuted.group().split()[0]))
    if year := _YEAR.search(window):
        found.append(("dated", year.group()))
    opener = _opener(text, start)
    recalled = _background(text, start, opener)
    earlier = None if recalled else names_earlier_event(text, start, end)
    if recalled:  # "a week after gunmen stormed ...", "since it seized Mosul": an earlier event
        found.append(("recalled", text[recalled[0] : recalled[1]].split()[0]))
    elif earlier:  # "the site of a recent mass abduction": a reference point, not the news
        found.append(("recalled", earlier))
    elif _causal(text, start, opener):  # "since the talks had stalled, ...": a reason, not a recall
        found.append(("subordinate", "since"))
    found.extend(_unreal_noun(m, text, start, end))
    if m.background.search(text[:start]):
        found.append(("background", m.background.search(text[:start]).group().strip()))
    found = [("negated" if n == "negation" else n, w) for n, w in found]
    agg = m.patterns["aggregate"].search(text)
    if agg and not _record_since(text, agg):
        found.append(("aggregate", agg.group()))
    again = recap(text, start, end)
    if again:
        found.append(("aggregate", f"recap: {again}"))
    if text.rstrip(" \"'”’)").endswith("?"):
        found.append(("question", "?"))
    fig = _markers().figurative
    if fig[0].match(text[start:end]) and fig[1].match(text[end : end + 40]):
        found.append(("figurative", text[end : end + 15].strip()))
    if (
        " or " in text[start:end]
        or re.match(r"\s+or\s+\w+ed\b", text[end : end + 20])
        or re.search(r"\w+ed\s+or\s+$", text[max(0, start - 20) : start])
    ):
        found.append(("disjunction", "or"))
    return found


def _ongoing_only(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Add the ``ongoing`` flag when "continue to" is what makes the trigger generic (the typing
    module lets some ongoing activities through); "often continues to" stays a habit. Read from
    the generic hit itself: no search of its own."""
    generic = next((w for n, w in found if n == "generic"), None)
    if generic is None or not _markers().patterns["ongoing"].fullmatch(generic):
        return found
    return [*found, ("ongoing", generic)]


# How far before "since 2016" a record comparison is looked for ("the first time government forces
# had lost the city since 2016"): the comparison and its "since" share one clause (about 12 words).
RECORD_REACH = 80


def _record_since(text: str, agg: re.Match[str]) -> bool:
    """'..., the first time the army had lost the city since 2016', 'the deadliest attack since
    2019': a "since" that dates a record, not a total that adds up events over a period."""
    if not agg.group().lower().startswith("since"):
        return False
    before = text[max(0, agg.start() - RECORD_REACH) : agg.start()]
    return _markers().patterns["record_comparison"].search(before) is not None


def _asserted_by_relative(text: str, start: int, end: int) -> bool:
    """"no charges are expected in a triple shooting that occurred in downtown Reno": a trigger
    noun whose own relative clause says the event happened is asserted, whatever the main clause
    says of charges, plans or beliefs (``asserting_relative`` in modality.json, matched from the
    trigger on: "shooting that occurred", "attack which left")."""
    asserting = _markers().asserting
    return bool(asserting.match(text, start) or asserting.match(text[end:].lstrip()))


def assess(text: str, start: int, end: int) -> Modality:
    """Flags for the trigger at ``text[start:end]`` (offsets relative to the sentence)."""
    m = _markers()
    found = _flags(text, start, end)
    prev, trig = _previous_word(text, start), text[start:end].lower()
    if prev == "to" and not _ACHIEVED.search(text[max(0, start - 30) : start]):
        found.append(("infinitive", "to"))  # "an attack to capture the positions", "tried to seize"
    # "an injured man", not "an IED killed ...": an acronym ending in -ED is no participle
    if prev in m.attributive and trig.endswith("ed") and not text[start:end].isupper() and _noun_follows(text, end):
        found.append(("attributive", prev))
    elif prev in m.anaphoric and trig in m.nominal:
        found.append(("anaphoric", prev))
    if m.also.search(text):
        found.append(("also", m.also.search(text).group()))
    reason = "; ".join(f"{n} ({w!r})" for n, w in found) or "asserted"
    return Modality(tuple(n for n, _ in found), reason)
