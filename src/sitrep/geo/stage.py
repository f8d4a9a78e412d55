"""The ``toponyms`` stage: place mentions found and resolved, as ``Doc.toponyms``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from sitrep.geo.actor_votes import actor_home_votes
from sitrep.geo.demonyms import striking_from_afar
from sitrep.geo.detect import demonym_mentions, detect, register_votes
from sitrep.geo.resolve import Focus, prior, resolve
from sitrep.geo.features import feature_spans, feature_toponyms
from sitrep.geo.landmarks import described_toponyms, landmark_spans, landmark_toponyms
from sitrep.geo.normalize import fold
from sitrep.geo.streets import street_spans, street_toponyms
from sitrep.geo.unknown_places import located_unknowns
from sitrep.geo.waters import with_shore_countries
from sitrep.pipeline import Context, stage
from sitrep.types import Article, Doc, Sentence, Toponym

__all__ = ["geoparse", "geoparse_with_focus", "make_toponyms", "dateline_span"]

# "BAGHDAD, Iraq (CNN) —", "MOSUL (Reuters) -": capitals at the start of a line, then a source or a dash.
_DATELINE = re.compile(r"(?m)^\s*([A-Z][A-Z'.\- ]{2,}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?)\s*(?:\(|—|–|--| - )")
# Only the opening of an article carries a dateline.
DATELINE_WINDOW = 400
# Votes for the document's country of an armed group that fights in one country ("Boko Haram"): as
# many as naming the country (resolve.VOTE_COUNTRY = 2 demonym votes). A short report naming the group
# and one unknown village ("Boko Haram attacks Duhu") is about the group's country, not about the
# village's namesake abroad (ACLED Nigeria notes read blind: 'Duhu' went to China on a tie).
ACTOR_HOME_VOTES = 2


def dateline_span(text: str) -> tuple[int, int] | None:
    m = _DATELINE.search(text[:DATELINE_WINDOW])
    return (m.start(1), m.end(1)) if m else None


def _dateline_country(text: str, mentions, gazetteer) -> str | None:
    span = dateline_span(text)
    if span is None:
        return None
    for m in mentions:
        if span[0] <= m.start < span[1]:
            cands = gazetteer.candidates(m.key)
            if cands:
                return max(cands, key=lambda c: prior(c, None)[0]).country_code
    return None


def geoparse_with_focus(text: str, gazetteer, sentences: Sequence[Sentence] | None = None,
                        hints: Mapping[str, str] | None = None) -> tuple[tuple[Toponym, ...], Focus]:
    folded = fold(text)  # once for landmarks, detection and register votes (speed)
    sites = landmark_spans(text, folded)  # "Mosul Dam": the whole name, not the town inside it
    taken = [(s, e) for s, e, _ in sites]
    streets = [s for s in street_spans(text) if not _overlaps(s[0], s[1], taken)]
    features = [f for f in feature_spans(text, gazetteer) if not _overlaps(f[0], f[1], taken + streets)]
    taken += streets + [(s, e) for s, e, _ in features]
    mentions = [m for m in detect(text, gazetteer, sentences, folded) if not _overlaps(m.start, m.end, taken)]
    # a site named votes for its country, like a demonym (its town is no mention of its own), and so
    # does an armed group that fights in one country ("Boko Haram")
    # "Russian jets bombed ...": the striking side's demonym tells who attacks, not where
    demonyms = [cc for _, e, cc in demonym_mentions(text) if not striking_from_afar(text, e)]
    demonyms += register_votes(text, folded)
    demonyms += [site.cc for *_, site in sites] + actor_home_votes(text, folded) * ACTOR_HOME_VOTES
    dateline = _dateline_country(text, mentions, gazetteer)
    toponyms, focus = resolve(text, mentions, gazetteer, demonyms, dateline, hints)
    found = [*toponyms, *landmark_toponyms(text, sites, gazetteer), *street_toponyms(text, streets),
             *feature_toponyms(text, features, toponyms)]
    # "a boat capsized on Lake Chad": a water body takes a country on its shore the text is about
    found = with_shore_countries(found, focus.country)
    # "the country's biggest oil refinery": needs the focus, so after resolution
    found += described_toponyms(text, gazetteer, focus.country, [(t.start, t.end) for t in found])
    # "in Kuriga, in Nigeria's Kaduna state": a name the gazetteer lacks, located by a place found
    found = located_unknowns(text, sorted(found, key=lambda t: t.start))
    return tuple(found), focus


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def geoparse(text: str, gazetteer, sentences: Sequence[Sentence] | None = None,
             hints: Mapping[str, str] | None = None) -> tuple[Toponym, ...]:
    """Place mentions of ``text`` resolved against ``gazetteer``.

    ``hints`` may give the document's ``country`` (ISO alpha-2) and ``admin1`` when the caller knows
    them (a feed's region); they weigh heavily but do not override containment stated in the text.
    """
    return geoparse_with_focus(text, gazetteer, sentences, hints)[0]


def article_hints(article: Article) -> dict[str, str] | None:
    """What the article's metadata tells the resolver: the input's country (a feed's region) and the
    US state its page title's site name gives ("... - WTVM.com-Columbus, GA") or, failing that, its
    web address's host ("kansascity.com"), unless the input's country is another one."""
    from sitrep.geo.site import host_state, site_state

    hints = {"country": article.country} if article.country else {}
    state = site_state(article.title) or host_state(article.url)
    if state is not None and hints.get("country", "US") == "US":
        hints.update(site_country="US", site_admin1=state)
    return hints or None


@stage("toponyms", requires=("sentences",), assigns=("toponyms",))
def make_toponyms(ctx: Context) -> Callable[[Doc], Doc]:
    gazetteer = ctx.service("gazetteer")

    def run(doc: Doc) -> Doc:
        return replace(doc, toponyms=geoparse(doc.article.text, gazetteer, doc.sentences, article_hints(doc.article)))

    return run
