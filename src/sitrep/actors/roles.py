"""Who did what to whom: actor1 and actor2 of an event from the wording of its evidence.

Each actor mention in the evidence gets an agent and a patient score from the words around it
(cue patterns in ``data/actors/roles.json``): "militants attacked" (agent), "were killed" and
"attacked a convoy" (patient), "by gunmen" (agent), "police said" (a source, not a participant).
Coordinated mentions share a role ("40 detainees and three gendarmes were killed").
A definite anaphoric noun ("the fighters") or a subject pronoun is resolved to the article's
salient named armed group. When the evidence names no suitable actor, per-type defaults apply
(``data/actors/defaults.json``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from sitrep.actors.branches import branch_of
from sitrep.actors.countries import country_by_name
from sitrep.actors.dictionary import ActorDictionary, Mention, default_dictionary, localize, same_country
from sitrep.actors.stage import article_country, names_a_group, setting_country, span_gate
from sitrep.types import Actor, Doc

__all__ = ["RoleScore", "assign_actors", "attributed_group", "mutual_wording", "regaining_side", "roles_stated", "salient_group", "score_roles", "state_first", "two_sided_clash"]

CONTEXT_CHARS = 60  # characters either side of a mention read for cues (about 8 to 10 words)
# after a group's name, its attribution may follow an apposition ("The Islamic Resistance in Iraq,
# an umbrella of Iran-aligned factions, claimed the attack"): roles.json attributed_after is anchored
# at the name and allows one apposition of up to 80 characters, so the window reaches past it
ATTRIBUTION_AFTER_CHARS = 150
# With several named non-state groups before the evidence, the most mentioned one is the salient
# group for a definite "the fighters" / "they" when named at least this often and more than any
# other (2: one mention is often only background; calibrated on the seeds, where the group is
# named in the headline and again in the body). With exactly one named group, that group is it,
# for bare "militants" too.
SALIENT_MIN_MENTIONS = 2
# Sentences after an event's own that may say who is suspected of it ("... killing six. Boko Haram
# is suspected."): ACLED notes and news leads put the attribution in the next sentence or the one
# after. ACLED Nigeria notes, even half, hinted actor1: 1 and 2 give 0.7092, 3 gives 0.7103 (one
# note more); 2 is kept, since a longer reach in a long article may reach another event's suspects.
ATTRIBUTION_SENTENCES = 2
CUE_WEIGHT = 2.0  # a wording cue outweighs the prior of the actor's kind
PRIOR_WEIGHT = 0.5  # armed actors lean agent, civilians lean patient
_ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_CLAUSE_STOP = re.compile(r"[.;:!?\n]")  # a mention's cues stay inside its clause
# "fighters of the Popular Mobilization Forces": the group's own fighters share its role
_OWNER_LINK = re.compile(r"^[ ,]*(?:of|from)[ ,]+(?:the[ ,]+)?$", re.IGNORECASE)
_COORDINATION = re.compile(r"^[ ,]*(?:and|or|as well as|,)[ ,]+(?:[\w-]+[ ,]+){0,2}$", re.IGNORECASE)
# between two names of one group: "X, or Y", "X (Y)", "X, also known as Y"
_OTHER_NAME = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:or|\(|also known as|aka|a\.k\.a\.|alias)[ \t]+(?:the[ \t]+)?$|[ \t]*\($", re.IGNORECASE
)
_COMMUNITY_NOUNS = frozenset({"community", "communities"})
# the community's name right before the noun: "the Andoni community", "Ode-Ugborodo community";
# of two ("Odekpe and Echeno communities"), the first
_COMMUNITY_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:[ \t]+and[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?[ \t]+$"
)
# after an unnamed militia: the place it comes from, one ("from Agila"), two ("of Share and
# Tsaragi") or unnamed ("from neighbouring towns", "of the two villages")
_MILITIA_OF = re.compile(
    r"[ \t]+(?:from|of)[ \t]+(?:(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?!['’]s)(?P<other>[ \t]+and[ \t]+[A-Z][a-z]+)?\b"
    r"|(?:the[ \t]+)?(?:two|both|neighbou?ring|rival|nearby)[ \t]+(?:\w+[ \t]+)?(?:towns|villages|communities|clans)\b)"
)
# A clause-opening subject's complement before its verb ("Israeli strikes *on southern Lebanon and
# the Bekaa Valley* killed"): at most this many words are read (8: a place of three words joined
# to another of three, with their articles; a longer run is rarely one noun phrase).
SUBJECT_COMPLEMENT_WORDS = 9
_SUBJECT_COMPLEMENT = re.compile(r"^[ \t]+(on|in|at|near|across|against|over|into|from|of|inside)\b", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(
    r"^\s*(?:(?:the|a|an|some|several|many|hundreds|dozens|thousands|scores|members|of|\d+)\s+)*$", re.IGNORECASE
)
_WORD = re.compile(r"[^\s,]+")
_DATE_OPENERS = frozenset("(0123456789")
# words that end the subject's complement without the subject acting: a relative clause, a passive
# or a verb of saying ("Soldiers in Kano were killed", "Police in Kano said")
_COMPLEMENT_STOPS = frozenset(
    {"who", "that", "which", "were", "was", "is", "are", "had", "has", "have", "been", "be", "said", "says",
     "say", "told", "when", "while", "after", "before", "but", "killing", "leaving"}
)
_BACK_REFERENCE = re.compile(r"\b(?:the group|they)\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\b(?:after|when|as|but|and)\s+)(?:they|it|the group)(?:’ve|'ve)?\s", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class RoleScore:
    mention: Mention
    agent: float
    patient: float
    source: bool
    cue: str  # the cue that decided, for the reason string


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    raw = json.loads(
        resources.files("sitrep").joinpath("data", "actors", "roles.json").read_text(encoding="utf-8")
    )
    return {k: re.compile(v, re.IGNORECASE) for k, v in raw.items() if k not in ("version", "comment")}


@lru_cache(maxsize=1)
def _defaults() -> dict[str, dict[str, str | None]]:
    return json.loads(
        resources.files("sitrep").joinpath("data", "actors", "defaults.json").read_text(encoding="utf-8")
    )


def score_roles(text: str, mentions: Sequence[Mention], event_type: str = "") -> list[RoleScore]:
    """Agent and patient scores of each mention, from the words around it in ``text``."""
    scores = [_score(text, m, event_type) for m in _without_other_names(text, mentions)]
    return _share_coordinated(text, scores)


def _without_other_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """'Members of the BVYG, or Civilian JTF, clash with police': a group's other name given in
    apposition is the same side, not a second one (the first name given is kept)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == "named" == prev.kind
            and _OTHER_NAME.match(text, prev.actor.end or 0, m.actor.start or 0)
        ):
            continue
        out.append(m)
    return out


def _score(text: str, m: Mention, event_type: str) -> RoleScore:
    a = m.actor
    assert a.start is not None and a.end is not None
    before, after = text[max(0, a.start - CONTEXT_CHARS) : a.start], text[a.end : a.end + CONTEXT_CHARS]
    before = _CLAUSE_STOP.split(before)[-1]
    after = _CLAUSE_STOP.split(after)[0]
    cues = _cues()
    agent, patient, cue = _prior(m, event_type)
    hit_after = cues["patient_after"].search(after) is not None
    if hit_after or cues["patient_before"].search(before):
        patient, cue = patient + CUE_WEIGHT, "patient wording"
    if cues["patient_reduced"].search(after):  # headline "Dozens of detainees, several guards killed"
        patient, cue, hit_after = patient + CUE_WEIGHT, "patient wording (reduced passive)", True
    elif cues["device_hit"].match(after):  # "a MINUSMA convoy hit a roadside bomb": the bomb's target
        patient, cue, hit_after = patient + CUE_WEIGHT, "patient wording (hit a bomb or mine)", True
    elif (cues["agent_after"].search(after) and not _COMMA_GERUND.match(after)) or cues["agent_before"].search(before):
        agent, cue = agent + CUE_WEIGHT, "agent wording"
    elif m.kind == "named" and _modified_agent(after):
        agent, cue = agent + CUE_WEIGHT, "agent wording (after its modifier)"
    elif m.actor.inter in _ARMED_INTER and _subject_acts(before, after, m.kind == "named"):
        agent, cue = agent + CUE_WEIGHT, "agent wording (subject, after its complement)"
    if (
        not cue.startswith("agent wording")
        and m.kind == "state"
        and cues["instrument_noun"].match(m.noun)
        and cues["instrument_before"].search(before)
    ):
        # "killed in an Israeli strike": a state named by its weapon did it, whatever the wording
        agent, patient, cue, hit_after = agent + CUE_WEIGHT, 0.0, "agent wording (its weapon struck)", False
    if cues["claim_after"].search(after):
        agent, cue = agent + CUE_WEIGHT / 2, "claims the act"
    if agent > 0 and cues["habitual_after"].search(after):
        agent, cue = 0.0, "habitual wording (such acts in general, not this one)"
    if cues["background_before"].search(before):  # "killed six amid a war between factions of the cartel"
        agent, patient, cue = 0.0, 0.0, _BACKGROUND
    said = cues["source_after"].search(after) is not None
    source = said or cues["source_before"].search(before) is not None
    # "... on Tuesday, the police said": a mention that says something is the source, even when
    # the words before it read as a target ("on Tuesday, the"); a victim's passive wins ("were killed")
    heard = patient <= PRIOR_WEIGHT or (said and not hit_after)
    return RoleScore(m, agent, patient, source and agent <= PRIOR_WEIGHT * 2 and heard, cue)


# "after months of fighting with the military, taking the last outpost": a participle after a
# comma belongs to the clause's subject, not to the mention right before the comma.
_COMMA_GERUND = re.compile(r"^[ \t]*,[ \t]*\w+ing\b")


def _modified_agent(after: str) -> bool:
    """'M23 rebels *backed by Rwanda* seized ...': the named group's verb after its modifier."""
    cues = _cues()
    found = cues["named_modifier"].match(after)
    return found is not None and cues["agent_after"].match(after[found.end() :]) is not None


def _subject_acts(before: str, after: str, named: bool) -> bool:
    """'Israeli strikes on southern Lebanon and the Bekaa Valley killed 492', 'Separatist militants
    of the BLA attacked ...': a clause-opening mention whose complement ("on ...", "of ...") stands
    between it and its verb is the doer. Only clause-opening mentions: in "an attack on soldiers in
    Maiduguri killed five" the soldiers are no subject."""
    found = _SUBJECT_COMPLEMENT.match(after)
    if found is None or not _CLAUSE_OPENING.match(before):
        return False
    if found.group(1).lower() in ("from", "of") and not named:
        return False  # "Gunmen from Odekpe and Echeno communities": whose men they are, read elsewhere
    agent_after = _cues()["agent_after"]
    for i, word in enumerate(_WORD.finditer(after)):
        if i >= SUBJECT_COMPLEMENT_WORDS or word.group().lower() in _COMPLEMENT_STOPS or word.group()[0] in _DATE_OPENERS:
            return False  # "Gunmen on (24/06) killed": a date, not a place, follows the subject
        if i and agent_after.match(after[word.start() :]):
            return True
    return False


_BACKGROUND = "background wording (the war or feud the act happened amid, not its side)"


def _prior(m: Mention, event_type: str) -> tuple[float, float, str]:
    if m.kind in ("protester", "rioter") and event_type in ("Protests", "Riots"):
        return CUE_WEIGHT, 0.0, "demonstrators in a demonstration event"
    if m.kind == "civilian":
        return 0.0, PRIOR_WEIGHT, "civilians lean patient"
    if m.actor.inter in _ARMED_INTER:
        return PRIOR_WEIGHT, 0.0, "armed actors lean agent"
    return 0.0, 0.0, "no cue"


def _decided(cue: str) -> bool:
    return "wording" in cue or cue.startswith("coordinated")


def _share_coordinated(text: str, scores: list[RoleScore]) -> list[RoleScore]:
    """'40 detainees and three gendarmes were killed': the first shares the second's role."""
    out = list(scores)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        between = text[cur.mention.actor.end : nxt.mention.actor.start]
        same = cur.mention.actor.name == nxt.mention.actor.name and _OWNER_LINK.match(between)
        if (same or _COORDINATION.match(between)) and _decided(nxt.cue) and not _decided(cur.cue):
            out[i] = replace(
                cur,
                agent=max(cur.agent, nxt.agent),
                patient=max(cur.patient, nxt.patient),
                source=nxt.source,
                cue=f"coordinated with {nxt.mention.actor.text!r}",
            )
    return out


def _mentions_in(
    doc: Doc, spans: Sequence[tuple[int, int]], country: str | None, dictionary: ActorDictionary
) -> list[Mention]:
    text = doc.article.text
    out: list[Mention] = []
    for start, end in sorted(set(spans)):
        part = text[start:end]
        out.extend(dictionary.mentions(part, start, country, span_gate(dictionary, text, part, start)))
    return out


def salient_group(
    doc: Doc, before: int, dictionary: ActorDictionary, country: str | None, definite: bool = True
) -> Actor | None:
    """The article's salient named non-state armed group up to ``before``: the only one named
    there, or (for a definite "the fighters" or a pronoun) the one named most, often enough. A
    militia named as led by another group ("Sunni militants led by the Islamic State") is that
    group's following and does not count as a group of its own."""
    if not names_a_group(dictionary, doc.article.text):
        return None  # most crime and local news: no group to refer back to, no scan
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    text = doc.article.text
    for m in _all_mentions(dictionary, text, country):
        if m.actor.start is not None and m.actor.start < before and _is_group(m):
            if m.kind != "named" and m.actor.end is not None and dictionary.led_by_next(text, m.actor.end):
                continue  # "Sunni militants led by ISIL": the group's following, not a second group
            counts[m.actor.name] += 1
            first.setdefault(m.actor.name, m.actor)
    if len(counts) == 1:
        return next(iter(first.values()))
    if not counts or not definite:
        return None
    (name, n), *rest = counts.most_common(2)
    return first[name] if n >= SALIENT_MIN_MENTIONS and (not rest or rest[0][1] < n) else None


@lru_cache(maxsize=32)
def _all_mentions(dictionary: ActorDictionary, text: str, country: str | None) -> tuple[Mention, ...]:
    """Every mention of an article (cached: each event of the article asks again)."""
    return tuple(dictionary.mentions(text, 0, country))


def _template(key: str, event_type: str, sub_event_type: str) -> str | None:
    table = _defaults()[key]
    return table.get(f"{event_type}: {sub_event_type}", table.get(event_type))


@lru_cache(maxsize=1024)  # pure; asked for by every event, with few distinct arguments
def _default_actor(key: str, event_type: str, sub_event_type: str, country: str | None) -> Actor | None:
    tpl = _template(key, event_type, sub_event_type)
    if tpl is None:
        return None
    where = country_by_name(country) if country else None
    if "{of}" in tpl and where is None:
        tpl = "Unidentified Armed Group ({country})" if key == "actor1" else None
        if tpl is None:
            return None
    name = tpl.format(of=where.of_form if where else "", country=where.name if where else country or "")
    name = name.replace(" ()", "")
    head = next(h for h in _defaults()["inter"] if name.startswith(h))
    return Actor(name, _defaults()["inter"][head], reason=f"default {key} for {event_type}: {sub_event_type}")


def _pick_actor1(
    scores: list[RoleScore], event_type: str, heading_end: int = 0, heading: str = ""
) -> RoleScore | None:
    cands = [s for s in scores if not s.source and (s.agent > s.patient or s.agent >= CUE_WEIGHT)]
    if event_type not in ("Protests", "Riots"):
        cands = [s for s in cands if s.mention.actor.inter in _ARMED_INTER or s.agent >= CUE_WEIGHT]
    cands = _body_names_it(cands, heading_end)
    cands = _own_headline_clause(cands, scores, heading)
    # ties: in battles ACLED lists state forces first (254 of 254 state-vs-other battles in its
    # Nigeria data, even "Boko Haram attacked X ... the attack was repelled by the military")
    return max(
        cands,
        key=lambda s: (
            s.agent - s.patient,
            event_type == "Battles" and s.mention.actor.inter == 1,
            s.cue.startswith("coordinated"),  # "Malian soldiers and Wagner mercenaries killed": the first named leads
            # ... also before a named group ("Malian soldiers and fighters of Russia's Africa Corps")
            -s.mention.actor.start if s.cue.startswith("coordinated") else 0,
            s.mention.kind == "named",
            -s.mention.actor.start,
        ),
        default=None,
    )


def _body_names_it(cands: list[RoleScore], heading_end: int) -> list[RoleScore]:
    """A headline's unnamed doer ("rapes by paramilitary fighters") gives way to the group the
    body names as doing it ("RSF fighters raped ..."): the headline only words it shorter."""
    if heading_end <= 0:
        return cands
    body_named = any(_names_a_group(c.mention) and (c.mention.actor.start or 0) >= heading_end for c in cands)
    if not body_named:
        return cands
    return [c for c in cands if c.mention.kind != "armed" or (c.mention.actor.start or 0) >= heading_end]


def _own_headline_clause(cands: list[RoleScore], scores: list[RoleScore], heading: str) -> list[RoleScore]:
    """'Israeli strikes kill seven in Tyre; Hezbollah fires rockets at Haifa': a roundup headline
    words several events, each with its own doer; a doer of the headline that the body's evidence
    of this event never names belongs to another of them."""
    heading_end = len(heading)
    if ";" not in heading or not any((c.mention.actor.start or 0) < heading_end for c in cands):
        return cands
    body = {s.mention.actor.name for s in scores if (s.mention.actor.start or 0) >= heading_end}
    if not body:
        return cands
    kept = [c for c in cands if (c.mention.actor.start or 0) >= heading_end or c.mention.actor.name in body]
    return kept or cands


def _names_a_group(m: Mention) -> bool:
    """A named group, or a generic noun the country makes one ("separatists" in Cameroon:
    the Ambazonian Separatists, ``local_names.tsv``)."""
    return m.kind == "named" or (m.kind == "armed" and not m.actor.name.startswith("Unidentified"))


def headline_end(doc: Doc) -> int:
    """Where the article's headline ends in its text: the title when the text starts with it, else
    a first line with no final stop (0 when there is none)."""
    text, title = doc.article.text, doc.article.title
    if title and text.startswith(title):
        return len(title)
    first = text.split("\n", 1)[0].rstrip()
    if "\n" not in text or not first or first[-1] in ".!?\"'’”" or len(first) > 200:
        return 0
    return len(first)


def _actor2_fit(s: RoleScore, event_type: str) -> float:
    inter = s.mention.actor.inter
    if event_type == "Battles":
        return 1.0 if inter in _ARMED_INTER else -1.0
    if event_type == "Violence against civilians":
        return 1.0 if inter == 7 else 0.0
    return 0.0


def _pick_actor2(scores: list[RoleScore], actor1: Actor, event_type: str) -> RoleScore | None:
    cands = [
        s for s in scores if not s.source and s.cue != _BACKGROUND and s.mention.actor.name != actor1.name
    ]
    if event_type == "Battles":  # the other side of a battle: any armed participant, agentive or not
        cands = [s for s in cands if _actor2_fit(s, event_type) > 0]
    else:  # outside battles the target is never a perpetrator ("The attackers also burned homes")
        cands = [s for s in cands if s.patient > s.agent]
    # in a battle of state forces the other side is the non-state one, not the police they came to
    # help ("militants attacked police stations ... security forces killed 14 of the attackers")
    other_side = event_type == "Battles" and actor1.inter == 1
    own_side = event_type == "Battles" and actor1.inter in _NONSTATE_GROUPS
    return max(
        cands,
        key=lambda s: (
            not other_side or s.mention.actor.inter != 1,
            not (own_side and _own_fighters(s)),
            not _fights_alongside(s, event_type),
            s.patient + _actor2_fit(s, event_type),
            -s.mention.actor.start,
        ),
        default=None,
    )


def _fights_alongside(s: RoleScore, event_type: str) -> bool:
    """'ATMIS troops and Somali forces recaptured the town from al-Shabaab': a doer coordinated
    with another doer is on its side, not the other side of the battle."""
    return event_type == "Battles" and s.cue.startswith("coordinated") and s.agent > s.patient


# Inter codes of non-state armed groups (rebels, political and identity militias).
_NONSTATE_GROUPS = frozenset({2, 3, 4})


def _own_fighters(s: RoleScore) -> bool:
    """In a battle a named group fights, unnamed "attackers", "militants" or "gunmen" are its own
    fighters when the wording makes them the ones hit ("BLA militants attacked a base ... troops
    killed four attackers"): the other side is whoever else fought (the state forces), not them."""
    return s.mention.kind == "armed" and not s.mention.qualified and s.mention.actor.inter == 3 and s.patient > s.agent


_UNIDENTIFIED = re.compile(r"\b(?:unidentified|unknown|unnamed|unspecified)[ \t]+$", re.IGNORECASE)


def _unidentified(text: str, start: int | None) -> bool:
    """Whether the words before a mention say its doer is unknown ("an unidentified armed group")."""
    return start is not None and bool(_UNIDENTIFIED.search(text, max(0, start - 20), start))


def _is_group(m: Mention) -> bool:
    """A named non-state armed group ("Boko Haram") or an identity militia named by its label
    ("Fulani herdsmen"): what "the attackers" and "they" may refer back to."""
    if m.kind == "named":
        return m.actor.inter in (2, 3, 4)
    return m.kind == "militia" and m.qualified and m.actor.inter == 4


def _co_named(scores: Sequence[RoleScore]) -> Actor | None:
    """The one named non-state armed group of the evidence that is not a victim there, if any."""
    named = {
        s.mention.actor.name: s.mention.actor
        for s in scores
        if _is_group(s.mention)
        and s.patient < CUE_WEIGHT
        and not s.source
        and s.cue != _BACKGROUND
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _resolve(
    s: RoleScore,
    doc: Doc,
    span_start: int,
    dictionary: ActorDictionary,
    country: str | None,
    scores: Sequence[RoleScore] = (),
) -> tuple[Actor, str]:
    m = s.mention
    # "the fighters", bare "militants", and a definite "the gunmen" / "the attackers" refer back;
    # "an unidentified armed group" never does
    refers = m.kind == "armed" and (m.anaphoric or m.definite) and not _unidentified(doc.article.text, m.actor.start)
    group = _co_named(scores) if refers else None
    if group is not None:
        return replace(group, start=m.actor.start, end=m.actor.end, text=m.actor.text), (
            f"{m.actor.text!r} is {group.name}, the one armed group named in the evidence"
        )
    if refers:
        group = salient_group(doc, m.actor.start or span_start, dictionary, country, m.definite)
        if group is not None:
            return replace(group, start=m.actor.start, end=m.actor.end, text=m.actor.text), (
                f"{m.actor.text!r} refers back to {group.name}, the armed group the article names"
            )
    return m.actor, f"{m.actor.text!r} ({s.cue})"


def assign_actors(
    doc: Doc,
    spans: Sequence[tuple[int, int]],
    event_type: str,
    sub_event_type: str,
    country: str | None,
    on: date | None = None,
) -> tuple[Actor, Actor | None, str]:
    """actor1 (never None), actor2 and a reason, from the actors named in the evidence spans.

    ``on`` is the event's own day when it has one: a group's dated role is the role it had then
    (Taliban fighters in a 2019 attack recalled in 2023 are the Taliban, not the state's forces);
    without it, the day of publication."""
    dictionary = default_dictionary()
    country = _event_country(doc, dictionary, country)
    on = on or doc.article.published
    mentions = [_state_mention(m, on, dictionary) for m in _mentions_in(doc, spans, country, dictionary)]
    scores = score_roles(doc.article.text, mentions, event_type)
    start = min((s for s, _ in spans), default=0)
    a1, why1 = _actor1(doc, spans, scores, (event_type, sub_event_type), country, dictionary, (start, on))
    guessed = a1.start is None and event_type in _GUESSED_DOER_TYPES
    a1, why1 = _attributed(doc, spans, a1, why1, country, dictionary, guessed)
    a1, why1 = _against_forces(a1, why1, scores, (event_type, sub_event_type), country, _drone_wording(doc, spans))
    others = [s for s in scores if a1.start is None or s.mention.actor.start != a1.start]  # one mention, one side
    a2, why2 = _actor2(others, a1, event_type, sub_event_type, country, doc, dictionary, spans)
    a1, a2, why1, why2 = _interceptor_first(
        doc, spans, (a1, a2), (why1, why2), sub_event_type, dictionary, country
    )
    a1, why1 = _armed_state(_as_state(a1, on, dictionary), why1, event_type)
    if a2 is not None:
        a2, why2 = _as_state(a2, on, dictionary), why2
        a2, why2 = _armed_state(a2, why2, event_type) if event_type in _FOUGHT else (a2, why2)
    a1, a2 = localize(a1, country), localize(a2, country) if a2 else None
    # "Islamic State fighters" in Niger: the province ACLED codes there (branches.tsv)
    a1, a2 = branch_of(a1, country, on, doc.article.text), branch_of(a2, country, on, doc.article.text)
    assert a1 is not None
    return a1, a2, f"actor1: {why1}; actor2: {why2}"


_EXCESSIVE = "Excessive force against protesters"
_CROWD_KINDS = frozenset({"protester", "rioter"})
_DEFAULT_DOER = "no actor named as agent in the evidence: default for the event type"
_FORCES_INTER = frozenset({1, 8})  # state forces, external forces


def _drone_wording(doc: Doc, spans: Sequence[tuple[int, int]]) -> bool:
    cues = _defaults()["against_forces_cues"]
    return any(c in doc.article.text[s:e].lower() for s, e in spans for c in cues)


def _against_forces(
    a1: Actor, why1: str, scores: Sequence[RoleScore], types: tuple[str, str], country: str | None, drone: bool
) -> tuple[Actor, str]:
    """'A drone attack on a US base in Jordan killed three service members', 'an air strike hit a
    Syrian army convoy': an unattributed strike whose target is state or foreign forces is not by
    the default doer of air and drone strikes, the host state's military, when the wording is of
    drones (armed groups fly them) or the target is that very military; the doer is then an
    unidentified armed group (defaults.json ``actor1_against_forces``)."""
    if why1 != _DEFAULT_DOER or a1.inter != 1:
        return a1, why1
    hit = next((s.mention.actor for s in scores if s.mention.actor.inter in _FORCES_INTER
                and s.patient >= CUE_WEIGHT and s.patient > s.agent), None)
    if hit is None or not (drone or hit.name == a1.name):
        return a1, why1
    doer = _default_actor("actor1_against_forces", *types, country)
    if doer is None:
        return a1, why1
    return doer, f"no doer named and the target is state or foreign forces ({hit.text!r}): unidentified"


# Event types in which a government or junta named as a side fights with its forces ("the junta
# bombed", "rebels attacked the government"): ACLED codes its military, not the government.
_FOUGHT = frozenset({"Battles", "Explosions/Remote violence"})
_ARMED_ACTS = _FOUGHT | {"Violence against civilians"}
_GOVERNMENT_OF = "Government of "


def _armed_state(actor: Actor, why: str, event_type: str) -> tuple[Actor, str]:
    """'Myanmar's junta carried out air strikes': a government doing violence does it with its
    military (``Military Forces of Myanmar``); in other events it stays the government."""
    if event_type not in _ARMED_ACTS or not actor.name.startswith(_GOVERNMENT_OF):
        return actor, why
    name = "Military Forces of " + actor.name.removeprefix(_GOVERNMENT_OF)
    return replace(actor, name=name, reason=f"{actor.reason}; its armed forces did it"), f"{why}: its military"


def _state_mention(m: Mention, on: date | None, dictionary: ActorDictionary) -> Mention:
    """A mention of a group that had become the state by day ``on`` (the event's) is a
    mention of the state's forces (so it is never the other side of its own forces)."""
    if m.kind != "named":
        return m
    actor = _as_state(m.actor, on, dictionary)
    return m if actor is m.actor else replace(m, actor=actor)


def _as_state(actor: Actor, on: date | None, dictionary: ActorDictionary) -> Actor:
    """A group that had become the state's forces by day ``on`` ("Taliban fighters" in an
    event of 2022: Military Forces of Afghanistan; in one of 2019: the Taliban), else ``actor``."""
    state = dictionary.state_forces(actor.name, on, actor.text)
    if state is None:
        return actor
    return replace(state, start=actor.start, end=actor.end, text=actor.text)


def _event_country(doc: Doc, dictionary: ActorDictionary, where: str | None) -> str | None:
    """The country of the event's actors: its place's (``where``), unless the input's country
    hint disagrees with it; then the article's votes decide (sitrep.actors.stage.article_country:
    the hint, every resolved place, every country named). One place read abroad ("Gamawa" in Japan)
    does not outvote a Nigeria desk's hint; a story about elsewhere, naming it and its towns, does.
    Without a hint, the setting words of one country that the text does not contradict by naming
    another (``setting_country``: "Tiv militia attacked ... Giza", "property worth millions of
    naira" in "Lilo") outweigh a place read abroad: a setting word is never a famous place's
    homonym, a village name often is."""
    if where is None:
        return article_country(doc, dictionary)
    hinted = country_by_name(doc.article.country) if doc.article.country else None
    if hinted is None:
        setting = setting_country(doc, dictionary)
        return setting if setting is not None and not same_country(where, setting) else where
    if same_country(where, hinted.name):
        return where
    return article_country(doc, dictionary) or where


# Event types whose actor1, when no mention names it, is only a guess from the type (a drone
# strike's state forces): a named group the text blames replaces it. Not demonstrations, whose
# actor1 is always the demonstrators (``actor1_fixed`` in defaults.json).
_GUESSED_DOER_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"})


def _attributed(
    doc: Doc,
    spans: Sequence[tuple[int, int]],
    a1: Actor,
    why: str,
    country: str | None,
    dictionary: ActorDictionary,
    guessed: bool = False,
) -> tuple[Actor, str]:
    """An unidentified doer, or a ``guessed`` one (no mention: a drone strike's default state
    forces), is the named group the text says is suspected or blamed ("Boko Haram is suspected",
    "The army blamed the RSF"): ACLED codes the suspected perpetrator."""
    if not a1.name.startswith("Unidentified Armed Group") and not guessed:
        return a1, why
    group = attributed_group(doc, spans, country, dictionary)
    if group is None:
        return a1, why
    return group, f"{why}; the act is laid at {group.name}'s door ({group.text!r} suspected or blamed)"


def attributed_group(
    doc: Doc, spans: Sequence[tuple[int, int]], country: str | None, dictionary: ActorDictionary | None = None
) -> Actor | None:
    """The one named non-state group that the event's sentences, or the few after them, say is
    suspected, blamed or responsible, or None."""
    dictionary = dictionary or default_dictionary()
    if not spans:
        return None
    lo, hi = min(s for s, _ in spans), _reach(doc, max(e for _, e in spans))
    text = doc.article.text
    if not names_a_group(dictionary, text) or not _cues()["attributed_any"].search(text, lo, hi):
        return None  # most events: no word of suspicion or blame near them
    found: dict[str, Actor] = {}
    for m in _mentions_in(doc, [(lo, hi)], country, dictionary):
        a = m.actor
        if m.kind != "named" or a.inter not in (2, 3, 4) or a.start is None:
            continue
        if _attribution_cue(text, a.start, a.end or a.start):
            found.setdefault(a.name, a)
    return next(iter(found.values())) if len(found) == 1 else None


def _reach(doc: Doc, end: int) -> int:
    """The end of the ``ATTRIBUTION_SENTENCES``-th sentence after the one ending at ``end``."""
    after = [s.end for s in doc.sentences or () if s.start >= end]
    return after[min(len(after), ATTRIBUTION_SENTENCES) - 1] if after else end


def _attribution_cue(text: str, start: int, end: int) -> bool:
    before = _CLAUSE_STOP.split(text[max(0, start - CONTEXT_CHARS) : start])[-1]
    after = _CLAUSE_STOP.split(text[end : end + ATTRIBUTION_AFTER_CHARS])[0]
    cues = _cues()
    if cues["attribution_denied"].search(after):  # "blamed the PDP, though the party denies any involvement"
        return False
    return bool(cues["attributed_after"].search(after) or cues["attributed_before"].search(before))


def state_first(
    a1: Actor, a2: Actor | None, event_type: str, sub_event_type: str, roles_stated: bool = False
) -> tuple[Actor, Actor | None, str]:
    """In a battle of state forces with a non-state side ACLED lists the state forces first when
    the wording does not say who attacked whom ("fighting between troops and X", "X and soldiers
    clashed"). When it does ("militants attacked a police convoy": ``roles_stated``), actor1 follows
    the sentence, as the issue and the seed gold code it."""
    # a state's government in a deal signed abroad ("in Pretoria") reads as external to the host
    # country (inter 8): it is still the state party of the agreement
    state = _FORCES_INTER if sub_event_type == "Agreement" else frozenset({1})
    if (
        roles_stated
        or a2 is None
        or a2.inter not in state
        or a1.inter in state
        or f"{event_type}: {sub_event_type}" not in _defaults()["state_first"]
    ):
        return a1, a2, ""
    if sub_event_type == "Agreement":
        return a2, a1, "; the state listed first in an agreement"
    return a2, a1, "; state forces listed first in a battle"


def mutual_wording(doc: Doc, spans: Sequence[tuple[int, int]]) -> bool:
    """'X and soldiers clashed', 'clashes between troops and X': a fight with no attacker named."""
    cues = _cues()
    text = doc.article.text
    return any(cues["mutual_clash"].search(text, s, e) or cues["mutual_fight"].search(text, s, e) for s, e in spans)


def roles_stated(actor_reason: str) -> bool:
    """Whether the wording made actor2 the one acted upon ("militants attacked a police convoy",
    "five police officers killed"): a one-sided act, whose doer stays actor1. When only actor1's
    part is worded ("Boko Haram attacked Konduga, sparking a battle with soldiers") or both sides
    act ("... but was repelled by troops"), it is a fight of two sides, which ACLED lists state
    forces first (ACLED Nigeria: 254 of 254 battles of state forces with a non-state side)."""
    _, _, second = actor_reason.partition("; actor2:")
    return "(patient wording" in second


def _actor1(
    doc: Doc,
    spans: Sequence[tuple[int, int]],
    scores: list[RoleScore],
    types: tuple[str, str],
    country: str | None,
    dictionary: ActorDictionary,
    where: tuple[int, date | None],
) -> tuple[Actor, str]:
    (event_type, sub_event_type), (start, on) = types, where
    fixed = _default_actor("actor1_fixed", event_type, sub_event_type, country)
    militia = _militia_doer(scores) if fixed is not None and sub_event_type == "Mob violence" else None
    if militia is not None:
        return militia.mention.actor, f"{militia.mention.actor.text!r} ({militia.cue}): a militia, not a mob, did it"
    justice = _mob_justice(doc, spans, scores, country, on) if sub_event_type == "Mob violence" else None
    if justice is not None:
        return justice
    if fixed is not None:
        return fixed, f"{event_type}: the demonstrators are actor1"
    # force used on a protest: the protesters are its victims, never its doer ("after protesters
    # took to the streets, security forces opened fire")
    pool = [s for s in scores if s.mention.kind not in _CROWD_KINDS] if sub_event_type == _EXCESSIVE else scores
    end = headline_end(doc)
    best = _pick_actor1(pool, event_type, end, doc.article.text[:end])
    community = _community_doer(best, doc.article.text, country, dictionary) if best is not None else None
    community = community or (_local_militia(best, doc, country) if best is not None else None)
    if community is not None:
        return community
    if best is not None:
        return _resolve(best, doc, start, dictionary, country, scores)
    evidence = " ".join(doc.article.text[s:e] for s, e in spans)
    group = salient_group(doc, start, dictionary, country) if _refers_back(evidence) else None
    if group is not None and event_type not in ("Protests", "Riots"):
        return group, f"pronoun subject refers back to {group.name}, the article's salient armed group"
    state = _state_side(scores, event_type, sub_event_type, country)
    if state is not None:
        return state
    communal = _communal_side(doc, spans, event_type, sub_event_type, country)
    if communal is not None:
        return communal, "a fight between communities that names neither side: communal militias"
    fallback = _default_actor("actor1", event_type, sub_event_type, country)
    assert fallback is not None  # every event type has an actor1 default
    return fallback, _DEFAULT_DOER


def _state_side(
    scores: Sequence[RoleScore], event_type: str, sub_event_type: str, country: str | None
) -> tuple[Actor, str] | None:
    """The state forces of a battle that names no doer: the ones reporting it ("Military forces
    report the recapture of X"), or, when the text names only a non-state side that was hit
    ("Scores of Boko Haram fighters killed in an operation"), the country's military."""
    if event_type != "Battles":
        return None
    source = next((s.mention.actor for s in scores if s.source and s.mention.actor.inter == 1), None)
    if source is not None:
        return source, f"{source.text!r} report the battle they fought"
    hit = next((s.mention.actor for s in scores if _is_group(s.mention) and s.patient >= CUE_WEIGHT), None)
    state = _default_actor("actor1_state_side", event_type, sub_event_type, country) if hit else None
    if hit is None or state is None:
        return None
    return state, f"only the non-state side hit is named ({hit.text!r}): the state forces fought it"


def _communal_side(
    doc: Doc, spans: Sequence[tuple[int, int]], event_type: str, sub_event_type: str, country: str | None
) -> Actor | None:
    """'A communal clash over farmland', 'clashes between two communities': with no side named,
    each side is a communal militia (ACLED: "Unidentified Communal Militia (Nigeria)")."""
    if _template("communal", event_type, sub_event_type) is None:
        return None
    if not any(_cues()["communal_clash"].search(doc.article.text, s, e) for s, e in spans):
        return None
    return _default_actor("communal", event_type, sub_event_type, country)


def _militia_doer(scores: Sequence[RoleScore]) -> RoleScore | None:
    """The vigilantes or identity militia the wording makes the doer of a lynching ("A vigilante
    mob set an alleged thief alight"): ACLED codes them, not rioters."""
    return next(
        (
            s
            for s in scores
            if s.mention.kind == "militia" and s.mention.actor.inter == 4 and s.agent > s.patient and not s.source
        ),
        None,
    )


def _community_doer(
    best: RoleScore, text: str, country: str | None, dictionary: ActorDictionary
) -> tuple[Actor, str] | None:
    """'Members of the Andoni community attacked a police station': a community that attacks is
    its militia, named by the community ("Andoni Communal Militia", ACLED's form) or, when the name
    is an identity label ("the Agatu community"), by that identity; unnamed, an unidentified one."""
    m = best.mention
    if m.kind != "civilian" or m.noun not in _COMMUNITY_NOUNS or m.actor.start is None:
        return None
    if best.agent < CUE_WEIGHT or best.patient >= CUE_WEIGHT:
        return None  # "invaded the Amaogbo community, destroying property": the community was hit
    named = _COMMUNITY_NAME.search(text, max(0, m.actor.start - 40), m.actor.start)
    label = named.group(1) if named else None
    actor = dictionary.identity_militia(label, country) if label else None
    if actor is None:
        head = f"{label} Communal Militia" if label else "Unidentified Communal Militia"
        actor = Actor(f"{head} ({country})" if country else head, 4, reason="a community's militia")
    found = replace(actor, start=m.actor.start, end=m.actor.end, text=m.actor.text)
    return found, f"{m.actor.text!r} ({best.cue}): a community that attacks is its militia"


def _local_militia(best: RoleScore, doc: Doc, country: str | None) -> tuple[Actor, str] | None:
    """'Militia members from Agila attacked Ojiogu': an unnamed militia of one town or community is
    its communal militia ("Agila Communal Militia", ACLED's form); of two places ("militias of
    Share and Tsaragi") or of unnamed ones ("militias from neighbouring towns"), an unidentified
    communal militia on each side."""
    m = best.mention
    if m.kind != "militia" or m.actor.inter != 3 or m.actor.end is None:
        return None
    found = _MILITIA_OF.match(doc.article.text, m.actor.end)
    if found is None or (found.group("name") and _region(doc, found.start("name"))):
        return None
    single = found.group("name") and not found.group("other")
    head = f"{found.group('name')} Communal Militia" if single else "Unidentified Communal Militia"
    actor = Actor(f"{head} ({country})" if country else head, 4, m.actor.start, m.actor.end, m.actor.text,
                  reason="a militia of a place is its communal militia")
    return actor, f"{m.actor.text!r} ({best.cue}) {found.group().strip()}: a local communal militia"


def _region(doc: Doc, start: int) -> bool:
    """Whether the place name at ``start`` was read as more than a town ("militiamen from Darfur":
    a region's militias are no communal militia)."""
    return any(
        t.start == start and t.place is not None and t.place.feature_class not in (None, "P")
        for t in doc.toponyms or ()
    )


def _mob_justice(
    doc: Doc,
    spans: Sequence[tuple[int, int]],
    scores: Sequence[RoleScore],
    country: str | None,
    on: date | None = None,
) -> tuple[Actor, str] | None:
    """'A mob lynched a suspected thief', 'set ablaze for allegedly kidnapping a child': a crowd
    punishing a suspected offender acts as vigilantes: ACLED codes it "Vigilante Militia" (Nigeria
    notes: all 16 mobs so worded); a mob that turns on police or an armed group stays rioters.
    Only for events up to ``mob_justice_until`` (defaults.json): ACLED's 2019 codebook made mob
    violence a riot of its own, whose crowd is "Rioters" ("Residents lynched suspected gang
    members in Port-au-Prince" in 2024: Rioters (Haiti))."""
    until = _defaults().get("mob_justice_until")
    if until is not None and on is not None and on.isoformat() > until:
        return None
    armed = ("named", "militia")
    if any(s.patient >= CUE_WEIGHT and (s.mention.actor.inter == 1 or s.mention.kind in armed) for s in scores):
        return None  # "a mob attacked two policemen", "... the vigilantes": rioters against them
    if scores and scores[0].mention.actor.inter == 1 and not scores[0].source:
        return None  # "Two police officers ... were attacked by a mob": the report opens on its target
    text = doc.article.text
    cue = next((m for s, e in spans if (m := _cues()["mob_justice"].search(text, s, e))), None)
    actor = _default_actor("mob_justice", "Riots", "Mob violence", country) if cue else None
    if cue is None or actor is None:
        return None
    return actor, f"mob justice ({cue.group()!r}): a crowd punishing a suspected offender acts as vigilantes"


def _refers_back(evidence: str) -> bool:
    """A subject that refers back to a group named earlier: a pronoun opening a clause ("They
    stormed ..."), or "the group" / "they" anywhere followed by the act ("Over the weekend the group
    also took control of ...")."""
    if _PRONOUN_SUBJECT.search(evidence):
        return True
    agent_after = _cues()["agent_after"]
    return any(agent_after.search(evidence[m.end():]) for m in _BACK_REFERENCE.finditer(evidence))


def _partner(scores: list[RoleScore], actor1: Actor, event_type: str, sub_event_type: str) -> RoleScore | None:
    """In an act of two parties ("The ELN and the government signed an agreement", "ATMIS handed
    the base over to the Somali army": ``mutual_acts`` in defaults.json) the other party is actor2,
    the mention nearest actor1 that is not a source (armed, for ground handed over)."""
    if f"{event_type}: {sub_event_type}" not in _defaults().get("mutual_acts", ()) or actor1.start is None:
        return None
    cands = [s for s in scores if not s.source and s.mention.actor.name != actor1.name]
    if sub_event_type != "Agreement":  # ground handed over goes to an armed side ("to the Somali army")
        cands = [s for s in cands if s.mention.actor.inter in _ARMED_INTER]
    return min(cands, key=lambda s: abs((s.mention.actor.start or 0) - actor1.start), default=None)


def _actor2(
    scores: list[RoleScore],
    actor1: Actor,
    event_type: str,
    sub_event_type: str,
    country: str | None,
    doc: Doc,
    dictionary: ActorDictionary,
    spans: Sequence[tuple[int, int]],
) -> tuple[Actor | None, str]:
    start = min((s for s, _ in spans), default=0)
    if f"{event_type}: {sub_event_type}" in _defaults()["single_actor"]:
        return None, f"a {sub_event_type.lower()} event has one actor only"
    forces = _riot_forces(scores, (event_type, sub_event_type), actor1, doc.article.text)
    if forces is not None:
        return forces.mention.actor, f"{forces.mention.actor.text!r} ({forces.cue}): the forces facing the rioters"
    partner = _partner(scores, actor1, event_type, sub_event_type)
    if partner is not None:
        return partner.mention.actor, f"{partner.mention.actor.text!r}: the other party to the {sub_event_type.lower()}"
    owner = _weapons_owner(scores, actor1, sub_event_type, doc, dictionary, spans, country)
    if owner is not None:
        return owner
    best = _pick_actor2(scores, actor1, event_type)
    if best is not None and event_type == "Protests" and best.mention.kind == "civilian":
        best = None  # "fired at protesters ..., killing 66 people": the people are the protesters
    civilian = best is not None and best.mention.actor.inter == _CIVILIAN_INTER
    targeted = _targeted_side(scores, actor1, doc.article.text) if civilian and event_type in _REMOTE else None
    if targeted is not None:
        a = targeted.mention.actor
        return a, f"{a.text!r} (named as the strike's target): civilians harmed in a strike on an armed side"
    if best is not None:
        a2, why = _resolve(best, doc, start, dictionary, country, [x for x in scores if x is not best])
        if a2.name != actor1.name:
            return a2, why
    communal = _communal_side(doc, spans, event_type, sub_event_type, country) if actor1.inter == 4 else None
    if communal is not None:
        return communal, "the other community's militia in a communal fight"
    owners = _property_owners(doc, spans, event_type, sub_event_type, country)
    if owners is not None and owners.name != actor1.name:
        return owners, "no target named, but people's property destroyed or looted: civilians"
    fallback = _default_actor("actor2", event_type, sub_event_type, country)
    if fallback is not None and fallback.name != actor1.name:
        return fallback, "no target named in the evidence: default for the event type"
    return None, "no target named in the evidence"


_REMOTE = frozenset({"Explosions/Remote violence"})
_CIVILIAN_INTER = 7


def _targeted_side(scores: Sequence[RoleScore], actor1: Actor, text: str) -> RoleScore | None:
    """The armed side a strike is said to have targeted ("the US military said it targeted fuel
    supplies that fund the Houthis", "strikes aimed at al-Shabaab"), other than its doer."""
    for s in scores:
        a = s.mention.actor
        if a.inter not in _ARMED_INTER or a.name == actor1.name or s.source or a.start is None:
            continue
        before = _CLAUSE_STOP.split(text[max(0, a.start - CONTEXT_CHARS) : a.start])[-1]
        if _cues()["target_before"].search(before):
            return s
    return None


def _property_owners(
    doc: Doc, spans: Sequence[tuple[int, int]], event_type: str, sub_event_type: str, country: str | None
) -> Actor | None:
    """'JNIM fighters set fire to 40 fuel tankers', 'looted shops': the civilians whose homes,
    vehicles or goods were looted or destroyed, when no target is named (defaults.json
    ``civilian_property``)."""
    if _template("civilian_property", event_type, sub_event_type) is None:
        return None
    text = doc.article.text
    if not any(_cues()["civilian_property"].search(text, s, e) for s, e in spans):
        return None
    return _default_actor("civilian_property", event_type, sub_event_type, country)


def _weapons_owner(
    scores: Sequence[RoleScore],
    actor1: Actor,
    sub_event_type: str,
    doc: Doc,
    dictionary: ActorDictionary,
    spans: Sequence[tuple[int, int]],
    country: str | None,
) -> tuple[Actor, str] | None:
    """Whose weapons were shot down or seized in a disrupted weapons use: the side named on them
    ("downs Houthi drones") or as where they came from ("drones launched from Houthi-controlled
    areas"), an armed side other than the one that stopped them."""
    if sub_event_type != "Disrupted weapons use":
        return None
    text = doc.article.text
    for s in scores:
        a = s.mention.actor
        armed = a.inter in _ARMED_INTER and a.end is not None
        if armed and a.name != actor1.name and dictionary.owns_weapons_next(text, a.end):
            return a, f"{a.text!r}: the side whose weapons were stopped"
    for lo, hi in sorted(set(spans)):
        for m in dictionary.launchers(text, lo, hi, country):
            if m.actor.name != actor1.name and m.actor.inter in _ARMED_INTER:
                return m.actor, f"{m.actor.text!r}: the weapons were launched from its side"
    return None


def _interceptor_first(
    doc: Doc,
    spans: Sequence[tuple[int, int]],
    actors: tuple[Actor, Actor | None],
    whys: tuple[str, str],
    sub_event_type: str,
    dictionary: ActorDictionary,
    country: str | None,
) -> tuple[Actor, Actor | None, str, str]:
    """'Israeli air defences intercepted rockets fired by Hezbollah': in a disrupted weapons use
    the side that stopped the weapons is actor1 and the side whose weapons were stopped actor2 (as
    ACLED codes an interception: the disrupting actor acts, the launcher's attack did not happen).
    The agent of "fired by" reads as the doer: when actor1 is the weapons' owner, the two swap; with
    no stopping side named ("Saudi air defences"), the default one of the event's country stops them."""
    a1, a2 = actors
    if sub_event_type != "Disrupted weapons use" or a1.end is None:
        return a1, a2, whys[0], whys[1]
    text = doc.article.text
    launched = {m.actor.name for lo, hi in set(spans) for m in dictionary.launchers(text, lo, hi, country)}
    owner = dictionary.owns_weapons_next(text, a1.end) or a1.name in launched
    if a2 is None and owner:
        a2 = _default_actor("actor1", "Strategic developments", sub_event_type, country)
        if a2 is None or a2.name == a1.name:
            return a1, None, whys[0], whys[1]
    if not owner or a2 is None or a2.inter not in _FORCES_INTER:
        return a1, a2, whys[0], whys[1]
    why = f"{a1.text!r} owned or fired the weapons {a2.text or a2.name!r} stopped: the stopping side is actor1"
    return a2, a1, why, why


def _riot_forces(
    scores: Sequence[RoleScore], types: tuple[str, str], actor1: Actor, text: str
) -> RoleScore | None:
    """'Police opened fire on protesters who stormed parliament, killing five', 'protesters clashed
    with police': a violent demonstration that state forces act against or fight has them as its
    second actor (ACLED: Rioters vs Police Forces), not the people killed, who are among the rioters.
    A mob's victims are its second actor: police doing something else in its story ("after police
    intercepted a truck carrying the suspects") face it only when named as its opponent."""
    event_type, sub_event_type = types
    if event_type != "Riots" or actor1.inter not in (5, 6):
        return None
    acting = sub_event_type != "Mob violence"
    forces = [s for s in scores if s.mention.actor.inter == 1 and not s.source]
    acting_on = next((s for s in forces if acting and s.agent >= CUE_WEIGHT), None)
    return acting_on or next((s for s in forces if _opposed(s, text)), None)


def _opposed(s: RoleScore, text: str) -> bool:
    """'Protesters clashed with police': state forces named as the other side of the fight."""
    start = s.mention.actor.start
    if start is None:
        return False
    return _cues()["opponent_before"].search(text[max(0, start - CONTEXT_CHARS) : start]) is not None


def two_sided_clash(doc: Doc, spans: Sequence[tuple[int, int]], country: str | None) -> tuple[Actor, Actor] | None:
    """'Clashes between supporters of the APC and the PDP': two named non-state groups fighting
    each other, in the order named, or None."""
    text = " ".join(doc.article.text[s:e] for s, e in spans)
    if not _cues()["mutual_clash"].search(text):
        return None
    named: dict[str, Actor] = {}
    for m in _mentions_in(doc, spans, country, default_dictionary()):
        if m.kind == "named" and m.actor.inter in (2, 3, 4):
            named.setdefault(m.actor.name, m.actor)
    return tuple(named.values())[:2] if len(named) >= 2 else None  # type: ignore[return-value]



# Militias fighting on the state's side ("pro-government militias", "army-backed militia"): ACLED's
# "Government regains territory" is the ground retaken by government forces or their affiliates,
# so such a militia's retaking is the state side's, the militia staying its actor1.
STATE_AFFILIATE_PREFIXES = ("pro-government ", "pro-regime ", "government-backed ", "army-backed ", "state-backed ")


def state_affiliate(actor: Actor | None) -> bool:
    """Is ``actor`` an armed group written as fighting for the state ("pro-government militias")?"""
    return actor is not None and actor.inter != 1 and (actor.text or "").lower().startswith(STATE_AFFILIATE_PREFIXES)


def regaining_side(
    a1: Actor, a2: Actor | None, event_type: str, sub_event_type: str, country: str | None
) -> tuple[Actor, Actor | None, str]:
    """Ground regained is regained by state forces: a non-state actor1 there is the side that
    lost it ("regained three areas lost to Boko Haram"), and the state forces are actor1. Foreign
    state forces (inter 8) regaining ground from rebels stay actor1 ("Chadian forces overtake
    Damasak from Boko Haram": ACLED's actor1 is Chad's military)."""
    if sub_event_type != "Government regains territory" or a1.inter in (1, 8) or state_affiliate(a1):
        return a1, a2, ""
    state = a2 if a2 is not None and a2.inter == 1 else _default_actor("actor1", event_type, sub_event_type, country)
    if state is None or state.inter != 1:
        return a1, a2, ""
    return state, a1, f"; {a1.name} lost the ground, state forces regained it"
