"""Unchanged pages and feeds come from the previous site; the result is always the cold build's."""
import os
import time
from pathlib import Path

from conftest import build_site, write_articles
from examples import corpus
from saga.reuse import OutputReuse

ITEMS = corpus.generate(12) + [corpus.extra_article(12)]
FAST = {"SAGA_SEARCH": False}          # the search index is not ours to reuse


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}



def test_one_new_article_rebuilds_only_what_it_changes_and_gives_the_cold_site(tmp_path):
    articles, out, cache = tmp_path / "articles", tmp_path / "out", tmp_path / "cache"
    settings = {**FAST, "CACHE_PATH": cache}
    write_articles(articles, ITEMS[:-1])
    assert build_site(articles, out, settings=settings).returncode == 0
    before = {p: os.stat(out / p).st_mtime_ns for p in _files(out)}
    time.sleep(0.01)

    write_articles(articles, ITEMS)                                      # an editor adds one article
    warm = build_site(articles, out, "-v", settings=settings)
    assert warm.returncode == 0, warm.log
    cold = build_site(articles, tmp_path / "cold", "--ignore-cache",
                      settings={**FAST, "CACHE_PATH": tmp_path / "cold-cache"})
    assert cold.returncode == 0, cold.log

    assert _files(out) == _files(tmp_path / "cold")
    kept = {p for p, mtime in before.items() if (out / p).is_file() and os.stat(out / p).st_mtime_ns == mtime}
    assert "index.html" not in kept                              # lists every article: always rendered
    first = next(a["url"] for a in warm.export["articles"] if a["source"].endswith(f"{ITEMS[0].name}.txt"))
    assert first in kept                                         # untouched by the new article
    assert any(p.startswith("clubs/") for p in kept) and any(p.startswith("feeds/") for p in kept)
    assert "files reused from the last build" in warm.log


def test_a_page_edited_in_the_published_site_is_rendered_again(tmp_path):
    articles, out = tmp_path / "articles", tmp_path / "out"
    settings = {**FAST, "CACHE_PATH": tmp_path / "cache"}
    write_articles(articles, ITEMS[:4])
    first = build_site(articles, out, settings=settings)
    assert first.returncode == 0
    page = out / first.export["articles"][0]["url"]
    clean = page.read_bytes()
    page.write_bytes(clean.replace(b"</main>", b"<p>edited by hand</p></main>"))
    assert build_site(articles, out, settings=settings).returncode == 0
    assert page.read_bytes() == clean


def test_a_record_is_trusted_only_while_the_published_file_is_the_one_it_describes(tmp_path):
    published, staging = tmp_path / "site", tmp_path / "staging"
    (published / "p").mkdir(parents=True)
    settings = {"OUTPUT_PATH": str(published), "CACHE_PATH": str(tmp_path / "cache")}
    first = OutputReuse(str(published), settings)
    first.start({})
    (published / "p" / "a.html").write_text("made from k1")
    first.wrote("p/a.html", "k1")
    first.save()

    again = OutputReuse(str(staging), settings)
    again.start({})
    assert not again.take("p/a.html", "k2")                      # made from something else
    assert again.take("p/a.html", "k1")
    assert (staging / "p" / "a.html").read_text() == "made from k1"

    os.utime(published / "p" / "a.html", ns=(1, 1))            # restored from CI's cache: new times
    restored = OutputReuse(str(tmp_path / "staging1"), settings)
    restored.start({})
    assert restored.take("p/a.html", "k1")                       # same bytes: still the file it describes

    (published / "p" / "a.html").write_text("a failed build's or a hand's version")
    later = OutputReuse(str(tmp_path / "staging2"), settings)
    later.start({})
    assert not later.take("p/a.html", "k1")


def test_a_cold_build_leaves_a_record_the_next_ordinary_build_uses(tmp_path):
    articles, out = tmp_path / "articles", tmp_path / "out"
    settings = {**FAST, "CACHE_PATH": tmp_path / "cache"}
    write_articles(articles, ITEMS[:4])
    assert build_site(articles, out, "--ignore-cache", settings=settings).returncode == 0
    again = build_site(articles, out, "-v", settings=settings)
    assert again.returncode == 0
    assert " 0 files reused" not in " ".join(again.log.split())   # --ignore-cache shows nothing different
