"""Per-article extraction results kept between builds (incremental builds).

A result is keyed by what it depends on (the article text, and for some steps the mentions
found in it) and the whole cache by the extractor version: a hash of every core module and
data file, so any change to the code or the data throws the old results away.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import secrets
from contextlib import contextmanager
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any, Callable, Iterator

from .datafiles import DATA_DIR
from .parallel import run_all

CORE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def extractor_version() -> str:
    h = hashlib.sha256()
    for path in sorted([*CORE.rglob("*.py"), *DATA_DIR.rglob("*.yaml")]):
        h.update(path.relative_to(CORE.parent).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ExtractionCache:
    """Results from the previous build (`old`) and those this build used (`new`, what is saved)."""

    def __init__(self, saved: dict | None = None) -> None:
        self.version = extractor_version()
        ok = isinstance(saved, dict) and saved.get("version") == self.version
        self.old: dict = saved.get("entries", {}) if ok else {}
        self.new: dict = {}
        self.hits = self.misses = 0

    def get(self, namespace: str, key: Any, compute: Callable[[], Any]) -> Any:
        k = (namespace, key)
        if k in self.new:
            return self.new[k]
        if k in self.old:
            self.hits += 1
            value = self.old[k]
        else:
            self.misses += 1
            value = compute()
        self.new[k] = value
        return value

    def prefetch(self, namespace: str, jobs: list[tuple[Any, Callable[[], Any]]]) -> None:
        """Compute the results not yet known among `jobs` ((key, compute) pairs) together, on
        every core; the `get` calls that follow find them. A job that raises is left for its
        `get` to run again and handle."""
        todo, seen = [], set()
        for key, compute in jobs:
            k = (namespace, key)
            if k in self.new or k in seen:
                continue
            if k in self.old:
                self.hits += 1
                self.new[k] = self.old[k]
            else:
                seen.add(k)
                todo.append((k, compute))
        for (k, _), (ok, value) in zip(todo, run_all([compute for _, compute in todo])):
            if ok:
                self.misses += 1
                self.new[k] = value

    def dump(self) -> dict:
        return {"version": self.version, "entries": self.new}

    @property
    def changed(self) -> bool:
        """Whether this build used anything the last one did not, or stopped using something."""
        return self.misses > 0 or self.new.keys() != self.old.keys()


class CacheFile:
    """The cache on disk: a base file, and beside it a delta of what later builds added.

    A build that adds one article adds a handful of entries; writing them alone instead of the
    whole cache again saves most of a second at 1,000 articles. When the delta and the entries
    no build uses any more reach a quarter of the cache, the next save writes a new base.
    Every write goes to a temporary file renamed into place: never a half-written cache.
    """

    def __init__(self, path: Path, compact_at: float = 0.25) -> None:
        self.path = Path(path)
        self.delta = self.path.with_name(self.path.name + ".delta")
        self.compact_at = compact_at
        self.token: str | None = None                 # names the base a delta belongs to
        self.version: str | None = None               # the extractor version of the base
        self.base_keys: frozenset = frozenset()

    def load(self) -> dict | None:
        """What the last builds saved (for ExtractionCache), or None. A damaged file raises."""
        if not self.path.is_file():
            return None
        with open(self.path, "rb") as fh, no_cycle_collector():
            base = pickle.load(fh)
        if not isinstance(base, dict) or not isinstance(base.get("entries"), dict):
            return None
        self.token, self.version = base.get("token"), base.get("version")
        self.base_keys = frozenset(base["entries"])
        entries = base["entries"]
        if self.delta.is_file():
            with open(self.delta, "rb") as fh, no_cycle_collector():
                delta = pickle.load(fh)
            if isinstance(delta, dict) and delta.get("token") == self.token \
                    and delta.get("version") == base.get("version"):
                entries.update(delta["entries"])
        return {"version": base.get("version"), "entries": entries}

    def save(self, cache: ExtractionCache) -> str:
        """Write what `cache` holds now: "unchanged" (nothing written), "delta" or "full"."""
        if not cache.changed:
            return "unchanged"
        added = {k: v for k, v in cache.new.items() if k not in self.base_keys}
        stale = len(self.base_keys - cache.new.keys())
        fresh_base = self.token is None or self.version != cache.version
        if fresh_base or len(added) + stale > self.compact_at * max(len(cache.new), 1):
            self.token, self.version = secrets.token_hex(8), cache.version
            self.base_keys = frozenset(cache.new)
            _write(self.path, {**cache.dump(), "token": self.token})
            self.delta.unlink(missing_ok=True)
            return "full"
        _write(self.delta, {"version": cache.version, "token": self.token, "entries": added})
        return "delta"


@contextmanager
def no_cycle_collector() -> Iterator[None]:
    """Extraction and unpickling make and drop millions of small objects, freed by reference
    counting; the cycle collector finds nothing among them, yet its full passes grow with the
    heap (a fifth of the extraction time at 1,000 articles, most of a cache load). It is off
    while they run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    with open(tmp, "wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


_active: ExtractionCache | None = None
_per_run: list[dict] = []          # the stores of `per_run` functions, emptied when a run ends


def per_run(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Cache `fn` (plain, hashable arguments) for the rest of the running extraction, for
    every article however many there are (an LRU cache smaller than the corpus misses every
    time when each step walks the articles in turn); outside a run it just computes."""
    store: dict = {}
    _per_run.append(store)

    @wraps(fn)
    def cached(*args: Any) -> Any:
        if _active is None:
            return fn(*args)
        try:
            return store[args]
        except KeyError:
            value = store[args] = fn(*args)
            return value
    return cached


def memo(namespace: str, key: Any, compute: Callable[[], Any]) -> Any:
    """Steps call this around their per-article work; without an active cache it just computes."""
    return _active.get(namespace, key, compute) if _active is not None else compute()


def prefetch(namespace: str, jobs: list[tuple[Any, Callable[[], Any]]]) -> None:
    """Before a loop of `memo` calls: work out the missing ones in one batch (see parallel.py)."""
    if _active is not None:
        _active.prefetch(namespace, jobs)


@contextmanager
def using(cache: ExtractionCache | None) -> Iterator[None]:
    global _active
    previous, _active = _active, cache
    try:
        yield
    finally:
        _active = previous
        if previous is None:
            for store in _per_run:
                store.clear()
