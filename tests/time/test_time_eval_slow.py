"""Floors on the development data (../shared/data); skipped when it is absent."""

from __future__ import annotations

import pytest

from conftest import shared_path

# Measured 2026-11-21 on all 256 TBAQ documents (1,505 DATE timexes): value accuracy 0.853.
TEMPEVAL_VALUE_FLOOR = 0.84
# Gold DATE spans (not PRESENT_REF/PAST_REF/FUTURE_REF) overlapped by find_matches: 0.948.
TEMPEVAL_CALENDAR_RECALL_FLOOR = 0.93


@pytest.mark.slow
def test_tempeval_value_accuracy_floor():
    from sitrep.eval.tempeval import score_tempeval

    scores = score_tempeval(shared_path())
    assert scores["dates"] == 1505
    assert scores["value_accuracy"] >= TEMPEVAL_VALUE_FLOOR
    assert scores["detect_recall_calendar"] >= TEMPEVAL_CALENDAR_RECALL_FLOOR


@pytest.mark.slow
def test_tempeval_documents_parse_with_offsets():
    from sitrep.eval.tempeval import documents

    for doc in documents(shared_path("data", "tempeval3-tbaq"), limit=20):
        assert doc.timexes
        for tx in doc.timexes:
            assert doc.text[tx.start:tx.end] == tx.text


# GVDB dev, dates only (pipeline sentences + times; the incident sentence is the first reporting a
# shooting): exact date on 0.558 of the 172 articles with a publication date (dateline or URL).
# Lowered to 0.53 on purpose (measured 0.534 of 174): a dateline glued to a flattened page title
# is now its own line (ingest), which gains 16 GVDB cities through the full pipeline but dates
# three Fox 59 articles by their dateline's stamp, which the station wrote with last year's year.
# Raised to 0.54 (measured 0.554 of 175): a URL naming the dateline's day and month one year later
# now wins (``sitrep.time.urls.published_date``), and an MDY date ending a URL slug is read.
GVDB_DATE_PUBLISHED_FLOOR = 0.54


@pytest.mark.slow
def test_gvdb_date_floor_with_the_time_stages_only():
    from sitrep.eval.gvdb import read_items, score_items
    from sitrep.pipeline import Context, Pipeline

    items = read_items(shared_path("data", "gvdb-dev", "dev.tsv"))
    assert len(items) == 400 and sum(i.date is not None for i in items) == 400
    scores = score_items(items, Pipeline(["sentences", "times"], Context()))
    assert scores["date_published_n"] >= 150
    assert scores["date_accuracy_published"] >= GVDB_DATE_PUBLISHED_FLOOR
