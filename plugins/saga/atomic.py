"""Atomic output: a build that fails never leaves a half-written output folder.

Pelican writes straight into OUTPUT_PATH and, with DELETE_OUTPUT_DIRECTORY, empties it
first; a build that stops halfway (an exception, or the first warning under
`--fatal warnings`) leaves a broken site behind. Here Pelican writes into a staging
folder next to the real one (`<output>.saga-staging-<pid>`, same file system, so the
swap is two renames) and the finished site replaces the old one only on `finalized`:

    initialized     pelican.output_path := staging (settings["OUTPUT_PATH"] keeps the
                    real path: `--listen` serves it, content checks use it)
    get_generators  start of every run(), also under autoreload: empty the staging folder
    finalized       old output -> backup, staging -> output, delete backup

A failed build's staging folder is deleted when the process exits, and leftovers of
killed builds are cleared by the next one; the real output is never touched. When the
output folder holds the sources (`-o .`), staging is skipped: swapping it would move
the project.
"""
from __future__ import annotations

import atexit
import logging
import os
import re
import shutil

logger = logging.getLogger(__name__)

STAGING = ".saga-staging-"
BACKUP = ".saga-backup-"
WORK = ".saga-work-"          # a build's scratch folder beside the site (search.py's shards)


def staging_path(final: str, pid: int | None = None) -> str:
    return f"{final}{STAGING}{os.getpid() if pid is None else pid}"


def backup_path(final: str, pid: int | None = None) -> str:
    return f"{final}{BACKUP}{os.getpid() if pid is None else pid}"


def work_path(final: str, pid: int | None = None) -> str:
    return f"{os.path.realpath(final)}{WORK}{os.getpid() if pid is None else pid}"


def initialized(pelican) -> None:
    """Send every write of this Pelican instance to a staging folder."""
    final = os.path.realpath(str(pelican.output_path))   # a symlinked output: swap its target
    if _holds_sources(final, pelican.settings):
        logger.debug("atomic output off: %s holds source files", final)
        return
    clear_leftovers(final)
    pelican.saga_output_path = final
    pelican.output_path = staging_path(final)
    atexit.register(_remove, pelican.output_path)


def begin_run(pelican) -> None:
    """get_generators, sent at the start of each run(): a fresh, empty staging folder.

    Under autoreload the same instance runs again after a failed build; its leftovers
    must not leak into the next site. Returns None: this receiver adds no generator.
    """
    final = getattr(pelican, "saga_output_path", None)
    if final is None:
        return None
    pelican.output_path = staging_path(final)
    _remove(pelican.output_path)
    return None


def finalized(pelican) -> None:
    """The build succeeded: put the staged site in place of the old one."""
    final = getattr(pelican, "saga_output_path", None)
    staging = str(pelican.output_path)
    if final is None or staging == final:
        return
    os.makedirs(staging, exist_ok=True)                  # a site with no files at all
    if os.path.isdir(final):
        if pelican.settings.get("DELETE_OUTPUT_DIRECTORY"):
            for name in pelican.settings.get("OUTPUT_RETENTION") or []:
                _move_missing(os.path.join(final, name), os.path.join(staging, name))
        else:                                            # Pelican keeps old files: so do we
            _move_missing(final, staging)
    swap(staging, final)
    pelican.output_path = final       # receivers after this one write into the live site
    logger.info("Output in place: %s", final)


def swap(staging: str, final: str) -> None:
    """Replace `final` by `staging`: two renames, and the old site is back if the second fails."""
    if not os.path.lexists(final):
        os.rename(staging, final)
        return
    backup = backup_path(final)
    _remove(backup)
    os.rename(final, backup)
    try:
        os.rename(staging, final)
    except OSError:
        os.rename(backup, final)
        raise
    _remove(backup)


def clear_leftovers(final: str) -> None:
    """Delete staging, backup and work folders of builds that died; restore a backup left mid-swap."""
    parent, name = os.path.split(final)
    pattern = re.compile(re.escape(name) + r"(" + "|".join(map(re.escape, (STAGING, BACKUP, WORK))) + r")(\d+)\Z")
    try:
        entries = sorted(os.listdir(parent or "."))
    except OSError:
        return
    for entry in entries:
        m = pattern.match(entry)
        if not m or _alive(int(m.group(2))):
            continue
        path = os.path.join(parent, entry)
        if m.group(1) == BACKUP and not os.path.lexists(final):
            os.rename(path, final)                       # died between the two renames
            logger.info("Restored %s from %s", final, entry)
        else:
            _remove(path)
            logger.debug("Removed %s, left by a build that did not finish", path)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":        # Windows: os.kill(pid, 0) would send CTRL_C_EVENT
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                                      # exists, owned by someone else
        return True
    return True


def _holds_sources(final: str, settings: dict) -> bool:
    """True if `final` is, or contains, a folder the build reads from (or the working directory)."""
    sources = [settings.get("PATH"), settings.get("THEME"), settings.get("SAGA_SEEDS_PATH"),
               settings.get("CACHE_PATH"), os.getcwd()]
    for src in sources:
        if not src or not os.path.exists(str(src)):
            continue
        real = os.path.realpath(str(src))
        if os.path.commonpath([final, real]) == final:
            return True
    return False


def _move_missing(src: str, dst: str) -> None:
    """Move what `src` has and `dst` lacks into `dst`, folder by folder; what the build wrote wins."""
    if not os.path.lexists(src):
        return
    if not os.path.lexists(dst):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        os.rename(src, dst)
    elif os.path.isdir(src) and not os.path.islink(src) and os.path.isdir(dst) and not os.path.islink(dst):
        for name in os.listdir(src):
            _move_missing(os.path.join(src, name), os.path.join(dst, name))


def _remove(path: str) -> None:
    if os.path.islink(path) or os.path.isfile(path):
        os.remove(path)
    elif os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
