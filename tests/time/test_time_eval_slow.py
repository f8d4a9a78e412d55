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


@pytest.mark.slow
def test_gvdb_harness_runs_and_reads_gold():
    from sitrep.eval.gvdb import read_items, score_gvdb

    items = read_items(shared_path("data", "gvdb-dev", "dev.tsv"), limit=30)
    assert len(items) == 30 and sum(i.date is not None for i in items) >= 25
    scores = score_gvdb(shared_path(), limit=30)
    assert 0.0 <= scores["date_accuracy"] <= 1.0
    assert scores["date_n"] >= 25
