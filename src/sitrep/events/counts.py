"""Counts of people killed, injured, abducted, arrested or displaced, and an event's death toll.

``find_quantities`` reads each sentence with a few patterns built from ``data/counts/lexicon.json``:

* subject + predicate: "at least 40 detainees and three gendarmes were killed";
* verb + object: "killing 6 civilians, including 2 women" (the subset after "including" is skipped);
* "left 12 people dead", "the death toll rose to 27", "the bodies of 12 people", "15 deaths";
* singular victims: "a soldier was killed", "Smith, 36, was shot and killed", "he died" (value 1);
* explicit zeros: "no one was killed", "there were no casualties" (value 0).

Vague amounts follow ACLED ("dozens" 12, "hundreds" 100); qualifiers set the range ("at least 40":
40..40, "up to 50": 50 with low 1); a range is read at its lower end ("between 6 and 12": 6..12).
Ages, times, distances and years are never counts; nor are animals, the unborn, deaths from illness.
A list may open with one victim ("kills the village head and 45 others": 1 + 45).

Marks in a quantity's reason decide how it counts: the deaths an event is about ("protesting the
death of two traders", "attacked the vigilantes for killing a labourer") and tallies over a period
never set a toll; background counts (another year) and the tolls of an earlier event ("a day after
an attack which killed 20") only when nothing else does; another source's figure only widens the range.

``fatalities_for`` turns the killed quantities of an event's evidence into one toll: each distinct
victim group counts once (its largest figure), groups are summed, and an overall figure ("15 people",
"the death toll") wins when it is larger than the sum. A revised toll in one of the two sentences after
the evidence ("the death count was raised to 19") is the event's; the figure it replaces ("up from 40",
or the groups the evidence counted before it: "killing nine ... bringing the toll to 12") is its low
end. A toll of a war or a period ("since October 7", "in the war") is a tally: no event's toll.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.events.quantity_view import QuantityView, quantities_near
from sitrep.pipeline import Context, stage
from sitrep.textutil import SkipScan, holds_any, trie_alternation
from sitrep.types import Doc, Quantity, Sentence

__all__ = ["fatalities_for", "find_quantities", "make_quantities", "parse_number", "total_killed"]

CEILING_LOW = 1  # "up to 50 dead": deaths did occur, so the low end of the range is one
# Characters before a count searched for a sign that it is another source's figure (one clause).
ALTERNATIVE_WINDOW = 50
ALTERNATIVE = "an alternative estimate"
VAGUE = "a vague amount"
BACKGROUND = "in a sentence dated to another year"
# The toll of an earlier event the sentence recalls ("a day after an attack which killed 20, ..."):
# used, like a background count, only when the evidence holds no other count.
PRIOR = "the toll of an earlier event"
# The attacker's own count ("Al-Shabaab said it had killed 47 soldiers", "claimed to have killed 20"):
# of two figures for one victim group, the other source's is the toll (ACLED's most conservative
# reading), the claim its high end; alone, it is the toll.
SELF_CLAIMED = "the attacker's own count"
# The claim may name where its statement was made and what else the group did before the count:
# "RED-Tabara said in a post on X that it had attacked a border post and killed nine soldiers" (up
# to SELF_CLAIM_WORDS words, no clause break, no "that"/"who"/"which" of another clause between).
SELF_CLAIM_WINDOW = 110
SELF_CLAIM_WORDS = 6
_SELF_CLAIM = re.compile(
    r"(?i)\b(?:said|says|claimed|claims|claiming|announced|boasted)\b(?:[^.;:,]{0,40}?\s(?:that))?\s+"
    r"(?:it|they|its\s+\w+)\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?:(?!(?:that|who|which)\b)[\w'’-]+\s+){{0,{SELF_CLAIM_WORDS}}}?(?:and\s+)?(?:killed|kill)\s+$"
    r"|\bclaim(?:s|ed|ing)?\s+to\s+have\s+killed\s+$"
)
# The toll of an event the report places days or more before its own ("three months after the
# collapse of a station canopy killed 15 people", "on the anniversary of the massacre that killed
# 30"): another event's, never this one's, even when nothing else is counted.
RECALLED = "the toll of an event recalled from days or more before"
# A tally over a period ("there have been 13 such deaths this year", "200 die annually"): no event's toll.
TALLY = "a tally over a period, not one event's toll"
# Deaths that are the event's cause ("protesting the death of two traders"): not its toll.
GRIEVANCE = "the deaths the event is about, not its toll"
MAX_WHO_WORDS = (
    6  # victim noun phrases longer than this are clauses, not nouns ("Iraqi Shia air force recruits" is 5;
    # version 3: 6 for "other members of the Boko Haram sect", "of the" not counted)
)
# Words allowed between a number and its count noun ("Sixty reported Boko Haram deaths", "One
# reported civilian death"): three, with ACLED notes' longest group names (version 2: one).
MAX_NOUN_GAP = 3
# Characters of a parenthesis allowed between victims and their predicate ("Six members of VGN
# (NVG alternatively) are killed", "Eleven (some sources claim 20) are dead").
MAX_ASIDE = 60
# A range ("between 6 and 12", "between 6-12", "two or three", "10 to 15"): the first figure is the
# toll (ACLED's most conservative reading), the second its high end. A dash makes a range only after
# "between" ("1-10" alone is a road, a score or a date).
_RANGE_SEP = r"(?:\s*[-\u2013]\s*|\s+(?:to|or)\s+)"
# Words of the incident a toll names before its link ("the death toll from Saturday's suicide bombing
# at a market in the Bakara area of Mogadishu rose to 31": 12); other words between a toll and its
# link stay at most three. Not fitted: GVDB killed, ACLED fatalities and the seed tolls are the same
# with 3 (before session 14) and 14.
TOLL_FROM_WORDS = 14
_LEFT_VERBS = ("left", "leaving")  # "left 12 people dead", "leaving two wounded"
_GROUP_SEP = r"(?:\s*,\s*and|\s*,|\s+and|\s+as well as|\s+plus)\s+"


@dataclass(frozen=True, slots=True)
class _Patterns:
    lex: dict[str, Any]
    number: str  # regex of one number token (digits, words or a vague amount)
    np_lazy: str  # qualifier? number who? (who as short as possible: anchored by a predicate)
    np_greedy: str
    subject: re.Pattern[str]
    verb: re.Pattern[str]
    left: re.Pattern[str]
    toll: re.Pattern[str]
    bodies: re.Pattern[str]
    noun: re.Pattern[str]
    to_death: re.Pattern[str]  # "hacked 18 villagers to death"
    label: re.Pattern[str]  # a casualty table's line "Killed: 11"
    zero: re.Pattern[str]
    singular: tuple[re.Pattern[str], ...]
    np_one: re.Pattern[str]
    background: re.Pattern[str]
    grievance: re.Pattern[str]
    one_person: re.Pattern[str]  # "a civilian" closing a list of counted victims
    pred_words: frozenset[str]  # first words of the predicates: without one, no subject/singular match
    noun_words: frozenset[str]  # first words of the victim nouns: without one, no count + noun match


# Prefix of the patterns whose match begins a word: the engine skips the positions inside words
# (same quantities on the GVA, seed and example texts; the stage about twice as fast).
_WORD_START = r"(?<!\w)(?=\w)"


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", ph.lower())[0] for ph in phrases if re.search(r"\w", ph))


def _alt(words: Iterable[str]) -> str:
    """An alternation of the (lower-case) words as a prefix tree (see sitrep.textutil)."""
    return _trie(tuple(words))


@lru_cache(maxsize=64)  # the same lexicon lists are asked for sentence after sentence
def _trie(words: tuple[str, ...]) -> str:
    return trie_alternation(words)


def _lexicon() -> dict[str, Any]:
    raw = resources.files("sitrep").joinpath("data", "counts", "lexicon.json").read_text(encoding="utf-8")
    return json.loads(raw)


def _word_number(lex: dict[str, Any]) -> str:
    """A number in words: "forty", "twenty-five", "two hundred and fifty"."""
    units, tens, mult = _alt(lex["units"]), _alt(lex["tens"]), _alt(lex["multipliers"])
    word = rf"(?:(?:{tens})(?:[- ](?:{units}))?|{units})"
    # the words after a multiplier add to it ("two hundred and fifty"); two plain numbers joined by
    # "and" are two figures ("between six and eight protesters": a range, not 14)
    return rf"{word}(?:\s+(?:{mult})(?:\s+(?:and\s+)?{word})?)?"


def _range_end(lex: dict[str, Any]) -> str:
    """The second figure of a range: digits or number words (no vague amount, no qualifier)."""
    digits = r"\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?![\d:/.,]\d)"
    return rf"(?:{digits}|{_word_number(lex)})(?![\w’'])"


_OR_MORE = r"\s+or\s+more\b"  # "400 or more": the figure is the lower end


def _count(lex: dict[str, Any], number: str) -> str:
    """A number or a range of two: "6-12", "two or three", "between 50 and 100"."""
    end = _range_end(lex)
    return (
        rf"(?:between\s+{number}(?:\s+and\s+|{_RANGE_SEP}){end}|{number}(?:\s+(?:to|or)\s+{end}|{_OR_MORE})?)"
    )


def _number_regex(lex: dict[str, Any]) -> str:
    mult = _alt(lex["multipliers"])
    words = _word_number(lex)
    digits = rf"\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|\d+(?![\d:/.,]\d)(?:\s+(?:{mult}))?"
    vague = _alt(lex["vague"])
    # not after "so", "how", "too": "so many deaths" is rhetoric, not a count
    return rf"(?<![\w$£€#./:,-])(?<!\bso )(?<!\bhow )(?<!\btoo )[\"“]?(?:{vague}|{digits}|{words})(?![\w’'])[\"”]?"


def _one_person(lex: dict[str, Any]) -> str:
    """'a civilian' closing a list of counted victims ("three police officers and a civilian",
    "the village head and 45 others", "a pastor and four worshippers"; version 3: up to two words
    before the person noun and other determiners)."""
    det = r"(?:an?|the|his|her|their|its|one)"
    return rf"{det}\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_alt(lex['singular_people'])})\b{_PERSON_END}"


# What may follow a single victim in a list: punctuation, the end, or a word that opens a new phrase
# ("a local vigilante group mobilizes" names a group, not a victim; "a member of" is left out).
_PERSON_END = (
    r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:and|or|in|at|on|near|while|when|as|after|before|during|who|whose|"
    r"from|with|by|inside|outside|plus|including|were|was|are|is)\b)"
)


def _lead_one(lex: dict[str, Any]) -> str:
    """A single victim opening a list of victims ("kills herself and seven others", "killing a
    Christian leader and ten members of his congregation"): only followed by another list member."""
    return rf"(?:{_one_person(lex)}|(?:him|her|them)sel(?:f|ves)\b)"


_ONE_PERSON = re.compile(
    r"(?:(?:an?|the|his|her|their|its|one)\s+(?P<who>(?:[\w’'-]+\s+){0,2}[\w’'-]+)|"
    r"(?P<self>(?:him|her|them)sel(?:f|ves)))\s*$",
    re.IGNORECASE,
)


def _np(lex: dict[str, Any], number: str, lazy: bool) -> str:
    quals = _alt(lex["qualifiers"])
    stop = _alt(
        lex["who_stopwords"]
        + lex["auxiliaries"]
        + [p for ps in lex["predicates"].values() for p in ps]
        + list(lex["units"])
        + list(lex["tens"])
        + lex["saying_verbs"]
        + [n for ns in lex["nouns"].values() for n in ns]  # "fourteen death and scores injured"
    )
    word = rf"(?!(?:{stop})\b)[A-Za-z’'-]+"
    # "members of the Boko Haram sect": "the" (a stop word) is allowed right after "of"
    who = rf"(?:{word}\s+(?:(?<=\bof )the\s+)?){{0,{MAX_WHO_WORDS - 1}}}{'?' if lazy else ''}{word}"
    count = _count(lex, number)
    # a number word is no victim noun ("40 The house where eight people"), except in "one of the two victims"
    part_of = (
        rf"of\s+(?:the\s+|those\s+|their\s+|its\s+)?(?:{_alt(list(lex['units']) + list(lex['tens']))})\b"
    )
    det = r"(?:of\s+)?(?:the\s+|them\s+|those\s+|their\s+|its\s+)?"
    return rf"(?:(?:{quals})\s+)?{count}(?:\s+(?:{part_of}(?:\s+{who})?|{det}{who}))?"


_KILL_VERBS = (
    r"shoot and kill|shot and kill|"
    r"killed|killing|kills|kill|shot and killed|shot dead|fatally shot|fatally shooting|fatally stabbing|"
    r"murdered|murdering|stabbed to death|beat to death|beaten to death|"
    r"lynched|lynching|lynches|lynch|butchered|hacked to death|"
    r"beheaded|beheading|gunned down|gunning down|shot to death"
)


def _singular_words(lex: dict[str, Any]) -> tuple[frozenset[str], ...]:
    """Per pattern of ``_singular_patterns``, words one of which a sentence it matches holds (as a
    whole lower-case word): the first word of its predicate or verb, which follows a space or a word
    boundary and is written in lower case (the patterns are case-sensitive there)."""
    preds = _first_words(p for ps in lex["predicates"].values() for p in ps)
    return (
        preds,
        preds,
        _first_words(_KILL_VERBS.split("|")),
        frozenset({"died"}),
        frozenset({"was", "is"}),
        frozenset({"death"}),
    )


def _aux_chain(aux: str, lex: dict[str, Any]) -> str:
    """Auxiliaries before a predicate, then maybe "attacked and" ("are attacked and killed", "is
    kidnapped and killed"): the chain only after an auxiliary, so that "gunmen attacked and killed
    two" keeps its gunmen out of the victims."""
    chain = _alt(lex["chain_verbs"])
    return rf"(?P<aux1>(?:(?:{aux})\s+){{1,3}})?(?(aux1)(?:(?:{chain})\s+and\s+)?)[\"“]?"


def _after_pred(lex: dict[str, Any]) -> str:
    """After a killed predicate: not a death from illness ("died of Ebola"), not an unknown toll
    ("Boko Haram dead not known")."""
    natural, unknown = _alt(lex["natural_causes"]), _alt(lex["unknown_after"])
    # "40 people were killed or wounded": casualties, however many of them died (version 6)
    either = _alt(lex["or_injured_words"])
    return (
        rf"(?!\s+(?:of|from)\s+(?i:{natural})\b)(?!\s*,?\s+(?i:{unknown})\b)"
        rf"(?!\s+(?i:or|and|and/or)\s+(?:(?i:seriously|badly|critically)\s+)?(?i:{either})\b)"
    )


def _singular_patterns(lex: dict[str, Any], preds: str) -> tuple[re.Pattern[str], ...]:
    """One victim, no number: "a man was shot and killed", "Man shot, killed", "killing a soldier"."""
    stop = _alt(lex["who_stopwords"])
    word = rf"(?!(?:{stop})\b)[\w’'-]+"
    people = _alt(lex["singular_people"])
    aux = _alt(lex["singular_auxiliaries"])
    det = r"(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)"
    subject = (
        rf"\b{det}\s+(?:{word}\s+){{0,3}}?{word}|\b(?:[Hh]e|[Ss]he)|"
        rf"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{0,3}}(?:\s+(?:Jr|Sr)\.?)?"
    )
    object_start = _alt(
        list(lex["units"])
        + list(lex["tens"])
        + list(lex["vague"])
        + list(lex["qualifiers"])
        + ["a", "an", "the", "his", "her", "their", "its", "them", "dozens", "hundreds"]
        + ["him", "himself", "herself", "themselves", "between"]
    )
    kill_verbs = _KILL_VERBS
    return (
        re.compile(
            rf"(?P<list>{subject})(?:\s*,[^,]{{1,50}},)?\s+{_aux_chain(aux, lex)}(?P<pred>{preds})\b"
            rf"(?:(?<=died)|(?<=dies)|(?<=dead)(?<!shot dead)|(?!\s+[\"“]?(?:\d|(?i:{object_start})\b)))"
            + _after_pred(lex)
        ),
        re.compile(
            rf"{_WORD_START}(?P<list>(?:[A-Z][a-z]+\s+)?(?i:{people}))\s+(?:(?:shot|stabbed|wounded)\b[^.;|]{{0,40}}?\s+)?"
            rf"(?P<pred>{preds})\b"
        ),
        re.compile(
            rf"{_WORD_START}(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bdid not )"
            rf"(?P<pred>{kill_verbs})\s+(?P<list>{det}\s+(?:{word}\s+){{0,3}}?(?i:{people})|"
            rf"(?:[Aa]n?|one)\s+\d+-year-old|[A-Z][a-z]+\s+[A-Z][a-z]+|(?:him|her)(?:self)?)\b"
        ),
        re.compile(
            _WORD_START
            + r"(?P<list>who|has|had)\s+(?:later\s+|then\s+|eventually\s+|since\s+)?(?P<pred>died)\b"
            + _after_pred(lex)
        ),
        re.compile(
            _WORD_START + r"(?P<list>was|is)\s+(?:later\s+|then\s+|eventually\s+)?"
            rf"(?:(?:{_alt(lex['chain_verbs'])})\s+and\s+)?(?P<pred>pronounced dead|declared dead|"
            r"found dead|killed|shot and killed|fatally shot|shot to death|shot dead|murdered|lynched|beheaded|"
            r"(?:beaten and )?(?:burnt|burned) to death|beaten to death|hacked to death|stabbed to death|"
            r"butchered|(?:burnt|burned) alive)\b"
        ),
        re.compile(_WORD_START + r"(?P<list>(?:shooting|stabbing)\s+(?P<pred>death))\b"),
    )


def _victim_list(lex: dict[str, Any], greedy: str) -> str:
    """Coordinated victims after a verb: counts, or a single victim joined to others ("kills the
    village head and 45 others", "killed himself, a pastor and four worshippers")."""
    one, lead = _one_person(lex), _lead_one(lex)
    item = rf"(?:{greedy}|{one})"
    return rf"(?:{greedy}|{lead}(?={_GROUP_SEP}{item}))(?:{_GROUP_SEP}{item})*"


def _noun_gap(lex: dict[str, Any]) -> str:
    """Words between a number and its count noun ("Sixty reported Boko Haram deaths"): no stop word,
    auxiliary or verb of blame ("two men charged over deaths" is no count of deaths)."""
    stop = _alt([*lex["who_stopwords"], *lex["noun_gap_excluded"], "be"])
    return (
        rf"(?:(?!(?:{stop})\b)[\w’']+\s+){{0,{MAX_NOUN_GAP}}}?"  # no hyphen: "24 traffic-related fatalities"
    )


def _unknown_number(lex: dict[str, Any]) -> str:
    """A member of a victim list with no count ("two soldiers and an unknown number of attackers
    were killed"): it keeps the list whole and adds nothing (version 6)."""
    words = _alt(lex["unknown_number_words"])
    return rf"an?\s+(?:{words})\s+number\s+of\s+(?:[A-Za-z’'-]+\s+){{0,3}}?[A-Za-z’'-]+"


def _appositive(lex: dict[str, Any]) -> str:
    """Who the counted victims were, between commas ("Three civilians, a woman and her two sons,
    were killed"): part of the count before it, never a group of its own (version 6)."""
    return rf"\s*,\s*(?:{_alt(lex['appositive_openers'])})\s+[^,.;:()]{{1,60}}?,"


# "a pregnant woman and her three children": a possessive before a counted group joined to a single victim
_KIN = r"(?:(?:his|her|their)\s+)?"


def _participle(lex: dict[str, Any]) -> str:
    """A predicate right before a victim noun is its adjective ("killed eight displaced people",
    "three wounded soldiers"), not what happened to the count (version 8)."""
    return rf"(?<!\s)(?!\s+(?:{_alt(lex['participle_nouns'])})\b)"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = _lexicon()
    number = _number_regex(lex)
    lazy, greedy = _np(lex, number, True), _np(lex, number, False)
    aux, subset = _alt(lex["auxiliaries"]), _alt(lex["subset_markers"])
    preds = _alt([p for ps in lex["predicates"].values() for p in ps])
    # with the verbs that take lives ("claimed four lives"): ``_groups`` keeps only their lives
    verbs = _alt([*(v for vs in lex["verbs"].values() for v in vs), *lex["lives_verbs"]])
    nouns = _alt([n for ns in lex["nouns"].values() for n in ns])
    det = r"(?:(?:his|her|their|its|the|all|some|another|an additional|a further)\s+)?"
    flags = re.IGNORECASE
    return _Patterns(
        lex,
        number,
        lazy,
        greedy,
        subject=re.compile(
            rf"{_WORD_START}(?P<list>(?:{lazy}|{_lead_one(lex)}(?={_GROUP_SEP}{_KIN}{lazy}))"
            rf"(?:{_GROUP_SEP}{_KIN}(?:{lazy}|{_unknown_number(lex)}))*)"
            rf"(?:\s*\([^()]{{1,{MAX_ASIDE}}}\))?"
            rf"(?:\s*,\s*(?:{subset})\b[^,.;]{{0,80}}?,?|{_appositive(lex)})?\s*"
            rf"(?P<aux>{_aux_chain(aux, lex)})(?P<pred>{preds})\b{_participle(lex)}{_after_pred(lex)}",
            flags,
        ),
        verb=re.compile(
            rf"{_WORD_START}(?P<pred>{verbs})\s+{det}(?P<list>{_victim_list(lex, greedy)})", flags
        ),
        left=re.compile(
            rf"{_WORD_START}(?:{'|'.join(_LEFT_VERBS)})\s+(?P<list>{greedy})\s+"
            rf"(?P<pred>dead|killed|wounded|injured|hurt)\b",
            flags,
        ),
        toll=re.compile(
            rf"{_WORD_START}(?:{_alt(lex['toll_phrases'])})\s+(?:(?:from|in|of|after|since)\s+(?:[\w’'()-]+\s+){{0,{TOLL_FROM_WORDS}}}?"
            rf"|(?:[\w’'()-]+\s+){{0,3}}?)(?:{_alt(lex['toll_links'])})\s+"
            rf"(?P<list>{greedy})",
            flags,
        ),
        bodies=re.compile(rf"{_WORD_START}(?:{_alt(lex['bodies_phrases'])})\s+(?P<list>{greedy})", flags),
        noun=re.compile(
            rf"{_WORD_START}(?P<list>(?:(?:{_alt(lex['qualifiers'])})\s+)?{number}(?:{_OR_MORE})?)\s+(?:of\s+)?{_noun_gap(lex)}"
            rf"(?P<pred>{nouns})\b",
            flags,
        ),
        to_death=re.compile(
            rf"{_WORD_START}(?P<pred>{_alt(lex['to_death_verbs'])})\s+{det}(?P<list>{_victim_list(lex, greedy)})"
            rf"\s+to\s+death\b",
            flags,
        ),
        label=re.compile(
            rf"(?:^|(?<=\n)|(?<=[|•;]))[ \t]*(?:{_alt(lex['label_words'])})[ \t]*[:=\u2013\u2014-][ \t]*"
            rf"(?P<list>{_count(lex, number)})(?![\w%/.,]\d|\s*%)",
            flags | re.MULTILINE,
        ),
        zero=re.compile("|".join(f"(?:{z})" for z in lex["zero_patterns"]), flags),
        background=re.compile(lex["background_pattern"], flags),
        grievance=re.compile(lex["grievance_pattern"], flags),
        one_person=re.compile(_one_person(lex)),
        singular=_singular_patterns(lex, preds),
        np_one=re.compile(
            rf"(?P<qual>(?:{_alt(lex['qualifiers'])}))?\s*(?:between\s+)?(?P<num>{number})"
            rf"(?:(?:{_RANGE_SEP}|\s+and\s+)(?P<num2>{_range_end(lex)}))?"
            rf"(?:\s+(?:of\s+)?(?:the\s+|them\s+|those\s+|their\s+|its\s+)?(?P<who>[^,]*))?",
            flags,
        ),
        pred_words=_first_words(p for ps in lex["predicates"].values() for p in ps),
        noun_words=_first_words(n for ns in lex["nouns"].values() for n in ns),
    )


# ----- numbers ---------------------------------------------------------------------------------


def parse_number(token: str) -> tuple[int, int, int] | None:
    """(value, low, high) of a number token: "1,700", "forty", "two hundred", "dozens"."""
    lex = _patterns().lex
    t = " ".join(token.lower().replace(",", "").strip('"“”').split())
    if t in lex["vague"]:
        v, lo, hi = lex["vague"][t]
        return v, lo, hi
    total, current = 0, 0
    for w in re.split(r"[\s-]+", t):
        if w.isdigit():
            current += int(w)
        elif w in lex["units"] or w in lex["tens"]:
            current += lex["units"].get(w, 0) + lex["tens"].get(w, 0)
        elif w in lex["multipliers"]:
            current, total = 0, total + max(current, 1) * lex["multipliers"][w]
        elif w != "and":
            return None
    value = total + current
    return value, value, value


def _qualify(qual: str | None, v: int, lo: int, hi: int) -> tuple[int, int, int, str]:
    kind = _patterns().lex["qualifiers"].get((qual or "").lower().strip())
    if kind == "ceiling":
        return v, min(CEILING_LOW, v), hi, f"'{qual}' gives the upper end"
    if kind == "floor":
        return v, lo, max(hi, v), f"'{qual}' gives the lower end"
    return v, lo, hi, f"'{qual}' read as the figure itself" if qual else "stated figure"


# ----- exclusions ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    units = _alt(_patterns().lex["excluded_after_number"])
    return re.compile(rf"^(?:\s*-\s*|\s+)(?:{units})(?![\w])|^-(?:year|month|week|day)", re.IGNORECASE)


def _excluded(text: str, start: int, end: int) -> str | None:
    """Why the number at ``text[start:end]`` is not a head count (age, time, year...), or None."""
    after, before = text[end : end + 15], text[max(0, start - 12) : start]
    if _unit_after().match(after):
        return "a unit, age or time follows"
    if re.search(r"[A-Za-z]\s*,\s*$", before) and re.match(r"\s*,", after):
        return "an age in apposition"
    before = text[max(0, start - 20) : start]
    if re.search(
        r"\b(?:(?:aged|age|ages)(?:\s+of|\s+between)?|No\.|number|#|page|route|highway)\s*$",
        before,
        re.IGNORECASE,
    ):
        return "an age or a label"
    token = text[start:end]
    if re.fullmatch(r"(?:19|20)\d\d", token):
        return "a year"
    return None


# ----- finding quantities ----------------------------------------------------------------------


def _kind_of(pred: str, table: str) -> str:
    p = " ".join(pred.lower().split())
    for kind, words in _patterns().lex[table].items():
        if p in (w.lower() for w in words):
            return kind
    return "killed"


def _clean_who(who: str | None) -> str | None:
    if not who:
        return None
    who = re.split(r"\s*(?:,|--|—|\(|;)", who)[0].strip()
    who = re.sub(r"(?i)^or\s+more\b\s*(?:of\s+)?", "", who)  # "400 or more of bodies"
    return who or None


def _groups(text: str, m: re.Match[str], base: int, kind: str, how: str) -> Iterator[Quantity]:
    """One quantity per number phrase in the match's coordinated ``list`` group, then the group a
    note adds after a comma with its predicate left out ("10 soldiers KIA, 70 Boko Haram.")."""
    lst, origin, pos = m.group("list"), m.start("list"), 0
    if m.re is _patterns().verb and _NEARLY.search(text, max(0, m.start() - 8), m.start()):
        return  # "a mob nearly lynches a woman": nobody died
    if m.re is _patterns().verb and m.group("pred").lower() in _lives_verbs() and not _LIVES.match(lst):
        return  # "claimed four lives", "cost 12 lives", but not "claimed 20 attacks"
    for sep in [*re.finditer(_GROUP_SEP, lst, re.IGNORECASE), None]:
        if sep is not None and _RANGE_AND.search(lst, pos, sep.start()) and sep.group().strip() == "and":
            continue  # "between 50 and 100" is one range
        end = sep.start() if sep else len(lst)
        if sep is None and lst[:pos].rstrip().endswith(",") and _SOURCE_AFTER.match(text, m.end("list")):
            break  # "killing 15 of them, two security sources told AFP": the last member is the source
        q = _one(text, origin + pos, lst[pos:end], base, kind, how)
        if q is not None:
            yield q
        if sep is not None:
            pos = sep.end()
    if kind == "killed" and (m.re is _patterns().subject or m.re is _patterns().noun):
        yield from _elided(text, m.end(), base, how)


# A saying verb right after a victim list: its last member after a comma is who tells the toll.
_SOURCE_AFTER = re.compile(r"(?i)\s+(?:said|say|says|told|tell|tells|reported|report|reports)\b")
_LIVES = re.compile(r"(?i)\S+(?:\s+\S+){0,3}?\s+(?:[\w-]+\s+)?lives$")


@lru_cache(maxsize=1)
def _lives_verbs() -> frozenset[str]:
    return frozenset(_patterns().lex["lives_verbs"])


_NEARLY = re.compile(r"(?i)\b(?:nearly|almost)\s+$")
# "many of those killed", "two of the dead": a part of the dead (not "one of the victims", who may
# be one of the wounded: "One of the victims died in hospital" is a death of its own)
_PART_OF_TOLL = re.compile(
    r"(?i)\s+of\s+(?:the\s+(?:dead|deceased)|those\s+(?:killed|dead|who\s+died)|the\s+(?:people|victims)\s+killed)\b"
)
_RANGE_AND = re.compile(r"(?i)\bbetween\s+[\w,]+$")
# After a killed predicate, one more group up to the end of the sentence or clause: "KIA, 70 Boko Haram."
_ELIDED_SEP = re.compile(r"\s*,\s*(?:and\s+)?")
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _elided(text: str, at: int, base: int, how: str) -> Iterator[Quantity]:
    sep = _ELIDED_SEP.match(text, at)
    if sep is None:
        return
    stop = _CLAUSE_END.search(text, sep.end())
    part = text[sep.end() : stop.start() if stop else len(text)].rstrip()
    if (
        not part
        or not _np_whole().fullmatch(part)
        or re.search(r"(?i)\b(?:of|among)\s+(?:them|whom)\b", part)
    ):
        return  # "five were killed, three of them children": a part, not a new group
    q = _one(text, sep.end(), part, base, "killed", f"{how}; a further group, its predicate left out")
    if q is not None:
        yield q


@lru_cache(maxsize=1)
def _np_whole() -> re.Pattern[str]:
    return re.compile(_patterns().np_greedy, re.IGNORECASE)


def _single(text: str, start: int, part: str, base: int, kind: str, how: str) -> Quantity | None:
    """One person in a list of victims ("the village head and 45 others", "herself and seven")."""
    single = _ONE_PERSON.match(part.rstrip())
    if single is None or (start == 0 and not _KIN_AFTER.match(text, len(part))):
        return None  # at the head of a sentence only before "and her three children"
    if single.group("self") is None and not _patterns().one_person.match(part[:1].lower() + part[1:]):
        return None
    end = start + len(part.rstrip())
    who = (single.group("who") or single.group("self")).lower()
    if not _non_human().isdisjoint(who.split()):
        return None  # "five adults and an unborn child"
    return Quantity(
        base + start,
        base + end,
        text[start:end],
        kind,
        1,
        1,
        1,
        who,
        reason=f"{how}; one person in a list of counted victims",
    )


_KIN_AFTER = re.compile(r"(?i)\s+and\s+(?:his|her|their)\s+\w")


def _one(text: str, start: int, part: str, base: int, kind: str, how: str) -> Quantity | None:
    kin = re.match(rf"(?i){_KIN}(?=\S)", part) if start else None
    after = _patterns().np_one.match(part, kin.end()) if kin and kin.end() else None
    if after is not None and after.group("num"):
        start, part = start + kin.end(), part[kin.end() :]  # "and her three children"
    m = _patterns().np_one.match(part)
    if m is None or not m.group("num"):
        return _single(text, start, part, base, kind, how)
    n_start, n_end = start + m.start("num"), start + m.end("num2" if m.group("num2") else "num")
    if _excluded(text, n_start, n_end) or (
        m.group("num2") and _excluded(text, n_start, start + m.end("num"))
    ):
        return None  # "between 2014 and 2016" is no range of dead
    if _PART_OF_TOLL.match(text, n_end):
        return None  # "many of those killed were children": a part of a toll given elsewhere
    parsed = parse_number(m.group("num"))
    if parsed is None:
        return None
    v, lo, hi, why = _qualify(m.group("qual"), *parsed)
    if m.group("num2") and (top := parse_number(m.group("num2"))) is not None and top[0] > v:
        hi, why = max(hi, top[0]), f"{why}; a range up to {top[0]}: its lower end"
    if " ".join(m.group("num").lower().strip('"“”').split()) in _patterns().lex["vague"]:
        why = f"{why}; {VAGUE}"
    who = _clean_who(m.group("who"))
    if who is not None and not _non_human().isdisjoint(who.lower().split()):
        return None  # "five of their cattle shot dead": animals are no toll
    end = start + len(part.rstrip())
    if who is None:
        end = n_end
    return Quantity(base + start, base + end, text[start:end], kind, v, lo, hi, who, reason=f"{how}; {why}")


@lru_cache(maxsize=1)
def _non_human() -> frozenset[str]:
    return frozenset(_patterns().lex["non_human"])


def _spans_overlap(a: Quantity, taken: Sequence[Quantity]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


def _subset(text: str, start: int) -> bool:
    """'including 2 women', 'among them 3 children': a part of a count already given."""
    return _subset_regex(_alt(_patterns().lex["subset_markers"])).search(text[max(0, start - 40) : start]) is not None


@lru_cache(maxsize=4)  # keyed by the (cached) alternation string: no pattern built per call (speed)
def _subset_regex(markers: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{markers})\s*:?\s*$", re.IGNORECASE)


def _alternative(text: str, start: int) -> bool:
    """'(some sources claim 20)', 'Premium Times claim seven dead': another report's figure."""
    before = text[max(0, start - ALTERNATIVE_WINDOW) : start]
    if before.count("(") > before.count(")"):
        return True
    if _second_source().search(before):
        return True  # "..., while medics put the toll at 25" (version 6)
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    if _next_source().match(text[opening:start]):
        return True  # "Residents put the number of dead at five." (version 7)
    return _alternative_regex(_alt(_patterns().lex["alternative_markers"])).search(before) is not None


@lru_cache(maxsize=1)
def _second_source() -> re.Pattern[str]:
    return re.compile(_patterns().lex["second_source_pattern"], re.IGNORECASE)


@lru_cache(maxsize=4)  # keyed by the (cached) alternation string: no pattern built per call (speed)
def _alternative_regex(markers: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{markers})\b[^.;:]*$", re.IGNORECASE)


def _mark(text: str, q: Quantity, base: int) -> Quantity:
    low, at = text.lower(), q.start - base
    if _patterns().grievance.search(text, 0, at) or _found(_reprisal(), text, low, at):
        return replace(q, reason=f"{q.reason}; {GRIEVANCE}")
    if _found(_prior_event(), text, low, at):
        return replace(q, reason=f"{q.reason}; {PRIOR}")
    if _found(_recalled_event(), text, low, at):
        return replace(q, reason=f"{q.reason}; {RECALLED}")
    if _SELF_CLAIM.search(text, max(0, at - SELF_CLAIM_WINDOW), at):
        return replace(q, reason=f"{q.reason}; {SELF_CLAIMED}")
    if _alternative(text, at) and not _lives_claimed(text, q, base):
        return replace(q, reason=f"{q.reason}; {ALTERNATIVE}")
    if _found(_tally(), text, low, len(text)):
        return replace(q, reason=f"{q.reason}; {TALLY}")
    if _patterns().background.search(text):
        return replace(q, reason=f"{q.reason}; {BACKGROUND}")
    return q


def _lives_claimed(text: str, q: Quantity, base: int) -> bool:
    """ "has claimed four lives": the verb before the count is no other source's claim."""
    return q.who == "lives" and re.search(r"(?i)\bclaim\w*\s+$", text[: q.start - base]) is not None


@lru_cache(maxsize=1)
def _prior_event() -> re.Pattern[str]:
    return re.compile(_patterns().lex["prior_event_pattern"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _recalled_event() -> re.Pattern[str]:
    return re.compile(_patterns().lex["recalled_event_pattern"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _tally() -> re.Pattern[str]:
    return re.compile(_patterns().lex["tally_pattern"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _reprisal() -> re.Pattern[str]:
    """Deaths a group is punished for ("a mob attacked the vigilantes for allegedly killing a
    labourer"): the cause of the event, like a grievance."""
    return re.compile(_patterns().lex["reprisal_pattern"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _grievance_near() -> re.Pattern[str]:
    """The grievance pattern, a few words of the victim's noun phrase allowed before the single
    victim's verb ("in protest of the death of their colleague who was killed by a motorist")."""
    return re.compile(
        _patterns().lex["grievance_pattern"].removesuffix("$") + r"(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE
    )


def _mark_single(text: str, q: Quantity, base: int) -> Quantity:
    """A single victim's marks: the grievance of a protest, the toll of an earlier event."""
    low, at = text.lower(), q.start - base
    if _found(_grievance_near(), text, low, at) or _found(_reprisal(), text, low, at):
        return replace(q, reason=f"{q.reason}; {GRIEVANCE}")
    if _found(_prior_event(), text, low, at):
        return replace(q, reason=f"{q.reason}; {PRIOR}")
    return q


def _found(rx: re.Pattern[str], text: str, low: str, end: int) -> bool:
    """``rx.search(text, 0, end)``, skipped when the lower-cased text lacks every literal one of
    which each match holds (speed: a substring test instead of a scan; see ``required_literals``)."""
    needles = _needles(rx.pattern)
    if needles is not None and not _odd(text) and not any(n in low for n in needles):
        return False
    return rx.search(text, 0, end) is not None


@lru_cache(maxsize=16)
def _needles(pattern: str) -> frozenset[str] | None:
    lits = required_literals(pattern)
    return (
        None if lits is None or not all(lit.isascii() for lit in lits) else frozenset(x.lower() for x in lits)
    )


def _zero_quantities(text: str, base: int) -> list[Quantity]:
    found = []
    for m in _patterns().zero.finditer(text):
        kind = "injured" if re.search(r"hurt|injur|harm", m.group(), re.IGNORECASE) else "killed"
        found.append(
            Quantity(
                base + m.start(),
                base + m.end(),
                m.group(),
                kind,
                0,
                0,
                0,
                None,
                reason="explicit statement that nobody was harmed",
            )
        )
    return found


def _sentence_quantities(text: str, base: int) -> list[Quantity]:
    p = _patterns()
    lowered = text.lower()
    odd = _odd(text)
    found = _zero_quantities(text, base) if odd or _may_say_zero(lowered) else []
    rules: list[tuple[re.Pattern[str], str | None, str]] = [
        (p.toll, "killed", "death toll"),
        (p.bodies, "killed", "bodies found"),
        (p.label, "killed", "casualty table line"),  # before "11\nWounded" reads as a subject
        (p.subject, None, "victims + predicate"),
        (p.verb, None, "verb + victims"),
        (p.left, None, "left ... dead"),
        (p.noun, None, "count + noun"),
        (p.to_death, "killed", "verb + victims + to death"),
    ]
    words = frozenset(_WORD.findall(lowered))
    has_pred = not p.pred_words.isdisjoint(words)
    if odd or _holds_number(lowered, words):
        gated = _gated(p, words, has_pred, odd)
    else:  # only a list of single victims needs no number: "killed himself and a woman"
        gated = {id(p.verb): odd or _may_list_singles(words, text, lowered)}
    twins = _twins()
    for rx, kind, how in rules:
        if not gated.get(id(rx)):
            continue
        pair = None if odd else twins.get(id(rx))
        if pair is not None and pair[0] is rx:
            matches: Iterable[re.Match[str]] = _via_twin(rx, pair[1], text, lowered)
        else:
            matches = _scans().get(id(rx), rx).finditer(text)
        for m in matches:
            if rx is p.bodies and _killing_of_not_the_event(text, m):
                continue
            k = kind or _kind_of(
                m.group("pred"), "nouns" if rx is p.noun else "verbs" if rx is p.verb else "predicates"
            )
            singular_verb = rx is p.subject and _singular_verb(m.group("aux")) and "," not in m.group("list")
            for q in _groups(text, m, base, k, how):
                if singular_verb and q.value > 1:
                    continue  # "a man wielding two handguns was shot": the number is not the subject
                if not _spans_overlap(q, found) and not _subset(text, q.start - base):
                    q = _mark(text, q, base)
                    found.append(q if rx is not p.toll else replace(q, who=q.who or "death toll"))
                    if rx is p.toll:
                        found.extend(_earlier_figure(text, q, base))
    if has_pred or (_KILL_WORD.search(text) if odd else _KILL_FOLDED.search(lowered)):
        found.extend(_singulars(text, base, found, None if odd else words))
    return _claims_carried(sorted(found, key=lambda q: q.start), text, base)


_LIST_GAP = re.compile(_GROUP_SEP)


def _claims_carried(found: list[Quantity], text: str, base: int) -> list[Quantity]:
    """A list member right after an attacker's own count is part of that claim ("it had killed nine
    soldiers and a policeman")."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and SELF_CLAIMED in prev.reason and SELF_CLAIMED not in q.reason
                and _LIST_GAP.fullmatch(text, prev.end - base, q.start - base)):
            q = replace(q, reason=f"{q.reason}; {SELF_CLAIMED}")
        out.append(q)
    return out


_KILLING_OF = re.compile(r"(?i)(?:killings?|massacre|murders?)\s+of\b")


@lru_cache(maxsize=1)
def _killing_of_excluded() -> re.Pattern[str]:
    return re.compile(_patterns().lex["killing_of_excluded_before"], re.IGNORECASE)


def _killing_of_not_the_event(text: str, m: re.Match[str]) -> bool:
    """"the killing of 20 civilians" counts them (version 6), but not where the clause before tells of
    a court, an arrest or an inquiry ("charged with the killing of two"), or where the killing is
    what the event is about, in, over or after ("protests over the killing of three")."""
    if not _KILLING_OF.match(text, m.start()):
        return False
    start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    return _killing_of_excluded().search(text, start, m.start()) is not None


# "the death toll has climbed to 63, a police officer said, up from 40 reported earlier": the figure a
# revised toll replaces is its low end. Looked for in the rest of the toll's clause, this many
# characters at most (the saying clause between them: ", a police officer said," has 24).
EARLIER_FIGURE_REACH = 60
_UP_FROM = re.compile(r"(?i)\bup\s+from\s+(?:(?:an?|the)\s+(?:earlier|previous|initial)\s+(?:figure|toll|count)\s+of\s+)?"
                      r"(?P<num>\d[\d,]*|[a-z]+(?:[\s-][a-z]+)?)")
EARLIER = "the earlier figure of a revised toll"
# "the toll rose to 27 from 20, the governor said": a bare "from" right after the toll, its figure
# ending the clause or followed by a word of time or report (not "27 from 20 villages")
_FROM = re.compile(r"(?i)\s+from\s+(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?=\s*[,.;]|\s*$|\s+(?:earlier|previously|"
                   r"initially|before|reported|announced|given|on|overnight|late|early|in\s+the|a\s+day)\b)")


def _earlier_figure(text: str, q: Quantity, base: int) -> list[Quantity]:
    """The figure a revised toll replaces ("up from 40", "rose to 27 from 20"), as the toll's low end
    (see ``_UP_FROM``, ``_FROM``)."""
    at = q.end - base
    m = _FROM.match(text, at) if _REVISED.search(text, max(0, at - REVISED_REACH), at) else None
    if m is None and "up from" not in text[at : at + EARLIER_FIGURE_REACH].lower():
        return []
    m = m or _UP_FROM.search(text, at, min(len(text), at + EARLIER_FIGURE_REACH))
    if m is None or _CLAUSE_END.search(text, at, m.start()):
        return []
    parsed = parse_number(m.group("num")) or parse_number(m.group("num").split()[0])
    if parsed is None or parsed[0] >= q.value:
        return []
    v = parsed[0]
    return [Quantity(base + m.start("num"), base + m.end("num"), m.group("num"), "killed", v, v, v,
                     "death toll", reason=f"death toll; {EARLIER}")]


def _via_twin(rx: re.Pattern[str], twin: re.Pattern[str], text: str, lowered: str) -> list[re.Match[str]]:
    """``list(rx.finditer(text))``, found by the case-sensitive ``twin`` on the lower-cased text (of
    the same length: no character of ``_CASE_ODD`` in it) and re-read by ``rx`` where each starts."""
    return [rx.match(text, t.start()) for t in twin.finditer(lowered)]  # type: ignore[misc]


@lru_cache(maxsize=1)
def _twins() -> dict[int, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per case-insensitive count pattern that ``folds``, its case-sensitive twin for lower-cased
    text (speed: the engine no longer lower-cases each character it tests, and skips ahead to a
    literal first character), keyed by the pattern's id (with the pattern, to check it)."""
    p = _patterns()
    out = {}
    for rx in (p.toll, p.bodies, p.subject, p.verb, p.left, p.noun):
        if rx.flags & re.IGNORECASE and folds(rx.pattern, rx.flags):
            out[id(rx)] = (rx, re.compile(rx.pattern, rx.flags & ~re.IGNORECASE))
    return out


def folds(pattern: str, flags: int = re.IGNORECASE) -> bool:
    """Whether ``pattern`` (case-insensitive) matches a text where its case-sensitive self matches the
    text lower-cased, at the same offsets, for a text holding none of ``_CASE_ODD``: no upper-case
    letter outside a class that also holds its lower case, no ``(?-i:...)``, no back-reference, and
    only the operations listed in ``_fold_items`` (checked over every code point by the tests)."""
    import re._parser as sre_parse

    return _fold_items(sre_parse.parse(pattern, flags))


def _fold_items(seq) -> bool:
    import re._constants as sre

    for op, av in seq:
        if op is sre.SUBPATTERN:
            ok = not av[2] & re.IGNORECASE and _fold_items(av[3])
        elif op is sre.BRANCH:
            ok = all(_fold_items(b) for b in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            ok = _fold_items(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            ok = _fold_items(av[1])
        elif op is sre.GROUPREF_EXISTS:
            ok = _fold_items(av[1]) and (av[2] is None or _fold_items(av[2]))
        elif op in (sre.LITERAL, sre.NOT_LITERAL):
            ok = _folds_char(chr(av))
        elif op is sre.IN:
            ok = _fold_class(av)
        else:
            ok = op in (sre.ANY, sre.AT)
        if not ok:
            return False
    return True


# A class range wider than this is not looked into (the count patterns' widest is A-Z).
MAX_FOLD_RANGE = 256


def _fold_class(items) -> bool:
    """A class each of whose upper-case characters has its lower case in the class too, and every
    other is a lower-case ASCII or an uncased character."""
    import re._constants as sre

    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            if av[1] - av[0] > MAX_FOLD_RANGE:
                return False
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op not in (sre.CATEGORY, sre.NEGATE):
            return False
    return all(c.lower() in chars if c.isupper() else _folds_char(c) for c in chars)


def _folds_char(c: str) -> bool:
    """A lower-case ASCII character or an uncased one (outside ASCII, the engine's case-insensitive
    equivalences are wider than ``str.lower``: final sigma, micro sign)."""
    return c.lower() == c and (c.isascii() or c.upper() == c)


def _gated(p: _Patterns, words: frozenset[str], has_pred: bool, odd: bool) -> dict[int, bool]:
    """Per pattern of a sentence holding a number token, whether it may match (speed): the phrase
    that opens its predicate or its victims' verb has its key word (``_key_words``) as a whole word
    of the sentence (the phrases of the lexicon are literal and begin and end with a word character).
    The predicate and noun gates are those the patterns always had, without the odd-case proviso."""
    first = _phrase_words()
    return {
        id(p.toll): odd or not first["toll"].isdisjoint(words),
        id(p.bodies): odd or not first["bodies"].isdisjoint(words),
        id(p.subject): has_pred,
        id(p.verb): odd or not first["verbs"].isdisjoint(words),
        id(p.left): odd or not first["left"].isdisjoint(words),
        id(p.noun): not p.noun_words.isdisjoint(words),
        id(p.to_death): "death" in words,
        id(p.label): odd or not first["label"].isdisjoint(words),
    }


def _may_list_singles(words: frozenset[str], text: str, lowered: str) -> bool:
    """Whether a sentence without a number can hold a verb + list of single victims: a victim
    verb, a comma or word that joins two list members, and two person nouns (or "himself")."""
    first = _phrase_words()
    if first["verbs"].isdisjoint(words) or first["people"].isdisjoint(words):
        return False
    if "," not in text and first["joins"].isdisjoint(words):
        return False
    return sum(w in first["people"] for w in _WORD.findall(lowered)) >= 2


@lru_cache(maxsize=1)
def _phrase_words() -> dict[str, frozenset[str]]:
    lex = _patterns().lex
    return {
        "toll": _key_words(lex["toll_phrases"]),
        "bodies": _key_words(lex["bodies_phrases"]),
        "label": _key_words(lex["label_words"]),
        "verbs": _key_words([*(v for vs in lex["verbs"].values() for v in vs), *lex["lives_verbs"]]),
        "left": _first_words(_LEFT_VERBS),
        # every word of a person noun ("village head": "village" and "head"), whatever the case
        "people": frozenset(
            w
            for ph in [*lex["singular_people"], "himself herself themselves"]
            for w in re.findall(r"\w+", ph.lower())
        ),
        "joins": frozenset({"and", "plus", "as"}),
    }


def _key_words(phrases: Iterable[str]) -> frozenset[str]:
    """Per literal phrase, its longest word ("the toll" -> "toll"): every word of a literal phrase
    is a whole word of a text it matches, and the longest is the rarest ("the" is in most sentences)."""
    return frozenset(max(words, key=len) for ph in phrases if (words := re.findall(r"\w+", ph.lower())))


def _may_say_zero(lowered: str) -> bool:
    """Whether lower-cased text can hold a match of the zero patterns: each of their matches holds
    one of the literal strings found in the pattern (None: a pattern without one, always tried)."""
    needed = _zero_literal_search()
    return needed is None or needed.search(lowered) is not None


@lru_cache(maxsize=1)
def _zero_literal_search() -> re.Pattern[str] | None:
    """One search for any of ``_zero_literals`` (speed: a substring test per literal was a Python
    loop per sentence); None when some zero pattern holds no literal."""
    needed = _zero_literals()
    # as a prefix tree (speed: at each space or first letter the engine tries one branch, not 14)
    return None if needed is None else re.compile(trie_alternation(needed))


@lru_cache(maxsize=1)
def _zero_literals() -> frozenset[str] | None:
    out: set[str] = set()
    for z in _patterns().lex["zero_patterns"]:
        lits = required_literals(z)
        if lits is None or not all(lit.isascii() for lit in lits):
            return None
        out |= {lit.lower() for lit in lits}
    return frozenset(out)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains (as written in the pattern:
    compare lower-cased for a case-insensitive one), or None when none is found. Only plain
    sequences, groups, alternatives and repeats of at least one are looked into."""
    import re._parser as sre_parse

    return _required(sre_parse.parse(pattern))


def _required(seq) -> frozenset[str] | None:
    import re._constants as sre

    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        sub = None
        if op is sre.SUBPATTERN:
            sub = _required(av[3])
        elif op is sre.BRANCH:
            subs = [_required(b) for b in av[1]]
            sub = None if any(x is None for x in subs) else frozenset().union(*subs)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        if sub:
            options.append(sub)
    if run:
        options.append(frozenset(["".join(run)]))
    return max(options, key=lambda o: min(map(len, o)), default=None)


# Characters that a case-insensitive pattern takes for an ASCII letter although their ``str.lower()``
# is not that letter (dotted and dotless i, long s: found by testing every code point against every
# letter); in a sentence holding one, the lower-cased text proves nothing and every pattern is tried.
_CASE_ODD = frozenset("\u0130\u0131\u017f")


def _odd(text: str) -> bool:
    """Whether ``text`` holds one of ``_CASE_ODD`` (speed: an ASCII text, most sentences, at once)."""
    return not text.isascii() and holds_any(text, _CASE_ODD)


@lru_cache(maxsize=1)
def _number_hint() -> re.Pattern[str]:
    """A digit, or a whole number word or vague amount of the lexicon, in lower-cased text (a number
    token starts after a non-word character or a quote and its first word ends before one)."""
    lex = _patterns().lex
    words = [w.lower() for w in (*lex["units"], *lex["tens"], *lex["vague"])]
    return re.compile(rf"\d|\b(?:{_alt(words)})\b")


_DIGIT = re.compile(r"\d")


def _holds_number(lowered: str, words: frozenset[str]) -> bool:
    """``_number_hint().search(lowered)`` for a text whose lower-cased words are ``words`` (speed:
    a one-character search and set tests instead of the alternation tried at every position). A
    hint word matches between word boundaries, so its word runs are whole words of the text: with
    none of them there is no match; one-word hints need nothing more, longer ones ("a few") are
    searched for."""
    if _DIGIT.search(lowered) is not None:
        return True
    single, multi = _hint_words()
    if not single.isdisjoint(words):
        return True
    return any(parts <= words for parts in multi) and _number_hint().search(lowered) is not None


@lru_cache(maxsize=1)
def _hint_words() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The number hint's one-word words, and the word sets of its longer ones (see ``_number_hint``)."""
    lex = _patterns().lex
    hints = [re.findall(r"\w+", w.lower()) for w in (*lex["units"], *lex["tens"], *lex["vague"])]
    return (frozenset(h[0] for h in hints if len(h) == 1),
            tuple(frozenset(h) for h in hints if len(h) > 1))


def may_hold_number(text: str, lowered: str | None = None) -> bool:
    """False only when no number token of the count patterns can occur in ``text`` (speed: every
    pattern but the zero and singular ones holds one). A number token is digits, a number word or a
    vague amount, matched case-insensitively: its letters are those of a lexicon word, so the
    lower-cased text holds that word (unless it holds one of ``_CASE_ODD``)."""
    if _odd(text):
        return True
    return _number_hint().search(text.lower() if lowered is None else lowered) is not None


# Every singular-victim pattern needs a predicate word or one of these ("kill", "murdered", "death").
_WORD = re.compile(r"\w+")
_KILL_WORD = re.compile(r"(?i)kill|murder|death|died|dead|stabb|beat|lynch|behead|burn|hack")
# The same words on lower-cased text, case-sensitive: the engine then skips ahead to their first
# letters (speed; the same verdict on a text holding none of ``_CASE_ODD``).
_KILL_FOLDED = re.compile(_KILL_WORD.pattern.removeprefix("(?i)"))


def _singular_verb(aux: str) -> bool:
    return bool(re.match(r"(?i)\s*(?:was|is|has)\b", aux))


def _singulars(
    text: str, base: int, taken: Sequence[Quantity], words: frozenset[str] | None = None
) -> Iterator[Quantity]:
    """Single victims; ``words`` (the sentence's lower-cased words) skips the patterns that cannot
    match (speed; see ``_singular_words``)."""
    seen = [(q.start - base, q.end - base) for q in taken]
    people = _person_pattern()
    scans = _scans()
    for rx, needs in zip(_patterns().singular, _singular_needs()):
        if words is not None and (
            needs.isdisjoint(words) or (rx is people and _people_first_words().isdisjoint(words))
        ):
            continue
        for m in scans.get(id(rx), rx).finditer(text):
            subj = m.group("list")
            if any(s < m.end() and m.start() < e for s, e in seen) or _subset(text, m.start()):
                continue
            if re.match(r"(?i)(?:the|his|her|their)\b", subj) and not _people_at_end().search(subj):
                continue  # "the convoy was hit": only people-nouns after a determiner
            if not _non_human().isdisjoint(subj.lower().split()):
                continue  # "their unborn child", "a cow"
            if m.group("pred").lower() == "kill" and subj.lower() in ("him", "her"):
                continue  # "go ahead and kill him": a bare "kill" + pronoun is rarely a report
            if _NEARLY.search(text, max(0, m.start() - 8), m.start()):
                continue  # "a mob nearly lynches a woman": nobody died
            if m.group("pred").lower().endswith("themselves"):
                continue  # "... near Beledweyne killed themselves": a plural subject is no single victim
            kind = "killed" if m.group("pred").lower() == "death" else _kind_of(m.group("pred"), "predicates")
            seen.append((m.start(), m.end()))
            nth = _ordinal(subj)
            one = Quantity(
                base + m.start("list"),
                base + m.end("list"),
                subj,
                kind,
                nth or 1,
                nth or 1,
                nth or 1,
                subj,
                reason="a single named or singular victim" + (f"; death number {nth}: a toll so far" if nth else ""),
            )
            yield _mark_single(text, one, base) if kind == "killed" else one


def _ordinal(subject: str) -> int | None:
    """"a third passenger died": the toll so far is three (lexicon v10 ``ordinals``)."""
    words = subject.lower().split()
    if len(words) < 3 or words[0] not in ("a", "an"):
        return None
    return _patterns().lex["ordinals"].get(words[1])


@lru_cache(maxsize=1)
def _people_at_end() -> re.Pattern[str]:
    """A person noun ending a singular victim's words ("the man", "their son")."""
    return re.compile(rf"(?i)\b(?:{_alt(_patterns().lex['singular_people'])})$")


def _person_pattern() -> re.Pattern[str]:
    """The singular pattern that opens with a person noun ("Man shot, killed"): it also needs one of
    ``_people_first_words`` (speed: a person noun is a whole word, followed by a space)."""
    return _patterns().singular[1]


@lru_cache(maxsize=1)
def _people_first_words() -> frozenset[str]:
    return frozenset(re.findall(r"\w+", ph.lower())[0] for ph in _patterns().lex["singular_people"])


@lru_cache(maxsize=1)
def _singular_needs() -> tuple[frozenset[str], ...]:
    return _singular_words(_patterns().lex)


def find_quantities(text: str, sentences: Sequence[Sentence]) -> tuple[Quantity, ...]:
    """Every count of people in the text, sentence by sentence (offsets into ``text``)."""
    if not sentences:
        return tuple(_sentence_quantities(text, 0))
    out: list[Quantity] = []
    for s in sentences:
        found = _quantities_at_zero(s.text)
        out.extend(found if not s.start else (replace(q, start=q.start + s.start, end=q.end + s.start)
                                              for q in found))
    return tuple(out)


# Sentences whose readings are kept: an article's sentences are read again when an event's note
# reads its evidence passage (events/notes.py), most of them with the same text.
MAX_SENTENCE_READINGS = 1024


@lru_cache(maxsize=MAX_SENTENCE_READINGS)
def _quantities_at_zero(sentence: str) -> tuple[Quantity, ...]:
    """A sentence's counts with offsets from its start (speed: a sentence's reading does not depend
    on where it stands, only its offsets do; ``_sentence_quantities(t, b)`` equals this shifted by b)."""
    return tuple(_sentence_quantities(sentence, 0))


@lru_cache(maxsize=1)
def _scans() -> dict[int, SkipScan]:
    """Scouted scans (``sitrep.textutil.SkipScan``: the same matches) of the count patterns whose
    first characters are few enough for the scout to pay: the casualty label line and two of the
    singular patterns (measured on the GVA sentences; for the others it cost more than it saved),
    keyed by the pattern's id."""
    p = _patterns()
    return {id(rx): SkipScan(rx) for rx in (p.label, p.singular[2], p.singular[4])}


def _prepare() -> None:
    """Compile the lexicon's patterns now, once, rather than on the first sentence that needs each
    (a first use mid-run cost about 0.06 s, a fifth of a millisecond per article over 300)."""
    _patterns()
    for build in (_unit_after, _lives_verbs, _np_whole, _non_human, _prior_event, _tally, _reprisal,
                  _grievance_near, _phrase_words, _zero_literal_search, _zero_literals, _number_hint,
                  _people_first_words, _singular_needs, _twins, _people_at_end, _hint_words, _scans):
        build()


@stage("quantities", requires=("sentences",), assigns=("quantities",))
def make_quantities(ctx: Context) -> Callable[[Doc], Doc]:
    _prepare()

    def run(doc: Doc) -> Doc:
        # a lazy view: a sentence's counts are read when an event asks for them (quantity_view.py)
        return replace(doc, quantities=QuantityView(doc.article.text, doc.sentences or ()))

    return run


# ----- an event's toll -------------------------------------------------------------------------


_SELF = "the attacker himself"  # the group of an attacker who died by his own act


def _victim_key(q: Quantity, text: str) -> str | None:
    """A distinct-group key; None for an overall figure ("15 people", "the death toll")."""
    lex = _patterns().lex
    who = (q.who or "").lower().strip()
    head = re.sub(r"(?<=[a-rt-z])s$", "", who.split()[-1]) if who else ""
    if who in ("himself", "herself", "themselves"):
        return _SELF  # "blew herself up ..., killing herself and six traders": one death, told twice
    if not q.reason.startswith("a single") and (
        who == "others" or (who.startswith("other ") and _coordinated(q, text))
    ):
        return "others"  # "the village head and 45 others", "the two bombers and three other people"
    if (
        not who
        or who in lex["generic_victims"]
        or head in ("people", "person", "individual", "victim", "toll", "other", "live")
    ):
        return None
    if q.reason.startswith("a single"):
        # "A suicide bomber blew himself up ..., killing three officers": the attacker is a group of
        # his own, besides the victims (ACLED counts every death)
        return _SELF if _self_killed().match(text, q.end) else None
    if re.search(
        rf"\b(?:{_alt(lex['additional_markers'])})\s+$", text[max(0, q.start - 20) : q.start], re.IGNORECASE
    ):
        return f"{head}@{q.start}"  # "another 5 soldiers" is a new group
    return head


@lru_cache(maxsize=1)
def _self_killed() -> re.Pattern[str]:
    """Right after a victim phrase: a predicate saying the attacker died by his own act (lexicon v10)."""
    lex = _patterns().lex
    return re.compile(rf"(?i)\s+(?:(?:{_alt(lex['auxiliaries'])})\s+)?(?:{_alt(lex['self_killed_predicates'])})\b")


def _coordinated(q: Quantity, text: str) -> bool:
    """Whether a count follows another list member: "... and three other people"."""
    return (
        re.search(r"(?i)(?:,|\band|\bplus|\bas well as)\s+$", text[max(0, q.start - 12) : q.start])
        is not None
    )


def total_killed(quantities: Sequence[Quantity], text: str) -> tuple[int, int, int, str] | None:
    """The toll of a set of killed quantities (see the module docstring), or None."""
    every = [
        q for q in quantities
        if q.kind == "killed" and GRIEVANCE not in q.reason and TALLY not in q.reason and RECALLED not in q.reason
    ]
    # "since 2007, when 28 were killed", "a day after an attack which killed 20": only when nothing else
    current = [q for q in every if BACKGROUND not in q.reason and PRIOR not in q.reason] or every
    killed = [q for q in current if ALTERNATIVE not in q.reason]
    alternatives = [q for q in current if ALTERNATIVE in q.reason]
    second = _second_estimates(killed, text) + _headline_estimates(killed, text)
    if second:
        killed = [q for q in killed if q not in second]
        alternatives += second
    if any(SELF_CLAIMED not in q.reason and _covers_claim(q, text) for q in killed):
        # "At least 18 people died ... the group said its fighter had killed 60 worshippers": an overall
        # figure from another source covers the attacker's victims, and so does a count of civilians the
        # claim recasts as soldiers ("killed 20 civilians" / "said it killed nine soldiers"); the claim
        # only widens the range
        alternatives += [q for q in killed if SELF_CLAIMED in q.reason]
        killed = [q for q in killed if SELF_CLAIMED not in q.reason]
    if not killed:
        killed, alternatives = alternatives, []
    if not killed:
        return None
    value, low, high, why = _toll(killed, text)
    if alternatives:
        other = _alternative_figure(alternatives, text)
        return value, min(low, other), max(high, other), f"{why}; other reports: up to {other}"
    return value, low, high, why


def _second_estimates(killed: Sequence[Quantity], text: str) -> list[Quantity]:
    """Overall figures that are a second estimate of a toll another overall figure gives (counts
    lexicon v10): a count of bodies ("11 bodies had been brought to the morgue", "said they had buried
    26 bodies"), and a figure in a later sentence that opens with its own source ("Myanmar Now
    reported that 23 people died", ``new_source_pattern``) and revises nothing. Not "N more".
    ACLED takes the most conservative figure: such a figure only widens the range."""
    overall = [q for q in killed if _victim_key(q, text) is None and not _more(q) and q.value > 0]
    if len(overall) < 2:
        return []
    plain = [q for q in overall if not _bodies_count(q, text)]
    if not plain:
        return []
    first = min(q.start for q in plain)
    later = [q for q in plain if _sentence_start(text, q.start) > first and _new_source(q, text)]
    return [q for q in overall if q not in plain] + (later if len(later) < len(plain) else [])


def _headline_estimates(killed: Sequence[Quantity], text: str) -> list[Quantity]:
    """A headline's figure that the body does not tell again ("22 killed in Benue attack" over "killed
    at least 18 villagers"): the body's figure is the toll, the headline's widens the range."""
    line_end = text.find("\n")
    head = [q for q in killed if 0 <= q.end <= line_end and not q.reason.startswith("death toll")]
    body = [q for q in killed if q.start > line_end >= 0 and not _more(q)]
    if not head or not body or any(h.value == b.value for h in head for b in body):
        return []
    return head


_BODIES_AFTER = re.compile(r"(?i)\s*(?:bodies|corpses)\b")
_BODIES_BEFORE = re.compile(r"(?i)\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?$")
BODIES_REACH = 25  # characters before a count searched for "the bodies of"


def _bodies_count(q: Quantity, text: str) -> bool:
    """"11 bodies", "the bodies of 14 people": a count of the dead as found or brought in."""
    if q.reason.startswith("count + noun"):
        return _BODIES_AFTER.match(text, q.end) is not None
    return q.reason.startswith("bodies found") and _BODIES_BEFORE.search(text[max(0, q.start - BODIES_REACH) : q.start]) is not None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (after the last break before it)."""
    return max(text.rfind(c, 0, at) for c in ".!?\n") + 1


def _new_source(q: Quantity, text: str) -> bool:
    """Whether ``q``'s sentence opens with its own source right before the figure and revises nothing."""
    start = _sentence_start(text, q.start)
    head = text[start : q.start]
    return _new_source_rx().match(head) is not None and not _REVISED.search(head)


@lru_cache(maxsize=1)
def _new_source_rx() -> re.Pattern[str]:
    return re.compile(_patterns().lex["new_source_pattern"], re.IGNORECASE)


def _covers_claim(q: Quantity, text: str) -> bool:
    """An independent figure that stands for the attacker's victims: an overall one ("18 people"),
    or one of civilians (the first ``restated_synonyms`` group), whom a claim names otherwise."""
    key = _victim_key(q, text)
    return key is None or key in _patterns().lex["restated_synonyms"][0]


def _alternative_figure(alternatives: Sequence[Quantity], text: str) -> int:
    """The other reports' figure: the largest; an attacker's claim over several groups ("nine
    soldiers and a policeman") counts as the sum of its groups."""
    claimed = [q for q in alternatives if SELF_CLAIMED in q.reason]
    figures = [q.value for q in alternatives if SELF_CLAIMED not in q.reason]
    if claimed:
        figures.append(_groups_toll(claimed, text)[0])
    return max(figures)


def _largest(qs: Sequence[Quantity]) -> Quantity:
    """A group's figure: the largest precise one; a vague amount ("several") only when nothing else;
    an attacker's own count only when no one else gives one."""
    precise = [q for q in qs if VAGUE not in q.reason] or list(qs)
    plain = [q for q in precise if SELF_CLAIMED not in q.reason] or precise
    return max(plain, key=lambda q: q.value)


def _claimed_high(qs: Sequence[Quantity], best: Quantity) -> int:
    """A group's high end: its figure's, or an attacker's larger claim."""
    return max([best.high] + [q.value for q in qs if SELF_CLAIMED in q.reason])


def _more(q: Quantity) -> bool:
    """"nine more died", "two more soldiers were killed": deaths besides those counted before."""
    return (q.who or "").lower().split()[:1] == ["more"]


# Two sentences giving the same toll for groups that may be one (a headline and its body: "executed
# 1,700 Iraqi air force recruits" / "killing 1,700 Shiite recruits") state it twice. A same figure is
# a restatement when the groups share a word or the figure is at least this large (distinct groups
# of ten or more dead with exactly the same count in separate sentences are rare in news reports).
RESTATED_MIN = 10
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _restated(a: Quantity, b: Quantity, text: str) -> bool:
    """Is ``b`` the same toll as ``a`` stated again in another sentence?"""
    if a.value != b.value or a.value <= 0:
        return False
    first, second = sorted((a, b), key=lambda q: q.start)
    if not _SENTENCE_BREAK.search(text, first.end, max(first.end, second.start)):
        return False  # "five police and five soldiers": two groups of one sentence
    words = set(re.findall(r"[a-z]{3,}", (a.who or "").lower())) & set(
        re.findall(r"[a-z]{3,}", (b.who or "").lower())
    )
    return a.value >= RESTATED_MIN or bool(words) or _headline_restated(first, text) or _same_kind(a, b)


def _headline_restated(first: Quantity, text: str) -> bool:
    """A figure of the headline (the text's first line) told again in the body is the same group
    under another noun ("kill nine villagers" / "killed nine civilians")."""
    line_end = text.find("\n")
    return 0 <= first.end <= line_end


def _same_kind(a: Quantity, b: Quantity) -> bool:
    """Two nouns for one kind of victim ("villagers", "civilians", "residents": ``restated_synonyms``)."""
    heads = {re.sub(r"s$", "", (q.who or "").lower().split()[-1]) if q.who else "" for q in (a, b)}
    return any(heads <= set(group) for group in _patterns().lex["restated_synonyms"])


def _restatements_dropped(best: dict[str, Quantity], text: str) -> dict[str, Quantity]:
    """The distinct groups minus those restating an earlier group's toll (new groups, "another
    5 soldiers", keyed with '@', are never restatements)."""
    kept: dict[str, Quantity] = {}
    for key, q in sorted(best.items(), key=lambda kv: kv[1].start):
        if "@" in key or not any(_restated(k, q, text) for k in kept.values()):
            kept[key] = q
    return kept


def _toll(killed: Sequence[Quantity], text: str) -> tuple[int, int, int, str]:
    """The toll of the killed counts: see the module docstring; "N more" adds to the rest."""
    more = [q for q in killed if _more(q)]
    rest = [q for q in killed if not _more(q)]
    if not more or not rest:
        return _groups_toll(killed, text)
    if any(q.reason.startswith("death toll") for q in rest):
        return _groups_toll(rest, text)  # "two more bodies were found, bringing the toll to 23"
    value, low, high, why = _groups_toll(rest, text)
    extra = sum(q.value for q in more)
    added = " + ".join(repr(q.text) for q in more)
    return value + extra, low + sum(q.low for q in more), high + sum(q.high for q in more), f"{why}; plus {added}"


def _groups_toll(killed: Sequence[Quantity], text: str) -> tuple[int, int, int, str]:
    groups: dict[str, list[Quantity]] = {}
    overall: list[Quantity] = []
    for q in killed:
        key = _victim_key(q, text)
        (overall if key is None else groups.setdefault(key, [])).append(q)
    best = _restatements_dropped({k: _largest(qs) for k, qs in groups.items()}, text)
    s_val = sum(q.value for q in best.values())
    top = _largest(overall) if overall else None
    if top is not None and top.value >= s_val:
        low = min(q.low for q in overall if q.value > 0 and SELF_CLAIMED not in q.reason) if top.value > 0 else 0
        if 0 < s_val and _revised_toll(top, text):
            low = min(low, s_val)  # "killing nine residents ... bringing the toll to 12": 9..12
        return top.value, min(low, top.value), _claimed_high(overall, top), f"overall figure {top.text!r}"
    lows = sum(min(q.low for q in groups[k] if SELF_CLAIMED not in q.reason or q is best[k]) for k in best)
    highs = sum(_claimed_high(groups[k], q) for k, q in best.items())
    parts = " + ".join(f"{q.value} ({q.who})" for q in best.values())
    return s_val, min(lows, s_val), max(highs, s_val), f"sum of distinct victim groups: {parts}"


def _revised_toll(q: Quantity, text: str) -> bool:
    """A death toll a revision verb governs ("the toll rose to 12", "bringing the toll to 12")."""
    if not q.reason.startswith("death toll") or EARLIER in q.reason:
        return False
    start = text.rfind(".", 0, q.start) + 1
    return _REVISED.search(text, max(start, q.start - REVISED_REACH), q.start) is not None


# How far before a toll's figure its revision verb is looked for: "bringing the number of people
# killed in the attack to 12" puts 50 characters between them.
REVISED_REACH = 80


def _quantities_near(doc: Doc, spans: Sequence[tuple[int, int]]) -> tuple[Quantity, ...]:
    """Without the quantities stage: read only the sentences that overlap the spans."""
    sentences = [x for x in doc.sentences or () if any(x.start < e and s < x.end for s, e in spans)]
    if not sentences:
        return tuple(_shift(q, s) for s, e in spans for q in find_quantities(doc.article.text[s:e], ()))
    return find_quantities(doc.article.text, sentences)


def _shift(q: Quantity, offset: int) -> Quantity:
    return replace(q, start=q.start + offset, end=q.end + offset)


# A revised toll in one of the sentences right after an event's evidence ("Over the next week the
# death count is raised to 19") is that event's final toll: reports give it after the story. Two
# sentences (ACLED notes, even half: a revision is the second or third sentence of its note).
REVISION_REACH = 2
_REVISED = re.compile(
    r"(?i)\b(?:rose|risen|rises|climbed|raised|raising|revised|increased|jumped|rising|bringing|brought|"
    r"reached|gone\s+up|went\s+up|grew|grown|swelled|mounted)\b"
)


def _following(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the sentences right after each evidence span (at most ``REVISION_REACH`` each)
    that are not evidence themselves."""
    if not spans or not doc.sentences:
        return []
    from bisect import bisect_left

    starts = [x.start for x in doc.sentences]
    out: set[tuple[int, int]] = set()
    for _, end in spans:
        i = bisect_left(starts, end)
        after = doc.sentences[i : i + REVISION_REACH]
        out.update((x.start, x.end) for x in after if not any(s <= x.start < e for s, e in spans))
    return sorted(out)


def _revisions(doc: Doc, qs: Sequence[Quantity], after: Sequence[tuple[int, int]]) -> list[Quantity]:
    """Death-toll revisions ("the death toll rose to 27") in the sentences ``after`` the evidence."""
    text = doc.article.text
    tolls = [q for q in qs if q.kind == "killed" and q.reason.startswith("death toll")] if after else []
    return [
        replace(q, reason=f"{q.reason}; a revised toll after the event's sentences")
        for s, e in after
        for q in tolls
        if s <= q.start and q.end <= e and _REVISED.search(text, s, q.start)
    ]


def _next_sources(
    doc: Doc, qs: Sequence[Quantity], after: Sequence[tuple[int, int]], counted: bool = False
) -> list[Quantity]:
    """Another source's toll in the sentence right after the evidence ("The Sudan Doctors Network put
    the toll at 24.", "Hospital officials gave a higher toll of 17.", "A hospital source said 11 bodies
    had been brought to the morgue."): an alternative estimate, which widens the range (counts
    lexicon v7, v10)."""
    text = doc.article.text
    return [
        replace(q, reason=f"{q.reason}; {ALTERNATIVE} in the next sentence")
        for s, e in after
        for q in qs
        if q.kind == "killed" and s <= q.start and q.end <= e and _next_estimate(q, text, s, counted)
    ]


def _next_estimate(q: Quantity, text: str, start: int, counted: bool) -> bool:
    """Another source's toll ("put the toll at 24"); when the evidence counts the dead itself, also a
    count of bodies ("11 bodies had been brought to the morgue") or another source's own overall
    figure ("Hospital officials said 9 people died"), not "N more"."""
    if _next_source().match(text[start : q.start]):
        return True
    if not counted or _more(q) or _victim_key(q, text) is not None or RECALLED in q.reason or TALLY in q.reason:
        return False
    return _bodies_count(q, text) or _new_source(q, text)


@lru_cache(maxsize=1)
def _next_source() -> re.Pattern[str]:
    return re.compile(_patterns().lex["next_sentence_source_pattern"], re.IGNORECASE)


# "The shooting also injured two men": the injured are besides victims told of elsewhere (no zero toll)
_ALSO = re.compile(r"(?i)\balso\b[^.;]*$")
ALSO_WINDOW = 80  # characters before an injury count searched for "also" (a clause with its list of victims)


def fatalities_for(
    doc: Doc, spans: Sequence[tuple[int, int]]
) -> tuple[int | None, int | None, int | None, str]:
    """(fatalities, low, high, reason) from the quantities inside the evidence spans.

    None when the spans say nothing of deaths; 0 when they say nobody died or report only injuries.
    """
    text = doc.article.text
    after = _following(doc, spans)
    near = [*spans, *after]
    qs = quantities_near(doc.quantities, near) if doc.quantities is not None else _quantities_near(doc, near)
    inside = [q for q in qs if any(s <= q.start and q.end <= e for s, e in spans)]
    inside += _revisions(doc, qs, after)
    counted = any(q.kind == "killed" and ALTERNATIVE not in q.reason for q in inside)
    inside += _next_sources(doc, qs, after[:1], counted)
    toll = total_killed(inside, text)
    if toll is not None:
        v, lo, hi, why = toll
        return v, lo, hi, why
    hurt = [q for q in inside if q.kind in ("injured", "casualties")]
    if hurt and all(_ALSO.search(text, max(0, q.start - ALSO_WINDOW), q.start) for q in hurt):
        return None, None, None, "injuries besides victims the evidence does not count"
    if hurt:
        return 0, 0, 0, "injuries or casualties reported, no deaths"
    return None, None, None, "the evidence says nothing of deaths"
