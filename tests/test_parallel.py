"""Per-article extraction on several processes gives the same corpus as on one."""
from examples import corpus, export_of, synthetic
from saga.core.cache import ExtractionCache, prefetch, using
from saga.core.parallel import MIN_JOBS, run_all, workers


def test_two_processes_give_the_same_export_as_one():
    n = MIN_JOBS + 12                   # enough for a pool
    one = export_of(synthetic(corpus.generate(n)), processes=1)
    two = export_of(synthetic(corpus.generate(n)), processes=2)
    assert one == two


def _boom() -> int:
    raise ValueError("odd article")


def test_a_job_that_raises_is_reported_not_raised():
    jobs = [lambda i=i: i * i for i in range(MIN_JOBS)] + [_boom]
    with workers(2):
        got = run_all(jobs)
    assert got[:3] == [(True, 0), (True, 1), (True, 4)]
    assert got[-1] == (False, None)


def test_prefetch_fills_the_cache_and_leaves_failures_to_memo():
    cache = ExtractionCache()
    with using(cache), workers(2):
        prefetch("step", [(i, lambda i=i: i + 1) for i in range(MIN_JOBS)] + [("bad", _boom)])
    assert cache.new[("step", 5)] == 6
    assert ("step", "bad") not in cache.new
    assert cache.misses == MIN_JOBS
