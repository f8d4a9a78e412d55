"""The event lexicon: named cues (regular-expression alternations) and typing rules.

Knowledge lives in ``sitrep/data/events/cues.json`` and ``modality.json`` (format in the README
there); this module compiles it once and hands out immutable views.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

# Cues computed from other stages' output rather than from the lexicon.
DYNAMIC_CUES = frozenset({"PLACE"})

__all__ = [
    "DYNAMIC_CUES",
    "Lexicon",
    "Rule",
    "compile_alternation",
    "factor_alternation",
    "load_escalation",
    "load_lexicon",
    "load_modality",
    "word_keys",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """One typing rule: every cue in ``all`` present (the first is the trigger), none of ``none``.

    ``within`` (chars) bounds how far after the trigger the second cue may start, and no cue of
    ``between_none`` may sit between them ("captured soldiers ... base" is not ground);
    ``before`` (chars) asks instead for the other cues to end at most that far before the
    trigger ("five soldiers were killed"). A ``headline`` rule types the article's headline only. ``sub`` is a sub-event type, or ``@territory`` for a
    taking of ground whose direction depends on who acted.
    """

    sub: str
    all: tuple[str, ...]
    none: tuple[str, ...]
    score: float
    within: int | None = None
    between_none: tuple[str, ...] = ()
    before: int | None = None
    headline: bool = False  # applies to the article's headline only ("Crab Festival Shooting ...")
    # modality flags that do not block this rule's trigger: a chemical attack is nearly always
    # reported as an accusation ("accused the army of dropping chlorine"), never admitted
    tolerates: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    version: int
    cues: dict[str, re.Pattern[str]]  # for lower-cased text
    rules: tuple[Rule, ...]
    cues_i: dict[str, re.Pattern[str]]  # case-insensitive, for text whose lower-casing changes length
    anchors: dict[str, frozenset[str]]  # per cue, word keys one of which must occur (empty: no filter)
    trigger_keys: frozenset[str]  # empty: no sentence-level filter
    # veto cues an article's headline imposes on its headline-like lines, or on every line for those
    # in ``headline_everywhere``; a cue does not when one of its ``headline_unless`` cues also matches
    # the headline (:func:`sitrep.events.typing.headline_vetoes`)
    headline_vetoes: tuple[str, ...] = ()
    headline_unless: dict[str, tuple[str, ...]] = field(default_factory=dict)
    headline_everywhere: frozenset[str] = frozenset()
    # veto cues of the sentence before that do not hold for a sentence dating its own event
    dated_lifts: frozenset[str] = frozenset()
    # the veto cues of a lead that reach the headline before it
    lead_vetoes: frozenset[str] = frozenset()
    # veto cues that hold in their own sentence only, never from the sentence before (a killing
    # makes an abduction in the same sentence an attack, not one told in an earlier sentence)
    sentence_vetoes: frozenset[str] = frozenset()
    # "Malian troops and Wagner fighters": the words between two coordinated subjects (a connector
    # and up to a few of the second's own modifiers), matched whole (``cues.json`` "coordination")
    coordination: re.Pattern[str] | None = None
    # "Nigerian and Cameroonian forces": a partner named right before a side, searched at the end
    # of the few characters before it
    partner_before: re.Pattern[str] | None = None


def compile_alternation(fragments: list[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    """One word-bounded pattern matching any fragment (longest first); fragments are lower case.

    The alternation is written with the fragments that open with the same literal letters grouped
    (see :func:`factor_alternation`): the same matches, without trying every fragment at every word."""
    ordered = sorted(fragments, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + factor_alternation(ordered, fold=ignore_case) + r")(?![\w])",
        re.IGNORECASE if ignore_case else 0,
    )


# Regex characters that are not a literal of their own at the head of a fragment.
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("*+?{")


def factor_alternation(ordered: list[str], fold: bool = False) -> str:
    """``"|".join(ordered)`` rewritten so that the engine tries only the fragments whose first
    letter is the text's: consecutive fragments opening with a plain literal are grouped by that
    letter ("kill|kills|shot" -> "kill(?:|s)|shot"), recursively; every other fragment (a group, a
    class, an escape, an empty rest) stays in its place. Fragments opening with different letters
    cannot match at the same position, and within a letter the order is kept, so the pattern finds
    exactly what the flat alternation finds (the first fragment in order that leads to a match).
    ``fold``: for a case-insensitive pattern; only ASCII letters, digits and spaces are grouped
    then, by their lower case (the characters each of them matches are disjoint)."""
    out: list[str] = []
    run: dict[str, list[str]] = {}
    for frag in _expanded(ordered):
        head = _literal_head(frag, fold)
        if head is None:
            out.extend(_grouped(run, fold))
            run.clear()
            out.append(frag)
        else:
            run.setdefault(head, []).append(frag[1:])
    out.extend(_grouped(run, fold))
    return "|".join(out)


def _expanded(ordered: list[str]) -> list[str]:
    """The fragments with a leading group of alternatives spelled out in place, in order
    ("(?:was|were) shot" -> "was shot", "were shot": the engine tries them in that order either way)."""
    out: list[str] = []
    for frag in ordered:
        alts = _expand(frag)
        out.extend(alts if alts == [frag] else _expanded(alts))
    return out


def _grouped(run: dict[str, list[str]], fold: bool) -> list[str]:
    out = []
    for head, rests in run.items():
        inner = rests[0] if len(rests) == 1 else factor_alternation(rests, fold)
        out.append(re.escape(head) + (f"(?:{inner})" if _top_level_bar(inner) else inner))
    return out


def _literal_head(frag: str, fold: bool) -> str | None:
    """The first character of ``frag`` when it matches that one character only (lower-cased for
    ``fold``), else None (no fragment, a metacharacter, a quantified letter, or a top-level
    alternative in the fragment)."""
    if not frag or frag[0] in _SPECIAL or frag[1:2] in _QUANTIFIERS or _top_level_bar(frag):
        return None
    if fold:
        return frag[0].lower() if frag[0].isascii() and (frag[0].isalnum() or frag[0] == " ") else None
    return frag[0]


def _top_level_bar(frag: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for ch in frag:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"


def _read(name: str) -> dict[str, Any]:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = _read("cues.json")
    cues = {name: compile_alternation(frags, ignore_case=False) for name, frags in data["cues"].items()}
    cues_i = {name: compile_alternation(frags) for name, frags in data["cues"].items()}
    rules = tuple(
        sorted(
            (
                Rule(
                    r["sub"],
                    tuple(r["all"]),
                    tuple(r.get("none", ())),
                    float(r["score"]),
                    r.get("within"),
                    tuple(r.get("between_none", ())),
                    r.get("before"),
                    bool(r.get("headline", False)),
                    frozenset(r.get("tolerates", ())),
                )
                for r in data["rules"]
            ),
            key=lambda r: -r.score,
        )
    )
    named = {part for r in rules for c in r.all + r.none + r.between_none for part in c.split("|")}
    unknown = named - set(cues) - DYNAMIC_CUES
    if unknown:
        raise ValueError(f"cues.json: rules name unknown cues {sorted(unknown)}")
    anchors = {name: _anchors(frags) for name, frags in data["cues"].items()}
    anchors.update({name: _stated_anchors(words) for name, words in data.get("anchors", {}).items()})
    trig = [anchors[c] for r in rules for c in r.all[0].split("|")]
    trigger_keys = frozenset() if any(not k for k in trig) else frozenset().union(*trig)
    extra = _article_vetoes(data, cues)
    joined, partner = _coordination(data["coordination"])
    return Lexicon(
        int(data["version"]), cues, rules, cues_i, anchors, trigger_keys, *extra,
        coordination=joined, partner_before=partner,
    )


def _coordination(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of coordinated sides (``cues.json`` "coordination", fragments in the cue format):
    the words between two subjects, and a partner named right before a side."""
    joined = "|".join(data["connectors"])
    modifiers = int(data["modifier_words"])
    partner = "|".join(data["partner_connectors"])
    return (
        re.compile(rf"\s*(?:{joined})\s+(?:[\w'’-]+\s+){{0,{modifiers}}}?", re.IGNORECASE),
        re.compile(rf"\w+(?:{partner}) $"),
    )


def _article_vetoes(data: dict[str, Any], cues: dict[str, re.Pattern[str]]) -> tuple:
    """The vetoes that reach beyond a sentence and its predecessor, in ``Lexicon`` field order:
    headline vetoes (cues, unless, everywhere), ``dated_lifts``, ``lead_vetoes`` and ``sentence_vetoes``."""
    head = data.get("headline_vetoes", {})
    vetoes = tuple(head.get("cues", ()))
    unless = {c: tuple(u) for c, u in head.get("unless", {}).items()}
    everywhere = frozenset(head.get("everywhere", ()))
    lifts = frozenset(data.get("dated_lifts", {}).get("cues", ()))
    lead = frozenset(data.get("lead_vetoes", {}).get("cues", ()))
    own = frozenset(data.get("sentence_vetoes", {}).get("cues", ()))
    named = set(vetoes) | set(unless) | {c for u in unless.values() for c in u} | everywhere | lifts | lead | own
    if named - set(cues):
        unknown = sorted(named - set(cues))
        raise ValueError(f"cues.json: headline_vetoes, dated_lifts or lead_vetoes name unknown {unknown}")
    return vetoes, unless, everywhere, lifts, lead, own


_META = re.compile(r"[\\()\[\]?*+{}|.^$]")
# Words are compared on their first ANCHOR_CHARS letters (a set test, much cheaper than a regex);
# shorter prefixes (down to MIN_KEY_CHARS letters) are keys too, for short words and stems. Five
# letters tell "withdrew" from "with", "suspicious" from "suspect" and "county" from "counter".
ANCHOR_CHARS = 5
MIN_KEY_CHARS = 3
_TOKEN = re.compile(r"\w[\w'’-]*")  # a word, not its opening quote ("'execution-style'")
_CLEAN_WORD = re.compile(r"^\w[\w'’-]*$")


@lru_cache(maxsize=256)  # each sentence is read again as the next one's context
def word_keys(folded: str) -> frozenset[str]:
    """The first MIN_KEY_CHARS to ANCHOR_CHARS letters of every word of a lower-cased sentence."""
    toks = _TOKEN.findall(folded)
    if len(_TOKEN_KEYS) >= MAX_MEMO_WORDS:  # cleared here, never while a sentence is read
        _TOKEN_KEYS.clear()
    for tok in toks:
        if tok not in _TOKEN_KEYS:
            _token_keys(tok)
    return frozenset(chain.from_iterable(map(_TOKEN_KEYS.__getitem__, toks)))


# Keys of the words seen so far: most words of a sentence recur in the next ones, and slicing
# each word three times costs more than one dict look-up. Cleared past this many words (plus one
# sentence's), so that memory stays flat on any corpus (a few MB at most; measured: 23,394
# distinct words in the 38,056 sentences of the 2,068 GVA dev articles).
MAX_MEMO_WORDS = 100_000
_TOKEN_KEYS: dict[str, tuple[str, ...]] = {}


def _token_keys(tok: str) -> tuple[str, ...]:
    got = _TOKEN_KEYS[tok] = tuple(tok[:n] for n in range(MIN_KEY_CHARS, ANCHOR_CHARS + 1))
    return got


def _word_key(word: str, complete: bool) -> str | None:
    """The key every token starting with ``word`` (equal to it, when ``complete``) has."""
    if not _CLEAN_WORD.match(word) or (not complete and len(word) < MIN_KEY_CHARS):
        return None
    return word[:ANCHOR_CHARS]


def _anchor(frag: str) -> str | None:
    """A key that some word of any match of ``frag`` must have (of the words its match begins
    with, the longest), or None when unknown."""
    m = _META.search(frag)
    lit = frag[: m.start()] if m else frag
    if m and m.group() in "?*{" and lit:
        lit = lit[:-1]  # "attacks?": the last letter is optional
    words = lit.split(" ")
    keys = [_word_key(w, i < len(words) - 1 or not m) for i, w in enumerate(words) if w]
    return max((k for k in keys if k), key=len, default=None)


def _expand(frag: str) -> list[str]:
    """'(?:was|were) formed' -> ['was formed', 'were formed']: the alternatives of one leading
    group (which may hold groups of its own: '(?:shot|fired (?:up)?on)')."""
    if not frag.startswith("(?:"):
        return [frag]
    depth, cuts = 0, [3]
    for i, ch in enumerate(frag):
        if ch == "\\":
            continue
        if ch == "(" and (i == 0 or frag[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and frag[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                if frag[i + 1 : i + 2] in ("?", "*", "{"):
                    return [frag]
                alts = [frag[a : b - 1] for a, b in zip(cuts, cuts[1:] + [i + 1])]
                return [alt + frag[i + 1 :] for alt in alts]
        elif ch == "|" and depth == 1:
            cuts.append(i + 1)
    return [frag]


def _stated_anchors(words: list[str]) -> frozenset[str]:
    """Keys of words stated in ``cues.json`` "anchors": one of them occurs in every match of the
    cue, though not first ("was shot", "dispatched to a shooting")."""
    return frozenset(w.lower()[:ANCHOR_CHARS] for w in words)


# A fragment led by one of these ("was shot", "have been formed") is anchored on the word after it:
# the auxiliaries occur in most sentences and would let every one of them through.
_AUXILIARIES = frozenset(
    "was|were|is|are|be|been|being|has|have|had|get|gets|got|getting|has been|have been|had been".split("|")
)
# "(?:was|were) (?:\w+ ){0,2}shot": the leading group, up to two free words, and the rest.
_AUX_LED = re.compile(r"^\(\?:([^()]*)\) (?:\(\?:\\w\+ \)\{0,\d\})?(.+)$")


def _tail_keys(frag: str) -> list[str | None] | None:
    """Anchors of the word after an auxiliary-led group (a literal, or a group of literals), or
    None when the fragment is not led by auxiliaries only."""
    m = _AUX_LED.match(frag)
    if m is None or not set(m.group(1).split("|")) <= _AUXILIARIES:
        return None
    return [_anchor(f) for f in _expand(m.group(2))]


def _anchors(fragments: list[str]) -> frozenset[str]:
    """Keys one of which a sentence must hold for the cue to match; empty: always try the regex."""
    keys: list[str | None] = []
    for frag in fragments:
        tail = _tail_keys(frag)
        keys += tail if tail is not None and None not in tail else [_anchor(f) for f in _expand(frag)]
    return frozenset() if any(k is None for k in keys) else frozenset(keys)


@lru_cache(maxsize=1)
def load_escalation() -> tuple[frozenset[str], tuple[str, str], re.Pattern[str]]:
    """(sub-types that escalate, the (type, sub-type) they become, the cue pattern): a protest
    whose demonstrators turn violent is a violent demonstration (``cues.json`` "escalation")."""
    esc = _read("cues.json")["escalation"]
    return frozenset(esc["from"]), (esc["to"][0], esc["to"][1]), compile_alternation(esc["cues"])


@lru_cache(maxsize=1)
def load_modality() -> dict[str, Any]:
    return _read("modality.json")
