"""The dashboard: static page, script and styles in ``static/``, and the offline basemap."""

from __future__ import annotations

from pathlib import Path

__all__ = ["STATIC_DIR"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
