"""Canonical actors: named groups with aliases, and generic agents resolved with a country.

Knowledge lives in ``data/actors/`` (see its README): ``named.json`` (groups and their aliases),
``generic.tsv`` (nouns such as "gunmen" or "police" and the ACLED name they stand for),
``identities.tsv`` (ethnic and religious labels that name identity militias), ``countries.tsv``
(names, demonyms, ACLED spellings) and ``rules.json`` (small word lists).

Three kinds of mention are found, longest first, never overlapping:

* named actors ("ISIL", "al-Shabaab"), extended over a following generic noun ("ISIS fighters");
* qualified generics: a country form or identity label before a generic noun ("Iraqi police",
  "Nigeria's army", "Shiite militiamen", "Fulani herdsmen");
* bare generics ("militants", "police", "villagers"), resolved with the country given.

A pattern scans a text only when the text holds the words it lists (``sitrep.actors.precheck``:
same mentions, less work), and the mentions of recent texts are kept (the events stage asks again
for the sentences the actors stage read).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache, partial
from importlib import resources
from typing import Any

from sitrep.actors.countries import Country, countries, country_by_form, country_by_name, split_unit
from sitrep.actors.precheck import FOLDS_TO_ASCII, WordIndex
from sitrep.actors.precheck import tokens as _tokens
from sitrep.pipeline import provider
from sitrep.settings import Settings
from sitrep.textutil import SkipScan, holds_any, trie_alternation
from sitrep.types import Actor

__all__ = [
    "ActorDictionary",
    "Gate",
    "GenericNoun",
    "Mention",
    "actor_country",
    "default_dictionary",
    "is_acronym",
    "localize",
    "placed",
    "same_country",
]

# Templated ACLED names and the inter code they carry (documented in data/actors/README.md).
_TEMPLATE_RE = re.compile(r"^(Military Forces|Police Forces|Government) of (?P<of>.+)$")
_PAREN_RE = re.compile(r"^(?P<head>.+) \((?P<country>[^()]+)\)$")
# A demonym before these words names foreigners in the story ("a Nigerien national was lynched",
# "two Chinese nationals kidnapped"; not "citizens": "Ukrainian citizens killed"): no vote for the article's country.
_FOREIGN_NATIONAL = re.compile(r"[ \t]+(?:nationals?|expatriates?)\b")
_EXTERNAL_INTER = 8  # ACLED codes state forces acting outside their own country as External/Other
# Texts whose mentions are kept: an article's sentences and its events' evidence and source phrases
# (GVDB's longest articles have about 150 sentences; a miss only costs the scan again).
MENTION_CACHE = 512
GENERIC_CACHE = 4096  # (noun as written, country) pairs: a few hundred in a day of news
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# "Funtua local government", "Nsukka Local Government": a district's name before "local"
_LOCAL_BEFORE = re.compile(r"\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|Each|Every)\b)[A-Z][\w'’-]*[ \t]+[Ll]ocal[ \t]+$")


@dataclass(frozen=True, slots=True)
class GenericNoun:
    noun: str
    template: str
    inter: int
    kind: str  # armed, militia, state, civilian, protester, rioter
    anaphoric: bool  # "the fighters" refers back to the article's salient named group
    bare: bool = True  # False: an actor only after a country form ("Israeli airstrike")


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention with what role assignment needs to know about its wording."""

    actor: Actor
    kind: str  # "named" or a GenericNoun kind
    noun: str  # the generic noun or alias as written, lower-cased
    definite: bool = False  # preceded by "the"/"these"...
    anaphoric: bool = False
    qualified: bool = False  # names its own country or identity ("Iraqi police", "Fulani militia")


# "launched from Houthi-controlled areas": the suffix after the controller's name, and the lower-case
# words before it ("the", "rebel-held"), blanked so that the name is read where it stands
_CONTROLLED = re.compile(r"-(?:controlled|held|run)\b")
_LEAD_WORDS = re.compile(r"^(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}?(?=[A-Z])")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# The suffix that makes a named group the leader of the fighters a noun after it names.
_LED = "-led"


def _data(name: str) -> str:
    return resources.files("sitrep").joinpath("data", "actors", name).read_text(encoding="utf-8")


def _tsv(name: str) -> list[list[str]]:
    return [r.split("\t") for r in _data(name).splitlines() if r.strip() and not r.startswith("#")]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trie_alternation(words: Iterable[str], fold: bool = False) -> str:
    """The same language as ``_alternation``, as a prefix tree (see sitrep.textutil)."""
    return trie_alternation(words, fold)


@dataclass(frozen=True, slots=True)
class Gate:
    """Which patterns may match a text, from its tokens (see sitrep.actors.precheck)."""

    named_cs: bool = True  # acronym aliases ("ISIS", "AQIM")
    named_ci: bool = True  # other aliases ("Boko Haram", "al-Shabaab")
    identity: bool = True  # identity labels ("Fulani herdsmen")
    qualified: bool = True  # a country form and a generic noun ("Iraqi police")
    bare: bool = True  # bare generic nouns ("gunmen")
    # in an article's gate: the first runs (lower-cased) of the bare nouns the article holds; a
    # part of it (a sentence) holds a bare noun only if its lower-cased text contains one of them
    bare_runs: frozenset[str] | None = None


OPEN = Gate()  # every pattern scans
Finder = Callable[[str, "str | None", Gate], Iterator["Mention"]]


def _may_hold(runs: frozenset[str] | None, text: str) -> bool:
    """Whether lower-cased ``text`` holds one of ``runs`` (None: unknown)."""
    return runs is None or any(map(text.lower().__contains__, runs))


def is_acronym(alias: str) -> bool:
    """Whether an alias is matched case-sensitively: no lower-case letter, or a digit ("ISIS", "M23")."""
    return alias.upper() == alias or any(ch.isdigit() for ch in alias)


class ActorDictionary:
    """Finds actor mentions and turns names and generic nouns into canonical ACLED actors."""

    def __init__(
        self,
        named: list[dict[str, Any]],
        generic: list[GenericNoun],
        identities: dict[str, tuple[str, str]],
        rules: dict[str, Any],
        cues: dict[str, str] | None = None,
        local: dict[tuple[str, str], str] | None = None,
    ):
        self._named = {a["name"]: a for a in named}
        self._local = dict(local or {})  # (generic noun, country) -> the named group it means there
        self._alias = {al.lower(): a["name"] for a in named for al in a["aliases"]}
        # "local_aliases": an alias that names the group only in its home country ("SNA" in Syria is
        # the Syrian National Army, elsewhere Somalia's army; "PDF" in Myanmar, a file elsewhere)
        self._local_alias: dict[str, dict[str, str]] = {}
        for a in named:
            for al in a.get("local_aliases", ()):
                self._local_alias.setdefault(al.lower(), {})[a["home"]] = a["name"]
        self._generic = {g.noun: g for g in generic}
        self._identities = identities
        self._rules = rules
        self._cue_forms = dict(cues or {})
        self._compile()
        # the events stage asks again for the sentences the actors stage read (and claims for the
        # same source phrases): mentions are a pure function of (text, offset, country)
        self._memo: dict[tuple[str, int, str | None], tuple[Mention, ...]] = {}

    @classmethod
    def bundled(cls) -> ActorDictionary:
        named = json.loads(_data("named.json"))["actors"]
        generic = [
            GenericNoun(n, tpl, int(inter), kind, ana == "yes", bare == "yes")
            for nouns, tpl, inter, kind, ana, bare in _tsv("generic.tsv")
            for n in nouns.split("|")
        ]
        rows = _tsv("identities.tsv")
        identities = {f: (row[1], row[2]) for row in rows for f in row[0].split("|")}
        cues = {f: iso2 for forms, iso2 in _tsv("country_cues.tsv") for f in forms.split("|")}
        # an identity of one country ("Tiv", "Kikuyu", "Dogon": its optional `home` column) is
        # a word of that country's news, a vote for the article's country like a country cue
        cues.update({f: row[3] for row in rows if len(row) > 3 and row[3] for f in row[0].split("|")})
        local = {(n, country): name for nouns, country, name in _tsv("local_names.tsv") for n in nouns.split("|")}
        return cls(named, generic, identities, json.loads(_data("rules.json")), cues, local)

    def _compile(self) -> None:
        aliases = [al for a in self._named.values() for al in (*a["aliases"], *a.get("local_aliases", ()))]
        # "HTS-led rebels": the group that leads the fighters is the actor (not "-backed": a backer
        # is not the one fighting)
        edge_l, edge_r = r"(?<![\w'’-])", rf"(?:(?![\w-])|(?={_LED}\b))"
        self._named_cs = re.compile(
            edge_l + f"(?:{_trie_alternation(a for a in aliases if is_acronym(a))})" + edge_r
        )
        ci_trie = _trie_alternation((a for a in aliases if not is_acronym(a)), fold=True)
        self._named_ci = re.compile(edge_l + f"(?:{ci_trie})" + edge_r, re.IGNORECASE)
        nouns = _alternation(self._generic)
        stop = _alternation(self._rules["modifier_stopwords"])
        # a modifier is a word: never a lone dash ("KYIV, Ukraine - Russian troops" is a dateline)
        mods = rf"((?:(?!(?i:{stop})\b)[A-Za-z][A-Za-z’'-]*[ \t]+){{0,3}}?)"
        forms = _trie_alternation(f for c in countries() for f in c.forms)
        self._qualified = re.compile(rf"{edge_l}({forms})(?:'s|’s)?[ \t]+{mods}((?i:{nouns})){edge_r}")
        idents = _trie_alternation(self._identities)
        inouns = _alternation(self._rules["identity_nouns"])
        self._identity = re.compile(
            rf"{edge_l}({idents})(?:-led|-(?:{idents}))?[ \t]+"
            r"(?:(?i:Muslim|ethnic|Islamist|armed|hunters['’]?|self-defen[cs]e|community)[ \t]+)?"
            rf"((?i:{inouns})){edge_r}"
        )
        plural = _trie_alternation(f for f in self._identities if f.endswith("s") and f[:-1] in self._identities)
        self._identity_plural = re.compile(rf"{edge_l}({plural}){edge_r}")
        # "gunmen suspected to be Fulani", "Unidentified gunmen, likely Fulani,"
        self._identity_after = re.compile(
            rf"{edge_l}((?i:{_alternation(self._rules['identity_doers'])})),?[ \t]+"
            rf"(?i:{_alternation(self._rules['identity_hedges'])})[ \t]+(?:(?i:suspected)[ \t]+)?({idents})"
            rf"(?:[ \t]+(?i:{inouns}))?{edge_r}"
        )
        # "Suspected Fulani attack a church", "A Fulani attack on", "Fulani again attack several villages"
        acts = rf"(?=[ \t]+(?:(?i:group|again|also|reportedly|allegedly|then|later)[ \t]+)?(?i:{_alternation(self._rules['identity_acts'])})\b(?![ \t]+by\b))"
        self._identity_suspected = re.compile(
            rf"(?:{edge_l}(?i:suspected|armed|an?|the|coordinated)[ \t]+|^|(?<=[.!?;:][ \t]))({idents}){acts}"
        )
        # "a clash between Fulani and Berom", "Jukun and Hausa youths clashed": two identity sides
        side = rf"(({idents})(?:[ \t]+(?i:{inouns}|farmers))?)"
        self._identity_pair = re.compile(
            rf"(?:{edge_l}(?i:between|involving)[ \t]+(?:the[ \t]+)?{side}[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?{side}{edge_r}"
            rf"|{edge_l}{side}[ \t]+(?:and|&)[ \t]+{side}(?=[ \t]+(?:(?i:communities|ethnic groups)[ \t]+)?"
            r"(?i:clash|clashed|clashes|fought|fight|hostilities)\b))"
        )
        bare_nouns = _trie_alternation((g.noun for g in self._generic.values() if g.bare), fold=True)
        self._bare = re.compile(rf"{edge_l}((?i:{bare_nouns})){edge_r}")
        # speed: the case-insensitive patterns also run on the lower-cased text (see _lowered_finditer),
        # the case-sensitive ones whose matches open with a capital through a scout (sitrep.textutil.SkipScan)
        self._fast: dict[int, Callable[[str], Iterable[re.Match[str]]]] = {}  # by id(pattern)
        for rx, trie, low_src in ((self._named_ci, ci_trie, edge_l + f"(?:{ci_trie})" + edge_r),
                                  (self._bare, bare_nouns, rf"{edge_l}((?:{bare_nouns})){edge_r}")):
            if trie.isascii() and trie == trie.lower():
                self._fast[id(rx)] = partial(_lowered_finditer, rx, re.compile(low_src))
        # "Turkish military drones", "army helicopters": a state noun's weapon written after it
        weapons = _alternation(self._rules["weapons_after_state"])  # nouns only, never verbs ("strike")
        self._weapon_after = re.compile(rf"[ \t]+(?i:{weapons}){edge_r}")
        self._of_group = re.compile(
            r",?[ \t]+(?:from|of|belonging to|linked to|loyal to|allied to|known as|called)[ \t]+(?:the[ \t]+)?"
            r"(?:suspected[ \t]+|alleged[ \t]+)?"
        )
        # "Al Qaeda-linked militants", not "Wagner fighters allied with the junta" (the group itself)
        self._not_the_group = re.compile(
            rf"[ \t-]+(?i:{_alternation(self._rules['not_the_group_after'])})\b(?![ \t]+(?i:to|with|by)\b)"
        )
        self._absorb_mod = re.compile(rf"[ \t]+(?i:{_alternation(self._rules['absorb_modifiers'])})(?=[ \t])")
        people = _alternation(self._rules["party_people"])
        # "PDP leader", "Peoples Democratic Party (PDP) youth leader", "(PDP) chieftain"
        self._party_people = re.compile(
            rf"(?:[ \t]*\([A-Za-z]+\)|\))?[ \t]+(?:[A-Za-z]+[ \t]+)?((?i:{people})){edge_r}"
        )
        backers = _alternation(self._rules["absorb_after_named"] + ["youths", "thugs", "followers"])
        self._party_backers = re.compile(rf"\b(?i:{backers})[ \t]+of[ \t]+(?:the[ \t]+)?[^ \t]+(?:[ \t]+[^ \t]+){{0,4}}$")
        # "a chieftain of the APC"
        self._party_people_of = re.compile(
            rf"(?<![\w-])((?i:{people}))[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[\w'’]+[ \t]+){{1,4}}\()?$"
        )
        self._member = re.compile(rf"[ \t]+((?i:{_alternation(self._rules['absorb_after_named'])})){edge_r}")
        self._next_word = re.compile(r"[ \t]+([A-Za-z’'-]+)")
        self._country_forms = re.compile(rf"{edge_l}({forms}){edge_r}")
        for rx in (self._qualified, self._country_forms):
            self._fast[id(rx)] = SkipScan(rx).finditer
        self._country_before = re.compile(rf"{edge_l}({forms})[ \t]+(?:and|&)[ \t]+$")
        self._cues_rx = re.compile(edge_l + f"(?:{_alternation(self._cue_forms)})" + edge_r)
        self._compile_runs(aliases)
        self._led_by = re.compile(rf"[ \t]*,?[ \t]*(?i:{_alternation(self._rules.get('led_by', []))})[ \t]+")
        self._owned = re.compile(rf"[ \t]+(?i:{_alternation(self._rules.get('weapons_owned', []))})\b")
        self._launched = re.compile(rf"\b(?i:{_alternation(self._rules.get('launched_from', []))})[ \t]+")
        lists = ("definite_determiners", "indefinite_determiners", "adjectival_followers")
        self._words = {k: frozenset(self._rules[k]) for k in lists}  # looked up for every mention
        self._generic_actor = lru_cache(maxsize=GENERIC_CACHE)(self._generic_uncached)

    def _compile_runs(self, aliases: list[str]) -> None:
        """What each pattern needs in a text (see sitrep.actors.precheck)."""
        self._runs_cs = WordIndex.of(a for a in aliases if is_acronym(a))
        self._runs_ci = WordIndex.of((a for a in aliases if not is_acronym(a)), folded=True)
        self._runs_identity = WordIndex.of(self._identities)  # every identity pattern names one
        self._runs_country = WordIndex.of(f for c in countries() for f in c.forms)
        self._runs_noun = WordIndex.of(self._generic, folded=True)
        self._runs_cues = WordIndex.of(self._cue_forms)
        self._runs_bare = WordIndex.of((g.noun for g in self._generic.values() if g.bare), folded=True)
        homes = {c.iso2 for c in countries()}
        at_home = [al for a in self._named.values() if a.get("home") in homes for al in a["aliases"]]
        self._runs_home = WordIndex.of(a for a in at_home if is_acronym(a)), WordIndex.of(
            (a for a in at_home if not is_acronym(a)), folded=True
        )

    # ----- lookups -----------------------------------------------------------------------------

    def canonical(self, name: str) -> Actor | None:
        """The canonical actor for a canonical name, an alias or a templated ACLED name."""
        key = self._alias.get(name.strip().lower()) or (name.strip() if name.strip() in self._named else None)
        if key:
            return Actor(key, self._named[key]["inter"], reason=f"dictionary entry for {name!r}")
        return _templated(name.strip())

    def state_forces(self, name: str, on: date | None, written: str | None = None) -> Actor | None:
        """The state forces a named group had become by day ``on`` (``state_since`` in named.json:
        the Taliban are Afghanistan's state from 15 August 2021), or None. The generic noun the
        mention ends with picks the branch ("Taliban police": Police Forces of Afghanistan;
        "Taliban government": Government of Afghanistan); else the military."""
        since = self._named.get(name, {}).get("state_since")
        if since is None or on is None or on < date.fromisoformat(since["date"]):
            return None
        g = self._generic.get((written or "").rsplit(" ", 1)[-1].lower())
        template = g.template if g is not None and g.kind == "state" else "Military Forces of {of}"
        state = _fill(template, country_by_name(since["country"]), since["country"])
        return Actor(state or name, 1, reason=f"{name} are the state of {since['country']} from {since['date']}")

    def is_generic_noun(self, word: str) -> bool:
        """Whether ``word`` ("Militants", "police") is one of the generic nouns."""
        return word.strip().lower() in self._generic

    def generic(self, noun: str, country: str | None) -> Actor | None:
        """The actor a generic noun ("gunmen", "police") stands for in ``country``."""
        return self._generic_actor(noun, country)

    def _generic_uncached(self, noun: str, country: str | None) -> Actor | None:
        g = self._generic.get(noun.strip().lower())
        if g is None or not g.bare:
            return None
        name = _fill(g.template, country_by_name(country) if country else None, country)
        if name is None:
            return None
        where = f"in {country}" if country else "with no country known"
        return Actor(name, g.inter, reason=f"generic noun {noun!r} {where}")

    def _local_group(self, first: str, head: str, country: str | None) -> Actor | None:
        """The named group a generic noun always means in ``country`` ("separatist fighters" in
        Cameroon: the Ambazonian separatists; ``local_names.tsv``), or None."""
        if not self._local or country is None:
            return None
        known = country_by_name(country)  # "Democratic Republic of the Congo" is ACLED's "... of Congo"
        country = known.name if known else country
        name = self._local.get((first, country)) or self._local.get((head, country))
        if name is None or name not in self._named:
            return None
        return Actor(name, self._named[name]["inter"], reason=f"{first!r} in {country} is {name}")

    def identity_militia(self, label_form: str, country: str | None) -> Actor | None:
        found = self._identities.get(label_form)
        if found is None:
            return None
        label, kind = found
        head = f"{label} Ethnic Militia" if kind == "ethnic" else f"{label} Militia"
        known = country_by_name(country) if country else None  # ACLED's spelling, as for generics
        country = known.name if known else country
        name = f"{head} ({country})" if country else head
        return Actor(name, 4, reason=f"{kind} militia named by {label_form!r}")

    # ----- mentions ----------------------------------------------------------------------------

    def find(self, text: str, offset: int = 0, country: str | None = None) -> list[Actor]:
        """Actor mentions in ``text`` (offsets shifted by ``offset``), in text order."""
        return [m.actor for m in self.mentions(text, offset, country)]

    def led_by_next(self, text: str, end: int) -> bool:
        """Do the words after a mention ending at ``end`` say who leads it ("Sunni militants led by
        the Islamic State", "fighters loyal to ..."; ``led_by`` in rules.json)? Such fighters are
        the leader's following, no group of their own."""
        return self._led_by.match(text, end) is not None

    def owns_weapons_next(self, text: str, end: int) -> bool:
        """Do weapons follow a mention ending at ``end`` ("Houthi drones"; ``weapons_owned``)?"""
        return self._owned.match(text, end) is not None

    def launchers(self, text: str, start: int, end: int, country: str | None = None) -> list[Mention]:
        """The mentions right after "launched from/by" in ``text[start:end]`` ("drones launched
        from Houthi-controlled areas": the area's controller, its "-controlled" read as a space)."""
        out: list[Mention] = []
        for hit in self._launched.finditer(text, start, end):
            frag = _CONTROLLED.sub(_blank, text[hit.end() : hit.end() + 60])
            frag = _LEAD_WORDS.sub(_blank, frag)
            out.extend(self.mentions(frag, hit.end(), country))
        return out

    def mentions(
        self, text: str, offset: int = 0, country: str | None = None, within: Gate | None = None
    ) -> list[Mention]:
        """The mentions of ``find`` with what role assignment needs to know of their wording.

        ``within``: the gate of a larger text that holds ``text`` with its word runs whole (an
        article and its sentence, see ``sitrep.actors.precheck.whole_runs``); it spares reading
        the tokens of ``text`` and gives the same result.
        """
        text = plain(text)
        key = (text, offset, country)
        hit = self._memo.get(key)
        if hit is not None:
            return list(hit)
        gate = within or self.gate(_tokens(text))
        finders = self._finders(gate, text)
        if not finders:
            return []  # most sentences: nothing to scan, nothing worth keeping
        hit = self._scan(finders, text, offset, country, gate)
        if len(self._memo) >= MENTION_CACHE:
            self._memo.pop(next(iter(self._memo)), None)  # the oldest entry
        self._memo[key] = hit
        return list(hit)

    def gate(self, found: frozenset[str] | None) -> Gate:
        """Which patterns may match a text whose tokens are ``found`` (None: unknown)."""
        return Gate(
            self._runs_cs.may_occur(found),
            self._runs_ci.may_occur(found),
            self._runs_identity.may_occur(found),
            self._runs_country.may_occur(found) and self._runs_noun.may_occur(found),
            self._runs_bare.may_occur(found),
        )

    def article_gate(self, found: frozenset[str] | None) -> Gate:
        """The gate of an article whose tokens are ``found``, for its parts (see ``Gate``)."""
        gate = self.gate(found)
        if found is None or not gate.bare or self._runs_bare.by_first is None:
            return gate
        return replace(gate, bare_runs=self._runs_bare.firsts.intersection(found))

    def _mentions(self, text: str, offset: int, country: str | None, gate: Gate) -> tuple[Mention, ...]:
        """The mentions of ``text`` scanned by the patterns ``gate`` lets through (no cache)."""
        return self._scan(self._finders(gate, text), text, offset, country, gate)

    def _scan(
        self, finders: list[Finder], text: str, offset: int, country: str | None, gate: Gate
    ) -> tuple[Mention, ...]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for finder in finders:
            for m in finder(text, country, gate):
                if not any(s < m.actor.end and m.actor.start < e for s, e in taken):
                    found.append(m)
                    taken.append((m.actor.start, m.actor.end))
        found.sort(key=lambda m: m.actor.start)
        return tuple(_shift(m, text, offset) for m in found)

    def _finders(self, gate: Gate, text: str) -> list[Finder]:
        """The finders, in order of precedence, whose patterns may match ``text``."""
        out: list[Finder] = []
        if gate.named_cs or gate.named_ci:
            out.append(self._find_named)
        if gate.identity:
            out.append(self._find_identity)
        if gate.qualified:
            out.append(self._find_qualified)
        if gate.bare and _may_hold(gate.bare_runs, text):
            out.append(self._find_bare)
        return out

    def _named_hits(
        self, text: str, gate: Gate = OPEN, country: str | None = None
    ) -> Iterator[tuple[re.Match[str], str]]:
        """Each alias written in ``text`` that names its group there, with the group's name; the
        longest first, so that "FARC dissidents" wins over the acronym "FARC" it holds. A local
        alias names its group in ``country`` (ACLED's name) only: elsewhere the group that has it as
        a plain alias, or none."""
        pairs = ((self._named_cs, gate.named_cs), (self._named_ci, gate.named_ci))
        hits = [(rx, m) for rx, may in pairs if may for m in self._finditer(rx, text)]
        hits.sort(key=lambda h: (h[1].start() - h[1].end(), h[1].start()))
        for rx, m in hits:
            if rx is self._named_ci and self._after_indefinite(text, m.start()) and self._lowered(m.group()):
                continue  # "an Islamic state" is a notion, not the group ("a Boko Haram attack" is)
            if self._not_the_group.match(text, m.end()):
                continue  # "an Al Qaeda splinter group" is another group
            key = self._alias_in(m.group().lower(), country)
            if key is not None:
                yield m, key

    def _alias_in(self, alias: str, country: str | None) -> str | None:
        """The group an alias (lower case) names in ``country``."""
        local = self._local_alias.get(alias)
        if local and country:
            known = country_by_name(country)
            if known is not None and known.iso2 in local:
                return local[known.iso2]
        return self._alias.get(alias)

    def _find_named(self, text: str, country: str | None, gate: Gate = OPEN) -> Iterator[Mention]:
        for m, key in self._named_hits(text, gate, country):
            person = self._party_person(key, text, m.end())
            if person is not None:
                yield self._party_civilian(m.start(), person.end(), person.group(1), text, country)
                continue
            person = self._party_person_of(key, text, m.start())
            if person is not None:
                yield self._party_civilian(m.start(), m.end(), person.group(1), text, country)
                continue
            end, noun = self._absorb_noun(text, m.end())
            actor = Actor(
                key,
                self._named[key]["inter"],
                m.start(),
                end,
                text[m.start() : end],
                reason=f"alias {m.group()!r} of {key}",
            )
            yield Mention(
                actor, "named", noun or m.group().lower(), self._definite(text, m.start()), qualified=True
            )

    def _finditer(self, rx: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
        """``rx.finditer(text)``, by its faster equivalent when it has one (``self._fast``; keyed by
        id: a pattern's hash reads all its compiled code, long for the dictionary's patterns)."""
        fast = self._fast.get(id(rx))
        return rx.finditer(text) if fast is None else fast(text)

    def _party_person(self, key: str, text: str, end: int) -> re.Match[str] | None:
        """'a PDP leader', 'APC ward chairman': a party's officials and candidates are people
        the party has, not the party acting (ACLED codes them as civilians when attacked)."""
        if self._named[key].get("kind") != "party":
            return None
        if self._party_backers.search(text[max(0, end - 80) : end]):
            return None  # "supporters of the APC candidate" act for the party
        return self._party_people.match(text, end)

    def _party_person_of(self, key: str, text: str, start: int) -> re.Match[str] | None:
        """'a chieftain of the PDP', 'a chieftain of Peoples Democratic Party (PDP)': the person
        named before the party (and the acronym after its full name)."""
        if self._named[key].get("kind") != "party":
            return None
        return self._party_people_of.search(text[max(0, start - 40) : start])

    def _party_civilian(self, start: int, end: int, person: str, text: str, country: str | None) -> Mention:
        actor = self.generic("civilians", country) or Actor("Civilians", 7)
        found = Actor(
            actor.name, actor.inter, start, end, text[start:end],
            reason=f"{text[start:end]!r}: a party's official or candidate ({person}) is a civilian",
        )
        return Mention(found, "civilian", person.lower(), self._definite(text, start))

    def _absorb_noun(self, text: str, end: int) -> tuple[int, str | None]:
        """'ISIS fighters': the generic noun after a named actor belongs to it."""
        if text.startswith(_LED, end):
            end += len(_LED)
        mod = self._absorb_mod.match(text, end)
        start = mod.end() if mod else end
        m = self._bare.match(text, start + 1) if text[start : start + 1] == " " else None
        if m and self._generic[m.group(1).lower()].kind in ("armed", "militia", "state"):
            return m.end(), m.group(1).lower()
        m = self._member.match(text, end)
        return (m.end(), m.group(1).lower()) if m else (end, None)

    def _find_identity(self, text: str, country: str | None, gate: Gate = OPEN) -> Iterator[Mention]:
        """'Fulani herdsmen', 'Fulanis', 'gunmen suspected to be Fulani', 'suspected Fulani attack',
        'clashes between Fulani and Berom'."""
        yield from self._identity_pairs(text, country)
        for rx, group in ((self._identity_after, 2), (self._identity, 1), (self._identity_plural, 1),
                          (self._identity_suspected, 1)):
            yield from self._identity_mentions(rx, group, text, country)

    def _identity_pairs(self, text: str, country: str | None) -> Iterator[Mention]:
        """The two sides of 'a clash between Fulani and Berom', each at its own label."""
        for m in self._identity_pair.finditer(text):
            for g in (1, 3) if m.group(1) else (5, 7):  # each side: its words, then its label
                actor = self.identity_militia(m.group(g + 1), country)
                if actor is not None:
                    found = placed(actor, m.start(g), m.end(g), m.group(g))
                    yield Mention(found, "militia", m.group(g).split()[-1].lower(), False, qualified=True)

    def _identity_mentions(
        self, rx: re.Pattern[str], group: int, text: str, country: str | None
    ) -> Iterator[Mention]:
        for m in rx.finditer(text):
            actor = self.identity_militia(m.group(group), country)
            if actor is not None:
                yield Mention(
                    placed(actor, m.start(), m.end(), m.group()),
                    "militia",
                    m.group().split()[-1].lower(),
                    self._definite(text, m.start()),
                    qualified=True,
                )

    def _find_qualified(self, text: str, country: str | None, gate: Gate = OPEN) -> Iterator[Mention]:
        for m in self._finditer(self._qualified, text):
            where = country_by_form(m.group(1))
            noun = m.group(3).lower()
            g = self._generic[noun]
            if where is None or self._adjectival(text, m.end(), g):
                continue
            end, noun = self._head_chain(text, m.end(), noun)
            g = self._generic[noun]
            if g.kind != "state" and m.group(2).strip():
                continue  # "U.S. condemns militants": only state nouns take modifiers after a country
            mission = self._local_group(noun, noun, country) if g.kind == "peacekeeper" else None
            if mission is not None:  # "Chadian peacekeepers" in Mali: the mission, not Chad's army
                yield Mention(placed(mission, m.start(), end, text[m.start() : end]), g.kind, noun,
                              self._definite(text, m.start()), qualified=True)
                continue
            name = _fill(g.template, where, where.name)
            actor = Actor(
                name,
                g.inter,
                m.start(),
                end,
                text[m.start() : end],
                reason=f"{m.group(1)!r} + generic noun {noun!r}",
            )
            first = self._coordinated_country(text, m.start(), where) if g.kind == "state" else None
            if first is not None:  # "The United States and Britain launched air strikes": the first named leads
                lead = Actor(_fill(g.template, first, first.name) or name, g.inter, m.start(), end, actor.text,
                             reason=f"{actor.reason}, led by {first.name} named before it")
                actor = lead
            yield Mention(actor, g.kind, noun, self._definite(text, m.start()), g.anaphoric, qualified=True)

    def _coordinated_country(self, text: str, start: int, second: Country) -> Country | None:
        """The country named first in 'the United States and Britain launched strikes', or None."""
        m = self._country_before.search(text, max(0, start - 40), start)
        where = country_by_form(m.group(1)) if m else None
        if where is None or where.iso2 == second.iso2 or not _country_noun(m.group(1), where):
            return None  # "Nigerian and Chadian forces": joint forces, whose lead the wording leaves open
        return where

    def _find_bare(self, text: str, country: str | None, gate: Gate = OPEN) -> Iterator[Mention]:
        for m in self._finditer(self._bare, text):
            end, noun = self._head_chain(text, m.end(), m.group(1).lower())
            g = self._generic[noun]
            if self._adjectival(text, end, g) or self._after_indefinite_state(text, m.start(), g):
                continue
            owner = self._named_owner(text, end) if g.kind in ("armed", "militia") else None
            actor = owner or self._local_group(m.group(1).lower(), noun, country) or self.generic(noun, country)
            if actor is not None:
                yield Mention(
                    placed(actor, m.start(), end, text[m.start() : end]),
                    "named" if owner else g.kind,
                    noun,
                    self._definite(text, m.start()),
                    g.anaphoric and owner is None,
                    qualified=owner is not None,
                )

    def _head_chain(self, text: str, end: int, noun: str) -> tuple[int, str]:
        """'air force recruits': in a run of generic nouns the last one is the head."""
        while text[end : end + 1] == " " and (m := self._bare.match(text, end + 1)):
            end, noun = m.end(), m.group(1).lower()
        if self._generic[noun].kind == "state" and (w := self._weapon_after.match(text, end)):
            end = w.end()  # "military drones struck": the drones are the military's, the act theirs
        return end, noun

    def _named_owner(self, text: str, end: int) -> Actor | None:
        """'militants from the Islamic State': the generic noun names the group that follows."""
        m = self._of_group.match(text, end)
        if not m:
            return None
        hit = self._named_cs.match(text, m.end()) or self._named_ci.match(text, m.end())
        if not hit:
            return None
        key = self._alias.get(hit.group().lower())
        if key is None:
            return None  # a local alias, read with the country only (``_alias_in``)
        return Actor(key, self._named[key]["inter"], reason=f"generic noun of {hit.group()!r}")

    # ----- wording helpers ---------------------------------------------------------------------

    def _word_before(self, text: str, start: int) -> str:
        m = _WORD_BEFORE.search(text[max(0, start - 20) : start])
        return m.group(1).lower() if m else ""

    def _definite(self, text: str, start: int) -> bool:
        return self._word_before(text, start) in self._words["definite_determiners"]

    def _after_indefinite(self, text: str, start: int) -> bool:
        return self._word_before(text, start) in self._words["indefinite_determiners"]

    def _lowered(self, found: str) -> bool:
        """The match writes in lower case a word its alias capitalises ("Islamic state")."""
        key = self._alias.get(found.lower())
        aliases = [a for a in self._named[key]["aliases"] if a.lower() == found.lower()] if key else [found]
        return all(
            any(w[:1].islower() and a[:1].isupper() for w, a in zip(found.split(), al.split(), strict=False))
            for al in aliases
        )

    def _after_indefinite_state(self, text: str, start: int, g: GenericNoun) -> bool:
        """'a new government', 'a government': a government after 'a' is rarely the actor; nor is
        'Nsukka Local Government' (a district's name: Nigeria's LGAs, local councils elsewhere)."""
        if not g.template.startswith("Government"):
            return False
        return self._after_indefinite(text, start) or bool(_LOCAL_BEFORE.search(text, max(0, start - 40), start))

    def _adjectival(self, text: str, end: int, g: GenericNoun) -> bool:
        """'military assistance', 'police spokesman': the noun modifies the next one."""
        if g.kind != "state":
            return False
        m = self._next_word.match(text, end)
        return bool(m) and m.group(1).lower() in self._words["adjectival_followers"]

    def countries_in(self, text: str, found: frozenset[str] | None = None) -> Counter[str]:
        """How often each country is named (by name or demonym) in ``text`` (``found``: its
        tokens, when the caller has them)."""
        text = plain(text)
        if not self._runs_country.may_occur(found if found is not None else _tokens(text)):
            return Counter()
        hits = (country_by_form(m.group(1)) for m in self._finditer(self._country_forms, text))
        return Counter(c.name for c in hits if c is not None)

    def home_countries(self, text: str, found: frozenset[str] | None = None) -> Counter[str]:
        """How often named groups tied to one country ("home" in named.json: Boko Haram, Nigeria)
        are mentioned in ``text``, by that country (``found``: its tokens, when the caller has them)."""
        return self.country_votes(text, found)[1]

    def country_votes(self, text: str, found: frozenset[str] | None = None) -> tuple[Counter[str], Counter[str]]:
        """``countries_in`` and ``home_countries`` in one pass of the named patterns, except that
        a country named inside the name of a group with a home ("*Saudi*-led coalition" in Yemen)
        is that group's vote, not its own, one named inside a country cue ("*Niger* Delta") is the
        cue's, and a demonym of foreigners ("a *Nigerien* national") is no vote."""
        text = plain(text)
        found = found if found is not None else _tokens(text)
        homes = self._home_hits(text, found)
        by_iso = _name_by_iso()
        home_votes = Counter(by_iso[h] for _, _, h in homes if h in by_iso)
        if not self._runs_country.may_occur(found):
            return Counter(), home_votes
        inside = homes + self._cue_spans(text, found)
        hits = (
            country_by_form(m.group(1))
            for m in self._finditer(self._country_forms, text)
            if not any(s <= m.start() < e for s, e, _ in inside) and not _FOREIGN_NATIONAL.match(text, m.end())
        )
        return Counter(c.name for c in hits if c is not None), home_votes

    def _cue_spans(self, text: str, found: frozenset[str]) -> list[tuple[int, int, str]]:
        """The spans of the country cues in ``text``, with the cue's ISO2: a country's name inside
        one is the cue's ("*Niger* Delta" is Nigeria's, no vote for Niger)."""
        if not self._cue_forms or not self._runs_cues.may_occur(found):
            return []
        return [(m.start(), m.end(), self._cue_forms[m.group()]) for m in self._cues_rx.finditer(text)]

    def _home_hits(self, text: str, found: frozenset[str]) -> list[tuple[int, int, str]]:
        """The spans of the aliases of groups with a home in ``text``, with the home's ISO2."""
        if not any(index.may_occur(found) for index in self._runs_home):
            return []  # no alias of a group with a home: nothing to count
        hits = ((m, self._named[key].get("home")) for m, key in self._named_hits(text, self.gate(found)))
        return [(m.start(), m.end(), home) for m, home in hits if home]

    def cue_countries(self, text: str, found: frozenset[str] | None = None) -> Counter[str]:
        """How often words tied to one country (``country_cues.tsv``: "LGA", "NLC", Nigeria) occur
        in ``text``, by that country (``found``: its tokens, when the caller has them)."""
        text = plain(text)
        if not self._cue_forms or not self._runs_cues.may_occur(found if found is not None else _tokens(text)):
            return Counter()
        by_iso = _name_by_iso()
        hits = (self._cue_forms[m.group()] for m in self._cues_rx.finditer(text))
        return Counter(by_iso[h] for h in hits if h in by_iso)


# The letters re.IGNORECASE matches to ASCII ones (long s, dotless i, dotted capital I, Kelvin sign)
# written as those ASCII letters, one for one: the patterns match them, so the dictionary's
# lower-case lookups must see them as ASCII too ("aſſaılants" was a KeyError that lost the article).
_PLAIN = str.maketrans(dict(zip(FOLDS_TO_ASCII, "IisK")))


def _lowered_finditer(rx: re.Pattern[str], low: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose letters are ASCII and lower case and match case-
    insensitively (but for a case-sensitive "-led"), found by ``low`` (the same pattern, matching
    case-sensitively) in the lower-cased text, each match then read by ``rx`` where it begins: the
    same matches (a character matches a lower-case ASCII letter under re.IGNORECASE exactly when its
    lower case is that letter, and lower-casing keeps \\w, unless it is one of FOLDS_TO_ASCII or
    lower-cases to two characters: tests/actors/test_actors_s15b_speed.py), with less work, since
    matching a literal case-insensitively costs a case conversion of each character tried."""
    lowered = text.lower()
    wide = not text.isascii()  # speed: an ASCII text lower-cases one for one and holds none of them
    if wide and (len(lowered) != len(text) or holds_any(text, FOLDS_TO_ASCII)) or lowered.count(_LED) != text.count(_LED):
        return rx.finditer(text)
    return [rx.match(text, m.start()) for m in low.finditer(lowered)]


def plain(text: str) -> str:
    """``text`` with those four letters as ASCII (same length, so offsets hold)."""
    if text.isascii():  # speed: the four letters are not ASCII
        return text
    return text.translate(_PLAIN) if any(ch in text for ch in FOLDS_TO_ASCII) else text


@lru_cache(maxsize=1)
def _name_by_iso() -> dict[str, str]:
    """Each country's name by its ISO2 code (built once: the table is fixed; read-only)."""
    return {c.iso2: c.name for c in countries()}


def _country_noun(form: str, where: Country) -> bool:
    """Whether ``form`` names the country itself ("the United States", "US"), not its people."""
    return form in (where.name, where.of_form.removeprefix("the ")) or (form.replace(".", "").isupper() and len(form) <= 5)


def _fill(template: str, where: Country | None, country: str | None) -> str | None:
    """A templated ACLED name; "of" templates need a country, "(country)" ones drop it."""
    if "{of}" in template:
        return template.format(of=where.of_form) if where else None
    if country is None:
        return template.replace(" ({country})", "")
    return template.format(country=where.name if where else country)


def _templated(name: str) -> Actor | None:
    m = _TEMPLATE_RE.match(name)
    if m:
        return Actor(name, 1, reason="state actor by ACLED template")
    m = _PAREN_RE.match(name)
    heads = {"Civilians": 7, "Protesters": 6, "Rioters": 5, "Unidentified Armed Group": 3}
    if m and m.group("head") in heads:
        return Actor(name, heads[m.group("head")], reason="generic actor by ACLED template")
    if m and m.group("head").endswith("Militia"):
        return Actor(name, 4, reason="identity militia by ACLED template")
    return None


def placed(actor: Actor, start: int, end: int, text: str) -> Actor:
    """``actor`` at another place: ``dataclasses.replace`` without its cost (a hot path; a test
    pins that every other field is kept)."""
    return Actor(actor.name, actor.inter, start, end, text, actor.reason)


def _shift(m: Mention, text: str, offset: int) -> Mention:
    a = m.actor
    assert a.start is not None and a.end is not None
    if offset == 0 and a.text == text[a.start : a.end]:
        return m  # already in place (every finder writes the text it matched)
    moved = placed(a, a.start + offset, a.end + offset, text[a.start : a.end])
    return Mention(moved, m.kind, m.noun, m.definite, m.anaphoric, m.qualified)


@lru_cache(maxsize=1024)  # speed: a few hundred names recur in every article's records
def actor_country(name: str) -> str | None:
    """The country an ACLED name is tied to: "Military Forces of the United States" -> "United States"."""
    m = _TEMPLATE_RE.match(name)
    if m:
        of = split_unit(m.group("of"))[0].removeprefix("the ")  # "Bangladesh Rapid Action Battalion"
        found = country_by_name(of)
        return found.name if found else of
    m = _PAREN_RE.match(name)
    return m.group("country") if m else None


def same_country(a: str, b: str) -> bool:
    """Whether two spellings name one country ("DR Congo", "Democratic Republic of the Congo")."""
    ca, cb = country_by_name(a), country_by_name(b)
    return ca.iso2 == cb.iso2 if ca and cb else a.casefold() == b.casefold()


def localize(actor: Actor, country: str | None) -> Actor:
    """State forces acting outside their own country are External/Other forces (inter 8)."""
    home = actor_country(actor.name)
    if actor.inter == 1 and country and home and not same_country(home, country):
        return replace(
            actor, inter=_EXTERNAL_INTER, reason=f"{actor.reason}; state forces of {home} acting in {country}"
        )
    return actor


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    return ActorDictionary.bundled()


@provider("actors")
def bundled_actors(settings: Settings) -> ActorDictionary:
    return default_dictionary()
