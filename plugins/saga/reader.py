"""Pelican reader for article files: a thin wrapper around saga.core.articles."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import stat
from html import escape
from pathlib import Path

from markupsafe import Markup
from pelican.readers import BaseReader

from .core.articles import article_id, parse_article
from .core.slugs import slugify

logger = logging.getLogger(__name__)

# Pelican requires a date on every article; undated ones get this placeholder for sorting
# only, and every template shows "undated" (or the inferred date) from `saga_date_basis`.
UNDATED = dt.datetime(1970, 1, 1)


def source_name(path: str, settings: dict) -> str:
    """How the file is named to readers and in the export: "<articles folder>/<path inside it>".

    Links are not resolved: two links to one file are two names, and a link loop is just a name.
    """
    root = Path(os.path.abspath(settings["SAGA_SEEDS_PATH"]))
    full = Path(os.path.abspath(path))
    try:
        return f"{root.name}/{full.relative_to(root).as_posix()}"
    except ValueError:
        return full.name


def folder_loops(folder: str) -> list[str]:
    """Sub-folders of `folder` that are links back to a folder already walked (`sub -> ..`).

    Pelican follows folder links; through a loop it would read every article once per level,
    about forty times. Listed in ARTICLE_EXCLUDES, each is skipped (with a warning)."""
    loops: list[str] = []
    seen = {os.path.realpath(folder)}
    for dirpath, dirs, _ in os.walk(folder, followlinks=True):
        for d in list(dirs):
            real = os.path.realpath(os.path.join(dirpath, d))
            if real in seen:
                loops.append(os.path.join(dirpath, d))
                dirs.remove(d)
            else:
                seen.add(real)
    return loops


def read_limited(path: str, limit: int) -> bytes | str:
    """The bytes of a regular file of at most `limit` bytes, or why it cannot be an article."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return "not a regular file"                 # a folder, a pipe, a device: never read
        if info.st_size > limit:
            return f"{info.st_size} bytes, over SAGA_MAX_ARTICLE_BYTES ({limit})"
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    return data if len(data) <= limit else f"over SAGA_MAX_ARTICLE_BYTES ({limit})"


def log_warnings(sender, metadata: dict) -> None:
    """article/page_generator_context: runs on every build, even when Pelican's cache skipped the
    reader, so a cached broken article still warns (and still fails `--fatal warnings`)."""
    for message in metadata.get("saga_warnings", ()):
        logger.warning("%s", message)


def page_slug(art) -> str:
    """The article page's slug: its headline, and a digest of its id so equal headlines differ."""
    return f"{slugify(art.title, 60)}-{hashlib.sha1(art.id.encode('utf-8')).hexdigest()[:6]}"


def unique_ids(article_generator) -> None:
    """article_generator_pretaxonomy, before duplicates are dropped: every file its own id and page.

    An id comes from the file name alone, so names that slugify alike ("a b.txt", "a-b.txt",
    "A_B.md") would share one and all but one article would vanish from the extraction. In
    source order the first keeps the id, the next get "-2", "-3"; recomputed from the file
    name on every build, so a cached article gets the same answer as a freshly read one.
    """
    pages = sorted((a for a in article_generator.articles if hasattr(a, "saga_article")),
                   key=lambda a: a.saga_source)
    taken: set[str] = set()
    for page in pages:
        art = page.saga_article
        base = article_id(art.source)
        ident, n = base, 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
        taken.add(ident)
        if ident != base:
            logger.info("%s: id %r is taken by another file; this one is %r", art.source, base, ident)
        art.id = ident                   # also resets an id a cached copy kept from an earlier build
        page.slug = page_slug(art)


def plain_summary(body: str, words: int | None, suffix: str) -> str | None:
    """The first `words` words of the article as an HTML paragraph (feed entries show it).

    Pelican would cut the finished page HTML with an HTML parser, once per article and build,
    to the same words; the text is at hand here. None (no limit): Pelican's whole-content summary.
    """
    if words is None:
        return None
    cut = body.split(None, words)
    text = " ".join(cut[:words]) + (suffix if len(cut) > words else "")
    return f"<p>{escape(text, quote=False)}</p>"


class SagaReader(BaseReader):
    """Reads .txt articles in the seed shape and .md articles with front matter."""

    enabled = True
    file_extensions = ["txt", "md", "markdown"]

    def read(self, source_path: str) -> tuple[str, dict]:
        source = source_name(source_path, self.settings)
        data = read_limited(source_path, int(self.settings["SAGA_MAX_ARTICLE_BYTES"]))
        if isinstance(data, str):
            return "", {"status": "skip", "saga_warnings": [f"{source}: skipped: {data}"]}
        parsed = parse_article(data, source, int(self.settings["SAGA_TITLE_MAX_CHARS"]))
        art = parsed.article
        if art is None:
            return "", {"status": "skip", "saga_warnings": parsed.warnings}
        html = parsed.html or "".join(f"<p>{escape(p)}</p>\n" for p in art.body.split("\n\n"))
        metadata = {
            "title": Markup.escape(art.title),    # text, not markup: Pelican strips tags from feed titles
            "slug": page_slug(art),
            "date": dt.datetime.combine(art.date, dt.time()) if art.date else UNDATED,
            "saga_article": art,
            "saga_source": source,
            "saga_file": os.path.basename(source_path),
            "saga_warnings": parsed.warnings,
        }
        summary = plain_summary(art.body, self.settings.get("SUMMARY_MAX_LENGTH"),
                                self.settings.get("SUMMARY_END_SUFFIX", "…"))
        if summary is not None:
            metadata["summary"] = summary
        if art.tags:
            metadata["tags"] = self.process_metadata("tags", ", ".join(t.replace(",", " ") for t in art.tags))
        return html, metadata
