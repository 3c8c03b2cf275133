"""Per-article work spread over the machine's cores.

A cold build of a large corpus is mostly per-article work (entities, time expressions,
quotes of one article at a time), and each article's result depends on nothing else, so it
runs in forked worker processes. Forking shares the parent's memory, so the jobs (closures
over articles and lexicons) are never pickled; only their results come back.

Small batches, platforms without `fork`, and `workers=1` run in this process: the result is the
same either way, only the time differs.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Callable, Iterator

MIN_JOBS = 48          # below this a pool costs more than it saves
_workers = 1           # set by `workers(n)` for the extraction that runs inside it
_jobs: list[Callable[[], Any]] | None = None     # what the forked workers run, by index


def available() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # not Linux
        return os.cpu_count() or 1


@contextmanager
def workers(n: int | None) -> Iterator[None]:
    """Use up to `n` processes (None or 0: every available core) for batches run inside."""
    global _workers
    previous, _workers = _workers, (n if n and n > 0 else available())
    try:
        yield
    finally:
        _workers = previous


def _run(i: int) -> tuple[bool, Any]:
    try:
        return True, _jobs[i]()                     # type: ignore[index]
    except Exception:                               # noqa: BLE001 - the caller decides what a failure means
        return False, None


def run_all(jobs: list[Callable[[], Any]]) -> list[tuple[bool, Any]]:
    """Run every job; `(True, result)` or `(False, None)` when it raised, in job order."""
    global _jobs
    n = min(_workers, len(jobs) // (MIN_JOBS // 2) or 1)
    _jobs = jobs
    try:
        if n >= 2 and _can_fork():
            try:
                with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork")) as pool:
                    return list(pool.map(_run, range(len(jobs)), chunksize=max(1, len(jobs) // (n * 8))))
            except (OSError, BrokenProcessPool):     # no processes to be had, or one was killed
                pass                                 # (out of memory?): do it all here instead
        return [_run(i) for i in range(len(jobs))]
    finally:
        _jobs = None


def _can_fork() -> bool:
    # A daemonic process (some servers run builds in one) may not have children.
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon
