"""The published site over the seeds: sagas, cross-linked entity pages, feeds, escaping."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from conftest import ROOT, build_site


class Page(HTMLParser):
    def __init__(self, text: str):
        super().__init__()
        self.hrefs, self.scripts, self._in_ld = [], [], False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.scripts.append(json.loads(data))
            self._in_ld = False


def resolve(page: Path, href: str) -> Path:
    return (page.parent / href.split("#")[0]).resolve()


def test_every_entity_has_a_page_and_sagas_exist(seeds_build):
    data = seeds_build.export
    assert data["entities"] and data["sagas"]
    for e in data["entities"]:
        html = seeds_build.page(e["url"])
        assert e["name"].replace("'", "&#39;") in html or e["name"] in html


def test_player_pages_link_to_their_saga_clubs_and_clubs_link_back(seeds_build):
    data = seeds_build.export
    ents = {e["id"]: e for e in data["entities"]}
    out = seeds_build.output
    for saga in data["sagas"]:
        player = out / ents[saga["player"]]["url"]
        targets = {resolve(player, h) for h in Page(player.read_text()).hrefs}
        for club in filter(None, [saga["from_club"], saga["to_club"], *saga["linked_clubs"]]):
            club_page = out / ents[club]["url"]
            assert club_page.resolve() in targets, (saga["player"], club)
            back = {resolve(club_page, h) for h in Page(club_page.read_text()).hrefs}
            assert (out / saga["url"]).resolve() in back or player.resolve() in back


def test_saga_page_has_summary_timeline_and_sources(seeds_build):
    data = seeds_build.export
    for saga in data["sagas"]:
        html = seeds_build.page(saga["url"])
        assert 'class="summary"' in html and "Source articles" in html
        dated = [ev for ev in data["events"] if ev["date"] and saga["player"] in ev["entities"]]
        if dated:
            assert "<svg" in html and html.count('<a href="#event-') >= len(dated)
        for art in saga["articles"]:
            url = next(a["url"] for a in data["articles"] if a["id"] == art)
            assert url in html


def test_feeds_and_structured_data(seeds_build):
    data = seeds_build.export
    for saga in data["sagas"]:
        html = seeds_build.page(saga["url"])
        feed = re.search(r'type="application/atom\+xml"[^>]*href="([^"]+)"', html).group(1)
        assert (seeds_build.output / saga["url"]).parent.joinpath(feed).resolve().exists()
    art = data["articles"][0]
    [ld] = Page(seeds_build.page(art["url"])).scripts
    assert ld["@type"] == "NewsArticle" and ld["headline"] == art["title"]
    assert (seeds_build.output / "sitemap.xml").exists()


def test_article_text_is_never_markup(article_folder, tmp_path):
    evil = (b" date 2024-01-10 Tomas Brandt <script>alert(1)</script> wants to leave Northbridge Rovers, "
            b"the 24-year-old said. <img src=x onerror=alert(2)> \"I want to go <iframe src=\\\"javascript:alert(3)\\\">,\" "
            b"Brandt said.\n\nBrandt is a striker. Northbridge Rovers rejected a bid.")
    build = build_site(article_folder({"evil.txt": evil}), tmp_path / "out")
    assert build.returncode == 0, build.log
    for f in build.output.rglob("*"):
        if f.suffix in (".html", ".xml", ".json"):
            text = f.read_text(encoding="utf-8")
            for bad in ("<script>alert", "<img src=x", "<iframe"):
                assert bad not in text, (f, bad)


def test_a_feed_keeps_only_the_newest_articles(tmp_path):
    build = build_site(ROOT / "seeds", tmp_path / "out", settings={"SAGA_FEED_MAX_ITEMS": 1})
    assert build.returncode == 0, build.log
    data = build.export
    [saga] = data["sagas"]
    dates = sorted(a["date"] for a in data["articles"] if a["id"] in saga["articles"] and a["date"])
    feed = (build.output / "feeds" / saga["url"].replace(".html", ".atom.xml")).read_text(encoding="utf-8")
    assert feed.count("<entry>") == 1
    assert f"<published>{dates[-1]}" in feed
