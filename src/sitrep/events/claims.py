"""Who asserts an event, and how firmly: reported, claimed, disputed or denied.

Cue lexicons live in ``data/claims/cues.json``. Reading the evidence spans (and, for a denial or a
"cannot confirm" that points back with "these reports", the sentence after them):

* a denial next to a claim, or an explicit contradiction, makes the event ``disputed``;
* a denial alone makes it ``denied`` (``claimed_by`` is the party that denies);
* "X claims/claimed", "X's claim", "claim by X" make it ``claimed`` by X;
* "X said", "told CNN", "according to X" make it ``reported`` by X, or ``claimed`` when X is the
  event's own actor1 (a military spokesman announcing its strike's toll);
* nothing: ``reported`` with no named source.

``claimed_by`` is short: the canonical actor when the source is one ("Islamic State"), otherwise the
source phrase as written, trimmed ("security officials"), with the country's adjective before a
bare state noun ("Iraqi police").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.types import Actor, Claim, Doc

__all__ = ["Cue", "claim_for", "find_cues"]

SOURCE_WINDOW = 120  # characters before a cue searched for its subject (one clause of news prose)
MAX_SOURCE_WORDS = 6  # a source longer than this is a clause, not a name: keep its last words
_CLAUSE_BREAK = re.compile(r"[,;:“”\"()—–]|\s-\s|\bthat\b|\bwhile\b|\bwhen\b|\bbut\b|\.\s")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})
MENTION_GAP = 25  # an actor mention ending this close before a cue is its subject (a few words)
_AFTER_BREAK = re.compile(r"[,;:.“”\"()—–]|\bthat\b|\bwho\b|\bon\b|\bin\b")
_PREP_CUT = re.compile(r"\s+(?:in|at|on|from|during|near|inside|outside|across)\s+.*$")
_NOT_A_CLAIM = re.compile(r"^claim(?:s|ed|ing)?\s+(?:the\s+)?(?:lives?|the life)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # claim, deny, dispute, unverified, report, hedge
    start: int
    end: int
    source: str | None  # who, as written and trimmed


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    return json.loads(
        resources.files("sitrep").joinpath("data", "claims", "cues.json").read_text(encoding="utf-8")
    )


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _folded_regexes() -> dict[str, re.Pattern[str]]:
    """The cue patterns for lower-cased text (much faster than re.IGNORECASE on the original)."""
    # a pattern holding an upper-case escape ("\\S") keeps its case and re.IGNORECASE
    return {
        k: rx if re.search(r"\\[A-Z]", rx.pattern) else re.compile(rx.pattern.lower())
        for k, rx in _regexes().items()
    }


def _searchable(text: str) -> tuple[str, dict[str, re.Pattern[str]]]:
    """The text to search and the patterns for it: lower-cased when that keeps every offset."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded, _folded_regexes()
    return text, _regexes()


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    c = _cues()
    flags = re.IGNORECASE
    return {
        "claim": re.compile(rf"\b(?:{_alt(c['claim_cues'])})\b", flags),
        "deny": re.compile(rf"\b(?:{_alt(c['deny_cues'])})\b", flags),
        "dispute": re.compile(rf"\b(?:{_alt(c['dispute_cues'])})\b", flags),
        "unverified": re.compile(rf"\b(?:{_alt(c['unverified_cues'])})\b", flags),
        "hedge": re.compile(rf"\b(?:{_alt(c['hedges'])})\b", flags),
        "report": re.compile(rf"\b(?:{_alt(c['report_verbs'])})\b", flags),
        "blame": re.compile(rf"\b(?:{_alt(c['blame_verbs'])})\b", flags),
        "report_prep": re.compile(rf"\b(?:{_alt(c['report_prepositions'])})\s+", flags),
        "possessive_claim": re.compile(rf"(?:'s|’s|’|')\s+(?:{_alt(c['claim_nouns'])})\b", flags),
        "claim_by": re.compile(rf"\b(?:{_alt(c['claim_nouns'])})\s+by\s+", flags),
        "backref": re.compile(rf"\b(?:{_alt(c['backreference'])})\b", flags),
        "nobody_claims": _nobody_claims(c["nobody_claims"]),
        # "The group said on its website it had killed ...": a party's own account, a few words apart
        "claim_gap": re.compile(
            rf"\b(?:{_alt(c['gap_claim_verbs'])})[ ,]+(?:(?:{'|'.join(c['claim_gaps'])})[ ,]+){{1,2}}(?:that\s+)?"
            rf"(?:{_alt(c['gap_claim_subjects'])})\b",
            flags,
        ),
        # "a claim the Ukrainian army rejected", "a figure Kyiv dismissed": a denial told after the claim
        "rejected_claim": re.compile(
            rf"\b(?:{_alt(c['rejected_claim_nouns'])})\s+(?:that\s+|which\s+)?((?:[\w’'.-]+\s+){{1,4}}?)"
            rf"(?:{_alt(c['rejecting_verbs'])})\b",
            flags,
        ),
        # a claim in the sentence after the event's own refers back to it when it names the act
        # ("claimed responsibility", "said they carried out the assault")
        "responsibility": re.compile(rf"(?:{_alt(c['responsibility_words'])})", flags),
        # a denial in the sentence after the event's names what it denies ("The RSF denied
        # responsibility", "denied any involvement", "rejected the accusation")
        "denied_object": re.compile(rf"\s+(?:{_alt(c['denial_objects'])})", flags),
    }


def _nobody_claims(words: dict[str, list[str]]) -> re.Pattern[str]:
    """"No group claimed responsibility", "nobody has yet claimed the blast", "the group did not
    claim it": the words right before a claim cue that say nobody makes the claim."""
    return re.compile(
        rf"(?:\b(?:{_alt(words['nobody'])})(?:\s+(?:{_alt(words['nobody_fillers'])}))*"
        rf"|\b(?:{_alt(words['auxiliaries'])})\s+not(?:\s+(?:{_alt(words['negation_fillers'])}))*"
        rf"|\b(?:{_alt(words['contractions'])}))\s+$",
        re.IGNORECASE,
    )


# ----- sources ---------------------------------------------------------------------------------


def _trim(words: list[str]) -> list[str]:
    stop = set(_cues()["source_stopwords"]) | set(_cues()["number_words"])
    while words and words[0].lower().strip("’'") in stop:
        words = words[1:]
    while words and words[-1].lower().strip("’'") in stop:
        words = words[:-1]
    return words[-MAX_SOURCE_WORDS:]


def _source_before(text: str, start: int) -> str | None:
    """The subject of the cue at ``start``: the nearest actor mention, else a trimmed noun phrase."""
    window = text[max(0, start - SOURCE_WINDOW) : start]
    chunk = _CLAUSE_BREAK.split(window)[-1]
    appositive = _APPOSITIVE.search(window) if not chunk.strip() else None
    if appositive is not None:
        chunk = appositive.group(1)  # "Hamas's armed wing, the Qassam Brigades, [said]"
    mention = _last_mention(chunk)
    if mention is not None:
        return _wing_phrase(chunk) or mention
    if _COORDINATED.search(chunk):
        return _coordinated_subject(chunk)
    words = _PREP_CUT.sub("", chunk.strip()).split()
    if words and words[-1].lower() in _PRONOUNS:
        heads = [w for w in words[:3] if w.lower() in _cues()["source_heads"]]
        return heads[0] if heads else None
    return _plausible(_trim(_before_verb(words)))


# a subject set off by commas right before the cue: ", the Qassam Brigades, [said]" (a determiner and
# at most five more words, one of them capitalised)
_APPOSITIVE = re.compile(r",\s+((?:the|its|their)\s+(?:[\w’'.-]+\s+){0,4}?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}?),\s*$")


def _wing_phrase(chunk: str) -> str | None:
    """"Hamas's military wing [said]": the wing as written, not the movement named inside it."""
    words = _trim(chunk.split())
    low = " ".join(words).lower()
    return " ".join(words) if any(low.endswith(w) for w in _cues()["armed_wing_words"]) else None


def _before_verb(words: list[str]) -> list[str]:
    """A source holding a verb is a clause ("troops moved into ..."): its subject is the words before."""
    cut = next((i for i, w in enumerate(words) if i > 0 and _verb_like(w)), None)
    return words if cut is None else words[:cut]


_COORDINATED = re.compile(r"\s(?:and|but)\s*$", re.IGNORECASE)


def _coordinated_subject(chunk: str) -> str | None:
    """'Sudan's military removed the president ... and [said]': a report verb coordinated with an
    earlier verb has the clause's subject as source, the words before that verb."""
    words = chunk.split()
    subject = _before_verb(words)
    if len(subject) == len(words):
        return None  # no earlier verb: "police and [said]" is no coordination of clauses
    return _plausible(_trim(_PREP_CUT.sub("", " ".join(subject)).split()))


def _verb_like(word: str) -> bool:
    w = word.strip(".,;:'’\"")
    if not w.islower():
        return False
    c = _cues()
    return (w.endswith("ed") and w not in c["participle_adjectives"]) or w in c["irregular_past_verbs"]


def _last_mention(chunk: str) -> str | None:
    from sitrep.actors.dictionary import default_dictionary

    found = default_dictionary().mentions(chunk)
    if found and found[-1].actor.end is not None and len(chunk) - found[-1].actor.end <= MENTION_GAP:
        return found[-1].actor.text
    return None


def _plausible(words: list[str]) -> str | None:
    """A source names someone: it ends with a source noun or holds a capitalised name."""
    if not words:
        return None
    if words[-1].lower().strip("’'") in _cues()["source_heads"] or any(w[:1].isupper() for w in words):
        return " ".join(words)
    return None


def _owner_before(text: str, start: int) -> str | None:
    """'a militant group's claim' -> militant group; "Boko Haram's claim" -> Boko Haram."""
    words = re.findall(r"[\w.’'-]+", text[max(0, start - 60) : start])[-5:]
    cut = max((i for i, w in enumerate(words) if w.lower() in _DETERMINERS), default=-1)
    if cut >= 0:
        return " ".join(words[cut + 1 :]) or None
    caps = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        caps.insert(0, w)
    return " ".join(caps) if caps else (words[-1] if words else None)


def _source_after(text: str, end: int) -> str | None:
    chunk = _AFTER_BREAK.split(text[end : end + SOURCE_WINDOW])[0]
    return _plausible(_trim(chunk.split()))


def _report_source(text: str, m: re.Match[str]) -> str | None:
    """'police said' -> police; '..., said Secretary Blinken.' -> Secretary Blinken."""
    return _source_before(text, m.start()) or _source_after(text, m.end())


# ----- cues ------------------------------------------------------------------------------------


# Which cue list each pattern of ``_regexes`` alternates over.
_PATTERN_LISTS = {
    "claim": "claim_cues",
    "deny": "deny_cues",
    "dispute": "dispute_cues",
    "unverified": "unverified_cues",
    "hedge": "hedges",
    "report": "report_verbs",
    "blame": "blame_verbs",
    "report_prep": "report_prepositions",
    "possessive_claim": "claim_nouns",
    "claim_by": "claim_nouns",
    "claim_gap": "gap_claim_verbs",
}
_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _lead_words() -> dict[str, frozenset[str] | None]:
    """Per pattern, the words one of which a lower-cased text must hold, whole, for the pattern to
    match (None: no such filter). Every entry of a pattern's list starts at a word boundary (``\\b``
    or whitespace before it) and its first run of word characters ends where the entry has a
    non-word character or where the pattern asks for ``\\b`` or whitespace: that run is then a whole
    ``\\w+`` word of the text. An entry that does not start with a word character disables the
    filter (and so does a pattern matched case-insensitively: see ``_Scanner``)."""
    out: dict[str, frozenset[str] | None] = {}
    for name, key in _PATTERN_LISTS.items():
        leads = [_WORD_RUN.match(e.lower()) for e in _cues()[key]]
        out[name] = None if None in leads else frozenset(m.group() for m in leads if m is not None)
    return out


@lru_cache(maxsize=1)
def _folded_filters() -> dict[str, frozenset[str]]:
    """The lead words of the patterns for lower-cased text that match case-sensitively (with
    re.IGNORECASE, 'ſ' would match 's' and a text's words would not tell)."""
    folded = _folded_regexes()
    return {
        name: lead
        for name, lead in _lead_words().items()
        if lead is not None and not folded[name].flags & re.IGNORECASE
    }


class _Scanner:
    """The cue patterns run over one text; on lower-cased text, a pattern none of whose lead words
    the text holds is not run (the set test costs far less than the regex scan)."""

    def __init__(self, text: str):
        self.src, self.rx = _searchable(text)
        folded = self.rx is _folded_regexes()
        self.words = frozenset(_WORD_RUN.findall(self.src)) if folded else None
        self.filters = _folded_filters() if folded else {}

    def __call__(self, name: str):
        lead = self.filters.get(name)
        if lead is not None and lead.isdisjoint(self.words):
            return ()
        return self.rx[name].finditer(self.src)


class _Pending:
    """A cue whose source is read only when asked for: the decision looks at the sources of few
    cues (the first denial, the first report with a source ...), and reading one looks the
    words before the cue up in the actor dictionary."""

    __slots__ = ("kind", "start", "end", "_read", "_pos", "_text", "_source", "_done")

    def __init__(self, kind: str, start: int, end: int, read: Callable[[str, Any], str | None], text: str, pos: Any):
        self.kind, self.start, self.end = kind, start, end
        self._read, self._text, self._pos, self._done, self._source = read, text, pos, False, None

    def as_kind(self, kind: str) -> _Pending:
        """The same cue read as another kind (its source read once, shared)."""
        other = _Pending(kind, self.start, self.end, self._read, self._text, self._pos)
        other._source, other._done = self.source, True
        return other

    @property
    def source(self) -> str | None:
        if not self._done:
            self._source, self._done = self._read(self._text, self._pos), True
        return self._source


def _pending_cues(text: str, offset: int = 0) -> list[_Pending]:
    """The cues of :func:`find_cues`, their sources not read yet."""
    scan = _Scanner(text)
    nobody_claims = _regexes()["nobody_claims"]
    out: list[_Pending] = []
    for m in scan("claim"):
        nobody = nobody_claims.search(text, max(0, m.start() - 40), m.start())
        if not _NOT_A_CLAIM.match(text[m.start() : m.start() + 30]) and nobody is None:
            out.append(_Pending("claim", offset + m.start(), offset + m.end(), _source_before, text, m.start()))
    for m in scan("claim_gap"):
        out.append(_Pending("claim", offset + m.start(), offset + m.end(), _source_before, text, m.start()))
    for m in scan("possessive_claim"):
        out.append(_Pending("claim", offset + m.start(), offset + m.end(), _owner_before, text, m.start()))
    for m in scan("claim_by"):
        out.append(_Pending("claim", offset + m.start(), offset + m.end(), _source_after, text, m.end()))
    for kind in ("deny", "dispute", "unverified", "hedge"):
        out.extend(
            _Pending(kind, offset + m.start(), offset + m.end(), _source_before, text, m.start())
            for m in scan(kind)
            if not _attributive(text, m)
        )
    for m in scan("rejected_claim"):
        out.append(_Pending("deny", offset + m.start(), offset + m.end(), _rejecter, text, m))
    out.extend(_report_cues(text, offset, {(c.start, c.end) for c in out}, scan))
    return sorted(out, key=lambda c: c.start)


def _rejecter(text: str, m: re.Match[str]) -> str | None:
    """'a claim the Ukrainian army rejected' -> Ukrainian army: the words between noun and verb."""
    return _plausible(_trim(text[m.start(1) : m.end(1)].split()))


def find_cues(text: str, offset: int = 0) -> list[Cue]:
    """Every claim, denial, dispute, hedge and attribution cue in ``text``, in text order."""
    return [Cue(c.kind, c.start, c.end, c.source) for c in _pending_cues(text, offset)]


# "around disputed areas", "the contested region": a participle before its noun describes a place
# or a thing, nobody disputes an account there.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|in|around|of|over|near|into|across|its|their|two|several)\s+$", re.I
)


def _attributive(text: str, m: re.Match[str]) -> bool:
    word = m.group().lower()
    return (
        word.endswith("ed")
        and bool(_ATTRIBUTIVE_BEFORE.search(text, max(0, m.start() - 15), m.start()))
        and bool(re.match(r"\s+[a-z]", text[m.end() : m.end() + 3]))
    )


def _report_cues(text: str, offset: int, taken: set[tuple[int, int]], scan: _Scanner) -> list[_Pending]:
    out = [
        _Pending("report", offset + m.start(), offset + m.end(), _source_after, text, m.end())
        for m in scan("report_prep")
    ]
    for m in scan("report"):
        if not any(s <= offset + m.start() < e for s, e in taken):  # "said it killed" is a claim
            out.append(_Pending("report", offset + m.start(), offset + m.end(), _report_source, text, m))
    for m in scan("blame"):
        if not _passive_blame(text, m.start()):
            out.append(_Pending("report", offset + m.start(), offset + m.end(), _blamer, text, m))
    return out


def _passive_blame(text: str, start: int) -> bool:
    """"the group was blamed for", "is widely accused of": the blamed party, not the one reporting."""
    words = re.findall(r"[\w’']+", text[max(0, start - 25) : start].lower())[-2:]
    return any(w in _cues()["passive_before_blame"] for w in words)


def _blamer(text: str, m: re.Match[str]) -> str | None:
    """'Local officials blamed the Arakan Army for ...', 'Kyiv accused Moscow of ...': whoever blames
    tells of the event (the blamed party is an actor, not a source); only the subject before."""
    return _source_before(text, m.start())


# ----- the decision ----------------------------------------------------------------------------


def _name_of(actor1: Actor | str | None) -> str | None:
    return actor1.name if isinstance(actor1, Actor) else actor1


def _canonical(source: str | None, doc: Doc) -> tuple[str | None, str | None]:
    """(canonical actor name or None, short claimed_by) of a source phrase."""
    if not source:
        return None, None
    from sitrep.actors.dictionary import default_dictionary
    from sitrep.actors.stage import article_country

    dictionary = default_dictionary()
    country = article_country(doc, dictionary)
    source = _speaker_owner(source)
    found = dictionary.mentions(source, 0, country)
    named = [m for m in found if m.kind in ("named", "militia")]
    if named:
        return named[-1].actor.name, _wing(source, named[-1]) or named[-1].actor.name
    group = _group_behind(doc, found, dictionary, country)
    if group is not None:
        return group.name, group.name
    actor = found[-1].actor.name if found else None
    return actor, _with_adjective(_descriptive(source, dictionary), country)


def _wing(source: str, mention) -> str | None:
    """'the Qassam Brigades', "Hamas's military wing": an armed wing claims as named, not as the
    movement it belongs to (the canonical actor stays the movement)."""
    wings = _cues()["armed_wing_words"]
    written = mention.actor.text or ""
    if any(re.search(rf"\b{re.escape(w)}\b", written, re.I) for w in wings):
        return written
    low = source.lower()
    if any(low.endswith(w) for w in wings):
        return re.sub(r"^(?:the|its|their)\s+", "", source, flags=re.I)
    return None


def _speaker_owner(source: str) -> str:
    """'an army spokesman' -> army: a speaker noun after whom they speak for names the source."""
    words = source.split()
    speakers = _cues()["speaker_nouns"]
    while len(words) > 1 and words[-1].lower() in speakers and not _adjective(words[-2]):
        words = words[:-1]
    return " ".join(words)


def _adjective(word: str) -> bool:
    """'provincial', 'regional', 'Sudanese': an owner that is an adjective names nobody, so 'a provincial
    spokesman' keeps its speaker noun (a source head or state noun is never such an adjective)."""
    w = word.lower().strip("’'")
    c = _cues()
    if w in c["source_heads"] or w in c["state_source_nouns"]:
        return False
    return w.endswith(tuple(c["owner_adjective_endings"]))


def _group_behind(doc: Doc, found, dictionary, country: str | None) -> Actor | None:
    """'the militants' claim' in an article that names one armed group: that group claims."""
    if len(found) != 1 or found[0].kind != "armed" or not found[0].anaphoric:
        return None
    from sitrep.actors.roles import salient_group

    return salient_group(doc, len(doc.article.text), dictionary, country, definite=False)


def _descriptive(source: str, dictionary) -> str:
    """'Militants' or 'Police' at the head of a sentence is the common noun 'militants', 'police'."""
    if " " in source or not source[1:].islower() or not dictionary.is_generic_noun(source):
        return source
    return source.lower()


def _with_adjective(source: str, country: str | None) -> str:
    """'police' -> 'Iraqi police': a bare one-word state noun gets the country's adjective."""
    from sitrep.actors.countries import country_by_name

    where = country_by_name(country) if country else None
    bare = source.lower().removeprefix("the ")
    if where and " " not in bare and bare in _cues()["state_source_nouns"]:
        return f"{where.adjective} {bare}"
    return source.removeprefix("the ").removeprefix("The ")


def _windows(doc: Doc, spans: Sequence[tuple[int, int]]) -> tuple[list[_Pending], list[_Pending]]:
    """Cues inside the spans, and cues of the next sentence that point back at them."""
    text = doc.article.text
    inside = [c for s, e in sorted(set(spans)) for c in _pending_cues(text[s:e], s)]
    end = max((e for _, e in spans), default=0)
    nxt = next((s for s in doc.sentences or () if s.start >= end), None)
    after: list[_Pending] = []
    if nxt is not None and _regexes()["backref"].search(nxt.text):
        after = [c for c in _pending_cues(nxt.text, nxt.start) if c.kind in ("deny", "dispute", "unverified")]
    elif nxt is not None and _regexes()["deny"].search(nxt.text):
        after = [c for c in _pending_cues(nxt.text, nxt.start) if c.kind == "deny" and _denies_the_act(c, text)]
    if not after and not _has_claim_cue(inside):
        after = [
            c
            for s in _followers(doc, spans)
            for c in _pending_cues(s.text, s.start)
            if c.kind == "claim" and _responsibility(c, text)
        ]
    return inside, after


def _followers(doc: Doc, spans: Sequence[tuple[int, int]]) -> list:
    """The sentences right after each span that are no span themselves and name responsibility: a
    claim told between the event's sentences ("The blast went off at a checkpoint. The Taliban
    claimed responsibility for the bombing. Many of the dead were civilians.") is this event's."""
    sents = doc.sentences or ()
    starts = {s for s, _ in spans}
    out = []
    for _, end in sorted(set(spans)):
        nxt = next((s for s in sents if s.start >= end), None)
        if nxt is None or nxt.start in starts or nxt in out:
            continue
        if _regexes()["responsibility"].search(nxt.text):
            out.append(nxt)
    return out


def _has_claim_cue(cues: list[_Pending]) -> bool:
    return any(c.kind == "claim" for c in cues)


def _denies_the_act(c: _Pending, text: str) -> bool:
    """'The RSF denied responsibility', 'rejected the accusation': the denial names what it denies."""
    return _regexes()["denied_object"].match(text, c.end) is not None or _regexes()["denied_object"].match(
        " " + text[c.start : c.end].split(None, 1)[-1]
    ) is not None


def _responsibility(c: _Pending, text: str) -> bool:
    """'X claimed responsibility (for the attack)': the cue itself names responsibility."""
    return _regexes()["responsibility"].search(text, c.start, c.end + 20) is not None


def claim_for(doc: Doc, spans: Sequence[tuple[int, int]], actor1: Actor | str | None = None) -> Claim:
    """The claim status of the event stated in ``spans`` and who makes the claim or report."""
    inside, after = _windows(doc, spans)
    cues = [_witness_report(c) for c in inside + after]
    by_kind = {
        k: [c for c in cues if c.kind == k]
        for k in ("claim", "deny", "dispute", "unverified", "report", "hedge")
    }
    a1 = _name_of(actor1)
    if by_kind["claim"] and (by_kind["deny"] or by_kind["dispute"]):
        return _claim("disputed", by_kind["claim"][0], doc, a1, "a claim contradicted in the same report")
    if by_kind["deny"]:
        return _claim("denied", by_kind["deny"][0], doc, a1, "a denial")
    if by_kind["dispute"]:
        return _claim("disputed", by_kind["dispute"][0], doc, a1, "accounts contradict each other")
    mutual = [c for c in by_kind["claim"] if _mutual(c)]
    if mutual:
        return Claim(
            "reported",
            None,
            mutual[0].start,
            mutual[0].end,
            reason="both sides claim the outcome: the fighting itself is not in doubt",
        )
    if by_kind["claim"]:
        note = "; not independently confirmed" if by_kind["unverified"] else ""
        return _claim("claimed", by_kind["claim"][0], doc, a1, "an involved party claims it" + note)
    return _reported(by_kind["report"], by_kind["hedge"], doc, a1, spans)


def _witness_report(cue: _Pending) -> _Pending:
    """A claim cue whose source is a witness ("Residents said they had buried 26 bodies",
    "survivors said their ...") is a report: witnesses tell of the event, they are no party to it."""
    if cue.kind != "claim" or not cue.source:
        return cue
    head = re.split(r"\s+of\s+", cue.source.lower())[0].split()[-1:]
    return cue.as_kind("report") if head and head[0] in _cues()["witness_sources"] else cue


def _mutual(cue: _Pending) -> bool:
    src = (cue.source or "").lower()
    return any(src.endswith(m) for m in _cues()["mutual_claimants"])


def _claim(status: str, cue: _Pending, doc: Doc, actor1: str | None, why: str) -> Claim:
    actor, short = _canonical(cue.source, doc)
    if (
        status == "claimed"
        and actor1
        and not _generic(actor1)
        and (actor is None or _generic(actor))
        and not _names_country(cue.source)
    ):
        short = actor1  # "militants' claim" in an article whose actor1 is the group: the group claims
    text = doc.article.text[cue.start : cue.end]
    return Claim(
        status, short, cue.start, cue.end, reason=f"{why}: {text!r}" + (f" by {short}" if short else "")
    )


def _names_country(source: str | None) -> bool:
    """"Ukraine's military intelligence", "the Russian defence ministry": a source naming its country
    speaks for that state, whatever the event's actor1 is, and is kept as written."""
    from sitrep.actors.countries import country_by_form

    words = re.findall(r"[\w.-]+", re.sub(r"(?:'s|’s)\b", "", source or ""))
    return any(w[:1].isupper() and country_by_form(w) is not None for w in words)


SOURCE_REACH = 15  # characters past a source phrase's own length that still belong to "X said" / "said X"


def _own_account(doc: Doc, spans: Sequence[tuple[int, int]], cue: _Pending, actor1: str) -> bool:
    """Whether actor1 reporting the event tells of its own act. A military's report is ("The army
    said 40 targets were struck"); the police record violence by others, so their report is their
    own act only when the evidence names them acting too ("Police shot dead three protesters ...,
    police said"), not in "A grenade ... killed two people, police said"."""
    source = (cue.source or "").lower()
    if not any(re.search(rf"\b{re.escape(w)}\b", source) for w in _cues()["recorder_sources"]):
        return True
    return _acts_in(doc, spans, cue, actor1)


def _acts_in(doc: Doc, spans: Sequence[tuple[int, int]], cue: _Pending, actor1: str) -> bool:
    """Whether actor1 is named in the evidence other than as the report's source."""
    from sitrep.actors.dictionary import default_dictionary
    from sitrep.actors.stage import article_country

    dictionary = default_dictionary()
    country = article_country(doc, dictionary)
    reach = len(cue.source or "") + SOURCE_REACH
    near = range(cue.start - reach, cue.end + reach)
    text = doc.article.text
    for s, e in sorted(set(spans)) or [(0, len(text))]:
        for m in dictionary.mentions(text[s:e], s, country):
            if m.actor.name == actor1 and (m.actor.start is None or m.actor.start not in near):
                return True
    return False


def _generic(name: str) -> bool:
    return name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))


def _reported(
    reports: list[_Pending], hedges: list[_Pending], doc: Doc, actor1: str | None, spans: Sequence[tuple[int, int]] = ()
) -> Claim:
    for cue in reports:
        actor, short = _canonical(cue.source, doc)
        if short is None:
            continue
        said = doc.article.text[cue.start : cue.end]
        if actor1 and actor == actor1 and not _generic(actor1) and _own_account(doc, spans, cue, actor1):
            return Claim(
                "claimed", short, cue.start, cue.end, reason=f"the actor itself reports it ({said!r})"
            )
        return Claim("reported", short, cue.start, cue.end, reason=f"attributed to {short} ({said!r})")
    if hedges:
        h = hedges[0]
        return Claim(
            "reported",
            None,
            h.start,
            h.end,
            reason=f"stated with a hedge ({doc.article.text[h.start : h.end]!r}), no source named",
        )
    return Claim("reported", None, reason="stated as fact, no source named")
