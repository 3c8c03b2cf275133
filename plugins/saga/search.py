"""The Pagefind search index, in shards, so that a build indexes again only what changed.

Pagefind reads every page on every run: at a thousand articles that is most of what a build
adding one article waits for. Here the searchable pages are split into shards by a hash of their
file name (a page keeps its shard from build to build while their number stays the same), each
shard is its own Pagefind bundle (`pagefind/<n>/`), and the search page merges them in the
browser (Pagefind's `mergeIndex`: one WebAssembly module, a small metadata file per shard).

A shard is indexed again only when the searchable text of one of its pages changed, a page came
or went, or Pagefind or the shard count changed; otherwise its bundle is hard-linked from the
published site, if that bundle is still the one recorded. A page's searchable text is the page
without its scripts and its `data-pagefind-ignore` elements (on saga and entity pages the lists
of articles, quotes and events, which grow with every article); what is left over errs towards
more text, which only costs indexing again. Pages without `data-pagefind-body` are left out when
any page has it, as Pagefind does for a whole site.

The record (CACHE_PATH/saga-search.pickle) keeps each page's size, modification time and digest
(a page taken unchanged from the last site is not read again) and each shard's digest.
"""
from __future__ import annotations

import concurrent.futures
import hashlib
import json
import logging
import os
import pickle
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import work_path

logger = logging.getLogger(__name__)

RECORD = "saga-search.pickle"
BUNDLES = "pagefind"
BODY = b"data-pagefind-body"
_IGNORED = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\bdata-pagefind-ignore\b[^>]*>")
_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script\s*>", re.S | re.I)
_UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")


def searchable(html: bytes) -> bytes:
    """The page without scripts and without its `data-pagefind-ignore` elements (matched to their
    closing tag; an element that is never closed is kept, whole page after it included)."""
    html = _SCRIPT.sub(b"", html)
    out, at = [], 0
    while (m := _IGNORED.search(html, at)) is not None:
        tag = re.compile(rb"<(/?)" + re.escape(m.group(1)) + rb"\b[^>]*>", re.I)
        depth, end = 1, None
        for t in tag.finditer(html, m.end()):
            depth += -1 if t.group(1) else 1
            if depth == 0:
                end = t.end()
                break
        if end is None:
            break
        out.append(html[at:m.start()])
        at = end
    out.append(html[at:])
    return b"".join(out)


def shard_count(pages: int, per_shard: int, most: int) -> int:
    """A power of two near pages / per_shard, at most `most`: it changes (and every shard is
    indexed again) only when the site doubles or halves."""
    count = 1
    while count < most and pages / (count * 2) >= per_shard * 0.75:
        count *= 2
    return count


def shard_of(name: str, count: int) -> int:
    return int.from_bytes(hashlib.sha1(name.encode("utf-8")).digest()[:4], "big") % count


def _pagefind() -> list[str]:
    """The Pagefind binary the `pagefind` package ships, called directly (one Python start-up less
    per shard), or the package's own launcher."""
    try:
        from pagefind.service import _must_get_executable   # noqa: PLC0415 - only when indexing
        return [str(_must_get_executable().resolve())]
    except Exception:  # noqa: BLE001 - a changed package layout: its launcher still works
        return [sys.executable, "-m", "pagefind"]


def _version(cmd: list[str]) -> str:
    try:
        return subprocess.run([*cmd, "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _file_hash(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha1").hexdigest()


def _link_tree(src: str, dst: str) -> None:
    shutil.copytree(src, dst, copy_function=_link_or_copy)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


@dataclass
class SearchIndex:
    """One build's search index: `start` once every page is written, `finish` at the end."""

    output: str                      # the folder being built (a staging folder beside the site)
    published: str                   # the live site, whose unchanged shards are reused
    cache_path: str
    per_shard: int = 200
    most: int = 16
    reuse: bool = True               # False: index every shard (`--ignore-cache`, SAGA_CACHE = False)
    command: list[str] | None = None  # the indexer (default: the pagefind package's binary)
    bundles: list[str] = field(default_factory=list)       # shards that have a bundle, in order
    _pages: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    _shards: dict[str, tuple[str, str]] = field(default_factory=dict)   # shard -> (digest, entry sha1)
    _jobs: dict[str, concurrent.futures.Future] = field(default_factory=dict)
    _pool: concurrent.futures.ThreadPoolExecutor | None = None
    _procs: set = field(default_factory=set)      # running Pagefind processes
    _work: str | None = None
    _key: str = ""
    indexed: int = 0                 # shards indexed by this build (the rest were reused)

    def start(self) -> None:
        """Digest the written pages, reuse the unchanged shards and start Pagefind on the others."""
        old = self._load() if self.reuse else {}
        old_pages = old.get("pages", {})
        pages: dict[str, str] = {}
        for name, path in self._html():
            try:
                st = os.stat(path)
                was = old_pages.get(name)
                if was and was[0] == st.st_size and was[1] == st.st_mtime_ns:
                    digest = was[2]
                else:
                    with open(path, "rb") as fh:
                        html = fh.read()
                    digest = ("b" if BODY in html else "-") + hashlib.sha1(searchable(html)).hexdigest()
            except OSError:
                continue
            self._pages[name] = (st.st_size, st.st_mtime_ns, digest)
            pages[name] = digest
        if any(d[0] == "b" for d in pages.values()):       # Pagefind's rule for a whole site
            pages = {n: d for n, d in pages.items() if d[0] == "b"}
        cmd = self.command or _pagefind()
        count = shard_count(len(pages), self.per_shard, self.most)
        self._key = json.dumps([_version(cmd), count])
        members: dict[str, list[str]] = {}
        for name in sorted(pages):
            members.setdefault(f"{shard_of(name, count):02d}", []).append(name)
        self.bundles = sorted(members)
        old_shards = old.get("shards", {}) if old.get("key") == self._key else {}
        todo = []
        for shard, names in sorted(members.items()):
            digest = hashlib.sha1("\n".join(f"{n}\t{pages[n]}" for n in names).encode()).hexdigest()
            if self._reused(shard, digest, old_shards.get(shard)):
                continue
            todo.append((shard, names, digest))
        if not todo:
            return
        os.makedirs(os.path.join(self.output, BUNDLES), exist_ok=True)
        self._work = work_path(self.published)             # beside the site: hard links work
        shutil.rmtree(self._work, ignore_errors=True)
        os.makedirs(self._work)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(len(todo), os.cpu_count() or 1)))
        for shard, names, digest in todo:
            self._jobs[shard] = self._pool.submit(self._index, cmd, shard, names, digest)

    def finish(self) -> None:
        """Wait for Pagefind; a shard it could not index is left out of the search, with a warning."""
        try:
            for shard, job in sorted(self._jobs.items()):
                problem = job.result()
                if problem:
                    logger.warning("search index not built for shard %s of the site's pages: %s", shard, problem)
                    self.bundles.remove(shard)
                    self._shards.pop(shard, None)
                else:
                    self.indexed += 1
            self._ui_files()
            self._save()
            logger.info("search: %d of %d shards indexed, the others unchanged", self.indexed, len(self.bundles))
        finally:
            self.close()

    def close(self) -> None:
        """Tidy up, or stop a failed build's indexers: no Pagefind or work folder is left behind."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            for proc in list(self._procs):
                proc.kill()
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None

    def _html(self):
        root = Path(self.output)
        for path in sorted(root.rglob("*.html")):
            rel = path.relative_to(root).as_posix()
            if not rel.startswith(BUNDLES + "/"):
                yield rel, str(path)

    def _reused(self, shard: str, digest: str, was: tuple[str, str] | None) -> bool:
        if not was or was[0] != digest:
            return False
        src = os.path.join(self.published, BUNDLES, shard)
        dst = os.path.join(self.output, BUNDLES, shard)
        try:
            if _file_hash(os.path.join(src, "pagefind-entry.json")) != was[1]:
                return False
            if os.path.realpath(src) != os.path.realpath(dst):
                _link_tree(src, dst)
        except (OSError, shutil.Error):
            shutil.rmtree(dst, ignore_errors=True)
            return False
        self._shards[shard] = was
        return True

    def _index(self, cmd: list[str], shard: str, names: list[str], digest: str) -> str | None:
        """Pagefind over the shard's pages (hard links in a work folder, so URLs stay the site's)."""
        site = os.path.join(self._work, shard)
        for name in names:
            dst = os.path.join(site, name)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            _link_or_copy(os.path.join(self.output, name), dst)
        out = os.path.abspath(os.path.join(self.output, BUNDLES, shard))
        shutil.rmtree(out, ignore_errors=True)
        try:
            proc = subprocess.Popen([*cmd, "--site", site, "--output-path", out, "--silent"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as exc:
            return str(exc)
        self._procs.add(proc)
        try:
            stdout, stderr = proc.communicate(timeout=600)
        except subprocess.TimeoutExpired as exc:
            proc.kill()
            proc.communicate()
            return str(exc)
        finally:
            self._procs.discard(proc)
        if proc.returncode != 0:
            return f"pagefind said {(stderr or stdout).strip()[-500:]}"
        try:
            self._shards[shard] = (digest, _file_hash(os.path.join(out, "pagefind-entry.json")))
        except OSError as exc:
            return str(exc)
        return None

    def _ui_files(self) -> None:
        """The search page loads Pagefind's UI from pagefind/, the same in every bundle."""
        if not self.bundles:
            return
        first = os.path.join(self.output, BUNDLES, self.bundles[0])
        for name in _UI_FILES:
            src, dst = os.path.join(first, name), os.path.join(self.output, BUNDLES, name)
            if os.path.exists(src):
                if os.path.lexists(dst):
                    os.unlink(dst)              # (a build in place: last build's copy)
                _link_or_copy(src, dst)

    def _load(self) -> dict:
        try:
            with open(os.path.join(self.cache_path, RECORD), "rb") as fh:
                saved = pickle.load(fh)
        except Exception:  # noqa: BLE001 - no record, or a damaged one: index every shard
            return {}
        if not isinstance(saved, dict) or saved.get("published") != os.path.realpath(self.published):
            return {}
        return saved

    def _save(self) -> None:
        record = {"published": os.path.realpath(self.published), "key": self._key,
                  "pages": self._pages, "shards": self._shards}
        try:
            os.makedirs(self.cache_path, exist_ok=True)
            tmp = os.path.join(self.cache_path, f"{RECORD}.tmp{os.getpid()}")
            with open(tmp, "wb") as fh:
                pickle.dump(record, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, os.path.join(self.cache_path, RECORD))
        except OSError as exc:
            logger.info("search record not saved (%s)", exc)
