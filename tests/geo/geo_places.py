"""Places and documents built by hand for the geo tests (shared by test_geo_speed_*.py and the
event-place tests)."""

from __future__ import annotations

import re

from sitrep.types import Article, Doc, Place, Sentence, Toponym


def hand_place(name, lat, lon, cc, admin1, fcode="PPL", pop=5000) -> Place:
    fclass = "A" if fcode in ("ADM1", "ADM2", "PCLI") else "P"
    return Place(name, lat, lon, {"US": "United States", "FR": "France"}[cc], cc, admin1, None, fclass, fcode, pop)


def named_doc(text: str, named: dict[str, object]) -> Doc:
    """A document whose toponyms are every occurrence of the names in ``named``, placed as given;
    sentences end at a full stop or a line break."""
    tops = sorted((Toponym(m.start(), m.end(), name, place, "hand", 0.99)
                   for name, place in named.items() for m in re.finditer(re.escape(name), text)),
                  key=lambda t: t.start)
    sents = tuple(Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.\n]+\.?", text)
                  if m.group().strip())
    return Doc(Article("t", text, "h"), sentences=sents, toponyms=tuple(tops))


def sentence_of(doc: Doc, needle: str) -> list[tuple[int, int]]:
    """The span of the sentence holding ``needle``, as event_place takes it."""
    i = doc.article.text.index(needle)
    s = next(s for s in doc.sentences if s.start <= i < s.end)
    return [(s.start, s.end)]
