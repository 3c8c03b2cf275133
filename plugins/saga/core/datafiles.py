"""The YAML data files in plugins/saga/data, parsed once per process.

Several steps read the same file (clubs.yaml feeds entities and dates); one parse with the
C parser, when PyYAML has it, saves a second or so on every build.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # same answers as SafeLoader, ~6x faster


@cache
def load(name: str):
    """The parsed `data/<name>`. Shared between callers: read it, never change it."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader either way


@cache
def club_records() -> tuple[tuple[str, dict], ...]:
    """(league, club record) for each club in clubs.yaml, in file order; blocks or records of
    the wrong shape, or a file that cannot be read, give none."""
    try:
        raw = load("clubs.yaml") or {}
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
