"""The public names of the export, report and Python API modules are pinned: removing or renaming
one breaks users, so it must be a deliberate change here."""

from __future__ import annotations

import importlib

import pytest

PINNED = {
    "sitrep.export": ["FORMATS", "ParquetUnavailable", "format_for", "read_events", "write_events"],
    "sitrep.report": [
        "REPORT_FORMATS",
        "Chart",
        "Period",
        "Region",
        "Report",
        "Statement",
        "TypeRow",
        "area_label",
        "build_report",
        "render",
        "report_from_events",
        "resolve_period",
        "write_report",
    ],
    "sitrep.api_python": [
        "FRAME_DATE_COLUMNS",
        "as_articles",
        "events_frame",
        "extract",
        "open_store",
        "query",
        "records",
        "store_events_frame",
        "text_article",
    ],
}


@pytest.mark.parametrize("module", sorted(PINNED))
def test_public_names_are_pinned_and_importable(module):
    mod = importlib.import_module(module)
    assert sorted(mod.__all__) == sorted(PINNED[module])
    for name in mod.__all__:
        assert getattr(mod, name) is not None


def test_parquet_error_is_a_sitrep_error():
    from sitrep.errors import SitrepError
    from sitrep.export import ParquetUnavailable

    assert issubclass(ParquetUnavailable, SitrepError)
