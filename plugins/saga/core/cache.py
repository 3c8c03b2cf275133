"""Per-article extraction results kept between builds (incremental builds).

A result is keyed by what it depends on (the article text, and for some steps the mentions
found in it) and the whole cache by the extractor version: a hash of every core module and
data file, so any change to the code or the data throws the old results away.
"""
from __future__ import annotations

import hashlib
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

CORE = Path(__file__).resolve().parent
DATA = CORE.parent / "data"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    h = hashlib.sha256()
    for path in sorted([*CORE.rglob("*.py"), *DATA.rglob("*.yaml")]):
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

    def lookup(self, namespace: str, key: Any) -> Any:
        """What an earlier build (or this one) kept under `key`, or None; for steps that reuse
        part of an old result and keep the rest up to date with `keep`."""
        k = (namespace, key)
        return self.new[k] if k in self.new else self.old.get(k)

    def keep(self, namespace: str, key: Any, value: Any) -> None:
        self.new[(namespace, key)] = value

    def dump(self) -> dict:
        return {"version": self.version, "entries": self.new}


_active: ExtractionCache | None = None


def memo(namespace: str, key: Any, compute: Callable[[], Any]) -> Any:
    """Steps call this around their per-article work; without an active cache it just computes."""
    return _active.get(namespace, key, compute) if _active is not None else compute()


def lookup(namespace: str, key: Any) -> Any:
    return _active.lookup(namespace, key) if _active is not None else None


def keep(namespace: str, key: Any, value: Any) -> None:
    if _active is not None:
        _active.keep(namespace, key, value)


@contextmanager
def using(cache: ExtractionCache | None) -> Iterator[None]:
    global _active
    previous, _active = _active, cache
    try:
        yield
    finally:
        _active = previous
