"""The ``toponyms`` stage: place mentions found and resolved, as ``Doc.toponyms``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from sitrep.geo.actor_votes import actor_home_votes
from sitrep.geo.compass_divisions import compass_divisions
from sitrep.geo.conflict_zones import favoured_countries
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


# Support a dateline town's candidate gets from each other name of the article with a candidate in
# the same first-level division (half as much for the same country only), and the cap of that support.
DATELINE_SUPPORT = 1.0
DATELINE_SUPPORT_CAP = 3.0


def _dateline_country(text: str, mentions, gazetteer) -> str | None:
    """The country of the dateline's town. A dateline names a town, so its towns come before the
    divisions of its name ("LEON" is a city, not Nicaragua's department of León), and it is chosen
    with the article's other names: a candidate sharing a division or a country with them gains
    ("LEON (Reuters) - ... Salamanca ... Guanajuato" is Mexico's León)."""
    span = dateline_span(text)
    if span is None:
        return None
    for m in mentions:
        if span[0] <= m.start < span[1]:
            cands = gazetteer.candidates(m.key)
            towns = [c for c in cands if c.feature_class == "P"] or cands
            if not towns:
                return None
            told = [gazetteer.candidates(o.key) for o in mentions if o is not m and span[0] <= o.start < span[1]]
            others = _other_names(mentions, m.key, gazetteer)
            return max(towns, key=lambda c: (_named_with(c, told), prior(c, None)[0] + _dateline_support(c, others))).country_code
    return None


def _other_names(mentions, key: str, gazetteer) -> list[list]:
    """The candidates of each distinct other name of the text."""
    keys = dict.fromkeys(m.key for m in mentions if m.key != key)
    return [gazetteer.candidates(k) for k in keys]


def _named_with(c, told) -> bool:
    """Whether the dateline itself names the town's country or division ("LEON, Nicaragua")."""
    return any(p.country_code == c.country_code and p.feature_code in ("PCLI", "ADM1")
               and (p.feature_code == "PCLI" or p.admin1 == c.admin1) for cs in told for p in cs)


def _dateline_support(c, others) -> float:
    total = 0.0
    for cs in others:
        same = [p for p in cs if p.country_code == c.country_code]
        if any(p.admin1 == c.admin1 for p in same if c.admin1):
            total += DATELINE_SUPPORT
        elif same:
            total += DATELINE_SUPPORT / 2
    return min(total, DATELINE_SUPPORT_CAP)


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
    told = frozenset(demonyms)
    demonyms += register_votes(text, folded)
    demonyms += [site.cc for *_, site in sites] + actor_home_votes(text, folded) * ACTOR_HOME_VOTES
    dateline = _dateline_country(text, mentions, gazetteer)
    # "Gunmen stormed Bor", "JNIM fighters attacked Nara": a conflict report favours its countries' towns
    favoured = favoured_countries(text, folded, told) if mentions else {}
    toponyms, focus = resolve(text, mentions, gazetteer, demonyms, dateline, hints, favoured)
    found = [*toponyms, *landmark_toponyms(text, sites, gazetteer), *street_toponyms(text, streets),
             *feature_toponyms(text, features, toponyms)]
    # "a boat capsized on Lake Chad": a water body takes a country on its shore the text is about
    found = with_shore_countries(found, focus.country)
    # "the country's biggest oil refinery": needs the focus, so after resolution
    found += described_toponyms(text, gazetteer, focus.country, [(t.start, t.end) for t in found])
    # "in Kuriga, in Nigeria's Kaduna state": a name the gazetteer lacks, located by a place found
    found = located_unknowns(text, sorted(found, key=lambda t: t.start))
    # "across the North-West and South-West" of a text about Cameroon: its regions
    found = compass_divisions(text, found, focus.country, gazetteer)
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
