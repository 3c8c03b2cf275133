"""Incremental extraction: a build that reuses the cache of the previous one gives the corpus a
cold build gives, whether articles are added, removed or changed in between, and reads again
only what changed."""
import pickle
from collections import Counter
from dataclasses import replace

from examples import corpus, export_of, synthetic
from saga.core.cache import CacheFile, ExtractionCache
from saga.core.pipeline import release_tables

ITEMS = corpus.generate(40) + [corpus.extra_article(40)]


def _export(arts, cache=None) -> str:
    return export_of(arts, cache=cache, processes=1)


def test_each_build_on_the_last_ones_cache_gives_the_cold_result():
    full = synthetic(ITEMS)
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
    _export(synthetic(ITEMS[:-1]), cache)
    cache = ExtractionCache(cache.dump())
    _export(synthetic(ITEMS), cache)
    read_again = Counter(step for step, _ in cache.new.keys() - cache.old.keys())
    # quotes and saga sides are read again where an article's mentions changed (the new one
    # names someone new), descriptions ("the Dane") where what the corpus knows of someone the
    # article names changed (in each of the two rounds)
    assert read_again["entities.analyse"] == read_again["timeline.expressions"] == read_again["text.sentences"] \
        == read_again["pipeline.body"] == 1
    assert 1 <= read_again["quotes.article"] <= 3 and 1 <= read_again["sagas.article"] <= 3
    assert 2 <= read_again["entities.picks"] <= 6
    assert len(read_again) == 7


def test_the_cache_file_writes_only_what_a_build_added_and_reads_back_the_whole(tmp_path):
    path = tmp_path / "saga-extraction.pickle"
    cache = ExtractionCache()
    _export(synthetic(ITEMS[:-1]), cache)
    assert CacheFile(path).save(cache) == "full"

    def build(items) -> tuple[str, ExtractionCache]:
        file = CacheFile(path)
        cache = ExtractionCache(file.load())
        _export(synthetic(items), cache)
        return file.save(cache), cache

    assert build(ITEMS[:-1])[0] == "unchanged"                    # a warm build writes nothing
    how, plus_one = build(ITEMS)
    assert how == "delta" and path.with_name(path.name + ".delta").stat().st_size < path.stat().st_size / 10
    how, again = build(ITEMS)
    assert how == "unchanged" and again.misses == 0 and again.new == plus_one.new
    assert build(ITEMS[: len(ITEMS) // 2])[0] == "full"          # half the cache unused: compacted


def test_the_costly_data_tables_are_kept_in_the_cache_and_loaded_not_built_again():
    release_tables()
    cache = ExtractionCache()
    cold = _export(synthetic(ITEMS[:3]), cache)
    assert {key[0] for step, key in cache.new if step == "table"} == \
        {"saga.core.datafiles.club_data", "saga.core.entities.lexicon.lexicon"}
    release_tables()                                             # a new build: a new process
    again = ExtractionCache(pickle.loads(pickle.dumps(cache.dump())))
    assert _export(synthetic(ITEMS[:3]), again) == cold
    assert again.misses == 0                                     # tables and results all loaded
