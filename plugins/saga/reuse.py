"""Unchanged pages and feeds are taken from the previous site instead of being rendered again.

One new article changes a few pages: its own, its saga's, the pages and feeds of the people
and clubs it names, the home page. Rendering the other thousand again is most of a warm
build. `SagaWriter` (Pelican's writer, installed with the `get_writer` signal) keys every page
and feed by what it is made from:

    the site    theme files, the plugin's rendering code (not core/ or data/: what they make
                is in the page's own key), Pelican's version, the settings, the menu pages
    the page    the template, the file name, and the template's variables: saga and entity
                views (plain data), an article's text, metadata, URL and saga_* fields

and a file whose key matches the one recorded at the previous build is hard-linked (or
copied) from the published site (settings["OUTPUT_PATH"]) into the folder being built. What
cannot be keyed is always rendered: pages given lists of articles (the home page, archives),
articles with {filename}-style links (their targets' URLs may have moved).

The record (CACHE_PATH/saga-output.pickle) keeps each file's size, modification time and
hash as written, and a file is reused only if the published copy is still that file (same
size, and the same time or else the same hash: CI restores the last site from its cache with
new times): a build that failed before its site was published, or a hand edit, never lets a
stale file through.
`--ignore-cache` (or SAGA_CACHE = False) renders everything.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import pickle
import shutil
from pathlib import Path

import orjson
import pelican
from pelican.contents import Content
from pelican.urlwrappers import URLWrapper
from pelican.utils import sanitised_join
from pelican.writers import Writer

logger = logging.getLogger(__name__)

RECORD = "saga-output.pickle"
PLUGIN = Path(__file__).resolve().parent
# A Content's fields that are not its own: the shared build context and the settings (the site
# key covers those).
_NOT_CONTENT = frozenset({"_context", "settings"})
# Settings that steer how a build runs, not what it shows: a cold build (`--ignore-cache` turns
# LOAD_CONTENT_CACHE off) must leave a record the next ordinary build can use.
_NOT_SHOWN = frozenset({"LOAD_CONTENT_CACHE", "CACHE_CONTENT", "CONTENT_CACHING_LAYER", "CHECK_MODIFIED_METHOD",
                        "CACHE_PATH", "GZIP_CACHE", "SAGA_CACHE", "SAGA_PROCESSES"})


class Unkeyable(TypeError):
    """A template variable with no stable plain form: the page is rendered, never reused."""


def _plain(value: object) -> object:
    """orjson's fallback (it writes dataclasses itself): a plain form, for what JSON has no form
    of, that changes whenever what a page shows does."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.tzinfo):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(_json(v).decode() for v in value)
    if isinstance(value, URLWrapper):               # category, tag, author: its name and page
        return [type(value).__name__, value.name, value.url]
    if isinstance(value, Content):
        if value._get_intrasite_link_regex().search(value._content or ""):
            raise Unkeyable("intrasite links")
        fields = {k: v for k, v in vars(value).items() if k not in _NOT_CONTENT}
        fields["translations"] = [t.url for t in fields.get("translations", ())]   # other pages: their URL
        return fields
    raise Unkeyable(type(value).__name__)


_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS


def _json(value: object) -> bytes:
    try:
        return orjson.dumps(value, default=_plain, option=_OPTIONS)
    except (TypeError, ValueError) as exc:          # a cycle, text that is not UTF-8
        raise Unkeyable(str(exc)) from exc


def digest(*parts: object) -> str:
    return hashlib.sha256(_json(parts)).hexdigest()


def compact(value: object, known: dict[int, str], depth: int = 3) -> object:
    """`value` with the parts already digested (`known`: id -> digest) replaced by their digest:
    a club's page holds each of its sagas' views (in three lists); digesting them once for the
    whole site, not once per list of every page, keeps keying far cheaper than rendering.
    Known parts are looked for `depth` levels down (template variables, a page's view, its lists);
    one deeper is digested whole, which costs time, never correctness."""
    got = known.get(id(value))
    if got is not None:
        return "#" + got
    if depth <= 0:
        return value
    if isinstance(value, dict):
        return {k: compact(v, known, depth - 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [compact(v, known, depth - 1) for v in value]
    return value


def site_key(settings: dict, context: dict | None = None) -> str:
    """What every page depends on: theme, plugin code, Pelican's version, settings, menu."""
    h = hashlib.sha256(pelican.__version__.encode())
    theme = Path(str(settings["THEME"])) if settings.get("THEME") else None
    # The plugin's own modules render; core/ and data/ only make the data, which page keys hold.
    files = sorted(p for p in theme.rglob("*") if p.is_file()) if theme and theme.is_dir() else []
    files += sorted(PLUGIN.glob("*.py"))
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    data = {}
    for key, value in settings.items():
        if key in _NOT_SHOWN:
            continue
        try:
            data[key] = _json(value).decode()
        except Unkeyable:                            # functions, classes: their name is all we can key
            data[key] = f"<{type(value).__name__} {getattr(value, '__qualname__', '')}>"
    menu = [(p.url, p.title) for p in (context or {}).get("pages", [])]
    h.update(json.dumps([data, menu], sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class OutputReuse:
    """The previous build's record of written files, and this build's."""

    def __init__(self, output_path: str, settings: dict):
        self.output = str(output_path)
        self.published = os.path.realpath(str(settings.get("OUTPUT_PATH") or output_path))
        self.in_place = self.published == os.path.realpath(self.output)   # no staging folder (-o .)
        self.folders: set[str] = set()
        self.record = Path(str(settings.get("CACHE_PATH", "cache"))) / RECORD
        self.enabled = bool(settings.get("SAGA_CACHE", True))
        self.load = self.enabled and bool(settings.get("LOAD_CONTENT_CACHE", True))
        self.settings = settings
        self.site: str | None = None
        # file name -> (key, size, modification time in ns, sha1) as written
        self.old: dict[str, tuple[str, int, int, str]] = {}
        self.new: dict[str, tuple[str, int, int, str]] = {}
        self.reused = self.rendered = 0

    def start(self, context: dict) -> None:
        """Work out the site key (once the menu pages are known) and read the last record."""
        if self.site is not None or not self.enabled:
            return
        self.site = site_key(self.settings, context)
        if not self.load or not self.record.is_file():
            return
        try:
            with open(self.record, "rb") as fh:
                saved = pickle.load(fh)
        except Exception as exc:  # noqa: BLE001 - a damaged record only costs rendering everything
            logger.info("output record not used (%s); rendering every page", exc)
            return
        if isinstance(saved, dict) and saved.get("site") == self.site and saved.get("published") == self.published:
            self.old = saved.get("files", {})

    def take(self, name: str, key: str | None) -> bool:
        """Put the published `name` in place if it was made from `key`; True if it was."""
        if key is None or self.site is None:
            return False
        was = self.old.get(name)
        if was is None or was[0] != key:
            return False
        try:
            src = sanitised_join(self.published, name)
            st = os.stat(src)
            if st.st_size != was[1] or st.st_mtime_ns != was[2] and _file_hash(src) != was[3]:
                return False
            if not self.in_place:
                dst = sanitised_join(self.output, name)
                folder = os.path.dirname(dst)
                if folder not in self.folders:
                    os.makedirs(folder, exist_ok=True)
                    self.folders.add(folder)
                try:
                    os.link(src, dst)
                except OSError:
                    shutil.copy2(src, dst)
        except (OSError, RuntimeError):             # gone, unreadable, or outside the site
            return False
        self.new[name] = was
        self.reused += 1
        return True

    def wrote(self, name: str, key: str | None) -> None:
        self.rendered += 1
        if key is None or self.site is None:
            return
        path = sanitised_join(self.output, name)
        try:
            st = os.stat(path)
            self.new[name] = (key, st.st_size, st.st_mtime_ns, _file_hash(path))
        except OSError:
            return

    def save(self) -> None:
        if self.site is None:
            return
        logger.info("output: %d files reused from the last build, %d rendered", self.reused, self.rendered)
        try:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.record.with_suffix(f".tmp{os.getpid()}")
            with open(tmp, "wb") as fh:
                pickle.dump({"site": self.site, "published": self.published, "files": self.new}, fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.record)
        except OSError as exc:
            logger.info("output record not saved (%s)", exc)


def _file_hash(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha1").hexdigest()


def _key(*parts: object) -> str | None:
    """The digest of `parts`, or None when one of them cannot be keyed (always rendered)."""
    try:
        return digest(*parts)
    except Unkeyable:
        return None


class SagaWriter(Writer):
    """Pelican's writer, taking pages and feeds whose inputs did not change from the last build."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.reuse = OutputReuse(output_path, settings or {})
        self._items: dict[int, str | None] = {}      # feed entries: an article is in many feeds

    def write_file(self, name, template, context, relative_urls=False, paginated=None, template_name=None,
                   override_output=False, url=None, known: dict[int, str] | None = None, **kwargs):
        """Pelican's write_file; `known` (see `compact`) makes the key of a large page cheaper."""
        self.reuse.start(context)
        key = None
        if name and not paginated and not override_output and not {"articles", "dates"} & kwargs.keys():
            key = _key("page", name, template.name, relative_urls, url, compact(kwargs, known) if known else kwargs)
        if self._take(name, key):
            return
        super().write_file(name, template, context, relative_urls, paginated, template_name,
                           override_output, url, **kwargs)
        if name:
            self.reuse.wrote(name, key)

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom", override_output=False,
                   feed_title=None):
        self.reuse.start(context)
        key = None
        if path and not override_output:
            items = [self._item(e) for e in elements]
            if None not in items:
                key = _key("feed", path, url, feed_type, str(feed_title), items)
        if self._take(path, key):
            return None
        feed = super().write_feed(elements, context, path, url, feed_type, override_output, feed_title)
        if path:
            self.reuse.wrote(path, key)
        return feed

    def _take(self, name: str, key: str | None) -> bool:
        """Reuse the published file (see OutputReuse.take), counted as written by this writer."""
        if not self.reuse.take(name, key):
            return False
        self._written_files.add(sanitised_join(self.output_path, name))
        return True

    def _item(self, item) -> str | None:
        """A feed entry's digest (None: it cannot be keyed), worked out once per article."""
        if id(item) not in self._items:
            self._items[id(item)] = _key(item)
        return self._items[id(item)]
