"""The YAML data files in plugins/saga/data, parsed once per process.

Several steps read the same file (clubs.yaml feeds entities and dates); one parse with the
C parser, when PyYAML has it, saves a second or so on every build.
"""
from __future__ import annotations

from functools import cache, wraps
from pathlib import Path
from typing import Callable

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # same answers as SafeLoader, ~6x faster
_RELEASE: list[Callable[[], None]] = []


def table(fn: Callable | None = None, *, kept: bool = False) -> Callable:
    """Cache what `fn` builds from the data files for the process, until `release_tables`.

    `kept=True`: during an extraction with a cache, the result is also one of the cache's entries
    (under the extractor version, which hashes every data file), so a build after the first loads
    it instead of building it: for tables that take far longer to build than to unpickle."""
    if fn is None:
        return lambda f: table(f, kept=kept)
    if kept:
        build, name = fn, f"{fn.__module__}.{fn.__qualname__}"

        @wraps(build)
        def fn(*args):
            from .cache import memo          # (cache.py reads DATA_DIR from here)
            return memo("table", (name, args), lambda: build(*args))
    cached = cache(fn)
    _RELEASE.append(cached.cache_clear)
    return cached


def on_release(clear: Callable[[], None]) -> None:
    """Have `release_tables` also run `clear` (a memo that is not a `table`)."""
    _RELEASE.append(clear)


def release_tables() -> None:
    """Drop every table and memo built from the data files; the next use builds it again."""
    for clear in _RELEASE:
        clear()


@table
def load(name: str):
    """The parsed `data/<name>`. Shared between callers: read it, never change it."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader either way


@table(kept=True)
def club_data() -> dict:
    """clubs.yaml with the `leagues` and `other_leagues` of every file in data/clubs/ (one file per
    part of the world, in name order) appended, so regions can be kept and reviewed apart. A block
    for a league already seen adds its clubs to that league (and its `partial`, when given, wins);
    `more_forms` records add forms to a club listed elsewhere; `defaults` fill in (clubs.yaml's win)."""
    raw = load("clubs.yaml") or {}
    merged = dict(raw) if isinstance(raw, dict) else {}
    blocks = {b.get("league"): i for i, b in enumerate(merged.get("leagues") or []) if isinstance(b, dict)}
    merged["leagues"] = list(merged.get("leagues") or [])
    more_forms = list(merged.pop("more_forms", None) or [])
    for path in sorted((DATA_DIR / "clubs").glob("*.yaml")):
        part = load(f"clubs/{path.name}") or {}
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("other_leagues"), list):
            merged["other_leagues"] = [*(merged.get("other_leagues") or []), *part["other_leagues"]]
        for block in part.get("leagues") or []:
            if not isinstance(block, dict):
                continue
            at = blocks.get(block.get("league"))
            if at is None:
                blocks[block.get("league")] = len(merged["leagues"])
                merged["leagues"].append(block)
                continue
            old = merged["leagues"][at]
            merged["leagues"][at] = {**old, **{k: v for k, v in block.items() if k == "partial"},
                                     "clubs": [*(old.get("clubs") or []), *(block.get("clubs") or [])]}
        if isinstance(part.get("defaults"), dict):
            merged["defaults"] = {**part["defaults"], **(merged.get("defaults") or {})}
        more_forms += part.get("more_forms") or []
    for rec in more_forms:                  # once every file's clubs are in
        _add_forms(merged["leagues"], rec)
    return merged


FORM_KEYS = ("short", "nick", "ground", "place", "recent")


def _add_forms(blocks: list, rec: object) -> None:
    """A `more_forms` record of a region file: forms for a club another file lists (by `name`)."""
    if not isinstance(rec, dict) or not isinstance(rec.get("name"), str):
        return
    for block in blocks:
        clubs = block.get("clubs") if isinstance(block, dict) else None
        for i, club in enumerate(clubs or []):
            if isinstance(club, dict) and club.get("name") == rec["name"]:
                clubs = block["clubs"] = list(clubs)            # the parsed files stay as read
                clubs[i] = {**club, **{k: [*(club.get(k) or []), *[f for f in rec.get(k) or [] if f not in
                                                                   (club.get(k) or [])]]
                                       for k in FORM_KEYS if rec.get(k)}}
                return


@table
def club_records() -> tuple[tuple[str, dict], ...]:
    """(league, club record) for each club of the club data (`club_data`), in file order; blocks or records of
    the wrong shape, or a file that cannot be read, give none."""
    try:
        raw = club_data()
    except (OSError, yaml.YAMLError):
        return ()
    out = []
    for block in (raw.get("leagues") or []) if isinstance(raw, dict) else []:
        league = block.get("league") if isinstance(block, dict) else None
        clubs = block.get("clubs") if isinstance(block, dict) else None
        if not isinstance(league, str) or not isinstance(clubs, list):
            continue
        out += [(league, rec) for rec in clubs if isinstance(rec, dict)]
    return tuple(out)
