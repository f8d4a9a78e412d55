"""The "actors" stage: every actor mention of the article, resolved with the article's country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from sitrep.actors.countries import country_by_name
from sitrep.actors.dictionary import ActorDictionary, Gate
from sitrep.actors.precheck import tokens, whole_runs
from sitrep.pipeline import Context, stage
from sitrep.types import Actor, Doc

__all__ = [
    "article_country", "article_tokens", "find_actors", "make_actors", "names_a_group", "setting_country", "span_gate",
]

# A resolved toponym counts this many times a country's name or demonym in the text: places are
# the stronger signal (calibrated on the seeds, where "U.S." is frequent but every place is in Iraq).
TOPONYM_WEIGHT = 3
# A mention of a named group tied to one country ("home" in named.json: Boko Haram, Nigeria) counts
# this many times: it gives a country to notes that name none ("Boko Haram attacks Gwoza": gunmen and
# villagers there are Nigeria's). The event's own place still decides first, and a country named
# in the text wins a tie ("Boko Haram attacked Maroua, Cameroon"). Calibrated on the ACLED Nigeria
# notes, even half (1, 3, 4 and 6 gave the same: actor1 exact +2.5 points; odd half +2.6).
NAMED_HOME_WEIGHT = 1
# The input's own country hint (``Article.country``: a feed's region, ``sitrep run --country``)
# counts this many votes: more than a handful of places abroad, less than a text that is plainly
# about elsewhere (a Nigeria desk's story from Niamey names Niger and its towns many times).
# Not tuned: on the ACLED Nigeria notes 3, 6 and 12 give the same scores (``hinted_*`` in eval acled).
HINT_WEIGHT = 6


def article_country(doc: Doc, dictionary: ActorDictionary) -> str | None:
    """The country the article is mostly about: resolved places first, then names and demonyms."""
    votes: Counter[str] = Counter()
    for t in doc.toponyms or ():
        if t.place is not None and t.place.country:
            known = country_by_name(t.place.country)  # one spelling per country: the table's
            votes[known.name if known else t.place.country] += TOPONYM_WEIGHT
    named, homes, cues = _text_votes(dictionary, doc.article.text)
    votes.update(named)
    for name, n in (homes + cues).items():
        votes[name] += NAMED_HOME_WEIGHT * n
    hinted = country_by_name(doc.article.country) if doc.article.country else None
    if hinted is not None:
        votes[hinted.name] += HINT_WEIGHT
    return votes.most_common(1)[0][0] if votes else None


def setting_country(doc: Doc, dictionary: ActorDictionary) -> str | None:
    """The country the article's setting words point to, when they agree on one and the text
    names no other: country cues ("LGA", "naira", "woreda": data/actors/country_cues.tsv) and
    identities of one country ("Tiv", "Kikuyu": identities.tsv ``home``). Not a named group's
    home: Boko Haram fights in Cameroon too. None when they disagree or are absent."""
    named, _, cues = _text_votes(dictionary, doc.article.text)
    if len(cues) != 1:
        return None
    (country,) = cues
    return country if all(name == country for name in named) else None


@lru_cache(maxsize=64)
def _text_votes(dictionary: ActorDictionary, text: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Countries named in ``text``, home countries of the groups it names, and the countries of
    its country cues ("LGA": Nigeria, data/actors/country_cues.tsv). Cached: role
    assignment and claims ask for the same article's country once per event."""
    found = article_tokens(text)
    named, homes = dictionary.country_votes(text, found)
    return named, homes, dictionary.cue_countries(text, found)


@lru_cache(maxsize=64)
def article_tokens(text: str) -> frozenset[str] | None:
    """The tokens of an article (sitrep.actors.precheck), read once for all its sentences."""
    return tokens(text)


def span_gate(dictionary: ActorDictionary, text: str, part: str, start: int) -> Gate | None:
    """The article's gate for ``part`` (a sentence, an evidence span at ``start``), or None
    when ``part`` cuts a word of the article (then it is read on its own)."""
    return _article_gate(dictionary, text) if whole_runs(text, part, start) else None


def names_a_group(dictionary: ActorDictionary, text: str) -> bool:
    """Whether the article may name a group (an alias or an identity label): when it does not,
    no "the gunmen" refers back to one and nobody is blamed by name (a cached token check)."""
    gate = _article_gate(dictionary, text)
    return gate.named_cs or gate.named_ci or gate.identity


@lru_cache(maxsize=64)
def _article_gate(dictionary: ActorDictionary, text: str) -> Gate:
    return dictionary.article_gate(article_tokens(text))


def find_actors(doc: Doc, dictionary: ActorDictionary, country: str | None = None) -> tuple[Actor, ...]:
    """All actor mentions of the doc, sentence by sentence (offsets into the article text)."""
    country = country or article_country(doc, dictionary)
    text = doc.article.text
    gate = _article_gate(dictionary, text)
    out = []
    for s in doc.sentences or ():
        within = gate if whole_runs(text, s.text, s.start) else None
        out.extend(m.actor for m in dictionary.mentions(s.text, s.start, country, within))
    return tuple(out)


@stage("actors", requires=("sentences",), assigns=("actors",))
def make_actors(ctx: Context) -> Callable[[Doc], Doc]:
    dictionary: ActorDictionary = ctx.service("actors")

    def run(doc: Doc) -> Doc:
        return replace(doc, actors=find_actors(doc, dictionary))

    return run
