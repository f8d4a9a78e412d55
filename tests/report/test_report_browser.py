"""The HTML report renders in headless Chromium: text, table and the inline charts show."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from report_samples import build_store

from sitrep.report import build_report, write_report

pytestmark = pytest.mark.browser

# Chromium's first start in a fresh profile takes a few seconds; a hung browser fails the test.
BROWSER_TIMEOUT_S = 120
# The Battles bars and map markers are drawn in #D55E00; a screenshot of the rendered charts holds
# thousands of such pixels, a page whose images failed to decode holds none.
BATTLES_RGB = (0xD5, 0x5E, 0x00)
MIN_CHART_PIXELS = 500


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless chromium is not installed (Debian: apt-get install chromium)")


def _screenshot(html_path, png_path, profile) -> None:
    cmd = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        f"--screenshot={png_path}",
        "--window-size=1200,2000",
        html_path.resolve().as_uri(),
    ]
    subprocess.run(cmd, capture_output=True, timeout=BROWSER_TIMEOUT_S, check=False)


def test_html_report_renders_in_chromium(tmp_path):
    store = build_store(tmp_path / "events.db")
    report = build_report(store, date(2024, 3, 11), date(2024, 3, 17))
    store.close()
    html = tmp_path / "report.html"
    write_report(report, "html", html)
    png = tmp_path / "shot.png"
    _screenshot(html, png, tmp_path / "profile")
    assert png.exists() and png.stat().st_size > 10_000

    from PIL import Image

    img = Image.open(png).convert("RGB")
    assert img.size == (1200, 2000)
    colors = img.getcolors(maxcolors=1 << 20)
    assert colors is not None and len(colors) > 200  # text, table and charts, not a blank page
    near = sum(n for n, rgb in colors if all(abs(a - b) <= 12 for a, b in zip(rgb, BATTLES_RGB, strict=True)))
    assert near >= MIN_CHART_PIXELS
