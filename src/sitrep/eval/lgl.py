"""LGL (Lieberman et al. 2010): local US news with hand-resolved toponyms.

Scores (a predicted mention matches a gold one when their spans overlap):

- ``detection_recall``: gold mentions matched by a prediction / all gold mentions;
- ``detection_precision``: predictions matching a gold mention / all predictions (false mentions count);
- ``accuracy_161km``: among matched gold mentions with coordinates, the share resolved within 161 km;
- ``end_to_end_161km``: gold mentions with coordinates that are matched and resolved within 161 km /
  all gold mentions with coordinates;
- the same recall and end-to-end figures without the gold's adjectival mentions ("Russian", "Israeli"),
  which LGL tags but sitrep deliberately keeps apart from place mentions (``*_no_demonyms``);
- ``*_with_demonyms``: the scores of everything ``sitrep geoparse`` prints, place mentions and the
  demonym mentions it reports apart (``"kind": "demonym"``, resolved to their country).

The first four scores are those of place mentions alone, as events use them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.eval import evaluation

__all__ = ["HALVES", "GoldToponym", "LglArticle", "read_lgl", "score_articles", "score_lgl"]

WITHIN_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class LglArticle:
    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(node, tag: str) -> float | None:
    value = node.findtext(tag) if node is not None else None
    return float(value) if value not in (None, "") else None


def read_lgl(path: Path) -> Iterator[LglArticle]:
    from xml.etree import ElementTree as ET

    for art in ET.parse(path).getroot().iter("article"):
        gold = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            gold.append(GoldToponym(int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or "",
                                    _float(tag, "lat"), _float(tag, "lon")))
        yield LglArticle(art.get("docid", ""), art.findtext("text") or "", tuple(gold))


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _tally(article: LglArticle, predicted, counts: dict[str, float], demonyms) -> None:
    from sitrep.geo.build import haversine_km

    used = set()
    for g in article.toponyms:
        is_demonym = g.phrase in demonyms
        match = next((p for p in predicted if _overlap(g.start, g.end, p.start, p.end)), None)
        counts["gold"] += 1
        counts["gold_nd"] += not is_demonym
        if match is None:
            continue
        used.add(id(match))
        counts["found"] += 1
        counts["found_nd"] += not is_demonym
        if g.latitude is None:
            continue
        counts["found_coords"] += 1
        p = match.place
        ok = p is not None and p.latitude is not None and haversine_km(p.latitude, p.longitude, g.latitude, g.longitude) <= WITHIN_KM
        counts["correct"] += ok
    counts["gold_coords"] += sum(g.latitude is not None for g in article.toponyms)
    counts["gold_coords_nd"] += sum(g.latitude is not None and g.phrase not in demonyms for g in article.toponyms)
    counts["predicted"] += len(predicted)
    counts["predicted_true"] += sum(1 for p in predicted if any(_overlap(g.start, g.end, p.start, p.end) for g in article.toponyms))


_COUNTS = ("gold", "gold_nd", "found", "found_nd", "found_coords", "correct", "gold_coords", "gold_coords_nd",
           "predicted", "predicted_true")


def score_articles(articles, gazetteer) -> dict[str, float]:
    from sitrep.geo import sources
    from sitrep.geo.demonyms import demonym_toponyms
    from sitrep.geo.stage import geoparse

    places: dict[str, float] = dict.fromkeys(_COUNTS, 0.0)
    everything: dict[str, float] = dict.fromkeys(_COUNTS, 0.0)
    demonyms = sources.demonyms()
    for art in articles:
        toponyms = geoparse(art.text, gazetteer)
        _tally(art, toponyms, places, demonyms)
        _tally(art, (*toponyms, *demonym_toponyms(art.text, gazetteer, toponyms)), everything, demonyms)
    with_demonyms = _ratios(everything)
    return {**_ratios(places), **{f"{k}_with_demonyms": with_demonyms[k] for k in _WITH_DEMONYMS}}


_WITH_DEMONYMS = ("detection_recall", "detection_precision", "accuracy_161km", "end_to_end_161km")


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def _ratios(c: dict[str, float]) -> dict[str, float]:
    return {
        "detection_recall": _ratio(c["found"], c["gold"]),
        "detection_precision": _ratio(c["predicted_true"], c["predicted"]),
        "accuracy_161km": _ratio(c["correct"], c["found_coords"]),
        "end_to_end_161km": _ratio(c["correct"], c["gold_coords"]),
        "detection_recall_no_demonyms": _ratio(c["found_nd"], c["gold_nd"]),
        "end_to_end_161km_no_demonyms": _ratio(c["correct"], c["gold_coords_nd"]),
        "articles_gold_toponyms": c["gold"],
    }


# Development splits: tuning looks at the even-numbered articles (0, 2, 4, ...), the odd ones are held out.
HALVES = {"even": 0, "odd": 1}


@evaluation("lgl", needs=("data/lgl/lgl.xml",))
def score_lgl(root: Path, limit: int | None = None, half: str | None = None) -> dict[str, float]:
    """Geoparsing scores on LGL with the default gazetteer (built on first use).

    ``half`` ("even" or "odd") scores every other article, counted from the first (0) or the second (1).
    """
    from itertools import islice

    from sitrep.geo.gazetteer import default_gazetteer
    from sitrep.settings import Settings

    articles = read_lgl(Path(root) / "data" / "lgl" / "lgl.xml")
    if half is not None:
        articles = islice(articles, HALVES[half], None, 2)
    return score_articles(islice(articles, limit), default_gazetteer(Settings()))
