"""A reader's walk through the built site in a real browser (Debian's Chromium, driven by Playwright).

Serves the seeds build on localhost, goes home -> saga -> player -> club -> back, checks the
console stays clean, runs a search, and saves screenshots at phone and desktop widths in
tests/screenshots/ (not committed) for a person to look at.
"""
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(__file__).resolve().parent / "screenshots"
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (.ci/run installs it)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(seeds_build):
    handler = functools.partial(QuietHandler, directory=str(seeds_build.output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def visit(browser, width: int, height: int):
    page = browser.new_page(viewport={"width": width, "height": height})
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page, errors


@pytest.mark.parametrize("name, width, height", [("phone", 390, 844), ("desktop", 1280, 900)])
def test_walk_home_saga_player_club_and_back(site, browser, name, width, height):
    SHOTS.mkdir(exist_ok=True)
    page, errors = visit(browser, width, height)
    page.goto(f"{site}/index.html")
    page.screenshot(path=SHOTS / f"{name}-home.png", full_page=True)
    page.locator(".saga-card a.saga-title").first.click()
    assert "saga" in page.locator(".kind").first.inner_text().lower()
    page.screenshot(path=SHOTS / f"{name}-saga.png", full_page=True)
    saga_url = page.url
    page.locator(".summary dd a").first.click()                 # the player
    assert page.locator(".kind").first.inner_text().lower().startswith("player")
    page.screenshot(path=SHOTS / f"{name}-player.png", full_page=True)
    page.locator("#h-clubs + ul a").first.click()               # one of his clubs
    assert page.locator(".kind").first.inner_text().lower().startswith("club")
    page.screenshot(path=SHOTS / f"{name}-club.png", full_page=True)
    page.locator(".saga-card a.saga-title").first.click()       # back to the saga
    assert page.url == saga_url
    page.locator(".article-list a").first.click()               # a source article
    page.screenshot(path=SHOTS / f"{name}-article.png", full_page=True)
    assert errors == []


def test_search_finds_a_player(site, browser, seeds_build):
    player = next(e for e in seeds_build.export["entities"] if e["kind"] == "player")
    page, errors = visit(browser, 1280, 900)
    page.goto(f"{site}/search.html")
    page.locator(".pagefind-ui__search-input").fill(player["name"].split()[-1])
    page.locator(".pagefind-ui__result").first.wait_for(timeout=10000)
    assert page.locator(".pagefind-ui__result").count() >= 1
    page.screenshot(path=SHOTS / "desktop-search.png", full_page=True)
    assert errors == []
