"""Hostile articles (tests/hostile.py) build a site where every piece of markup they carry is text:
on every page, in every feed, in the JSON-LD blocks, the data export and the search index;
and nothing they name can write outside the output folder or take another entity's page."""
import gzip
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import hostile
import pytest
from conftest import build_site

from saga.core.slugs import SlugRegistry, slugify

# Every element our templates, the SVG timeline and CommonMark (raw HTML off) can write.
ALLOWED_TAGS = {"a", "article", "blockquote", "body", "br", "circle", "code", "dd", "div", "dl", "dt", "em",
                "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
                "html", "li", "line", "link", "main", "meta", "nav", "noscript", "ol", "p", "pre", "q", "rect",
                "script", "section", "span", "strong", "svg", "text", "time", "title", "ul"}
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.I)
EVIL_TEXT = [hostile.SCRIPT, hostile.IMG, hostile.IFRAME]


class Inert(HTMLParser):
    """Collects what a browser would run or load; fails on any element or attribute we never write."""

    def __init__(self, name: str, text: str):
        super().__init__(convert_charrefs=True)
        self.name, self.data, self.ld, self._script = name, [], [], None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        assert tag in ALLOWED_TAGS, f"{self.name}: <{tag}> is markup from an article"
        a = dict(attrs)
        for key, value in attrs:
            assert not key.startswith("on"), f"{self.name}: <{tag} {key}=...>"
            if key in ("href", "src", "action", "formaction"):
                link = re.sub(r"[\x00-\x20]", "", value or "")
                assert not BAD_SCHEME.match(link), f"{self.name}: {key}={value!r}"
        if tag == "script":
            self._script = a
            if "src" in a:
                assert a["src"].endswith("pagefind/pagefind-ui.js"), f"{self.name}: script {a['src']}"
            else:
                assert a.get("type") == "application/ld+json" or self.name.endswith("search.html"), self.name

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None and self._script.get("type") == "application/ld+json":
            assert "<" not in data, f"{self.name}: JSON-LD must escape <"
            self.ld.append(json.loads(data))
        elif self._script is None:
            self.data.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.data).split())


def pages(build):
    for f in sorted(build.output.rglob("*.html")):
        yield f, Inert(str(f.relative_to(build.output)), f.read_text(encoding="utf-8"))


def export_item(build, section: str, **match) -> dict:
    return next(x for x in build.export[section] if all(x[k] == v for k, v in match.items()))


def test_markup_in_articles_is_text_on_every_page(hostile_build):
    shown = ""
    for f, page in pages(hostile_build):
        shown += page.text
    for evil in EVIL_TEXT + ['<script>alert("title")</script>', "<b>Bad</b> Boy", "<div onclick=",
                             "javascript:alert(7)", hostile.EVIL_FILE, "../../etc/passwd United", "%2e%2e%2f City"]:
        assert evil in shown, f"{evil!r} should be shown as text somewhere"
    article = export_item(hostile_build, "articles", source="articles/evil.txt")
    text = Inert("evil", hostile_build.page(article["url"])).text
    assert hostile.SCRIPT in text and hostile.IMG in text


def test_markdown_raw_html_and_javascript_links_stay_text(hostile_build):
    article = export_item(hostile_build, "articles", source="articles/markdown.md")
    html = hostile_build.page(article["url"])
    page = Inert("markdown", html)
    assert '<div onclick="alert(6)">Raw HTML</div>' in page.text
    assert "[a javascript link](javascript:alert(7))" in page.text      # not made a link
    assert "<style>" in page.text and "<style" not in html.replace("&lt;style", "")
    assert page.ld[0]["headline"] == '<script>alert("title")</script> Bad Boy <b>moves</b>'


def test_json_ld_and_the_export_hold_markup_as_data(hostile_build):
    player = export_item(hostile_build, "entities", kind="player", name="<b>Bad</b> Boy")
    page = Inert("player", hostile_build.page(player["url"]))
    assert page.ld[0]["name"] == "<b>Bad</b> Boy"
    assert "<script>alert('attr')</script>" in page.text                 # attrs shown as text
    raw = (hostile_build.output / "data" / "extraction.json").read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw                              # written as \u003c / \u003e
    assert player["attrs"]["nationality"] == "<img src=x onerror=alert(5)>"


def test_feeds_carry_markup_as_text(hostile_build):
    atom = "{http://www.w3.org/2005/Atom}"
    feeds = sorted((hostile_build.output / "feeds").rglob("*.xml"))
    assert feeds
    titles = ""
    for f in feeds:
        root = ET.parse(f).getroot()                                      # well-formed XML
        for entry in root.iter(f"{atom}entry"):
            titles += entry.findtext(f"{atom}title") or ""
            for part in ("content", "summary"):
                html = entry.findtext(f"{atom}{part}")
                if html:                                                  # the HTML a feed reader shows
                    Inert(f"{f.name} {part}", html)
    assert '<script>alert("title")</script> Bad Boy <b>moves</b>' in titles


def test_search_index_holds_markup_as_text(hostile_build):
    fragments = sorted(hostile_build.output.glob("pagefind/*/fragment/*.pf_fragment"))
    assert fragments
    content = {}
    for f in fragments:
        raw = gzip.decompress(f.read_bytes()).decode("utf-8")
        data = json.loads(raw[raw.index("{"):])                         # after Pagefind's signature
        content[data["url"]] = data
    article = export_item(hostile_build, "articles", source="articles/evil.txt")
    indexed = content["/" + article["url"]]
    for evil in (hostile.SCRIPT, hostile.IMG):
        assert evil in indexed["content"]                                 # indexed as the words readers see
    md = content["/" + export_item(hostile_build, "articles", source="articles/markdown.md")["url"]]
    assert md["meta"]["title"] == '<script>alert("title")</script> Bad Boy <b>moves</b>'


def test_nothing_is_written_outside_the_output_folder(hostile_build):
    root = hostile_build.output.parent
    assert sorted(p.name for p in root.iterdir()) == ["articles", "entities.yaml", "out"]
    articles = root / "articles"
    assert sorted(p.name for p in articles.iterdir()) == sorted(hostile.ARTICLES)   # sources untouched
    out = hostile_build.output.resolve()
    for f in out.rglob("*"):
        rel = f.relative_to(out).as_posix()
        assert not f.is_symlink() and out in f.resolve().parents, rel
        assert re.fullmatch(r"[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*", rel), f"unsafe name: {rel}"


def test_hostile_names_get_safe_distinct_pages(hostile_build):
    ents = {e["name"]: e for e in hostile_build.export["entities"]}
    assert ents["<b>Bad</b> Boy"]["url"] == "players/b-bad-b-boy.html"
    assert ents["../../etc/passwd United"]["url"] == "clubs/etc-passwd-united.html"
    assert (ents["Sam Kerr"]["url"], ents["Sam-Kerr"]["url"]) == ("players/sam-kerr.html", "players/sam-kerr-2.html")
    names = {e["name"]: e["url"] for e in hostile_build.export["entities"]}
    assert (names["Martin Ødegård"], names["Dušan Šimić"], names["Thomas Müller"]) == (
        "players/martin-odegard.html", "players/dusan-simic.html", "players/thomas-muller.html")


def test_no_two_things_share_a_page(hostile_build, invented_build, seeds_build):
    for build in (hostile_build, invented_build, seeds_build):
        data = build.export
        urls = [e["url"] for e in data["entities"]] + [s["url"] for s in data["sagas"]]
        urls += [a["url"] for a in data["articles"] if not a["duplicate_of"]]
        assert len(urls) == len(set(urls))
        assert len({a["id"] for a in data["articles"]}) == len(data["articles"])
        for url in urls:
            assert (build.output / url).is_file(), url


def test_file_names_that_slugify_alike_keep_their_own_articles(article_folder, tmp_path):
    same = "Harry Kane signed for Bayern. "
    folder = article_folder({"x y.txt": (same + "He scored.").encode(), "x-y.txt": (same + "He was booked.").encode(),
                             "X_Y.md": (same + "Fans cheered.").encode()})
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": tmp_path / "cache"}
    cold = build_site(folder, tmp_path / "out", "--fatal", "warnings", settings=cache)
    assert cold.returncode == 0, cold.log
    first = cold.export["articles"]
    arts = {a["source"]: a for a in first}
    assert {a["id"] for a in arts.values()} == {"x-y", "x-y-2", "x-y-3"}
    assert len({a["url"] for a in arts.values()}) == 3
    assert len(list((cold.output / "articles").glob("*.html"))) == 3
    warm = build_site(folder, tmp_path / "out", "--fatal", "warnings", settings=cache)   # as CI publishes
    assert warm.returncode == 0, warm.log
    assert warm.export["articles"] == first


def test_slugs_are_readable_ascii_and_safe():
    assert [slugify(n) for n in ["Martin Ødegård", "Šimić", "Thomas Müller", "Þór Straße", "Лукаку", "Σωκράτης"]] \
        == ["martin-odegard", "simic", "thomas-muller", "thor-strasse", "lukaku", "sokrates"]
    assert [slugify(n) for n in ["../../etc/passwd United", "%2e%2e%2f City", "<b>Bad</b>", "£60m «deal»"]] \
        == ["etc-passwd-united", "2e-2e-2f-city", "b-bad-b", "60m-deal"]
    assert re.fullmatch(r"x[0-9a-f]{8}", slugify("..")) and slugify("..") != slugify("...")


def test_slug_registry_never_hands_out_a_slug_twice():
    reg = SlugRegistry()
    got = [reg.get(k, name) for k, name in [("a", "Sam Kerr"), ("b", "Sam-Kerr"), ("c", "Sam Kerr 2"),
                                            ("d", "sam kerr"), ("a", "anything")]]
    assert got == ["sam-kerr", "sam-kerr-2", "sam-kerr-2-2", "sam-kerr-3", "sam-kerr"]


def test_symlinked_article_outside_the_folder_is_read_not_followed_out(article_folder, tmp_path):
    """A link in the articles folder is read like a file; what is written still stays in the output."""
    secret = tmp_path / "secret.txt"
    secret.write_text("Harry Kane signed for Bayern. Secret text.", encoding="utf-8")
    folder = article_folder({"a.txt": b"Harry Kane signed for Bayern. Fine."})
    (folder / "link.txt").symlink_to(secret)
    build = build_site(folder, tmp_path / "out")
    assert build.returncode == 0, build.log
    for f in build.output.rglob("*"):
        assert build.output.resolve() in f.resolve().parents
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "out", "secret.txt"]
    assert Path(secret).read_text(encoding="utf-8") == "Harry Kane signed for Bayern. Secret text."


def test_two_players_whose_names_slug_alike_get_two_saga_pages(article_folder, tmp_path):
    overrides = tmp_path / "entities.yaml"
    overrides.write_text('entities:\n  - {name: "Sam Kerr", kind: player}\n'
                         '  - {name: "Sam-Kerr", kind: player, aliases: ["Samuel Kerrigan"]}\n', encoding="utf-8")
    folder = article_folder({
        "one.txt": b' date 2024-01-10 Sam Kerr signed for Chelsea from Arsenal. Sam Kerr said: "Great."',
        "two.txt": b' date 2024-01-11 Samuel Kerrigan signed for Chelsea from Leeds United. Samuel Kerrigan agreed.'})
    build = build_site(folder, tmp_path / "out", settings={"SAGA_OVERRIDES_FILE": overrides})
    assert build.returncode == 0, build.log
    sagas = build.export["sagas"]
    assert len(sagas) == 2 and len({s["url"] for s in sagas}) == 2
