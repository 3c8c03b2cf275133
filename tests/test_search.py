"""The search index in shards: a build indexes again only the shards whose pages' searchable text
changed, and the result is the cold build's index, byte for byte."""
import os
import sys
from pathlib import Path

from conftest import build_site, write_articles
from examples import corpus
from saga.search import SearchIndex, searchable, shard_count, shard_of

ITEMS = corpus.generate(12) + [corpus.extra_article(12)]
SHARDS = {"SAGA_SEARCH_SHARD_PAGES": 4}          # a dozen articles' pages in several shards


def test_searchable_text_leaves_out_ignored_elements_and_scripts():
    page = (b'<main data-pagefind-body><h1>Jan Kowal</h1><script>var n = 3;</script>'
            b'<section data-pagefind-ignore="all"><h2>Articles</h2><section><p>3 articles</p></section></section>'
            b'<p>Also called: Kowal</p></main>')
    assert searchable(page) == b'<main data-pagefind-body><h1>Jan Kowal</h1><p>Also called: Kowal</p></main>'


def test_an_ignored_element_never_closed_is_kept_with_what_follows():
    page = b'<p>Kowal</p><div data-pagefind-ignore><p>12 articles</p>'
    assert searchable(page) == page


def test_the_shard_count_is_a_power_of_two_that_moves_only_when_the_site_doubles():
    assert [shard_count(n, 200, 16) for n in (0, 150, 299, 300, 1626, 2000, 2500, 100_000)] == [1, 1, 1, 2, 8, 8, 16, 16]
    assert shard_of("articles/a.html", 8) == shard_of("articles/a.html", 8) < 8



def _bundles(out: Path) -> dict[str, bytes]:
    root = out / "pagefind"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _entries(out: Path) -> dict[str, int]:
    """Each shard's entry file and its inode: a shard taken from the last site is the same file."""
    return {p.parent.name: os.stat(p).st_ino for p in (out / "pagefind").glob("*/pagefind-entry.json")}


def test_one_new_article_indexes_again_only_the_shards_it_changed_and_gives_the_cold_index(tmp_path):
    articles, out = tmp_path / "articles", tmp_path / "out"
    settings = {**SHARDS, "CACHE_PATH": tmp_path / "cache"}
    write_articles(articles, ITEMS[:-1])
    first = build_site(articles, out, settings=settings)
    assert first.returncode == 0, first.log
    before = _entries(out)
    assert len(before) > 2

    write_articles(articles, ITEMS)                                      # an editor adds one article
    warm = build_site(articles, out, "-v", settings=settings)
    assert warm.returncode == 0, warm.log
    after = _entries(out)
    kept = {shard for shard, inode in after.items() if before.get(shard) == inode}
    assert kept and len(kept) < len(after)                       # some shards reused, not all
    assert f"search: {len(after) - len(kept)} of {len(after)} shards indexed" in warm.log

    cold = build_site(articles, tmp_path / "cold", "--ignore-cache",
                      settings={**SHARDS, "CACHE_PATH": tmp_path / "cold-cache"})
    assert cold.returncode == 0, cold.log
    assert _bundles(out) == _bundles(tmp_path / "cold")
    assert (out / "search.html").read_bytes() == (tmp_path / "cold" / "search.html").read_bytes()


def test_a_shard_changed_in_the_published_site_is_indexed_again(tmp_path):
    articles, out = tmp_path / "articles", tmp_path / "out"
    settings = {**SHARDS, "CACHE_PATH": tmp_path / "cache"}
    write_articles(articles, ITEMS[:4])
    assert build_site(articles, out, settings=settings).returncode == 0
    entry = next((out / "pagefind").glob("*/pagefind-entry.json"))
    clean = entry.read_bytes()
    entry.write_bytes(clean.replace(b"{", b'{"edited": 1, ', 1))
    again = build_site(articles, out, "-v", settings=settings)
    assert again.returncode == 0, again.log
    assert entry.read_bytes() == clean
    assert "search: 1 of " in again.log


def test_the_search_page_merges_every_shard(tmp_path):
    write_articles(tmp_path / "articles", ITEMS[:4])
    build = build_site(tmp_path / "articles", tmp_path / "out", settings={**SHARDS, "CACHE_PATH": tmp_path / "c"})
    assert build.returncode == 0, build.log
    shards = sorted(p.name for p in (tmp_path / "out" / "pagefind").iterdir() if p.is_dir())
    page = build.page("search.html")
    assert f"var bundles = {shards};".replace("'", '"') in page


def test_without_search_the_search_page_says_so_and_loads_no_script(tmp_path):
    write_articles(tmp_path / "articles", ITEMS[:2])
    build = build_site(tmp_path / "articles", tmp_path / "out", settings={"SAGA_SEARCH": False,
                                                                          "CACHE_PATH": tmp_path / "c"})
    assert build.returncode == 0, build.log
    page = build.page("search.html")
    assert "no search index" in page and "pagefind-ui.js" not in page
    assert not (tmp_path / "out" / "pagefind").exists()


def test_a_shard_the_indexer_fails_on_is_a_warning_and_left_out_of_the_search_page(tmp_path, caplog):
    site = tmp_path / "site"
    (site / "players").mkdir(parents=True)
    for name in ("a", "b", "c"):
        (site / "players" / f"{name}.html").write_text(f"<main data-pagefind-body><h1>{name}</h1></main>")
    failing = [sys.executable, "-c", "import sys; print('no index today'); sys.exit(3)"]
    index = SearchIndex(str(site), published=str(site), cache_path=str(tmp_path / "cache"), command=failing)
    index.start()
    index.finish()
    assert index.bundles == [] and index.indexed == 0
    assert "search index not built" in caplog.text and "no index today" in caplog.text
    assert not list(tmp_path.glob("*.saga-work-*"))             # no scratch folder left behind
