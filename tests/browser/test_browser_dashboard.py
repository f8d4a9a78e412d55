"""The dashboard in a real headless Chromium, served by a real uvicorn on a free localhost port.

The database holds hand-made events (several countries, one disputed) and one hostile article
whose text, title and event fields carry a script tag and an onerror attribute; when the pipeline
can run, the bundled examples are ingested too. Set SITREP_SCREENSHOTS=<dir> to keep screenshots.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.types import Article, Event, SourceRef

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,1000",
)
# How long the page may take to load its data (a few small requests on a busy 2-core machine).
WAIT_S = 30

HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned2=1">'
HOSTILE_TEXT = (
    "Kaduna, 4 May.\n"
    f"Gunmen stormed a village near Kaduna and killed nine farmers. {HOSTILE_SCRIPT} {HOSTILE_IMG}\n"
    "Residents said the attackers came on motorcycles."
)

# (article id, country, admin1, location, lat, lon, day, type, sub-type, deaths, claim status, sentence)
PLAIN = (
    ("hand-ml", "Mali", "Gao", "Gao", 16.27, -0.04, "2021-05-01", "Battles", "Armed clash", 4, "reported",
     "Soldiers and militants fought for hours outside Gao."),
    ("hand-ye", "Yemen", "Marib", "Marib", 15.46, 45.32, "2021-05-02", "Explosions/Remote violence", "Air/drone strike", 0,
     "reported", "A drone hit a fuel depot in Marib at dawn."),
    ("hand-co", "Colombia", "Valle del Cauca", "Cali", 3.45, -76.53, "2021-05-03", "Battles", "Armed clash", 3, "disputed",
     "Rebels said they killed three officers near Cali, which police denied."),
    ("hand-ua", "Ukraine", "Kharkiv", "Kharkiv", 49.99, 36.23, "2021-05-03", "Protests", "Peaceful protest", None,
     "reported", "Hundreds marched through Kharkiv against price rises."),
)


def _article(article_id: str, text: str, title: str | None = None) -> Article:
    return Article(id=article_id, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                   title=title, source="Hand Wire")


def _event(article: Article, evidence: str, **fields: object) -> Event:
    start = article.text.index(evidence)
    src = SourceRef(article.id, article.source, "javascript:alert(1)", None, evidence, start, start + len(evidence))
    base = dict(time_precision=1, inter1=None, inter2=None, geo_precision=1, geonameid=None, claimed_by=None,
                actor2=None, fatalities_low=None, fatalities_high=None)
    return Event(event_id=f"ev_{article.id}", sources=(src,), **{**base, **fields})  # type: ignore[arg-type]


def _plain_events(store) -> None:  # type: ignore[no-untyped-def]
    for aid, country, admin1, loc, lat, lon, day, etype, sub, deaths, claim, sentence in PLAIN:
        art = _article(aid, f"{loc}.\n{sentence}\nMore details were not given.")
        ev = _event(art, sentence, event_date=day, event_type=etype, sub_event_type=sub, actor1="Hand Actor",
                    country=country, admin1=admin1, location=loc, latitude=lat, longitude=lon, fatalities=deaths,
                    claim_status=claim, notes=sentence)
        store.write_article(art, None, [ev])


def _hostile_event(store) -> str:  # type: ignore[no-untyped-def]
    art = _article("hostile", HOSTILE_TEXT, title=f"Attack {HOSTILE_SCRIPT}")
    evidence = f"Gunmen stormed a village near Kaduna and killed nine farmers. {HOSTILE_SCRIPT} {HOSTILE_IMG}"
    ev = _event(art, evidence, event_date="2021-05-04", event_type="Violence against civilians", sub_event_type="Attack",
                actor1=f"Gunmen {HOSTILE_IMG}", country="Nigeria", admin1="Kaduna", location=f"Kaduna {HOSTILE_SCRIPT}",
                latitude=10.52, longitude=7.44, fatalities=9, claim_status="reported", notes=f"Nine killed. {HOSTILE_IMG}")
    store.write_article(art, None, [ev])
    return ev.event_id


def _examples(store) -> int:  # type: ignore[no-untyped-def]
    """Ingest the bundled examples with the real pipeline; the events it stored (0 without examples)."""
    from sitrep.runner import run
    from sitrep.settings import Settings

    examples = Path(__file__).resolve().parents[2] / "examples"
    if not examples.is_dir():
        return 0
    before = store.count_events()
    summary = run([str(examples)], store, Settings(workers=1))
    assert summary.ok, [str(e) for e in summary.errors]
    made = store.count_events() - before
    assert made > 0, "the pipeline found no event in the bundled examples"
    return made


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, int]]:
    from sitrep.api.app import create_app
    from sitrep.api.server import BackgroundServer
    from sitrep.api.settings import ApiSettings
    from sitrep.store import open_store

    store = open_store(tmp_path_factory.mktemp("web") / "web.db")
    from_examples = _examples(store)
    _plain_events(store)
    hostile = _hostile_event(store)
    with BackgroundServer(create_app(store, ApiSettings())) as url:
        yield url, hostile, from_examples
    store.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip(f"headless chromium not installed ({CHROMIUM}, {CHROMEDRIVER}): apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    yield driver
    driver.quit()


def _wait(driver, css: str, n: int = 1):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_S).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, css)) >= n)
    return driver.find_elements(By.CSS_SELECTOR, css)


def _shot(driver, tmp_path: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.png"
    driver.save_screenshot(str(path))
    keep = os.environ.get("SITREP_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return path


def _severe_logs(driver) -> list[str]:  # type: ignore[no-untyped-def]
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_dashboard_shows_markers_timeline_and_table(served, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, _hostile, from_examples = served
    browser.get(url + "/")
    _wait(browser, "body[data-ready='1']")
    markers = _wait(browser, "#map circle.marker", len(PLAIN) + 1)
    assert len(markers) >= len(PLAIN) + 1 + (1 if from_examples else 0)
    assert len(browser.find_elements("css selector", "#map path.country")) > 150  # the offline basemap
    assert browser.find_elements("css selector", "#timeline rect.bar")
    assert browser.find_elements("css selector", "#map circle.marker.contested.claim-disputed")
    rows = browser.find_elements("css selector", "#events tbody tr")
    assert len(rows) >= len(PLAIN) + 1
    assert browser.find_elements("css selector", "#events tbody tr.contested .claim.contested")
    assert "events" in browser.find_element("css selector", "#summary").text
    assert _shot(browser, tmp_path, "dashboard").stat().st_size > 10_000
    assert _severe_logs(browser) == []


def test_filters_in_the_url_drive_map_and_table(served, browser) -> None:  # type: ignore[no-untyped-def]
    url, _hostile, _n = served
    browser.get(url + "/#/?country=Colombia")
    _wait(browser, "body[data-ready='1']")
    _wait(browser, "#events tbody tr")
    rows = browser.find_elements("css selector", "#events tbody tr")
    assert [r.get_attribute("data-event-id") for r in rows] == ["ev_hand-co"]
    assert len(browser.find_elements("css selector", "#map circle.marker")) == 1
    assert browser.find_element("css selector", "#filters input[name='country']").get_attribute("value") == "Colombia"
    browser.find_element("css selector", "#use-view").click()  # the map's view becomes the bbox filter
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT_S).until(lambda d: "bbox=" in d.current_url)
    _wait(browser, "#events tbody tr")
    w, s, e, n = (float(x) for x in browser.find_element("css selector", "#filters input[name='bbox']").get_attribute("value").split(","))
    assert w < -76.53 < e and s < 3.45 < n  # Cali is inside the box
    assert [r.get_attribute("data-event-id") for r in browser.find_elements("css selector", "#events tbody tr")] == ["ev_hand-co"]


def test_event_page_highlights_evidence_and_keeps_hostile_text_inert(served, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, hostile, _n = served
    browser.get(url + "/")
    _wait(browser, "body[data-ready='1']")
    link = _wait(browser, f"#events tbody tr[data-event-id='{hostile}'] a.open-event")[0]
    link.click()
    marks = _wait(browser, "#event-page mark.evidence")
    assert HOSTILE_SCRIPT in marks[0].text and "onerror=" in marks[0].text  # shown as text
    assert "stormed a village" in marks[0].text
    page = browser.find_element("css selector", "#event-page")
    assert HOSTILE_SCRIPT in page.find_element("css selector", ".event-title").text  # the location, as text
    assert browser.execute_script("return window.__pwned === undefined && window.__pwned2 === undefined")
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.execute_script("return document.querySelectorAll('#event-page script').length") == 0
    assert page.find_elements("css selector", ".bad-url")  # the javascript: URL is not a link
    assert not page.find_elements("css selector", "a[href^='javascript']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", marks[0])
    _shot(browser, tmp_path, "event")
    assert _severe_logs(browser) == []


def test_disputed_event_page_is_marked(served, browser) -> None:  # type: ignore[no-untyped-def]
    url, _hostile, _n = served
    browser.get(url + "/#/event/ev_hand-co")
    note = _wait(browser, "#event-page .claim-note.contested")[0]
    assert "Disputed" in note.text
    assert browser.find_element("css selector", "#event-page .event-title .claim").text.lower() == "disputed"
    assert browser.find_elements("css selector", "#event-page mark.evidence")


def test_marker_opens_its_event_and_timeline_bar_filters_by_date(served, browser) -> None:  # type: ignore[no-untyped-def]
    url, _hostile, _n = served
    browser.get(url + "/#/?country=Mali")
    _wait(browser, "body[data-ready='1']")
    marker = _wait(browser, "#map circle.marker")[0]
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker)
    title = _wait(browser, "#event-page .event-title")[0]
    assert "Armed clash" in title.text and "Gao" in title.text
    browser.get(url + "/#/?country=Ukraine")
    _wait(browser, "body[data-ready='1']")
    bar = _wait(browser, "#timeline g.day")[0]
    day = bar.get_attribute("data-day")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bar)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT_S).until(lambda d: f"since={day}" in d.current_url)
    _wait(browser, "body[data-ready='1']")
    assert browser.find_element("css selector", "#filters input[name='since']").get_attribute("value") == day
    assert browser.find_element("css selector", "#filters input[name='until']").get_attribute("value") >= day


def test_api_reference_page_renders_offline(served, browser) -> None:  # type: ignore[no-untyped-def]
    url, _hostile, _n = served
    browser.get(url + "/api/docs")
    _wait(browser, "body[data-ready='1']")
    ops = browser.find_elements("css selector", "#reference section.operation h3")
    names = {o.text for o in ops}
    assert {"GET /api/events", "POST /api/articles", "POST /api/geoparse"} <= names
    assert _severe_logs(browser) == []


# A 1x1 transparent PNG, served for every tile request by a stand-in tile server.
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def test_optional_tiles_load_from_the_configured_server(tmp_path_factory, browser) -> None:  # type: ignore[no-untyped-def]
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from sitrep.api.app import create_app
    from sitrep.api.server import BackgroundServer
    from sitrep.api.settings import ApiSettings
    from sitrep.store import open_store

    seen: list[str] = []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG_1PX)

        def log_message(self, *args: object) -> None:
            pass

    tiles = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=tiles.serve_forever, daemon=True).start()
    store = open_store(tmp_path_factory.mktemp("tiles") / "t.db")
    _plain_events(store)
    tile_url = f"http://127.0.0.1:{tiles.server_port}/{{z}}/{{x}}/{{y}}.png"
    try:
        with BackgroundServer(create_app(store, ApiSettings(tile_url=tile_url))) as url:
            browser.get(url + "/")
            _wait(browser, "body[data-ready='1']")
            images = _wait(browser, "#map .layer-tiles image")
            assert images[0].get_attribute("href").startswith(f"http://127.0.0.1:{tiles.server_port}/")
            from selenium.webdriver.support.ui import WebDriverWait

            WebDriverWait(browser, WAIT_S).until(lambda _d: seen)
            assert all(p.endswith(".png") for p in seen)
            assert _severe_logs(browser) == []
    finally:
        tiles.shutdown()
        store.close()


def test_a_bad_filter_shows_the_api_message(served, browser) -> None:  # type: ignore[no-untyped-def]
    url, _hostile, _n = served
    browser.get(url + "/#/?since=2021-13-45")
    _wait(browser, "body[data-ready='1']")
    problem = _wait(browser, "#problem:not([hidden])")[0]
    assert "since" in problem.text and problem.text.startswith("Error:")
