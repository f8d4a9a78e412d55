"""Counts of people killed, injured, abducted, arrested or displaced, and an event's death toll.

``find_quantities`` reads each sentence with a few patterns built from ``data/counts/lexicon.json``:

* subject + predicate: "at least 40 detainees and three gendarmes were killed";
* verb + object: "killing 6 civilians, including 2 women" (the subset after "including" is skipped);
* "left 12 people dead", "the death toll rose to 27", "the bodies of 12 people", "15 deaths";
* singular victims: "a soldier was killed", "Smith, 36, was shot and killed", "he died" (value 1);
* explicit zeros: "no one was killed", "there were no casualties" (value 0).

Vague amounts follow ACLED ("dozens" 12, "hundreds" 100); qualifiers set the range ("at least 40":
40..40, "up to 50": 50 with low 1). Ages, times, distances and years are never counts.

``fatalities_for`` turns the killed quantities of an event's evidence into one toll: each distinct
victim group counts once (its largest figure), groups are summed, and an overall figure ("15 people",
"the death toll") wins when it is larger than the sum.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.pipeline import Context, stage
from sitrep.types import Doc, Quantity, Sentence
from sitrep.textutil import trie_alternation

__all__ = ["fatalities_for", "find_quantities", "make_quantities", "parse_number", "total_killed"]

CEILING_LOW = 1  # "up to 50 dead": deaths did occur, so the low end of the range is one
# Characters before a count searched for a sign that it is another source's figure (one clause).
ALTERNATIVE_WINDOW = 50
ALTERNATIVE = "an alternative estimate"
VAGUE = "a vague amount"
BACKGROUND = "in a sentence dated to another year"
# Deaths that are the event's cause ("protesting the death of two traders"): not its toll.
GRIEVANCE = "the deaths the event is about, not its toll"
MAX_WHO_WORDS = (
    5  # victim noun phrases longer than this are clauses, not nouns ("Iraqi Shia air force recruits" is 5)
)
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


def _number_regex(lex: dict[str, Any]) -> str:
    units, tens, mult = _alt(lex["units"]), _alt(lex["tens"]), _alt(lex["multipliers"])
    word = rf"(?:(?:{tens})(?:[- ](?:{units}))?|{units})"
    words = rf"{word}(?:\s+(?:{mult}))?(?:\s+(?:and\s+)?{word})?"
    digits = rf"\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|\d+(?![\d:/.,]\d)(?:\s+(?:{mult}))?"
    vague = _alt(lex["vague"])
    # not after "so", "how", "too": "so many deaths" is rhetoric, not a count
    return rf"(?<![\w$£€#./:,-])(?<!\bso )(?<!\bhow )(?<!\btoo )[\"“]?(?:{vague}|{digits}|{words})(?![\w’'])[\"”]?"


def _one_person(lex: dict[str, Any]) -> str:
    """'a civilian' closing a list of counted victims ("three police officers and a civilian")."""
    return rf"an?\s+(?:{_alt(lex['singular_people'])})s?\b(?!\s+of\b)"


_ONE_PERSON = re.compile(r"an?\s+(?P<who>[A-Za-z’'-]+(?:\s+[A-Za-z’'-]+)?)\s*$", re.IGNORECASE)


def _np(lex: dict[str, Any], number: str, lazy: bool) -> str:
    quals = _alt(lex["qualifiers"])
    stop = _alt(
        lex["who_stopwords"] + lex["auxiliaries"] + [p for ps in lex["predicates"].values() for p in ps]
    )
    word = rf"(?!(?:{stop})\b)[A-Za-z’'-]+"
    who = rf"(?:{word}\s+){{0,{MAX_WHO_WORDS - 1}}}{'?' if lazy else ''}{word}"
    return rf"(?:(?:{quals})\s+)?{number}(?:\s+(?:of\s+)?(?:the\s+|them\s+|those\s+|their\s+|its\s+)?{who})?"


_KILL_VERBS = (
    r"shoot and kill|shot and kill|"
    r"killed|killing|kills|kill|shot and killed|shot dead|fatally shot|fatally shooting|fatally stabbing|"
    r"murdered|murdering|stabbed to death|beat to death|beaten to death"
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
        frozenset({"was"}),
        frozenset({"death"}),
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
    )
    kill_verbs = _KILL_VERBS
    return (
        re.compile(
            rf"(?P<list>{subject})(?:\s*,[^,]{{1,50}},)?\s+(?:(?:{aux})\s+){{0,3}}(?P<pred>{preds})\b"
            rf"(?:(?<=died)|(?<=dies)|(?<=dead)(?<!shot dead)|(?!\s+[\"“]?(?:\d|(?i:{object_start})\b)))"
        ),
        re.compile(
            rf"(?P<list>\b(?:[A-Z][a-z]+\s+)?(?i:{people}))\s+(?:(?:shot|stabbed|wounded)\b[^.;|]{{0,40}}?\s+)?"
            rf"(?P<pred>{preds})\b"
        ),
        re.compile(
            r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bdid not )"
            rf"\b(?P<pred>{kill_verbs})\s+(?P<list>{det}\s+(?:{word}\s+){{0,3}}?(?i:{people})|"
            rf"(?:[Aa]n?|one)\s+\d+-year-old|[A-Z][a-z]+\s+[A-Z][a-z]+|(?:him|her)(?:self)?)\b"
        ),
        re.compile(r"\b(?P<list>who|has|had)\s+(?:later\s+|then\s+|eventually\s+|since\s+)?(?P<pred>died)\b"),
        re.compile(
            r"\b(?P<list>was)\s+(?:later\s+|then\s+|eventually\s+)?(?P<pred>pronounced dead|declared dead|"
            r"found dead|killed|shot and killed|fatally shot|shot to death|shot dead|murdered|lynched|beheaded|"
            r"(?:beaten and )?(?:burnt|burned) to death|beaten to death|hacked to death|stabbed to death)\b"
        ),
        re.compile(r"\b(?P<list>(?:shooting|stabbing)\s+(?P<pred>death))\b"),
    )


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = _lexicon()
    number = _number_regex(lex)
    lazy, greedy = _np(lex, number, True), _np(lex, number, False)
    aux, subset = _alt(lex["auxiliaries"]), _alt(lex["subset_markers"])
    preds = _alt([p for ps in lex["predicates"].values() for p in ps])
    verbs = _alt([v for vs in lex["verbs"].values() for v in vs])
    nouns = _alt([n for ns in lex["nouns"].values() for n in ns])
    det = r"(?:(?:his|her|their|its|the|all|some)\s+)?"
    flags = re.IGNORECASE
    return _Patterns(
        lex,
        number,
        lazy,
        greedy,
        subject=re.compile(
            rf"{_WORD_START}(?P<list>{lazy}(?:{_GROUP_SEP}{lazy})*)(?:\s*,\s*(?:{subset})\b[^,]{{0,80}},)?\s*"
            rf"(?P<aux>(?:(?:{aux})\s+){{0,3}})(?P<pred>{preds})\b",
            flags,
        ),
        verb=re.compile(
            rf"\b(?P<pred>{verbs})\s+{det}(?P<list>{greedy}(?:{_GROUP_SEP}(?:{greedy}|{_one_person(lex)}))*)", flags
        ),
        left=re.compile(
            rf"\b(?:{'|'.join(_LEFT_VERBS)})\s+(?P<list>{greedy})\s+"
            rf"(?P<pred>dead|killed|wounded|injured|hurt)\b",
            flags,
        ),
        toll=re.compile(
            rf"\b(?:{_alt(lex['toll_phrases'])})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_alt(lex['toll_links'])})\s+"
            rf"(?P<list>{greedy})",
            flags,
        ),
        bodies=re.compile(rf"\b(?:{_alt(lex['bodies_phrases'])})\s+(?P<list>{greedy})", flags),
        noun=re.compile(
            rf"{_WORD_START}(?P<list>(?:(?:{_alt(lex['qualifiers'])})\s+)?{number})\s+(?:(?!(?:is|was|are|were|be|been)\b)[a-z]+\s+)?"
            rf"(?P<pred>{nouns})\b",
            flags,
        ),
        zero=re.compile("|".join(f"(?:{z})" for z in lex["zero_patterns"]), flags),
        background=re.compile(lex["background_pattern"], flags),
        grievance=re.compile(lex["grievance_pattern"], flags),
        one_person=re.compile(_one_person(lex)),
        singular=_singular_patterns(lex, preds),
        np_one=re.compile(
            rf"(?P<qual>(?:{_alt(lex['qualifiers'])}))?\s*(?P<num>{number})"
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
    if re.search(r"\b(?:aged|age|ages|No\.|number|#|page|route|highway)\s*$", before, re.IGNORECASE):
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
    return who or None


def _groups(text: str, m: re.Match[str], base: int, kind: str, how: str) -> Iterator[Quantity]:
    """One quantity per number phrase in the match's coordinated ``list`` group."""
    lst, origin, pos = m.group("list"), m.start("list"), 0
    for sep in [*re.finditer(_GROUP_SEP, lst, re.IGNORECASE), None]:
        end = sep.start() if sep else len(lst)
        q = _one(text, origin + pos, lst[pos:end], base, kind, how)
        if q is not None:
            yield q
        if sep is not None:
            pos = sep.end()


def _one(text: str, start: int, part: str, base: int, kind: str, how: str) -> Quantity | None:
    m = _patterns().np_one.match(part)
    if m is None or not m.group("num"):
        single = _ONE_PERSON.match(part.rstrip())
        if single is None or start == 0 or not _patterns().one_person.match(part):
            return None
        end = start + len(part.rstrip())
        who = single.group("who").lower()
        return Quantity(base + start, base + end, text[start:end], kind, 1, 1, 1, who,
                        reason=f"{how}; one person closing a list of counted victims")
    n_start, n_end = start + m.start("num"), start + m.end("num")
    if _excluded(text, n_start, n_end):
        return None
    parsed = parse_number(m.group("num"))
    if parsed is None:
        return None
    v, lo, hi, why = _qualify(m.group("qual"), *parsed)
    if " ".join(m.group("num").lower().strip('"“”').split()) in _patterns().lex["vague"]:
        why = f"{why}; {VAGUE}"
    who = _clean_who(m.group("who"))
    end = start + len(part.rstrip())
    if who is None:
        end = n_end
    return Quantity(base + start, base + end, text[start:end], kind, v, lo, hi, who, reason=f"{how}; {why}")


def _spans_overlap(a: Quantity, taken: Sequence[Quantity]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


def _subset(text: str, start: int) -> bool:
    """'including 2 women', 'among them 3 children': a part of a count already given."""
    markers = _alt(_patterns().lex["subset_markers"])
    return bool(re.search(rf"\b(?:{markers})\s*:?\s*$", text[max(0, start - 40) : start], re.IGNORECASE))


def _alternative(text: str, start: int) -> bool:
    """'(some sources claim 20)', 'Premium Times claim seven dead': another report's figure."""
    before = text[max(0, start - ALTERNATIVE_WINDOW) : start]
    if before.count("(") > before.count(")"):
        return True
    markers = _alt(_patterns().lex["alternative_markers"])
    return bool(re.search(rf"\b(?:{markers})\b[^.;:]*$", before, re.IGNORECASE))


def _mark(text: str, q: Quantity, base: int) -> Quantity:
    if _patterns().grievance.search(text, 0, q.start - base):
        return replace(q, reason=f"{q.reason}; {GRIEVANCE}")
    if _alternative(text, q.start - base):
        return replace(q, reason=f"{q.reason}; {ALTERNATIVE}")
    if _patterns().background.search(text):
        return replace(q, reason=f"{q.reason}; {BACKGROUND}")
    return q


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
    odd = not _CASE_ODD.isdisjoint(text)
    found = _zero_quantities(text, base) if odd or _may_say_zero(lowered) else []
    rules: list[tuple[re.Pattern[str], str | None, str]] = [
        (p.toll, "killed", "death toll"),
        (p.bodies, "killed", "bodies found"),
        (p.subject, None, "victims + predicate"),
        (p.verb, None, "verb + victims"),
        (p.left, None, "left ... dead"),
        (p.noun, None, "count + noun"),
    ]
    words = frozenset(_WORD.findall(lowered))
    has_pred = not p.pred_words.isdisjoint(words)
    gated = _gated(p, words, has_pred, odd) if may_hold_number(text, lowered) else None
    for rx, kind, how in rules:
        if gated is None or not gated[id(rx)]:
            continue
        for m in rx.finditer(text):
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
    if has_pred or (_KILL_WORD.search(text) if odd else _KILL_FOLDED.search(lowered)):
        found.extend(_singulars(text, base, found, None if odd else words))
    return sorted(found, key=lambda q: q.start)


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
    }


@lru_cache(maxsize=1)
def _phrase_words() -> dict[str, frozenset[str]]:
    lex = _patterns().lex
    return {
        "toll": _key_words(lex["toll_phrases"]),
        "bodies": _key_words(lex["bodies_phrases"]),
        "verbs": _key_words(v for vs in lex["verbs"].values() for v in vs),
        "left": _first_words(_LEFT_VERBS),
    }


def _key_words(phrases: Iterable[str]) -> frozenset[str]:
    """Per literal phrase, its longest word ("the toll" -> "toll"): every word of a literal phrase
    is a whole word of a text it matches, and the longest is the rarest ("the" is in most sentences)."""
    return frozenset(
        max(words, key=len) for ph in phrases if (words := re.findall(r"\w+", ph.lower()))
    )


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
    return None if needed is None else re.compile("|".join(re.escape(lit) for lit in sorted(needed)))


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


@lru_cache(maxsize=1)
def _number_hint() -> re.Pattern[str]:
    """A digit, or a whole number word or vague amount of the lexicon, in lower-cased text (a number
    token starts after a non-word character or a quote and its first word ends before one)."""
    lex = _patterns().lex
    words = [w.lower() for w in (*lex["units"], *lex["tens"], *lex["vague"])]
    return re.compile(rf"\d|\b(?:{_alt(words)})\b")


def may_hold_number(text: str, lowered: str | None = None) -> bool:
    """False only when no number token of the count patterns can occur in ``text`` (speed: every
    pattern but the zero and singular ones holds one). A number token is digits, a number word or a
    vague amount, matched case-insensitively: its letters are those of a lexicon word, so the
    lower-cased text holds that word (unless it holds one of ``_CASE_ODD``)."""
    if not _CASE_ODD.isdisjoint(text):
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
    for rx, needs in zip(_patterns().singular, _singular_needs()):
        if words is not None and needs.isdisjoint(words):
            continue
        for m in rx.finditer(text):
            subj = m.group("list")
            if any(s < m.end() and m.start() < e for s, e in seen) or _subset(text, m.start()):
                continue
            if re.match(r"(?i)(?:the|his|her|their)\b", subj) and not re.search(
                rf"(?i)\b(?:{_alt(_patterns().lex['singular_people'])})$", subj
            ):
                continue  # "the convoy was hit": only people-nouns after a determiner
            if m.group("pred").lower() == "kill" and subj.lower() in ("him", "her"):
                continue  # "go ahead and kill him": a bare "kill" + pronoun is rarely a report
            kind = "killed" if m.group("pred").lower() == "death" else _kind_of(m.group("pred"), "predicates")
            seen.append((m.start(), m.end()))
            yield Quantity(
                base + m.start("list"),
                base + m.end("list"),
                subj,
                kind,
                1,
                1,
                1,
                subj,
                reason="a single named or singular victim",
            )


@lru_cache(maxsize=1)
def _singular_needs() -> tuple[frozenset[str], ...]:
    return _singular_words(_patterns().lex)


def find_quantities(text: str, sentences: Sequence[Sentence]) -> tuple[Quantity, ...]:
    """Every count of people in the text, sentence by sentence (offsets into ``text``)."""
    if not sentences:
        return tuple(_sentence_quantities(text, 0))
    out: list[Quantity] = []
    for s in sentences:
        out.extend(_sentence_quantities(s.text, s.start))
    return tuple(out)


@stage("quantities", requires=("sentences",), assigns=("quantities",))
def make_quantities(ctx: Context) -> Callable[[Doc], Doc]:
    def run(doc: Doc) -> Doc:
        return replace(doc, quantities=find_quantities(doc.article.text, doc.sentences or ()))

    return run


# ----- an event's toll -------------------------------------------------------------------------


def _victim_key(q: Quantity, text: str) -> str | None:
    """A distinct-group key; None for an overall figure ("15 people", "the death toll")."""
    lex = _patterns().lex
    who = (q.who or "").lower().strip()
    head = re.sub(r"(?<=[a-rt-z])s$", "", who.split()[-1]) if who else ""
    if (
        not who
        or who in lex["generic_victims"]
        or head in ("people", "person", "individual", "victim", "toll", "other")
    ):
        return None
    if q.reason.startswith("a single"):
        return None
    if re.search(
        rf"\b(?:{_alt(lex['additional_markers'])})\s+$", text[max(0, q.start - 20) : q.start], re.IGNORECASE
    ):
        return f"{head}@{q.start}"  # "another 5 soldiers" is a new group
    return head


def total_killed(quantities: Sequence[Quantity], text: str) -> tuple[int, int, int, str] | None:
    """The toll of a set of killed quantities (see the module docstring), or None."""
    every = [q for q in quantities if q.kind == "killed" and GRIEVANCE not in q.reason]
    current = [q for q in every if BACKGROUND not in q.reason] or every  # "since 2007, when 28 were killed"
    killed = [q for q in current if ALTERNATIVE not in q.reason]
    alternatives = [q for q in current if ALTERNATIVE in q.reason]
    if not killed:
        killed, alternatives = alternatives, []
    if not killed:
        return None
    value, low, high, why = _toll(killed, text)
    if alternatives:
        other = max(q.value for q in alternatives)
        return value, min(low, other), max(high, other), f"{why}; other reports: up to {other}"
    return value, low, high, why


def _largest(qs: Sequence[Quantity]) -> Quantity:
    """A group's figure: the largest precise one; a vague amount ("several") only when nothing else."""
    precise = [q for q in qs if VAGUE not in q.reason] or list(qs)
    return max(precise, key=lambda q: q.value)


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
    words = set(re.findall(r"[a-z]{3,}", (a.who or "").lower())) & set(re.findall(r"[a-z]{3,}", (b.who or "").lower()))
    return a.value >= RESTATED_MIN or bool(words)


def _restatements_dropped(best: dict[str, Quantity], text: str) -> dict[str, Quantity]:
    """The distinct groups minus those restating an earlier group's toll (new groups, "another
    5 soldiers", keyed with '@', are never restatements)."""
    kept: dict[str, Quantity] = {}
    for key, q in sorted(best.items(), key=lambda kv: kv[1].start):
        if "@" in key or not any(_restated(k, q, text) for k in kept.values()):
            kept[key] = q
    return kept


def _toll(killed: Sequence[Quantity], text: str) -> tuple[int, int, int, str]:
    groups: dict[str, list[Quantity]] = {}
    overall: list[Quantity] = []
    for q in killed:
        key = _victim_key(q, text)
        (overall if key is None else groups.setdefault(key, [])).append(q)
    best = _restatements_dropped({k: _largest(qs) for k, qs in groups.items()}, text)
    s_val = sum(q.value for q in best.values())
    top = _largest(overall) if overall else None
    if top is not None and top.value >= s_val:
        low = min(q.low for q in overall if q.value > 0) if top.value > 0 else 0
        return top.value, min(low, top.value), top.high, f"overall figure {top.text!r}"
    lows = sum(min(q.low for q in groups[k]) for k in best)
    highs = sum(q.high for q in best.values())
    parts = " + ".join(f"{q.value} ({q.who})" for q in best.values())
    return s_val, min(lows, s_val), max(highs, s_val), f"sum of distinct victim groups: {parts}"


def _quantities_near(doc: Doc, spans: Sequence[tuple[int, int]]) -> tuple[Quantity, ...]:
    """Without the quantities stage: read only the sentences that overlap the spans."""
    sentences = [x for x in doc.sentences or () if any(x.start < e and s < x.end for s, e in spans)]
    if not sentences:
        return tuple(_shift(q, s) for s, e in spans for q in find_quantities(doc.article.text[s:e], ()))
    return find_quantities(doc.article.text, sentences)


def _shift(q: Quantity, offset: int) -> Quantity:
    return replace(q, start=q.start + offset, end=q.end + offset)


def fatalities_for(
    doc: Doc, spans: Sequence[tuple[int, int]]
) -> tuple[int | None, int | None, int | None, str]:
    """(fatalities, low, high, reason) from the quantities inside the evidence spans.

    None when the spans say nothing of deaths; 0 when they say nobody died or report only injuries.
    """
    text = doc.article.text
    qs = doc.quantities if doc.quantities is not None else _quantities_near(doc, spans)
    inside = [q for q in qs if any(s <= q.start and q.end <= e for s, e in spans)]
    toll = total_killed(inside, text)
    if toll is not None:
        v, lo, hi, why = toll
        return v, lo, hi, why
    if any(q.kind in ("injured", "casualties") for q in inside):
        return 0, 0, 0, "injuries or casualties reported, no deaths"
    return None, None, None, "the evidence says nothing of deaths"
