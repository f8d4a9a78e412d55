"""The stage registry, the pipeline's order check, settings and queries."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.errors import ConfigError, PipelineError
from sitrep.pipeline import Context, Pipeline, stage
from sitrep.query import EventQuery
from sitrep.settings import Settings
from sitrep.types import Article, Doc
from sitrep.nlp.sentences import split_sentences, blank_english


@stage("test_upper_sentences", requires=("sentences",), assigns=("toponyms",))
def _make_dummy(ctx):
    def run(doc):
        return replace(doc, toponyms=())

    return run


def test_pipeline_checks_order_when_built():
    with pytest.raises(PipelineError, match="requires \\['sentences'\\]"):
        Pipeline(["test_upper_sentences"])
    p = Pipeline(["sentences", "test_upper_sentences"])
    assert p.names == ["sentences", "test_upper_sentences"]
    out = p(Doc(Article("x", "One. Two.", "h")))
    assert out.toponyms == () and len(out.sentences) == 2


def test_unknown_stage_and_unknown_field():
    with pytest.raises(PipelineError, match="no stage named 'nope'"):
        Pipeline(["nope"])
    with pytest.raises(PipelineError, match="unknown Doc fields"):
        stage("bad", requires=("article",), assigns=("colour",))


def test_stage_failure_names_article_and_stage():
    @stage("test_boom", requires=("article",), assigns=("sentences",))
    def make(ctx):
        def run(doc):
            raise ValueError("kaput")

        return run

    with pytest.raises(PipelineError, match="a1: stage 'test_boom' failed: kaput"):
        Pipeline(["test_boom"])(Doc(Article("a1", "t", "h")))


def test_services_are_injectable():
    marker = object()
    ctx = Context(services={"nlp": marker})
    assert ctx.service("nlp") is marker
    with pytest.raises(PipelineError, match="no provider"):
        Context().service("no-such-service")


def test_sentences_break_at_paragraphs_and_keep_titles_together():
    nlp = blank_english(Settings())
    text = "Headline without a stop\n\nLt. Gen. Ahmed spoke on Monday. Troops then withdrew.\n"
    sents = split_sentences(text, nlp)
    assert [s.text for s in sents] == ["Headline without a stop", "Lt. Gen. Ahmed spoke on Monday.", "Troops then withdrew."]


@given(st.text(alphabet=st.sampled_from(list("ab .?!\n-—\u2019")), max_size=200))
def test_property_sentence_offsets_slice_the_text(text):
    nlp = _NLP
    for s in split_sentences(text, nlp):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text


_NLP = blank_english(Settings())


def test_settings_layers(tmp_path):
    cfg = tmp_path / "sitrep.toml"
    cfg.write_text('[sitrep]\nworkers = 3\ndb = "a.db"\n')
    s = Settings.load(cfg, db="b.db")
    assert (s.workers, s.db) == (3, "b.db")
    with pytest.raises(ConfigError, match="unknown settings: colour"):
        Settings().replace(colour="red")
    bad = tmp_path / "bad.toml"
    bad.write_text("[sitrep\n")
    with pytest.raises(ConfigError, match="bad.toml"):
        Settings.load(bad)


def test_query_from_strings():
    q = EventQuery.from_strings(since="2014-06-01", bbox="40,30,46,37", min_fatalities="5", country="Iraq", actor="")
    assert q.since == date(2014, 6, 1) and q.bbox == (40.0, 30.0, 46.0, 37.0) and q.min_fatalities == 5
    assert q.actor is None
    with pytest.raises(ConfigError, match="since"):
        EventQuery.from_strings(since="June")
    with pytest.raises(ConfigError, match="after until"):
        EventQuery(since=date(2020, 1, 2), until=date(2020, 1, 1))
    with pytest.raises(ConfigError, match="bbox"):
        EventQuery.from_strings(bbox="1,2,3")


def test_light_imports():
    """`import sitrep` and the CLI's module must not pull in heavy libraries."""
    code = (
        "import sys, sitrep, sitrep.types, sitrep.pipeline, sitrep.cli;"
        "heavy = [m for m in ('spacy', 'sqlalchemy', 'dateparser', 'trafilatura', 'fastapi', 'dask', 'pandas', 'matplotlib', 'numpy') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_api_is_pinned():
    import sitrep
    import sitrep.types

    assert sitrep.__all__ == ["__version__", "extract", "open_store"]
    assert set(sitrep.types.__all__) >= {"Article", "Doc", "Event", "EventDraft", "Place", "SourceRef", "TimeRef"}
