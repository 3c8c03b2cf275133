"""Feeds whose links work where the feed is read.

An entry's content is the article page's HTML, so its links are relative to the article page
("../players/x.html"), but a feed reader resolves them against the feed's own address
("feeds/sagas/y.atom.xml"), where they point nowhere. And on a relative site (SITEURL "")
Pelican writes the entry and feed links relative to the site root, not to the feed.

On `feed_generated` (before the feed is written) every link is rewritten: absolute when
SITEURL is an absolute URL, else relative to the feed file, as the site's pages are.
"""
from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from urllib.parse import urlsplit

from .settings import absolute_root

_LINK = re.compile(r'(\s(?:href|src)=")([^"]*)(")')


@lru_cache(maxsize=65536)
def _is_relative(url: str) -> bool:
    return bool(url) and not urlsplit(url).scheme and not url.startswith(("/", "#"))


@lru_cache(maxsize=65536)
def _out(path: str, feed_dir: str, root: str, absolute: bool) -> str:
    return f"{root}/{path}" if absolute else posixpath.relpath(path, feed_dir or ".")


@lru_cache(maxsize=8192)
def _rewrite(html: str, page: str, feed_dir: str, root: str, absolute: bool) -> str:
    """`html` of the page `page` with its relative links made to work from `feed_dir`.

    Cached: an article is an entry of many feeds (its saga's, each entity's), and feeds of
    one kind share a folder, so the same rewrite comes up again and again.
    """
    page_dir = posixpath.dirname(page)
    return _LINK.sub(lambda m: f"{m.group(1)}{_href(m.group(2), page_dir, feed_dir, root, absolute)}{m.group(3)}",
                     html)


@lru_cache(maxsize=65536)
def _href(href: str, page_dir: str, feed_dir: str, root: str, absolute: bool) -> str:
    """One link of a page in `page_dir`, made to work from `feed_dir` (a page links to the same
    players and clubs again and again)."""
    if not _is_relative(href):
        return href
    target, _, frag = href.partition("#")
    path = posixpath.normpath(posixpath.join(page_dir, target))
    return f"{_out(path, feed_dir, root, absolute)}{'#' + frag if frag else ''}"


def feed_generated(context, feed) -> None:
    root = str(context.get("SITEURL") or "").rstrip("/")
    absolute = bool(absolute_root(root))

    def site_path(url: str) -> str | None:
        """`url` as a path from the site root, if it is one of the site's own."""
        if absolute and url.startswith(root + "/"):
            return url[len(root) + 1:]
        return url if _is_relative(url) else None

    feed_path = site_path(str(feed.feed.get("feed_url") or ""))
    if feed_path is None:
        return
    feed_dir = posixpath.dirname(feed_path)

    def out(path: str) -> str:
        return _out(path, feed_dir, root, absolute)

    for item in feed.items:
        page = site_path(str(item.get("link") or ""))
        if page is None:
            continue
        for key in ("content", "description"):
            if item.get(key):
                item[key] = _rewrite(str(item[key]), page, feed_dir, root, absolute)
        item["link"] = out(page)
    feed.feed["link"] = out("index.html") if not absolute else f"{root}/"
    feed.feed["feed_url"] = out(feed_path)
