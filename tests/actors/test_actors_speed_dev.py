"""On real news text, the pre-checked actor scan finds exactly what the full scan finds."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import shared_path

from sitrep.actors.countries import country_by_form
from sitrep.actors.dictionary import OPEN, default_dictionary
from sitrep.actors.precheck import tokens, whole_runs
from sitrep.pipeline import Context, Pipeline
from sitrep.types import Article, Doc

ARTICLES = 150  # GVA dev articles read (about 2,700 sentences; ~1 s)


def _articles() -> list[Article]:
    path = shared_path("data", "gva-dev", "articles.jsonl")
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append(Article(rec["id"], rec.get("text") or "", rec["id"]))
            if len(out) >= ARTICLES:
                break
    return out


@pytest.mark.slow
def test_sentences_gated_by_their_article_find_the_same_mentions():
    d = default_dictionary()
    split = Pipeline(["sentences"], Context())
    seen = Counter()
    for article in _articles():
        doc = split(Doc(article))
        gate = d.article_gate(tokens(article.text))
        for s in doc.sentences or ():
            within = gate if whole_runs(article.text, s.text, s.start) else None
            fast = d._mentions(s.text, s.start, "United States", within or d.gate(tokens(s.text)))
            assert fast == d._mentions(s.text, s.start, "United States", OPEN), s.text
            seen["mentions"] += len(fast)
            seen["article gate"] += within is not None
        named = (country_by_form(m.group(1)) for m in d._country_forms.finditer(article.text))
        assert d.countries_in(article.text, tokens(article.text)) == Counter(c.name for c in named if c)
    assert seen["mentions"] > 1000 and seen["article gate"] > 2000  # the check did look at something
