"""The "actors" stage: every actor mention of the article, resolved with the article's country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from sitrep.actors.countries import country_by_name
from sitrep.actors.dictionary import ActorDictionary
from sitrep.pipeline import Context, stage
from sitrep.types import Actor, Doc

__all__ = ["article_country", "find_actors", "make_actors"]

# A resolved toponym counts this many times a country's name or demonym in the text: places are
# the stronger signal (calibrated on the seeds, where "U.S." is frequent but every place is in Iraq).
TOPONYM_WEIGHT = 3
# A mention of a named group tied to one country ("home" in named.json: Boko Haram, Nigeria) counts
# this many times: it gives a country to notes that name none ("Boko Haram attacks Gwoza": gunmen and
# villagers there are Nigeria's). The event's own place still decides first, and a country named
# in the text wins a tie ("Boko Haram attacked Maroua, Cameroon"). Calibrated on the ACLED Nigeria
# notes, even half (1, 3, 4 and 6 gave the same: actor1 exact +2.5 points; odd half +2.6).
NAMED_HOME_WEIGHT = 1


def article_country(doc: Doc, dictionary: ActorDictionary) -> str | None:
    """The country the article is mostly about: resolved places first, then names and demonyms."""
    votes: Counter[str] = Counter()
    for t in doc.toponyms or ():
        if t.place is not None and t.place.country:
            known = country_by_name(t.place.country)  # one spelling per country: the table's
            votes[known.name if known else t.place.country] += TOPONYM_WEIGHT
    votes.update(_countries_in(dictionary, doc.article.text))
    for name, n in _homes_in(dictionary, doc.article.text).items():
        votes[name] += NAMED_HOME_WEIGHT * n
    return votes.most_common(1)[0][0] if votes else None


@lru_cache(maxsize=64)
def _countries_in(dictionary: ActorDictionary, text: str) -> Counter[str]:
    """Cached: role assignment and claims ask for the same article's country once per event."""
    return dictionary.countries_in(text)


@lru_cache(maxsize=64)
def _homes_in(dictionary: ActorDictionary, text: str) -> Counter[str]:
    return dictionary.home_countries(text)


def find_actors(doc: Doc, dictionary: ActorDictionary, country: str | None = None) -> tuple[Actor, ...]:
    """All actor mentions of the doc, sentence by sentence (offsets into the article text)."""
    country = country or article_country(doc, dictionary)
    out = []
    for s in doc.sentences or ():
        out.extend(dictionary.find(s.text, s.start, country))
    return tuple(out)


@stage("actors", requires=("sentences",), assigns=("actors",))
def make_actors(ctx: Context) -> Callable[[Doc], Doc]:
    dictionary: ActorDictionary = ctx.service("actors")

    def run(doc: Doc) -> Doc:
        return replace(doc, actors=find_actors(doc, dictionary))

    return run
