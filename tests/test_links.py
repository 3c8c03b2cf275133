"""Every internal link of a built site resolves: each href and src of every page, each link of
every feed (entries' HTML included, resolved against the feed's own address as a feed reader
does), the sitemap and the search index; and each #fragment names an id on its page.

Sites: the seeds, invented articles, the hostile folder, and the seeds published under an
absolute SITEURL in a sub-folder (as CI deploys them)."""
import gzip
import json
import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT, build_site

SITEURL = "https://example.org/saga"
ATOM = "{http://www.w3.org/2005/Atom}"


class Refs(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.links, self.ids = [], set()
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v is not None:
                self.links.append(v)
            elif k == "id" and v:
                self.ids.add(v)


class Site:
    """Resolves links against a built output folder; collects what does not resolve."""

    def __init__(self, output: Path, siteurl: str = ""):
        self.out, self.siteurl, self.broken, self.checked = output.resolve(), siteurl, [], 0
        self._ids: dict[Path, set[str]] = {}

    def ids(self, page: Path) -> set[str]:
        if page not in self._ids:
            self._ids[page] = Refs(page.read_text(encoding="utf-8")).ids if page.suffix == ".html" else set()
        return self._ids[page]

    def check(self, where: Path, link: str, base: str | None = None) -> None:
        """`link` found in `where`; relative links resolve against `base` (a site path), else `where`."""
        if self.siteurl and link.startswith(self.siteurl + "/"):
            link = "/" + link[len(self.siteurl) + 1:]
        elif urlsplit(link).scheme or link.startswith("//"):
            return                                          # another site: not ours to check
        path, _, frag = link.partition("#")
        self.checked += 1
        if not path:
            target = where
        elif path.startswith("/"):
            target = self.out / unquote(path).lstrip("/")
        else:
            here = posixpath.dirname(base) if base is not None else where.parent.relative_to(self.out).as_posix()
            target = self.out / posixpath.normpath(posixpath.join(here, unquote(path)))
        target = target.resolve()
        if target.is_dir():                                 # "/" and "folder/" are served as index.html
            target = target / "index.html"
        name = where.relative_to(self.out)
        if self.out not in target.parents and target != self.out:
            self.broken.append(f"{name}: {link} leaves the site")
        elif not target.is_file():
            self.broken.append(f"{name}: {link} -> missing {target}")
        elif frag and frag not in self.ids(target):
            self.broken.append(f"{name}: {link} -> no id {frag!r}")

    def crawl(self) -> "Site":
        for page in sorted(self.out.rglob("*.html")):
            for link in Refs(page.read_text(encoding="utf-8")).links:
                self.check(page, link)
        for feed in sorted((self.out / "feeds").rglob("*.xml")):
            root = ET.parse(feed).getroot()
            for el in root.iter(f"{ATOM}link"):
                self.check(feed, el.get("href"))
            for entry in root.iter(f"{ATOM}entry"):
                for part in ("content", "summary"):
                    for link in Refs(entry.findtext(f"{ATOM}{part}") or "").links:
                        self.check(feed, link)
        sitemap = self.out / "sitemap.xml"
        for loc in ET.parse(sitemap).getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"):
            self.check(sitemap, loc.text)
        for frag in sorted(self.out.glob("pagefind/*/fragment/*.pf_fragment")):
            raw = gzip.decompress(frag.read_bytes()).decode("utf-8")
            self.check(frag, json.loads(raw[raw.index("{"):])["url"])     # search results link here
        return self


def assert_links_resolve(output: Path, siteurl: str = "") -> None:
    site = Site(output, siteurl).crawl()
    assert site.broken == []
    assert site.checked > 50


def test_seeds_site_links_resolve(seeds_build):
    assert_links_resolve(seeds_build.output)


def test_invented_articles_site_links_resolve(invented_build):
    assert_links_resolve(invented_build.output)


def test_hostile_site_links_resolve(hostile_build):
    assert_links_resolve(hostile_build.output)


def test_published_site_links_resolve(tmp_path):
    build = build_site(ROOT / "seeds", tmp_path / "out", settings={"SITEURL": SITEURL})
    assert build.returncode == 0, build.log
    assert_links_resolve(build.output, SITEURL)
    home = build.page("index.html")
    assert f'<link rel="canonical" href="{SITEURL}/index.html">' in home


@pytest.mark.parametrize("link, ok", [("players/x.html", True), ("players/x.html#a", True), ("#a", True),
                                      ("players/y.html", False), ("players/x.html#nope", False),
                                      ("../../etc/passwd", False), ("https://elsewhere.example/", True)])
def test_the_checker_itself(tmp_path, link, ok):
    (tmp_path / "players").mkdir()
    (tmp_path / "players" / "x.html").write_text('<p id="a">x</p>', encoding="utf-8")
    (tmp_path / "index.html").write_text('<p id="a">x</p>', encoding="utf-8")
    site = Site(tmp_path)
    site.check(tmp_path / "index.html", link)
    assert (site.broken == []) == ok


def test_search_results_are_the_pages_themselves_not_the_lists_of_them(seeds_build):
    """Every article, saga and entity page is in the search index; the home page (which lists all
    their titles) and the search page are not, so they never stand first in a reader's results."""
    urls = set()
    for frag in seeds_build.output.glob("pagefind/*/fragment/*.pf_fragment"):
        raw = gzip.decompress(frag.read_bytes()).decode("utf-8")
        urls.add(json.loads(raw[raw.index("{"):])["url"].lstrip("/"))
    export = seeds_build.export
    pages = {a["url"] for a in export["articles"] if a.get("url")} | {s["url"] for s in export["sagas"]} | \
        {e["url"] for e in export["entities"]}
    assert pages <= urls
    assert not urls & {"", "index.html", "search.html"}
