"""Importing the ingest package stays light: heavy and optional libraries load on use."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("trafilatura", "htmldate", "numpy", "feedparser", "warcio", "lxml", "spacy")


def test_import_ingest_is_light() -> None:
    code = f"import sys, sitrep.ingest; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_interface() -> None:
    import sitrep.ingest as ingest

    assert set(ingest.__all__) >= {
        "iter_inputs",
        "article_from_text",
        "article_from_html",
        "DuplicateIndex",
        "fingerprint",
        "mark_duplicates",
    }
