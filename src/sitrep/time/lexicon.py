"""The date vocabulary and patterns, loaded from ``sitrep/data/time`` (see its README.md).

Patterns are regexes with ``{placeholders}`` that expand to named groups built from the
vocabulary, so that word lists live in ``lexicon.json`` and pattern shapes in ``patterns.tsv``.
"""

from __future__ import annotations

import json
import re
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from sitrep.textutil import CASE_EXTRAS, first_items

__all__ = ["Lexicon", "PatternSpec", "SPAN_GROUP", "fast_scan", "lexicon", "norm"]

DATA_PARTS = ("data", "time")
# Groups whose word must be capitalised in the text ("May", "March" and "Sunday" are names only then).
CAPITALISED_GROUPS = ("month", "weekday", "holiday")


@dataclass(frozen=True, slots=True)
class PatternSpec:
    name: str
    kind: str
    mode: str  # "find" or "expr"
    needs: tuple[str, ...]
    key: re.Pattern[str] | None  # the text must contain this for the pattern to be tried
    regex: re.Pattern[str]
    # The key's words when it is a plain alternation of words ("week|month"): then the check is a
    # substring test on the lower-cased text, much cheaper than a case-insensitive regex search.
    key_words: tuple[str, ...] | None = None
    # Per capitalised group that every match holds, a regex finding its words written capitalised:
    # a text none of them matches yields no accepted match of the pattern (see ``capital_gates``).
    gates: tuple[re.Pattern[str], ...] = ()
    # The same matches found faster (see ``fast_scan``; None: scan with ``regex``).
    fast: re.Pattern[str] | None = None
    # The key for lower-cased text, case-sensitive (a key in lower case without upper-case escapes):
    # the engine can then skip ahead to its first letters (speed; None: search ``key``).
    key_folded: re.Pattern[str] | None = None
    # Where the year group of every match can begin, when all a match holds before it are letters,
    # spaces, apostrophes and hyphens (see ``_anchored``; None: ``fast`` scans the whole text).
    anchor: re.Pattern[str] | None = None
    # Patterns of running text whose key every text matching this key also matches (see
    # ``key_implies``): when one of their keys finds nothing, this one is not searched (speed).
    key_needs: tuple[PatternSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, Any]
    patterns: tuple[PatternSpec, ...]

    def __getitem__(self, key: str) -> Any:
        return self.words[key]


def norm(s: str) -> str:
    """Lower case, typographic apostrophes and runs of spaces normalised: the lexicon's key form."""
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'").strip().lower())


def data_text(name: str) -> str:
    """The text of one file of ``sitrep/data/time``."""
    return _read(name)


def _read(name: str) -> str:
    return resources.files("sitrep").joinpath(*DATA_PARTS, name).read_text(encoding="utf-8")


def _words_regex(words: list[str]) -> str:
    """The words as one alternation, built as a prefix tree (patterns are case-insensitive, so the
    words are lower-cased): the same matches as the words listed longest first, but the engine
    only tries the branches that share the text's first letters (speed)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _char_regex(ch: str) -> str:
    return "['’]" if ch == "'" else r"\s+" if ch == " " else re.escape(ch)


def _emit(node: dict) -> str:
    branches = [_char_regex(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if "" in node else inner


def _group(name: str, words: list[str], tail: str = r"\b") -> str:
    return rf"(?<![\w])(?P<{name}>{_words_regex(words)}){tail}"


def _placeholders(w: dict[str, Any]) -> dict[str, str]:
    months = list(w["months"])
    full = [m for m, n in w["months"].items() if len(m) > 4 or m in ("may", "june", "july")]
    counts = _words_regex(w["count_nouns_after_number"])
    year = (
        r"(?<![\d,.$£€#])(?P<year>(?:1[7-9]|20)\d\d)"
        rf"(?![\d]|,\d|\.\d|\s*%|-year|\s+(?:{counts})\b)"
    )
    return {
        "month": rf"(?<![\w])(?P<month>{_words_regex(months)})\b\.?",
        "month_full": _group("month", full),
        "weekday": _group("weekday", list(w["weekdays"])),
        "day": r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "year": year,
        "rel": _group("rel", list(w["relatives"])),
        "mod": _group("mod", list(w["modifiers"]), tail=""),
        "daypart": _group("part", w["dayparts"]),
        "deictic": _group("deictic", list(w["deictic_days"])),
        "anaphoric_day": _group("anaday", list(w["anaphoric_days"])),
        "unit": _group("unit", list(w["units"])),
        "unit_one": _group("unit", list(w["period_units"])),  # not "day": "the next day" is anaphoric
        "num": rf"(?P<num>\d{{1,3}}(?![\d,])|(?<![\w])(?:{_words_regex(list(w['numbers']))})\b)",
        "ord": _group("ord", list(w["ordinals"])),
        "tens": rf"(?:{_words_regex(list(w['spelled_year_tens']))})\b",
        "units": rf"(?:{_words_regex(list(w['spelled_year_units']))})\b",
        "season": _group("season", list(w["seasons"])),
        "holiday": _group("holiday", list(w["holidays"])),
        "ref": _group("ref", list(w["refs"])),
        "year_ctx": _group("ctx", w["year_context"]),
        "month_ctx": _group("ctx", w["month_context"]),
    }


def _expand(pattern: str, ph: dict[str, str]) -> str:
    return re.sub(r"\{([a-z_]+)\}", lambda m: ph[m.group(1)], pattern)


# Patterns whose matches may begin inside a word or at a non-word character; every other pattern
# is anchored at a word start, which lets the regex engine skip the other positions (the same
# matches on the GVA texts, about a third less time).
_NOT_WORD_START = frozenset({"year_list", "year_possessive"})  # year_possessive begins with an apostrophe


def _word_start(name: str, pattern: str) -> str:
    if name in _NOT_WORD_START:
        return pattern
    first = _first_class(pattern)
    return rf"(?<!\w)(?=\w){'' if first is None else f'(?={first})'}(?:{pattern})"


# ---- fast scans (speed) -------------------------------------------------------------------------
# A case-insensitive pattern that opens with lookarounds makes the regex engine try a match at every
# position of the text. A pattern opening with a case-sensitive character class instead lets it skip
# ahead, in C, to the next character of the class. So a word-start pattern
#     (?<!\w)(?=\w)(?=[F])(?:BODY)                      (case-insensitive)
# is also compiled as
#     [F*](?<=(?<!\w)(?=\w)(?=(?P<_span>(?i:BODY)))[\s\S])
# where F* is F closed under case: it consumes the first character, then looks back to where the
# match begins and checks the word start and BODY there, capturing BODY's match and groups. Its
# matches are every position where the pattern matches, with the same spans and groups (the
# lookahead takes BODY's first match at that position, as a search would); ``fast_scan`` keeps the
# leftmost ones that do not overlap, which is what ``finditer`` returns.

SPAN_GROUP = "_span"
_AFTER_DIGIT = "(?<=\\d"  # a pattern opening so begins right after a digit
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _closed_item(item: str) -> str | None:
    """A class item (from ``_class_items``) with every character a case-insensitive match of it
    can be, or None when that is not known (non-ASCII letters, ranges across letters)."""
    if item.startswith("\\") and len(item) == 2 and item[1] in "dDwWsS":
        return item  # a category: closed under case already
    chars = re.sub(r"\\(.)", r"\1", item)
    if len(chars) == 3 and chars[1] == "-":
        lo, hi = chars[0], chars[2]
        if lo.isascii() and hi.isascii() and not any(chr(c).isalpha() for c in range(ord(lo), ord(hi) + 1)):
            return item  # digits, punctuation
        return None
    if len(chars) != 1 or not chars.isascii():
        return None
    low = chars.lower()
    if low not in _LETTERS:
        return item
    return "".join(re.escape(c) for c in low + low.upper() + CASE_EXTRAS.get(low, ""))


def _case_closed_class(pattern: str) -> str | None:
    items, nullable = first_items(sre_parse.parse(pattern, re.IGNORECASE))
    if items is None or nullable or not items:
        return None
    closed = [_closed_item(i) for i in sorted(items)]
    return None if any(c is None for c in closed) else "[" + "".join(closed) + "]"


def _fast(name: str, pattern: str) -> re.Pattern[str] | None:
    """The fast-scan form of a word-start pattern (see above), of a pattern whose match follows a
    digit ("(?<=\\d{4})...": the digit is consumed and the pattern looked for after it), or None."""
    if f"(?P<{SPAN_GROUP}>" in pattern:
        return None
    if name in _NOT_WORD_START:
        if not pattern.startswith(_AFTER_DIGIT):
            return None
        return re.compile(rf"\d(?=(?P<{SPAN_GROUP}>(?i:{pattern})))")
    first = _case_closed_class(pattern)
    if first is None:
        return None
    try:
        return re.compile(rf"{first}(?<=(?<!\w)(?=\w)(?=(?P<{SPAN_GROUP}>(?i:{pattern})))[\s\S])")
    except re.error:  # a pattern that cannot sit in a group (global inline flags): scan it as it is
        return None


def fast_scan(spec: PatternSpec, text: str):
    """The matches of ``spec.regex`` in ``text``, as ``finditer`` gives them (fast ones carry the
    whole match in the ``SPAN_GROUP`` group)."""
    if spec.fast is None:
        yield from spec.regex.finditer(text)
        return
    end = 0
    for m in spec.fast.finditer(text) if spec.anchor is None else _anchored(spec, text):
        if m.start(SPAN_GROUP) >= end:
            end = m.end(SPAN_GROUP)
            yield m


# ---- scanning near an anchor (speed) -------------------------------------------------------------
# "in 2019", "early 2020", "the end of 2014": a match of such a pattern begins at a word start in the
# run of prefix characters (letters, spaces, apostrophes, hyphens) that ends at a year. The fast
# pattern is tried there only, not at every word start of the text: the same matches in the same
# order (each position is tried by itself; look-behinds see the text before it), a tenth of the tries.

# Placeholder -> its group, for the groups worth anchoring on (rarer than the words that may come
# before them; "today" or "day" are about as frequent, and anchoring on them saved nothing).
_ANCHOR_GROUPS = {"year": "year", "weekday": "weekday", "month_full": "month", "season": "season", "unit_one": "unit"}
_PREFIX_CHAR = re.compile(r"[^\W\d_]|[\s'’-]")
_LAST_BREAK = re.compile(r"(?s:.*)(?:[^\w\s'’-]|[\d_])")  # up to the last non-prefix character
_WORD_AT = re.compile(r"(?<!\w)\w")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _anchored(spec: PatternSpec, text: str):
    """``spec.fast``'s matches at the word starts of each prefix run before an anchor, in order."""
    fast, tried = spec.fast, 0
    for a in spec.anchor.finditer(text):
        y = a.start()
        brk = _LAST_BREAK.match(text, 0, y)
        for w in _WORD_AT.finditer(text, max(tried, brk.end() if brk else 0), y + 1):
            tried = w.start() + 1
            m = fast.match(text, w.start())
            if m is not None:
                yield m


def _anchor(name: str, pattern: str, body: str, ph: dict[str, str]) -> re.Pattern[str] | None:
    """A regex matching where the year placeholder's regex does, when ``pattern`` (raw) uses it and
    every character a match of ``body`` consumes before the year group is a prefix character; else
    None."""
    if name in _NOT_WORD_START:
        return None
    for holder, group in _ANCHOR_GROUPS.items():
        if "{" + holder + "}" not in pattern or f"(?P<{group}>" in pattern:
            continue
        parsed = sre_parse.parse(body, re.IGNORECASE)
        gid = parsed.state.groupdict.get(group)
        if not gid or not _prefix_only(parsed, gid) or (first := _first_class(ph[holder])) is None:
            continue
        # one character of the group's first class, then its regex looked for from it (as ``_fast``):
        # the engine skips ahead to those characters instead of testing a look-behind everywhere
        return re.compile(rf"{first}(?<=(?={ph[holder]})[\s\S])", re.IGNORECASE)
    return None


def _prefix_only(seq, gid: int) -> bool:
    """Whether group ``gid`` lies on ``seq``'s chain of groups (in no repeat, branch or lookaround)
    and everything consumed before it consists of prefix characters."""
    for op, av in seq:
        if op is sre.SUBPATTERN and gid in _group_ids([(op, av)]):
            return av[0] == gid or _prefix_only(av[3], gid)
        if gid in _group_ids([(op, av)]) or not _within(op, av):
            return False
    return False


def _group_ids(seq) -> set[int]:
    out: set[int] = set()
    for op, av in seq:
        if op is sre.SUBPATTERN:
            out |= {av[0]} | _group_ids(av[3])
        elif op in _REPEATS:
            out |= _group_ids(av[2])
        elif op is sre.BRANCH:
            out = out.union(*(_group_ids(b) for b in av[1]))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            out |= _group_ids(av[1])
        elif op is sre.ATOMIC_GROUP:
            out |= _group_ids(av)
    return out


def _within(op, av) -> bool:
    """Whether the item consumes prefix characters only (zero-width items consume none)."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return True
    if op is sre.LITERAL:
        return _prefix_char(av)
    if op is sre.IN:
        return all(_class_item_within(o, a) for o, a in av)
    if op in _REPEATS:
        return all(_within(o, a) for o, a in av[2])
    if op is sre.SUBPATTERN:
        return all(_within(o, a) for o, a in av[3])
    if op is sre.BRANCH:
        return all(_within(o, a) for b in av[1] for o, a in b)
    return False


def _class_item_within(op, av) -> bool:
    if op is sre.LITERAL:
        return _prefix_char(av)
    if op is sre.RANGE:
        return all(_prefix_char(c) for c in range(av[0], av[1] + 1))
    return op is sre.CATEGORY and av is sre.CATEGORY_SPACE


def _prefix_char(code: int) -> bool:
    """A prefix character, and so are the characters it matches ignoring case."""
    c = chr(code)
    return all(_PREFIX_CHAR.fullmatch(x) for x in (c, c.lower(), c.upper()))


# ---- first characters of a pattern (speed) -------------------------------------------------------
# A lookahead on the characters a match can begin with lets the engine leave most word starts after
# one character test instead of entering the pattern's groups and word lists: the same matches (the
# lookahead only rules out positions where the pattern cannot match), a quarter less time on GVA.
# Derived from the parsed pattern (``sitrep.textutil.first_items``); None when a match could begin
# with anything.

def _first_class(pattern: str) -> str | None:
    items, nullable = first_items(sre_parse.parse(pattern, re.IGNORECASE))
    if items is None or nullable or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


# ---- capitalised-word gates (speed) --------------------------------------------------------------
# A match is accepted only when its month, weekday or holiday word starts with an upper-case letter
# ("May", not "may"). Most texts hold "may", "mar(ket)" or "(to)day" but many no capitalised month or
# weekday: one case-sensitive scan for such a word then spares every pattern that needs one. The gate
# is a necessary condition: an upper-case ASCII letter can only be the word's own letter upper-cased,
# and any non-ASCII first character is let through; the rest of the word is matched as the patterns
# match it (case-insensitively, through ``_char_regex``), with the same boundaries.

_GATE_WORDS = {"month": "months", "weekday": "weekdays", "holiday": "holidays"}


def _capital_gate(words: list[str]) -> re.Pattern[str]:
    r"""A regex whose ``search`` finds something when, and only when, ``(?<![\w])(?:ALT)\b`` does
    (ALT: one alternative per word). Speed: it opens with the class of the words' first characters
    and looks back from the character after, so the engine skips ahead to those characters (see
    ``fast_scan``); its matches are that one character, not the word."""
    alts = sorted(
        f"[{re.escape(w[0].upper())}\\x80-\\U0010ffff]" + (f"(?i:{''.join(map(_char_regex, w[1:].lower()))})" if w[1:] else "")
        for w in words
    )
    first = "".join(sorted({re.escape(w[0].upper()) for w in words}))
    return re.compile(rf"[{first}\x80-\U0010ffff](?<=(?<![\w])(?=(?:{'|'.join(alts)})\b)[\s\S])")


def capital_gates(words: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Capitalised group name -> the gate regex of its words."""
    return {group: _capital_gate(list(words[entry])) for group, entry in _GATE_WORDS.items()}


def required_groups(pattern: str) -> frozenset[str]:
    """Named groups that take part in every match of ``pattern`` (an under-estimate: groups inside
    lookarounds or under a branch some alternative of which lacks them are left out)."""
    parsed = sre_parse.parse(pattern, re.IGNORECASE)
    names = {v: k for k, v in parsed.state.groupdict.items()}
    return frozenset(names[g] for g in _required(parsed) if g in names)


def _required(seq) -> set[int]:
    out: set[int] = set()
    for op, av in seq:
        if op is sre.SUBPATTERN:
            out |= ({av[0]} if av[0] else set()) | _required(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            out |= _required(av[2])
        elif op is sre.BRANCH:
            out |= set.intersection(*(_required(b) for b in av[1]))
    return out


# A key with no upper-case letter, escaped or not ("day\\b", "year-(?:earlier|ago)"): on lower-cased
# text, matched case-sensitively, it finds what it finds case-insensitively on the text (with none of
# the finder's odd-case characters, lower-casing keeps every offset and every \\w, \\d and \\s).
_FOLDABLE_KEY = re.compile(r"[^A-Z]*")
# A key made of lower-case words, spaces, hyphens and apostrophes joined by "|".
_PLAIN_KEY = re.compile(r"[a-z '\-]+(?:\|[a-z '\-]+)*")


def _parse_patterns(tsv: str, ph: dict[str, str], gates: dict[str, re.Pattern[str]]) -> tuple[PatternSpec, ...]:
    specs = []
    for line in tsv.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, mode, needs, key, pattern = line.split("\t")
        body = _word_start(name, _expand(pattern, ph))
        regex = re.compile(body, re.IGNORECASE)
        pre = None if key == "-" else re.compile(key, re.IGNORECASE)
        required = tuple(n for n in needs.split(",") if n != "-")
        words = tuple(key.split("|")) if pre is not None and _PLAIN_KEY.fullmatch(key) else None
        must = required_groups(body)
        foldable = pre is not None and words is None and _FOLDABLE_KEY.fullmatch(key)
        folded = re.compile(key) if foldable else None
        specs.append(PatternSpec(name, kind, mode, required, pre, regex, words,
                                 tuple(gates[g] for g in CAPITALISED_GROUPS if g in must),
                                 _fast(name, _expand(pattern, ph)), folded, _anchor(name, pattern, body, ph)))
    return _with_key_needs(specs)


# ---- keys implied by keys (speed) ----------------------------------------------------------------
# A key such as "(?:jan|feb|...)[a-z]*\.?\s+\d{1,2}...(?:-|to)\s*\d" can only match where the shorter
# key "(?:jan|feb|...)[a-z]*\.?\s+\d" does, and "(?:last|next|...)\s+(?:january|...)" only where a
# month's name is: when the parse of the shorter key is the start or the end of the longer one's
# (item by item; a last or first item may be one repeat of at least once of the shorter key's), every
# match of the longer key holds a match of the shorter. Scanning running text, the shorter keys
# (those of "find" patterns) are checked anyway; one that finds nothing spares the longer scan.


def _with_key_needs(specs: list[PatternSpec]) -> tuple[PatternSpec, ...]:
    owners: dict[str, PatternSpec] = {}
    for s in specs:
        if s.key is not None and s.mode == "find":
            owners.setdefault(s.key.pattern, s)
    out = []
    for s in specs:
        needs = () if s.key is None else tuple(
            o for k, o in owners.items() if k != s.key.pattern and key_implies(s.key.pattern, k))
        out.append(replace(s, key_needs=needs) if needs else s)
    return tuple(out)


def key_implies(longer: str, shorter: str) -> bool:
    """Whether every text the case-insensitive regex ``longer`` finds something in holds a match of
    ``shorter`` (a sufficient test: see above; False when it cannot tell)."""
    a, b = _items(longer), _items(shorter)
    if a is None or b is None or not b or len(b) > len(a):
        return False
    k = len(b)
    starts = a[:k - 1] == b[:-1] and _holds(a[k - 1], b[-1])
    ends = a[len(a) - k + 1:] == b[1:] and _holds(a[len(a) - k], b[0])
    return starts or ends


def _holds(item, one) -> bool:
    """Whether each match of the parsed ``item`` holds a match of ``one`` at its start and another at
    its end: the same item, or a repeat of at least once of ``one`` alone."""
    if item == one:
        return True
    op, av = item
    return op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 and av[2] == (one,)


def _items(pattern: str) -> tuple | None:
    """The parsed items of ``pattern`` (case-insensitive) as nested tuples, groups without a capture
    or flags spliced in; None when it holds a capture, a back-reference or a conditional."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    if parsed.state.groups > 1:
        return None
    return _splice(_canon(parsed))


def _canon(x):
    if isinstance(x, sre_parse.SubPattern):
        return tuple(_canon(i) for i in x.data)
    if isinstance(x, (list, tuple)):
        return tuple(_canon(i) for i in x)
    return x


def _splice(items: tuple) -> tuple:
    out: list = []
    for op, av in items:
        if op is sre.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            out.extend(_splice(av[3]))
        else:
            out.append((op, av))
    return tuple(out)


@cache
def lexicon() -> Lexicon:
    words = json.loads(_read("lexicon.json"))
    return Lexicon(words, _parse_patterns(_read("patterns.tsv"), _placeholders(words), capital_gates(words)))
