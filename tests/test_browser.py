"""A reader's walk through the built site in a real browser (Debian's Chromium, driven by Playwright).

Serves the seeds build on localhost, goes home -> saga -> player -> club -> back, checks the
console stays clean, runs a search, and saves screenshots at phone and desktop widths in
tests/screenshots/ (not committed) for a person to look at. Then accessibility: axe-core (from
the npm registry, `npm ci --prefix tests/browser`) on every kind of page, at both widths, in the
light and the dark colour scheme, must find nothing. Last, a search on the hostile site shows
the markup its articles carry as text and runs none of it.
"""
import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import hostile
from conftest import ROOT, build_site
import pytest

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = Path(__file__).resolve().parent / "screenshots"
AXE = Path(__file__).resolve().parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (.ci/run installs it)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site(seeds_build):
    with serve(seeds_build.output) as url:
        yield url


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


def search(page, words: str) -> None:
    page.locator(".pagefind-ui__search-input").fill(words)
    page.locator(".pagefind-ui__result").first.wait_for(timeout=10000)


def kinds_of_page(export: dict) -> dict[str, str]:
    """One URL of each kind of page the site has."""
    first = {}
    for e in export["entities"]:
        first.setdefault(e["kind"], e["url"])
    saga = export["sagas"][0]
    player = next(e["url"] for e in export["entities"] if e["id"] == saga["player"])
    return {"home": "index.html", "saga": saga["url"], "player": player, "club": first["club"],
            "person": first["person"], "article": export["articles"][0]["url"], "search": "search.html"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_axe_finds_no_accessibility_problem(site, browser, seeds_build, width, scheme):
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{AXE} is missing: .ci/run installs it with `npm ci --prefix tests/browser`")
        pytest.skip("axe-core is not installed: npm ci --prefix tests/browser")
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for kind, url in kinds_of_page(seeds_build.export).items():
        page.goto(f"{site}/{url}")
        if kind == "search":
            search(page, "Dijk")                            # the results are part of the page too
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        for v in result["violations"]:
            found[f"{kind} {v['id']}"] = [n["html"][:120] for n in v["nodes"][:3]]
    context.close()
    assert found == {}


def test_search_shows_hostile_markup_as_text(browser, hostile_build):
    with serve(hostile_build.output) as url:
        page, errors = visit(browser, 1280, 900)
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{url}/search.html")
        search(page, "onerror")
        page.wait_for_timeout(500)                          # let every result render
        shown = " ".join(page.locator(".pagefind-ui__results").all_inner_texts())
        assert hostile.IMG in shown and '<script>alert("title")</script> Bad Boy <b>moves</b>' in shown
        injected = page.locator("#search img[src='x'], #search iframe, #search script, #search b, #search div[onclick]")
        assert injected.count() == 0
        assert dialogs == [] and errors == []


def test_search_merges_the_shards_of_the_index(browser, tmp_path):
    """Pages in every shard of the search index are found from the one search page."""
    build = build_site(ROOT / "seeds", tmp_path / "out", settings={"SAGA_SEARCH_SHARD_PAGES": 2,
                                                                   "CACHE_PATH": tmp_path / "cache"})
    assert build.returncode == 0, build.log
    shards = [p for p in (build.output / "pagefind").iterdir() if p.is_dir()]
    assert len(shards) > 2
    players = [e for e in build.export["entities"] if e["kind"] == "player"]
    with serve(build.output) as url:
        page, errors = visit(browser, 1280, 900)
        page.goto(f"{url}/search.html")
        for player in players:                                  # their pages are in different shards
            search(page, player["name"])
            page.locator(f'.pagefind-ui__result-link[href$="{player["url"]}"]').wait_for(timeout=10000)
        assert errors == []
