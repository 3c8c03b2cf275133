"""Incremental extraction: a build that reuses the cache of the previous one gives the corpus a
cold build gives, whether articles are added, removed or changed in between, and reads again
only what changed."""
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from saga.core.articles import parse_article
from saga.core.cache import ExtractionCache
from saga.core.export import dumps, to_export
from saga.core.pipeline import extract

sys.path.insert(0, str(Path(__file__).parent / "bench"))
import corpus  # noqa: E402

ITEMS = corpus.generate(40) + [corpus.extra_article(40)]


def _articles(items) -> list:
    return [parse_article(item.text.encode(), f"{item.name}.txt").article for item in items]


def _export(arts, cache=None) -> str:
    return dumps(to_export(extract(arts, cache=cache, processes=1), lambda kind, ident: ident))


def test_each_build_on_the_last_ones_cache_gives_the_cold_result():
    full = _articles(ITEMS)
    changed = [replace(a, body=a.body + "\n\nThe club said nothing more.") if n % 9 == 0 else a
               for n, a in enumerate(full)]
    steps = [full[:-1], full, full, full[5:], full[:20] + full[21:], changed, full]
    saved = None
    for arts in steps:
        cache = ExtractionCache(saved)
        assert _export([replace(a) for a in arts], cache) == _export([replace(a) for a in arts])
        saved = cache.dump()


def test_one_new_article_is_the_only_one_read_again():
    cache = ExtractionCache()
    _export(_articles(ITEMS[:-1]), cache)
    cache = ExtractionCache(cache.dump())
    _export(_articles(ITEMS), cache)
    read_again = Counter(step for step, _ in cache.new.keys() - cache.old.keys())
    # quotes are read again where an article's mentions changed (the new one names someone new)
    assert read_again["entities.analyse"] == read_again["timeline.expressions"] == 1
    assert 1 <= read_again["quotes.article"] <= 3 and len(read_again) == 3
