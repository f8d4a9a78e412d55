"""Importing the report, export and Python API modules stays light: heavy libraries load on use."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("matplotlib", "pyarrow", "pandas", "spacy", "sqlalchemy")


def test_report_export_and_api_modules_import_no_heavy_library():
    code = (
        "import sys, sitrep.report, sitrep.report.cli, sitrep.export, sitrep.export.cli, sitrep.api_python; "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
